package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: the value of {@code int | str}, usable with {@code isinstance} and
 * {@code issubclass}. Its arguments are flattened and without duplicates; {@code None} stands
 * for {@code NoneType}.
 *
 * <p>CPython: Objects/unionobject.c.
 */
public final class PyUnionType extends PyObject {
    /** {@code types.UnionType}. */
    public static final PyType TYPE = PyType.builtin("types.UnionType", PyUnionType.class, 0);

    private final PyTuple args;

    private PyUnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    /** {@code __args__}. */
    public PyTuple args() {
        return args;
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyUnionType
                || o instanceof PyGenericAlias;
    }

    /** {@code a | b} for types, None and unions; NotImplemented for anything else. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) {
            return items.get(0);
        }
        return new PyUnionType(PyTuple.of(items.toArray(new PyObject[0])));
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args.items()) {
                add(items, x);
            }
            return;
        }
        if (o == PyNone.NONE) {
            o = PyNone.NONE.type();
        }
        for (PyObject x : items) {
            if (x == o || (!(x instanceof PyType) && !(o instanceof PyType)
                    && Abstract.richCompareBool(x, o, CompareOp.EQ))) {
                return;
            }
        }
        items.add(o);
    }

    /** Installs {@code type.__or__}/{@code __ror__} when the type slots have none. */
    public static void installTypeOr() {
        int i = NumberOp.OR.ordinal();
        if (PyType.TYPE.nb_binary[i] == null) {
            PyType.TYPE.nb_binary[i] = PyUnionType::or;
        }
        // type.__or__ / type.__ror__ as slot wrappers
        dev.adder.runtime.SlotWrappers.addWrapper(PyType.TYPE, "__or__", (f, self, a, n, kw) -> {
            orArgs("__or__", n, kw);
            return or(self, a[0]);
        });
        dev.adder.runtime.SlotWrappers.addWrapper(PyType.TYPE, "__ror__", (f, self, a, n, kw) -> {
            orArgs("__ror__", n, kw);
            return or(a[0], self);
        });
        PyType.TYPE.modified();
    }

    private static void orArgs(String name, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw dev.adder.runtime.PyErr.typeError("wrapper %s() takes no keyword arguments", name);
        }
        if (n != 1) {
            throw dev.adder.runtime.PyErr.typeError("expected 1 argument, got %d", n);
        }
    }

    private static String reprItem(PyObject o) {
        if (o == PyNone.NONE.type()) {
            return "None";
        }
        if (o instanceof PyType t) {
            PyObject m = t.hasFlags(PyType.HEAPTYPE) ? t.dict().getItem(PyStr.of("__module__")) : null;
            String mod = m instanceof PyStr s ? s.value() : "builtins";
            return mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
        }
        return Abstract.repr(o).value();
    }

    private boolean sameArgs(PyUnionType o) {
        if (args.size() != o.args.size()) {
            return false;
        }
        for (PyObject x : args.items()) {
            boolean found = false;
            for (PyObject y : o.args.items()) {
                if (x == y || Abstract.richCompareBool(x, y, CompareOp.EQ)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static {
        TYPE.tp_repr = o -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject x : ((PyUnionType) o).args.items()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(reprItem(x));
            }
            return PyStr.of(sb.toString());
        };
        TYPE.nb_binary[NumberOp.OR.ordinal()] = PyUnionType::or;
        TYPE.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyUnionType) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(((PyUnionType) a).sameArgs((PyUnionType) b) == (op == CompareOp.EQ));
        };
        TYPE.tp_hash = o -> {
            long h = 0;
            for (PyObject x : ((PyUnionType) o).args.items()) {
                h ^= Abstract.hash(x);
            }
            return h == -1 ? -2 : h;
        };
        TYPE.setAttribute("__args__", new PyMemberDescr(TYPE, "__args__", o -> ((PyUnionType) o).args, null));
        TYPE.ready();
    }
}
