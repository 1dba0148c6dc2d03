package dev.adder.stdlib.functools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStaticMethod;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code functools.partial}: a callable that calls {@code func} with the stored positional
 * arguments first and the stored keywords merged under the call's keywords. A partial of a partial
 * (without instance attributes) is flattened. Not a method descriptor: it does not bind as a class
 * attribute.
 *
 * <p>CPython: {@code Modules/_functoolsmodule.c} ({@code partialobject}, {@code partial_new},
 * {@code partial_vectorcall}, {@code partial_call}, {@code partial_repr}, {@code partial_reduce},
 * {@code partial_setstate}).
 */
public class PyPartial extends PyObject implements PyMemberDescr.SlotHolder {
    /** {@code functools.partial}. */
    public static final PyType TYPE = PyType.builtin("functools.partial", PyPartial.class,
            PyType.BASETYPE | PyType.HAVE_VECTORCALL);

    PyObject fn;
    PyTuple args;
    PyDict kw;
    private PyDict dict;
    private final PyObject[] slots;

    PyPartial(PyType type) {
        super(type);
        slots = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
    }

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private static PyPartial self(PyObject o) {
        return (PyPartial) o;
    }

    static PyObject newPartial(PyType type, PyObject[] a, int n, PyTuple kwnames) {
        if (n < 1) {
            throw PyErr.typeError("type 'partial' takes at least one argument");
        }
        PyObject func = a[0];
        PyTuple pargs = null;
        PyDict pkw = null;
        if (func instanceof PyPartial part && func.type().tp_call == TYPE.tp_call
                && (part.dict == null || part.dict.size() == 0)) {
            pargs = part.args;
            pkw = part.kw;
            func = part.fn;
        }
        if (func.type().tp_call == null) {
            throw PyErr.typeError("the first argument must be callable");
        }
        PyPartial p = new PyPartial(type);
        p.fn = func;
        int plen = pargs == null ? 0 : pargs.size();
        PyObject[] items = new PyObject[plen + n - 1];
        if (plen > 0) {
            System.arraycopy(pargs.itemsArray(), 0, items, 0, plen);
        }
        System.arraycopy(a, 1, items, plen, n - 1);
        p.args = PyTuple.wrap(items);
        PyDict kw = pkw == null ? new PyDict() : pkw.copy();
        int nkw = kwnames == null ? 0 : kwnames.size();
        for (int i = 0; i < nkw; i++) {
            kw.setItem(kwnames.get(i), a[n + i]);
        }
        p.kw = kw;
        return p;
    }

    /** {@code partial_vectorcall}/{@code partial_call}. */
    static PyObject call(PyObject o, PyObject[] a, int n, PyTuple kwnames) {
        PyPartial p = self(o);
        int nkw = kwnames == null ? 0 : kwnames.size();
        PyObject[] pa = p.args.itemsArray();
        int np = pa.length;
        if (p.kw.size() == 0) {
            if (np == 0) {
                return Abstract.call(p.fn, a, n, kwnames);
            }
            PyObject[] all = new PyObject[np + n + nkw];
            System.arraycopy(pa, 0, all, 0, np);
            System.arraycopy(a, 0, all, np, n + nkw);
            return Abstract.call(p.fn, all, np + n, kwnames);
        }
        PyDict merged = p.kw.copy();
        for (int i = 0; i < nkw; i++) {
            merged.setItem(kwnames.get(i), a[n + i]);
        }
        int mk = merged.size();
        PyObject[] all = new PyObject[np + n + mk];
        System.arraycopy(pa, 0, all, 0, np);
        System.arraycopy(a, 0, all, np, n);
        PyObject[] names = new PyObject[mk];
        int k = 0;
        for (int j = merged.nextEntry(0); j >= 0; j = merged.nextEntry(j + 1)) {
            PyObject key = merged.keyAt(j);
            if (!(key instanceof PyStr)) {
                throw PyErr.typeError("keywords must be strings");
            }
            names[k] = key;
            all[np + n + k] = merged.valueAt(j);
            k++;
        }
        return Abstract.call(p.fn, all, np + n, PyTuple.wrap(names));
    }

    /** The partials whose repr is being computed on this thread ({@code Py_ReprEnter}). */
    private static final ThreadLocal<java.util.IdentityHashMap<PyObject, Boolean>> IN_REPR =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    static PyStr repr(PyObject o) {
        PyPartial p = self(o);
        java.util.IdentityHashMap<PyObject, Boolean> active = IN_REPR.get();
        if (active.put(p, Boolean.TRUE) != null) {
            return PyStr.of("...");
        }
        try {
            StringBuilder sb = new StringBuilder();
            sb.append(o.type().name()).append('(').append(Abstract.repr(p.fn).value());
            for (PyObject x : p.args.itemsArray()) {
                sb.append(", ").append(Abstract.repr(x).value());
            }
            PyDict kw = p.kw;
            for (int j = kw.nextEntry(0); j >= 0; j = kw.nextEntry(j + 1)) {
                PyObject key = kw.keyAt(j);
                PyObject value = kw.valueAt(j);
                sb.append(", ").append(Abstract.str(key).value()).append('=').append(Abstract.repr(value).value());
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            active.remove(p);
        }
    }

    private static PyObject setState(PyObject o, PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) {
            throw PyErr.typeError("invalid partial state");
        }
        PyObject fn = t.get(0);
        PyObject fnargs = t.get(1);
        PyObject kw = t.get(2);
        PyObject dict = t.get(3);
        if (fn.type().tp_call == null || !(fnargs instanceof PyTuple)
                || (kw != PyNone.NONE && !(kw instanceof PyDict))) {
            throw PyErr.typeError("invalid partial state");
        }
        PyTuple args = fnargs.type() == PyTuple.TYPE ? (PyTuple) fnargs : PyTuple.fromIterable(fnargs);
        PyDict kwd;
        if (kw == PyNone.NONE) {
            kwd = new PyDict();
        } else if (kw.type() != PyDict.TYPE) {
            kwd = ((PyDict) kw).copy();
            if (kwd.type() != PyDict.TYPE) {
                PyDict plain = new PyDict();
                plain.update(kwd);
                kwd = plain;
            }
        } else {
            kwd = (PyDict) kw;
        }
        PyPartial p = self(o);
        p.fn = fn;
        p.args = args;
        p.kw = kwd;
        if (dict == PyNone.NONE) {
            p.dict = null;
        } else if (dict instanceof PyDict d) {
            p.dict = d;
        } else {
            throw PyErr.typeError("invalid partial state");
        }
        return PyNone.NONE;
    }

    private static PyGetSetDescr readonly(String name, java.util.function.Function<PyObject, PyObject> get) {
        return new PyGetSetDescr(TYPE, name, get, (o, v) -> {
            throw PyErr.attributeError("readonly attribute");
        });
    }

    static {
        PyType t = TYPE;
        t.tp_new = PyPartial::newPartial;
        t.tp_call = PyPartial::call;
        t.tp_repr = PyPartial::repr;
        t.setInstancesHaveWeakref();
        t.ready();
        t.setNewInitializes();
        t.setAttribute("func", readonly("func", o -> self(o).fn));
        t.setAttribute("args", readonly("args", o -> self(o).args));
        t.setAttribute("keywords", readonly("keywords", o -> self(o).kw));
        t.setAttribute("__dict__", new PyGetSetDescr(t, "__dict__", o -> self(o).instanceDict(), (o, v) -> {
            if (v == null) {
                throw PyErr.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict d)) {
                throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().name());
            }
            self(o).dict = d;
        }));
        PyMethodDescr.noArgs(t, "__reduce__", o -> {
            PyPartial p = self(o);
            return PyTuple.of(o.type(), PyTuple.of(p.fn), PyTuple.of(p.fn, p.args, p.kw,
                    p.dict == null || p.dict.size() == 0 ? PyNone.NONE : p.dict));
        });
        PyMethodDescr.oneArg(t, "__setstate__", PyPartial::setState);
        t.setAttribute("__class_getitem__", PyStaticMethod.classMethod(new PyBuiltinFunction("__class_getitem__",
                "partial.__class_getitem__", null, (s, a, n, kw) -> {
                    PyMethodDescr.noKeywords("__class_getitem__", kw);
                    PyMethodDescr.checkArity("__class_getitem__", n, 2, 2);
                    return Abstract.genericAliasMaker.apply(a[0], a[1]);
                })));
        t.setAttribute("__doc__", PyStr.of("partial(func, *args, **keywords) - new function with partial "
                + "application\n    of the given arguments and keywords.\n"));
    }
}
