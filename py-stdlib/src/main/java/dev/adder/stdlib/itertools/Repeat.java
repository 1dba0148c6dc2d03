package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code repeat(object[, times])}: the object, forever or {@code times} times.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code repeatobject}, {@code repeat_next}).
 */
final class Repeat extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.repeat", Repeat.class, true, o -> ((Repeat) o).next());

    private final PyObject element;
    /** The repetitions left, or -1 for forever. */
    private long cnt;

    private Repeat(PyType type, PyObject element, long cnt) {
        super(type);
        this.element = element;
        this.cnt = cnt;
    }

    PyObject next() {
        long c = cnt;
        if (c == 0) {
            return null;
        }
        if (c > 0) {
            cnt = c - 1;
        }
        return element;
    }

    private static final String[] NAMES = {"object", "times"};

    private static PyObject make(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = BuiltinArgs.unpack("repeat", a, n, kw, NAMES, 0, 1, 2, 0);
        long c = -1;
        if (p[1] != null) {
            c = Math.max(0, Abstract.asSsizeArg(p[1]));
        }
        return new Repeat(type, p[0], c);
    }

    static {
        TYPE.tp_new = Repeat::make;
        TYPE.tp_repr = o -> {
            Repeat r = (Repeat) o;
            String e = Abstract.repr(r.element).value();
            return PyStr.of(r.type().shortName() + "(" + e + (r.cnt == -1 ? ")" : ", " + r.cnt + ")"));
        };
        PyMethodDescr.noArgs(TYPE, "__length_hint__", o -> {
            Repeat r = (Repeat) o;
            if (r.cnt == -1) {
                throw PyErr.typeError("len() of unsized object");
            }
            return PyInt.of(r.cnt);
        });
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            Repeat r = (Repeat) o;
            return r.cnt >= 0 ? PyTuple.of(o.type(), PyTuple.of(r.element, PyInt.of(r.cnt)))
                    : PyTuple.of(o.type(), PyTuple.of(r.element));
        });
        TYPE.ready();
    }
}
