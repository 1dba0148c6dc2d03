package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import java.util.Set;

/**
 * {@code types.GenericAlias}: what {@code list[int]} or {@code dict[str, int]} evaluates to. It
 * records the origin class and the arguments; calling it calls the origin, and other attributes
 * are the origin's.
 *
 * <p>CPython: {@code Objects/genericaliasobject.c}. Type variables ({@code __parameters__}) are
 * not collected: the tuple is always empty, so substitution ({@code alias[int]}) is refused.
 */
public class PyGenericAlias extends PyObject {
    /** {@code types.GenericAlias}. */
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyGenericAlias.class, PyType.BASETYPE);

    /** Names looked up on the alias itself, never forwarded to the origin (CPython's attr_exceptions). */
    private static final Set<String> OWN = Set.of("__class__", "__origin__", "__args__", "__unpacked__",
            "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
            "__copy__", "__deepcopy__");

    private final PyObject origin;
    private final PyTuple args;

    /** {@code origin[args]}: a tuple key gives several arguments. */
    public PyGenericAlias(PyObject origin, PyObject key) {
        this(TYPE, origin, key);
    }

    private PyGenericAlias(PyType type, PyObject origin, PyObject key) {
        super(type);
        this.origin = origin;
        this.args = key instanceof PyTuple t ? t : PyTuple.of(key);
    }

    private static String itemRepr(PyObject o) {
        if (o == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyGenericAlias) {
            return Abstract.repr(o).value();
        }
        if (o instanceof PyType t) {
            PyObject mod = Abstract.lookupAttr(t, PyStr.of("__module__"));
            String m = mod instanceof PyStr s ? s.value() : null;
            return m == null || m.equals("builtins") ? t.qualname() : m + "." + t.qualname();
        }
        return Abstract.repr(o).value();
    }

    private String repr() {
        StringBuilder sb = new StringBuilder(itemRepr(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(itemRepr(args.get(i)));
        }
        return sb.append(']').toString();
    }

    static {
        PyType t = TYPE;
        t.nb_binary[dev.adder.runtime.NumberOp.OR.ordinal()] = PyUnionType::or; // ga_as_number
        // ga_instancecheck / ga_subclasscheck: a parameterized generic is no class to test against
        PyMethodDescr.oneArg(t, "__instancecheck__", (self, o) -> {
            throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        PyMethodDescr.oneArg(t, "__subclasscheck__", (self, o) -> {
            throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        t.tp_repr = o -> PyStr.of(((PyGenericAlias) o).repr());
        t.tp_hash = o -> Abstract.hash(((PyGenericAlias) o).origin) ^ Abstract.hash(((PyGenericAlias) o).args);
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyGenericAlias y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyGenericAlias x = (PyGenericAlias) a;
            boolean eq = Abstract.richCompareBool(x.origin, y.origin, CompareOp.EQ)
                    && Abstract.richCompareBool(x.args, y.args, CompareOp.EQ);
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        t.tp_call = (self, a, n, kw) -> {
            PyGenericAlias g = (PyGenericAlias) self;
            PyObject r = Abstract.call(g.origin, a, n, kw);
            try {
                Abstract.setAttr(r, PyStr.of("__orig_class__"), g);
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
            return r;
        };
        t.tp_getattro = (o, name) -> {
            PyGenericAlias g = (PyGenericAlias) o;
            String s = name.value();
            switch (s) {
                case "__origin__":
                    return g.origin;
                case "__args__":
                    return g.args;
                case "__parameters__":
                    return PyTuple.EMPTY;
                case "__unpacked__":
                    return PyBool.FALSE;
                default:
                    break;
            }
            if (!OWN.contains(s)) {
                PyObject v = Abstract.lookupAttr(g.origin, name);
                if (v != null) {
                    return v;
                }
            }
            return Abstract.genericGetAttr(o, name);
        };
        t.mp_subscript = (o, key) -> {
            throw PyErr.typeError("%s is not a generic class", ((PyGenericAlias) o).repr());
        };
        t.tp_new = (type, a, n, kw) -> {
            if (type == TYPE) {
                BuiltinArgs.noKeywords("GenericAlias", kw);
            }
            BuiltinArgs.checkPositional("GenericAlias", n, 2, 2);
            return type == TYPE ? new PyGenericAlias(a[0], a[1]) : new Sub(type, a[0], a[1]);
        };
        t.setNewInitializes();
        t.ready();
        PyMethodDescr.oneArg(t, "__mro_entries__", (self, bases) -> PyTuple.of(((PyGenericAlias) self).origin));
    }

    /**
     * Makes {@code cls[key]} work on the builtin containers ({@code __class_getitem__}), and
     * {@code type[int]}.
     */
    public static void install() {
        Abstract.genericAliasMaker = PyGenericAlias::new;
        for (PyType c : new PyType[] {PyList.TYPE, PyDict.TYPE, PyTuple.TYPE, PySet.TYPE, PySet.FROZENSET_TYPE,
            PyEnumerate.TYPE, PyMappingProxy.TYPE, dev.adder.runtime.exceptions.PyExc.BaseExceptionGroup}) {
            addClassGetItem(c);
        }
    }

    /** Gives the builtin type {@code c} a {@code __class_getitem__} making {@code c[key]} a generic alias. */
    public static void addClassGetItem(PyType c) {
        c.setAttribute("__class_getitem__", new PyClassMethodDescr("__class_getitem__", c,
                (cls, a, n, kw) -> {
                    PyMethodDescr.noKeywords("__class_getitem__", kw);
                    PyMethodDescr.checkArity("__class_getitem__", n, 1, 1);
                    return new PyGenericAlias(cls, a[0]);
                }));
    }

    /** An instance of a class defined in Python whose base is {@code GenericAlias}. */
    static final class Sub extends PyGenericAlias implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type, PyObject origin, PyObject key) {
            super(type, origin, key);
            dict = type.instancesHaveDict() ? new PyDict() : null;
            slots = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
        }

        @Override
        public PyObject[] slotArray() {
            return slots;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }
}
