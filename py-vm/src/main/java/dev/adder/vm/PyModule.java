package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.runtime.objects.PyStr;

/**
 * A module object: a name and a dictionary.
 *
 * <p>CPython: Objects/moduleobject.c.
 */
public final class PyModule extends PyObject implements PyBuiltinFunction.PyModuleLike, dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

    /** {@code module}. */
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyType.BASETYPE);

    static {
        TYPE.tp_repr = PyModule::repr;
        TYPE.tp_getattro = (o, name) -> {
            PyObject v;
            try {
                v = Abstract.genericGetAttr(o, name);
            } catch (dev.adder.runtime.PyException e) {
                // an AttributeError out of a descriptor (an empty slot, a property) falls back too
                if (!e.matches(PyExc.AttributeError)) {
                    throw e;
                }
                v = null;
            }
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
        // new_module: an empty module; module.__init__ names it
        TYPE.tp_new = (type, a, n, kw) -> new PyModule((PyType) type);
        dev.adder.runtime.BaseObject.addInstanceDictDescriptor(TYPE);
        TYPE.ready();
        dev.adder.runtime.SlotWrappers.addWrapper(TYPE, "__init__", (f, self, a, n, kw) -> {
            init((PyModule) self, a, n, kw);
            return PyNone.NONE;
        });
        // CPython's ModuleType has its own __setattr__/__delattr__ (the generic ones)
        dev.adder.runtime.SlotWrappers.addWrapper(TYPE, "__setattr__", (f, self, a, n, kw) -> {
            dev.adder.runtime.objects.PyMethodDescr.noKeywords("__setattr__", kw);
            dev.adder.runtime.objects.PyMethodDescr.checkArity("__setattr__", n, 2, 2);
            TYPE.tp_setattro.set(self, attrName(a[0]), a[1]);
            return PyNone.NONE;
        });
        dev.adder.runtime.SlotWrappers.addWrapper(TYPE, "__delattr__", (f, self, a, n, kw) -> {
            dev.adder.runtime.objects.PyMethodDescr.noKeywords("__delattr__", kw);
            dev.adder.runtime.objects.PyMethodDescr.checkArity("__delattr__", n, 1, 1);
            TYPE.tp_setattro.set(self, attrName(a[0]), null);
            return PyNone.NONE;
        });
        dev.adder.runtime.objects.PyMethodDescr.noArgs(TYPE, "__dir__", PyModule::dir);
        TYPE.setAttribute("__annotations__", new dev.adder.runtime.objects.PyGetSetDescr(TYPE, "__annotations__",
                PyModule::getAnnotations, PyModule::setAnnotations));
        TYPE.modified();
    }

    private static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("attribute name must be string, not '%s'", o.type().name());
    }

    /** {@code module___init___impl}: {@code module(name, doc=None)}. */
    private static void init(PyModule m, PyObject[] a, int n, PyTuple kw) {
        PyObject name = n > 0 ? a[0] : null;
        PyObject doc = n > 1 ? a[1] : PyNone.NONE;
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
        if (!(name instanceof PyStr)) {
            throw PyErr.typeError("module() argument 'name' must be str, not %s", name.type().name());
        }
        m.dict.setItem(PyStr.of("__name__"), name);
        m.dict.setItem(PyStr.of("__doc__"), doc);
        m.dict.setItem(PyStr.of("__package__"), PyNone.NONE);
        m.dict.setItem(PyStr.of("__loader__"), PyNone.NONE);
        m.dict.setItem(PyStr.of("__spec__"), PyNone.NONE);
    }

    private static PyDict moduleDict(PyObject o) {
        PyObject d = Abstract.getAttr(o, PyStr.of("__dict__"));
        if (!(d instanceof PyDict dict)) {
            throw PyErr.typeError("<module>.__dict__ is not a dictionary");
        }
        return dict;
    }

    /** {@code module_dir}: the module's own {@code __dir__} function if it has one, else its names. */
    private static PyObject dir(PyObject o) {
        PyDict d = moduleDict(o);
        PyObject f = d.getItem(PyStr.of("__dir__"));
        if (f != null) {
            return Abstract.call(f);
        }
        return Abstract.call(dev.adder.runtime.objects.PyList.TYPE, d);
    }

    /** {@code module_get_annotations}: made empty on first use and kept in the module's dict. */
    private static PyObject getAnnotations(PyObject o) {
        PyDict d = moduleDict(o);
        PyObject a = d.getItem(PyStr.of("__annotations__"));
        if (a == null) {
            a = new PyDict();
            d.setItem(PyStr.of("__annotations__"), a);
        }
        return a;
    }

    /** {@code module_set_annotations}. */
    private static void setAnnotations(PyObject o, PyObject v) {
        PyDict d = moduleDict(o);
        PyStr key = PyStr.of("__annotations__");
        if (v != null) {
            d.setItem(key, v);
        } else if (d.getItem(key) == null) {
            throw PyErr.format(PyExc.AttributeError, "__annotations__");
        } else {
            d.delItem(key);
        }
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

    /** A module of type {@code type} with an empty dictionary (named by {@code __init__}). */
    PyModule(PyType type) {
        super(type);
        this.name = "?";
        this.dict = new PyDict();
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
