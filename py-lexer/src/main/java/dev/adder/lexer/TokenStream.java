package dev.adder.lexer;

import dev.adder.source.PythonSyntaxError;

/**
 * Tokens made one at a time as the parser asks for them, so that an error is raised only when
 * the parser reaches it, as CPython's parser pulls tokens from its tokenizer.
 */
public interface TokenStream {

    /**
     * The next token; after ENDMARKER, ENDMARKER again; after an error, the same error again.
     *
     * @throws PythonSyntaxError where CPython's tokenizer fails
     */
    Token next();

    /**
     * Where the error that {@link #next()} threw comes from in CPython. True: the tokenizer
     * raised it itself (unterminated strings, malformed numbers, invalid characters, unmatched
     * or mismatched brackets, too many nested brackets). False: the tokenizer only returned an
     * error code and CPython's parser made the exception from it (unexpected EOF, a bracket never
     * closed at EOF, the indentation errors, a character after a line-continuation backslash).
     *
     * <p>The difference shows when CPython's parser, having failed with a generic "invalid
     * syntax", tokenizes the rest of the source to look for a better error
     * (_PyPegen_tokenize_full_source_to_check_for_errors): only errors of the first kind replace
     * "invalid syntax"; on one of the second kind, a bracket still open on an earlier line than
     * the syntax error is reported as never closed ({@link #unclosedBracketError()}).
     */
    default boolean errorRaisedByTokenizer() {
        return true;
    }

    /**
     * "'(' was never closed" (or '[', '{') for the innermost bracket open at this point of the
     * stream, as CPython's raise_unclosed_parentheses_error reports it now; null if no bracket
     * is open.
     */
    default PythonSyntaxError unclosedBracketError() {
        return null;
    }
}
