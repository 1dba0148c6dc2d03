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
public class PyReversed extends PyObject {
    /** {@code reversed}. */
    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, PyType.BASETYPE);

    private PyObject seq;
    private long index;

    private PyReversed(PyType type, PyObject seq, long n) {
        super(type);
        this.seq = seq;
        this.index = n - 1;
    }

    /** {@code reversed(seq)}. */
    public static PyObject of(PyObject seq) {
        return of(TYPE, seq);
    }

    /**
     * {@code type(seq)} for {@code reversed} or a subclass: the sequence's {@code __reversed__()}
     * when it has one (whatever {@code type}), else an instance of {@code type}.
     */
    static PyObject of(PyType type, PyObject seq) {
        if (seq.getClass() == PyList.class) {
            return new PyListReverseIterator((PyList) seq);
        }
        PyType t = seq.type();
        PyObject m = t.lookup(PyStr.of("__reversed__"));
        if (m == PyNone.NONE) {
            throw notReversible(seq);
        }
        if (m != null) {
            return HeapTypeSlots.callMethod(m, seq);
        }
        if (t.mp_subscript == null || t.hasFlags(PyType.DICT_SUBCLASS)) {
            throw notReversible(seq);
        }
        long n = Abstract.len(seq);
        return type == TYPE ? new PyReversed(type, seq, n) : new Sub(type, seq, n);
    }

    /** An instance of a subclass of {@code reversed}. */
    static final class Sub extends PyReversed implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type, PyObject seq, long n) {
            super(type, seq, n);
            dict = type.instancesHaveDict() ? new PyDict() : null;
            slots = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
        }

        @Override
        public PyObject[] slotArray() {
            return slots;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
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
            if (type == TYPE) {
                BuiltinArgs.positional("reversed", n, kw, 1, 1);
            } else {
                BuiltinArgs.positional("reversed", n, null, 1, 1);
            }
            return of(type, a[0]);
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
            return r.seq == null ? PyTuple.of(r.type(), PyTuple.of(PyTuple.EMPTY))
                    : PyTuple.of(r.type(), PyTuple.of(r.seq), PyInt.of(r.index));
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
