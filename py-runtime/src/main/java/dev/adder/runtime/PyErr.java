package dev.adder.runtime;

import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyStr;

/**
 * Making Python exceptions with CPython's messages.
 *
 * <p>CPython: {@code Python/errors.c} ({@code PyErr_Format}, {@code PyErr_SetString}). The format
 * language is a small subset of {@code PyUnicode_FromFormat}: {@code %s} (Java {@code String.valueOf})
 * and {@code %d}, {@code %%}; it is not {@link String#format} (slower, locale-dependent).
 */
public final class PyErr {
    private PyErr() {
    }

    /** A carrier for a new exception of type {@code type} with a formatted message. */
    public static PyException format(PyType type, String fmt, Object... args) {
        return new PyException(PyBaseException.of(type, PyStr.of(substitute(fmt, args))));
    }

    /** A carrier for a new exception of type {@code type} with the given args (none: no args). */
    public static PyException of(PyType type, PyObject... args) {
        return new PyException(PyBaseException.of(type, args));
    }

    /** {@code TypeError}. */
    public static PyException typeError(String fmt, Object... args) {
        return format(PyExc.TypeError, fmt, args);
    }

    /** {@code ValueError}. */
    public static PyException valueError(String fmt, Object... args) {
        return format(PyExc.ValueError, fmt, args);
    }

    /** {@code OverflowError}. */
    public static PyException overflowError(String fmt, Object... args) {
        return format(PyExc.OverflowError, fmt, args);
    }

    /** {@code ZeroDivisionError}. */
    public static PyException zeroDivisionError(String fmt, Object... args) {
        return format(PyExc.ZeroDivisionError, fmt, args);
    }

    /** {@code IndexError}. */
    public static PyException indexError(String fmt, Object... args) {
        return format(PyExc.IndexError, fmt, args);
    }

    /** {@code KeyError(key)}: one argument, the key itself. */
    public static PyException keyError(PyObject key) {
        return of(PyExc.KeyError, key);
    }

    /** {@code AttributeError}. */
    public static PyException attributeError(String fmt, Object... args) {
        return format(PyExc.AttributeError, fmt, args);
    }

    /** {@code SystemError}: an internal invariant failed. */
    public static PyException systemError(String fmt, Object... args) {
        return format(PyExc.SystemError, fmt, args);
    }

    /** {@code MemoryError} with no message. */
    public static PyException memoryError() {
        return of(PyExc.MemoryError);
    }

    /** The "'int' object has no attribute 'x'" error, with {@code name} and {@code obj} set. */
    public static PyException noAttribute(PyObject obj, PyStr name) {
        PyException e = attributeError("'%s' object has no attribute '%s'", obj.type().name(), name.value());
        e.value.setAttrContext(obj, name);
        return e;
    }

    static String substitute(String fmt, Object[] args) {
        if (args.length == 0 && fmt.indexOf('%') < 0) {
            return fmt;
        }
        StringBuilder sb = new StringBuilder(fmt.length() + 16 * args.length);
        int a = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '%' && i + 1 < fmt.length()) {
                char n = fmt.charAt(++i);
                if (n == 's' || n == 'd') {
                    sb.append(a < args.length ? String.valueOf(args[a++]) : "%" + n);
                } else if (n == '%') {
                    sb.append('%');
                } else {
                    sb.append('%').append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
