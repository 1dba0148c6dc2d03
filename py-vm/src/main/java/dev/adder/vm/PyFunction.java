package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * A function defined in Python: code, globals, defaults, closure.
 *
 * <p>CPython: Objects/funcobject.c.
 */
public final class PyFunction extends PyObject {
    /** {@code function}. */
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, PyType.METHOD_DESCRIPTOR);

    static {
        TYPE.tp_call = (f, args, nargs, kw) -> Ceval.callFunction(ThreadState.current(), (PyFunction) f, args, 0,
                nargs, kw);
        TYPE.tp_descr_get = (f, obj, type) -> obj == null ? f : new PyMethod(f, obj);
        TYPE.tp_repr = f -> PyStr.of("<function " + ((PyFunction) f).qualname + " at "
                + dev.adder.runtime.BaseObject.address(f) + ">");
        TYPE.ready();
        FunctionAttributes.install(TYPE);
    }

    /** {@code __code__} (assignable from Python). */
    public PyCode code;
    /** {@code __globals__}. */
    public final PyDict globals;
    /** The builtins of the globals (found when the function is made). */
    final PyDict builtins;
    /** {@code __defaults__} or null. */
    PyTuple defaults;
    /** {@code __kwdefaults__} or null. */
    PyDict kwdefaults;
    /** {@code __closure__} or null. */
    PyTuple closure;
    /** {@code __annotations__}: null, a dict, or (as MAKE_FUNCTION leaves it) a tuple of name/value pairs. */
    PyObject annotations;
    String name;
    String qualname;
    PyObject doc = PyNone.NONE;
    PyObject module = PyNone.NONE;
    PyDict dict;

    /** A function over {@code code} in {@code globals}. */
    public PyFunction(PyCode code, PyDict globals, PyDict builtins, String qualname) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = qualname;
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr d) {
            doc = d; // the compiler puts the docstring (or None) first
        }
        PyObject m = globals.getItem(PyStr.of("__name__"));
        if (m != null) {
            module = m;
        }
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Calls this function from Java. */
    public PyObject call(PyObject... args) {
        return Abstract.call(this, args);
    }
}
