package dev.adder.compiler;

/**
 * Python's {@code RecursionError: maximum recursion depth exceeded during compilation}, raised
 * when an AST is nested too deeply for the compiler's passes (CPython's symtable and compiler
 * stop at three times the recursion limit). Like every Python error leaving Adder's library
 * code, it carries no Java stack trace.
 *
 * <p>CPython: the {@code recursion_depth}/{@code recursion_limit} checks of Python/symtable.c
 * and Python/compile.c.
 */
public final class CompilerRecursionError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The message CPython gives. */
    public static final String MESSAGE = "maximum recursion depth exceeded during compilation";

    /** Creates the error with CPython's message. */
    public CompilerRecursionError() {
        super(MESSAGE, null, false, false);
    }

    /** The Python exception type, {@code RecursionError}. */
    public String pythonType() {
        return "RecursionError";
    }
}
