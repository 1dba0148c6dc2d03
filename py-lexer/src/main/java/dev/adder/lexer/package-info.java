/** The Python 3.11 tokenizer. */
package dev.adder.lexer;
