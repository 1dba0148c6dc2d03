package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code filter(function or None, iterable)}: the items for which the function (or, for None
 * and {@code bool}, the item itself) is true.
 *
 * <p>CPython: Python/bltinmodule.c ({@code filterobject}, {@code filter_next}).
 */
public class PyFilter extends PyObject {
    /** {@code filter}. */
    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, PyType.BASETYPE);

    /** The predicate, or null for truth testing (None or {@code bool}). */
    private final PyObject function;
    private final PyObject iterator;
    /** The function as given (for {@code __reduce__}). */
    private final PyObject given;

    /** {@code filter(function, iterable)}. */
    public PyFilter(PyObject function, PyObject iterable) {
        this(TYPE, function, iterable);
    }

    PyFilter(PyType type, PyObject function, PyObject iterable) {
        super(type);
        this.function = function == PyNone.NONE || function == PyBool.TYPE ? null : function;
        this.given = function;
        this.iterator = Abstract.iter(iterable);
    }

    /** The next item that passes, or null when exhausted. */
    public PyObject next() {
        PyObject fn = function;
        for (PyObject v = Abstract.next(iterator); v != null; v = Abstract.next(iterator)) {
            if (Abstract.isTrue(fn == null ? v : Abstract.call(fn, v))) {
                return v;
            }
        }
        return null;
    }

    /** An instance of a subclass of this type. */
    static final class Sub extends PyFilter implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type, PyObject function, PyObject iterable) {
            super(type, function, iterable);
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
            BuiltinArgs.positional("filter", n, kw, 2, 2);
            return type == TYPE ? new PyFilter(a[0], a[1]) : new Sub(type, a[0], a[1]);
        };
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyFilter) o).next();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o ->
                PyTuple.of(o.type(), PyTuple.of(((PyFilter) o).given, ((PyFilter) o).iterator)));
        TYPE.ready();
    }
}
