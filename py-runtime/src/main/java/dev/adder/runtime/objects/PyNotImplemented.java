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
        // notimplemented_bool: true, with a DeprecationWarning
        TYPE.nb_bool = o -> {
            PyObject warnings = dev.adder.runtime.Abstract.call(dev.adder.runtime.VmHooks.builtin.apply("__import__"),
                    PyStr.of("warnings"));
            dev.adder.runtime.Abstract.callMethod(warnings, "warn", PyStr.of("NotImplemented should not be used in a "
                    + "boolean context"), dev.adder.runtime.exceptions.PyExc.DeprecationWarning, PyInt.of(1));
            return true;
        };
        TYPE.ready();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> PyStr.of("NotImplemented"));
    }
}
