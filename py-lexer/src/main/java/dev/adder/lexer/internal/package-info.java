/**
 * The tokenizers behind {@link dev.adder.lexer.Lexer}: {@code TokenizeScanner} (Lib/tokenize.py)
 * with {@code TokenizeDecoder} (its detect_encoding), {@code CTokenizer} (Parser/tokenizer.c),
 * and the operator and Unicode tables they share.
 */
package dev.adder.lexer.internal;
