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
        TYPE.setAttribute("__name__", new PyGetSetDescr(TYPE, "__name__", f -> PyStr.of(((PyFunction) f).name),
                null));
        TYPE.setAttribute("__qualname__", new PyGetSetDescr(TYPE, "__qualname__",
                f -> PyStr.of(((PyFunction) f).qualname), null));
        TYPE.setAttribute("__code__", new PyGetSetDescr(TYPE, "__code__", f -> ((PyFunction) f).code, null));
        TYPE.setAttribute("__defaults__", new PyGetSetDescr(TYPE, "__defaults__",
                f -> ((PyFunction) f).defaults == null ? PyNone.NONE : ((PyFunction) f).defaults, null));
        TYPE.setAttribute("__globals__", new PyGetSetDescr(TYPE, "__globals__", f -> ((PyFunction) f).globals,
                null));
        TYPE.setAttribute("__doc__", new PyGetSetDescr(TYPE, "__doc__", f -> ((PyFunction) f).doc, null));
        TYPE.setAttribute("__module__", new PyGetSetDescr(TYPE, "__module__", f -> ((PyFunction) f).module,
                null));
    }

    /** {@code __code__}. */
    public final PyCode code;
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
    PyObject annotations;
    String name;
    String qualname;
    PyObject doc = PyNone.NONE;
    PyObject module = PyNone.NONE;
    private PyDict dict;

    /** A function over {@code code} in {@code globals}. */
    public PyFunction(PyCode code, PyDict globals, PyDict builtins, String qualname) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = qualname;
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
