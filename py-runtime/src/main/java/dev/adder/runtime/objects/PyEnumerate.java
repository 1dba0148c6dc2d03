package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code enumerate(iterable, start=0)}: pairs of a count and an item. The count stays a
 * {@code long} until it would overflow, then continues as a Python int of any size.
 *
 * <p>CPython: Objects/enumobject.c ({@code enumobject}).
 */
public class PyEnumerate extends PyObject {
    /** {@code enumerate}. */
    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, PyType.BASETYPE);

    private final PyObject iterator;
    private long index;
    /** The count when it no longer fits in {@link #index}, else null. */
    private PyInt bigIndex;

    /** {@code enumerate(iterable, start)}. */
    public PyEnumerate(PyObject iterable, PyInt start) {
        this(TYPE, iterable, start);
    }

    /** {@code enumerate(iterable, start)} as an instance of {@code type} (a subclass). */
    PyEnumerate(PyType type, PyObject iterable, PyInt start) {
        super(type);
        this.iterator = Abstract.iter(iterable);
        if (start.big == null && start.value != Long.MAX_VALUE) {
            this.index = start.value;
        } else {
            this.bigIndex = start.exact();
        }
    }

    /** The next (count, item) pair, or null when the underlying iterator is exhausted. */
    public PyObject next() {
        PyObject v = Abstract.next(iterator);
        if (v == null) {
            return null;
        }
        PyInt i;
        if (bigIndex == null) {
            i = PyInt.of(index);
            if (++index == Long.MAX_VALUE) {
                bigIndex = PyInt.of(index);
            }
        } else {
            i = bigIndex;
            bigIndex = IntOps.add(i, PyInt.ONE);
        }
        return PyTuple.of(i, v);
    }

    private static final String[] NAMES = {"iterable", "start"};

    private static PyObject make(PyType type, PyObject[] a, int n, dev.adder.runtime.objects.PyTuple kw) {
        int nkw = BuiltinArgs.kwCount(kw);
        if (n + nkw > 2) {
            throw PyErr.typeError("enumerate() takes at most 2 arguments (%d given)", n + nkw);
        }
        if (n + nkw == 0) {
            throw PyErr.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject iterable = n > 0 ? a[0] : null;
        PyObject start = n > 1 ? a[1] : null;
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kw.get(i)).value();
            if (k.equals("iterable") && n == 0) {
                iterable = a[n + i];
            } else if (k.equals("start") && n < 2) {
                start = a[n + i];
            } else {
                throw PyErr.typeError("'%s' is an invalid keyword argument for enumerate()", k);
            }
        }
        if (iterable == null) {
            throw PyErr.typeError("'%s' is an invalid keyword argument for enumerate()", ((PyStr) kw.get(0)).value());
        }
        PyInt s = start == null ? PyInt.ZERO : Abstract.index(start);
        return type == TYPE ? new PyEnumerate(iterable, s) : new Sub(type, iterable, s);
    }

    /** An instance of a subclass of {@code enumerate}. */
    static final class Sub extends PyEnumerate implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type, PyObject iterable, PyInt start) {
            super(type, iterable, start);
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
        TYPE.tp_new = PyEnumerate::make;
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyEnumerate) o).next();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyEnumerate e = (PyEnumerate) o;
            return PyTuple.of(e.type(), PyTuple.of(e.iterator, e.bigIndex != null ? e.bigIndex : PyInt.of(e.index)));
        });
        TYPE.ready();
    }
}
