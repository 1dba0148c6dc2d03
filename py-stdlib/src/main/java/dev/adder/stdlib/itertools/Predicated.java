package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyMethodDescr;
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

    /** The third item of {@code __reduce__}'s answer (the start/stop flag), or null for none. */
    PyObject reduceState() {
        return null;
    }

    /** Restores the start/stop flag ({@code __setstate__}). */
    void setState(boolean flag) {
    }

    static void setup(PyType t, String name, Maker m, boolean hasState) {
        PyMethodDescr.noArgs(t, "__reduce__", o -> {
            Predicated p = (Predicated) o;
            PyObject st = p.reduceState();
            PyTuple args = PyTuple.of(p.func, p.it);
            return st == null ? PyTuple.of(p.type(), args) : PyTuple.of(p.type(), args, st);
        });
        if (hasState) {
            PyMethodDescr.oneArg(t, "__setstate__", (o, state) -> {
                ((Predicated) o).setState(Abstract.isTrue(state));
                return PyNone.NONE;
            });
        }
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

        @Override
        PyObject reduceState() {
            return dev.adder.runtime.objects.PyInt.of(start ? 1 : 0);
        }

        @Override
        void setState(boolean flag) {
            start = flag;
        }

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
            setup(TYPE, "dropwhile", DropWhile::new, true);
        }
    }

    /** {@code takewhile}. */
    static final class TakeWhile extends Predicated {
        static final PyType TYPE = ItObject.newType("itertools.takewhile", TakeWhile.class, true, o -> ((TakeWhile) o).next());

        private boolean stop;

        @Override
        PyObject reduceState() {
            return dev.adder.runtime.objects.PyInt.of(stop ? 1 : 0);
        }

        @Override
        void setState(boolean flag) {
            stop = flag;
        }

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
            setup(TYPE, "takewhile", TakeWhile::new, true);
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
            setup(TYPE, "filterfalse", FilterFalse::new, false);
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
            setup(TYPE, "starmap", StarMap::new, false);
        }
    }
}
