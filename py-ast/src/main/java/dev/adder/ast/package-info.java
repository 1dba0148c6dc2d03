/** Adder's ast. */
package dev.adder.ast;
