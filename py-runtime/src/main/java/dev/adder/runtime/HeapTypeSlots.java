package dev.adder.runtime;

import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The slots of classes defined in Python: each slot looks up the special method ({@code __add__},
 * {@code __eq__}, {@code __len__}, ...) along the type's MRO and calls it. {@link #update(PyType)}
 * installs a slot wherever a class in the MRO (not a builtin) defines the method, and is run again
 * when a class's dictionary changes. All heap types share one wrapper per binary operation, as
 * CPython's {@code slot_nb_add} is one function, so that {@link Abstract#binaryOp1} sees equal
 * slots on both sides and the wrapper itself decides the order (subclass first).
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code slotdefs}, {@code SLOT1BINFULL},
 * {@code slot_tp_richcompare}, {@code slot_tp_hash}, {@code slot_tp_iternext},
 * {@code update_one_slot}, {@code vectorcall_maybe}).
 */
public final class HeapTypeSlots {
    private static final PyStr SBOOL = PyStr.intern("__bool__");
    private static final PyStr SCALL = PyStr.intern("__call__");
    private static final PyStr SCONTAINS = PyStr.intern("__contains__");
    private static final PyStr SDELATTR = PyStr.intern("__delattr__");
    private static final PyStr SGET = PyStr.intern("__get__");
    private static final PyStr SGETATTR = PyStr.intern("__getattr__");
    private static final PyStr SGETATTRIBUTE = PyStr.intern("__getattribute__");
    private static final PyStr SGETITEM = PyStr.intern("__getitem__");
    private static final PyStr SHASH = PyStr.intern("__hash__");
    private static final PyStr SLEN = PyStr.intern("__len__");

    /** {@code slot_sq_length} for the slots' int-sized callers ({@link #pythonLen} is the whole range). */
    static final Slots.LenFunc SLOT_LEN = self -> {
        long n = pythonLen(self);
        if (n > Integer.MAX_VALUE) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (int) n;
    };

    /** {@code slot_sq_length}: a Python {@code __len__}'s answer, checked as CPython checks it (up to sys.maxsize). */
    static long pythonLen(PyObject self) {
        PyObject r = callSpecialOrNI(self, SLEN);
        PyInt n = Abstract.index(r);
        if (n.signum() < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (!n.isSmall()) {
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return n.value;
    }
    private static final PyStr SNEW = PyStr.intern("__new__");
    private static final PyStr SNEXT = PyStr.intern("__next__");
    private static final PyStr SREPR = PyStr.intern("__repr__");
    private static final PyStr SSETATTR = PyStr.intern("__setattr__");
    private static final PyStr SSTR = PyStr.intern("__str__");
    private HeapTypeSlots() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;
    private static final Slots.BinaryFunc[] BINARY = new Slots.BinaryFunc[NumberOp.COUNT];
    private static final Slots.BinaryFunc[] INPLACE = new Slots.BinaryFunc[NumberOp.COUNT];

    static {
        for (NumberOp op : NumberOp.values()) {
            BINARY[op.ordinal()] = binary(op);
            if (op.idunder != null) {
                PyStr name = PyStr.of(op.idunder);
                INPLACE[op.ordinal()] = (a, b) -> callSpecialOrNI(a, name, b);
            }
        }
    }

    /**
     * Calls special method {@code m} (found on the type of {@code self}) with {@code self} and
     * {@code args}: unbound for method descriptors, through {@code __get__} for other descriptors,
     * as it is otherwise.
     */
    public static PyObject callMethod(PyObject m, PyObject self, PyObject... args) {
        PyType mt = m.type();
        if (mt.hasFlags(PyType.METHOD_DESCRIPTOR)) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return Abstract.call(m, all, all.length, null);
        }
        if (mt.tp_descr_get != null) {
            m = mt.tp_descr_get.get(m, self, self.type());
        }
        return Abstract.call(m, args, args.length, null);
    }

    /** {@code slot_tp_iternext}: {@code __next__}, a StopIteration out of it meaning the end (null). */
    public static final Slots.IterNextFunc SLOT_NEXT = self -> {
        try {
            return callSpecialOrNI(self, SNEXT);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    };

    /** {@code __next__} for a type whose {@code tp_iternext} is {@link #SLOT_NEXT}, its StopIteration propagating. */
    public static PyObject callNext(PyObject self) {
        return callSpecialOrNI(self, SNEXT);
    }

    private static PyObject callSpecialOrNI(PyObject self, PyStr name, PyObject... args) {
        PyObject m = self.type().lookup(name);
        return m == null ? NI : callMethod(m, self, args);
    }

    private static Slots.BinaryFunc binary(NumberOp op) {
        PyStr name = PyStr.of(op.dunder);
        PyStr rname = PyStr.of(op.rdunder);
        int i = op.ordinal();
        return new Slots.BinaryFunc() {
            @Override
            public PyObject apply(PyObject a, PyObject b) {
                PyType ta = a.type();
                PyType tb = b.type();
                boolean doOther = ta != tb && tb.nb_binary[i] == this && tb.lookup(rname) != null;
                if (ta.nb_binary[i] == this) {
                    if (doOther && tb.isSubtype(ta) && tb.lookup(rname) != ta.lookup(rname)) {
                        PyObject r = callSpecialOrNI(b, rname, a);
                        if (r != NI) {
                            return r;
                        }
                        doOther = false;
                    }
                    PyObject r = callSpecialOrNI(a, name, b);
                    if (r != NI || tb == ta) {
                        return r;
                    }
                }
                if (doOther) {
                    return callSpecialOrNI(b, rname, a);
                }
                return NI;
            }
        };
    }

    private static boolean definedInPython(PyType t, PyStr name) {
        for (PyType k : t.mroArray()) {
            if (k.dictOrNull() != null && k.dictOrNull().getItem(name) != null) {
                return k.hasFlags(PyType.HEAPTYPE);
            }
        }
        return false;
    }

    private static boolean has(PyType t, String name) {
        return definedInPython(t, PyStr.of(name));
    }

    /** Installs the slots of a class defined in Python (and of its subclasses after a change). */
    public static void update(PyType t) {
        t.clearSlots();
        t.hasDel = t.lookup(PyStr.of("__del__")) != null;
        installPython(t);
        PyType[] mro = t.mroArray();
        for (int i = 1; i < mro.length; i++) {
            if (!mro[i].hasFlags(PyType.HEAPTYPE)) {
                t.inheritEach(mro[i]);
            }
        }
        PyStr hashName = SHASH;
        for (PyType k : mro) {
            PyObject h = k.dictOrNull() == null ? null : k.dictOrNull().getItem(hashName);
            if (h != null) {
                if (h == PyNone.NONE) {
                    t.tp_hash = null;
                } else if (!k.hasFlags(PyType.HEAPTYPE)) {
                    t.tp_hash = k.tp_hash;
                }
                break;
            }
        }
    }

    /** The one {@code tp_new} of classes that define {@code __new__} in Python. */
    static final Slots.NewFunc SLOT_NEW = HeapTypeSlots::slotNew;

    /** {@code slot_tp_new}: calls the class's {@code __new__} with the class first. */
    private static PyObject slotNew(PyType type, PyObject[] args, int nargs, PyTuple kw) {
        PyObject m = type.lookup(SNEW);
        Slots.DescrGetFunc g = m.type().tp_descr_get;
        PyObject f = g == null ? m : g.get(m, null, type);
        int total = nargs + (kw == null ? 0 : kw.size());
        PyObject[] all = new PyObject[total + 1];
        all[0] = type;
        System.arraycopy(args, 0, all, 1, total);
        return Abstract.call(f, all, nargs + 1, kw);
    }

    private static void installPython(PyType t) {
        if (has(t, "__new__")) {
            t.tp_new = SLOT_NEW;
        }
        for (NumberOp op : NumberOp.values()) {
            int i = op.ordinal();
            if (has(t, op.dunder) || has(t, op.rdunder)) {
                t.nb_binary[i] = BINARY[i];
            }
            if (op.idunder != null && has(t, op.idunder)) {
                t.nb_inplace[i] = INPLACE[i];
            }
        }
        if (has(t, "__repr__")) {
            t.tp_repr = self -> callSpecialOrNI(self, SREPR);
        }
        if (has(t, "__str__")) {
            t.tp_str = self -> callSpecialOrNI(self, SSTR);
        }
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (String c : cmp) {
            if (has(t, c)) {
                t.tp_richcompare = (a, b, op) -> {
                    PyObject m = a.type().lookup(PyStr.of(op.dunder));
                    if (m == null || m == PyNone.NONE) {
                        return NI;
                    }
                    return callMethod(m, a, b);
                };
                break;
            }
        }
        PyStr hashName = SHASH;
        if (definedInPython(t, hashName)) {
            PyObject h = t.lookup(hashName);
            if (h == PyNone.NONE) {
                t.tp_hash = null;
            } else {
                t.tp_hash = self -> {
                    PyObject r = callSpecialOrNI(self, hashName);
                    if (!(r instanceof PyInt)) {
                        throw PyErr.typeError("__hash__ method should return an integer");
                    }
                    // a value that fits a machine word is the hash as it is (so that returning
                    // hash(y) gives y's hash); a bigger one is hashed as an int
                    PyInt ri = (PyInt) r;
                    long v = ri.isSmall() ? ri.clampedLong() : dev.adder.runtime.objects.IntOps.hash(ri);
                    return v == -1 ? -2 : v;
                };
            }
        }
        unary(t, "__neg__", f -> t.nb_negative = f);
        unary(t, "__pos__", f -> t.nb_positive = f);
        unary(t, "__abs__", f -> t.nb_absolute = f);
        unary(t, "__invert__", f -> t.nb_invert = f);
        unary(t, "__index__", f -> t.nb_index = f);
        unary(t, "__int__", f -> t.nb_int = f);
        unary(t, "__float__", f -> t.nb_float = f);
        unary(t, "__iter__", f -> t.tp_iter = f);
        if (has(t, "__bool__")) {
            t.nb_bool = self -> {
                PyObject r = callSpecialOrNI(self, SBOOL);
                if (!(r instanceof PyBool)) {
                    throw PyErr.typeError("__bool__ should return bool, returned %s", r.type().name());
                }
                return r == PyBool.TRUE;
            };
        }
        if (has(t, "__len__")) {
            t.sq_length = SLOT_LEN;
            t.mp_length = SLOT_LEN;
        }
        if (has(t, "__next__")) {
            t.tp_iternext = SLOT_NEXT;
        }
        if (has(t, "__getitem__")) {
            t.mp_subscript = (self, k) -> callSpecialOrNI(self, SGETITEM, k);
        }
        if (has(t, "__setitem__") || has(t, "__delitem__")) {
            t.mp_ass_subscript = (self, k, v) -> {
                PyStr n = PyStr.of(v == null ? "__delitem__" : "__setitem__");
                PyObject m = self.type().lookup(n);
                if (m == null) {
                    throw PyErr.attributeError("%s", n.value());
                }
                if (v == null) {
                    callMethod(m, self, k);
                } else {
                    callMethod(m, self, k, v);
                }
            };
        }
        if (has(t, "__contains__")) {
            t.sq_contains = (self, k) -> Abstract.isTrue(callSpecialOrNI(self, SCONTAINS, k));
        }
        if (has(t, "__call__")) {
            t.tp_call = (self, args, nargs, kw) -> {
                // a call of an object through tp_call (_PyObject_Call): a level of recursion, so that
                // an instance that is its class's __call__ recurses into RecursionError
                VmHooks.Recursion rec = VmHooks.recursion;
                rec.enter(" while calling a Python object");
                try {
                    PyObject m = self.type().lookup(SCALL);
                    int total = nargs + (kw == null ? 0 : kw.size());
                    if (m.type().hasFlags(PyType.METHOD_DESCRIPTOR)) {
                        PyObject[] all = new PyObject[total + 1];
                        all[0] = self;
                        System.arraycopy(args, 0, all, 1, total);
                        return Abstract.call(m, all, nargs + 1, kw);
                    }
                    PyObject bound = m.type().tp_descr_get != null ? m.type().tp_descr_get.get(m, self, self.type())
                            : m;
                    return Abstract.call(bound, args, nargs, kw);
                } finally {
                    rec.leave();
                }
            };
        }
        if (has(t, "__get__")) {
            t.tp_descr_get = (d, obj, type) -> callSpecialOrNI(d, SGET,
                    obj == null ? PyNone.NONE : obj, type == null ? PyNone.NONE : type);
        }
        if (has(t, "__set__") || has(t, "__delete__")) {
            t.tp_descr_set = (d, obj, v) -> {
                PyStr n = PyStr.of(v == null ? "__delete__" : "__set__");
                PyObject m = d.type().lookup(n);
                if (m == null) {
                    throw PyErr.attributeError("%s", n.value());
                }
                if (v == null) {
                    callMethod(m, d, obj);
                } else {
                    callMethod(m, d, obj, v);
                }
            };
        }
        if (has(t, "__getattr__") || has(t, "__getattribute__")) {
            PyStr ga = SGETATTR;
            PyStr gab = SGETATTRIBUTE;
            t.tp_getattro = (self, name) -> {
                PyType st = self.type();
                PyObject r;
                PyObject custom = st.lookup(gab);
                try {
                    if (custom instanceof SlotWrappers.WrapperDescr w && w.slot instanceof Slots.GetAttroFunc g) {
                        r = g.get(self, name);
                    } else if (custom != null) {
                        r = callMethod(custom, self, name);
                    } else {
                        r = Abstract.genericGetAttr(self, name);
                    }
                } catch (PyException e) {
                    if (!e.matches(PyExc.AttributeError) || st.lookup(ga) == null) {
                        throw e;
                    }
                    r = null;
                }
                if (r == null && st.lookup(ga) != null) {
                    r = callMethod(st.lookup(ga), self, name);
                }
                return r;
            };
        }
        if (has(t, "__setattr__") || has(t, "__delattr__")) {
            t.tp_setattro = (self, name, v) -> {
                if (v == null) {
                    callSpecialOrNI(self, SDELATTR, name);
                } else {
                    callSpecialOrNI(self, SSETATTR, name, v);
                }
            };
        }
    }

    private static void unary(PyType t, String name, java.util.function.Consumer<Slots.UnaryFunc> set) {
        if (has(t, name)) {
            PyStr n = PyStr.of(name);
            set.accept(self -> callSpecialOrNI(self, n));
        }
    }

}
