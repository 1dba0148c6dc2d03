package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyTuple;

/**
 * The iterators that filter by a predicate: {@code dropwhile(predicate, iterable)},
 * {@code takewhile(predicate, iterable)} and {@code filterfalse(function or None, iterable)}.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code dropwhileobject}, {@code takewhileobject},
 * {@code filterfalseobject}).
 */
abstract class Predicated extends ItObject {
    final PyObject func;
    final PyObject it;

    Predicated(PyType type, PyObject func, PyObject it) {
        super(type);
        this.func = func;
        this.it = it;
    }

    /** The common constructor: two positional arguments, the second iterated at once. */
    interface Maker {
        Predicated make(PyType type, PyObject func, PyObject it);
    }

    static void setup(PyType t, String name, Maker m) {
        t.tp_new = (type, a, n, kw) -> {
            noKeywords(type, t, name, kw);
            BuiltinArgs.checkPositional(name, n, 2, 2);
            return m.make(type, a[0], Abstract.iter(a[1]));
        };
        t.ready();
    }

    /** {@code dropwhile}. */
    static final class DropWhile extends Predicated {
        static final PyType TYPE = ItObject.newType("itertools.dropwhile", DropWhile.class, true, o -> ((DropWhile) o).next());

        private boolean start;

        DropWhile(PyType type, PyObject func, PyObject it) {
            super(type, func, it);
        }

        PyObject next() {
            for (;;) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                if (start) {
                    return v;
                }
                if (!Abstract.isTrue(Abstract.call(func, v))) {
                    start = true;
                    return v;
                }
            }
        }

        static {
            setup(TYPE, "dropwhile", DropWhile::new);
        }
    }

    /** {@code takewhile}. */
    static final class TakeWhile extends Predicated {
        static final PyType TYPE = ItObject.newType("itertools.takewhile", TakeWhile.class, true, o -> ((TakeWhile) o).next());

        private boolean stop;

        TakeWhile(PyType type, PyObject func, PyObject it) {
            super(type, func, it);
        }

        PyObject next() {
            if (stop) {
                return null;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (Abstract.isTrue(Abstract.call(func, v))) {
                return v;
            }
            stop = true;
            return null;
        }

        static {
            setup(TYPE, "takewhile", TakeWhile::new);
        }
    }

    /** {@code filterfalse}. */
    static final class FilterFalse extends Predicated {
        static final PyType TYPE = ItObject.newType("itertools.filterfalse", FilterFalse.class, true,
                o -> ((FilterFalse) o).next());

        FilterFalse(PyType type, PyObject func, PyObject it) {
            super(type, func, it);
        }

        PyObject next() {
            PyObject f = func == PyNone.NONE || func == PyBool.TYPE ? null : func;
            for (;;) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                if (!Abstract.isTrue(f == null ? v : Abstract.call(f, v))) {
                    return v;
                }
            }
        }

        static {
            setup(TYPE, "filterfalse", FilterFalse::new);
        }
    }

    /** {@code starmap(function, iterable)}: {@code function(*item)} for each item. */
    static final class StarMap extends Predicated {
        static final PyType TYPE = ItObject.newType("itertools.starmap", StarMap.class, true, o -> ((StarMap) o).next());

        StarMap(PyType type, PyObject func, PyObject it) {
            super(type, func, it);
        }

        PyObject next() {
            PyObject args = Abstract.next(it);
            if (args == null) {
                return null;
            }
            PyObject[] items = args.type() == PyTuple.TYPE ? ((PyTuple) args).items()
                    : PyTuple.fromIterable(args).itemsArray();
            return Abstract.call(func, items, items.length, null);
        }

        static {
            setup(TYPE, "starmap", StarMap::new);
        }
    }
}
