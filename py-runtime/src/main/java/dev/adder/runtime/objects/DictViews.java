package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}: views iterating over a
 * snapshot of the dictionary (moved here from the VM, which used to patch them in).
 *
 * <p>CPython: {@code Objects/dictobject.c} ({@code dictview_new}, {@code dictkeys_contains},
 * {@code dictview_repr}).
 */
final class DictViews {
    private DictViews() {
    }

    /** A view of a dict's keys (kind 0), values (1) or items (2). */
    static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        View(PyType t, PyDict dict, int kind) {
            super(t);
            this.dict = dict;
            this.kind = kind;
        }

        PyObject[] snapshot() {
            PyObject[] r = new PyObject[dict.size()];
            int k = 0;
            for (int j = dict.nextEntry(0); j >= 0 && k < r.length; j = dict.nextEntry(j + 1)) {
                PyObject key = dict.keyAt(j);
                r[k++] = kind == 0 ? key : kind == 1 ? dict.valueAt(j) : PyTuple.of(key, dict.valueAt(j));
            }
            return r;
        }
    }

    private static PyType view(String name, int kind) {
        PyType t = PyType.builtin(name, View.class, 0);
        t.tp_iter = o -> Abstract.iter(PyTuple.of(((View) o).snapshot()));
        t.sq_length = o -> ((View) o).dict.size();
        t.tp_repr = o -> {
            StringBuilder sb = new StringBuilder(name).append("([");
            PyObject[] items = ((View) o).snapshot();
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Abstract.repr(items[i]).value());
            }
            return PyStr.of(sb.append("])").toString());
        };
        t.sq_contains = (o, k) -> {
            View v = (View) o;
            if (v.kind == 0) {
                return v.dict.containsKey(k);
            }
            for (PyObject x : v.snapshot()) {
                if (Abstract.richCompareBool(x, k, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        if (kind != 1) {
            setOp(t, NumberOp.AND, SetMethods::intersection, true);
            setOp(t, NumberOp.OR, SetMethods::union, true);
            setOp(t, NumberOp.XOR, SetMethods::symmetricDifference, true);
            setOp(t, NumberOp.SUBTRACT, SetMethods::difference, false);
        }
        t.ready();
        return t;
    }

    /** A set operator on a keys or items view: {@code set(a).<update>(b)} (CPython: {@code dictviews_and} etc.). */
    private static void setOp(PyType t, NumberOp op, java.util.function.BiFunction<PySet, PyObject, PySet> f,
            boolean commutes) {
        t.nb_binary[op.ordinal()] = (a, b) -> {
            if (commutes && !(a instanceof View)) {
                PyObject x = a;
                a = b;
                b = x;
            }
            return f.apply((PySet) Abstract.call(PySet.TYPE, a), b);
        };
    }

    /** Adds keys/values/items to {@code dict} unless it already has them. */
    static void install(PyType dictType) {
        String[] names = {"keys", "values", "items"};
        String[] typeNames = {"dict_keys", "dict_values", "dict_items"};
        for (int i = 0; i < 3; i++) {
            int kind = i;
            if (dictType.lookup(names[i]) == null) {
                PyType vt = view(typeNames[i], i);
                PyMethodDescr.noArgs(dictType, names[i], self -> new View(vt, (PyDict) self, kind));
            }
        }
    }
}
