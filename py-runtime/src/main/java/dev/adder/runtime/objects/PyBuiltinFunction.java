package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code builtin_function_or_method}: a function written in Java, possibly bound to {@code self}
 * (a builtin method such as {@code 'a'.upper}).
 *
 * <p>CPython: {@code Objects/methodobject.c} ({@code PyCFunctionObject}, vectorcall flavours).
 */
public final class PyBuiltinFunction extends PyObject {
    /** {@code builtin_function_or_method}. */
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class, 0);

    /**
     * The Java body: {@code self} (null for a plain function), positional arguments
     * {@code args[0..nargs)}, then keyword values named by {@code kwnames} (null for none).
     */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject self, PyObject[] args, int nargs, PyTuple kwnames);
    }

    private final String name;
    private final String qualname;
    private final PyObject self;
    private final Impl impl;

    /** A function or bound method. */
    public PyBuiltinFunction(String name, String qualname, PyObject self, Impl impl) {
        super(TYPE);
        this.name = name;
        this.qualname = qualname;
        this.self = self;
        this.impl = impl;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __self__} (null when unbound). */
    public PyObject self() {
        return self;
    }

    /** Calls the function. */
    public PyObject call(PyObject[] args, int nargs, PyTuple kwnames) {
        return impl.call(self, args, nargs, kwnames);
    }

    static {
        TYPE.tp_call = (f, a, n, kw) -> ((PyBuiltinFunction) f).call(a, n, kw);
        TYPE.tp_repr = o -> {
            PyBuiltinFunction f = (PyBuiltinFunction) o;
            if (f.self == null || f.self instanceof PyModuleLike) {
                return PyStr.of("<built-in function " + f.name + ">");
            }
            return PyStr.of("<built-in method " + f.name + " of " + f.self.type().name() + " object at "
                    + dev.adder.runtime.BaseObject.address(f.self) + ">");
        };
        // meth_richcompare / meth_hash: the same function bound to the same object
        TYPE.tp_richcompare = (a, b, op) -> {
            if ((op != dev.adder.runtime.CompareOp.EQ && op != dev.adder.runtime.CompareOp.NE)
                    || !(b instanceof PyBuiltinFunction y)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyBuiltinFunction x = (PyBuiltinFunction) a;
            boolean eq = x.self == y.self && (x.impl == y.impl || x == y);
            return PyBool.of(op == dev.adder.runtime.CompareOp.EQ ? eq : !eq);
        };
        TYPE.tp_hash = o -> {
            PyBuiltinFunction f = (PyBuiltinFunction) o;
            return (f.self == null ? 0 : System.identityHashCode(f.self)) * 1000003L ^ System.identityHashCode(f.impl);
        };
        TYPE.ready();
        PyGetSetDescr.addTextSignature(TYPE);
        TYPE.setAttribute("__name__", new PyGetSetDescr(TYPE, "__name__", o -> PyStr.of(((PyBuiltinFunction) o).name),
                null));
        TYPE.setAttribute("__qualname__", new PyGetSetDescr(TYPE, "__qualname__",
                o -> PyStr.of(((PyBuiltinFunction) o).qualname), null));
        TYPE.setAttribute("__self__", new PyGetSetDescr(TYPE, "__self__", o -> {
            PyObject s = ((PyBuiltinFunction) o).self;
            return s == null ? PyNone.NONE : s;
        }, null));
        TYPE.setAttribute("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> PyNone.NONE, null));
        // meth_reduce: a module-level (or unbound) function pickles by its qualified name
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyBuiltinFunction f = (PyBuiltinFunction) o;
            if (f.self == null || f.self instanceof PyModuleLike) {
                return PyStr.of(f.name);
            }
            return PyTuple.of(dev.adder.runtime.VmHooks.builtin.apply("getattr"), PyTuple.of(f.self,
                    PyStr.of(f.name)));
        });
        // CPython's m_module: the name of the module of a module-level function, else None
        TYPE.setAttribute("__module__", new PyMemberDescr(TYPE, "__module__", o -> {
            PyObject s = ((PyBuiltinFunction) o).self;
            if (s instanceof PyModuleLike) {
                PyObject n = dev.adder.runtime.Abstract.lookupAttr(s, PyStr.of("__name__"));
                return n == null ? PyNone.NONE : n;
            }
            return PyNone.NONE;
        }, null));
    }

    /** Marker for module objects (a builtin function bound to a module prints as a function). */
    public interface PyModuleLike {
    }

    String qualname() {
        return qualname;
    }
}
