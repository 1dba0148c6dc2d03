package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyStr;

/**
 * A bound method: a function and the object it was looked up on.
 *
 * <p>CPython: Objects/classobject.c ({@code PyMethodObject}).
 */
public final class PyMethod extends PyObject {
    /** {@code method}. */
    public static final PyType TYPE = PyType.builtin("method", PyMethod.class, 0);

    static {
        TYPE.tp_call = (m, args, nargs, kw) -> {
            PyMethod pm = (PyMethod) m;
            int total = nargs + (kw == null ? 0 : kw.size());
            PyObject[] all = new PyObject[total + 1];
            all[0] = pm.self;
            System.arraycopy(args, 0, all, 1, total);
            return Abstract.call(pm.func, all, nargs + 1, kw);
        };
        TYPE.tp_repr = m -> {
            PyMethod pm = (PyMethod) m;
            String qn = pm.func instanceof PyFunction f ? f.qualname : "?";
            return PyStr.of("<bound method " + qn + " of " + Abstract.repr(pm.self).value() + ">");
        };
        TYPE.ready();
    }

    /** {@code __func__}. */
    public final PyObject func;
    /** {@code __self__}. */
    public final PyObject self;

    /** {@code func} bound to {@code self}. */
    public PyMethod(PyObject func, PyObject self) {
        super(TYPE);
        this.func = func;
        this.self = self;
    }
}
