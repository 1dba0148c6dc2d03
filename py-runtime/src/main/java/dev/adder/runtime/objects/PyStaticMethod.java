package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.ArgParse;

/**
 * {@code staticmethod} and {@code classmethod}: wrappers of a callable that change how it binds.
 * A static method's {@code __get__} gives the callable itself; a class method's binds it to the
 * class. Both copy the callable's {@code __name__}, {@code __qualname__}, {@code __doc__} and
 * {@code __module__} into their own {@code __dict__}, as CPython 3.10+ does.
 *
 * <p>CPython: {@code Objects/funcobject.c} ({@code staticmethod}, {@code classmethod},
 * {@code sm_descr_get}, {@code cm_descr_get}, {@code functools_wraps}).
 */
public final class PyStaticMethod extends PyObject implements dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

    /** {@code staticmethod}. */
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, PyType.BASETYPE);
    /** {@code classmethod}. */
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", PyStaticMethod.class, PyType.BASETYPE);

    private PyObject callable;
    private final PyDict dict = new PyDict();

    /** A static method (type {@link #TYPE}) or class method (type {@link #CLASSMETHOD}) or a subclass. */
    public PyStaticMethod(PyType type, PyObject callable) {
        super(type);
        setCallable(callable);
    }

    /** {@code staticmethod(f)}. */
    public static PyStaticMethod staticMethod(PyObject f) {
        return new PyStaticMethod(TYPE, f);
    }

    /** {@code classmethod(f)}. */
    public static PyStaticMethod classMethod(PyObject f) {
        return new PyStaticMethod(CLASSMETHOD, f);
    }

    private void setCallable(PyObject c) {
        this.callable = c;
        if (c == null || c.type().tp_getattro == null) {
            return;
        }
        for (String a : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = Abstract.lookupAttr(c, PyStr.of(a));
            if (v != null) {
                dict.setItem(PyStr.of(a), v);
            }
        }
    }

    /** {@code __func__}. */
    public PyObject callable() {
        return callable;
    }

    /** True for a class method (or a subclass of {@code classmethod}). */
    public boolean isClassMethod() {
        return type().isSubtype(CLASSMETHOD);
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    private static PyObject isAbstract(PyObject self) {
        PyObject c = ((PyStaticMethod) self).callable;
        PyObject v = c == null ? null : Abstract.lookupAttr(c, PyStr.of("__isabstractmethod__"));
        return PyBool.of(v != null && Abstract.isTrue(v));
    }

    static {
        for (PyType t : new PyType[] {TYPE, CLASSMETHOD}) {
            String tn = t.name();
            t.tp_new = (type, a, n, kw) -> new PyStaticMethod(type, null);
            t.tp_repr = o -> PyStr.of("<" + tn + "(" + Abstract.repr(((PyStaticMethod) o).callable).value() + ")>");
            t.ready();
            dev.adder.runtime.SlotWrappers.addWrapper(t, "__init__", (f, self, a, n, kw) -> {
                ArgParse.noKeywords(tn, kw);
                if (n != 1) {
                    throw PyErr.typeError("%s expected 1 argument, got %d", tn, n);
                }
                ((PyStaticMethod) self).setCallable(a[0]);
                return PyNone.NONE;
            });
            t.setAttribute("__func__", new PyMemberDescr(t, "__func__", o -> ((PyStaticMethod) o).callable, null));
            t.setAttribute("__wrapped__", new PyMemberDescr(t, "__wrapped__", o -> ((PyStaticMethod) o).callable,
                    null));
            t.setAttribute("__isabstractmethod__", new PyGetSetDescr(t, "__isabstractmethod__",
                    PyStaticMethod::isAbstract, null));
        }
        TYPE.tp_descr_get = (d, obj, type) -> ((PyStaticMethod) d).callable;
        TYPE.tp_call = (d, a, n, kw) -> Abstract.call(((PyStaticMethod) d).callable, a, n, kw);
        TYPE.modified();
        CLASSMETHOD.tp_descr_get = (d, obj, type) -> {
            PyObject c = ((PyStaticMethod) d).callable;
            if (type == null) {
                type = obj.type();
            }
            PyType ct = c.type();
            if (ct.tp_descr_get != null) {
                return ct.tp_descr_get.get(c, type, type);
            }
            return dev.adder.runtime.VmHooks.newMethod.make(c, type);
        };
        CLASSMETHOD.modified();
        dev.adder.runtime.SlotWrappers.addGeneratedWrappers(TYPE);
        dev.adder.runtime.SlotWrappers.addGeneratedWrappers(CLASSMETHOD);
    }
}
