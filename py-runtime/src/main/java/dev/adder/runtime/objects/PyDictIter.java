package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.VmHooks;
import dev.adder.runtime.exceptions.PyExc;

/**
 * The iterators over a dict's keys, values or items, forwards ({@code iter(d)}, {@code
 * iter(d.values())}, ...) or backwards ({@code reversed(d)}, {@code reversed(d.items())}, ...): six
 * Python types, one Java class.
 *
 * <p>As CPython's, an iterator remembers the dict's size when it was made and how many entries it
 * has still to give: a change of size is an error at the next step (and stays one), and an entry
 * found after that many (keys deleted and others added, the size the same) is the error "keys
 * changed". {@code next} returns null when exhausted.
 *
 * <p>CPython: {@code Objects/dictobject.c} ({@code dictiter_iternextkey}, {@code
 * dictreviter_iternext}, {@code dictiter_len}, {@code dictiter_reduce}).
 */
public final class PyDictIter extends PyObject {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    /** The six types: forward keys, values, items, then the reverse ones. */
    private static final PyType[] TYPES = {
        PyType.builtin("dict_keyiterator", PyDictIter.class, 0),
        PyType.builtin("dict_valueiterator", PyDictIter.class, 0),
        PyType.builtin("dict_itemiterator", PyDictIter.class, 0),
        PyType.builtin("dict_reversekeyiterator", PyDictIter.class, 0),
        PyType.builtin("dict_reversevalueiterator", PyDictIter.class, 0),
        PyType.builtin("dict_reverseitemiterator", PyDictIter.class, 0),
    };

    /** {@code dict_keyiterator}. */
    public static final PyType KEY_ITERATOR = TYPES[0];

    private PyDict dict;
    /** The dict's size when this was made; -1 once a change of size was seen (the error sticks). */
    private int sizeAtStart;
    /** The next dense index to look at (going down when reversed). */
    private int pos;
    /** Entries still to give. */
    private int remaining;
    private final int kind;
    private final boolean reverse;

    PyDictIter(PyDict d, int kind, boolean reverse) {
        super(TYPES[kind + (reverse ? 3 : 0)]);
        this.dict = d;
        this.kind = kind;
        this.reverse = reverse;
        this.sizeAtStart = d.size();
        this.remaining = sizeAtStart;
        this.pos = reverse ? d.entryCount() - 1 : 0;
    }

    /** {@code iter(d)}. */
    public static PyDictIter keys(PyDict d) {
        return new PyDictIter(d, KEYS, false);
    }

    /** The next key, value or (key, value) pair, or null when exhausted. */
    public PyObject next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (d.size() != sizeAtStart) {
            sizeAtStart = -1;
            throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
        }
        int j;
        if (reverse) {
            j = pos < 0 ? -1 : d.prevEntry(Math.min(pos, d.entryCount() - 1));
            if (j < 0) {
                dict = null;
                return null;
            }
            pos = j - 1;
        } else {
            j = d.nextEntry(pos);
            if (j < 0) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw PyErr.format(PyExc.RuntimeError, "dictionary keys changed during iteration");
            }
            pos = j + 1;
        }
        remaining--;
        return kind == KEYS ? d.keyAt(j) : kind == VALUES ? d.valueAt(j) : PyTuple.of(d.keyAt(j), d.valueAt(j));
    }

    private int lengthHint() {
        return dict != null && dict.size() == sizeAtStart ? remaining : 0;
    }

    static {
        for (PyType t : TYPES) {
            t.tp_iter = o -> o;
            t.tp_iternext = o -> ((PyDictIter) o).next();
            PyMethodDescr.noArgs(t, "__length_hint__", o -> PyInt.of(((PyDictIter) o).lengthHint()));
            // CPython's dictiter_reduce: iter(list of what a copy of this iterator would still give)
            PyMethodDescr.noArgs(t, "__reduce__", o -> {
                PyDictIter it = (PyDictIter) o;
                PyDictIter copy = new PyDictIter(it.dict == null ? new PyDict() : it.dict, it.kind, it.reverse);
                copy.dict = it.dict;
                copy.sizeAtStart = it.sizeAtStart;
                copy.pos = it.pos;
                copy.remaining = it.remaining;
                PyList rest = new PyList();
                for (PyObject x; (x = copy.next()) != null;) {
                    rest.append(x);
                }
                return PyTuple.of(VmHooks.builtin.apply("iter"), PyTuple.of(rest));
            });
            t.ready();
        }
    }
}
