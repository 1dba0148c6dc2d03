package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;

/**
 * The slots and methods of {@code dict}.
 *
 * <p>CPython: {@code Objects/dictobject.c} ({@code dict_subscript}, {@code dict_get_impl},
 * {@code dict_pop_impl}, {@code dict_popitem_impl}, {@code dict_update}, ...).
 */
final class DictMethods {
    private DictMethods() {
    }

    /** {@code d.update(arg)}: a dict, an object with keys(), or an iterable of pairs. */
    static void update(PyDict d, PyObject arg) {
        if (arg instanceof PyDict && arg.type().tp_iter == PyDict.TYPE.tp_iter) {
            d.update((PyDict) arg);
            return;
        }
        PyObject keys = Abstract.lookupAttr(arg, PyStr.of("keys"));
        if (keys != null) {
            PyObject kit = Abstract.iter(Abstract.call(keys));
            for (PyObject k; (k = Abstract.next(kit)) != null;) {
                d.setItem(k, Abstract.getItem(arg, k));
            }
            return;
        }
        PyObject it = Abstract.iter(arg);
        int n = 0;
        for (PyObject item; (item = Abstract.next(it)) != null; n++) {
            PyTuple pair;
            try {
                pair = PyTuple.fromIterable(item);
            } catch (dev.adder.runtime.PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErr.typeError("cannot convert dictionary update sequence element #%d to a sequence", n);
                }
                throw e;
            }
            if (pair.size() != 2) {
                throw PyErr.valueError("dictionary update sequence element #%d has length %d; 2 is required", n,
                        pair.size());
            }
            d.setItem(pair.get(0), pair.get(1));
        }
    }

    static void init(PyType t) {
        t.tp_repr = o -> ((PyDict) o).repr();
        t.mp_length = o -> ((PyDict) o).size();
        t.mp_subscript = (o, k) -> {
            PyObject v = ((PyDict) o).getItem(k);
            if (v == null) {
                PyObject missing = o.type() == PyDict.TYPE ? null : o.type().lookup("__missing__");
                if (missing != null) {
                    return Abstract.call(missing, new PyObject[] {o, k}, 2, null);
                }
                throw PyErr.keyError(k);
            }
            return v;
        };
        t.mp_ass_subscript = (o, k, v) -> {
            PyDict d = (PyDict) o;
            if (v == null) {
                if (!d.delItem(k)) {
                    throw PyErr.keyError(k);
                }
            } else {
                d.setItem(k, v);
            }
        };
        t.sq_contains = (o, k) -> ((PyDict) o).containsKey(k);
        t.tp_iter = o -> PyDictIter.keys((PyDict) o);
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = ((PyDict) a).equalsDict((PyDict) b);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
        t.nb_binary[dev.adder.runtime.NumberOp.OR.ordinal()] = (a, b) -> {
            if (!(a instanceof PyDict) || !(b instanceof PyDict)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict r = ((PyDict) a).copy();
            r.update((PyDict) b);
            return r;
        };
        t.nb_inplace[dev.adder.runtime.NumberOp.OR.ordinal()] = (a, b) -> {
            update((PyDict) a, b);
            return a;
        };
        t.tp_new = (type, args, nargs, kw) -> {
            if (type != PyDict.TYPE) {
                return new PyDictSub(type);
            }
            PyMethodDescr.checkArity("dict", nargs, 0, 1);
            PyDict d = new PyDict();
            if (nargs == 1) {
                update(d, args[0]);
            }
            for (int i = 0; kw != null && i < kw.size(); i++) {
                d.setItem(kw.get(i), args[nargs + i]);
            }
            return d;
        };
        t.setNewInitializes();
        dev.adder.runtime.SlotWrappers.addWrapper(t, "__init__", (f, self, a, n, kw) -> {
            ((PyDict) self).update((PyDict) PyDict.TYPE.tp_new.make(PyDict.TYPE, a, n, kw));
            return PyNone.NONE;
        });
        if (t == PyDict.TYPE) {
            t.setAttribute("fromkeys", new PyClassMethodDescr("fromkeys", t, (cls, a, n, kw) -> {
                PyMethodDescr.noKeywords("fromkeys", kw);
                PyMethodDescr.checkArity("fromkeys", n, 1, 2);
                PyObject value = n == 2 ? a[1] : PyNone.NONE;
                PyObject d = Abstract.call(cls);
                if (d.getClass() == PyDict.class && ((PyDict) d).size() == 0) {
                    // the keys' stored hashes, as CPython's dict_fromkeys for an exact dict, set or frozenset
                    PyDict r = (PyDict) d;
                    if (a[0].getClass() == PyDict.class) {
                        PyDict src = (PyDict) a[0];
                        for (int j = src.nextEntry(0); j >= 0; j = src.nextEntry(j + 1)) {
                            r.setItemHashed(src.keyAt(j), src.hashAt(j), value);
                        }
                        return r;
                    }
                    if (a[0].getClass() == PySet.class && (a[0].type() == PySet.TYPE || a[0].type() == PySet.FROZENSET_TYPE)) {
                        PySet src = (PySet) a[0];
                        PyObject[] st = src.table;
                        long[] hs = src.hashes;
                        for (int j = 0; j < st.length; j++) {
                            if (st[j] != null && !PySet.isDummy(st[j], hs[j])) {
                                r.setItemHashed(st[j], hs[j], value);
                            }
                        }
                        return r;
                    }
                }
                PyObject it = Abstract.iter(a[0]);
                for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                    if (d.type() == PyDict.TYPE) {
                        ((PyDict) d).setItem(k, value);
                    } else {
                        Abstract.setItem(d, k, value);
                    }
                }
                return d;
            }));
        }
        PyMethodDescr.varArgs(t, "get", 1, 2, (self, a, n) -> {
            PyObject v = ((PyDict) self).getItem(a[0]);
            return v != null ? v : n > 1 ? a[1] : PyNone.NONE;
        });
        PyMethodDescr.varArgs(t, "setdefault", 1, 2, (self, a, n) -> {
            return ((PyDict) self).setDefault(a[0], n > 1 ? a[1] : PyNone.NONE);
        });
        PyMethodDescr.varArgs(t, "pop", 1, 2, (self, a, n) -> {
            PyObject v = ((PyDict) self).removeItem(a[0]);
            if (v == null) {
                if (n > 1) {
                    return a[1];
                }
                throw PyErr.keyError(a[0]);
            }
            return v;
        });
        PyMethodDescr.noArgs(t, "popitem", self -> {
            PyDict d = (PyDict) self;
            int last = d.lastEntry();
            if (last < 0) {
                throw PyErr.format(PyExc.KeyError, "popitem(): dictionary is empty");
            }
            PyObject k = d.keyAt(last);
            PyObject v = d.valueAt(last);
            d.removeItem(k);
            return PyTuple.of(k, v);
        });
        PyMethodDescr.full(t, "update", (self, a, n, kw) -> {
            PyMethodDescr.checkArity("update", n, 0, 1);
            PyDict d = (PyDict) self;
            if (n == 1) {
                update(d, a[0]);
            }
            for (int i = 0; kw != null && i < kw.size(); i++) {
                d.setItem(kw.get(i), a[n + i]);
            }
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "clear", self -> {
            ((PyDict) self).clear();
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "copy", self -> ((PyDict) self).copy());
        PyMethodDescr.noArgs(t, "__reversed__", self -> new PyDictIter((PyDict) self, PyDictIter.KEYS, true));
        t.ready();
        DictViews.install(t);
    }
}
