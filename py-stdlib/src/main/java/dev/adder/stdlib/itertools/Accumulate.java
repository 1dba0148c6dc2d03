package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code accumulate(iterable, func=None, *, initial=None)}: running totals (sums, or results
 * of {@code func(total, item)}), starting with {@code initial} when given.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code accumulateobject}, {@code accumulate_next}).
 */
final class Accumulate extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.accumulate", Accumulate.class, true, o -> ((Accumulate) o).next());

    private final PyObject it;
    /** The function, or null for addition. */
    private final PyObject binop;
    private PyObject total;
    private PyObject initial;

    private Accumulate(PyType type, PyObject it, PyObject binop, PyObject initial) {
        super(type);
        this.it = it;
        this.binop = binop;
        this.initial = initial;
    }

    PyObject next() {
        if (initial != null) {
            total = initial;
            initial = null;
            return total;
        }
        PyObject v = Abstract.next(it);
        if (v == null) {
            return null;
        }
        PyObject t = total;
        if (t == null) {
            t = v;
        } else if (binop == null) {
            t = Abstract.add(t, v);
        } else {
            t = Abstract.call(binop, t, v);
        }
        total = t;
        return t;
    }

    private static final String[] NAMES = {"iterable", "func", "initial"};

    private static PyObject make(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = BuiltinArgs.unpack("accumulate", a, n, kw, NAMES, 0, 1, 2, 0);
        PyObject it = Abstract.iter(p[0]);
        PyObject f = p[1] == PyNone.NONE ? null : p[1];
        PyObject init = p[2] == PyNone.NONE ? null : p[2];
        return new Accumulate(type, it, f, init);
    }

    static {
        TYPE.tp_new = Accumulate::make;
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            Accumulate a = (Accumulate) o;
            PyObject fn = a.binop == null ? PyNone.NONE : a.binop;
            if (a.initial != null) {
                PyObject it = Abstract.call(Chain.TYPE, PyTuple.of(a.initial), a.it);
                return PyTuple.of(a.type(), PyTuple.of(it, fn), PyNone.NONE);
            }
            if (a.total == PyNone.NONE) {
                PyObject it = Abstract.call(Chain.TYPE, PyTuple.of(a.total), a.it);
                it = Abstract.call(ISlice.TYPE, it, PyInt.ONE, PyNone.NONE);
                return PyTuple.of(a.type(), PyTuple.of(it, fn), PyNone.NONE);
            }
            return PyTuple.of(a.type(), PyTuple.of(a.it, fn), a.total == null ? PyNone.NONE : a.total);
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            ((Accumulate) o).total = state;
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
