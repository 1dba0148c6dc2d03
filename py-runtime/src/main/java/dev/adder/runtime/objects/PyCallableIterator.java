package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;

/**
 * {@code callable_iterator}, made by {@code iter(callable, sentinel)}: calls the callable until it
 * returns a value equal to the sentinel (or raises {@code StopIteration}).
 *
 * <p>CPython: Objects/iterobject.c ({@code calliterobject}).
 */
public final class PyCallableIterator extends PyObject {
    /** {@code callable_iterator}. */
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyCallableIterator.class, 0);

    private PyObject callable;
    private PyObject sentinel;

    /** {@code iter(callable, sentinel)}. */
    public PyCallableIterator(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    /** The next value, or null once the sentinel was seen. */
    public PyObject next() {
        PyObject fn = callable;
        if (fn == null) {
            return null;
        }
        PyObject v;
        try {
            v = Abstract.call(fn);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                callable = null;
                sentinel = null;
                return null;
            }
            throw e;
        }
        PyObject s = sentinel;
        if (s == null) {
            return null; // the call exhausted this iterator (re-entrantly): CPython's gh-101892
        }
        if (Abstract.richCompareBool(s, v, CompareOp.EQ)) { // the sentinel's __eq__ first, as CPython
            callable = null;
            sentinel = null;
            return null;
        }
        return v;
    }

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyCallableIterator) o).next();
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            PyCallableIterator it = (PyCallableIterator) o;
            PyObject iter = dev.adder.runtime.VmHooks.builtin.apply("iter");
            return it.callable != null && it.sentinel != null ? PyTuple.of(iter, PyTuple.of(it.callable, it.sentinel))
                    : PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
        });
        TYPE.ready();
    }
}
