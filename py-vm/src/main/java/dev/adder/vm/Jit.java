package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;

/**
 * The second tier: a code object that has run often (calls plus loop iterations) is compiled to a
 * JVM class of its own ({@link JitCompiler}), whose method the JVM compiles like any small Java
 * method, without the evaluation loop's dispatch. A trace function that starts watching the
 * frame, or an instruction it does not compile, hands the frame, with its stack, to
 * {@link Ceval#run} at that instruction, which finishes it. Python-visible state (locals, cells, the block stack, {@code f_lasti} at calls and
 * exceptions) lives in the frame exactly as the evaluation loop keeps it.
 *
 * <p>{@code -Dadder.jit=0} turns the tier off; {@code adder.jit.threshold} sets the count.
 */
final class Jit {
    private Jit() {
    }

    /** Whether the tier is on. */
    static final boolean ENABLED = !"0".equals(System.getProperty("adder.jit", "1"));
    /** Calls plus backward jumps of a code object before it is compiled. */
    static final int THRESHOLD = Integer.getInteger("adder.jit.threshold", 1000);
    /** {@link PyCode#hotness} of a code object that is not compiled (never counts up to the threshold). */
    static final int NEVER = Integer.MIN_VALUE / 2;

    /**
     * Called by {@link Ceval#eval} and {@link Ceval#resume} when {@code f.code} has just become
     * hot: compiles it and runs {@code f}.
     */
    static PyObject hotCall(ThreadState ts, Frame f) {
        PyCode co = f.code;
        if (f.locals == null) { // module and class bodies run once: compiled when a loop in them is hot
            if (compile(co) && co.jit.isEntry(f.lasti)) {
                return co.jit.run(ts, f);
            }
            if (co.jit == null) {
                co.hotness = NEVER;
            }
        }
        return Ceval.run(ts, f);
    }

    /**
     * Called by the evaluation loop at a jump of a hot code object to {@code target}: whether the
     * frame can go on in the compiled code from there (compiling the code first). The loop then
     * leaves its exception handling and calls the compiled code with {@code f.lasti = target}.
     */
    static boolean canEnter(ThreadState ts, Frame f, int target) {
        PyCode co = f.code;
        if (f.interpOnly || ts.hooks) {
            co.hotness = THRESHOLD - 1000; // look again a while later
            return false;
        }
        if (co.jit == null && !compile(co)) {
            co.hotness = NEVER;
            return false;
        }
        if (!co.jit.isEntry(target)) {
            co.hotness = THRESHOLD - 1000;
            return false;
        }
        return true;
    }

    private static boolean compile(PyCode co) {
        if (!ENABLED || (co.flags & 0x380) != 0) { // coroutines, async generators (generators are compiled)
            return false;
        }
        if (co.jit != null) {
            return true;
        }
        JitCode j = JitCompiler.compile(co);
        if (j == null) {
            return false;
        }
        co.jit = j;
        return true;
    }

    // ------------------------------------------------------------------ leaving compiled code

    /**
     * An exception out of instruction {@code off} of compiled code, with the instruction's input
     * stack stored in the frame up to {@code sp}: the evaluation loop's handling (traceback entry,
     * the block stack's handler, whose offset it leaves in {@code f.lasti} and its stack in
     * {@code f.sp}), or the exception thrown on when the frame has no handler.
     */
    static void handle(ThreadState ts, Frame f, Throwable x, int off, int sp) {
        PyException e;
        if (x instanceof PyException pe) {
            e = pe;
        } else if (x instanceof StackOverflowError) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        } else if (x instanceof OutOfMemoryError) {
            e = PyErr.memoryError();
        } else if (x instanceof RuntimeException re) {
            e = CevalOps.internalError(re);
        } else {
            throw (Error) x;
        }
        f.lasti = off;
        int ip = CevalOps.handleException(ts, f, e, sp);
        if (ip < 0) {
            throw e;
        }
        f.lasti = ip;
    }

    /**
     * A trace function watches the frame from the instruction at {@code start} on (stack stored
     * up to {@code sp}): the evaluation loop, which traces, finishes the frame.
     */
    static PyObject traceExit(ThreadState ts, Frame f, int start, int sp) {
        f.sp = sp;
        f.interpOnly = true;
        Tracing.instruction(ts, f, start); // the line event due here; f.lasti = start
        return Ceval.run(ts, f);
    }

    /** An instruction compiled code leaves to the evaluation loop (stack stored up to {@code sp}). */
    static PyObject exit(ThreadState ts, Frame f, int start, int sp) {
        f.sp = sp;
        f.lasti = start;
        f.interpOnly = true;
        return Ceval.run(ts, f);
    }

    // ------------------------------------------------------------------ instructions

    static PyObject local(PyObject[] s, int i, PyCode co) {
        PyObject v = s[i];
        if (v == null) {
            throw CevalOps.unboundLocal(co, i);
        }
        return v;
    }

    static PyObject deref(PyObject[] s, int i, int arg, PyCode co) {
        PyObject v = ((PyCell) s[i]).ref;
        if (v == null) {
            throw CevalOps.unboundDeref(co, arg);
        }
        return v;
    }

    static void storeDeref(PyObject[] s, int i, PyObject v) {
        ((PyCell) s[i]).ref = v;
    }

    static void popTop(ThreadState ts, Frame f, PyObject v, int off) {
        if (v.getClass() == PyGenerator.class && ((PyGenerator) v).loopOwned) {
            f.lasti = off;
            CevalOps.dropLoopGenerator(ts, (PyGenerator) v);
        }
    }

    /** {@code +} (BINARY_ADD or INPLACE_ADD, {@code op}): exact machine-word ints and floats directly. */
    static PyObject add(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return PyInt.of(r);
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value + ((PyFloat) b).value);
        }
        return generic(a, b, op);
    }

    /** {@code -}. */
    static PyObject subtract(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return PyInt.of(r);
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value - ((PyFloat) b).value);
        }
        return generic(a, b, op);
    }

    /** {@code *}. */
    static PyObject multiply(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            long r = x * y;
            if (Math.multiplyHigh(x, y) == (r >> 63)) {
                return PyInt.of(r);
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value * ((PyFloat) b).value);
        }
        return generic(a, b, op);
    }

    static boolean isTrue(PyObject v) {
        return v == PyBool.TRUE || (v != PyBool.FALSE && Abstract.isTrue(v));
    }

    static PyObject not(PyObject v) {
        return isTrue(v) ? PyBool.FALSE : PyBool.TRUE;
    }

    static PyObject bool(boolean b) {
        return b ? PyBool.TRUE : PyBool.FALSE;
    }

    static PyObject contains(PyObject item, PyObject container, boolean negate) {
        return PyBool.of(Abstract.contains(container, item) ^ negate);
    }

    static void checkSignals() {
        if (Signals.pending) {
            Signals.handlePending();
        }
    }

    static void popBlock(Frame f) {
        f.nblocks--;
    }

    /** CALL_FUNCTION with the callable and arguments stored at {@code s[base-1 .. base+n)}. */
    static PyObject callFunction(ThreadState ts, PyObject[] s, int base, int n, boolean markGen) {
        PyObject r = Ceval.call(ts, s[base - 1], s, base, n, null);
        if (markGen) {
            CevalOps.markLoopGenerator(s[base - 1], r);
        }
        CevalOps.clear(s, base - 1, base + n);
        return r;
    }

    /** CALL_FUNCTION_KW with the callable, arguments and names tuple stored at {@code s[base-1 .. base+n]}. */
    static PyObject callFunctionKw(ThreadState ts, PyObject[] s, int base, int n) {
        dev.adder.runtime.objects.PyTuple kw = (dev.adder.runtime.objects.PyTuple) s[base + n];
        PyObject r = Ceval.call(ts, s[base - 1], s, base, n - kw.size(), kw);
        CevalOps.clear(s, base - 1, base + n + 1);
        return r;
    }

    /** CALL_METHOD with {@code meth self | NULL f} and the arguments stored at {@code s[base-2 .. base+n)}. */
    static PyObject callMethod(ThreadState ts, PyObject[] s, int base, int n, boolean markGen) {
        PyObject r;
        if (s[base - 2] == null) {
            r = Ceval.call(ts, s[base - 1], s, base, n, null);
        } else {
            r = Ceval.call(ts, s[base - 2], s, base - 1, n + 1, null);
        }
        if (markGen) {
            CevalOps.markLoopGenerator(s[base - 2] == null ? s[base - 1] : s[base - 2], r);
        }
        CevalOps.clear(s, base - 2, base + n);
        return r;
    }

    static void listAppend(PyObject list, PyObject v) {
        ((dev.adder.runtime.objects.PyList) list).append(v);
    }

    static void setAdd(PyObject set, PyObject v) {
        ((dev.adder.runtime.objects.PySet) set).add(v);
    }

    static void mapAdd(PyObject map, PyObject k, PyObject v) {
        ((dev.adder.runtime.objects.PyDict) map).setItem(k, v);
    }

    static void storeGlobal(Frame f, dev.adder.runtime.objects.PyStr name, PyObject v) {
        f.globals.setItem(name, v);
    }

    static PyObject is(PyObject a, PyObject b, boolean negate) {
        return (a == b) ^ negate ? PyBool.TRUE : PyBool.FALSE;
    }

    static PyObject buildList(PyObject[] items, int n) {
        return dev.adder.runtime.objects.PyList.wrap(items, n);
    }

    /** UNPACK_SEQUENCE's items, in the sequence's order. */
    static PyObject[] unpack(PyObject seq, int n) {
        if (seq instanceof dev.adder.runtime.objects.PyTuple t && t.size() == n) {
            return t.items();
        }
        if (seq instanceof dev.adder.runtime.objects.PyList l && l.size() == n) {
            return l.toArray();
        }
        PyObject[] tmp = new PyObject[n + 1];
        tmp[0] = seq;
        CevalOps.unpackSequence(tmp, 1, n); // tmp[0..n) = items n-1 .. 0
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = tmp[n - 1 - i];
        }
        return items;
    }

    // ------------------------------------------------------------------ arithmetic of one opcode

    private static boolean smallInts(PyObject a, PyObject b) {
        return a.getClass() == PyInt.class && b.getClass() == PyInt.class
                && ((PyInt) a).big == null && ((PyInt) b).big == null;
    }

    /** {@code %} (BINARY_MODULO or INPLACE_MODULO, {@code op}). */
    static PyObject mod(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) {
            long y = ((PyInt) b).value;
            if (y != 0) {
                return PyInt.of(Math.floorMod(((PyInt) a).value, y));
            }
        }
        return generic(a, b, op);
    }

    /** {@code //}. */
    static PyObject floorDiv(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            if (y != 0 && (x != Long.MIN_VALUE || y != -1)) {
                return PyInt.of(Math.floorDiv(x, y));
            }
        }
        return generic(a, b, op);
    }

    /** {@code /}: two ints exactly representable as doubles, or two floats, divided directly. */
    static PyObject trueDiv(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            if (y != 0 && Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                return PyFloat.of((double) x / (double) y);
            }
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class && ((PyFloat) b).value != 0.0) {
            return PyFloat.of(((PyFloat) a).value / ((PyFloat) b).value);
        }
        return generic(a, b, op);
    }

    /** {@code & | ^}. */
    static PyObject bitAnd(PyObject a, PyObject b, int op) {
        return smallInts(a, b) ? PyInt.of(((PyInt) a).value & ((PyInt) b).value) : generic(a, b, op);
    }

    static PyObject bitOr(PyObject a, PyObject b, int op) {
        return smallInts(a, b) ? PyInt.of(((PyInt) a).value | ((PyInt) b).value) : generic(a, b, op);
    }

    static PyObject bitXor(PyObject a, PyObject b, int op) {
        return smallInts(a, b) ? PyInt.of(((PyInt) a).value ^ ((PyInt) b).value) : generic(a, b, op);
    }

    /** {@code >>}. */
    static PyObject rshift(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) {
            long y = ((PyInt) b).value;
            if (y >= 0) {
                return PyInt.of(((PyInt) a).value >> Math.min(y, 63));
            }
        }
        return generic(a, b, op);
    }

    /** {@code <<} without overflow. */
    static PyObject lshift(PyObject a, PyObject b, int op) {
        if (smallInts(a, b)) {
            long x = ((PyInt) a).value;
            long y = ((PyInt) b).value;
            if (y >= 0 && y < 63 && ((x << y) >> y) == x) {
                return PyInt.of(x << y);
            }
        }
        return generic(a, b, op);
    }

    /** Binary or in-place opcode {@code op} by the evaluation loop's generic path. */
    static PyObject generic(PyObject a, PyObject b, int op) {
        if (op == 23) {
            return Abstract.add(a, b); // CevalOps.binary leaves + and - to these
        }
        if (op == 24) {
            return Abstract.subtract(a, b);
        }
        boolean inplace = op == 17 || op == 28 || op == 29 || (op >= 55 && op <= 59) || op == 67 || op >= 75;
        return inplace ? CevalOps.inplace(op, a, b) : CevalOps.binary(op, a, b);
    }

    /** COMPARE_OP {@code arg}: two ints or floats, and {@code ==}/{@code !=} of two exact strs, directly. */
    static PyObject compare(PyObject a, PyObject b, int arg) {
        int c = compareJump(a, b, arg);
        if (c >= 0) {
            return c != 0 ? PyBool.TRUE : PyBool.FALSE;
        }
        return CevalOps.compare(a, b, arg);
    }

    /** COMPARE_OP {@code arg} as {@link CevalOps#compareNumbers}, also for == and != of two exact strs. */
    static int compareJump(PyObject a, PyObject b, int arg) {
        if ((arg == 2 || arg == 3) && a.getClass() == dev.adder.runtime.objects.PyStr.class
                && b.getClass() == dev.adder.runtime.objects.PyStr.class) {
            boolean eq = a == b || ((dev.adder.runtime.objects.PyStr) a).equalsStr((dev.adder.runtime.objects.PyStr) b);
            return eq == (arg == 2) ? 1 : 0;
        }
        return CevalOps.compareNumbers(a, b, arg);
    }
}
