package dev.adder.runtime;

import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.IntOps;
import dev.adder.runtime.objects.IntParse;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The abstract object protocols: what the interpreter and builtins do to any object — arithmetic
 * with reflected operands and {@code NotImplemented}, rich comparison, truth, hashing, item and
 * attribute access, length, iteration, containment, calls — each with CPython's error messages.
 * Exact {@code int}, {@code float} and {@code str} operands take fast paths before the slots.
 *
 * <p>CPython: {@code Objects/abstract.c} ({@code binary_op1}, {@code PyNumber_Add},
 * {@code PyNumber_InPlaceAdd}, {@code PyObject_GetItem}, {@code PyObject_GetIter},
 * {@code PySequence_Contains}, ...) and {@code Objects/object.c} ({@code PyObject_RichCompare},
 * {@code PyObject_IsTrue}, {@code PyObject_Hash}, {@code PyObject_GetAttr},
 * {@code PyObject_GenericGetAttr}, {@code PyObject_Repr}, {@code PyObject_Str}).
 */
public final class Abstract {
    private Abstract() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    // ------------------------------------------------------------------ repr, str, hash, truth

    /** {@code repr(o)}. */
    public static PyStr repr(PyObject o) {
        Slots.UnaryFunc f = o.type().tp_repr;
        VmHooks.Recursion rec = VmHooks.recursion;
        rec.enter(" while getting the repr of an object");
        PyObject r;
        try {
            r = f.apply(o);
        } finally {
            rec.leave();
        }
        if (!(r instanceof PyStr)) {
            throw PyErr.typeError("__repr__ returned non-string (type %s)", r.type().name());
        }
        return (PyStr) r;
    }

    /** {@code str(o)}. */
    public static PyStr str(PyObject o) {
        if (o.type() == PyStr.TYPE) {
            return (PyStr) o;
        }
        Slots.UnaryFunc f = o.type().tp_str;
        if (f == null) {
            f = o.type().tp_repr; // object.__str__ calls the type's repr slot directly
        }
        VmHooks.Recursion rec = VmHooks.recursion;
        rec.enter(" while getting the str of an object");
        PyObject r;
        try {
            r = f.apply(o);
        } finally {
            rec.leave();
        }
        if (!(r instanceof PyStr)) {
            throw PyErr.typeError("__str__ returned non-string (type %s)", r.type().name());
        }
        return (PyStr) r;
    }

    /** {@code hash(o)}. */
    public static long hash(PyObject o) {
        if (o.type() == PyStr.TYPE) {
            return ((PyStr) o).hash();
        }
        Slots.HashFunc f = o.type().tp_hash;
        if (f == null) {
            throw PyErr.typeError("unhashable type: '%s'", o.type().name());
        }
        return f.hash(o);
    }

    /** {@code bool(o)}: {@code nb_bool}, else {@code len}, else true. */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t.nb_bool != null) {
            return t.nb_bool.test(o);
        }
        if (t.mp_length == HeapTypeSlots.SLOT_LEN) {
            return HeapTypeSlots.pythonLen(o) != 0;
        }
        if (t.mp_length != null) {
            return t.mp_length.length(o) != 0;
        }
        if (t.sq_length != null) {
            return t.sq_length.length(o) != 0;
        }
        return true;
    }

    // ------------------------------------------------------------------ numbers

    /**
     * {@code binary_op1}: the left operand's slot, then the right's (first when the right
     * operand's type is a proper subtype of the left's); NotImplemented when neither applies.
     */
    public static PyObject binaryOp1(PyObject a, PyObject b, NumberOp op) {
        int i = op.ordinal();
        PyType ta = a.type();
        PyType tb = b.type();
        Slots.BinaryFunc slotv = ta.nb_binary[i];
        Slots.BinaryFunc slotw = null;
        if (tb != ta) {
            slotw = tb.nb_binary[i];
            if (slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && tb.isSubtype(ta)) {
                PyObject x = slotw.apply(a, b);
                if (x != NI) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.apply(a, b);
            if (x != NI) {
                return x;
            }
        }
        if (slotw != null) {
            return slotw.apply(a, b);
        }
        return NI;
    }

    private static PyException binopError(PyObject a, PyObject b, String symbol) {
        return PyErr.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol, a.type().name(),
                b.type().name());
    }

    /** {@code a <op> b} for any binary number operation (with the sequence fallbacks of + and *). */
    public static PyObject binaryOp(PyObject a, PyObject b, NumberOp op) {
        PyObject r = binaryOp1(a, b, op);
        if (r != NI) {
            return r;
        }
        if (op == NumberOp.ADD) {
            Slots.BinaryFunc concat = a.type().sq_concat;
            if (concat != null) {
                return concat.apply(a, b);
            }
        } else if (op == NumberOp.MULTIPLY) {
            r = sequenceRepeat(a, b);
            if (r != null) {
                return r;
            }
        }
        throw binopError(a, b, op.binaryMessageSymbol());
    }

    private static PyObject sequenceRepeat(PyObject a, PyObject b) {
        Slots.BinaryFunc rep = a.type().sq_repeat;
        if (rep != null) {
            if (!isIndex(b)) {
                throw PyErr.typeError("can't multiply sequence by non-int of type '%s'", b.type().name());
            }
            return rep.apply(a, b);
        }
        rep = b.type().sq_repeat;
        if (rep != null) {
            if (!isIndex(a)) {
                throw PyErr.typeError("can't multiply sequence by non-int of type '%s'", a.type().name());
            }
            return rep.apply(b, a);
        }
        return null;
    }

    /** {@code a <op>= b}: the in-place slot, then the binary operation. */
    public static PyObject inplaceOp(PyObject a, PyObject b, NumberOp op) {
        Slots.BinaryFunc f = a.type().nb_inplace[op.ordinal()];
        if (f != null) {
            PyObject r = f.apply(a, b);
            if (r != NI) {
                return r;
            }
        }
        PyObject r = binaryOp1(a, b, op);
        if (r != NI) {
            return r;
        }
        if (op == NumberOp.ADD) {
            Slots.BinaryFunc concat = a.type().sq_concat;
            if (concat != null) {
                return concat.apply(a, b);
            }
        } else if (op == NumberOp.MULTIPLY) {
            // PyNumber_InPlaceMultiply: only the left operand's repeat when it is a sequence at all
            PyType ta = a.type();
            boolean leftIsSequence = ta.sq_length != null || ta.sq_contains != null || ta.sq_concat != null
                    || ta.sq_repeat != null;
            if (!leftIsSequence || ta.sq_repeat != null) {
                r = sequenceRepeat(a, b);
                if (r != null) {
                    return r;
                }
            }
        }
        throw binopError(a, b, op.inplaceMessageSymbol());
    }

    /** {@code a + b}, with exact-int, float and str fast paths. */
    public static PyObject add(PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyInt.TYPE) {
                return IntOps.add((PyInt) a, (PyInt) b);
            }
            if (ta == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) a).value + ((PyFloat) b).value);
            }
            if (ta == PyStr.TYPE) {
                return ((PyStr) a).concat((PyStr) b);
            }
        }
        return binaryOp(a, b, NumberOp.ADD);
    }

    /** {@code a - b}. */
    public static PyObject subtract(PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyInt.TYPE) {
                return IntOps.sub((PyInt) a, (PyInt) b);
            }
            if (ta == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) a).value - ((PyFloat) b).value);
            }
        }
        return binaryOp(a, b, NumberOp.SUBTRACT);
    }

    /** {@code a * b}. */
    public static PyObject multiply(PyObject a, PyObject b) {
        PyType ta = a.type();
        if (ta == b.type()) {
            if (ta == PyInt.TYPE) {
                return IntOps.mul((PyInt) a, (PyInt) b);
            }
            if (ta == PyFloat.TYPE) {
                return PyFloat.of(((PyFloat) a).value * ((PyFloat) b).value);
            }
        }
        return binaryOp(a, b, NumberOp.MULTIPLY);
    }

    /** {@code a / b}. */
    public static PyObject trueDivide(PyObject a, PyObject b) {
        return binaryOp(a, b, NumberOp.TRUE_DIVIDE);
    }

    /** {@code a // b}. */
    public static PyObject floorDivide(PyObject a, PyObject b) {
        return binaryOp(a, b, NumberOp.FLOOR_DIVIDE);
    }

    /** {@code a % b}. */
    public static PyObject remainder(PyObject a, PyObject b) {
        return binaryOp(a, b, NumberOp.REMAINDER);
    }

    /** {@code divmod(a, b)}. */
    public static PyObject divmod(PyObject a, PyObject b) {
        return binaryOp(a, b, NumberOp.DIVMOD);
    }

    /** {@code a ** b}. */
    public static PyObject power(PyObject a, PyObject b) {
        return binaryOp(a, b, NumberOp.POWER);
    }

    private static PyObject unary(PyObject o, Slots.UnaryFunc f, String what) {
        if (f == null) {
            throw PyErr.typeError("bad operand type for %s: '%s'", what, o.type().name());
        }
        return f.apply(o);
    }

    /** {@code -o}. */
    public static PyObject negative(PyObject o) {
        return unary(o, o.type().nb_negative, "unary -");
    }

    /** {@code +o}. */
    public static PyObject positive(PyObject o) {
        return unary(o, o.type().nb_positive, "unary +");
    }

    /** {@code ~o}. */
    public static PyObject invert(PyObject o) {
        return unary(o, o.type().nb_invert, "unary ~");
    }

    /** {@code abs(o)}. */
    public static PyObject absolute(PyObject o) {
        return unary(o, o.type().nb_absolute, "abs()");
    }

    private static volatile int recursionLimit = 1000;

    /**
     * The recursion limit ({@code sys.setrecursionlimit}) for the runtime's own recursions:
     * containers printed inside containers.
     */
    public static int recursionLimit() {
        return recursionLimit;
    }

    /** Sets {@link #recursionLimit()}; the VM calls it with {@code sys.setrecursionlimit}'s value. */
    public static void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    /** True when {@code o} has {@code __index__}. */
    public static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o.type().nb_index != null;
    }

    /** {@code operator.index(o)}. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt) {
            return (PyInt) o;
        }
        Slots.UnaryFunc f = o.type().nb_index;
        if (f == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
        }
        PyObject r = f.apply(o);
        if (!(r instanceof PyInt)) {
            throw PyErr.typeError("__index__ returned non-int (type %s)", r.type().name());
        }
        return (PyInt) r;
    }

    /** {@code o.__index__()} as a long, saturated at Long.MIN_VALUE/MAX_VALUE. */
    public static long asIndexClamped(PyObject o) {
        if (o instanceof PyInt) {
            return ((PyInt) o).clampedLong();
        }
        return index(o).clampedLong();
    }

    /**
     * {@code o.__index__()} as a Py_ssize_t for a sequence's item index; IndexError "cannot fit
     * 'int' into an index-sized integer" when it does not fit ({@code PyNumber_AsSsize_t} with
     * IndexError, as the sequences' subscripts call it).
     */
    public static long asItemIndex(PyObject o) {
        return asSsize(o, PyExc.IndexError);
    }

    /**
     * {@code o.__index__()} as a repeat count ({@code seq * n}) or a size to read; OverflowError
     * "cannot fit ... into an index-sized integer" when it does not fit.
     */
    public static long asRepeatCount(PyObject o) {
        return asSsize(o, PyExc.OverflowError);
    }

    private static long asSsize(PyObject o, PyType error) {
        PyInt i = index(o);
        if (i.big != null) {
            throw PyErr.format(error, "cannot fit '%s' into an index-sized integer", o.type().name());
        }
        return i.value;
    }

    /**
     * {@code o.__index__()} as a Py_ssize_t argument (Argument Clinic's {@code Py_ssize_t}
     * converter, as {@code list.pop}, {@code list.insert}): OverflowError when it does not fit.
     */
    public static long asSsizeArg(PyObject o) {
        PyInt i = index(o);
        if (i.big != null) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** A slice bound: an index, saturated ({@code _PyEval_SliceIndex}). */
    public static long sliceIndex(PyObject o) {
        if (!isIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return asIndexClamped(o);
    }

    /** {@code int(o)}. */
    public static PyInt toInt(PyObject o) {
        if (o.type() == PyInt.TYPE) {
            return (PyInt) o;
        }
        if (o instanceof PyStr) {
            return IntParse.parse(((PyStr) o).value(), 10);
        }
        Slots.UnaryFunc f = o.type().nb_int;
        if (f != null) {
            PyObject r = f.apply(o);
            if (!(r instanceof PyInt)) {
                throw PyErr.typeError("__int__ returned non-int (type %s)", r.type().name());
            }
            return ((PyInt) r).exact();
        }
        if (o.type().nb_index != null) {
            return index(o).exact();
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                o.type().name());
    }

    /** {@code float(o)} for a non-str. */
    public static PyFloat toFloat(PyObject o) {
        if (o.type() == PyFloat.TYPE) {
            return (PyFloat) o;
        }
        if (o instanceof PyInt) {
            return PyFloat.of(IntOps.toDouble((PyInt) o));
        }
        Slots.UnaryFunc f = o.type().nb_float;
        if (f != null) {
            PyObject r = f.apply(o);
            if (!(r instanceof PyFloat)) {
                throw PyErr.typeError("%s.__float__ returned non-float (type %s)", o.type().name(), r.type().name());
            }
            return (PyFloat) r;
        }
        if (o.type().nb_index != null) {
            return PyFloat.of(IntOps.toDouble(index(o)));
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '%s'", o.type().name());
    }

    // ------------------------------------------------------------------ comparison

    /** {@code a <op> b}, with reflection and CPython's fallbacks for == and !=. */
    public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta == tb && (ta == PyInt.TYPE || ta == PyStr.TYPE)) {
            return PyBool.of(compareIntOrStr(a, b, op));
        }
        // a container compares its items: a self-containing one recurses (Py_EnterRecursiveCall)
        VmHooks.Recursion rec = VmHooks.recursion;
        rec.enter(" in comparison");
        try {
            return richCompareSlots(a, b, op, ta, tb);
        } finally {
            rec.leave();
        }
    }

    private static PyObject richCompareSlots(PyObject a, PyObject b, CompareOp op, PyType ta, PyType tb) {
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtype(ta) && tb.tp_richcompare != null) {
            checkedReverse = true;
            PyObject r = tb.tp_richcompare.compare(b, a, op.swapped());
            if (r != NI) {
                return r;
            }
        }
        if (ta.tp_richcompare != null) {
            PyObject r = ta.tp_richcompare.compare(a, b, op);
            if (r != NI) {
                return r;
            }
        }
        if (!checkedReverse && tb.tp_richcompare != null) {
            PyObject r = tb.tp_richcompare.compare(b, a, op.swapped());
            if (r != NI) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return PyBool.of(a == b);
            case NE:
                return PyBool.of(a != b);
            default:
                throw PyErr.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol, ta.name(),
                        tb.name());
        }
    }

    /** {@code a op b} for two exact ints or two exact strs (both of the same type). */
    private static boolean compareIntOrStr(PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyStr x) {
            PyStr y = (PyStr) b;
            if (op == CompareOp.EQ) {
                return x.equalsStr(y);
            }
            if (op == CompareOp.NE) {
                return !x.equalsStr(y);
            }
            return op.test(x.compareTo(y));
        }
        return op.test(IntOps.compare((PyInt) a, (PyInt) b));
    }

    /** {@code PyObject_RichCompareBool}: identity implies equality for == and !=. */
    public static boolean richCompareBool(PyObject a, PyObject b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        Class<?> ca = a.getClass();
        if (ca == b.getClass() && (ca == PyInt.class || ca == PyStr.class)) {
            return compareIntOrStr(a, b, op);
        }
        PyObject r = richCompare(a, b, op);
        if (r == PyBool.TRUE) {
            return true;
        }
        if (r == PyBool.FALSE) {
            return false;
        }
        return isTrue(r);
    }

    // ------------------------------------------------------------------ containers

    /**
     * {@code len(o)} over the whole range CPython allows (a {@code __len__} written in Python may
     * answer up to {@code sys.maxsize}); {@link #len} serves the callers that index Java arrays.
     */
    public static long lenAsLong(PyObject o) {
        if (o.type().sq_length == HeapTypeSlots.SLOT_LEN) {
            return HeapTypeSlots.pythonLen(o);
        }
        return len(o);
    }

    /** {@code len(o)} for callers that need an int (lengths of Java-backed containers). */
    public static int len(PyObject o) {
        PyType t = o.type();
        if (t.sq_length != null) {
            return t.sq_length.length(o);
        }
        if (t.mp_length != null) {
            return t.mp_length.length(o);
        }
        throw PyErr.typeError("object of type '%s' has no len()", t.name());
    }

    /** {@code o[key]}. */
    public static PyObject getItem(PyObject o, PyObject key) {
        Slots.BinaryFunc f = o.type().mp_subscript;
        if (f == null) {
            if (o instanceof PyType t) {
                if (t == PyType.TYPE) {
                    return genericAlias(t, key);
                }
                PyObject meth = lookupAttr(t, PyStr.of("__class_getitem__"));
                if (meth != null) {
                    return call(meth, key);
                }
                throw PyErr.typeError("type '%s' is not subscriptable", t.name());
            }
            throw PyErr.typeError("'%s' object is not subscriptable", o.type().name());
        }
        return f.apply(o, key);
    }

    /** Hook for {@code types.GenericAlias} ({@code list[int]}); set by the VM or stdlib when it exists. */
    public static volatile Slots.BinaryFunc genericAliasMaker;

    private static PyObject genericAlias(PyType t, PyObject key) {
        Slots.BinaryFunc f = genericAliasMaker;
        if (f == null) {
            throw PyErr.typeError("type '%s' is not subscriptable", t.name());
        }
        return f.apply(t, key);
    }

    /** {@code o[key] = value}. */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Slots.ObjObjArgProc f = o.type().mp_ass_subscript;
        if (f == null) {
            throw PyErr.typeError("'%s' object does not support item assignment", o.type().name());
        }
        f.set(o, key, value);
    }

    /** {@code del o[key]}. */
    public static void delItem(PyObject o, PyObject key) {
        Slots.ObjObjArgProc f = o.type().mp_ass_subscript;
        if (f == null) {
            throw PyErr.typeError("'%s' object doesn't support item deletion", o.type().name());
        }
        f.set(o, key, null);
    }

    /** {@code iter(o)}. */
    public static PyObject iter(PyObject o) {
        Slots.UnaryFunc f = o.type().tp_iter;
        if (f == null) {
            if (dev.adder.runtime.objects.PyIterator.isSequence(o)) {
                return new dev.adder.runtime.objects.PyIterator(o);
            }
            throw PyErr.typeError("'%s' object is not iterable", o.type().name());
        }
        PyObject it = f.apply(o);
        if (it.type().tp_iternext == null) {
            throw PyErr.typeError("iter() returned non-iterator of type '%s'", it.type().name());
        }
        return it;
    }

    /** {@code next(it)}: the next item, or null when the iterator is exhausted (no exception). */
    public static PyObject next(PyObject it) {
        Slots.IterNextFunc f = it.type().tp_iternext;
        if (f == null) {
            throw PyErr.typeError("'%s' object is not an iterator", it.type().name());
        }
        try {
            return f.next(it);
        } catch (PyException e) {
            // a StopIteration out of a callback (map's function...) means exhaustion, as in CPython
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        Slots.ObjObjProc f = container.type().sq_contains;
        if (f != null) {
            return f.test(container, item);
        }
        if (container.type().tp_iter == null && !dev.adder.runtime.objects.PyIterator.isSequence(container)) {
            throw PyErr.typeError("argument of type '%s' is not iterable", container.type().name());
        }
        PyObject it = iter(container);
        for (PyObject x; (x = next(it)) != null;) {
            if (x == item || richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ attributes

    /** {@code o.name}. */
    public static PyObject getAttr(PyObject o, PyStr name) {
        PyObject r = o.type().tp_getattro.get(o, name);
        if (r == null) {
            if (o instanceof PyType) {
                throw PyErr.attributeError("type object '%s' has no attribute '%s'", ((PyType) o).name(),
                        name.value());
            }
            throw PyErr.noAttribute(o, name);
        }
        return r;
    }

    /** {@code o.name} by a Java name. */
    public static PyObject getAttr(PyObject o, String name) {
        return getAttr(o, PyStr.of(name));
    }

    /** {@code o.name}, or null when there is no such attribute (AttributeError is swallowed). */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        try {
            return o.type().tp_getattro.get(o, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code o.name = value}. */
    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        Slots.SetAttroFunc f = o.type().tp_setattro;
        if (f == null) {
            throw PyErr.typeError("'%s' object has no attributes (assign to .%s)", o.type().name(), name.value());
        }
        f.set(o, name, value);
    }

    /** {@code del o.name}. */
    public static void delAttr(PyObject o, PyStr name) {
        Slots.SetAttroFunc f = o.type().tp_setattro;
        if (f == null) {
            throw PyErr.typeError("'%s' object has no attributes (del .%s)", o.type().name(), name.value());
        }
        f.set(o, name, null);
    }

    /**
     * {@code PyObject_GenericGetAttr}: a data descriptor on the type, then the instance dict, then
     * a non-data descriptor or plain class attribute; null when none.
     */
    public static PyObject genericGetAttr(PyObject o, PyStr name) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        Slots.DescrGetFunc get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.tp_descr_get;
            if (get != null && dt.tp_descr_set != null) {
                return get.get(descr, o, t);
            }
        }
        PyDict d = o.instanceDict();
        if (d != null) {
            PyObject v = d.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (get != null) {
            return get.get(descr, o, t);
        }
        return descr;
    }

    /** {@code PyObject_GenericSetAttr}: a data descriptor on the type, else the instance dict. */
    public static void genericSetAttr(PyObject o, PyStr name, PyObject value) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr != null) {
            Slots.DescrSetFunc set = descr.type().tp_descr_set;
            if (set != null) {
                set.set(descr, o, value);
                return;
            }
        }
        PyDict d = o.instanceDict();
        if (d == null) {
            if (descr == null) {
                throw PyErr.noAttribute(o, name);
            }
            throw PyErr.attributeError("'%s' object attribute '%s' is read-only", t.name(), name.value());
        }
        if (value == null) {
            if (!d.delItem(name)) {
                throw PyErr.noAttribute(o, name);
            }
        } else {
            d.setItem(name, value);
        }
    }

    // ------------------------------------------------------------------ calls

    /** {@code callable(*args[0:nargs], **dict(zip(kwnames, args[nargs:])))}. */
    public static PyObject call(PyObject callable, PyObject[] args, int nargs, PyTuple kwnames) {
        Slots.CallFunc f = callable.type().tp_call;
        if (f == null) {
            throw PyErr.typeError("'%s' object is not callable", callable.type().name());
        }
        return f.call(callable, args, nargs, kwnames);
    }

    /** {@code callable(*args)}. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, args.length, null);
    }

    /** {@code o.name(*args)}. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        return call(getAttr(o, PyStr.of(name)), args, args.length, null);
    }

    /** {@code isinstance(o, t)} for a type (no {@code __instancecheck__}). */
    public static boolean isInstance(PyObject o, PyType t) {
        return o.type().isSubtype(t);
    }

    private static final PyStr INSTANCECHECK = PyStr.intern("__instancecheck__");
    private static final PyStr SUBCLASSCHECK = PyStr.intern("__subclasscheck__");
    private static final PyStr BASES = PyStr.intern("__bases__");
    private static final PyStr CLASS = PyStr.intern("__class__");

    /**
     * {@code PyObject_IsInstance}: {@code isinstance(inst, cls)} with tuples, unions and
     * {@code __instancecheck__} (each tuple level and check a level of recursion).
     */
    public static boolean objectIsInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) {
            return true;
        }
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE) {
            return recursiveIsInstance(inst, cls);
        }
        if (cls instanceof dev.adder.runtime.objects.PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tup) {
            VmHooks.Recursion rec = VmHooks.recursion;
            rec.enter(" in __instancecheck__");
            try {
                for (PyObject c : tup.items()) {
                    if (objectIsInstance(inst, c)) {
                        return true;
                    }
                }
                return false;
            } finally {
                rec.leave();
            }
        }
        PyObject checker = cls.type().lookup(INSTANCECHECK);
        if (checker != null) {
            VmHooks.Recursion rec = VmHooks.recursion;
            rec.enter(" in __instancecheck__");
            try {
                return isTrue(HeapTypeSlots.callMethod(checker, cls, inst));
            } finally {
                rec.leave();
            }
        }
        return recursiveIsInstance(inst, cls);
    }

    /**
     * {@code PyObject_IsSubclass}: {@code issubclass(derived, cls)} with tuples, unions and
     * {@code __subclasscheck__} (each tuple level and check a level of recursion).
     */
    public static boolean objectIsSubclass(PyObject derived, PyObject cls) {
        if (cls.getClass() == PyType.class && cls.type() == PyType.TYPE) {
            return derived == cls || recursiveIsSubclass(derived, cls);
        }
        if (cls instanceof dev.adder.runtime.objects.PyUnionType u) {
            cls = u.args();
        }
        if (cls instanceof PyTuple tup) {
            VmHooks.Recursion rec = VmHooks.recursion;
            rec.enter(" in __subclasscheck__");
            try {
                for (PyObject c : tup.items()) {
                    if (objectIsSubclass(derived, c)) {
                        return true;
                    }
                }
                return false;
            } finally {
                rec.leave();
            }
        }
        PyObject checker = cls.type().lookup(SUBCLASSCHECK);
        if (checker != null) {
            VmHooks.Recursion rec = VmHooks.recursion;
            rec.enter(" in __subclasscheck__");
            try {
                return isTrue(HeapTypeSlots.callMethod(checker, cls, derived));
            } finally {
                rec.leave();
            }
        }
        return recursiveIsSubclass(derived, cls);
    }

    private static PyObject abstractBases(PyObject o) {
        PyObject b = lookupAttr(o, BASES);
        return b instanceof PyTuple ? b : null;
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        while (true) {
            if (derived == cls) {
                return true;
            }
            PyObject bases = abstractBases(derived);
            if (bases == null) {
                return false;
            }
            PyObject[] items = ((PyTuple) bases).items();
            if (items.length == 0) {
                return false;
            }
            if (items.length == 1) {
                derived = items[0];
                continue;
            }
            for (PyObject b : items) {
                // each base is a level of recursion (CPython's bpo-30570: pathological __bases__)
                VmHooks.Recursion rec = VmHooks.recursion;
                rec.enter(" in __issubclass__");
                try {
                    if (abstractIsSubclass(b, cls)) {
                        return true;
                    }
                } finally {
                    rec.leave();
                }
            }
            return false;
        }
    }

    /** {@code object_isinstance}: the check without {@code __instancecheck__}. */
    public static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType t) {
            if (inst.type().isSubtype(t)) {
                return true;
            }
            PyObject c = lookupAttr(inst, CLASS);
            return c != null && c != inst.type() && c instanceof PyType ct && ct.isSubtype(t);
        }
        if (abstractBases(cls) == null) {
            throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject c = lookupAttr(inst, CLASS);
        return c != null && abstractIsSubclass(c, cls);
    }

    /** {@code recursive_issubclass}: the check without {@code __subclasscheck__}. */
    public static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType c && derived instanceof PyType d) {
            return d.isSubtype(c);
        }
        if (abstractBases(derived) == null) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        if (abstractBases(cls) == null) {
            throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }
}
