package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code NotImplemented}, the only instance of {@code NotImplementedType}: what a binary special
 * method returns to let the other operand try.
 *
 * <p>CPython: {@code Objects/object.c} ({@code _Py_NotImplementedStruct}).
 */
public final class PyNotImplemented extends PyObject {
    /** {@code NotImplementedType}. */
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class, 0);
    /** {@code NotImplemented}. */
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(TYPE);
    }

    static {
        TYPE.tp_repr = o -> PyStr.of("NotImplemented");
        TYPE.tp_new = (t, a, n, kw) -> NOT_IMPLEMENTED;
        TYPE.ready();
    }
}
