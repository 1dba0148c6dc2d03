/** Adder's the adder command and the interactive REPL. */
package dev.adder.cli;
