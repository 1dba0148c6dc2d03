package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code map(function, iterable, *iterables)}: the function applied to the items of the
 * iterators in step, ending with the shortest.
 *
 * <p>CPython: Python/bltinmodule.c ({@code mapobject}, {@code map_next}).
 */
public final class PyMap extends PyObject {
    /** {@code map}. */
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, 0);

    private final PyObject function;
    private final PyObject[] iterators;

    /** {@code map(args[0], *args[1:n])}. */
    public PyMap(PyObject[] args, int n) {
        super(TYPE);
        this.function = args[0];
        PyObject[] its = new PyObject[n - 1];
        for (int i = 1; i < n; i++) {
            its[i - 1] = Abstract.iter(args[i]);
        }
        this.iterators = its;
    }

    /** The next result, or null when an iterator is exhausted. */
    public PyObject next() {
        PyObject[] its = iterators;
        if (its.length == 1) {
            PyObject v = Abstract.next(its[0]);
            return v == null ? null : Abstract.call(function, v);
        }
        PyObject[] items = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject v = Abstract.next(its[i]);
            if (v == null) {
                return null;
            }
            items[i] = v;
        }
        return Abstract.call(function, items);
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            BuiltinArgs.noKeywords("map", kw);
            if (n < 2) {
                throw PyErr.typeError("map() must have at least two arguments.");
            }
            return new PyMap(a, n);
        };
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyMap) o).next();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyMap m = (PyMap) o;
            PyObject[] args = new PyObject[m.iterators.length + 1];
            args[0] = m.function;
            System.arraycopy(m.iterators, 0, args, 1, m.iterators.length);
            return PyTuple.of(TYPE, PyTuple.of(args));
        });
        TYPE.ready();
    }
}
