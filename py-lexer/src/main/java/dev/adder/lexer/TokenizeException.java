package dev.adder.lexer;

import java.util.List;

/**
 * What the {@code tokenize} module raises where it cannot go on: {@code TokenError} ("EOF in
 * multi-line string", "EOF in multi-line statement"), {@code IndentationError} ("unindent does not
 * match any outer indentation level"), {@code SyntaxError} from finding the source encoding
 * ("invalid or missing encoding declaration", "unknown encoding: xyz", "encoding problem:
 * utf-8"), and the errors of decoding a line ({@code UnicodeDecodeError}, {@code LookupError}).
 *
 * <p>{@code python3 -m tokenize -e FILE} prints a TokenError or an IndentationError as
 * {@code FILE:LINE:COL: error: MESSAGE}, a SyntaxError as {@code FILE: error: MESSAGE}. For the
 * errors that carry no position, {@link #line()} and {@link #col()} are 0 and
 * {@link #hasLocation()} is false. Created without a stack trace.
 *
 * <p>CPython: Lib/tokenize.py.
 */
public final class TokenizeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String message;
    private final int line;
    private final int col;
    private final boolean hasLocation;
    private final List<Token> tokensBefore;

    public TokenizeException(String pythonType, String message, int line, int col, boolean hasLocation) {
        this(pythonType, message, line, col, hasLocation, List.of());
    }

    private TokenizeException(String pythonType, String message, int line, int col, boolean hasLocation,
                              List<Token> tokensBefore) {
        super(pythonType + ": " + message, null, false, false);
        this.pythonType = pythonType;
        this.message = message;
        this.line = line;
        this.col = col;
        this.hasLocation = hasLocation;
        this.tokensBefore = tokensBefore;
    }

    /** This error, carrying the tokens the generator had yielded before raising it. */
    public TokenizeException withTokensBefore(List<Token> tokens) {
        return new TokenizeException(pythonType, message, line, col, hasLocation, List.copyOf(tokens));
    }

    /**
     * The tokens {@code tokenize} yields before it raises this error (a generator yields them
     * one by one; {@code python3 -m tokenize} collects them all first and so prints none).
     */
    public List<Token> tokensBefore() { return tokensBefore; }

    /** A TokenError or IndentationError at a position. */
    public static TokenizeException at(String pythonType, String message, int line, int col) {
        return new TokenizeException(pythonType, message, line, col, true);
    }

    /** An error with no position (SyntaxError from decoding, UnicodeDecodeError, LookupError). */
    public static TokenizeException unlocated(String pythonType, String message) {
        return new TokenizeException(pythonType, message, 0, 0, false);
    }

    /** The Python exception class: TokenError, IndentationError, SyntaxError, UnicodeDecodeError... */
    public String pythonType() { return pythonType; }

    /** The message, e.g. {@code EOF in multi-line statement}. */
    public String message() { return message; }

    /** The 1-based line Python reports, or 0. */
    public int line() { return line; }

    /** The 0-based column Python reports, or 0. */
    public int col() { return col; }

    /** True if Python reports a line and column for this error. */
    public boolean hasLocation() { return hasLocation; }
}
