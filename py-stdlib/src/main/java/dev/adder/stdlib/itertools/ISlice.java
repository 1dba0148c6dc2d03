package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code islice(iterable, stop)} / {@code islice(iterable, start, stop[, step])}: selected items
 * of an iterator, consuming it lazily.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code isliceobject}, {@code islice_new},
 * {@code islice_next}).
 */
final class ISlice extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.islice", ISlice.class, true, o -> ((ISlice) o).next());

    private PyObject it;
    private long next;
    /** The stop index, or -1 for none. */
    private final long stop;
    private final long step;
    private long cnt;

    private ISlice(PyType type, PyObject it, long start, long stop, long step) {
        super(type);
        this.it = it;
        this.next = start;
        this.stop = stop;
        this.step = step;
    }

    PyObject next() {
        PyObject i = it;
        if (i == null) {
            return null;
        }
        Slots.IterNextFunc f = i.type().tp_iternext;
        long s = stop;
        while (cnt < next) {
            if (f.next(i) == null) {
                it = null;
                return null;
            }
            cnt++;
        }
        if (s != -1 && cnt >= s) {
            it = null;
            return null;
        }
        PyObject v = f.next(i);
        if (v == null) {
            it = null;
            return null;
        }
        cnt++;
        long old = next;
        next += step;
        if (next < old || (s != -1 && next > s)) {
            next = s;
        }
        return v;
    }

    private static final String STOP_MSG =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static PyObject make(PyType type, PyObject[] a, int n, dev.adder.runtime.objects.PyTuple kw) {
        noKeywords(type, TYPE, "islice", kw);
        BuiltinArgs.checkPositional("islice", n, 2, 4);
        long start = 0;
        long stop = -1;
        long step = 1;
        if (n == 2) {
            if (a[1] != PyNone.NONE) {
                stop = asSsizeOrMinusOne(a[1]);
                if (stop == -1) {
                    throw PyErr.valueError(STOP_MSG);
                }
            }
        } else {
            if (a[1] != PyNone.NONE) {
                start = asSsizeOrMinusOne(a[1]);
            }
            if (a[2] != PyNone.NONE) {
                stop = asSsizeOrMinusOne(a[2]);
                if (stop == -1) {
                    throw PyErr.valueError(STOP_MSG);
                }
            }
        }
        if (start < 0 || stop < -1) {
            throw PyErr.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        if (n == 4 && a[3] != PyNone.NONE) {
            step = asSsizeOrMinusOne(a[3]);
        }
        if (step < 1) {
            throw PyErr.valueError("Step for islice() must be a positive integer or None.");
        }
        return new ISlice(type, Abstract.iter(a[0]), start, stop, step);
    }

    static {
        TYPE.tp_new = ISlice::make;
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            ISlice s = (ISlice) o;
            if (s.it == null) {
                PyObject empty = Abstract.iter(new PyList());
                return PyTuple.of(s.type(), PyTuple.of(empty, PyInt.ZERO), PyInt.ZERO);
            }
            PyObject stop = s.stop == -1 ? PyNone.NONE : PyInt.of(s.stop);
            return PyTuple.of(s.type(), PyTuple.of(s.it, PyInt.of(s.next), stop, PyInt.of(s.step)), PyInt.of(s.cnt));
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            ((ISlice) o).cnt = Abstract.asSsizeArg(state);
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
