package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * The iterator of str, tuple and list ({@code str_ascii_iterator}, {@code tuple_iterator},
 * {@code list_iterator} in CPython; one Java class here with the right Python type each).
 * {@code next} returns null when exhausted.
 *
 * <p>CPython: {@code Objects/tupleobject.c} ({@code tupleiter_next}), {@code Objects/listobject.c}
 * ({@code listiter_next}), {@code Objects/unicodeobject.c} ({@code unicodeiter_next}).
 */
public final class PySeqIter extends PyObject {
    /** {@code str_iterator}. */
    public static final PyType STR_ITERATOR = PyType.builtin("str_iterator", PySeqIter.class, 0);
    /** {@code str_ascii_iterator}: the iterator of an all-ASCII str. */
    public static final PyType STR_ASCII_ITERATOR = PyType.builtin("str_ascii_iterator", PySeqIter.class, 0);
    /** {@code tuple_iterator}. */
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", PySeqIter.class, 0);
    /** {@code list_iterator}. */
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", PySeqIter.class, 0);

    private PyObject seq;
    private int index;

    PySeqIter(PyObject seq, int unused) {
        super(seq instanceof PyStr ? (isAscii(((PyStr) seq).value()) ? STR_ASCII_ITERATOR : STR_ITERATOR) : seq instanceof PyTuple ? TUPLE_ITERATOR : LIST_ITERATOR);
        this.seq = seq;
    }

    private static boolean isAscii(String v) {
        for (int i = 0, n = v.length(); i < n; i++) {
            if (v.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private int size() {
        PyObject s = seq;
        return s instanceof PyList l ? l.size : s instanceof PyTuple tu ? tu.items.length : ((PyStr) s).length();
    }

    /** The next item, or null when exhausted. */
    public PyObject next() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        int i = index;
        if (s instanceof PyList) {
            PyList l = (PyList) s;
            if (i < l.size) {
                index = i + 1;
                return l.items[i];
            }
        } else if (s instanceof PyTuple) {
            PyObject[] items = ((PyTuple) s).items;
            if (i < items.length) {
                index = i + 1;
                return items[i];
            }
        } else {
            PyStr str = (PyStr) s;
            if (i < str.length()) {
                index = i + 1;
                return PyStr.ofCodePoint(str.codePointAt(i));
            }
        }
        seq = null;
        return null;
    }

    static {
        for (PyType t : new PyType[] {STR_ITERATOR, STR_ASCII_ITERATOR, TUPLE_ITERATOR, LIST_ITERATOR}) {
            t.tp_iter = o -> o;
            t.tp_iternext = o -> ((PySeqIter) o).next();
            // CPython's listiter_reduce, tupleiter_reduce, unicodeiter_reduce and their setstate
            PyMethodDescr.noArgs(t, "__reduce__", o -> {
                // the lookup first: it may run code (a key's __eq__) that exhausts this iterator
                PyObject iter = dev.adder.runtime.VmHooks.builtin.apply("iter");
                PySeqIter it = (PySeqIter) o;
                if (it.seq == null) {
                    PyObject empty = t == LIST_ITERATOR ? new PyList() : t == TUPLE_ITERATOR ? PyTuple.EMPTY : PyStr.EMPTY;
                    return PyTuple.of(iter, PyTuple.of(empty));
                }
                return PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
            });
            PyMethodDescr.oneArg(t, "__setstate__", (o, state) -> {
                PySeqIter it = (PySeqIter) o;
                if (!(state instanceof PyInt)) {
                    throw dev.adder.runtime.PyErr.typeError("an integer is required");
                }
                long i = dev.adder.runtime.Abstract.asSsizeArg(state);
                if (it.seq != null) {
                    int size = it.size();
                    it.index = (int) (i < 0 ? 0 : Math.min(i, size));
                }
                return PyNone.NONE;
            });
            PyMethodDescr.noArgs(t, "__length_hint__", o -> {
                PySeqIter it = (PySeqIter) o;
                return PyInt.of(it.seq == null ? 0 : Math.max(0, it.size() - it.index));
            });
            t.ready();
        }
    }
}
