package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots.BinaryFunc;

/**
 * {@code bool}: a subclass of {@code int} with the two instances {@code False} and {@code True}.
 * {@code &}, {@code |} and {@code ^} of two bools give a bool; other arithmetic is int's.
 *
 * <p>CPython: {@code Objects/boolobject.c}.
 */
public final class PyBool extends PyInt {
    /** {@code bool} (not subclassable). */
    public static final PyType TYPE = PyType.builtin("bool", PyBool.class, 0, PyInt.TYPE);
    /** {@code False}. */
    public static final PyBool FALSE = new PyBool(0);
    /** {@code True}. */
    public static final PyBool TRUE = new PyBool(1);

    private PyBool(long v) {
        super(TYPE, v, null);
    }

    /** {@code True} or {@code False}. */
    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    private static BinaryFunc logical(NumberOp op) {
        BinaryFunc intOp = PyInt.TYPE.nb_binary[op.ordinal()];
        return (a, b) -> {
            if (a instanceof PyBool && b instanceof PyBool) {
                boolean x = a == TRUE;
                boolean y = b == TRUE;
                return of(op == NumberOp.AND ? x & y : op == NumberOp.OR ? x | y : x ^ y);
            }
            return intOp.apply(a, b);
        };
    }

    static {
        TYPE.tp_repr = o -> PyStr.of(o == TRUE ? "True" : "False");
        TYPE.nb_binary[NumberOp.AND.ordinal()] = logical(NumberOp.AND);
        TYPE.nb_binary[NumberOp.OR.ordinal()] = logical(NumberOp.OR);
        TYPE.nb_binary[NumberOp.XOR.ordinal()] = logical(NumberOp.XOR);
        TYPE.tp_new = (type, args, nargs, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("bool() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw PyErr.typeError("bool expected at most 1 argument, got %d", nargs);
            }
            return nargs == 0 ? FALSE : of(Abstract.isTrue(args[0]));
        };
        TYPE.ready();
    }

    /** The value as a Java boolean. */
    public boolean booleanValue() {
        return this == TRUE;
    }

}
