package dev.adder.stdlib.bisect;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code _bisect} module: binary search and insertion in sorted sequences, comparing with
 * {@code <} only ({@code x < a[mid]} for the right variants, {@code a[mid] < x} for the left ones),
 * with an optional {@code key} applied to the sequence's items.
 *
 * <p>CPython: {@code Modules/_bisectmodule.c}.
 */
public final class BisectModule implements BuiltinModule {
    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    @Override
    public String name() {
        return "_bisect";
    }

    private static PyObject item(PyObject seq, long i) {
        if (seq instanceof PyList l && i < l.size()) {
            return l.get((int) i);
        }
        if (seq instanceof dev.adder.runtime.objects.PyDict) {
            throw PyErr.typeError("%s is not a sequence", seq.type().name());
        }
        if (seq.type().mp_subscript == null) {
            throw PyErr.typeError("'%s' object does not support indexing", seq.type().name());
        }
        return Abstract.getItem(seq, PyInt.of(i));
    }

    /** {@code internal_bisect_right} (right) and {@code internal_bisect_left}. */
    static long bisect(PyObject seq, PyObject x, long lo, long hi, PyObject key, boolean right) {
        if (lo < 0) {
            throw PyErr.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            if (seq instanceof dev.adder.runtime.objects.PyDict) {
                throw PyErr.typeError("%s is not a sequence", seq.type().name());
            }
            hi = Abstract.len(seq);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject litem = item(seq, mid);
            if (key != null) {
                litem = Abstract.call(key, litem);
            }
            boolean lt = right ? Abstract.richCompareBool(x, litem, CompareOp.LT)
                    : Abstract.richCompareBool(litem, x, CompareOp.LT);
            if (lt == right) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static PyObject call(String name, PyObject[] a, int n, PyTuple kw, boolean right, boolean insort) {
        PyObject[] v = BuiltinArgs.unpack(name, a, n, kw, NAMES, 0, 2, 4, 0);
        long lo = v[2] == null ? 0 : Abstract.asSsizeArg(v[2]);
        long hi = v[3] == null || v[3] == PyNone.NONE ? -1 : Abstract.asSsizeArg(v[3]);
        PyObject key = v[4] == null || v[4] == PyNone.NONE ? null : v[4];
        if (!insort) {
            return PyInt.of(bisect(v[0], v[1], lo, hi, key, right));
        }
        PyObject kx = key == null ? v[1] : Abstract.call(key, v[1]);
        long index = bisect(v[0], kx, lo, hi, key, right);
        if (v[0].type() == PyList.TYPE) {
            ((PyList) v[0]).insert(index, v[1]);
        } else {
            Abstract.callMethod(v[0], "insert", PyInt.of(index), v[1]);
        }
        return PyNone.NONE;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("Bisection algorithms.\n\nThis module provides support for "
                + "maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long "
                + "lists of items with\nexpensive comparison operations, this can be an improvement over the more "
                + "common\napproach.\n"));
        def(m, "bisect_right", (self, a, n, kw) -> call("bisect_right", a, n, kw, true, false));
        def(m, "bisect_left", (self, a, n, kw) -> call("bisect_left", a, n, kw, false, false));
        def(m, "insort_right", (self, a, n, kw) -> call("insort_right", a, n, kw, true, true));
        def(m, "insort_left", (self, a, n, kw) -> call("insort_left", a, n, kw, false, true));
    }
}
