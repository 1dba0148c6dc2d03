package dev.adder.bytecode;

/**
 * The one exception this module throws: bad input to its API (an invalid opcode or argument, a
 * malformed code object, a damaged cache file). It carries the name of the Python exception type
 * that CPython raises in the same place ({@code ValueError}, {@code SystemError}, ...), so that the
 * runtime can turn it into that exception. Created without a stack trace.
 */
public final class BytecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    /**
     * @param pythonType the Python exception type CPython raises here, e.g. "ValueError"
     * @param message the message, as CPython words it where it has one
     */
    public BytecodeException(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** A {@code ValueError} with this message. */
    public static BytecodeException valueError(String message) {
        return new BytecodeException("ValueError", message);
    }

    /** A {@code SystemError} (invalid code reaching the interpreter) with this message. */
    public static BytecodeException systemError(String message) {
        return new BytecodeException("SystemError", message);
    }

    /** The name of the Python exception type this stands for, e.g. "ValueError". */
    public String pythonType() {
        return pythonType;
    }
}
