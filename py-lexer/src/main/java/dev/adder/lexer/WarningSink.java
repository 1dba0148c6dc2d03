package dev.adder.lexer;

/**
 * Receives the warnings CPython's tokenizer issues while the parser reads tokens. In Python 3.11
 * that is one: {@code SyntaxWarning: invalid decimal literal} (or hexadecimal, octal, binary,
 * imaginary) for a number run into one of the keywords that may follow a number, as in
 * {@code 1if x else 2}.
 *
 * <p>CPython: Parser/tokenizer.c (parser_warn).
 */
@FunctionalInterface
public interface WarningSink {

    /** Ignores every warning. */
    WarningSink IGNORE = (category, message, filename, lineno) -> false;

    /**
     * One warning, as CPython passes it to {@code warnings.warn_explicit}.
     *
     * @param category the warning class, e.g. {@code "SyntaxWarning"}
     * @param lineno the 1-based line the tokenizer is on
     * @return true if the warning filters turn this warning into an exception: the tokenizer then
     *     raises a SyntaxError with the warning's message instead, as CPython does
     */
    boolean warn(String category, String message, String filename, int lineno);
}
