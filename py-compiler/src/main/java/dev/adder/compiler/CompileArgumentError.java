package dev.adder.compiler;

/**
 * A bad argument to the compiler, as Python's {@code compile()} reports it: a
 * {@code ValueError} ("compile() mode must be 'exec', 'eval' or 'single'", "compile():
 * unrecognised flags", "compile(): invalid optimize value") or a {@code TypeError} ("expected Module node got Expression"). Like every Python
 * error leaving Adder's library code, it carries no Java stack trace.
 *
 * <p>CPython: {@code builtin_compile_impl} in Python/bltinmodule.c.
 */
public final class CompileArgumentError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    /** An error of Python type {@code pythonType} ("ValueError" or "TypeError"). */
    public CompileArgumentError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception type. */
    public String pythonType() {
        return pythonType;
    }
}
