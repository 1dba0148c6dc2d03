package dev.adder.vm.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code types.SimpleNamespace}: an object whose attributes live in its dictionary, with the
 * repr {@code namespace(a=1, b=2)}. Used for {@code sys.implementation}.
 *
 * <p>CPython: Objects/namespaceobject.c.
 */
public final class SimpleNamespace extends PyObject implements dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

    /** {@code types.SimpleNamespace}. */
    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", SimpleNamespace.class, PyType.BASETYPE);

    /** The namespaces whose repr is being made on this thread (a namespace inside itself shows as {@code namespace(...)}). */
    private static final ThreadLocal<java.util.Set<Object>> ACTIVE =
            ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    static {
        TYPE.tp_new = (type, a, n, kw) -> new SimpleNamespace(type);
        TYPE.tp_repr = o -> {
            PyDict d = ((SimpleNamespace) o).dict;
            String name = o.type() == TYPE ? "namespace" : o.type().name();
            if (!ACTIVE.get().add(o)) {
                return PyStr.of(name + "(...)");
            }
            try {
                return PyStr.of(name + "(" + items(d) + ")");
            } finally {
                ACTIVE.get().remove(o);
            }
        };
        TYPE.tp_richcompare = (a, b, op) -> {
            if ((op == CompareOp.EQ || op == CompareOp.NE) && a instanceof SimpleNamespace x
                    && b instanceof SimpleNamespace y) {
                boolean eq = Abstract.richCompareBool(x.dict, y.dict, CompareOp.EQ);
                return dev.adder.runtime.objects.PyBool.of(op == CompareOp.EQ ? eq : !eq);
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        };
        TYPE.tp_hash = null;
        dev.adder.runtime.BaseObject.addInstanceDictDescriptor(TYPE);
        TYPE.ready();
        TYPE.setAttribute("__module__", PyStr.of("types"));
        SlotWrappers.addWrapper(TYPE, "__init__", (f, self, a, n, kw) -> {
            if (n != 0) {
                throw PyErr.typeError("no positional arguments expected");
            }
            PyDict d = ((SimpleNamespace) self).dict;
            for (int i = 0; kw != null && i < kw.size(); i++) {
                d.setItem(kw.get(i), a[n + i]);
            }
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> PyTuple.of(o.type(), PyTuple.of(), ((SimpleNamespace) o).dict));
    }

    private static String items(PyDict d) {
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (int j = d.nextEntry(0); j >= 0; j = d.nextEntry(j + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.str(d.keyAt(j)).value()).append('=').append(Abstract.repr(d.valueAt(j)).value());
            }
            return sb.toString();
    }

    private final PyDict dict = new PyDict();

    /** An empty namespace. */
    public SimpleNamespace() {
        super(TYPE);
    }

    private SimpleNamespace(PyType type) {
        super(type);
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
