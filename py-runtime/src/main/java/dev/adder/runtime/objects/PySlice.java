package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * Python's {@code slice}: start, stop and step (each possibly None).
 *
 * <p>CPython: {@code Objects/sliceobject.c} ({@code PySlice_Unpack}, {@code PySlice_AdjustIndices}).
 */
public final class PySlice extends PyObject {
    /** {@code slice}. */
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, 0);

    /** {@code start}. */
    public final PyObject start;
    /** {@code stop}. */
    public final PyObject stop;
    /** {@code step}. */
    public final PyObject step;

    /** A slice; null parts are None. */
    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start == null ? PyNone.NONE : start;
        this.stop = stop == null ? PyNone.NONE : stop;
        this.step = step == null ? PyNone.NONE : step;
    }

    /**
     * The slice applied to a sequence of {@code length}: {start, stop, step, count}, with indices
     * clamped as CPython does.
     */
    public int[] indices(int length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = Abstract.sliceIndex(step);
            if (st == 0) {
                throw PyErr.valueError("slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long lo;
        long hi;
        if (start == PyNone.NONE) {
            lo = st < 0 ? Long.MAX_VALUE : 0;
        } else {
            lo = Abstract.sliceIndex(start);
        }
        if (stop == PyNone.NONE) {
            hi = st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            hi = Abstract.sliceIndex(stop);
        }
        // PySlice_AdjustIndices
        if (lo < 0) {
            lo += length;
            if (lo < 0) {
                lo = st < 0 ? -1 : 0;
            }
        } else if (lo >= length) {
            lo = st < 0 ? length - 1 : length;
        }
        if (hi < 0) {
            hi += length;
            if (hi < 0) {
                hi = st < 0 ? -1 : 0;
            }
        } else if (hi >= length) {
            hi = st < 0 ? length - 1 : length;
        }
        long count;
        if (st < 0) {
            count = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        int stepInt = (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new int[] {(int) lo, (int) hi, stepInt, (int) count};
    }

    static {
        TYPE.tp_repr = o -> {
            PySlice s = (PySlice) o;
            return PyStr.of("slice(" + Abstract.repr(s.start).value() + ", " + Abstract.repr(s.stop).value() + ", "
                    + Abstract.repr(s.step).value() + ")");
        };
        TYPE.tp_new = (type, a, n, kw) -> {
            PyMethodDescr.noKeywords("slice", kw);
            PyMethodDescr.checkArity("slice", n, 1, 3);
            if (n == 1) {
                return new PySlice(null, a[0], null);
            }
            return new PySlice(a[0], a[1], n == 3 ? a[2] : null);
        };
        // slice_richcompare: as the tuples (start, stop, step); slices are unhashable (no tp_hash)
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PySlice y)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySlice x = (PySlice) a;
            return Abstract.richCompare(PyTuple.of(x.start, x.stop, x.step), PyTuple.of(y.start, y.stop, y.step), op);
        };
        TYPE.setAttribute("start", new PyGetSetDescr(TYPE, "start", o -> ((PySlice) o).start, null));
        TYPE.setAttribute("stop", new PyGetSetDescr(TYPE, "stop", o -> ((PySlice) o).stop, null));
        TYPE.setAttribute("step", new PyGetSetDescr(TYPE, "step", o -> ((PySlice) o).step, null));
        PyMethodDescr.oneArg(TYPE, "indices", (self, v) -> {
            long len = Abstract.index(v).clampedLong();
            if (len < 0) {
                throw PyErr.valueError("length should not be negative");
            }
            if (len > Integer.MAX_VALUE) {
                throw PyErr.overflowError("length too large");
            }
            int[] r = ((PySlice) self).indices((int) len);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PySlice sl = (PySlice) o;
            return PyTuple.of(o.type(), PyTuple.of(sl.start, sl.stop, sl.step));
        });
        TYPE.ready();
    }
}
