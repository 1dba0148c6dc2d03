package dev.adder.runtime;

import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The signatures of a type's slots, as small functional interfaces.
 *
 * <p>CPython: {@code Include/cpython/object.h} ({@code unaryfunc}, {@code binaryfunc},
 * {@code richcmpfunc}, {@code getattrofunc}, {@code descrgetfunc}, ...). Two differences: a slot
 * that CPython lets return NULL with an error set throws {@link PyException} here, and "not found"
 * or "exhausted" is a null return where the interface says so (never an exception).
 */
public final class Slots {
    private Slots() {
    }

    /** {@code unaryfunc}: {@code nb_negative}, {@code tp_repr}, {@code tp_iter}, ... */
    @FunctionalInterface
    public interface UnaryFunc {
        PyObject apply(PyObject a);
    }

    /** {@code binaryfunc}: {@code nb_add} and the other binary number slots; may return NotImplemented. */
    @FunctionalInterface
    public interface BinaryFunc {
        PyObject apply(PyObject a, PyObject b);
    }

    /** {@code ternaryfunc}: {@code nb_power} (third operand None when absent). */
    @FunctionalInterface
    public interface TernaryFunc {
        PyObject apply(PyObject a, PyObject b, PyObject c);
    }

    /** {@code inquiry}: {@code nb_bool}. */
    @FunctionalInterface
    public interface Inquiry {
        boolean test(PyObject a);
    }

    /** {@code lenfunc}: {@code sq_length}/{@code mp_length}. */
    @FunctionalInterface
    public interface LenFunc {
        int length(PyObject a);
    }

    /** {@code hashfunc}: {@code tp_hash}; never returns -1. */
    @FunctionalInterface
    public interface HashFunc {
        long hash(PyObject a);
    }

    /** {@code richcmpfunc}: {@code tp_richcompare}; may return NotImplemented. */
    @FunctionalInterface
    public interface RichCmpFunc {
        PyObject compare(PyObject a, PyObject b, CompareOp op);
    }

    /** {@code getattrofunc}: {@code tp_getattro}; returns null when the attribute is missing. */
    @FunctionalInterface
    public interface GetAttroFunc {
        PyObject get(PyObject o, PyStr name);
    }

    /** {@code setattrofunc}: {@code tp_setattro}; {@code value} null means delete. */
    @FunctionalInterface
    public interface SetAttroFunc {
        void set(PyObject o, PyStr name, PyObject value);
    }

    /** {@code descrgetfunc}: {@code tp_descr_get}; {@code obj} null for access through the type. */
    @FunctionalInterface
    public interface DescrGetFunc {
        PyObject get(PyObject descr, PyObject obj, PyType type);
    }

    /** {@code descrsetfunc}: {@code tp_descr_set}; {@code value} null means delete. */
    @FunctionalInterface
    public interface DescrSetFunc {
        void set(PyObject descr, PyObject obj, PyObject value);
    }

    /** {@code objobjargproc}: {@code mp_ass_subscript}; {@code value} null means delete. */
    @FunctionalInterface
    public interface ObjObjArgProc {
        void set(PyObject o, PyObject key, PyObject value);
    }

    /** {@code objobjproc}: {@code sq_contains}. */
    @FunctionalInterface
    public interface ObjObjProc {
        boolean test(PyObject o, PyObject key);
    }

    /** {@code iternextfunc}: {@code tp_iternext}; returns null when exhausted. */
    @FunctionalInterface
    public interface IterNextFunc {
        PyObject next(PyObject it);
    }

    /**
     * {@code vectorcallfunc}/{@code ternaryfunc tp_call}: positional arguments are
     * {@code args[0..nargs)}, keyword values follow them, named by {@code kwnames} (null for none).
     */
    @FunctionalInterface
    public interface CallFunc {
        PyObject call(PyObject callable, PyObject[] args, int nargs, PyTuple kwnames);
    }

    /** {@code newfunc}: {@code tp_new}, arguments as for {@link CallFunc}. */
    @FunctionalInterface
    public interface NewFunc {
        PyObject make(PyType type, PyObject[] args, int nargs, PyTuple kwnames);
    }
}
