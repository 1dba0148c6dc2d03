package dev.adder.vm.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyStr;

/**
 * {@code types.SimpleNamespace}: an object whose attributes live in its dictionary, with the
 * repr {@code namespace(a=1, b=2)}. Used for {@code sys.implementation}.
 *
 * <p>CPython: Objects/namespaceobject.c.
 */
public final class SimpleNamespace extends PyObject {
    /** {@code types.SimpleNamespace}. */
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", SimpleNamespace.class, PyType.BASETYPE);

    static {
        TYPE.tp_repr = o -> {
            PyDict d = ((SimpleNamespace) o).dict;
            StringBuilder sb = new StringBuilder("namespace(");
            boolean first = true;
            for (int j = d.nextEntry(0); j >= 0; j = d.nextEntry(j + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.str(d.keyAt(j)).value()).append('=').append(Abstract.repr(d.valueAt(j)).value());
            }
            return PyStr.of(sb.append(')').toString());
        };
        TYPE.ready();
        TYPE.setAttribute("__module__", PyStr.of("types"));
    }

    private final PyDict dict = new PyDict();

    /** An empty namespace. */
    public SimpleNamespace() {
        super(TYPE);
    }

    /** Sets attribute {@code name}. */
    public SimpleNamespace set(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
        return this;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }
}
