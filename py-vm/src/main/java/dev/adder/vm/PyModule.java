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
        TYPE.tp_repr = PyModule::repr;
        TYPE.tp_getattro = (o, name) -> {
            PyObject v = Abstract.genericGetAttr(o, name);
            if (v == null) {
                PyModule m = (PyModule) o;
                PyObject getattr = m.dict.getItem(PyStr.of("__getattr__"));
                if (getattr != null) {
                    return Abstract.call(getattr, name);
                }
                PyObject n = m.dict.getItem(PyStr.of("__name__"));
                if (!(n instanceof PyStr mn)) {
                    throw PyErr.format(PyExc.AttributeError, "module has no attribute '%s'", name.value());
                }
                PyObject spec = m.dict.getItem(PyStr.of("__spec__"));
                PyObject init = spec == null || spec == dev.adder.runtime.objects.PyNone.NONE ? null
                        : Abstract.lookupAttr(spec, PyStr.of("_initializing"));
                if (init != null && Abstract.isTrue(init)) {
                    throw PyErr.format(PyExc.AttributeError, "partially initialized module '%s' has no attribute "
                            + "'%s' (most likely due to a circular import)", mn.value(), name.value());
                }
                throw PyErr.format(PyExc.AttributeError, "module '%s' has no attribute '%s'", mn.value(),
                        name.value());
            }
            return v;
        };
        TYPE.tp_new = (type, a, n, kw) -> {
            PyObject name = n > 0 ? a[0] : null;
            PyObject doc = n > 1 ? a[1] : dev.adder.runtime.objects.PyNone.NONE;
            for (int i = 0; kw != null && i < kw.size(); i++) {
                String k = ((PyStr) kw.get(i)).value();
                if (k.equals("name") && name == null) {
                    name = a[n + i];
                } else if (k.equals("doc") && n < 2) {
                    doc = a[n + i];
                } else {
                    throw PyErr.typeError("'%s' is an invalid keyword argument for module()", k);
                }
            }
            if (n > 2) {
                throw PyErr.typeError("module() takes at most 2 arguments (%d given)", n);
            }
            if (name == null) {
                throw PyErr.typeError("module() missing required argument 'name' (pos 1)");
            }
            if (!(name instanceof PyStr s)) {
                throw PyErr.typeError("module() argument 'name' must be str, not %s", name.type().name());
            }
            PyModule m = new PyModule((PyType) type, s.value());
            m.dict.setItem(PyStr.of("__doc__"), doc);
            return m;
        };
        dev.adder.runtime.BaseObject.addInstanceDictDescriptor(TYPE);
        TYPE.ready();
    }

    /** CPython 3.11's {@code importlib._bootstrap._module_repr}. */
    private static PyStr repr(PyObject o) {
        PyModule m = (PyModule) o;
        PyObject nameObj = m.dict.getItem(PyStr.of("__name__"));
        String name = nameObj == null ? "?" : Abstract.str(nameObj).value();
        PyObject loader = m.dict.getItem(PyStr.of("__loader__"));
        PyObject spec = m.dict.getItem(PyStr.of("__spec__"));
        PyObject none = dev.adder.runtime.objects.PyNone.NONE;
        if (spec != null && spec != none) {
            PyObject sn = Abstract.lookupAttr(spec, PyStr.of("name"));
            String specName = sn == null || sn == none ? "?" : Abstract.str(sn).value();
            PyObject origin = Abstract.lookupAttr(spec, PyStr.of("origin"));
            PyObject sl = Abstract.lookupAttr(spec, PyStr.of("loader"));
            if (origin == null || origin == none) {
                if (sl == null || sl == none) {
                    return PyStr.of("<module " + Abstract.repr(PyStr.of(specName)).value() + ">");
                }
                return PyStr.of("<module " + Abstract.repr(PyStr.of(specName)).value() + " ("
                        + Abstract.repr(sl).value() + ")>");
            }
            PyObject has = Abstract.lookupAttr(spec, PyStr.of("has_location"));
            if (has != null && Abstract.isTrue(has)) {
                return PyStr.of("<module " + Abstract.repr(PyStr.of(specName)).value() + " from "
                        + Abstract.repr(origin).value() + ">");
            }
            return PyStr.of("<module " + Abstract.repr(PyStr.of(specName)).value() + " ("
                    + Abstract.str(origin).value() + ")>");
        }
        PyObject file = m.dict.getItem(PyStr.of("__file__"));
        if (file == null) {
            if (loader == null || loader == none) {
                return PyStr.of("<module " + Abstract.repr(PyStr.of(name)).value() + ">");
            }
            return PyStr.of("<module " + Abstract.repr(PyStr.of(name)).value() + " (" + Abstract.repr(loader).value()
                    + ")>");
        }
        return PyStr.of("<module " + Abstract.repr(PyStr.of(name)).value() + " from " + Abstract.repr(file).value()
                + ">");
    }

    /** {@code __name__}. */
    public final String name;
    /** {@code __dict__}. */
    public final PyDict dict;

    /** A module named {@code name} with a fresh dictionary. */
    public PyModule(String name) {
        this(TYPE, name);
    }

    /** A module of type {@code type} (a subclass of {@code types.ModuleType}) named {@code name}. */
    PyModule(PyType type, String name) {
        super(type);
        this.name = name;
        this.dict = new PyDict();
        dict.setItem(PyStr.of("__name__"), PyStr.of(name));
        dict.setItem(PyStr.of("__doc__"), dev.adder.runtime.objects.PyNone.NONE);
        dict.setItem(PyStr.of("__package__"), dev.adder.runtime.objects.PyNone.NONE);
        dict.setItem(PyStr.of("__loader__"), dev.adder.runtime.objects.PyNone.NONE);
        dict.setItem(PyStr.of("__spec__"), dev.adder.runtime.objects.PyNone.NONE);
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
