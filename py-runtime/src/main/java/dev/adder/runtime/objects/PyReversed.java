package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.HeapTypeSlots;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;

/**
 * {@code reversed(seq)}: the object's {@code __reversed__()} when it has one, else an iterator
 * that indexes a sequence from its end.
 *
 * <p>CPython: Objects/enumobject.c ({@code reversed_new_impl}, {@code reversed_next}).
 */
public final class PyReversed extends PyObject {
    /** {@code reversed}. */
    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, 0);

    private PyObject seq;
    private long index;
    /** Made for a list (CPython's list_reverseiterator, which reduces to {@code iter([])} when exhausted). */
    private final boolean ofList;

    private PyReversed(PyObject seq, long n) {
        super(TYPE);
        this.seq = seq;
        this.index = n - 1;
        this.ofList = seq.getClass() == PyList.class;
    }

    /** {@code reversed(seq)}. */
    public static PyObject of(PyObject seq) {
        PyType t = seq.type();
        PyObject m = t.lookup(PyStr.of("__reversed__"));
        if (m == PyNone.NONE) {
            throw notReversible(seq);
        }
        if (m != null) {
            return HeapTypeSlots.callMethod(m, seq);
        }
        if (seq instanceof PyDict d) {
            // dict.__reversed__ (the keys, last inserted first)
            PyObject[] keys = d.keysArray();
            return new PyReversed(PyList.wrap(keys, keys.length), keys.length);
        }
        if (t.mp_subscript == null || t.hasFlags(PyType.DICT_SUBCLASS)) {
            throw notReversible(seq);
        }
        return new PyReversed(seq, Abstract.len(seq));
    }

    private static PyException notReversible(PyObject seq) {
        return PyErr.typeError("'%s' object is not reversible", seq.type().name());
    }

    /** The next item from the end, or null when exhausted. */
    public PyObject next() {
        PyObject s = seq;
        long i = index;
        if (s == null || i < 0) {
            seq = null;
            return null;
        }
        if (s.getClass() == PyList.class) {
            PyList l = (PyList) s;
            if (i < l.size()) {
                index = i - 1;
                return l.get((int) i);
            }
            seq = null;
            return null;
        }
        PyObject v;
        try {
            v = Abstract.getItem(s, PyInt.of(i));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
        index = i - 1;
        return v;
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            BuiltinArgs.positional("reversed", n, kw, 1, 1);
            return of(a[0]);
        };
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyReversed) o).next();
        PyMethodDescr.noArgs(TYPE, "__length_hint__", o -> {
            PyReversed r = (PyReversed) o;
            if (r.seq == null) {
                return PyInt.ZERO;
            }
            long n = Abstract.len(r.seq);
            return PyInt.of(n < r.index ? 0 : r.index + 1);
        });
        // CPython's reversed_reduce / reversed_setstate
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyReversed r = (PyReversed) o;
            return r.seq == null ? (r.ofList ? PyTuple.of(dev.adder.runtime.VmHooks.builtin.apply("iter"),
                    PyTuple.of(new PyList())) : PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY)))
                    : PyTuple.of(TYPE, PyTuple.of(r.seq), PyInt.of(r.index));
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            PyReversed r = (PyReversed) o;
            if (!(state instanceof PyInt)) {
                throw dev.adder.runtime.PyErr.typeError("an integer is required");
            }
            long i = Abstract.asSsizeArg(state);
            if (r.seq != null) {
                long n = Abstract.len(r.seq);
                r.index = i < -1 ? -1 : Math.min(i, n - 1);
            }
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
