package dev.adder.runtime.objects;

import dev.adder.runtime.PyType;

/**
 * An instance of a class defined in Python whose base is {@code set or frozenset}: the builtin's Java
 * layout plus an instance dictionary.
 *
 * <p>CPython: a heap type's instances get a {@code __dict__} slot after the base's layout
 * ({@code Objects/typeobject.c}, {@code type_new}).
 */
public final class PySetSub extends PySet {
    private final PyDict dict = new PyDict();

    /** An instance of {@code type}, a subclass of {@code set or frozenset}. */
    public PySetSub(PyType type) {
        super(type);
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
