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

    /**
     * The message as {@code detect_encoding} words it when its readline belongs to a named file,
     * as with {@code python3 -m tokenize FILE}: "unknown encoding for 'FILE': xyz", "encoding
     * problem for 'FILE': utf-8", "invalid or missing encoding declaration for 'FILE'". Other
     * messages do not change.
     */
    public String messageForFile(String filename) {
        if (!pythonType.equals("SyntaxError")) {
            return message;
        }
        String r = repr(filename);
        if (message.equals("invalid or missing encoding declaration")) {
            return message + " for " + r;
        }
        if (message.startsWith("unknown encoding: ")) {
            return "unknown encoding for " + r + ": " + message.substring("unknown encoding: ".length());
        }
        if (message.startsWith("encoding problem: ")) {
            return "encoding problem for " + r + ": " + message.substring("encoding problem: ".length());
        }
        return message;
    }

    /** Python's repr() of a str, for the usual file names. */
    private static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(q).toString();
    }

    /** The 1-based line Python reports, or 0. */
    public int line() { return line; }

    /** The 0-based column Python reports, or 0. */
    public int col() { return col; }

    /** True if Python reports a line and column for this error. */
    public boolean hasLocation() { return hasLocation; }
}
