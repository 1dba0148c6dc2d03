package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;

/**
 * {@code iterator}: iterates an object that has {@code __getitem__} but no {@code __iter__},
 * asking for items 0, 1, 2... until {@code IndexError} (or {@code StopIteration}).
 *
 * <p>CPython: Objects/iterobject.c ({@code seqiterobject}, {@code PySeqIter_New}).
 */
public final class PyIterator extends PyObject {
    /** {@code iterator}. */
    public static final PyType TYPE = PyType.builtin("iterator", PyIterator.class, 0);

    private PyObject seq;
    private long index;

    /** An iterator over {@code seq[0]}, {@code seq[1]}, ... */
    public PyIterator(PyObject seq) {
        super(TYPE);
        this.seq = seq;
    }

    /** True when {@code o} can be iterated by index ({@code PySequence_Check}: not a dict). */
    public static boolean isSequence(PyObject o) {
        PyType t = o.type();
        return t.mp_subscript != null && !t.hasFlags(PyType.DICT_SUBCLASS);
    }

    /** The next item, or null when exhausted. */
    public PyObject next() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        PyObject v;
        try {
            v = Abstract.getItem(s, PyInt.of(index));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
        index++;
        return v;
    }

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyIterator) o).next();
        // CPython's iter_reduce / iter_setstate
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyIterator it = (PyIterator) o;
            PyObject iter = dev.adder.runtime.VmHooks.builtin.apply("iter");
            return it.seq == null ? PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY))
                    : PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            PyIterator it = (PyIterator) o;
            if (!(state instanceof PyInt)) {
                throw dev.adder.runtime.PyErr.typeError("an integer is required");
            }
            long i = Abstract.asSsizeArg(state);
            if (it.seq != null) {
                it.index = Math.max(0, i);
            }
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
