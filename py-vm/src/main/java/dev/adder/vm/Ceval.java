package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The evaluation loop: one switch over CPython 3.10's opcodes, cases in CPython's order. The
 * instruction pointer, stack pointer and stack are locals; rare or long opcodes are helper methods
 * in {@link CevalOps} so that {@link #run} stays well under HotSpot's 8000-byte compile limit.
 *
 * <p>CPython: Python/ceval.c ({@code _PyEval_EvalFrameDefault}).
 */
public final class Ceval {
    private Ceval() {
    }

    static final PyObject[] NO_ARGS = new PyObject[0];

    /** Runs frame {@code f} to its return, pushing it on the thread's frame stack. */
    public static PyObject eval(ThreadState ts, Frame f) {
        if (++ts.recursionDepth > ts.recursionLimit) {
            ts.recursionDepth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = ts.frame;
        ts.frame = f;
        try {
            if (ts.hooks) {
                return Tracing.evalTraced(ts, f);
            }
            PyCode co = f.code;
            JitCode j = co.jit;
            PyObject r;
            if (j != null) {
                r = j.run(ts, f);
            } else if (++co.hotness >= Jit.THRESHOLD) {
                r = Jit.hotCall(ts, f);
            } else {
                r = run(ts, f);
            }
            if (ts.hooks) {
                Tracing.returnEvent(ts, f, r); // a hook set while this frame ran
            }
            return r;
        } finally {
            ts.frame = f.back;
            ts.recursionDepth--;
        }
    }

    /**
     * Resumes a generator's frame at {@code f.lasti} with {@code f.sp}; with {@code thrown}, first
     * unwinds the frame to the handler of that exception (CPython's {@code throwflag}).
     */
    static PyObject resume(ThreadState ts, Frame f, PyException thrown) {
        if (++ts.recursionDepth > ts.recursionLimit) {
            ts.recursionDepth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = ts.frame;
        ts.frame = f;
        try {
            if (ts.hooks) {
                return Tracing.resumeTraced(ts, f, thrown);
            }
            if (thrown != null) {
                throwInto(ts, f, thrown);
            }
            PyCode co = f.code;
            JitCode j = co.jit;
            if (j != null) {
                return j.run(ts, f);
            }
            if (++co.hotness >= Jit.THRESHOLD) {
                return Jit.hotCall(ts, f);
            }
            return run(ts, f);
        } finally {
            ts.frame = f.back;
            f.back = null; // a suspended frame keeps no caller alive
            ts.recursionDepth--;
        }
    }

    /** Unwinds a suspended frame to the handler of {@code thrown}, or rethrows it when none. */
    static void throwInto(ThreadState ts, Frame f, PyException thrown) {
        ts.reraising = false;
        int ip = CevalOps.handleException(ts, f, thrown, f.sp);
        if (ip < 0) {
            throw thrown;
        }
        f.lasti = ip;
    }

    static PyObject run(ThreadState ts, Frame f) {
        final PyCode co = f.code;
        final byte[] code = co.code;
        final PyObject[] s = f.localsplus;
        int sp = f.sp;
        int ip = f.lasti;
        loop:
        for (;;) {
            try {
                for (;;) {
                    if (ts.tracing) {
                        f.sp = sp;
                        ip = Tracing.instruction(ts, f, ip);
                        sp = f.sp;
                    }
                    int op = code[ip] & 0xff;
                    int arg = code[ip + 1] & 0xff;
                    ip += 2;
                    while (op == 144) { // EXTENDED_ARG
                        op = code[ip] & 0xff;
                        arg = (arg << 8) | (code[ip + 1] & 0xff);
                        ip += 2;
                    }
                    switch (op) {
                        case 1: { // POP_TOP: v ->
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v.getClass() == PyGenerator.class && ((PyGenerator) v).loopOwned) {
                                f.lasti = ip - 2;
                                CevalOps.dropLoopGenerator(ts, (PyGenerator) v);
                            }
                            break;
                        }
                        case 2: { // ROT_TWO: a b -> b a
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - 2];
                            s[sp - 2] = t;
                            break;
                        }
                        case 3: { // ROT_THREE: a b c -> c a b
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - 2];
                            s[sp - 2] = s[sp - 3];
                            s[sp - 3] = t;
                            break;
                        }
                        case 4: // DUP_TOP: a -> a a
                            s[sp] = s[sp - 1];
                            sp++;
                            break;
                        case 5: // DUP_TOP_TWO: a b -> a b a b
                            s[sp] = s[sp - 2];
                            s[sp + 1] = s[sp - 1];
                            sp += 2;
                            break;
                        case 9: // NOP
                            break;
                        case 12: // UNARY_NOT
                            s[sp - 1] = Abstract.isTrue(s[sp - 1]) ? PyBool.FALSE : PyBool.TRUE;
                            break;
                        case 16: // BINARY_MATRIX_MULTIPLY: a b -> a@b
                        case 19: // BINARY_POWER
                        case 22: // BINARY_MODULO
                        case 26: // BINARY_FLOOR_DIVIDE
                        case 27: // BINARY_TRUE_DIVIDE
                        case 62: // BINARY_LSHIFT
                        case 63: // BINARY_RSHIFT
                        case 64: // BINARY_AND
                        case 65: // BINARY_XOR
                        case 66: // BINARY_OR
                            sp--;
                            s[sp - 1] = CevalOps.binary(op, s[sp - 1], s[sp]);
                            s[sp] = null;
                            break;
                        case 20: { // BINARY_MULTIPLY: a b -> a*b
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                                s[sp - 1] = PyFloat.of(((PyFloat) a).value * ((PyFloat) b).value);
                            } else {
                                s[sp - 1] = CevalOps.binary(op, a, b);
                            }
                            s[sp] = null;
                            break;
                        }
                        case 23: { // BINARY_ADD: a b -> a+b
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                                PyInt x = (PyInt) a;
                                PyInt y = (PyInt) b;
                                if (x.big == null && y.big == null) {
                                    long r = x.value + y.value;
                                    if (((x.value ^ r) & (y.value ^ r)) >= 0) {
                                        s[sp - 1] = PyInt.of(r);
                                        s[sp] = null;
                                        break;
                                    }
                                }
                            }
                            if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                                s[sp - 1] = PyFloat.of(((PyFloat) a).value + ((PyFloat) b).value);
                            } else {
                                s[sp - 1] = Abstract.add(a, b);
                            }
                            s[sp] = null;
                            break;
                        }
                        case 55: { // INPLACE_ADD: a b -> a+=b
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            PyObject r = CevalOps.addSmallInts(a, b);
                            s[sp - 1] = r != null ? r : CevalOps.inplace(op, a, b);
                            s[sp] = null;
                            break;
                        }
                        case 24: { // BINARY_SUBTRACT: a b -> a-b
                            PyObject b = s[--sp];
                            PyObject a = s[sp - 1];
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                                PyInt x = (PyInt) a;
                                PyInt y = (PyInt) b;
                                if (x.big == null && y.big == null) {
                                    long r = x.value - y.value;
                                    if (((x.value ^ y.value) & (x.value ^ r)) >= 0) {
                                        s[sp - 1] = PyInt.of(r);
                                        s[sp] = null;
                                        break;
                                    }
                                }
                            }
                            if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                                s[sp - 1] = PyFloat.of(((PyFloat) a).value - ((PyFloat) b).value);
                            } else {
                                s[sp - 1] = Abstract.subtract(a, b);
                            }
                            s[sp] = null;
                            break;
                        }
                        case 25: // BINARY_SUBSCR: a i -> a[i]
                            sp--;
                            s[sp - 1] = CevalOps.subscript(s[sp - 1], s[sp]);
                            s[sp] = null;
                            break;
                        case 17: // INPLACE_MATRIX_MULTIPLY: a b -> a@=b
                        case 28: // INPLACE_FLOOR_DIVIDE
                        case 29: // INPLACE_TRUE_DIVIDE
                        case 56: // INPLACE_SUBTRACT
                        case 57: // INPLACE_MULTIPLY
                        case 59: // INPLACE_MODULO
                        case 67: // INPLACE_POWER
                        case 75: // INPLACE_LSHIFT
                        case 76: // INPLACE_RSHIFT
                        case 77: // INPLACE_AND
                        case 78: // INPLACE_XOR
                        case 79: // INPLACE_OR
                            sp--;
                            s[sp - 1] = CevalOps.inplace(op, s[sp - 1], s[sp]);
                            s[sp] = null;
                            break;
                        case 60: // STORE_SUBSCR: v a i -> (a[i] = v)
                            Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            sp -= 3;
                            s[sp] = s[sp + 1] = s[sp + 2] = null;
                            break;
                        case 68: // GET_ITER: o -> iter(o)
                            s[sp - 1] = Abstract.iter(s[sp - 1]);
                            break;
                        case 72: { // YIELD_FROM: receiver v -> receiver (suspends) | result
                            f.lasti = ip - 2;
                            PyObject r = GenOps.yieldFrom(ts, f, s, sp);
                            if (f.suspended) {
                                return r;
                            }
                            s[--sp] = null;
                            s[sp - 1] = r;
                            break;
                        }
                        case 86: // YIELD_VALUE: v -> (suspends; the value sent is pushed on resume)
                            return GenOps.yieldValue(f, s, sp, ip);
                        case 83: // RETURN_VALUE: v -> (return v)
                            return s[sp - 1];
                        case 87: // POP_BLOCK
                            f.nblocks--;
                            break;
                        case 90: // STORE_NAME: v -> (name = v)
                            CevalOps.storeName(f, co.names[arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case 92: // UNPACK_SEQUENCE: seq -> v[n-1] .. v[0]
                            sp = CevalOps.unpackSequence(s, sp, arg);
                            break;
                        case 93: { // FOR_ITER: it -> it next | (jump when exhausted)
                            PyObject it = s[sp - 1];
                            PyObject v = CevalOps.iterNext(it);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                ip += arg * 2;
                            }
                            break;
                        }
                        case 95: // STORE_ATTR: v o -> (o.name = v)
                            AttrCache.storeAttr(co, arg, s[sp - 1], s[sp - 2]);
                            sp -= 2;
                            s[sp] = s[sp + 1] = null;
                            break;
                        case 97: // STORE_GLOBAL: v ->
                            f.globals.setItem(co.names[arg], s[--sp]);
                            s[sp] = null;
                            break;
                        case 100: // LOAD_CONST: -> c
                            s[sp++] = co.consts[arg];
                            break;
                        case 101: // LOAD_NAME: -> v
                            s[sp++] = CevalOps.loadName(f, co.names[arg]);
                            break;
                        case 102: // BUILD_TUPLE: v1..vn -> (v1..vn)
                            sp = CevalOps.buildTuple(s, sp, arg);
                            break;
                        case 103: // BUILD_LIST: v1..vn -> [v1..vn]
                            sp = CevalOps.buildList(s, sp, arg);
                            break;
                        case 104: // BUILD_SET
                        case 105: // BUILD_MAP
                        case 133: // BUILD_SLICE
                        case 156: // BUILD_CONST_KEY_MAP
                        case 157: // BUILD_STRING
                            sp = CevalOps.build(op, s, sp, arg);
                            break;
                        case 106: // LOAD_ATTR: o -> o.name
                            s[sp - 1] = AttrCache.loadAttr(co, arg, s[sp - 1]);
                            break;
                        case 107: { // COMPARE_OP: a b -> a op b
                            sp--;
                            PyObject a = s[sp - 1];
                            PyObject b = s[sp];
                            int next = code[ip];
                            int c;
                            if ((next == 114 || next == 115) && (c = CevalOps.compareNumbers(a, b, arg)) >= 0
                                    && !ts.tracing) {
                                // with POP_JUMP_IF_FALSE/TRUE next, two ints or floats jump without a bool
                                s[sp] = null;
                                s[--sp] = null;
                                int target = (code[ip + 1] & 0xff) * 2;
                                ip += 2;
                                if (c == next - 114) {
                                    if (Signals.pending) Signals.handlePending(); // eval breaker (loop test)
                                    ip = target;
                                    if (++co.hotness >= Jit.THRESHOLD && Jit.canEnter(ts, f, ip)) {
                                        f.sp = sp;
                                        f.lasti = ip;
                                        break loop; // into the compiled code, outside this try
                                    }
                                }
                                break;
                            }
                            s[sp - 1] = CevalOps.compare(a, b, arg);
                            s[sp] = null;
                            break;
                        }
                        case 110: // JUMP_FORWARD
                            ip += arg * 2;
                            break;
                        case 111: // JUMP_IF_FALSE_OR_POP: v -> v (jump) | (pop)
                            if (!CevalOps.truth(s[sp - 1])) {
                                ip = arg * 2;
                            } else {
                                s[--sp] = null;
                            }
                            break;
                        case 112: // JUMP_IF_TRUE_OR_POP
                            if (CevalOps.truth(s[sp - 1])) {
                                ip = arg * 2;
                            } else {
                                s[--sp] = null;
                            }
                            break;
                        case 113: // JUMP_ABSOLUTE
                            if (Signals.pending) Signals.handlePending(); // eval breaker (backward jump)
                            ip = arg * 2;
                            if (++co.hotness >= Jit.THRESHOLD && Jit.canEnter(ts, f, ip)) {
                                f.sp = sp;
                                f.lasti = ip;
                                break loop; // into the compiled code, outside this try
                            }
                            break;
                        case 114: { // POP_JUMP_IF_FALSE: v ->
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.FALSE || (v != PyBool.TRUE && !Abstract.isTrue(v))) {
                                if (Signals.pending) Signals.handlePending(); // eval breaker (loop test)
                                ip = arg * 2;
                            }
                            break;
                        }
                        case 115: { // POP_JUMP_IF_TRUE: v ->
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v))) {
                                if (Signals.pending) Signals.handlePending(); // eval breaker (loop test)
                                ip = arg * 2;
                                if (++co.hotness >= Jit.THRESHOLD && Jit.canEnter(ts, f, ip)) {
                                    f.sp = sp;
                                    f.lasti = ip;
                                    break loop; // into the compiled code, outside this try
                                }
                            }
                            break;
                        }
                        case 116: // LOAD_GLOBAL: -> v
                            s[sp++] = GlobalCache.load(co, arg, f);
                            break;
                        case 117: // IS_OP: a b -> a is b
                            sp--;
                            s[sp - 1] = PyBool.of((s[sp - 1] == s[sp]) ^ (arg != 0));
                            s[sp] = null;
                            break;
                        case 118: // CONTAINS_OP: a b -> a in b
                            sp--;
                            s[sp - 1] = PyBool.of(Abstract.contains(s[sp], s[sp - 1]) ^ (arg != 0));
                            s[sp] = null;
                            break;
                        case 121: // JUMP_IF_NOT_EXC_MATCH: t cls -> (jump unless t matches)
                            sp -= 2;
                            if (!CevalOps.excMatch(s[sp], s[sp + 1])) {
                                ip = arg * 2;
                            }
                            s[sp] = s[sp + 1] = null;
                            break;
                        case 122: // SETUP_FINALLY
                            CevalOps.pushBlock(f, Frame.SETUP_FINALLY, ip + arg * 2, sp);
                            break;
                        case 124: { // LOAD_FAST: -> v
                            PyObject v = s[arg];
                            if (v == null) {
                                throw CevalOps.unboundLocal(co, arg);
                            }
                            s[sp++] = v;
                            break;
                        }
                        case 125: // STORE_FAST: v ->
                            s[arg] = s[--sp];
                            s[sp] = null;
                            break;
                        case 131: // CALL_FUNCTION: f a1..an -> f(a1..an)
                            sp = callFunctionOp(ts, f, s, sp, arg, ip);
                            break;
                        case 135: // LOAD_CLOSURE: -> cell
                            s[sp++] = s[co.nlocals + arg];
                            break;
                        case 136: { // LOAD_DEREF: -> cell.ref
                            PyObject v = ((PyCell) s[co.nlocals + arg]).ref;
                            if (v == null) {
                                throw CevalOps.unboundDeref(co, arg);
                            }
                            s[sp++] = v;
                            break;
                        }
                        case 137: // STORE_DEREF: v ->
                            ((PyCell) s[co.nlocals + arg]).ref = s[--sp];
                            s[sp] = null;
                            break;
                        case 141: // CALL_FUNCTION_KW: f a1..an kwnames -> f(...)
                            sp = callFunctionKwOp(ts, f, s, sp, arg, ip);
                            break;
                        case 145: // LIST_APPEND: list ... v -> list ...
                            ((PyList) s[sp - arg - 1]).append(s[--sp]);
                            s[sp] = null;
                            break;
                        case 146: // SET_ADD
                        case 147: // MAP_ADD
                        case 162: // LIST_EXTEND
                        case 163: // SET_UPDATE
                        case 164: // DICT_MERGE
                        case 165: // DICT_UPDATE
                            sp = CevalOps.containerOp(op, s, sp, arg);
                            break;
                        case 160: // LOAD_METHOD: o -> meth self | NULL attr
                            AttrCache.loadMethod(co, arg, s, sp);
                            sp++;
                            break;
                        case 161: // CALL_METHOD: meth self a1..an | NULL f a1..an -> result
                            sp = callMethodOp(ts, f, s, sp, arg, ip);
                            break;
                        default:
                            f.sp = sp;
                            f.lasti = ip - 2;
                            sp = CevalOps.rareOpcode(ts, f, op, arg, sp, ip);
                            break;
                    }
                }
            } catch (RuntimeException | OutOfMemoryError x) {
                // the JVM's heap exhausted by one allocation (a huge str, list or int) is the
                // MemoryError CPython raises when malloc fails: the failed object was never made;
                // any other Java exception is a bug of a builtin, a SystemError in this frame
                PyException e = x instanceof PyException pe ? pe
                        : x instanceof RuntimeException re ? CevalOps.internalError(re) : PyErr.memoryError();
                f.lasti = ip - 2;
                ip = CevalOps.handleException(ts, f, e, sp);
                if (ip < 0) {
                    throw e;
                }
                sp = f.sp;
            } catch (StackOverflowError e) {
                throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
            }
        }
        return co.jit.run(ts, f); // a hot loop goes on in the compiled code (Jit.canEnter)
    }

    /*
     * The call opcodes' bodies. They are methods of their own, kept out of run's compiled code
     * (the launcher's compile-commands file), because the stack arithmetic they share (sp - arg,
     * the callee's slot) would otherwise be computed by C2 before every dispatch, for every
     * opcode, and spilled with the loop's state.
     */

    /** CALL_FUNCTION: {@code f a1..an -> f(a1..an)}; returns the new stack pointer. */
    static int callFunctionOp(ThreadState ts, Frame f, PyObject[] s, int sp, int arg, int ip) {
        int base = sp - arg;
        f.sp = sp;
        f.lasti = ip - 2;
        PyObject r = call(ts, s[base - 1], s, base, arg, null);
        if (f.code.code[ip] == 68) { // GET_ITER next: for x in genfunc(...)
            CevalOps.markLoopGenerator(s[base - 1], r);
        }
        CevalOps.clear(s, base, sp);
        s[base - 1] = r;
        return base;
    }

    /** CALL_FUNCTION_KW: {@code f a1..an kwnames -> f(...)}; returns the new stack pointer. */
    static int callFunctionKwOp(ThreadState ts, Frame f, PyObject[] s, int sp, int arg, int ip) {
        PyTuple kw = (PyTuple) s[--sp];
        s[sp] = null;
        int base = sp - arg;
        f.sp = sp;
        f.lasti = ip - 2;
        PyObject r = call(ts, s[base - 1], s, base, arg - kw.size(), kw);
        CevalOps.clear(s, base, sp);
        s[base - 1] = r;
        return base;
    }

    /** CALL_METHOD: {@code meth self a1..an | NULL f a1..an -> result}; returns the new stack pointer. */
    static int callMethodOp(ThreadState ts, Frame f, PyObject[] s, int sp, int arg, int ip) {
        int base = sp - arg;
        f.sp = sp;
        f.lasti = ip - 2;
        PyObject r;
        if (s[base - 2] == null) {
            r = call(ts, s[base - 1], s, base, arg, null);
        } else {
            r = call(ts, s[base - 2], s, base - 1, arg + 1, null);
        }
        if (f.code.code[ip] == 68) { // GET_ITER next: for x in obj.genmethod(...)
            CevalOps.markLoopGenerator(s[base - 2] == null ? s[base - 1] : s[base - 2], r);
        }
        CevalOps.clear(s, base - 1, sp);
        s[base - 2] = r;
        return base - 1;
    }

    /**
     * Calls {@code fn} with {@code args[base..base+nargs)} and keyword values after them. When
     * {@code base > 0}, {@code args[base-1]} is the caller's slot for {@code fn} (its stack), which
     * the call may overwrite.
     */
    static PyObject call(ThreadState ts, PyObject fn, PyObject[] args, int base, int nargs, PyTuple kwnames) {
        if (fn instanceof PyFunction pf) {
            return callFunction(ts, pf, args, base, nargs, kwnames);
        }
        if (fn instanceof PyMethodDescr md && kwnames == null && !ts.hooks) {
            PyObject r = CevalOps.callMethodDescr(ts, md, args, base, nargs);
            if (r != null) {
                return r;
            }
        }
        if (fn instanceof PyType t && base > 0 && kwnames == null && !ts.hooks) {
            PyObject init = t.plainInit();
            if (init instanceof PyFunction pf) {
                return CevalOps.construct(ts, t, pf, args, base, nargs);
            }
        }
        return Tracing.callOther(ts, fn, args, base, nargs, kwnames);
    }

    /** Calls a Python function: binds the arguments into a new frame and runs it. */
    static PyObject callFunction(ThreadState ts, PyFunction fn, PyObject[] args, int base, int nargs,
            PyTuple kwnames) {
        if (Signals.pending) Signals.handlePending(); // eval breaker (calls), raised in the caller's frame
        PyCode co = fn.code;
        Frame f = new Frame(co, fn.globals, fn.builtins, null);
        PyObject[] loc = f.localsplus;
        if (kwnames == null && nargs == co.argcount && (co.flags & 0x0c) == 0 && co.kwonlyargcount == 0) {
            System.arraycopy(args, base, loc, 0, nargs);
        } else {
            CevalOps.bindArgs(fn, loc, args, base, nargs, kwnames);
        }
        if (co.ncells + co.nfree > 0) {
            CevalOps.setupCells(fn, loc);
        }
        if ((co.flags & 0x2a0) != 0) {
            return PyGenerator.create(fn, f);
        }
        return eval(ts, f);
    }
}
