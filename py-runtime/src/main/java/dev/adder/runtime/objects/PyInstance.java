package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * An instance of {@code object} itself or of a class defined in Python whose solid base is
 * {@code object}: the type and an instance dictionary.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code object_new} on a heap type with a
 * {@code __dict__}).
 */
public class PyInstance extends PyObject {
    private PyDict dict;

    /** A new instance of {@code type}. */
    public PyInstance(PyType type) {
        super(type);
        if (type.hasFlags(PyType.HEAPTYPE)) {
            dict = new PyDict();
        }
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
