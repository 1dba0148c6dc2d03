package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.PyException;
import dev.adder.runtime.internal.ArgParse;

/**
 * {@code property}: a data descriptor calling a getter, setter and deleter, with CPython 3.11's
 * messages ("property 'x' of 'C' object has no setter"), its {@code __set_name__} and the
 * {@code getter}/{@code setter}/{@code deleter} copies.
 *
 * <p>CPython: {@code Objects/descrobject.c} ({@code property_init_impl}, {@code property_descr_get},
 * {@code property_descr_set}, {@code property_copy}, {@code property_set_name}).
 */
public final class PyProperty extends PyObject implements dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

    /** {@code property}. */
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, PyType.BASETYPE);

    private PyObject fget;
    private PyObject fset;
    private PyObject fdel;
    private PyObject doc;
    private PyObject name;
    private boolean getterDoc;
    private final PyDict dict;

    /** An empty property of {@code type} (property or a subclass). */
    public PyProperty(PyType type) {
        super(type);
        this.dict = type.instancesHaveDict() ? new PyDict() : null;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    private static PyObject none(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private void init(PyObject g, PyObject s, PyObject d, PyObject docArg) {
        fget = g == PyNone.NONE ? null : g;
        fset = s == PyNone.NONE ? null : s;
        fdel = d == PyNone.NONE ? null : d;
        doc = docArg == PyNone.NONE ? null : docArg;
        getterDoc = false;
        if (doc == null && fget != null) {
            PyObject gd = Abstract.lookupAttr(fget, PyStr.of("__doc__"));
            if (gd != null && gd != PyNone.NONE) {
                doc = gd;
                getterDoc = true;
            }
        }
        if (dict != null && doc != null) {
            dict.setItem(PyStr.of("__doc__"), doc);
        }
    }

    private PyException missing(PyObject obj, String what) {
        String tn = obj.type().name();
        if (name != null) {
            return PyErr.attributeError("property %s of '%s' object has no %s", Abstract.repr(name).value(), tn, what);
        }
        return PyErr.attributeError("property of '%s' object has no %s", tn, what);
    }

    private PyObject copy(PyObject g, PyObject s, PyObject d) {
        PyProperty old = this;
        PyObject newDoc = old.getterDoc && g != old.fget ? PyNone.NONE : none(old.doc);
        PyObject r;
        if (type() == TYPE) {
            PyProperty p = new PyProperty(TYPE);
            p.init(none(g), none(s), none(d), newDoc);
            r = p;
        } else {
            r = Abstract.call(type(), none(g), none(s), none(d), newDoc);
        }
        if (r instanceof PyProperty p) {
            p.name = old.name;
        }
        return r;
    }

    private static PyProperty self(PyObject o) {
        return (PyProperty) o;
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> new PyProperty(type);
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyProperty p = self(d);
            if (obj == null) {
                return d;
            }
            if (p.fget == null) {
                throw p.missing(obj, "getter");
            }
            return Abstract.call(p.fget, obj);
        };
        TYPE.tp_descr_set = (d, obj, value) -> {
            PyProperty p = self(d);
            if (value == null) {
                if (p.fdel == null) {
                    throw p.missing(obj, "deleter");
                }
                Abstract.call(p.fdel, obj);
            } else {
                if (p.fset == null) {
                    throw p.missing(obj, "setter");
                }
                Abstract.call(p.fset, obj, value);
            }
        };
        TYPE.ready();
        SlotWrappers.addWrapper(TYPE, "__init__", (f, s, a, n, kw) -> {
            PyObject[] v = ArgParse.bind("property", a, n, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0);
            self(s).init(none(v[0]), none(v[1]), none(v[2]), none(v[3]));
            return PyNone.NONE;
        });
        TYPE.setAttribute("fget", new PyMemberDescr(TYPE, "fget", o -> none(self(o).fget), null));
        TYPE.setAttribute("fset", new PyMemberDescr(TYPE, "fset", o -> none(self(o).fset), null));
        TYPE.setAttribute("fdel", new PyMemberDescr(TYPE, "fdel", o -> none(self(o).fdel), null));
        TYPE.setAttribute("__doc__", new PyMemberDescr(TYPE, "__doc__", o -> none(self(o).doc),
                (o, v) -> self(o).doc = v == null || v == PyNone.NONE ? null : v));
        TYPE.setAttribute("__isabstractmethod__", new PyGetSetDescr(TYPE, "__isabstractmethod__", o -> {
            PyProperty p = self(o);
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
                if (f != null) {
                    PyObject v = Abstract.lookupAttr(f, PyStr.of("__isabstractmethod__"));
                    if (v != null && Abstract.isTrue(v)) {
                        return PyBool.TRUE;
                    }
                }
            }
            return PyBool.FALSE;
        }, null));
        PyMethodDescr.oneArg(TYPE, "getter", (o, f) -> self(o).copy(f, self(o).fset, self(o).fdel));
        PyMethodDescr.oneArg(TYPE, "setter", (o, f) -> self(o).copy(self(o).fget, f, self(o).fdel));
        PyMethodDescr.oneArg(TYPE, "deleter", (o, f) -> self(o).copy(self(o).fget, self(o).fset, f));
        PyMethodDescr.varArgs(TYPE, "__set_name__", 2, 2, (o, a, n) -> {
            self(o).name = a[1];
            return PyNone.NONE;
        });
        SlotWrappers.addGeneratedWrappers(TYPE);
    }
}
