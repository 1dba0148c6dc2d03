package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyClassMethodDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code chain(*iterables)} and {@code chain.from_iterable(iterable)}: the items of each
 * iterable in turn; the iterables themselves are taken lazily from a source iterator.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code chainobject}, {@code chain_next}).
 */
final class Chain extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.chain", Chain.class, true, o -> ((Chain) o).next());

    private PyObject source;
    private PyObject active;

    private Chain(PyType type, PyObject source) {
        super(type);
        this.source = source;
    }

    PyObject next() {
        while (source != null) {
            PyObject a = active;
            if (a == null) {
                PyObject iterable = Abstract.next(source);
                if (iterable == null) {
                    source = null;
                    return null;
                }
                try {
                    a = Abstract.iter(iterable);
                } catch (RuntimeException e) {
                    source = null;
                    throw e;
                }
                active = a;
            }
            Slots.IterNextFunc f = a.type().tp_iternext;
            PyObject v = f.next(a);
            if (v != null) {
                return v;
            }
            active = null;
        }
        return null;
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            noKeywords(type, TYPE, "chain", kw);
            PyObject[] items = new PyObject[n];
            System.arraycopy(a, 0, items, 0, n);
            return new Chain(type, Abstract.iter(PyTuple.wrap(items)));
        };
        TYPE.setAttribute("from_iterable", new PyClassMethodDescr("from_iterable", TYPE, (cls, a, n, kw) -> {
            BuiltinArgs.exactlyOne("from_iterable", n, kw);
            PyObject source = Abstract.iter(a[0]);
            if (cls == TYPE) {
                return new Chain(TYPE, source);
            }
            if (!cls.isSubtype(TYPE)) {
                throw PyErr.typeError("descriptor 'from_iterable' requires a subtype of 'itertools.chain' but received '%s'",
                        cls.name());
            }
            return new Chain(cls, source);
        }));
        TYPE.setAttribute("__class_getitem__", new PyClassMethodDescr("__class_getitem__", TYPE, (cls, a, n, kw) -> {
            BuiltinArgs.exactlyOne("__class_getitem__", n, kw);
            Slots.BinaryFunc mk = Abstract.genericAliasMaker;
            if (mk == null) {
                throw PyErr.typeError("'type' object is not subscriptable");
            }
            return mk.apply(cls, a[0]);
        }));
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            Chain c = (Chain) o;
            if (c.source == null) {
                return PyTuple.of(c.type(), PyTuple.EMPTY);
            }
            return PyTuple.of(c.type(), PyTuple.EMPTY,
                    c.active == null ? PyTuple.of(c.source) : PyTuple.of(c.source, c.active));
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            if (!(state instanceof PyTuple)) {
                throw PyErr.typeError("state is not a tuple");
            }
            PyTuple t = (PyTuple) state;
            BuiltinArgs.checkPositional("__setstate__", t.size(), 1, 2);
            PyObject source = t.get(0);
            PyObject active = t.size() > 1 ? t.get(1) : null;
            if (source.type().tp_iternext == null || (active != null && active.type().tp_iternext == null)) {
                throw PyErr.typeError("Arguments must be iterators.");
            }
            Chain c = (Chain) o;
            c.source = source;
            c.active = active;
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
