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
public class PyMap extends PyObject {
    /** {@code map}. */
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, PyType.BASETYPE);

    private final PyObject function;
    private final PyObject[] iterators;

    /** {@code map(args[0], *args[1:n])}. */
    public PyMap(PyObject[] args, int n) {
        this(TYPE, args, n);
    }

    PyMap(PyType type, PyObject[] args, int n) {
        super(type);
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

    /** An instance of a subclass of this type. */
    static final class Sub extends PyMap implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type, PyObject[] args, int n) {
            super(type, args, n);
            dict = type.instancesHaveDict() ? new PyDict() : null;
            slots = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
        }

        @Override
        public PyObject[] slotArray() {
            return slots;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            if (type == TYPE || type.lookup(PyStr.of("__init__")) == TYPE.lookup(PyStr.of("__init__"))) {
                BuiltinArgs.noKeywords("map", kw);
            }
            if (n < 2) {
                throw PyErr.typeError("map() must have at least two arguments.");
            }
            return type == TYPE ? new PyMap(a, n) : new Sub(type, a, n);
        };
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyMap) o).next();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyMap m = (PyMap) o;
            PyObject[] args = new PyObject[m.iterators.length + 1];
            args[0] = m.function;
            System.arraycopy(m.iterators, 0, args, 1, m.iterators.length);
            return PyTuple.of(m.type(), PyTuple.of(args));
        });
        TYPE.ready();
    }
}
