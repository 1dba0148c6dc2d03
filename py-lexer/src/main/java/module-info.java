/** Adder's tokenizer: Python 3.11 source to tokens, identical to CPython's {@code tokenize}. */
module dev.adder.lexer {
    exports dev.adder.source;
    exports dev.adder.lexer;
}
