package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * An instance of {@code object} itself or of a class defined in Python whose solid base is
 * {@code object}: the type, an instance dictionary (unless {@code __slots__} removed it) and the
 * cells of its {@code __slots__}.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code object_new}, {@code PyBaseObject_Type}; a heap
 * type's instance layout with {@code tp_dictoffset} and its member slots).
 */
public class PyInstance extends PyObject implements PyMemberDescr.SlotHolder {
    private PyDict dict;
    private final PyObject[] slots;

    /** A new instance of {@code type}. */
    public PyInstance(PyType type) {
        super(type);
        if (type.instancesHaveDict()) {
            dict = type.newInstanceDict();
        }
        int n = type.slotCount();
        slots = n == 0 ? null : new PyObject[n];
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public PyObject[] slotArray() {
        return slots;
    }

    /** Replaces the instance dictionary ({@code obj.__dict__ = d}). */
    public void setInstanceDict(PyDict d) {
        dict = d;
    }
}
