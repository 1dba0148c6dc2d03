package dev.adder.stdlib.itertools;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * A class method written in Java ({@code classmethod_descriptor}): bound to the class it is
 * looked up on (or the instance's class).
 *
 * <p>CPython: Objects/descrobject.c ({@code PyClassMethodDescr_Type}).
 */
final class ClassMethod extends PyObject {
    static final PyType TYPE = PyType.builtin("classmethod_descriptor", ClassMethod.class, 0);

    /** The body, given the class. */
    @FunctionalInterface
    interface Impl {
        PyObject call(PyType cls, PyObject[] args, int nargs, PyTuple kwnames);
    }

    private final String name;
    private final PyType owner;
    private final Impl impl;

    ClassMethod(String name, PyType owner, Impl impl) {
        super(TYPE);
        this.name = name;
        this.owner = owner;
        this.impl = impl;
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            ClassMethod m = (ClassMethod) d;
            PyType cls = type != null ? type : obj.type();
            return new PyBuiltinFunction(m.name, m.owner.qualname() + "." + m.name, cls,
                    (self, a, n, kw) -> m.impl.call((PyType) self, a, n, kw));
        };
        TYPE.tp_repr = o -> PyStr.of("<method '" + ((ClassMethod) o).name + "' of '"
                + ((ClassMethod) o).owner.name() + "' objects>");
        TYPE.ready();
    }
}
