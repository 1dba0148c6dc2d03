package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyComplex;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code count(start=0, step=1)}: start, start+step, start+2*step... In the fast mode (an int
 * start that fits, step 1) the count is a Java long; otherwise ({@code cnt == Long.MAX_VALUE})
 * the Python objects are added.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code countobject}, {@code count_next},
 * {@code count_nextlong}, {@code count_repr}).
 */
final class Count extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.count", Count.class, true, o -> ((Count) o).next());

    private long cnt;
    /** The count in the slow mode (null in the fast mode). */
    private PyObject longCnt;
    private final PyObject longStep;

    private Count(PyType type, long cnt, PyObject longCnt, PyObject longStep) {
        super(type);
        this.cnt = cnt;
        this.longCnt = longCnt;
        this.longStep = longStep;
    }

    PyObject next() {
        if (cnt == Long.MAX_VALUE) {
            PyObject c = longCnt;
            if (c == null) {
                c = PyInt.of(Long.MAX_VALUE);
            }
            longCnt = Abstract.add(c, longStep);
            return c;
        }
        return PyInt.of(cnt++);
    }

    /** {@code PyNumber_Check}. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyComplex;
    }

    private static final String[] NAMES = {"start", "step"};

    private static PyObject make(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = BuiltinArgs.unpack("count", a, n, kw, NAMES, 0, 0, 2, 0);
        PyObject start = p[0];
        PyObject step = p[1];
        if ((start != null && !isNumber(start)) || (step != null && !isNumber(step))) {
            throw PyErr.typeError("a number is required");
        }
        boolean fast = (start == null || start instanceof PyInt) && (step == null || step instanceof PyInt);
        long c = 0;
        if (start != null) {
            if (fast) {
                PyInt s = (PyInt) start;
                if (s.big != null) {
                    fast = false;
                } else {
                    c = s.value;
                }
            }
        } else {
            start = PyInt.ZERO;
        }
        if (step == null) {
            step = PyInt.ONE;
        }
        if (fast) {
            PyInt st = (PyInt) step;
            fast = st.big == null && st.value == 1;
        }
        return fast ? new Count(type, c, null, step) : new Count(type, Long.MAX_VALUE, start, step);
    }

    private PyStr repr() {
        String name = type().shortName();
        if (cnt != Long.MAX_VALUE) {
            return PyStr.of(name + "(" + cnt + ")");
        }
        String c = longCnt == null ? "<NULL>" : Abstract.repr(longCnt).value();
        if (longStep instanceof PyInt && ((PyInt) longStep).big == null && ((PyInt) longStep).value == 1) {
            return PyStr.of(name + "(" + c + ")");
        }
        return PyStr.of(name + "(" + c + ", " + Abstract.repr(longStep).value() + ")");
    }

    static {
        TYPE.tp_new = Count::make;
        TYPE.tp_repr = o -> ((Count) o).repr();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            Count c = (Count) o;
            if (c.cnt != Long.MAX_VALUE) {
                return PyTuple.of(o.type(), PyTuple.of(PyInt.of(c.cnt)));
            }
            PyObject start = c.longCnt == null ? PyInt.of(Long.MAX_VALUE) : c.longCnt;
            return PyTuple.of(o.type(), PyTuple.of(start, c.longStep));
        });
        TYPE.ready();
    }
}
