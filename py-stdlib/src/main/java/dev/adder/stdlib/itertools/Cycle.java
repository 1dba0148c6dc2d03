package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
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

    private Cycle(PyType type, PyObject it) {
        super(type);
        this.it = it;
    }

    PyObject next() {
        if (it != null) {
            PyObject v = Abstract.next(it);
            if (v != null) {
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
        TYPE.ready();
    }
}
