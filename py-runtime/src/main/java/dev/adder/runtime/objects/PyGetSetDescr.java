package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * {@code getset_descriptor}: a computed attribute of a builtin type's instances; a data
 * descriptor (it has {@code __set__} even when read-only).
 *
 * <p>CPython: {@code Objects/descrobject.c} ({@code PyGetSetDescrObject}, {@code getset_get},
 * {@code getset_set}).
 */
public final class PyGetSetDescr extends PyObject {
    /** {@code getset_descriptor}. */
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescr.class, 0);

    private final PyType objtype;
    private final String name;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;

    /** A descriptor; {@code setter} (value null = delete) may be null for a read-only attribute. */
    public PyGetSetDescr(PyType objtype, String name, Function<PyObject, PyObject> getter,
            BiConsumer<PyObject, PyObject> setter) {
        super(TYPE);
        this.objtype = objtype;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtype(objtype)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    objtype.name(), obj.type().name());
        }
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyGetSetDescr g = (PyGetSetDescr) d;
            if (obj == null) {
                return d;
            }
            g.check(obj);
            return g.getter.apply(obj);
        };
        TYPE.tp_descr_set = (d, obj, value) -> {
            PyGetSetDescr g = (PyGetSetDescr) d;
            g.check(obj);
            if (g.setter == null) {
                throw PyErr.attributeError("attribute '%s' of '%s' objects is not writable", g.name,
                        g.objtype.name());
            }
            g.setter.accept(obj, value);
        };
        TYPE.tp_repr = o -> {
            PyGetSetDescr g = (PyGetSetDescr) o;
            return PyStr.of("<attribute '" + g.name + "' of '" + g.objtype.name() + "' objects>");
        };
        TYPE.ready();
        addDescrAttributes(TYPE, o -> ((PyGetSetDescr) o).objtype, o -> ((PyGetSetDescr) o).name);
    }

    /**
     * The attributes every descriptor of a builtin type has ({@code descr_members},
     * {@code descr_getset}): {@code __objclass__}, {@code __name__} (both {@code member_descriptor}s),
     * {@code __qualname__} ("Owner.name") and {@code __doc__} (None: no docstrings are kept).
     */
    public static void addDescrAttributes(PyType t, Function<PyObject, PyType> objclass,
            Function<PyObject, String> name) {
        t.setAttribute("__objclass__", new PyMemberDescr(t, "__objclass__", objclass::apply, null));
        t.setAttribute("__name__", new PyMemberDescr(t, "__name__", o -> PyStr.of(name.apply(o)), null));
        t.setAttribute("__qualname__", new PyGetSetDescr(t, "__qualname__",
                o -> PyStr.of(objclass.apply(o).qualname() + "." + name.apply(o)), null));
        t.setAttribute("__doc__", new PyGetSetDescr(t, "__doc__", o -> PyNone.NONE, null));
    }

    /** {@code descr_reduce}: a descriptor pickles as {@code getattr(objclass, name)}. */
    public static void addDescrReduce(PyType t, Function<PyObject, PyType> objclass,
            Function<PyObject, String> name) {
        PyMethodDescr.noArgs(t, "__reduce__", o -> PyTuple.of(dev.adder.runtime.VmHooks.builtin.apply("getattr"),
                PyTuple.of(objclass.apply(o), PyStr.of(name.apply(o)))));
    }

    /** {@code __text_signature__}: None (the signatures of builtins are not recorded). */
    public static void addTextSignature(PyType t) {
        t.setAttribute("__text_signature__", new PyGetSetDescr(t, "__text_signature__", o -> PyNone.NONE, null));
    }
}
