package dev.adder.parser;

/**
 * The source nests more deeply than the parser allows (more than 6000 nested grammar rules, as
 * in {@code -(-(-(...)))} repeated thousands of times). CPython 3.11 raises
 * {@code MemoryError} (with no message) in this case; callers turn this exception into that
 * Python exception. It has no stack trace.
 *
 * <p>CPython: the MAXSTACK check of Parser/parser.c.
 */
public final class ParserMemoryError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Makes the exception. */
    public ParserMemoryError() {
        super("parser stack overflow", null, false, false);
    }
}
