package dev.adder.vm.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PySlice;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.CompareOp;

/**
 * {@code range} over machine-word bounds.
 *
 * <p>CPython: Objects/rangeobject.c.
 */
public final class PyRange extends PyObject {
    /** {@code range}. */
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, 0);

    final long start;
    final long stop;
    final long step;
    final long length;

    PyRange(long start, long stop, long step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / -step + 1 : 0;
        }
        this.length = n;
    }

    private static long arg(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("range() takes no keyword arguments");
            }
            if (n == 1) {
                return new PyRange(0, arg(a[0]), 1);
            } else if (n == 2 || n == 3) {
                long step = n == 3 ? arg(a[2]) : 1;
                if (step == 0) {
                    throw PyErr.valueError("range() arg 3 must not be zero");
                }
                return new PyRange(arg(a[0]), arg(a[1]), step);
            } else if (n == 0) {
                throw PyErr.typeError("range expected at least 1 argument, got 0");
            }
            throw PyErr.typeError("range expected at most 3 arguments, got %d", n);
        };
        TYPE.tp_iter = o -> {
            PyRange r = (PyRange) o;
            long[] state = {r.start, r.length};
            long st = r.step;
            return new JavaIter(JavaIter.RANGE_ITERATOR, () -> {
                if (state[1] <= 0) {
                    return null;
                }
                long v = state[0];
                state[0] = v + st;
                state[1]--;
                return PyInt.of(v);
            });
        };
        TYPE.sq_length = o -> (int) ((PyRange) o).length;
        TYPE.mp_length = TYPE.sq_length;
        TYPE.mp_subscript = (o, k) -> {
            PyRange r = (PyRange) o;
            if (k instanceof PySlice s) {
                int[] ix = s.indices((int) r.length);
                return new PyRange(r.start + ix[0] * r.step, r.start + ix[1] * r.step, r.step * ix[2]);
            }
            long i = arg(k);
            if (i < 0) {
                i += r.length;
            }
            if (i < 0 || i >= r.length) {
                throw PyErr.indexError("range object index out of range");
            }
            return PyInt.of(r.start + i * r.step);
        };
        TYPE.sq_contains = (o, k) -> {
            PyRange r = (PyRange) o;
            if (k.getClass() == PyInt.class || k.getClass() == PyBool.class) {
                PyInt i = (PyInt) k;
                if (i.big != null) {
                    return false;
                }
                long v = i.value;
                if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) {
                    return false;
                }
                return (v - r.start) % r.step == 0;
            }
            PyObject it = TYPE.tp_iter.apply(o);
            for (PyObject x = it.type().tp_iternext.next(it); x != null; x = it.type().tp_iternext.next(it)) {
                if (Abstract.richCompareBool(x, k, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        TYPE.tp_repr = o -> {
            PyRange r = (PyRange) o;
            return PyStr.of("range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")");
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyRange) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyRange x = (PyRange) a;
            PyRange y = (PyRange) b;
            boolean eq = x.length == y.length && (x.length == 0 || (x.start == y.start
                    && (x.length == 1 || x.step == y.step)));
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        TYPE.ready();
    }
}
