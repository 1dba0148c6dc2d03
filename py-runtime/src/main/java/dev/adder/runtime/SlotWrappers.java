package dev.adder.runtime;

import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The special methods of builtin types as Python sees them: for every slot a builtin type defines,
 * a {@code wrapper_descriptor} in its dictionary ({@code int.__add__}), which binds to a
 * {@code method-wrapper} ({@code (1).__add__}). The table is generated from the slot fields, so
 * every builtin type gets the methods its slots provide.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code slotdefs}, {@code add_operators},
 * {@code wrap_binaryfunc_l}, {@code wrap_binaryfunc_r}, {@code wrap_richcmpfunc},
 * {@code tp_new_wrapper}, {@code check_num_args}) and {@code Objects/descrobject.c}
 * ({@code PyWrapperDescr_Type}, {@code wrapperobject}).
 */
public final class SlotWrappers {
    private SlotWrappers() {
    }

    /** How a wrapper calls the slot it wraps; {@code slot} is the slot value captured from the owner. */
    @FunctionalInterface
    public interface Wrapper {
        PyObject call(Object slot, PyObject self, PyObject[] args, int nargs, PyTuple kw);
    }

    private record SlotDef(String name, Function<PyType, Object> slot, Wrapper wrapper) {
    }

    private static final List<SlotDef> DEFS = new ArrayList<>();

    private static void def(String name, Function<PyType, Object> slot, int arity, Wrapper w) {
        DEFS.add(new SlotDef(name, slot, (f, self, a, n, kw) -> {
            if (arity >= 0) {
                if (kw != null && kw.size() > 0) {
                    throw PyErr.typeError("wrapper %s() takes no keyword arguments", name);
                }
                if (n != arity) {
                    throw PyErr.typeError("expected %d argument%s, got %d", arity, arity == 1 ? "" : "s", n);
                }
            }
            // a wrapper's call is a call of an object (_PyObject_MakeTpCall): a level of recursion
            VmHooks.Recursion rec = VmHooks.recursion;
            rec.enter(" while calling a Python object");
            try {
                return w.call(f, self, a, n, kw);
            } finally {
                rec.leave();
            }
        }));
    }

    private static PyObject unary(Object f, PyObject self) {
        return ((Slots.UnaryFunc) f).apply(self);
    }

    static {
        def("__repr__", t -> t.tp_repr, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__hash__", t -> t.tp_hash, 0, (f, s, a, n, kw) -> PyInt.of(((Slots.HashFunc) f).hash(s)));
        def("__call__", t -> t.tp_call, -1, (f, s, a, n, kw) -> ((Slots.CallFunc) f).call(s, a, n, kw));
        def("__str__", t -> t.tp_str, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__getattribute__", t -> t.tp_getattro, 1, (f, s, a, n, kw) -> {
            PyStr name = attrName(a[0]);
            PyObject r = ((Slots.GetAttroFunc) f).get(s, name);
            if (r == null) {
                if (s instanceof PyType ty) {
                    throw PyErr.attributeError("type object '%s' has no attribute '%s'", ty.name(), name.value());
                }
                throw PyErr.noAttribute(s, name);
            }
            return r;
        });
        def("__setattr__", t -> t.tp_setattro, 2, (f, s, a, n, kw) -> {
            ((Slots.SetAttroFunc) f).set(s, attrName(a[0]), a[1]);
            return PyNone.NONE;
        });
        def("__delattr__", t -> t.tp_setattro, 1, (f, s, a, n, kw) -> {
            ((Slots.SetAttroFunc) f).set(s, attrName(a[0]), null);
            return PyNone.NONE;
        });
        for (CompareOp op : CompareOp.values()) {
            def(op.dunder, t -> t.tp_richcompare, 1, (f, s, a, n, kw) -> ((Slots.RichCmpFunc) f).compare(s, a[0], op));
        }
        def("__iter__", t -> t.tp_iter, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__next__", t -> t.tp_iternext, 0, (f, s, a, n, kw) -> {
            PyObject r = ((Slots.IterNextFunc) f).next(s);
            if (r == null) {
                throw PyErr.of(PyExc.StopIteration);
            }
            return r;
        });
        DEFS.add(new SlotDef("__get__", t -> t.tp_descr_get, (f, s, a, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("wrapper __get__() takes no keyword arguments");
            }
            if (n < 1 || n > 2) {
                throw PyErr.typeError("__get__ expected %s argument%s, got %d", n < 1 ? "at least 1" : "at most 2",
                        n < 1 ? "" : "s", n);
            }
            PyObject obj = a[0] == PyNone.NONE ? null : a[0];
            PyObject type = n == 2 && a[1] != PyNone.NONE ? a[1] : null;
            if (obj == null && type == null) {
                throw PyErr.typeError("__get__(None, None) is invalid");
            }
            if (type != null && !(type instanceof PyType)
                    && s instanceof dev.adder.runtime.objects.PyClassMethodDescr cm) {
                throw cm.notAType(type);
            }
            if (type != null && !(type instanceof PyType)) {
                throw PyErr.typeError("descriptor __get__ type argument must be a type, not %s", type.type().name());
            }
            return ((Slots.DescrGetFunc) f).get(s, obj, (PyType) type);
        }));
        def("__set__", t -> t.tp_descr_set, 2, (f, s, a, n, kw) -> {
            ((Slots.DescrSetFunc) f).set(s, a[0], a[1]);
            return PyNone.NONE;
        });
        def("__delete__", t -> t.tp_descr_set, 1, (f, s, a, n, kw) -> {
            ((Slots.DescrSetFunc) f).set(s, a[0], null);
            return PyNone.NONE;
        });
        for (NumberOp op : NumberOp.values()) {
            int i = op.ordinal();
            def(op.dunder, t -> t.nb_binary[i], 1, (f, s, a, n, kw) -> ((Slots.BinaryFunc) f).apply(s, a[0]));
            def(op.rdunder, t -> t.nb_binary[i], 1, (f, s, a, n, kw) -> ((Slots.BinaryFunc) f).apply(a[0], s));
        }
        for (NumberOp op : NumberOp.values()) {
            int i = op.ordinal();
            if (op.idunder != null) {
                def(op.idunder, t -> t.nb_inplace[i], 1, (f, s, a, n, kw) -> ((Slots.BinaryFunc) f).apply(s, a[0]));
            }
        }
        def("__neg__", t -> t.nb_negative, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__pos__", t -> t.nb_positive, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__abs__", t -> t.nb_absolute, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__bool__", t -> t.nb_bool, 0, (f, s, a, n, kw) -> PyBool.of(((Slots.Inquiry) f).test(s)));
        def("__invert__", t -> t.nb_invert, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__int__", t -> t.nb_int, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__float__", t -> t.nb_float, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__index__", t -> t.nb_index, 0, (f, s, a, n, kw) -> unary(f, s));
        def("__len__", t -> t.mp_length != null ? t.mp_length : t.sq_length, 0,
                (f, s, a, n, kw) -> PyInt.of(((Slots.LenFunc) f).length(s)));
        def("__getitem__", t -> t.mp_subscript, 1, (f, s, a, n, kw) -> ((Slots.BinaryFunc) f).apply(s, a[0]));
        def("__setitem__", t -> t.mp_ass_subscript, 2, (f, s, a, n, kw) -> {
            ((Slots.ObjObjArgProc) f).set(s, a[0], a[1]);
            return PyNone.NONE;
        });
        def("__delitem__", t -> t.mp_ass_subscript, 1, (f, s, a, n, kw) -> {
            ((Slots.ObjObjArgProc) f).set(s, a[0], null);
            return PyNone.NONE;
        });
        def("__contains__", t -> t.sq_contains, 1, (f, s, a, n, kw) -> PyBool.of(((Slots.ObjObjProc) f).test(s, a[0])));
        def("__add__", t -> t.sq_concat, 1, (f, s, a, n, kw) -> ((Slots.BinaryFunc) f).apply(s, a[0]));
        def("__mul__", t -> t.sq_repeat, 1, (f, s, a, n, kw) -> repeat(f, s, a[0]));
        def("__rmul__", t -> t.sq_repeat, 1, (f, s, a, n, kw) -> repeat(f, s, a[0]));
    }

    private static PyObject repeat(Object f, PyObject s, PyObject count) {
        if (!Abstract.isIndex(count)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", count.type().name());
        }
        return ((Slots.BinaryFunc) f).apply(s, count);
    }

    private static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("attribute name must be string, not '%s'", o.type().name());
    }

    /** {@code add_operators}: a wrapper for each slot {@code t} defines, unless its dict has the name. */
    static void addOperators(PyType t) {
        PyDict d = t.dict();
        PyType base = t.base();
        for (SlotDef sd : DEFS) {
            Object f = sd.slot.apply(t);
            if (f == null || (base != null && sd.slot.apply(base) == f)) {
                continue;
            }
            PyStr name = PyStr.of(sd.name);
            if (d.getItem(name) == null) {
                if (isMethodCoexist(t, sd.name)) {
                    String qn = t.qualname() + "." + sd.name;
                    Wrapper w = sd.wrapper;
                    d.setItem(name, new dev.adder.runtime.objects.PyMethodDescr(t, sd.name, (self, a, n, kw) -> {
                        dev.adder.runtime.objects.PyMethodDescr.noKeywords(qn, kw);
                        if (n != 1) {
                            throw PyErr.typeError("%s() takes exactly one argument (%d given)", qn, n);
                        }
                        return w.call(f, self, a, n, kw);
                    }));
                } else {
                    d.setItem(name, new WrapperDescr(t, sd.name, f, sd.wrapper));
                }
            }
        }
        if (t.tp_richcompare != null && t.tp_hash == null && d.getItem(PyStr.of("__hash__")) == null) {
            d.setItem(PyStr.of("__hash__"), PyNone.NONE);
        }
        if (t.tp_new != null && d.getItem(PyStr.of("__new__")) == null) {
            d.setItem(PyStr.of("__new__"), newWrapper(t, t.tp_new));
        }
    }

    /** The slots CPython's list, dict and set also define as methods ({@code METH_COEXIST}). */
    private static boolean isMethodCoexist(PyType t, String name) {
        String tn = t.name();
        if (name.equals("__getitem__")) {
            return tn.equals("list") || tn.equals("dict");
        }
        if (name.equals("__contains__")) {
            return tn.equals("dict") || tn.equals("set") || tn.equals("frozenset");
        }
        return false;
    }

    /** Adds the wrappers of slots set on a builtin type after it was made ready. */
    public static void addGeneratedWrappers(PyType t) {
        addOperators(t);
        t.modified();
    }

    /** {@code tp_new_wrapper}: {@code T.__new__(S, ...)} with CPython's checks. */
    public static PyBuiltinFunction newWrapper(PyType t, Slots.NewFunc tpNew) {
        return new PyBuiltinFunction("__new__", t.name() + ".__new__", t, (self, a, n, kw) -> {
            PyType type = (PyType) self;
            if (n < 1) {
                throw PyErr.typeError("%s.__new__(): not enough arguments", type.name());
            }
            if (!(a[0] instanceof PyType sub)) {
                throw PyErr.typeError("%s.__new__(X): X is not a type object (%s)", type.name(), a[0].type().name());
            }
            if (!sub.isSubtype(type)) {
                throw PyErr.typeError("%s.__new__(%s): %s is not a subtype of %s", type.name(), sub.name(), sub.name(),
                        type.name());
            }
            PyType staticBase = sub;
            while (staticBase != null && staticBase.tp_new == HeapTypeSlots.SLOT_NEW) {
                staticBase = staticBase.base();
            }
            if (staticBase != null && staticBase.tp_new != tpNew) {
                throw PyErr.typeError("%s.__new__(%s) is not safe, use %s.__new__()", type.name(), sub.name(),
                        staticBase.name());
            }
            int total = n - 1 + (kw == null ? 0 : kw.size());
            PyObject[] rest = new PyObject[total];
            System.arraycopy(a, 1, rest, 0, total);
            return tpNew.make(sub, rest, n - 1, kw);
        });
    }

    /** Adds a wrapper that is not generated from a slot (e.g. {@code __init__}) to {@code t}. */
    public static void addWrapper(PyType t, String name, Wrapper w) {
        t.dict().setItem(PyStr.of(name), new WrapperDescr(t, name, null, w));
    }

    /** {@code wrapper_descriptor}: a slot of a builtin type seen in its dictionary. */
    public static final class WrapperDescr extends PyObject {
        /** {@code wrapper_descriptor}. */
        public static final PyType TYPE = PyType.builtin("wrapper_descriptor", WrapperDescr.class,
                PyType.METHOD_DESCRIPTOR);

        final PyType objtype;
        final String name;
        final Object slot;
        final Wrapper wrapper;

        WrapperDescr(PyType objtype, String name, Object slot, Wrapper wrapper) {
            super(TYPE);
            this.objtype = objtype;
            this.name = name;
            this.slot = slot;
            this.wrapper = wrapper;
        }

        /** {@code __objclass__}. */
        public PyType objclass() {
            return objtype;
        }

        /** {@code __name__}. */
        public String name() {
            return name;
        }

        PyObject check(PyObject self) {
            if (!self.type().isSubtype(objtype)) {
                throw PyErr.typeError("descriptor '%s' requires a '%s' object but received a '%s'", name,
                        objtype.name(), self.type().name());
            }
            return self;
        }

        /** Calls the wrapped slot with {@code self} and the rest. */
        public PyObject callBound(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
            return wrapper.call(slot, self, args, nargs, kw);
        }

        static {
            TYPE.tp_descr_get = (d, obj, type) -> {
                WrapperDescr w = (WrapperDescr) d;
                if (obj == null) {
                    return d;
                }
                if (!obj.type().isSubtype(w.objtype)) {
                    throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", w.name,
                            w.objtype.name(), obj.type().name());
                }
                return new MethodWrapper(w, obj);
            };
            TYPE.tp_call = (d, a, n, kw) -> {
                WrapperDescr w = (WrapperDescr) d;
                if (n < 1) {
                    throw PyErr.typeError("descriptor '%s' of '%s' object needs an argument", w.name,
                            w.objtype.name());
                }
                PyObject self = w.check(a[0]);
                int total = n - 1 + (kw == null ? 0 : kw.size());
                PyObject[] rest = new PyObject[total];
                System.arraycopy(a, 1, rest, 0, total);
                return w.wrapper.call(w.slot, self, rest, n - 1, kw);
            };
            TYPE.tp_repr = o -> {
                WrapperDescr w = (WrapperDescr) o;
                return PyStr.of("<slot wrapper '" + w.name + "' of '" + w.objtype.name() + "' objects>");
            };
            TYPE.ready();
            PyGetSetDescr.addDescrAttributes(TYPE, o -> ((WrapperDescr) o).objtype, o -> ((WrapperDescr) o).name);
            PyGetSetDescr.addDescrReduce(TYPE, o -> ((WrapperDescr) o).objtype, o -> ((WrapperDescr) o).name);
            PyGetSetDescr.addTextSignature(TYPE);
        }
    }

    /** {@code method-wrapper}: a slot wrapper bound to an object ({@code (1).__add__}). */
    public static final class MethodWrapper extends PyObject {
        /** {@code method-wrapper}. */
        public static final PyType TYPE = PyType.builtin("method-wrapper", MethodWrapper.class, 0);

        final WrapperDescr descr;
        final PyObject self;

        MethodWrapper(WrapperDescr descr, PyObject self) {
            super(TYPE);
            this.descr = descr;
            this.self = self;
        }

        static {
            TYPE.tp_call = (m, a, n, kw) -> {
                MethodWrapper w = (MethodWrapper) m;
                return w.descr.wrapper.call(w.descr.slot, w.self, a, n, kw);
            };
            TYPE.tp_repr = o -> {
                MethodWrapper w = (MethodWrapper) o;
                return PyStr.of("<method-wrapper '" + w.descr.name + "' of " + w.self.type().name() + " object at "
                        + BaseObject.address(w.self) + ">");
            };
            TYPE.tp_richcompare = (a, b, op) -> {
                if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof MethodWrapper)) {
                    return dev.adder.runtime.objects.PyNotImplemented.NOT_IMPLEMENTED;
                }
                MethodWrapper x = (MethodWrapper) a;
                MethodWrapper y = (MethodWrapper) b;
                boolean eq = x.descr == y.descr && x.self == y.self;
                return PyBool.of(op == CompareOp.EQ ? eq : !eq);
            };
            TYPE.tp_hash = o -> System.identityHashCode(((MethodWrapper) o).self) * 31L
                    + System.identityHashCode(((MethodWrapper) o).descr);
            TYPE.ready();
            TYPE.setAttribute("__name__", new PyGetSetDescr(TYPE, "__name__",
                    o -> PyStr.of(((MethodWrapper) o).descr.name), null));
            TYPE.setAttribute("__self__", new dev.adder.runtime.objects.PyMemberDescr(TYPE, "__self__",
                    o -> ((MethodWrapper) o).self, null));
            PyGetSetDescr.addTextSignature(TYPE);
            TYPE.setAttribute("__doc__", new PyGetSetDescr(TYPE, "__doc__", o -> PyNone.NONE, null));
            // wrapper_reduce: getattr(self, name)
            dev.adder.runtime.objects.PyMethodDescr.noArgs(TYPE, "__reduce__", o -> PyTuple.of(
                    VmHooks.builtin.apply("getattr"), PyTuple.of(((MethodWrapper) o).self,
                    PyStr.of(((MethodWrapper) o).descr.name))));
            TYPE.setAttribute("__objclass__", new PyGetSetDescr(TYPE, "__objclass__",
                    o -> ((MethodWrapper) o).descr.objtype, null));
            TYPE.setAttribute("__qualname__", new PyGetSetDescr(TYPE, "__qualname__",
                    o -> PyStr.of(((MethodWrapper) o).descr.objtype.qualname() + "." + ((MethodWrapper) o).descr.name),
                    null));
        }
    }
}
