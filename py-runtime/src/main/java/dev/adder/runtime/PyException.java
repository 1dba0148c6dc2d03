package dev.adder.runtime;

import dev.adder.runtime.exceptions.PyBaseException;

/**
 * The Java carrier of a raised Python exception. It holds the Python exception object and is made
 * without a Java stack trace (the traceback is built from Python frames), so raising is cheap.
 *
 * <p>CPython has no counterpart: there the error indicator lives in the thread state
 * ({@code Python/errors.c}).
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Python exception object being raised. */
    public final transient PyBaseException value;

    /** Wraps {@code value} for raising. */
    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The Python type of the exception. */
    public PyType type() {
        return value.type();
    }

    /** True when the exception is an instance of {@code t} or a subclass. */
    public boolean matches(PyType t) {
        return value.type().isSubtype(t);
    }

    /** "TypeError: message", as the last line of a traceback shows it. */
    @Override
    public String getMessage() {
        String s;
        try {
            s = Abstract.str(value).value();
        } catch (RuntimeException e) {
            s = "<exception str() failed>";
        }
        String n = value.type().name();
        return s.isEmpty() ? n : n + ": " + s;
    }
}
