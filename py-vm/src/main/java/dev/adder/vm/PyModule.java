package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyStr;

/**
 * A module object: a name and a dictionary.
 *
 * <p>CPython: Objects/moduleobject.c.
 */
public final class PyModule extends PyObject implements PyBuiltinFunction.PyModuleLike {
    /** {@code module}. */
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyType.BASETYPE);

    static {
        TYPE.tp_repr = o -> {
            PyModule m = (PyModule) o;
            PyObject f = m.dict.getItem(PyStr.of("__file__"));
            return PyStr.of("<module '" + m.name + "'" + (f instanceof PyStr s ? " from '" + s.value() + "'"
                    : " (built-in)") + ">");
        };
        TYPE.tp_getattro = (o, name) -> {
            PyObject v = Abstract.genericGetAttr(o, name);
            if (v == null) {
                throw PyErr.format(PyExc.AttributeError, "module '%s' has no attribute '%s'", ((PyModule) o).name,
                        name.value());
            }
            return v;
        };
        TYPE.ready();
    }

    /** {@code __name__}. */
    public final String name;
    /** {@code __dict__}. */
    public final PyDict dict;

    /** A module named {@code name} with a fresh dictionary. */
    public PyModule(String name) {
        super(TYPE);
        this.name = name;
        this.dict = new PyDict();
        dict.setItem(PyStr.of("__name__"), PyStr.of(name));
        dict.setItem(PyStr.of("__doc__"), dev.adder.runtime.objects.PyNone.NONE);
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
