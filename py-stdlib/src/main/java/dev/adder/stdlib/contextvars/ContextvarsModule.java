package dev.adder.stdlib.contextvars;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.BaseObject;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyClassMethodDescr;
import dev.adder.runtime.objects.PyGenericAlias;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code _contextvars} module: {@code ContextVar}, {@code Token}, {@code Context} and
 * {@code copy_context}, with CPython's semantics and messages. A context's variables are an
 * immutable map replaced on each {@code set} (CPython uses a HAMT; copying is O(n) here, which
 * suits the few variables programs have); each Java thread has its own current context.
 *
 * <p>CPython: {@code Python/context.c}, {@code Modules/_contextvarsmodule.c}.
 */
public final class ContextvarsModule implements BuiltinModule {
    @Override
    public String name() {
        return "_contextvars";
    }

    /** {@code contextvars.Context}: a mapping of variables to values, entered by {@code run}. */
    public static final class PyContext extends PyObject {
        /** {@code _contextvars.Context}. */
        public static final PyType TYPE = PyType.builtin("_contextvars.Context", PyContext.class, 0);
        /** The variables; never mutated, replaced on every change. */
        Map<PyVar, PyObject> vars;
        PyContext prev;
        boolean entered;

        PyContext(Map<PyVar, PyObject> vars) {
            super(TYPE);
            this.vars = vars;
        }
    }

    /** {@code contextvars.ContextVar}. */
    public static final class PyVar extends PyObject {
        /** {@code _contextvars.ContextVar}. */
        public static final PyType TYPE = PyType.builtin("_contextvars.ContextVar", PyVar.class, 0);
        final PyStr name;
        /** The default, or null. */
        final PyObject dflt;

        PyVar(PyStr name, PyObject dflt) {
            super(TYPE);
            this.name = name;
            this.dflt = dflt;
        }
    }

    /** {@code contextvars.Token}: what {@code ContextVar.set} returns, for {@code reset}. */
    public static final class PyToken extends PyObject {
        /** {@code _contextvars.Token}. */
        public static final PyType TYPE = PyType.builtin("_contextvars.Token", PyToken.class, 0);
        final PyContext ctx;
        final PyVar var;
        /** The value before the set, or null when there was none. */
        final PyObject old;
        boolean used;

        PyToken(PyContext ctx, PyVar var, PyObject old) {
            super(TYPE);
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }
    }

    /** {@code Token.MISSING}. */
    static final PyType MISSING_TYPE = PyType.builtin("Token.MISSING", MissingMarker.class, 0);
    static final PyObject MISSING = new MissingMarker();

    private static final class MissingMarker extends PyObject {
        MissingMarker() {
            super(MISSING_TYPE);
        }
    }

    private static final ThreadLocal<PyContext> CURRENT = new ThreadLocal<>();

    /** The thread's current context, made empty on first use. */
    static PyContext current() {
        PyContext c = CURRENT.get();
        if (c == null) {
            c = new PyContext(Map.of());
            c.entered = true;
            CURRENT.set(c);
        }
        return c;
    }

    private static String varRepr(PyVar v) {
        StringBuilder sb = new StringBuilder("<ContextVar name=").append(Abstract.repr(v.name).value());
        if (v.dflt != null) {
            sb.append(" default=").append(Abstract.repr(v.dflt).value());
        }
        return sb.append(" at ").append(BaseObject.address(v)).append('>').toString();
    }

    private static String tokenRepr(PyToken t) {
        return "<Token" + (t.used ? " used" : "") + " var=" + varRepr(t.var) + " at " + BaseObject.address(t) + ">";
    }

    private static PyVar key(PyObject k) {
        if (!(k instanceof PyVar v)) {
            throw PyErr.typeError("a ContextVar key was expected, got %s", Abstract.repr(k).value());
        }
        return v;
    }

    private static Map<PyVar, PyObject> with(Map<PyVar, PyObject> m, PyVar v, PyObject value) {
        LinkedHashMap<PyVar, PyObject> n = new LinkedHashMap<>(m);
        if (value == null) {
            n.remove(v);
        } else {
            n.put(v, value);
        }
        return n;
    }

    private static PyObject contextRun(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyContext c = (PyContext) self;
        if (n < 1) {
            throw PyErr.typeError("run() missing 1 required positional argument");
        }
        if (c.entered) {
            throw PyErr.format(PyExc.RuntimeError, "cannot enter context: %s is already entered",
                    Abstract.repr(c).value());
        }
        PyContext prev = current();
        c.prev = prev;
        c.entered = true;
        CURRENT.set(c);
        try {
            int total = n - 1 + (kw == null ? 0 : kw.size());
            PyObject[] args = new PyObject[total];
            System.arraycopy(a, 1, args, 0, total);
            return Abstract.call(a[0], args, n - 1, kw);
        } finally {
            CURRENT.set(prev);
            c.prev = null;
            c.entered = false;
        }
    }

    private static PyObject varGet(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyVar v = (PyVar) self;
        BuiltinArgs.positional("get", n, kw, 0, 1);
        PyObject r = current().vars.get(v);
        if (r != null) {
            return r;
        }
        if (n == 1) {
            return a[0];
        }
        if (v.dflt != null) {
            return v.dflt;
        }
        throw PyErr.of(PyExc.LookupError, v);
    }

    private static PyObject varSet(PyObject self, PyObject value) {
        PyVar v = (PyVar) self;
        PyContext c = current();
        PyObject old = c.vars.get(v);
        PyToken t = new PyToken(c, v, old);
        c.vars = with(c.vars, v, value);
        return t;
    }

    private static PyObject varReset(PyObject self, PyObject token) {
        PyVar v = (PyVar) self;
        if (!(token instanceof PyToken t)) {
            throw PyErr.typeError("expected an instance of Token, got %s", Abstract.repr(token).value());
        }
        if (t.used) {
            throw PyErr.format(PyExc.RuntimeError, "%s has already been used once", tokenRepr(t));
        }
        if (t.var != v) {
            throw PyErr.valueError("%s was created by a different ContextVar", tokenRepr(t));
        }
        PyContext c = current();
        if (t.ctx != c) {
            throw PyErr.valueError("%s was created in a different Context", tokenRepr(t));
        }
        t.used = true;
        c.vars = with(c.vars, v, t.old);
        return PyNone.NONE;
    }

    private static PyObject readonly(PyObject o, PyObject v) {
        throw PyErr.attributeError("readonly attribute");
    }

    private static void getter(PyType t, String name, java.util.function.Function<PyObject, PyObject> g) {
        t.setAttribute(name, new PyGetSetDescr(t, name, g, (o, v) -> {
            readonly(o, v);
        }));
    }

    private static PyList list(java.util.Collection<? extends PyObject> items) {
        return PyList.of(items.toArray(new PyObject[0]));
    }

    private static PyList keys(PyContext c) {
        return list(c.vars.keySet());
    }

    static {
        PyType ct = PyContext.TYPE;
        ct.tp_new = (type, a, n, kw) -> {
            if (n != 0 || (kw != null && kw.size() != 0)) {
                throw PyErr.typeError("Context() does not accept any arguments");
            }
            return new PyContext(Map.of());
        };
        ct.mp_length = o -> ((PyContext) o).vars.size();
        ct.mp_subscript = (o, k) -> {
            PyObject v = ((PyContext) o).vars.get(key(k));
            if (v == null) {
                throw PyErr.keyError(k);
            }
            return v;
        };
        ct.sq_contains = (o, k) -> ((PyContext) o).vars.containsKey(key(k));
        ct.tp_iter = o -> Abstract.iter(keys((PyContext) o));
        ct.ready();
        PyMethodDescr.full(ct, "run", ContextvarsModule::contextRun);
        PyMethodDescr.noArgs(ct, "copy", o -> new PyContext(((PyContext) o).vars));
        PyMethodDescr.varArgs(ct, "get", 1, 2, (o, a, n) -> {
            PyObject v = ((PyContext) o).vars.get(key(a[0]));
            return v != null ? v : n > 1 ? a[1] : PyNone.NONE;
        });
        PyMethodDescr.noArgs(ct, "keys", o -> keys((PyContext) o));
        PyMethodDescr.noArgs(ct, "values", o -> list(((PyContext) o).vars.values()));
        PyMethodDescr.noArgs(ct, "items", o -> {
            ArrayList<PyObject> items = new ArrayList<>();
            for (Map.Entry<PyVar, PyObject> e : ((PyContext) o).vars.entrySet()) {
                items.add(PyTuple.of(e.getKey(), e.getValue()));
            }
            return list(items);
        });

        PyType vt = PyVar.TYPE;
        vt.tp_new = (type, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("ContextVar", a, n, kw, new String[] {"", "default"}, 1, 1, 1, 0);
            if (!(v[0] instanceof PyStr s)) {
                throw PyErr.typeError("context variable name must be a str");
            }
            return new PyVar(s, v[1]);
        };
        vt.tp_repr = o -> PyStr.of(varRepr((PyVar) o));
        vt.tp_hash = o -> (long) System.identityHashCode(o);
        vt.ready();
        getter(vt, "name", o -> ((PyVar) o).name);
        PyMethodDescr.full(vt, "get", ContextvarsModule::varGet);
        PyMethodDescr.oneArg(vt, "set", ContextvarsModule::varSet);
        PyMethodDescr.oneArg(vt, "reset", ContextvarsModule::varReset);

        PyType tt = PyToken.TYPE;
        tt.tp_new = (type, a, n, kw) -> {
            throw PyErr.format(PyExc.RuntimeError, "Tokens can only be created by ContextVars");
        };
        tt.tp_repr = o -> PyStr.of(tokenRepr((PyToken) o));
        tt.ready();
        getter(tt, "var", o -> ((PyToken) o).var);
        getter(tt, "old_value", o -> ((PyToken) o).old == null ? MISSING : ((PyToken) o).old);
        tt.setAttribute("MISSING", MISSING);

        MISSING_TYPE.tp_repr = o -> PyStr.of("<Token.MISSING>");
        MISSING_TYPE.ready();

        for (PyType c : new PyType[] {vt, tt}) {
            c.setAttribute("__class_getitem__", new PyClassMethodDescr("__class_getitem__", c,
                    (cls, a, n, kw) -> {
                        PyMethodDescr.noKeywords("__class_getitem__", kw);
                        PyMethodDescr.checkArity("__class_getitem__", n, 1, 1);
                        return new PyGenericAlias(cls, a[0]);
                    }));
        }
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("Context"), PyContext.TYPE);
        m.dict.setItem(PyStr.of("ContextVar"), PyVar.TYPE);
        m.dict.setItem(PyStr.of("Token"), PyToken.TYPE);
        m.dict.setItem(PyStr.of("copy_context"), new PyBuiltinFunction("copy_context", "copy_context", m,
                (self, a, n, kw) -> {
                    BuiltinArgs.noArgs("copy_context", n, kw);
                    return new PyContext(current().vars);
                }));
    }
}
