package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code _tee}: one of the independent iterators {@code tee()} makes over one underlying
 * iterator. They share a chain of {@link Data} blocks of {@value #LINKCELLS} items each; a
 * block is dropped by the collector when no tee points at it any more.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code teeobject}, {@code teedataobject},
 * {@code tee_next}, {@code tee_copy}, {@code tee_fromiterable}, {@code itertools_tee_impl}).
 */
final class Tee extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools._tee", Tee.class, false, o -> ((Tee) o).next());

    static final int LINKCELLS = 57;

    private Data data;
    private int index;

    private Tee(Data data, int index) {
        super(TYPE);
        this.data = data;
        this.index = index;
    }

    PyObject next() {
        if (index >= LINKCELLS) {
            data = data.jumpLink();
            index = 0;
        }
        PyObject v = data.getItem(index);
        if (v == null) {
            return null;
        }
        index++;
        return v;
    }

    Tee copy() {
        return new Tee(data, index);
    }

    /** {@code tee_fromiterable}: a tee over {@code iterable} (a copy when it is a tee). */
    static Tee fromIterable(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        if (it instanceof Tee) {
            return ((Tee) it).copy();
        }
        return new Tee(new Data(it), 0);
    }

    private static final PyStr COPY = PyStr.of("__copy__");

    /** {@code itertools.tee(iterable, n=2)}. */
    static PyObject tee(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.noKeywords("itertools.tee", kw);
        BuiltinArgs.checkPositional("tee", n, 1, 2);
        long count = n > 1 ? Abstract.asSsizeArg(a[1]) : 2;
        if (count < 0) {
            throw PyErr.valueError("n must be >= 0");
        }
        if (count == 0) {
            return PyTuple.EMPTY;
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        PyObject[] result = new PyObject[(int) count];
        PyObject it = Abstract.iter(a[0]);
        PyObject copyable;
        PyObject copyFunc = Abstract.lookupAttr(it, COPY);
        if (copyFunc != null) {
            copyable = it;
        } else {
            copyable = fromIterable(it);
        }
        result[0] = copyable;
        if (copyable instanceof Tee && copyFunc == null) {
            Tee t = (Tee) copyable;
            for (int i = 1; i < result.length; i++) {
                result[i] = t.copy();
            }
        } else {
            if (copyFunc == null) {
                copyFunc = Abstract.getAttr(copyable, COPY);
            }
            for (int i = 1; i < result.length; i++) {
                result[i] = Abstract.call(copyFunc);
            }
        }
        return PyTuple.wrap(result);
    }

    /** {@code _tee_dataobject}: a block of items read from the shared iterator. */
    static final class Data extends PyObject {
        static final PyType TYPE = PyType.builtin("itertools._tee_dataobject", Data.class, 0);

        private final PyObject it;
        private final PyObject[] values = new PyObject[LINKCELLS];
        private int numRead;
        private boolean running;
        private Data nextLink;

        Data(PyObject it) {
            super(TYPE);
            this.it = it;
        }

        Data jumpLink() {
            if (nextLink == null) {
                nextLink = new Data(it);
            }
            return nextLink;
        }

        PyObject getItem(int i) {
            if (i < numRead) {
                return values[i];
            }
            if (running) {
                throw PyErr.format(PyExc.RuntimeError, "cannot re-enter the tee iterator");
            }
            running = true;
            PyObject v;
            try {
                v = Abstract.next(it);
            } finally {
                running = false;
            }
            if (v == null) {
                return null;
            }
            values[numRead++] = v;
            return v;
        }

        /** {@code _tee_dataobject(iterable, values, next)}: a block restored from its parts. */
        private static PyObject make(PyType type, PyObject[] a, int n, PyTuple kw) {
            BuiltinArgs.positional("teedataobject", n, kw, 3, 3);
            if (!(a[1] instanceof PyList)) {
                throw PyErr.typeError("teedataobject() argument 2 must be list, not %s", a[1].type().name());
            }
            PyList values = (PyList) a[1];
            PyObject next = a[2];
            Data d = new Data(a[0]);
            int len = values.size();
            boolean ok = len <= LINKCELLS;
            if (ok) {
                for (int i = 0; i < len; i++) {
                    d.values[i] = values.get(i);
                }
                d.numRead = len;
                if (next != PyNone.NONE) {
                    ok = len == LINKCELLS && next instanceof Data;
                    if (ok) {
                        d.nextLink = (Data) next;
                    }
                }
            }
            if (!ok) {
                throw PyErr.valueError("Invalid arguments");
            }
            return d;
        }

        static {
            TYPE.tp_new = Data::make;
            PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
                Data d = (Data) o;
                return PyTuple.of(d.type(), PyTuple.of(d.it, PyList.of(java.util.Arrays.copyOf(d.values, d.numRead)),
                        d.nextLink == null ? PyNone.NONE : d.nextLink));
            });
            TYPE.ready();
        }
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            BuiltinArgs.positional("_tee", n, kw, 1, 1);
            return fromIterable(a[0]);
        };
        PyMethodDescr.noArgs(TYPE, "__copy__", o -> ((Tee) o).copy());
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> PyTuple.of(o.type(), PyTuple.of(PyTuple.EMPTY),
                PyTuple.of(((Tee) o).data, PyInt.of(((Tee) o).index))));
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            if (!(state instanceof PyTuple) || ((PyTuple) state).size() != 2
                    || !(((PyTuple) state).get(0) instanceof Data)) {
                throw PyErr.typeError("state is not a tuple");
            }
            long i = Abstract.asSsizeArg(((PyTuple) state).get(1));
            if (i < 0 || i > LINKCELLS) {
                throw PyErr.valueError("Index out of range");
            }
            ((Tee) o).data = (Data) ((PyTuple) state).get(0);
            ((Tee) o).index = (int) i;
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
