package dev.adder.runtime.objects;

import dev.adder.runtime.PyType;

/**
 * An instance of a class defined in Python whose base is {@code set or frozenset}: the builtin's Java
 * layout plus an instance dictionary.
 *
 * <p>CPython: a heap type's instances get a {@code __dict__} slot after the base's layout
 * ({@code Objects/typeobject.c}, {@code type_new}).
 */
public final class PySetSub extends PySet implements PyMemberDescr.SlotHolder {
    private final PyDict dict;
    private final dev.adder.runtime.PyObject[] slots;

    /** An instance of {@code type}, a subclass of {@code set or frozenset}. */
    public PySetSub(PyType type) {
        super(type);
        dict = type.instancesHaveDict() ? new PyDict() : null;
        slots = type.slotCount() == 0 ? null : new dev.adder.runtime.PyObject[type.slotCount()];
    }

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
