package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * Python's {@code float}: a Java {@code double}.
 *
 * <p>CPython: {@code Objects/floatobject.c}. The arithmetic is in {@link FloatOps}.
 */
public class PyFloat extends PyObject {
    /** {@code float}. */
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, PyType.BASETYPE);

    /** The value. */
    public final double value;

    private static final PyFloat ZERO = new PyFloat(TYPE, 0.0);
    private static final PyFloat ONE = new PyFloat(TYPE, 1.0);

    /** For subclasses defined in Python. */
    protected PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    /** The float {@code v}. */
    public static PyFloat of(double v) {
        if (v == 0.0 && Double.doubleToRawLongBits(v) == 0) {
            return ZERO;
        }
        if (v == 1.0) {
            return ONE;
        }
        return new PyFloat(TYPE, v);
    }

    static {
        FloatOps.initType(TYPE);
    }
}
