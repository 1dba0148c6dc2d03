package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/**
 * Python's {@code range}: an immutable arithmetic sequence of ints of any size. When start, stop,
 * step and the length all fit in a {@code long} (the usual case) the operations work on the
 * {@code long} fields and iteration uses {@link PyRangeIterator}; otherwise they work on
 * {@link BigInteger}s and iteration uses {@code longrange_iterator}.
 *
 * <p>CPython: Objects/rangeobject.c.
 */
public final class PyRange extends PyObject {
    /** {@code range}. */
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, 0);

    /** {@code start}, {@code stop}, {@code step} as Python ints. */
    public final PyInt start;
    /** {@code stop}. */
    public final PyInt stop;
    /** {@code step} (never zero). */
    public final PyInt step;
    /** The number of items, as a Python int. */
    public final PyInt length;
    /** True when {@link #lstart}, {@link #lstep} and {@link #llength} hold the values. */
    final boolean small;
    final long lstart;
    final long lstep;
    final long llength;

    /** {@code range(start, stop, step)}; {@code step} must not be zero. */
    public PyRange(PyInt start, PyInt stop, PyInt step) {
        super(TYPE);
        this.start = start.exact();
        this.stop = stop.exact();
        this.step = step.exact();
        if (start.big == null && stop.big == null && step.big == null) {
            long n = smallLength(start.value, stop.value, step.value);
            if (n >= 0) {
                this.length = PyInt.of(n);
                this.small = true;
                this.lstart = start.value;
                this.lstep = step.value;
                this.llength = n;
                return;
            }
        }
        this.length = PyInt.of(bigLength(start.bigValue(), stop.bigValue(), step.bigValue()));
        this.small = false;
        this.lstart = 0;
        this.lstep = 0;
        this.llength = 0;
    }

    /** {@code range(0, stop, 1)} over machine words. */
    public static PyRange of(long start, long stop, long step) {
        return new PyRange(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    /** The length for long bounds, or -1 when it does not fit in a long. */
    private static long smallLength(long lo, long hi, long step) {
        if (step > 0 ? lo >= hi : lo <= hi) {
            return 0;
        }
        // |hi - lo| may overflow a long; do it unsigned
        long diff = step > 0 ? hi - lo : lo - hi;
        long st = step > 0 ? step : -step;
        if (step == Long.MIN_VALUE) {
            return -1;
        }
        long n = Long.divideUnsigned(diff - 1, st) + 1;
        return n < 0 ? -1 : n;
    }

    private static BigInteger bigLength(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0 ? lo.compareTo(hi) >= 0 : lo.compareTo(hi) <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger diff = step.signum() > 0 ? hi.subtract(lo) : lo.subtract(hi);
        return diff.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    /**
     * {@code sum(self, start)} for an int {@code start} that fits in a long, adding the items one
     * by one on machine words without making int objects; null when the range or a partial sum
     * leaves the long range (the caller then iterates normally).
     */
    public PyInt sumFrom(long start) {
        if (!small) {
            return null;
        }
        long acc = start;
        long v = lstart;
        for (long n = llength; n > 0; n--) {
            long r = acc + v;
            if (((acc ^ r) & (v ^ r)) < 0) {
                return null;
            }
            acc = r;
            v += lstep;
        }
        return PyInt.of(acc);
    }

    /** The number of items, or OverflowError when it does not fit in a C {@code ssize_t}. */
    public long lengthAsLong() {
        if (length.big != null) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return length.value;
    }

    /** Item {@code i} (0 <= i < length) as a Python int. */
    PyInt item(BigInteger i) {
        return PyInt.of(start.bigValue().add(i.multiply(step.bigValue())));
    }

    private PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            return slice(s);
        }
        if (!Abstract.isIndex(key)) {
            throw PyErr.typeError("range indices must be integers or slices, not %s", key.type().name());
        }
        PyInt i = Abstract.index(key);
        if (small && i.big == null) {
            long k = i.value;
            if (k < 0) {
                k += llength;
            }
            if (k < 0 || k >= llength) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(lstart + k * lstep);
        }
        BigInteger k = i.bigValue();
        BigInteger len = length.bigValue();
        if (k.signum() < 0) {
            k = k.add(len);
        }
        if (k.signum() < 0 || k.compareTo(len) >= 0) {
            throw PyErr.indexError("range object index out of range");
        }
        return item(k);
    }

    /** CPython's {@code compute_slice}: the sub-range as a new range. */
    private PyRange slice(PySlice s) {
        BigInteger sstep;
        if (s.step == PyNone.NONE) {
            sstep = BigInteger.ONE;
        } else {
            sstep = sliceIndex(s.step);
            if (sstep.signum() == 0) {
                throw PyErr.valueError("slice step cannot be zero");
            }
        }
        BigInteger len = length.bigValue();
        boolean neg = sstep.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? len.add(lower) : len;
        BigInteger lo = s.start == PyNone.NONE ? (neg ? upper : lower) : clamp(sliceIndex(s.start), len, lower, upper);
        BigInteger hi = s.stop == PyNone.NONE ? (neg ? lower : upper) : clamp(sliceIndex(s.stop), len, lower, upper);
        BigInteger st = step.bigValue();
        BigInteger b = start.bigValue();
        return new PyRange(PyInt.of(b.add(lo.multiply(st))), PyInt.of(b.add(hi.multiply(st))),
                PyInt.of(st.multiply(sstep)));
    }

    private static BigInteger sliceIndex(PyObject o) {
        if (!Abstract.isIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(o).bigValue();
    }

    private static BigInteger clamp(BigInteger i, BigInteger len, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(len);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** The index of int {@code v} in this range, or null when it is not an item. */
    private BigInteger indexOfInt(PyInt v) {
        if (small && v.big == null) {
            long x = v.value;
            long last = lstart + (llength - 1) * lstep;
            if (llength == 0) {
                return null;
            }
            boolean in = lstep > 0 ? x >= lstart && x <= last : x <= lstart && x >= last;
            if (!in) {
                return null;
            }
            // x - lstart fits: both lie between start and last
            long d = x - lstart;
            return d % lstep == 0 ? BigInteger.valueOf(d / lstep) : null;
        }
        BigInteger x = v.bigValue();
        BigInteger b = start.bigValue();
        BigInteger e = stop.bigValue();
        BigInteger st = step.bigValue();
        boolean in = st.signum() > 0 ? x.compareTo(b) >= 0 && x.compareTo(e) < 0
                : x.compareTo(b) <= 0 && x.compareTo(e) > 0;
        if (!in) {
            return null;
        }
        BigInteger[] qr = x.subtract(b).divideAndRemainder(st);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    private static boolean isExactInt(PyObject o) {
        return o.getClass() == PyInt.class || o.getClass() == PyBool.class;
    }

    private boolean contains(PyObject k) {
        if (isExactInt(k)) {
            return indexOfInt((PyInt) k) != null;
        }
        PyObject it = iterator();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.richCompareBool(x, k, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    /** {@code iter(self)}. */
    public PyObject iterator() {
        if (small && fastIter()) {
            return new PyRangeIterator(lstart, lstep, llength);
        }
        return new PyRangeIterator.Long(start.bigValue(), step.bigValue(), length.bigValue());
    }

    /**
     * Whether CPython iterates this range with its machine-word {@code range_iterator} (else
     * {@code longrange_iterator}): the stop must leave room for one more step within a C long.
     */
    private boolean fastIter() {
        if (llength == 0) {
            return true;
        }
        long lstop = stop.value;
        return lstep > 0 ? lstop <= Long.MAX_VALUE - (lstep - 1) : lstop >= Long.MIN_VALUE + (-1 - lstep);
    }

    /** {@code reversed(self)}. */
    public PyObject reversedIterator() {
        if (small) {
            long last = llength == 0 ? lstart : lstart + (llength - 1) * lstep;
            // CPython's range_reverse: -step and start - step must fit in a C long
            if (lstep != Long.MIN_VALUE && !(lstep > 0 && lstart < Long.MIN_VALUE + lstep)
                    && !(lstep < 0 && lstart > Long.MAX_VALUE + lstep)) {
                return new PyRangeIterator(last, -lstep, llength);
            }
        }
        BigInteger st = step.bigValue();
        BigInteger len = length.bigValue();
        BigInteger last = start.bigValue().add(len.subtract(BigInteger.ONE).multiply(st));
        return new PyRangeIterator.Long(last, st.negate(), len);
    }

    private static PyInt arg(PyObject o) {
        return Abstract.index(o);
    }

    private String reprString() {
        String s = "range(" + IntOps.toDecimalString(start) + ", " + IntOps.toDecimalString(stop);
        if (!(step.big == null && step.value == 1)) {
            s += ", " + IntOps.toDecimalString(step);
        }
        return s + ")";
    }

    private static boolean rangeEquals(PyRange x, PyRange y) {
        if (x == y) {
            return true;
        }
        if (IntOps.compare(x.length, y.length) != 0) {
            return false;
        }
        if (x.length.signum() == 0) {
            return true;
        }
        if (IntOps.compare(x.start, y.start) != 0) {
            return false;
        }
        if (x.length.big == null && x.length.value == 1) {
            return true;
        }
        return IntOps.compare(x.step, y.step) == 0;
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            BuiltinArgs.noKeywords("range", kw);
            BuiltinArgs.checkPositional("range", n, 1, 3);
            if (n == 1) {
                return new PyRange(PyInt.ZERO, arg(a[0]), PyInt.ONE);
            }
            PyInt lo = arg(a[0]);
            PyInt hi = arg(a[1]);
            PyInt st = n == 3 ? arg(a[2]) : PyInt.ONE;
            if (st.signum() == 0) {
                throw PyErr.valueError("range() arg 3 must not be zero");
            }
            return new PyRange(lo, hi, st);
        };
        TYPE.tp_iter = o -> ((PyRange) o).iterator();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyRange r = (PyRange) o;
            return PyTuple.of(TYPE, PyTuple.of(r.start, r.stop, r.step));
        });
        TYPE.sq_length = o -> {
            long n = ((PyRange) o).lengthAsLong();
            if (n > Integer.MAX_VALUE) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            return (int) n;
        };
        TYPE.nb_bool = o -> ((PyRange) o).length.signum() != 0;
        TYPE.mp_subscript = (o, k) -> ((PyRange) o).getItem(k);
        TYPE.sq_contains = (o, k) -> ((PyRange) o).contains(k);
        TYPE.tp_repr = o -> PyStr.of(((PyRange) o).reprString());
        TYPE.tp_hash = o -> {
            PyRange r = (PyRange) o;
            PyObject s = PyNone.NONE;
            PyObject st = PyNone.NONE;
            if (r.length.signum() != 0) {
                s = r.start;
                if (!(r.length.big == null && r.length.value == 1)) {
                    st = r.step;
                }
            }
            return Abstract.hash(PyTuple.of(r.length, s, st));
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = rangeEquals((PyRange) a, (PyRange) b);
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.setAttribute("start", new PyMemberDescr(TYPE, "start", o -> ((PyRange) o).start, null));
        TYPE.setAttribute("stop", new PyMemberDescr(TYPE, "stop", o -> ((PyRange) o).stop, null));
        TYPE.setAttribute("step", new PyMemberDescr(TYPE, "step", o -> ((PyRange) o).step, null));
        PyMethodDescr.oneArg(TYPE, "count", (self, v) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(v)) {
                return r.indexOfInt((PyInt) v) != null ? PyInt.ONE : PyInt.ZERO;
            }
            long c = 0;
            PyObject it = r.iterator();
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        PyMethodDescr.oneArg(TYPE, "index", (self, v) -> {
            PyRange r = (PyRange) self;
            if (isExactInt(v)) {
                BigInteger i = r.indexOfInt((PyInt) v);
                if (i != null) {
                    return PyInt.of(i);
                }
            } else {
                long i = 0;
                PyObject it = r.iterator();
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
                    if (Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                        return PyInt.of(i);
                    }
                }
            }
            throw PyErr.valueError("%s is not in range", Abstract.repr(v).value());
        });
        PyMethodDescr.noArgs(TYPE, "__reversed__", o -> ((PyRange) o).reversedIterator());
        TYPE.ready();
    }
}
