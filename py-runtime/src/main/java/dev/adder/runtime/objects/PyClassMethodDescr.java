package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * A class method of a type written in Java: bound to the class it is looked up on (through an
 * instance: its type), as {@code int.from_bytes} or {@code dict.fromkeys}.
 *
 * <p>CPython: Objects/descrobject.c ({@code PyClassMethodDescr_Type}, {@code classmethod_descriptor}).
 */
public final class PyClassMethodDescr extends PyObject {
    /** {@code classmethod_descriptor}. */
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescr.class, 0);

    /** The body, given the class. */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyType cls, PyObject[] args, int nargs, PyTuple kwnames);
    }

    private final String name;
    private final PyType owner;
    private final Impl impl;

    /** The class method {@code name} of type {@code owner}. */
    public PyClassMethodDescr(String name, PyType owner, Impl impl) {
        super(TYPE);
        this.name = name;
        this.owner = owner;
        this.impl = impl;
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyClassMethodDescr m = (PyClassMethodDescr) d;
            PyType cls = type != null ? type : obj.type();
            return new PyBuiltinFunction(m.name, m.owner.qualname() + "." + m.name, cls,
                    (self, a, n, kw) -> m.impl.call((PyType) self, a, n, kw));
        };
        TYPE.tp_repr = o -> PyStr.of("<method '" + ((PyClassMethodDescr) o).name + "' of '"
                + ((PyClassMethodDescr) o).owner.name() + "' objects>");
        TYPE.ready();
    }
}
