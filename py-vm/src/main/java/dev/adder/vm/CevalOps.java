package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.HeapTypeSlots;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.FloatOps;
import dev.adder.runtime.objects.IntOps;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyRangeIterator;
import dev.adder.runtime.objects.PySeqIter;
import dev.adder.runtime.objects.PyInstance;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PySlice;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The out-of-line parts of the evaluation loop: rare opcodes, slow paths, argument binding and
 * exception unwinding.
 *
 * <p>CPython: Python/ceval.c (helpers of {@code _PyEval_EvalFrameDefault}).
 */
final class CevalOps {
    private CevalOps() {
    }

    private static final CompareOp[] CMP = CompareOp.values();

    static NumberOp binaryOp(int op) {
        switch (op) {
            case 16: return NumberOp.MATRIX_MULTIPLY;
            case 19: return NumberOp.POWER;
            case 20: return NumberOp.MULTIPLY;
            case 22: return NumberOp.REMAINDER;
            case 26: return NumberOp.FLOOR_DIVIDE;
            case 27: return NumberOp.TRUE_DIVIDE;
            case 62: return NumberOp.LSHIFT;
            case 63: return NumberOp.RSHIFT;
            case 64: return NumberOp.AND;
            case 65: return NumberOp.XOR;
            default: return NumberOp.OR;
        }
    }

    static NumberOp inplaceOp(int op) {
        switch (op) {
            case 17: return NumberOp.MATRIX_MULTIPLY;
            case 28: return NumberOp.FLOOR_DIVIDE;
            case 29: return NumberOp.TRUE_DIVIDE;
            case 55: return NumberOp.ADD;
            case 56: return NumberOp.SUBTRACT;
            case 57: return NumberOp.MULTIPLY;
            case 59: return NumberOp.REMAINDER;
            case 67: return NumberOp.POWER;
            case 75: return NumberOp.LSHIFT;
            case 76: return NumberOp.RSHIFT;
            case 77: return NumberOp.AND;
            case 78: return NumberOp.XOR;
            default: return NumberOp.OR;
        }
    }

    /** The arithmetic of a binary or in-place opcode: 0 none, then ADD..XOR as in {@link #arith}. */
    private static final byte[] ARITH = new byte[256];

    static {
        int[][] map = {{23, 1}, {55, 1}, {24, 2}, {56, 2}, {20, 3}, {57, 3}, {27, 4}, {29, 4}, {26, 5}, {28, 5},
            {22, 6}, {59, 6}, {19, 7}, {67, 7}, {62, 8}, {75, 8}, {63, 9}, {76, 9}, {64, 10}, {77, 10}, {66, 11},
            {79, 11}, {65, 12}, {78, 12}};
        for (int[] m : map) {
            ARITH[m[0]] = (byte) m[1];
        }
    }

    /** {@code a <op> b} for a binary-operation opcode: exact ints and floats directly, else the protocol. */
    static PyObject binary(int op, PyObject a, PyObject b) {
        PyObject r = arith(op, a, b);
        return r != null ? r : Abstract.binaryOp(a, b, binaryOp(op));
    }

    /** {@code a <op>= b} for an in-place opcode: exact ints and floats (immutable) directly, else the protocol. */
    static PyObject inplace(int op, PyObject a, PyObject b) {
        PyObject r = arith(op, a, b);
        return r != null ? r : Abstract.inplaceOp(a, b, inplaceOp(op));
    }

    /**
     * The result of arithmetic opcode {@code op} when both operands are exact ints or floats (the
     * same functions the types' slots call, without the slot dispatch), else null.
     */
    static PyObject arith(int op, PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca == PyInt.class) {
            if (cb == PyInt.class) {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                switch (ARITH[op]) {
                    case 1: return IntOps.add(x, y);
                    case 2: return IntOps.sub(x, y);
                    case 3: return IntOps.mul(x, y);
                    case 4: return IntOps.trueDiv(x, y);
                    case 5: return IntOps.floorDiv(x, y);
                    case 6: return IntOps.mod(x, y);
                    case 7: return IntOps.pow(x, y);
                    case 8: return IntOps.lshift(x, y);
                    case 9: return IntOps.rshift(x, y);
                    case 10: return IntOps.and(x, y);
                    case 11: return IntOps.or(x, y);
                    case 12: return IntOps.xor(x, y);
                    default: return null;
                }
            }
            if (cb == PyFloat.class && ARITH[op] != 0 && ARITH[op] <= 7) {
                return floatArith(ARITH[op], IntOps.toDouble((PyInt) a), ((PyFloat) b).value);
            }
            return null;
        }
        if (ca == PyFloat.class && ARITH[op] != 0 && ARITH[op] <= 7) {
            if (cb == PyFloat.class) {
                return floatArith(ARITH[op], ((PyFloat) a).value, ((PyFloat) b).value);
            }
            if (cb == PyInt.class) {
                return floatArith(ARITH[op], ((PyFloat) a).value, IntOps.toDouble((PyInt) b));
            }
        }
        return null;
    }

    private static PyObject floatArith(int kind, double x, double y) {
        switch (kind) {
            case 1: return PyFloat.of(x + y);
            case 2: return PyFloat.of(x - y);
            case 3: return PyFloat.of(x * y);
            case 4: return FloatOps.trueDiv(x, y);
            case 5: return FloatOps.floorDiv(x, y);
            case 6: return FloatOps.mod(x, y);
            default: return FloatOps.pow(x, y);
        }
    }

    /** {@code a + b} for two exact machine-word ints without overflow, else null. */
    static PyObject addSmallInts(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long r = x.value + y.value;
                if (((x.value ^ r) & (y.value ^ r)) >= 0) {
                    return PyInt.of(r);
                }
            }
        }
        return null;
    }

    /**
     * {@code o[k]}: an exact list or tuple indexed by a non-negative machine-word int in range
     * directly (CPython 3.11's BINARY_SUBSCR_LIST_INT and _TUPLE_INT), else the mapping protocol.
     */
    static PyObject subscript(PyObject o, PyObject k) {
        if (k.getClass() == PyInt.class && ((PyInt) k).big == null) {
            long i = ((PyInt) k).value;
            if (o.getClass() == PyList.class) {
                PyList l = (PyList) o;
                if (i >= 0 && i < l.size()) {
                    return l.get((int) i);
                }
            } else if (o.getClass() == PyTuple.class) {
                PyTuple t = (PyTuple) o;
                if (i >= 0 && i < t.size()) {
                    return t.get((int) i);
                }
            }
        }
        return Abstract.getItem(o, k);
    }

    /**
     * A Java exception out of a builtin (a bug): SystemError "internal error", with the Java
     * exception and the first place in Adder's code it came from.
     */
    static PyException internalError(RuntimeException e) {
        StringBuilder where = new StringBuilder();
        for (StackTraceElement el : e.getStackTrace()) {
            if (el.getClassName().startsWith("dev.adder")) {
                where.append(" at ").append(el);
                break;
            }
        }
        return PyErr.format(PyExc.SystemError, "internal error: %s%s", e, where);
    }

    static boolean truth(PyObject v) {
        return v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v));
    }

    /**
     * Comparison {@code arg} of two exact machine-word ints or two exact floats: 1 true, 0 false;
     * -1 for other operands.
     */
    static int compareNumbers(PyObject a, PyObject b, int arg) {
        Class<?> ca = a.getClass();
        if (ca == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null && ((PyInt) b).big == null) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            return outcome(arg, x < y, x == y, x > y);
        }
        if (ca == PyFloat.class && b.getClass() == PyFloat.class) {
            double x = ((PyFloat) a).value;
            double y = ((PyFloat) b).value;
            return outcome(arg, x < y, x == y, x > y); // NaN: all three false, so only != holds
        }
        return -1;
    }

    /** Comparison {@code arg} (COMPARE_OP's 0..5) from the three orderings: 1 true, 0 false. */
    private static int outcome(int arg, boolean lt, boolean eq, boolean gt) {
        switch (arg) {
            case 0: return lt ? 1 : 0;
            case 1: return lt || eq ? 1 : 0;
            case 2: return eq ? 1 : 0;
            case 3: return eq ? 0 : 1;
            case 4: return gt ? 1 : 0;
            case 5: return gt || eq ? 1 : 0;
            default: return -1;
        }
    }

    static PyObject compare(PyObject a, PyObject b, int arg) {
        int c = compareNumbers(a, b, arg);
        if (c >= 0) {
            return c != 0 ? PyBool.TRUE : PyBool.FALSE;
        }
        return Abstract.richCompare(a, b, CMP[arg]);
    }

    /** Marks {@code r}, just returned by calling {@code callee}, as a generator only a loop holds. */
    static void markLoopGenerator(PyObject callee, PyObject r) {
        if (r.getClass() == PyGenerator.class && callee instanceof PyFunction pf && (pf.code.flags & 0x20) != 0
                && ((PyGenerator) r).kind == PyGenerator.GEN) {
            ((PyGenerator) r).loopOwned = true;
        }
    }

    /** A loop drops its generator: closes it, reporting a failure as unraisable (CPython: gen_dealloc). */
    static void dropLoopGenerator(ThreadState ts, PyGenerator g) {
        g.loopOwned = false;
        try {
            g.close(ts);
        } catch (PyException e) {
            Frame f = ts.frame;
            if (f != null && e.value.traceback() == null) {
                e.value.setTraceback(new PyTraceback(null, f, f.lasti));
            }
            ts.interp.atexit.unraisable.write(null, g, e);
        }
    }

    /** Closes the loop-owned generators among {@code s[from..to)}, the slots an unwinding is about to clear. */
    private static void dropLoopGenerators(ThreadState ts, PyObject[] s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            PyObject v = s[i];
            if (v != null && v.getClass() == PyGenerator.class && ((PyGenerator) v).loopOwned) {
                s[i] = null;
                dropLoopGenerator(ts, (PyGenerator) v);
            }
        }
    }

    static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            s[i] = null;
        }
    }

    static PyObject iterNext(PyObject it) {
        Class<?> c = it.getClass();
        if (c == PyRangeIterator.class) { // the common loops, without the slot's indirections
            return ((PyRangeIterator) it).next();
        }
        if (c == PySeqIter.class) {
            return ((PySeqIter) it).next();
        }
        if (c == dev.adder.runtime.objects.PyDictIter.class) {
            return ((dev.adder.runtime.objects.PyDictIter) it).next();
        }
        Slots.IterNextFunc n = it.type().tp_iternext;
        if (n == null) {
            throw PyErr.typeError("'%s' object is not an iterator", it.type().name());
        }
        try {
            if (n == HeapTypeSlots.SLOT_NEXT && ThreadState.current().tracing) {
                return HeapTypeSlots.callNext(it); // its StopIteration is reported below
            }
            PyObject r = n.next(it);
            if (r == null && it.getClass() == PyGenerator.class) {
                ThreadState ts = ThreadState.current();
                if (ts.tracing) {
                    Tracing.stopIterationEvent(ts, ((PyGenerator) it).retval, null);
                }
            }
            return r;
        } catch (PyException e) {
            // a StopIteration out of a callback (map's function...) ends the loop, as in CPython
            if (e.matches(PyExc.StopIteration)) {
                ThreadState ts = ThreadState.current();
                if (ts.tracing) {
                    Tracing.stopIterationEvent(ts, null, e);
                }
                return null;
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ names

    static PyObject loadName(Frame f, PyStr name) {
        PyObject v;
        if (f.locals != null && f.locals.getClass() == PyDict.class) {
            PyDict d = (PyDict) f.locals;
            v = d.getItem(name);
        } else if (f.locals != null) {
            v = mappingGet(f.locals, name);
        } else {
            throw PyErr.systemError("no locals when loading '%s'", name.value());
        }
        if (v == null) {
            v = f.globals.getItem(name);
            if (v == null) {
                v = f.builtins.getItem(name);
                if (v == null) {
                    throw nameError(name);
                }
            }
        }
        return v;
    }

    private static PyObject mappingGet(PyObject m, PyStr name) {
        try {
            return Abstract.getItem(m, name);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static PyException nameError(PyStr name) {
        PyException e = PyErr.format(PyExc.NameError, "name '%s' is not defined", name.value());
        e.value.fields().setItem(PyStr.of("name"), name);
        return e;
    }

    static void storeName(Frame f, PyStr name, PyObject v) {
        if (f.locals != null && f.locals.getClass() == PyDict.class) {
            ((PyDict) f.locals).setItem(name, v);
        } else if (f.locals != null) {
            Abstract.setItem(f.locals, name, v);
        } else {
            throw PyErr.systemError("no locals found when storing '%s'", name.value());
        }
    }

    static void deleteName(Frame f, PyStr name) {
        if (f.locals != null && f.locals.getClass() == PyDict.class) {
            if (!((PyDict) f.locals).delItem(name)) {
                throw nameError(name);
            }
        } else if (f.locals != null) {
            try {
                Abstract.delItem(f.locals, name);
            } catch (PyException e) {
                if (e.matches(PyExc.KeyError)) {
                    throw nameError(name);
                }
                throw e;
            }
        } else {
            throw PyErr.systemError("no locals when deleting '%s'", name.value());
        }
    }

    static void deleteGlobal(Frame f, PyStr name) {
        if (!f.globals.delItem(name)) {
            throw nameError(name);
        }
    }

    static PyException unboundLocal(PyCode co, int i) {
        return PyErr.format(PyExc.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value",
                co.varnames[i].value());
    }

    static PyException unboundDeref(PyCode co, int i) {
        if (i < co.ncells) {
            return PyErr.format(PyExc.UnboundLocalError,
                    "cannot access local variable '%s' where it is not associated with a value",
                    co.cellAndFree[i].value());
        }
        return PyErr.format(PyExc.NameError,
                "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                co.cellAndFree[i].value());
    }

    static void deleteDeref(PyCode co, PyObject[] s, int slot, int i) {
        PyCell c = (PyCell) s[slot];
        if (c.ref == null) {
            throw unboundDeref(co, i);
        }
        c.ref = null;
    }

    static PyObject loadClassDeref(Frame f, PyObject[] s, int nlocals, int arg) {
        PyStr name = f.code.cellAndFree[arg];
        PyObject v = f.locals instanceof PyDict d ? d.getItem(name) : null;
        if (v != null) {
            return v;
        }
        v = ((PyCell) s[nlocals + arg]).ref;
        if (v == null) {
            throw unboundDeref(f.code, arg);
        }
        return v;
    }

    static PyObject loadBuildClass(Frame f) {
        PyObject bc = f.builtins.getItem(PyStr.of("__build_class__"));
        if (bc == null) {
            throw PyErr.format(PyExc.NameError, "__build_class__ not found");
        }
        return bc;
    }

    /** LOAD_METHOD: {@code o -> meth self} when the type's attribute is a method, else {@code NULL attr}. */
    /**
     * {@code cls(a1..an)} for a class whose call is {@code object.__new__} and then its Python
     * {@code __init__} ({@link PyType#plainInit}): the instance is made here and {@code __init__}
     * runs with it in {@code args[base-1]} (the class's slot in the caller's stack). The recursion
     * check and message are those of a call of an object, as in {@code Tracing.callOther}.
     */
    static PyObject construct(ThreadState ts, PyType t, PyFunction init, PyObject[] args, int base, int nargs) {
        if (++ts.recursionDepth > ts.recursionLimit) {
            ts.recursionDepth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        }
        try {
            PyObject obj = t.hasDel ? new dev.adder.runtime.objects.PyFinalizedInstance(t) : new PyInstance(t);
            args[base - 1] = obj;
            PyObject r = Ceval.callFunction(ts, init, args, base - 1, nargs + 1, null);
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '%s'", r.type().name());
            }
            return obj;
        } finally {
            ts.recursionDepth--;
        }
    }

    /**
     * A positional call of a builtin type's method taking no argument or one ({@code list.append},
     * {@code set.add}, {@code dict.get} with one argument...) with the recursion check of a call of
     * an object; null when the method needs the generic call.
     */
    static PyObject callMethodDescr(ThreadState ts, PyMethodDescr md, PyObject[] args, int base, int nargs) {
        if (++ts.recursionDepth > ts.recursionLimit) {
            ts.recursionDepth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
        }
        try {
            return md.fastCall(args, base, nargs);
        } finally {
            ts.recursionDepth--;
        }
    }

    static void loadMethod(PyObject[] s, int sp, PyStr name) {
        PyObject o = s[sp - 1];
        if (!(o instanceof PyType) && !(o instanceof PyModule) && o.type().tp_getattro == dev.adder.runtime.BaseObject.GENERIC_GETATTR) {
            PyObject descr = o.type().lookup(name);
            if (descr != null && descr.type().hasFlags(PyType.METHOD_DESCRIPTOR)) {
                PyDict d = o instanceof PyBaseException ? null : o.instanceDict();
                if (d == null || d.getItem(name) == null) {
                    s[sp - 1] = descr;
                    s[sp] = o;
                    return;
                }
            }
        }
        s[sp - 1] = null;
        s[sp] = Abstract.getAttr(o, name);
    }

    // ------------------------------------------------------------------ building

    static int buildTuple(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[n];
        sp -= n;
        System.arraycopy(s, sp, items, 0, n);
        clear(s, sp, sp + n);
        s[sp++] = PyTuple.of(items);
        return sp;
    }

    static int buildList(PyObject[] s, int sp, int n) {
        PyObject[] items = new PyObject[Math.max(n, 4)];
        sp -= n;
        System.arraycopy(s, sp, items, 0, n);
        clear(s, sp, sp + n);
        s[sp++] = PyList.wrap(items, n);
        return sp;
    }

    static int build(int op, PyObject[] s, int sp, int n) {
        PyObject r;
        int base;
        switch (op) {
            case 104: { // BUILD_SET: v1..vn -> {v1..vn}
                base = sp - n;
                PySet set = PySet.newSet();
                for (int i = base; i < sp; i++) {
                    set.add(s[i]);
                }
                r = set;
                break;
            }
            case 105: { // BUILD_MAP: k1 v1 .. kn vn -> {k1: v1, ..}
                base = sp - 2 * n;
                PyDict d = new PyDict();
                for (int i = base; i < sp; i += 2) {
                    d.setItem(s[i], s[i + 1]);
                }
                r = d;
                break;
            }
            case 133: // BUILD_SLICE: start stop [step] -> slice
                base = sp - n;
                r = new PySlice(s[base], s[base + 1], n == 3 ? s[base + 2] : PyNone.NONE);
                break;
            case 156: { // BUILD_CONST_KEY_MAP: v1..vn keys -> {..}
                base = sp - n - 1;
                PyTuple keys = (PyTuple) s[sp - 1];
                PyDict d = new PyDict();
                for (int i = 0; i < n; i++) {
                    d.setItem(keys.get(i), s[base + i]);
                }
                r = d;
                break;
            }
            default: { // BUILD_STRING: s1..sn -> s1+..+sn
                base = sp - n;
                StringBuilder sb = new StringBuilder();
                for (int i = base; i < sp; i++) {
                    sb.append(((PyStr) s[i]).value());
                }
                r = PyStr.of(sb.toString());
                break;
            }
        }
        clear(s, base, sp);
        s[base] = r;
        return base + 1;
    }

    static int containerOp(int op, PyObject[] s, int sp, int arg) {
        PyObject v = s[--sp];
        s[sp] = null;
        switch (op) {
            case 146: // SET_ADD: set .. v -> set ..
                ((PySet) s[sp - arg]).add(v);
                break;
            case 147: { // MAP_ADD: map .. k v -> map ..
                PyObject k = s[--sp];
                s[sp] = null;
                ((PyDict) s[sp - arg]).setItem(k, v);
                break;
            }
            case 162: // LIST_EXTEND: list .. it -> list ..
                if (v.type().tp_iter == null && !(v instanceof PyTuple) && !(v instanceof PyList)
                    && !dev.adder.runtime.objects.PyIterator.isSequence(v)) {
                    throw PyErr.typeError("Value after * must be an iterable, not %s", v.type().name());
                }
                ((PyList) s[sp - arg]).extend(v);
                break;
            case 163: // SET_UPDATE
                ((PySet) s[sp - arg]).update(v);
                break;
            default: // DICT_MERGE, DICT_UPDATE: dict .. m -> dict ..
                if (op == 164) {
                    PyObject fn = sp - arg - 2 >= 0 ? s[sp - arg - 2] : null;
                    if (!(v instanceof PyDict) && Abstract.lookupAttr(v, PyStr.of("keys")) == null) {
                        throw PyErr.typeError("%s argument after ** must be a mapping, not %s", functionStr(fn),
                                v.type().name());
                    }
                    try {
                        dictUpdate((PyDict) s[sp - arg], v, true);
                    } catch (PyException e) {
                        if (e.value.type() == PyExc.TypeError && Abstract.str(e.value).value()
                                .startsWith("got multiple values for keyword argument")) {
                            throw PyErr.typeError("%s %s", functionStr(fn), Abstract.str(e.value).value());
                        }
                        throw e;
                    }
                } else {
                    dictUpdate((PyDict) s[sp - arg], v, false);
                }
                break;
        }
        return sp;
    }

    /** How a callable is named in call errors (CPython: {@code _PyObject_FunctionStr}). */
    static String functionStr(PyObject fn) {
        if (fn == null) {
            return "function";
        }
        PyObject qn = Abstract.lookupAttr(fn, PyStr.of("__qualname__"));
        if (!(qn instanceof PyStr q)) {
            return fn.type().name() + " object";
        }
        PyObject mod = Abstract.lookupAttr(fn, PyStr.of("__module__"));
        if (mod instanceof PyStr m && !m.value().equals("builtins")) {
            return m.value() + "." + q.value() + "()";
        }
        return q.value() + "()";
    }

    static void dictUpdate(PyDict d, PyObject m, boolean merge) {
        if (m instanceof PyDict src) {
            for (int j = src.nextEntry(0); j >= 0; j = src.nextEntry(j + 1)) {
                PyObject k = src.keyAt(j);
                if (merge && d.containsKey(k)) {
                    throw PyErr.typeError("got multiple values for keyword argument '%s'", Abstract.str(k).value());
                }
                d.setItem(k, src.valueAt(j));
            }
            return;
        }
        PyObject keys = Abstract.callMethod(m, "keys");
        PyObject it = Abstract.iter(keys);
        for (PyObject k = iterNext(it); k != null; k = iterNext(it)) {
            d.setItem(k, Abstract.getItem(m, k));
        }
    }

    static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject seq = s[--sp];
        PyObject[] items;
        if (seq instanceof PyTuple t && t.size() == n) {
            items = t.items();
        } else if (seq instanceof PyList l && l.size() == n) {
            items = l.toArray();
        } else {
            if (seq.type().tp_iter == null && !(seq instanceof PyTuple) && !(seq instanceof PyList)
                    && !dev.adder.runtime.objects.PyIterator.isSequence(seq)) {
                throw PyErr.typeError("cannot unpack non-iterable %s object", seq.type().name());
            }
            PyObject it = Abstract.iter(seq);
            items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject v = iterNext(it);
                if (v == null) {
                    throw PyErr.valueError("not enough values to unpack (expected %d, got %d)", n, i);
                }
                items[i] = v;
            }
            if (iterNext(it) != null) {
                throw PyErr.valueError("too many values to unpack (expected %d)", n);
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    /** UNPACK_EX: seq -> v[after]..v[0] (with one list for the starred target). */
    static int unpackEx(PyObject[] s, int sp, int arg) {
        int before = arg & 0xff;
        int after = arg >> 8;
        PyObject seq = s[--sp];
        if (seq.type().tp_iter == null && !(seq instanceof PyTuple) && !(seq instanceof PyList)
                    && !dev.adder.runtime.objects.PyIterator.isSequence(seq)) {
            throw PyErr.typeError("cannot unpack non-iterable %s object", seq.type().name());
        }
        PyList all = new PyList();
        all.extend(seq);
        int n = all.size();
        if (n < before + after) {
            throw PyErr.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, n);
        }
        PyObject[] items = all.toArray();
        for (int i = n - 1; i >= n - after; i--) {
            s[sp++] = items[i];
        }
        PyObject[] mid = java.util.Arrays.copyOfRange(items, before, n - after);
        s[sp++] = PyList.wrap(mid, mid.length);
        for (int i = before - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        return sp;
    }

    private static PyObject special(PyObject o, String name) {
        PyObject d = o.type().lookup(name);
        if (d == null) {
            return null;
        }
        Slots.DescrGetFunc g = d.type().tp_descr_get;
        return g == null ? d : g.get(d, o, o.type());
    }

    static int setupWith(Frame f, PyObject[] s, int sp, int handler) {
        PyObject mgr = s[sp - 1];
        PyObject enter = special(mgr, "__enter__");
        PyObject exit = enter == null ? null : special(mgr, "__exit__");
        if (enter == null || exit == null) {
            throw PyErr.typeError(enter == null ? "'%s' object does not support the context manager protocol"
                    : "'%s' object does not support the context manager protocol (missed __exit__ method)",
                    mgr.type().name());
        }
        s[sp - 1] = exit;
        PyObject res = Abstract.call(enter);
        pushBlock(f, Frame.SETUP_FINALLY, handler, sp);
        s[sp++] = res;
        return sp;
    }

    static int formatValue(PyObject[] s, int sp, int arg) {
        PyObject spec = (arg & 4) != 0 ? s[--sp] : null;
        s[sp] = null;
        PyObject v = s[sp - 1];
        switch (arg & 3) {
            case 1: v = Abstract.str(v); break;
            case 2: v = Abstract.repr(v); break;
            case 3: v = PyStr.of(dev.adder.runtime.objects.Formatter.ascii(Abstract.repr(v).value())); break;
            default: break;
        }
        String sp2 = spec == null ? "" : ((PyStr) spec).value();
        if (sp2.isEmpty() && v.getClass() == PyStr.class) {
            s[sp - 1] = v;
        } else {
            s[sp - 1] = Builtins.format(v, spec == null ? PyStr.EMPTY : (PyStr) spec);
        }
        return sp;
    }

    static void printExpr(ThreadState ts, PyObject v) {
        PyObject hook = ts.interp.sys.dict.getItem(PyStr.of("displayhook"));
        if (hook != null) {
            Abstract.call(hook, v);
        } else {
            displayHook(ts, v);
        }
    }

    /** The default {@code sys.displayhook}: prints the repr of a value other than None and keeps it in {@code _}. */
    static void displayHook(ThreadState ts, PyObject v) {
        if (v != PyNone.NONE) {
            ts.interp.builtins.setItem(PyStr.of("_"), PyNone.NONE);
            ts.interp.stdout.write(Abstract.repr(v).value() + "\n");
            ts.interp.builtins.setItem(PyStr.of("_"), v);
        }
    }

    // ------------------------------------------------------------------ functions and calls

    static int makeFunction(Frame f, PyObject[] s, int sp, int arg) {
        int top = sp;
        PyStr qualname = (PyStr) s[--sp];
        PyCode code = (PyCode) s[--sp];
        PyFunction fn = new PyFunction(code, f.globals, f.builtins, qualname.value());
        if ((arg & 8) != 0) {
            fn.closure = (PyTuple) s[--sp];
        }
        if ((arg & 4) != 0) {
            fn.annotations = s[--sp];
        }
        if ((arg & 2) != 0) {
            fn.kwdefaults = (PyDict) s[--sp];
        }
        if ((arg & 1) != 0) {
            fn.defaults = (PyTuple) s[--sp];
        }
        clear(s, sp, top);
        s[sp++] = fn;
        return sp;
    }

    static int callFunctionEx(ThreadState ts, PyObject[] s, int sp, int arg) {
        PyObject kwargs = (arg & 1) != 0 ? s[--sp] : null;
        PyObject callargs = s[--sp];
        PyObject fn = s[sp - 1];
        PyObject[] pos;
        if (callargs instanceof PyTuple t) {
            pos = t.items();
        } else {
            if (callargs.type().tp_iter == null && !(callargs instanceof PyList)
                    && !dev.adder.runtime.objects.PyIterator.isSequence(callargs)) {
                throw PyErr.typeError("%s argument after * must be an iterable, not %s",
                        Builtins.funcDesc(fn), callargs.type().name());
            }
            pos = PyTuple.fromIterable(callargs).items();
        }
        PyTuple kwnames = null;
        PyObject[] all = pos;
        if (kwargs != null && kwargs instanceof PyDict d && d.size() > 0) {
            PyObject[] keys = d.keysArray();
            all = new PyObject[pos.length + keys.length];
            System.arraycopy(pos, 0, all, 0, pos.length);
            for (int i = 0; i < keys.length; i++) {
                if (!(keys[i] instanceof PyStr)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                all[pos.length + i] = d.getItem(keys[i]);
            }
            kwnames = PyTuple.of(keys);
        }
        PyObject r = Ceval.call(ts, fn, all, 0, pos.length, kwnames);
        s[sp] = s[sp + 1] = null;
        s[sp - 1] = r;
        return sp;
    }

    /** Raises CPython's error when keywords name positional-only parameters (CPython: {@code positional_only_passed_as_keyword}). */
    private static void positionalOnlyPassedAsKeyword(PyCode co, String qualname, PyTuple kwnames) {
        StringBuilder names = null;
        for (int k = 0; k < co.posonlyargcount; k++) {
            for (int i = 0; i < kwnames.size(); i++) {
                if (co.varnames[k].equalsStr((PyStr) kwnames.get(i))) {
                    names = names == null ? new StringBuilder() : names.append(", ");
                    names.append(co.varnames[k].value());
                    break;
                }
            }
        }
        if (names != null) {
            throw PyErr.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    qualname, names);
        }
    }

    /** Binds call arguments to a function's parameters (CPython: {@code _PyEval_MakeFrameVector}). */
    static void bindArgs(PyFunction fn, PyObject[] loc, PyObject[] args, int base, int nargs, PyTuple kwnames) {
        PyCode co = fn.code;
        int argcount = co.argcount;
        int total = argcount + co.kwonlyargcount;
        boolean varargs = (co.flags & 0x04) != 0;
        PyDict kwdict = null;
        if ((co.flags & 0x08) != 0) {
            kwdict = new PyDict();
            loc[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(nargs, argcount);
        System.arraycopy(args, base, loc, 0, n);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, nargs - n)];
            System.arraycopy(args, base + n, rest, 0, rest.length);
            loc[total] = PyTuple.of(rest);
        }
        if (kwnames != null) {
            for (int i = 0; i < kwnames.size(); i++) {
                PyStr kw = (PyStr) kwnames.get(i);
                PyObject v = args[base + nargs + i];
                int j = co.posonlyargcount;
                while (j < total && !co.varnames[j].equalsStr(kw)) {
                    j++;
                }
                if (j == total) {
                    if (kwdict == null) {
                        positionalOnlyPassedAsKeyword(co, fn.qualname, kwnames);
                        throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname, kw.value());
                    }
                    kwdict.setItem(kw, v);
                    continue;
                }
                if (loc[j] != null) {
                    throw PyErr.typeError("%s() got multiple values for argument '%s'", fn.qualname, kw.value());
                }
                loc[j] = v;
            }
        }
        if (nargs > argcount && !varargs) {
            tooManyPositional(fn, nargs, loc);
        }
        int ndef = fn.defaults == null ? 0 : fn.defaults.size();
        if (nargs < argcount) {
            int m = argcount - ndef;
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int i = nargs; i < m; i++) {
                if (loc[i] == null) {
                    missing.add(co.varnames[i].value());
                }
            }
            if (!missing.isEmpty()) {
                throw missingArgs(fn.qualname, missing, "positional");
            }
            for (int i = Math.max(m, nargs); i < argcount; i++) {
                if (loc[i] == null) {
                    loc[i] = fn.defaults.get(i - m);
                }
            }
        }
        if (co.kwonlyargcount > 0) {
            java.util.List<String> missing = new java.util.ArrayList<>();
            for (int i = argcount; i < total; i++) {
                if (loc[i] == null) {
                    PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItem(co.varnames[i]);
                    if (d != null) {
                        loc[i] = d;
                    } else {
                        missing.add(co.varnames[i].value());
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missingArgs(fn.qualname, missing, "keyword-only");
            }
        }
    }

    private static PyException missingArgs(String qualname, java.util.List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError("%s() missing %d required %s argument%s: %s", qualname, n, kind, n == 1 ? "" : "s",
                sb);
    }

    private static void tooManyPositional(PyFunction fn, int given, PyObject[] loc) {
        PyCode co = fn.code;
        int ndef = fn.defaults == null ? 0 : fn.defaults.size();
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (loc[i] != null) {
                kwonlyGiven++;
            }
        }
        String sig;
        boolean plural;
        if (ndef > 0) {
            sig = "from " + (co.argcount - ndef) + " to " + co.argcount;
            plural = true;
        } else {
            sig = String.valueOf(co.argcount);
            plural = co.argcount != 1;
        }
        String kwonly = kwonlyGiven == 0 ? "" : String.format(" positional argument%s (and %d keyword-only argument%s)",
                given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        throw PyErr.typeError("%s() takes %s positional argument%s but %d%s %s given", fn.qualname, sig,
                plural ? "s" : "", given, kwonly, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    static void setupCells(PyFunction fn, PyObject[] loc) {
        PyCode co = fn.code;
        for (int i = 0; i < co.ncells; i++) {
            int a = co.cell2arg[i];
            loc[co.nlocals + i] = new PyCell(a >= 0 ? loc[a] : null);
        }
        for (int i = 0; i < co.nfree; i++) {
            loc[co.nlocals + co.ncells + i] = fn.closure.get(i);
        }
    }

    // ------------------------------------------------------------------ exceptions

    static void pushBlock(Frame f, int type, int handler, int level) {
        if (f.nblocks >= Frame.MAXBLOCKS) {
            throw PyErr.systemError("XXX block stack overflow");
        }
        if (f.blocks == null) {
            f.blocks = new int[Frame.MAXBLOCKS * 3];
        }
        int b = f.nblocks++ * 3;
        f.blocks[b] = type;
        f.blocks[b + 1] = handler;
        f.blocks[b + 2] = level;
    }

    static int popExcept(ThreadState ts, Frame f, int sp) {
        int b = --f.nblocks * 3;
        if (f.blocks[b] != Frame.EXCEPT_HANDLER) {
            throw PyErr.systemError("popped block is not an except handler");
        }
        // tb v t: restore the exception handled before this handler
        PyObject v = s(f)[sp - 2];
        ts.excInfo = v == PyNone.NONE ? null : v;
        clear(s(f), sp - 3, sp);
        return sp - 3;
    }

    private static PyObject[] s(Frame f) {
        return f.localsplus;
    }

    static PyException reraise(ThreadState ts, PyObject[] s, int sp) {
        PyObject v = s[sp - 2];
        ts.reraising = true;
        return new PyException((PyBaseException) v);
    }

    static boolean excMatch(PyObject left, PyObject right) {
        if (right instanceof PyTuple t) {
            for (PyObject x : t.items()) {
                checkCatchable(x);
            }
            for (PyObject x : t.items()) {
                if (((PyType) left).isSubtype((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(right);
        return ((PyType) left).isSubtype((PyType) right);
    }

    private static void checkCatchable(PyObject x) {
        if (!(x instanceof PyType t) || !t.isSubtype(PyExc.BaseException)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    static PyException raise(ThreadState ts, PyObject[] s, int sp, int arg) {
        if (arg == 0) {
            if (ts.excInfo == null) {
                return PyErr.format(PyExc.RuntimeError, "No active exception to reraise");
            }
            ts.reraising = true;
            return new PyException((PyBaseException) ts.excInfo);
        }
        PyBaseException exc = makeException(s[sp], "exceptions must derive from BaseException");
        if (arg == 2) {
            PyObject c = s[sp + 1];
            if (c == PyNone.NONE) {
                exc.setCause(null);
            } else {
                exc.setCause(makeException(c, "exception causes must derive from BaseException"));
            }
        }
        clear(s, sp, sp + arg);
        if (ts.excInfo instanceof PyBaseException handled && handled != exc) {
            chainContext(exc, handled);
        }
        return new PyException(exc);
    }

    /** Sets {@code exc.__context__} to the exception being handled, cutting a cycle through {@code exc} (as _PyErr_SetObject). */
    static void chainContext(PyBaseException exc, PyBaseException handled) {
        PyObject o = handled;
        int guard = 0;
        while (o instanceof PyBaseException b && b.context() != null && ++guard < 100_000) {
            if (b.context() == exc) {
                b.setContext(null);
                break;
            }
            o = b.context();
        }
        exc.setContext(handled);
    }

    private static PyBaseException makeException(PyObject o, String msg) {
        if (o instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            PyObject e = Abstract.call(t);
            if (!(e instanceof PyBaseException)) {
                throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                        Abstract.repr(t).value(), e.type().name());
            }
            return (PyBaseException) e;
        }
        if (o instanceof PyBaseException e) {
            return e;
        }
        throw PyErr.typeError(msg);
    }

    /**
     * Records the frame in the exception's traceback and unwinds the block stack to a handler.
     * Returns the handler's offset (with the stack set up as CPython 3.10 does), or -1.
     */
    static int handleException(ThreadState ts, Frame f, PyException e, int sp) {
        PyBaseException exc = e.value;
        if (ts.reraising) {
            ts.reraising = false;
        } else {
            if (exc.traceback() == null && ts.excInfo != null && ts.excInfo != exc && exc.context() == null) {
                exc.setContext(ts.excInfo);
            }
            PyObject tb = exc.traceback();
            exc.setTraceback(new PyTraceback(tb instanceof PyTraceback t ? t : null, f, f.lasti));
            if (ts.tracing) {
                Tracing.exceptionEvent(ts, f, exc);
            }
        }
        PyObject[] s = f.localsplus;
        while (f.nblocks > 0) {
            int b = --f.nblocks * 3;
            int type = f.blocks[b];
            int handler = f.blocks[b + 1];
            int level = f.blocks[b + 2];
            if (type == Frame.EXCEPT_HANDLER) {
                while (sp > level + 3) {
                    s[--sp] = null;
                }
                PyObject v = s[level + 1];
                ts.excInfo = v == PyNone.NONE ? null : v;
                clear(s, level, level + 3);
                sp = level;
                continue;
            }
            if (sp > level) {
                dropLoopGenerators(ts, s, level, sp);
            }
            while (sp > level) {
                s[--sp] = null;
            }
            pushBlock(f, Frame.EXCEPT_HANDLER, -1, sp);
            PyObject old = ts.excInfo;
            if (old instanceof PyBaseException ob) {
                s[sp++] = ob.traceback() == null ? PyNone.NONE : ob.traceback();
                s[sp++] = ob;
                s[sp++] = ob.type();
            } else {
                s[sp++] = PyNone.NONE;
                s[sp++] = PyNone.NONE;
                s[sp++] = PyNone.NONE;
            }
            s[sp++] = exc.traceback() == null ? PyNone.NONE : exc.traceback();
            s[sp++] = exc;
            s[sp++] = exc.type();
            ts.excInfo = exc;
            f.sp = sp;
            return handler;
        }
        dropLoopGenerators(ts, s, f.code.nlocalsplus, sp);
        clear(s, f.code.nlocalsplus, sp);
        return -1;
    }

    /** Opcodes not handled in the loop: those not implemented yet raise SystemError. */
    static int rareOpcode(ThreadState ts, Frame f, int op, int arg, int sp, int ip) {
        final PyObject[] s = f.localsplus;
        final PyCode co = f.code;
        final int nlocals = co.nlocals;
        switch (op) {
            case 6: { // ROT_FOUR: a b c d -> d a b c
                PyObject t = s[sp - 1];
                System.arraycopy(s, sp - 4, s, sp - 3, 3);
                s[sp - 4] = t;
                return sp;
            }
            case 10: // UNARY_POSITIVE
                s[sp - 1] = Abstract.positive(s[sp - 1]);
                return sp;
            case 11: // UNARY_NEGATIVE
                s[sp - 1] = Abstract.negative(s[sp - 1]);
                return sp;
            case 15: // UNARY_INVERT
                s[sp - 1] = Abstract.invert(s[sp - 1]);
                return sp;
            case 61: // DELETE_SUBSCR: a i -> (del a[i])
                Abstract.delItem(s[sp - 2], s[sp - 1]);
                sp -= 2;
                s[sp] = s[sp + 1] = null;
                return sp;
            case 49: // WITH_EXCEPT_START: exit .. tb v t -> exit .. tb v t exit(t, v, tb)
                s[sp] = Abstract.call(s[sp - 7], s[sp - 1], s[sp - 2], s[sp - 3]);
                return sp + 1;
            case 70: // PRINT_EXPR: v ->
                printExpr(ts, s[--sp]);
                s[sp] = null;
                return sp;
            case 71: // LOAD_BUILD_CLASS: -> __build_class__
                s[sp] = loadBuildClass(f);
                return sp + 1;
            case 74: // LOAD_ASSERTION_ERROR: -> AssertionError
                s[sp] = PyExc.AssertionError;
                return sp + 1;
            case 73: // GET_AWAITABLE: o -> iterator
                s[sp - 1] = GenOps.getAwaitable(s[sp - 1], co.code, ip);
                return sp;
            case 154: // SETUP_ASYNC_WITH: res -> (block) res
                return GenOps.setupAsyncWith(f, s, sp, ip + arg * 2);
            case 82: // LIST_TO_TUPLE: list -> tuple
                s[sp - 1] = PyTuple.of(((PyList) s[sp - 1]).toArray());
                return sp;
            case 89: // POP_EXCEPT: tb v t -> (restores the handled exception)
                return popExcept(ts, f, sp);
            case 91: // DELETE_NAME
                deleteName(f, co.names[arg]);
                return sp;
            case 96: // DELETE_ATTR: o ->
                Abstract.delAttr(s[--sp], co.names[arg]);
                s[sp] = null;
                return sp;
            case 98: // DELETE_GLOBAL
                deleteGlobal(f, co.names[arg]);
                return sp;
            case 99: { // ROT_N: a1..an -> an a1..an-1
                PyObject t = s[sp - 1];
                System.arraycopy(s, sp - arg, s, sp - arg + 1, arg - 1);
                s[sp - arg] = t;
                return sp;
            }
            case 119: // RERAISE: tb v t -> (raise v)
                throw reraise(ts, s, sp);
            case 126: // DELETE_FAST
                if (s[arg] == null) {
                    throw unboundLocal(co, arg);
                }
                s[arg] = null;
                return sp;
            case 130: // RAISE_VARARGS: [exc [cause]] -> (raise)
                sp -= arg;
                throw raise(ts, s, sp, arg);
            case 132: // MAKE_FUNCTION: [defaults kwdefaults annotations closure] code qualname -> fn
                return makeFunction(f, s, sp, arg);
            case 138: // DELETE_DEREF
                deleteDeref(co, s, nlocals + arg, arg);
                return sp;
            case 142: // CALL_FUNCTION_EX: f args [kwargs] -> f(*args, **kwargs)
                return callFunctionEx(ts, s, sp, arg);
            case 143: // SETUP_WITH: mgr -> exit enter()
                return setupWith(f, s, sp, ip + arg * 2);
            case 148: // LOAD_CLASSDEREF
                s[sp] = loadClassDeref(f, s, nlocals, arg);
                return sp + 1;
            case 155: // FORMAT_VALUE: v [spec] -> str
                return formatValue(s, sp, arg);
            default:
                return rareOpcodeOther(ts, f, op, arg, sp);
        }
    }

    /** The opcodes of imports, annotations, generators, pattern matching and star-unpacking. */
    private static int rareOpcodeOther(ThreadState ts, Frame f, int op, int arg, int sp) {
        if (op == 94) { // UNPACK_EX
            return unpackEx(f.localsplus, sp, arg);
        }
        if (op == 108) { // IMPORT_NAME: level fromlist -> module
            PyObject[] s = f.localsplus;
            PyObject fromlist = s[--sp];
            s[sp] = null;
            s[sp - 1] = Import.importName(ts, f, f.code.names[arg], fromlist, s[sp - 1]);
            return sp;
        }
        if (op == 109) { // IMPORT_FROM: module -> module attr
            PyObject[] s = f.localsplus;
            s[sp] = Import.importFrom(ts, s[sp - 1], f.code.names[arg]);
            return sp + 1;
        }
        if (op == 84) { // IMPORT_STAR: module ->
            PyObject[] s = f.localsplus;
            PyObject m = s[--sp];
            s[sp] = null;
            f.sp = sp;
            Import.importStar(ts, f, m);
            return sp;
        }
        if (op == 85) { // SETUP_ANNOTATIONS
            PyStr ann = PyStr.of("__annotations__");
            if (f.locals instanceof PyDict d && d.getItem(ann) == null) {
                d.setItem(ann, new PyDict());
            }
            return sp;
        }
        switch (op) {
            case 129: case 69: case 50: case 51: case 54: case 52:
                return GenOps.rare(ts, f, op, arg, sp);
            case 30: case 31: case 32: case 33: case 34: case 152:
                return MatchOps.rare(ts, f, op, arg, sp);
            case 84: case 37: case 88:
                return StarOps.rare(ts, f, op, arg, sp);
            default:
                throw PyErr.systemError("unknown opcode %d", op);
        }
    }
}
