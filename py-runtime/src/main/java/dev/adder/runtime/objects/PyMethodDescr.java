package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code method_descriptor}: a method of a builtin type, found in the type's dictionary; getting it
 * from an instance binds it into a {@link PyBuiltinFunction}.
 *
 * <p>CPython: {@code Objects/descrobject.c} ({@code PyMethodDescrObject}, {@code method_get},
 * {@code method_vectorcall_NOARGS}/{@code _O}/{@code _FASTCALL}). The factories check arity with
 * CPython's messages.
 */
public final class PyMethodDescr extends PyObject {
    /** {@code method_descriptor}. */
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescr.class,
            PyType.METHOD_DESCRIPTOR);

    /** A method taking a fixed range of positional arguments. */
    @FunctionalInterface
    public interface VarArgs {
        PyObject call(PyObject self, PyObject[] args, int nargs);
    }

    private final PyType objtype;
    private final String name;
    private final PyBuiltinFunction.Impl impl;
    /** The method itself when it takes no arguments ({@code METH_NOARGS}), else null. */
    private final Function<PyObject, PyObject> noArg;
    /** The method itself when it takes exactly one argument ({@code METH_O}), else null. */
    private final BiFunction<PyObject, PyObject, PyObject> oneArg;

    /** A method of {@code objtype} with the full calling convention. */
    public PyMethodDescr(PyType objtype, String name, PyBuiltinFunction.Impl impl) {
        this(objtype, name, impl, null, null);
    }

    private PyMethodDescr(PyType objtype, String name, PyBuiltinFunction.Impl impl, Function<PyObject, PyObject> noArg,
            BiFunction<PyObject, PyObject, PyObject> oneArg) {
        super(TYPE);
        this.objtype = objtype;
        this.name = name;
        this.impl = impl;
        this.noArg = noArg;
        this.oneArg = oneArg;
    }

    /**
     * A positional call {@code descr(self, a1..an)} with {@code self} at {@code args[base]} and
     * {@code nargs} counting it, made directly when the method takes no argument or exactly one
     * (CPython's {@code method_vectorcall_NOARGS}/{@code _O}, without making an argument array);
     * null when the call needs the generic path (another arity or another kind of method).
     */
    public PyObject fastCall(PyObject[] args, int base, int nargs) {
        if (nargs == 2 && oneArg != null) {
            return oneArg.apply(check(args[base]), args[base + 1]);
        }
        if (nargs == 1 && noArg != null) {
            return noArg.apply(check(args[base]));
        }
        return null;
    }

    /** Adds a method taking no arguments ({@code METH_NOARGS}) to {@code t}. */
    public static void noArgs(PyType t, String name, Function<PyObject, PyObject> f) {
        String qn = t.qualname() + "." + name;
        t.setAttribute(name, new PyMethodDescr(t, name, (self, a, n, kw) -> {
            noKeywords(qn, kw);
            if (n != 0) {
                throw PyErr.typeError("%s() takes no arguments (%d given)", qn, n);
            }
            return f.apply(self);
        }, f, null));
    }

    /** Adds a method taking exactly one argument ({@code METH_O}) to {@code t}. */
    public static void oneArg(PyType t, String name, BiFunction<PyObject, PyObject, PyObject> f) {
        String qn = t.qualname() + "." + name;
        t.setAttribute(name, new PyMethodDescr(t, name, (self, a, n, kw) -> {
            noKeywords(qn, kw);
            if (n != 1) {
                throw PyErr.typeError("%s() takes exactly one argument (%d given)", qn, n);
            }
            return f.apply(self, a[0]);
        }, null, f));
    }

    /** Adds a method taking {@code min..max} positional arguments ({@code METH_FASTCALL}) to {@code t}. */
    public static void varArgs(PyType t, String name, int min, int max, VarArgs f) {
        String qn = t.qualname() + "." + name;
        t.setAttribute(name, new PyMethodDescr(t, name, (self, a, n, kw) -> {
            noKeywords(qn, kw);
            checkArity(name, n, min, max);
            return f.call(self, a, n);
        }));
    }

    /** Adds a method with the full calling convention to {@code t}. */
    public static void full(PyType t, String name, PyBuiltinFunction.Impl f) {
        t.setAttribute(name, new PyMethodDescr(t, name, f));
    }

    /** CPython's {@code _PyArg_CheckPositional} messages. */
    public static void checkArity(String name, int n, int min, int max) {
        if (n < min) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ",
                    min, min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ",
                    max, max == 1 ? "" : "s", n);
        }
    }

    /** "X() takes no keyword arguments" when {@code kw} names any. */
    public static void noKeywords(String qualname, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", qualname);
        }
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    private PyObject check(PyObject self) {
        if (!self.type().isSubtype(objtype)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    objtype.name(), self.type().name());
        }
        return self;
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyMethodDescr m = (PyMethodDescr) d;
            if (obj == null) {
                return d;
            }
            m.check(obj);
            return new PyBuiltinFunction(m.name, m.objtype.qualname() + "." + m.name, obj, m.impl);
        };
        TYPE.tp_call = (d, a, n, kw) -> {
            PyMethodDescr m = (PyMethodDescr) d;
            if (n < 1) {
                throw PyErr.typeError("unbound method %s.%s() needs an argument", m.objtype.name(), m.name);
            }
            PyObject self = m.check(a[0]);
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return m.impl.call(self, rest, n - 1, kw);
        };
        TYPE.tp_repr = o -> {
            PyMethodDescr m = (PyMethodDescr) o;
            return PyStr.of("<method '" + m.name + "' of '" + m.objtype.name() + "' objects>");
        };
        TYPE.ready();
        PyGetSetDescr.addDescrAttributes(TYPE, o -> ((PyMethodDescr) o).objtype, o -> ((PyMethodDescr) o).name);
        PyGetSetDescr.addDescrReduce(TYPE, o -> ((PyMethodDescr) o).objtype, o -> ((PyMethodDescr) o).name);
        PyGetSetDescr.addTextSignature(TYPE);
    }
}
