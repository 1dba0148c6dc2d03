package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
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
    /** The body as a method of the class (one object, so that bound copies compare equal). */
    private final PyBuiltinFunction.Impl bound;

    /** The class method {@code name} of type {@code owner}. */
    public PyClassMethodDescr(String name, PyType owner, Impl impl) {
        super(TYPE);
        this.name = name;
        this.owner = owner;
        this.impl = impl;
        this.bound = (self, a, n, kw) -> impl.call((PyType) self, a, n, kw);
    }

    /** {@code classmethod_get}'s error when the class argument is not a type. */
    public dev.adder.runtime.PyException notAType(PyObject type) {
        return PyErr.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", name, owner.name(),
                type.type().name());
    }

    private PyType check(PyType cls) {
        if (!cls.isSubtype(owner)) {
            throw PyErr.typeError("descriptor '%s' requires a subtype of '%s' but received '%s'", name, owner.name(),
                    cls.name());
        }
        return cls;
    }

    private PyBuiltinFunction bind(PyType cls) {
        check(cls);
        return new PyBuiltinFunction(name, owner.qualname() + "." + name, cls, bound);
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> ((PyClassMethodDescr) d).bind(type != null ? type : obj.type());
        // classmethoddescr_call: descr(cls, *args) is cls.method(*args)
        TYPE.tp_call = (d, a, n, kw) -> {
            PyClassMethodDescr m = (PyClassMethodDescr) d;
            if (n < 1) {
                throw PyErr.typeError("descriptor '%s' of '%s' object needs an argument", m.name, m.owner.name());
            }
            if (!(a[0] instanceof PyType cls)) {
                throw m.notAType(a[0]);
            }
            int total = n - 1 + (kw == null ? 0 : kw.size());
            PyObject[] rest = new PyObject[total];
            System.arraycopy(a, 1, rest, 0, total);
            return m.impl.call(m.check(cls), rest, n - 1, kw);
        };
        TYPE.tp_repr = o -> PyStr.of("<method '" + ((PyClassMethodDescr) o).name + "' of '"
                + ((PyClassMethodDescr) o).owner.name() + "' objects>");
        TYPE.ready();
        PyGetSetDescr.addDescrAttributes(TYPE, o -> ((PyClassMethodDescr) o).owner, o -> ((PyClassMethodDescr) o).name);
        PyGetSetDescr.addTextSignature(TYPE);
    }
}
