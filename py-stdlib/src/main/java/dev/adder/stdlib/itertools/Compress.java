package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code compress(data, selectors)}: the items of data whose selector is true.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code compressobject}, {@code compress_next}).
 */
final class Compress extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.compress", Compress.class, true, o -> ((Compress) o).next());

    private final PyObject data;
    private final PyObject selectors;

    private Compress(PyType type, PyObject data, PyObject selectors) {
        super(type);
        this.data = data;
        this.selectors = selectors;
    }

    PyObject next() {
        for (;;) {
            PyObject d = Abstract.next(data);
            if (d == null) {
                return null;
            }
            PyObject s = Abstract.next(selectors);
            if (s == null) {
                return null;
            }
            if (Abstract.isTrue(s)) {
                return d;
            }
        }
    }

    private static final String[] NAMES = {"data", "selectors"};

    private static PyObject make(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = BuiltinArgs.unpack("compress", a, n, kw, NAMES, 0, 2, 2, 0);
        PyObject d = Abstract.iter(p[0]);
        return new Compress(type, d, Abstract.iter(p[1]));
    }

    static {
        TYPE.tp_new = Compress::make;
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> PyTuple.of(o.type(),
                PyTuple.of(((Compress) o).data, ((Compress) o).selectors)));
        TYPE.ready();
    }
}
