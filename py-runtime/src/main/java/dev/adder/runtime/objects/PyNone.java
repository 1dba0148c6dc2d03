package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code None}, the only instance of {@code NoneType}.
 *
 * <p>CPython: {@code Objects/object.c} ({@code _Py_NoneStruct}, {@code none_repr}, {@code none_bool}).
 */
public final class PyNone extends PyObject {
    /** {@code NoneType}. */
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, 0);
    /** {@code None}. */
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(TYPE);
    }

    static {
        TYPE.tp_repr = o -> PyStr.of("None");
        TYPE.nb_bool = o -> false;
        TYPE.tp_hash = o -> 0xFCA86420L;
        TYPE.tp_new = (t, a, n, kw) -> {
            if (n != 0 || (kw != null && kw.size() > 0)) {
                throw PyErr.typeError("NoneType takes no arguments");
            }
            return NONE;
        };
        TYPE.ready();
        // CPython's NoneType has no __hash__ of its own (hash(None) is object's)
        TYPE.dict().delItem(PyStr.of("__hash__"));
        TYPE.modified();
    }
}
