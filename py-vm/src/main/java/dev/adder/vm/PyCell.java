package dev.adder.vm;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyStr;

/**
 * A cell holding a variable shared between a function and the functions nested in it.
 *
 * <p>CPython: Objects/cellobject.c.
 */
public final class PyCell extends PyObject {
    /** {@code cell}. */
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, 0);

    static {
        TYPE.tp_repr = o -> PyStr.of(((PyCell) o).ref == null ? "<cell at " + dev.adder.runtime.BaseObject.address(o)
                + ": empty>" : "<cell at " + dev.adder.runtime.BaseObject.address(o) + ">");
        TYPE.ready();
        TYPE.setAttribute("cell_contents", new dev.adder.runtime.objects.PyGetSetDescr(TYPE, "cell_contents", o -> {
            PyObject v = ((PyCell) o).ref;
            if (v == null) {
                throw dev.adder.runtime.PyErr.valueError("Cell is empty");
            }
            return v;
        }, (o, v) -> ((PyCell) o).ref = v));
    }

    /** The contents (null when empty). */
    public PyObject ref;

    /** A cell holding {@code ref}. */
    public PyCell(PyObject ref) {
        super(TYPE);
        this.ref = ref;
    }
}
