package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The common base of the itertools iterator objects: an instance of a class defined in Python
 * that subclasses one of them carries a {@code __dict__}; the types themselves are made here.
 *
 * <p>CPython: Modules/itertoolsmodule.c (the per-type {@code PyType_Spec}s).
 */
abstract class ItObject extends PyObject implements dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

    /** The instance dictionary of a Python subclass's instance, made on first use. */
    private PyDict dict;

    ItObject(PyType type) {
        super(type);
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null && type().instancesHaveDict()) {
            dict = new PyDict();
        }
        return dict;
    }

    private static final PyStr INIT = PyStr.of("__init__");

    /**
     * A type of module itertools named {@code name}, its own iterator, whose {@code __next__} is
     * {@code next}; subclassable when {@code base} is true. The caller sets {@code tp_new} (and
     * any methods), then calls {@link PyType#ready()}.
     */
    static PyType newType(String name, Class<?> javaClass, boolean base, Slots.IterNextFunc next) {
        PyType t = PyType.builtin(name, javaClass, base ? PyType.BASETYPE : 0);
        t.tp_iter = o -> o;
        t.tp_iternext = next;
        return t;
    }

    /**
     * "{@code name}() takes no keyword arguments" when keywords are given to the type itself or
     * to a subclass that does not define its own {@code __init__} (which would take them).
     */
    static void noKeywords(PyType type, PyType own, String name, PyTuple kw) {
        if (kw != null && kw.size() > 0 && (type == own || type.lookup(INIT) == own.lookup(INIT))) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    /** {@code asSsize} that answers -1 for anything that is not such an index (errors cleared). */
    static long asSsizeOrMinusOne(PyObject o) {
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            return i.big != null ? -1 : i.value;
        }
        if (o.type().nb_index == null) {
            return -1;
        }
        try {
            PyInt i = Abstract.index(o);
            return i.big != null ? -1 : i.value;
        } catch (dev.adder.runtime.PyException e) {
            return -1;
        }
    }

    /** Argument {@code i} of {@code a}, or null when fewer were given. */
    static PyObject arg(PyObject[] a, int n, int i) {
        return i < n ? a[i] : null;
    }
}
