package dev.adder.runtime;

import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInstance;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The slots of {@code object} and {@code type}: default repr, str, identity hash and equality,
 * generic attribute access, and the type's own attribute access and call.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code object_repr}, {@code object_richcompare},
 * {@code type_getattro}, {@code type_setattro}, {@code type_call}, {@code type_repr}).
 */
public final class BaseObject {
    private BaseObject() {
    }

    /** {@code PyObject_GenericGetAttr} as a slot value (the one {@code object} has). */
    public static final Slots.GetAttroFunc GENERIC_GETATTR = (o, n) -> Abstract.genericGetAttr(o, n);

    /** {@code PyObject_GenericSetAttr} as a slot value (the one {@code object} has). */
    public static final Slots.SetAttroFunc GENERIC_SETATTR = (o, n, v) -> Abstract.genericSetAttr(o, n, v);

    /** Gives {@code t} the {@code __dict__} attribute of its instances (a builtin type whose instances have a dict). */
    public static void addInstanceDictDescriptor(PyType t) {
        t.setAttribute("__dict__", new dev.adder.runtime.objects.PyGetSetDescr(t, "__dict__", self -> {
            dev.adder.runtime.objects.PyDict d = self.instanceDict();
            if (d == null) {
                throw PyErr.noAttribute(self, dev.adder.runtime.objects.PyStr.of("__dict__"));
            }
            return d;
        }, null));
    }

    /** An address-like text for default reprs ({@code 0x7f...}), stable per object. */
    public static String address(PyObject o) {
        return String.format("0x%012x", 0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    /** The module name of a type, for reprs: its {@code __module__}, or "builtins". */
    static String moduleOf(PyType t) {
        PyObject m = t.dict().getItem(PyStr.of("__module__"));
        if (!t.hasFlags(PyType.HEAPTYPE)) {
            // a builtin type defined outside builtins says so with a __module__ string, or with
            // a dotted name ("itertools.count", CPython's tp_name)
            if (m instanceof PyStr) {
                return ((PyStr) m).value();
            }
            int dot = t.name().lastIndexOf('.');
            return dot < 0 ? "builtins" : t.name().substring(0, dot);
        }
        return m instanceof PyStr ? ((PyStr) m).value() : "builtins";
    }

    static void init() {
        PyType o = PyType.OBJECT;
        o.tp_repr = self -> {
            PyType t = self.type();
            String mod = moduleOf(t);
            String n = mod.equals("builtins") ? t.qualname() : mod + "." + t.qualname();
            return PyStr.of("<" + n + " object at " + address(self) + ">");
        };
        o.tp_str = self -> self.type().tp_repr.apply(self); // object_str: the repr slot, unchecked
        o.tp_hash = self -> {
            long h = System.identityHashCode(self);
            return h == -1 ? -2 : h;
        };
        o.tp_richcompare = (a, b, op) -> {
            if (op == CompareOp.EQ) {
                return a == b ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (op == CompareOp.NE) {
                Slots.RichCmpFunc f = a.type().tp_richcompare;
                PyObject r = f == null ? PyNotImplemented.NOT_IMPLEMENTED : f.compare(a, b, CompareOp.EQ);
                if (r == PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                return PyBool.of(!Abstract.isTrue(r));
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        };
        o.tp_getattro = GENERIC_GETATTR;
        o.tp_setattro = GENERIC_SETATTR;
        o.tp_new = TypeNew.OBJECT_NEW;

        PyType t = PyType.TYPE;
        t.tp_repr = self -> {
            PyType ty = (PyType) self;
            String mod = moduleOf(ty);
            return PyStr.of("<class '" + (mod.equals("builtins") ? "" : mod + ".") + ty.qualname() + "'>");
        };
        t.tp_getattro = BaseObject::typeGetAttr;
        t.tp_setattro = BaseObject::typeSetAttr;
        t.tp_call = TypeNew.TYPE_CALL;
        t.tp_new = TypeNew.TYPE_NEW;
        o.ready();
        t.ready();
        TypeAttributes.install();
    }

    /** {@code type_getattro}: the metatype's data descriptors, then the type's MRO, then the metatype. */
    static PyObject typeGetAttr(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        Slots.DescrGetFunc metaGet = null;
        if (metaAttr != null) {
            PyType mt = metaAttr.type();
            metaGet = mt.tp_descr_get;
            if (metaGet != null && mt.tp_descr_set != null) {
                return metaGet.get(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            Slots.DescrGetFunc g = attr.type().tp_descr_get;
            if (g != null) {
                return g.get(attr, null, type);
            }
            return attr;
        }
        if (metaGet != null) {
            return metaGet.get(metaAttr, type, meta);
        }
        return metaAttr;
    }

    /** {@code type_setattro}: immutable builtin types refuse; others store and mark the type modified. */
    static void typeSetAttr(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if (type.hasFlags(PyType.IMMUTABLETYPE)) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", name.value(), type.name());
        }
        PyObject descr = type.type().lookup(name);
        if (descr != null && descr.type().tp_descr_set != null) {
            descr.type().tp_descr_set.set(descr, type, value);
            return;
        }
        if (value == null) {
            if (!type.dict().delItem(name)) {
                throw PyErr.attributeError("type object '%s' has no attribute '%s'", type.name(), name.value());
            }
        } else {
            type.dict().setItem(name, value);
        }
        type.modified();
    }

}
