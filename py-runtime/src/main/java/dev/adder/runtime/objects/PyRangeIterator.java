package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/**
 * {@code range_iterator}: iterates a range whose values fit in a {@code long}; the nested
 * {@link Long} class is {@code longrange_iterator} for the others. Exhaustion is a null return.
 *
 * <p>CPython: Objects/rangeobject.c ({@code rangeiterobject}, {@code longrangeiterobject}).
 */
public final class PyRangeIterator extends PyObject {
    /** {@code range_iterator}. */
    public static final PyType TYPE = PyType.builtin("range_iterator", PyRangeIterator.class, 0);

    private long next;
    private final long step;
    private long remaining;

    PyRangeIterator(long start, long step, long length) {
        super(TYPE);
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    /** The next value, or null when exhausted. */
    public PyObject next() {
        if (remaining <= 0) {
            return null;
        }
        long v = next;
        remaining--;
        next = v + step;
        return PyInt.of(v);
    }

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyRangeIterator) o).next();
        PyMethodDescr.noArgs(TYPE, "__length_hint__", o -> PyInt.of(Math.max(0, ((PyRangeIterator) o).remaining)));
        TYPE.ready();
    }

    /** {@code longrange_iterator}: a range iterator over values of any size. */
    public static final class Long extends PyObject {
        /** {@code longrange_iterator}. */
        public static final PyType TYPE = PyType.builtin("longrange_iterator", Long.class, 0);

        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        Long(BigInteger start, BigInteger step, BigInteger length) {
            super(TYPE);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        static {
            TYPE.tp_iter = o -> o;
            TYPE.tp_iternext = o -> {
                Long it = (Long) o;
                if (it.remaining.signum() <= 0) {
                    return null;
                }
                BigInteger v = it.next;
                it.remaining = it.remaining.subtract(BigInteger.ONE);
                it.next = v.add(it.step);
                return PyInt.of(v);
            };
            PyMethodDescr.noArgs(TYPE, "__length_hint__", o -> PyInt.of(((Long) o).remaining));
            TYPE.ready();
        }
    }
}
