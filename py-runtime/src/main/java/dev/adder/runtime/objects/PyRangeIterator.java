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
    /** The first value and the number of values (for {@code __reduce__}). */
    private final long start;
    private final long length;

    PyRangeIterator(long start, long step, long length) {
        super(TYPE);
        this.next = start;
        this.step = step;
        this.remaining = length;
        this.start = start;
        this.length = length;
    }

    /**
     * {@code __reduce__} of both range iterators (CPython's rangeiter_reduce): {@code iter} of the
     * range of all the values, and the index of the next one.
     */
    private static PyObject reduce(BigInteger start, BigInteger step, BigInteger length, BigInteger index) {
        PyRange r = new PyRange(PyInt.of(start), PyInt.of(start.add(length.multiply(step))), PyInt.of(step));
        return PyTuple.of(dev.adder.runtime.VmHooks.builtin.apply("iter"), PyTuple.of(r), PyInt.of(index));
    }

    /** {@code __setstate__}'s index, clipped to {@code 0..length} (CPython's rangeiter_setstate). */
    private static BigInteger index(PyObject state, BigInteger length) {
        BigInteger i = dev.adder.runtime.Abstract.index(state).bigValue();
        return i.signum() < 0 ? BigInteger.ZERO : i.min(length);
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
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyRangeIterator it = (PyRangeIterator) o;
            return reduce(BigInteger.valueOf(it.start), BigInteger.valueOf(it.step), BigInteger.valueOf(it.length),
                    BigInteger.valueOf(it.length - Math.max(0, it.remaining)));
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            PyRangeIterator it = (PyRangeIterator) o;
            PyInt st = dev.adder.runtime.Abstract.index(state);
            if (st.big != null) {
                throw dev.adder.runtime.PyErr.overflowError("Python int too large to convert to C long");
            }
            long i = index(st, BigInteger.valueOf(it.length)).longValue();
            it.next = it.start + i * it.step;
            it.remaining = it.length - i;
            return PyNone.NONE;
        });
        TYPE.ready();
    }

    /** {@code longrange_iterator}: a range iterator over values of any size. */
    public static final class Long extends PyObject {
        /** {@code longrange_iterator}. */
        public static final PyType TYPE = PyType.builtin("longrange_iterator", Long.class, 0);

        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;
        private final BigInteger start;
        private final BigInteger length;

        Long(BigInteger start, BigInteger step, BigInteger length) {
            super(TYPE);
            this.next = start;
            this.step = step;
            this.remaining = length;
            this.start = start;
            this.length = length;
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
            PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
                Long it = (Long) o;
                return reduce(it.start, it.step, it.length, it.length.subtract(it.remaining.max(BigInteger.ZERO)));
            });
            PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
                Long it = (Long) o;
                // compared with 0 and the length as CPython's longrangeiter_setstate does
                dev.adder.runtime.Abstract.richCompareBool(state, PyInt.ZERO, dev.adder.runtime.CompareOp.LT);
                BigInteger i = index(state instanceof PyFloat f ? FloatOps.toInt(Math.floor(f.value)) : state, it.length);
                it.next = it.start.add(i.multiply(it.step));
                it.remaining = it.length.subtract(i);
                return PyNone.NONE;
            });
            TYPE.ready();
        }
    }
}
