package dev.adder.source;

/**
 * A Python {@code SyntaxError} (or one of its subclasses {@code IndentationError} and
 * {@code TabError}) found while decoding, tokenizing, parsing or compiling source, with the
 * attributes CPython gives it. It carries no Java stack trace: it is a value that reaches the user
 * as a Python exception, not a Java failure.
 *
 * <p>{@code offset} and {@code endOffset} are 1-based and count code points in {@code text}, as
 * CPython's {@code SyntaxError.offset} does; 0 means "not known" and also stands for Python's
 * {@code None}. {@code text} is the source line, or null.
 *
 * <p>The values are CPython's, quirks included: a decoding error is at line 0, offset -1; the
 * errors CPython's parser makes from its tokenizer's error codes have end offset 0 or -1; a
 * few (leading zeros in a decimal literal, and any the parser raises on a source decoded from
 * bytes with no encoding declared) count UTF-8 bytes instead of code points; {@code text} may
 * keep its line's {@code '\n'} or span two lines where CPython's does.
 */
public final class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception type. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        private final String pythonName;

        Kind(String pythonName) { this.pythonName = pythonName; }

        /** The Python class name, e.g. {@code IndentationError}. */
        public String pythonName() { return pythonName; }
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PythonSyntaxError(Kind kind, String msg, String filename, int lineno, int offset,
                             int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() { return kind; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    public String text() { return text; }

    /** As CPython's {@code str(exc)}: {@code "msg (filename, line N)"}. */
    @Override
    public String toString() {
        return kind.pythonName() + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
