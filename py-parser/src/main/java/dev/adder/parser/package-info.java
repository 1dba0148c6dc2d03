/** Adder's parser. */
package dev.adder.parser;
