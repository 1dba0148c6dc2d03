package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code zip_longest(*iterables, fillvalue=None)}: tuples of the items of several iterators,
 * ending with the longest; the exhausted ones give the fill value.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code ziplongestobject}, {@code zip_longest_next}).
 */
final class ZipLongest extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.zip_longest", ZipLongest.class, true, o -> ((ZipLongest) o).next());

    private final PyObject[] iterators;
    private int numActive;
    private PyObject fillValue;

    private ZipLongest(PyType type, PyObject[] iterators, PyObject fillValue) {
        super(type);
        this.iterators = iterators;
        this.numActive = iterators.length;
        this.fillValue = fillValue;
    }

    PyObject next() {
        PyObject[] its = iterators;
        int size = its.length;
        if (size == 0 || numActive == 0) {
            return null;
        }
        PyObject[] items = new PyObject[size];
        for (int i = 0; i < size; i++) {
            PyObject it = its[i];
            PyObject v;
            if (it == null) {
                v = fillValue;
            } else {
                try {
                    v = Abstract.next(it);
                } catch (RuntimeException e) {
                    numActive = 0;
                    throw e;
                }
                if (v == null) {
                    if (--numActive == 0) {
                        return null;
                    }
                    v = fillValue;
                    its[i] = null;
                }
            }
            items[i] = v;
        }
        return PyTuple.wrap(items);
    }

    private static PyObject make(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject fill = PyNone.NONE;
        if (kw != null && kw.size() > 0) {
            if (kw.size() != 1 || !((PyStr) kw.get(0)).value().equals("fillvalue")) {
                throw PyErr.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = a[n];
        }
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            its[i] = Abstract.iter(a[i]);
        }
        return new ZipLongest(type, its, fill);
    }

    static {
        TYPE.tp_new = ZipLongest::make;
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            ZipLongest z = (ZipLongest) o;
            PyObject[] args = new PyObject[z.iterators.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = z.iterators[i] == null ? PyTuple.EMPTY : z.iterators[i];
            }
            return PyTuple.of(z.type(), PyTuple.wrap(args), z.fillValue);
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            ((ZipLongest) o).fillValue = state;
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
