package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.ReprGuard;

/**
 * {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}: live views of a dict. They
 * iterate with {@link PyDictIter} (so a dict changed during the loop is the error CPython gives);
 * keys and items views are set-like (comparisons, {@code &}, {@code |}, {@code ^}, {@code -},
 * {@code isdisjoint}).
 *
 * <p>CPython: {@code Objects/dictobject.c} ({@code dictview_new}, {@code dictview_richcompare},
 * {@code _PyDictView_Intersect}, {@code dictviews_or}, {@code dictviews_xor}, {@code
 * dictitems_xor}, {@code dictviews_isdisjoint}, {@code dictitems_contains}, {@code dictview_repr}).
 */
final class DictViews {
    private DictViews() {
    }

    /** A view of a dict's keys, values or items ({@link PyDictIter#KEYS} ...). */
    static final class View extends PyObject {
        final PyDict dict;
        final int kind;

        View(PyType t, PyDict dict, int kind) {
            super(t);
            this.dict = dict;
            this.kind = kind;
        }

        PyDictIter iterator() {
            return new PyDictIter(dict, kind, false);
        }

        /** {@code x in self} for a keys or items view. */
        boolean contains(PyObject x) {
            if (kind == PyDictIter.KEYS) {
                return dict.containsKey(x);
            }
            // dictitems_contains: a pair whose key maps to an equal value
            if (!(x instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            PyObject v = dict.getItem(t.get(0));
            return v != null && Abstract.richCompareBool(v, t.get(1), CompareOp.EQ);
        }
    }

    private static boolean isSetView(PyObject o) {
        return o instanceof View v && v.kind != PyDictIter.VALUES;
    }

    private static boolean isSetLike(PyObject o) {
        return o instanceof PySet || isSetView(o);
    }

    private static PyType view(String name, int kind) {
        PyType t = PyType.builtin(name, View.class, 0);
        t.tp_iter = o -> ((View) o).iterator();
        t.sq_length = o -> ((View) o).dict.size();
        t.tp_repr = o -> {
            if (!ReprGuard.enter(o)) {
                return PyStr.of("...");
            }
            try {
                PyList items = new PyList();
                items.extend(o);
                return PyStr.of(name + "(" + Abstract.repr(items).value() + ")");
            } finally {
                ReprGuard.exit(o);
            }
        };
        PyMethodDescr.noArgs(t, "__reversed__", o -> new PyDictIter(((View) o).dict, kind, true));
        t.setAttribute("mapping", new PyGetSetDescr(t, "mapping", o -> new PyMappingProxy(((View) o).dict), null));
        if (kind != PyDictIter.VALUES) {
            t.sq_contains = (o, k) -> ((View) o).contains(k);
            t.tp_richcompare = DictViews::richCompare;
            t.nb_binary[NumberOp.AND.ordinal()] = DictViews::and;
            t.nb_binary[NumberOp.OR.ordinal()] = (a, b) -> update(a, b, "update");
            t.nb_binary[NumberOp.XOR.ordinal()] = (a, b) -> isItems(a) && isItems(b) ? itemsXor((View) a, (View) b)
                    : update(a, b, "symmetric_difference_update");
            t.nb_binary[NumberOp.SUBTRACT.ordinal()] = (a, b) -> update(a, b, "difference_update");
            PyMethodDescr.oneArg(t, "isdisjoint", DictViews::isDisjoint);
        }
        t.ready();
        return t;
    }

    private static boolean isItems(PyObject o) {
        return o instanceof View v && v.kind == PyDictIter.ITEMS;
    }

    /** {@code set(o)}, from the dict itself for a keys view of an exact dict ({@code dictviews_to_set}). */
    private static PySet toSet(PyObject o) {
        PyObject src = o instanceof View v && v.kind == PyDictIter.KEYS && v.dict.getClass() == PyDict.class ? v.dict : o;
        return (PySet) Abstract.call(PySet.TYPE, src);
    }

    /** {@code set(a).<method>(b)}: {@code |}, {@code ^} and {@code -} (either operand may be the view). */
    private static PyObject update(PyObject a, PyObject b, String method) {
        PySet r = toSet(a);
        Abstract.callMethod(r, method, b);
        return r;
    }

    /** {@code a & b}, one of them a view ({@code _PyDictView_Intersect}). */
    private static PyObject and(PyObject a, PyObject b) {
        if (!isSetView(a)) {
            PyObject x = a;
            a = b;
            b = x;
        }
        View self = (View) a;
        int n = self.dict.size();
        if (b.type() == PySet.TYPE && n <= Abstract.len(b)) {
            return Abstract.callMethod(b, "intersection", self);
        }
        if (isSetView(b) && ((View) b).dict.size() > n) {
            View x = self;
            self = (View) b;
            b = x;
        }
        PySet r = PySet.newSet();
        PyObject it = Abstract.iter(b);
        for (PyObject k; (k = Abstract.next(it)) != null;) {
            if (self.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    /** {@code a ^ b} for two items views, which may hold unhashable values ({@code dictitems_xor}). */
    private static PyObject itemsXor(View a, View b) {
        PyDict rest = a.dict.copy();
        PySet r = PySet.newSet();
        PyDict d2 = b.dict;
        for (int j = d2.nextEntry(0); j >= 0; j = d2.nextEntry(j + 1)) {
            PyObject k = d2.keyAt(j);
            PyObject v2 = d2.valueAt(j);
            PyObject v1 = rest.getItem(k);
            if (v1 != null && Abstract.richCompareBool(v1, v2, CompareOp.EQ)) {
                rest.delItem(k);
            } else {
                r.add(PyTuple.of(k, v2));
            }
        }
        for (int j = rest.nextEntry(0); j >= 0; j = rest.nextEntry(j + 1)) {
            r.add(PyTuple.of(rest.keyAt(j), rest.valueAt(j)));
        }
        return r;
    }

    /** Every item of {@code a} is in {@code b} ({@code all_contained_in}). */
    private static boolean allIn(PyObject a, PyObject b) {
        PyObject it = Abstract.iter(a);
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            if (!Abstract.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!isSetLike(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long na = ((View) a).dict.size();
        long nb = Abstract.len(b);
        boolean r = switch (op) {
            case EQ -> na == nb && allIn(a, b);
            case NE -> !(na == nb && allIn(a, b));
            case LT -> na < nb && allIn(a, b);
            case LE -> na <= nb && allIn(a, b);
            case GT -> na > nb && allIn(b, a);
            case GE -> na >= nb && allIn(b, a);
        };
        return PyBool.of(r);
    }

    /** {@code view.isdisjoint(other)} ({@code dictviews_isdisjoint}). */
    private static PyObject isDisjoint(PyObject self, PyObject other) {
        if (self == other) {
            return PyBool.of(((View) self).dict.size() == 0);
        }
        PyObject container = self;
        PyObject iterable = other;
        if (isSetLike(other) && Abstract.len(other) > ((View) self).dict.size()) {
            container = other;
            iterable = self;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            if (Abstract.contains(container, x)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
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
