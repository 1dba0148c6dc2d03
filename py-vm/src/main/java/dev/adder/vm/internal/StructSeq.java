package dev.adder.vm.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * A struct sequence: a tuple whose items are also named attributes, such as
 * {@code sys.version_info} or {@code sys.flags}. Its repr is {@code module.name(field=value, ...)}.
 *
 * <p>CPython: Objects/structseq.c.
 */
public final class StructSeq extends PyTuple {
    private StructSeq(PyType type, PyObject[] items) {
        super(type, items);
    }

    /**
     * A struct sequence type {@code module.name} with these fields; instances cannot be made from
     * Python (as for {@code sys.flags} and {@code sys.version_info}).
     */
    public static PyType newType(String module, String name, String... fields) {
        PyType t = PyType.builtin(name, StructSeq.class, 0, PyTuple.TYPE);
        String full = module + "." + name;
        t.tp_repr = o -> {
            PyTuple tu = (PyTuple) o;
            StringBuilder sb = new StringBuilder(full).append('(');
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(fields[i]).append('=').append(Abstract.repr(tu.get(i)).value());
            }
            return PyStr.of(sb.append(')').toString());
        };
        t.tp_new = (type, args, nargs, kw) -> {
            throw PyErr.typeError("cannot create '%s' instances", full);
        };
        t.ready();
        PyObject[] names = new PyObject[fields.length];
        for (int i = 0; i < fields.length; i++) {
            final int k = i;
            t.setAttribute(fields[i], new dev.adder.runtime.objects.PyMemberDescr(t, fields[i], o -> ((PyTuple) o).get(k), null));
            names[i] = PyStr.of(fields[i]);
        }
        t.setAttribute("__module__", PyStr.of(module));
        t.setAttribute("n_sequence_fields", PyInt.of(fields.length));
        t.setAttribute("n_fields", PyInt.of(fields.length));
        t.setAttribute("n_unnamed_fields", PyInt.of(0));
        t.setAttribute("__match_args__", PyTuple.of(names));
        return t;
    }

    /** An instance of struct sequence type {@code type}. */
    public static StructSeq make(PyType type, PyObject... values) {
        return new StructSeq(type, values.clone());
    }
}
