package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code Ellipsis} ({@code ...}), the only instance of {@code ellipsis}.
 *
 * <p>CPython: {@code Objects/sliceobject.c} ({@code _Py_EllipsisObject}).
 */
public final class PyEllipsis extends PyObject {
    /** {@code ellipsis}. */
    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, 0);
    /** {@code Ellipsis}. */
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super(TYPE);
    }

    static {
        TYPE.tp_repr = o -> PyStr.of("Ellipsis");
        TYPE.tp_new = (t, a, n, kw) -> ELLIPSIS;
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> PyStr.of("Ellipsis"));
        TYPE.ready();
    }
}
