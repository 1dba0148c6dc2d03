package dev.adder.lexer;

/**
 * Tokens made one at a time as the parser asks for them, so that an error is raised only when
 * the parser reaches it, as CPython's parser pulls tokens from its tokenizer.
 */
public interface TokenStream {

    /**
     * The next token; after ENDMARKER, ENDMARKER again.
     *
     * @throws dev.adder.source.PythonSyntaxError where CPython's tokenizer fails
     */
    Token next();
}
