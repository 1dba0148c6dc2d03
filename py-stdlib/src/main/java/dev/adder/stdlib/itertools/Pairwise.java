package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code pairwise(iterable)}: successive overlapping pairs of items.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code pairwiseobject}, {@code pairwise_next}).
 */
final class Pairwise extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.pairwise", Pairwise.class, true, o -> ((Pairwise) o).next());

    private PyObject it;
    private PyObject old;

    private Pairwise(PyType type, PyObject it) {
        super(type);
        this.it = it;
    }

    PyObject next() {
        PyObject i = it;
        if (i == null) {
            return null;
        }
        PyObject o = old;
        if (o == null) {
            o = Abstract.next(i);
            old = o;
            if (o == null) {
                it = null;
                return null;
            }
        }
        PyObject v = Abstract.next(i);
        if (v == null) {
            it = null;
            old = null;
            return null;
        }
        old = v;
        return PyTuple.wrap(new PyObject[] {o, v});
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            noKeywords(type, TYPE, "pairwise", kw);
            BuiltinArgs.checkPositional("pairwise", n, 1, 1);
            return new Pairwise(type, Abstract.iter(a[0]));
        };
        TYPE.ready();
    }
}
