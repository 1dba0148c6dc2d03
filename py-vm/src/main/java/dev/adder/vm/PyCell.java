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
        TYPE.tp_repr = o -> {
            PyObject v = ((PyCell) o).ref;
            String at = "<cell at " + dev.adder.runtime.BaseObject.address(o) + ": ";
            return PyStr.of(v == null ? at + "empty>" : at + v.type().name() + " object at "
                    + dev.adder.runtime.BaseObject.address(v) + ">");
        };
        // cell_new: cell(contents=<empty>, /)
        TYPE.tp_new = (type, a, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw dev.adder.runtime.PyErr.typeError("cell() takes no keyword arguments");
            }
            dev.adder.runtime.objects.PyMethodDescr.checkArity("cell", n, 0, 1);
            return new PyCell(n == 1 ? a[0] : null);
        };
        // cell_richcompare: the contents; an empty cell is less than a full one
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyCell cb)) {
                return dev.adder.runtime.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject x = ((PyCell) a).ref;
            PyObject y = cb.ref;
            if (x != null && y != null) {
                return dev.adder.runtime.Abstract.richCompare(x, y, op);
            }
            int l = y == null ? 1 : 0;
            int r = x == null ? 1 : 0;
            boolean res = switch (op) {
                case LT -> l < r;
                case LE -> l <= r;
                case EQ -> l == r;
                case NE -> l != r;
                case GT -> l > r;
                case GE -> l >= r;
            };
            return dev.adder.runtime.objects.PyBool.of(res);
        };
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
