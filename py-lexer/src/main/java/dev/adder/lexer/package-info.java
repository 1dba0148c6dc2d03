/**
 * Python 3.11's tokenizers: {@link dev.adder.lexer.Lexer#tokenize(byte[], String)} gives the
 * tokens of the {@code tokenize} module, {@link dev.adder.lexer.Lexer#forParser} the tokens
 * CPython's parser reads from its C tokenizer, one at a time, with CPython's syntax errors.
 */
package dev.adder.lexer;
