package dev.adder.stdlib.collections;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code _collections} module: {@code deque}, {@code defaultdict}, {@code _count_elements},
 * the deque iterator types and {@code _tuplegetter} (the field descriptors of namedtuple).
 * {@code OrderedDict} comes from the pure-Python version in {@code collections}.
 *
 * <p>CPython: {@code Modules/_collectionsmodule.c}.
 */
public final class CollectionsModule implements BuiltinModule {
    @Override
    public String name() {
        return "_collections";
    }

    /** {@code _collections._tuplegetter(index, doc)}: reads item {@code index} of a tuple. */
    static final class TupleGetter extends PyObject {
        static final PyType TYPE = PyType.builtin("_collections._tuplegetter", TupleGetter.class, 0);
        final int index;
        PyObject doc;

        TupleGetter(int index, PyObject doc) {
            super(TYPE);
            this.index = index;
            this.doc = doc;
        }

        static {
            TYPE.tp_new = (type, a, n, kw) -> {
                BuiltinArgs.positional("_tuplegetter", n, kw, 2, 2);
                if (!(a[0] instanceof PyInt)) {
                    throw PyErr.typeError("'%s' object cannot be interpreted as an integer", a[0].type().name());
                }
                long i = Abstract.index(a[0]).value;
                return new TupleGetter((int) i, a[1]);
            };
            TYPE.tp_descr_get = (d, obj, type) -> {
                TupleGetter g = (TupleGetter) d;
                if (obj == null) {
                    return d;
                }
                if (!(obj instanceof PyTuple t)) {
                    if (obj == PyNone.NONE) {
                        return d;
                    }
                    throw PyErr.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' "
                            + "object", g.index, obj.type().name());
                }
                if (g.index < 0 || g.index >= t.size()) {
                    throw PyErr.indexError("tuple index out of range");
                }
                return t.get(g.index);
            };
            TYPE.tp_descr_set = (d, obj, v) -> {
                throw PyErr.format(PyExc.AttributeError, v == null ? "can't delete attribute" : "can't set attribute");
            };
            TYPE.ready();
            TYPE.setAttribute("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> ((TupleGetter) o).doc,
                    (o, v) -> ((TupleGetter) o).doc = v == null ? PyNone.NONE : v));
        }
    }

    private static PyObject countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        PyType mt = mapping.type();
        PyInt one = PyInt.of(1);
        boolean fast = mapping instanceof PyDict && mt.lookup("get") == PyDict.TYPE.lookup("get")
                && mt.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__");
        if (fast) {
            PyDict d = (PyDict) mapping;
            for (PyObject k; (k = Abstract.next(it)) != null;) {
                PyObject old = d.getItem(k);
                d.setItem(k, old == null ? one : Abstract.add(old, one));
            }
        } else {
            PyObject get = Abstract.getAttr(mapping, "get");
            PyInt zero = PyInt.of(0);
            for (PyObject k; (k = Abstract.next(it)) != null;) {
                PyObject old = Abstract.call(get, k, zero);
                Abstract.setItem(mapping, k, Abstract.add(old, one));
            }
        }
        return PyNone.NONE;
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("High performance data structures.\n- deque:        "
                + "ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a "
                + "default value factory\n"));
        m.dict.setItem(PyStr.of("deque"), PyDeque.TYPE);
        m.dict.setItem(PyStr.of("defaultdict"), PyDefaultDict.TYPE);
        m.dict.setItem(PyStr.of("_deque_iterator"), PyDeque.ITER);
        m.dict.setItem(PyStr.of("_deque_reverse_iterator"), PyDeque.REVITER);
        m.dict.setItem(PyStr.of("_tuplegetter"), TupleGetter.TYPE);
        m.dict.setItem(PyStr.of("_count_elements"), new PyBuiltinFunction("_count_elements", "_count_elements", m,
                (self, a, n, kw) -> {
                    BuiltinArgs.positional("_count_elements", n, kw, 2, 2);
                    return countElements(a[0], a[1]);
                }));
    }
}
