package dev.adder.runtime;

/**
 * The root of every Python object: a Java object that knows its Python type.
 *
 * <p>CPython: {@code Include/object.h} ({@code PyObject}, {@code ob_type}). Reference counts have
 * no counterpart; the JVM's collector owns memory. {@link #type()} is a read of a final field.
 */
public abstract class PyObject {
    private PyType type;

    /** Makes an object of Python type {@code type}. */
    protected PyObject(PyType type) {
        this.type = type;
    }

    /** Only for the metatype {@code type} itself, whose type is itself. */
    PyObject() {
        this.type = (PyType) this;
    }

    /** {@code __class__} assignment, after its checks ({@code object_set_class}). */
    final void setType(PyType t) {
        this.type = t;
    }

    /** The object's Python type ({@code type(self)}). */
    public final PyType type() {
        return type;
    }

    /**
     * The instance dictionary ({@code __dict__}), or null when the object has none. Builtin
     * instances have none; instances of Python classes and of their builtin-subclass carriers do.
     */
    public dev.adder.runtime.objects.PyDict instanceDict() {
        return null;
    }

    /** A Java-side description for debugging: Python's repr where that is cheap to compute. */
    @Override
    public String toString() {
        try {
            return Abstract.repr(this).value();
        } catch (PyException e) {
            return "<" + type.name() + " object>";
        }
    }
}
