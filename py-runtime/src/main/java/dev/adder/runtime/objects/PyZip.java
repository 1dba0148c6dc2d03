package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code zip(*iterables, strict=False)}: tuples of the items of several iterators, ending with
 * the shortest; with {@code strict=True} a length mismatch is a {@code ValueError}.
 *
 * <p>CPython: Python/bltinmodule.c ({@code zipobject}, {@code zip_next}).
 */
public class PyZip extends PyObject {
    /** {@code zip}. */
    public static final PyType TYPE = PyType.builtin("zip", PyZip.class, PyType.BASETYPE);

    private PyObject[] iterators;
    private boolean strict;

    /** A zip over the iterators of {@code iterables}. */
    public PyZip(PyObject[] iterables, int n, boolean strict) {
        this(TYPE, iterables, n, strict);
    }

    PyZip(PyType type, PyObject[] iterables, int n, boolean strict) {
        super(type);
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            its[i] = Abstract.iter(iterables[i]);
        }
        this.iterators = its;
        this.strict = strict;
    }

    /** The next tuple, or null when exhausted. */
    public PyObject next() {
        PyObject[] its = iterators;
        if (its == null || its.length == 0) {
            return null;
        }
        PyObject[] items = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject v = Abstract.next(its[i]);
            if (v == null) {
                iterators = null;
                if (strict) {
                    checkStrict(its, i);
                }
                return null;
            }
            items[i] = v;
        }
        return PyTuple.wrap(items);
    }

    private static void checkStrict(PyObject[] its, int i) {
        if (i > 0) {
            throw PyErr.valueError("zip() argument %d is shorter than argument%s%s", i + 1, i == 1 ? " " : "s 1-",
                    i);
        }
        for (int j = 1; j < its.length; j++) {
            if (Abstract.next(its[j]) != null) {
                throw PyErr.valueError("zip() argument %d is longer than argument%s%s", j + 1, j == 1 ? " " : "s 1-",
                        j);
            }
        }
    }

    /** An instance of a subclass of this type. */
    static final class Sub extends PyZip implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type, PyObject[] iterables, int n, boolean strict) {
            super(type, iterables, n, strict);
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
            boolean strict = false;
            int nkw = BuiltinArgs.kwCount(kw);
            if (nkw > 1) {
                throw PyErr.typeError("zip() takes at most 1 keyword argument (%d given)", nkw);
            }
            if (nkw == 1) {
                String k = ((PyStr) kw.get(0)).value();
                if (!k.equals("strict")) {
                    throw PyErr.typeError("'%s' is an invalid keyword argument for zip()", k);
                }
                strict = Abstract.isTrue(a[n]);
            }
            return type == TYPE ? new PyZip(a, n, strict) : new Sub(type, a, n, strict);
        };
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyZip) o).next();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyZip z = (PyZip) o;
            PyTuple its = z.iterators == null ? PyTuple.EMPTY : PyTuple.of(z.iterators.clone());
            return z.strict ? PyTuple.of(z.type(), its, dev.adder.runtime.objects.PyBool.TRUE) : PyTuple.of(z.type(), its);
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            ((PyZip) o).strict = Abstract.isTrue(state);
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
