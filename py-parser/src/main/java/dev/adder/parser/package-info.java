/**
 * Adder's parser: Python 3.11 source to the AST of {@code dev.adder.ast}, with CPython's nodes,
 * positions and syntax errors. The entry point is {@link dev.adder.parser.Parser}; the grammar
 * rules live in {@code dev.adder.parser.internal}, one method per rule of CPython's
 * Grammar/python.gram.
 */
package dev.adder.parser;
