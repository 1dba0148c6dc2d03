package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyTuple;

import java.util.Arrays;

/**
 * {@code cycle(iterable)}: the items of the iterable, saved on the first pass, then the saved
 * items again and again.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code cycleobject}, {@code cycle_next}).
 */
final class Cycle extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.cycle", Cycle.class, true, o -> ((Cycle) o).next());

    private PyObject it;
    private PyObject[] saved = new PyObject[8];
    private int size;
    private int index;
    /** Set by {@code __setstate__}: the items still to come from the iterator are not saved. */
    private boolean firstPass;

    private Cycle(PyType type, PyObject it) {
        super(type);
        this.it = it;
    }

    PyObject next() {
        if (it != null) {
            PyObject v = Abstract.next(it);
            if (v != null) {
                if (firstPass) {
                    return v;
                }
                if (size == saved.length) {
                    saved = Arrays.copyOf(saved, size * 2);
                }
                saved[size++] = v;
                return v;
            }
            it = null;
        }
        if (size == 0) {
            return null;
        }
        PyObject v = saved[index];
        if (++index >= size) {
            index = 0;
        }
        return v;
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            noKeywords(type, TYPE, "cycle", kw);
            BuiltinArgs.checkPositional("cycle", n, 1, 1);
            return new Cycle(type, Abstract.iter(a[0]));
        };
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            Cycle c = (Cycle) o;
            PyList saved = PyList.of(Arrays.copyOf(c.saved, c.size));
            if (c.it == null) {
                PyObject it = Abstract.iter(saved);
                for (int i = 0; i < c.index; i++) {
                    Abstract.next(it); // where __setstate__(index) would put it
                }
                return PyTuple.of(c.type(), PyTuple.of(it), PyTuple.of(saved, PyBool.TRUE));
            }
            return PyTuple.of(c.type(), PyTuple.of(c.it), PyTuple.of(saved, PyBool.of(c.firstPass)));
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            if (!(state instanceof PyTuple)) {
                throw PyErr.typeError("state is not a tuple");
            }
            PyTuple t = (PyTuple) state;
            BuiltinArgs.checkPositional("__setstate__", t.size(), 2, 2);
            if (!(t.get(0) instanceof PyList)) {
                throw PyErr.typeError("argument 1 must be list, not %s", t.get(0).type().name());
            }
            PyList l = (PyList) t.get(0);
            long fp = Abstract.index(t.get(1)).clampedLong();
            Cycle c = (Cycle) o;
            PyObject[] items = new PyObject[Math.max(8, l.size())];
            for (int i = 0; i < l.size(); i++) {
                items[i] = l.get(i);
            }
            c.saved = items;
            c.size = l.size();
            c.firstPass = fp != 0;
            c.index = 0;
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
