package dev.adder.stdlib.collections;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.util.IdentityHashMap;

/**
 * {@code collections.defaultdict}: a {@code dict} whose missing keys are filled by calling
 * {@code default_factory}.
 *
 * <p>CPython: {@code Modules/_collectionsmodule.c} ({@code defdictobject}, {@code defdict_missing},
 * {@code defdict_repr}, {@code defdict_or}, {@code defdict_init}).
 */
public class PyDefaultDict extends PyDict {
    /** {@code collections.defaultdict}. */
    public static final PyType TYPE = PyType.builtin("collections.defaultdict", PyDefaultDict.class,
            PyType.BASETYPE, PyDict.TYPE);

    /** {@code default_factory}, or null for None. */
    PyObject factory;

    PyDefaultDict(PyType type) {
        super(type);
    }

    private static PyDefaultDict self(PyObject o) {
        return (PyDefaultDict) o;
    }

    /** {@code __missing__(key)}: {@code self[key] = default_factory()}, or {@code KeyError}. */
    static PyObject missing(PyObject o, PyObject key) {
        PyObject f = self(o).factory;
        if (f == null) {
            throw PyErr.keyError(key);
        }
        PyObject v = Abstract.call(f);
        Abstract.setItem(o, key, v);
        return v;
    }

    private static final IdentityHashMap<PyObject, Boolean> IN_REPR = new IdentityHashMap<>();

    private static PyStr repr(PyObject o) {
        PyDefaultDict d = self(o);
        String defrepr;
        if (d.factory == null) {
            defrepr = "None";
        } else if (IN_REPR.containsKey(d.factory)) {
            defrepr = "...";
        } else {
            IN_REPR.put(d.factory, Boolean.TRUE);
            try {
                defrepr = Abstract.repr(d.factory).value();
            } finally {
                IN_REPR.remove(d.factory);
            }
        }
        String name = o.type().name();
        name = name.substring(name.lastIndexOf('.') + 1);
        return PyStr.of(name + "(" + defrepr + ", " + d.repr().value() + ")");
    }

    /** {@code type(d)(d.default_factory, source)}. */
    private static PyObject newLike(PyObject d, PyObject source) {
        PyObject f = self(d).factory;
        return Abstract.call(d.type(), f == null ? PyNone.NONE : f, source);
    }

    private static PyObject dictInit;

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> type == TYPE ? new PyDefaultDict(type) : new Sub(type);
        t.tp_repr = PyDefaultDict::repr;
        t.mp_subscript = (o, k) -> {
            PyObject v = ((PyDict) o).getItem(k);
            if (v != null) {
                return v;
            }
            if (o.type() == TYPE) {
                return missing(o, k);
            }
            PyObject m = o.type().lookup("__missing__");
            return Abstract.call(m, o, k);
        };
        t.nb_binary[NumberOp.OR.ordinal()] = (a, b) -> {
            PyObject self;
            PyObject other;
            if (a instanceof PyDefaultDict) {
                self = a;
                other = b;
            } else {
                self = b;
                other = a;
            }
            if (!(other instanceof PyDict)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject r = newLike(self, a);
            Abstract.callMethod(r, "update", b);
            return r;
        };
        t.ready();
        dictInit = PyDict.TYPE.lookup("__init__");
        SlotWrappers.addWrapper(t, "__init__", (f, o, a, n, kw) -> {
            PyObject factory = null;
            int skip = 0;
            if (n > 0) {
                factory = a[0];
                skip = 1;
                if (factory == PyNone.NONE) {
                    factory = null;
                } else if (factory.type().tp_call == null) {
                    throw PyErr.typeError("first argument must be callable or None");
                }
            }
            self(o).factory = factory;
            int nkw = kw == null ? 0 : kw.size();
            PyObject[] all = new PyObject[n - skip + nkw + 1];
            all[0] = o;
            System.arraycopy(a, skip, all, 1, n - skip + nkw);
            return Abstract.call(dictInit, all, n - skip + 1, kw);
        });
        PyMethodDescr.oneArg(t, "__missing__", PyDefaultDict::missing);
        PyMethodDescr.noArgs(t, "copy", o -> newLike(o, o));
        PyMethodDescr.noArgs(t, "__copy__", o -> newLike(o, o));
        PyMethodDescr.noArgs(t, "__reduce__", o -> {
            PyObject f = self(o).factory;
            PyObject args = f == null ? PyTuple.EMPTY : PyTuple.of(f);
            return PyTuple.of(o.type(), args, PyNone.NONE, PyNone.NONE,
                    Abstract.iter(Abstract.callMethod(o, "items")));
        });
        dev.adder.runtime.objects.PyGenericAlias.addClassGetItem(t);
        t.setAttribute("default_factory", new PyGetSetDescr(t, "default_factory", o -> {
            PyObject f = self(o).factory;
            return f == null ? PyNone.NONE : f;
        }, (o, v) -> self(o).factory = v == null || v == PyNone.NONE ? null : v));
        t.setAttribute("__doc__", PyStr.of("defaultdict(default_factory=None, /, [...]) --> dict with default "
                + "factory\n\nThe default factory is called without arguments to produce\na new value when a key "
                + "is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same "
                + "items.\nAll remaining arguments are treated the same as if they were\npassed to the dict "
                + "constructor, including keyword arguments.\n"));
    }

    /** An instance of a class defined in Python whose base is {@code defaultdict}. */
    static final class Sub extends PyDefaultDict implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type) {
            super(type);
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
}
