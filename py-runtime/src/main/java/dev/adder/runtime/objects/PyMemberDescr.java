package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;

/**
 * {@code member_descriptor}: one name of a class's {@code __slots__}, stored in a cell of the
 * instance's slot array.
 *
 * <p>CPython: {@code Objects/descrobject.c} ({@code PyMemberDescrObject}, {@code member_get},
 * {@code member_set}) and {@code Python/structmember.c} ({@code T_OBJECT_EX}).
 */
public final class PyMemberDescr extends PyObject {
    /** {@code member_descriptor}. */
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class, 0);

    /** Objects with {@code __slots__} storage. */
    public interface SlotHolder {
        /** The slot array (null when the type has no slots). */
        PyObject[] slotArray();
    }

    private final PyType objtype;
    private final String name;
    private final int index;

    /** The descriptor of slot {@code index} of {@code objtype}, named {@code name}. */
    public PyMemberDescr(PyType objtype, String name, int index) {
        super(TYPE);
        this.objtype = objtype;
        this.name = name;
        this.index = index;
    }

    private PyObject[] cells(PyObject obj) {
        if (!obj.type().isSubtype(objtype)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    objtype.name(), obj.type().name());
        }
        PyObject[] s = obj instanceof SlotHolder h ? h.slotArray() : null;
        if (s == null || index >= s.length) {
            throw PyErr.systemError("slot '%s' missing in '%s' object", name, obj.type().name());
        }
        return s;
    }

    static {
        TYPE.tp_descr_get = (d, obj, type) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            if (obj == null) {
                return d;
            }
            PyObject v = m.cells(obj)[m.index];
            if (v == null) {
                throw PyErr.noAttribute(obj, PyStr.of(m.name));
            }
            return v;
        };
        TYPE.tp_descr_set = (d, obj, value) -> {
            PyMemberDescr m = (PyMemberDescr) d;
            PyObject[] s = m.cells(obj);
            if (value == null && s[m.index] == null) {
                throw PyErr.attributeError("%s", m.name);
            }
            s[m.index] = value;
        };
        TYPE.tp_repr = o -> PyStr.of("<member '" + ((PyMemberDescr) o).name + "' of '"
                + ((PyMemberDescr) o).objtype.name() + "' objects>");
        TYPE.ready();
        TYPE.setAttribute("__name__", new PyGetSetDescr(TYPE, "__name__", o -> PyStr.of(((PyMemberDescr) o).name),
                null));
        TYPE.setAttribute("__objclass__", new PyGetSetDescr(TYPE, "__objclass__", o -> ((PyMemberDescr) o).objtype,
                null));
        // a slot's member has no docstring (not object's)
        TYPE.setAttribute("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> PyNone.NONE, null));
        SlotWrappers.addGeneratedWrappers(TYPE);
    }
}
