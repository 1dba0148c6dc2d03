package dev.adder.vm;

import dev.adder.bytecode.CodeFlags;
import dev.adder.bytecode.LineTable;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.Opcodes;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyInt;

/**
 * Assigning {@code frame.f_lineno} from a trace function's 'line' event: the jump debuggers make
 * ({@code pdb}'s {@code jump}). The rules and messages are CPython 3.11's: a jump goes to the
 * first instruction of a line (the first line with code at or after the one asked for) whose
 * value stack is the current one with values removed from its top, never into a {@code for}
 * loop's body, an {@code except} block or code only an exception reaches, and never from
 * within an exception handler.
 *
 * <p>The value stack of each instruction is computed by following the code from its start along
 * normal control flow (exception handlers are not followed, as they are not in CPython), each
 * entry an iterator, an exception or another object. This VM keeps 3.10's block stack for
 * {@code try} and {@code with}, which 3.11 keeps in an exception table: the block stack of each
 * instruction is computed the same way, and a jump gives the frame the target's blocks (so a jump
 * into a {@code try} body has its handler, as in 3.11).
 *
 * <p>CPython: {@code Objects/frameobject.c} ({@code frame_setlineno}, {@code mark_stacks},
 * {@code marklines}, {@code compatible_stack}, {@code explain_incompatible_stack}).
 */
final class LineJump {
    private LineJump() {
    }

    private static final int ITERATOR = 1;
    private static final int EXCEPT = 2;
    private static final int OBJECT = 3;
    /** What LOAD_METHOD pushes below the callable: NULL when the attribute was no method. */
    private static final int NULL = 4;
    private static final int BITS = 3;
    private static final long UNINITIALIZED = -2;
    private static final long OVERFLOWED = -1;
    private static final int MAX_ENTRIES = 63 / BITS;
    private static final long WILL_OVERFLOW = 1L << ((MAX_ENTRIES - 1) * BITS);

    /** The trace event being reported ({@code tstate->tracing_what}): CPython's PyTrace_* numbers. */
    static final int WHAT_CALL = 0;
    static final int WHAT_EXCEPTION = 1;
    static final int WHAT_LINE = 2;
    static final int WHAT_RETURN = 3;

    /**
     * A block of the block stack: a SETUP_FINALLY (also made by SETUP_WITH) with its handler, or
     * an EXCEPT_HANDLER; its level as a depth of the value stack.
     */
    private record Block(int type, int handler, int depth, Block next) {
    }

    private static long push(long stack, int kind) {
        return stack >= WILL_OVERFLOW ? OVERFLOWED : (stack << BITS) | kind;
    }

    private static long pop(long stack) {
        return stack >> BITS;
    }

    private static int top(long stack) {
        return (int) (stack & ((1 << BITS) - 1));
    }

    private static int depth(long stack) {
        int n = 0;
        while (stack > 0) {
            stack = pop(stack);
            n++;
        }
        return n;
    }

    /** {@code f.f_lineno = value}. */
    static void setLineno(ThreadState ts, PyFrame fo, PyObject value) {
        if (value == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        if (value.getClass() != PyInt.class || value.type() != PyInt.TYPE) {
            throw PyErr.valueError("lineno must be an integer");
        }
        switch (ts.traceWhat) {
            case WHAT_LINE:
                break;
            case WHAT_CALL:
                throw PyErr.valueError("can't jump from the 'call' trace event of a new frame");
            default:
                throw PyErr.valueError("can only jump from a 'line' trace event");
        }
        if (fo.trace == null) {
            throw PyErr.valueError("f_lineno can only be set by a trace function");
        }
        Frame f = fo.frame;
        if (ts.lineEventFrame != f) {
            // the line event is another frame's: this one's evaluation is not at a line start
            throw PyErr.valueError("can only jump from a 'line' trace event");
        }
        PyInt v = (PyInt) value;
        if (!v.isSmall() || v.clampedLong() != (int) v.clampedLong()) {
            throw PyErr.valueError("lineno out of range");
        }
        int asked = (int) v.clampedLong();
        PyCode co = f.code;
        if (asked < co.unit.co_firstlineno()) {
            throw PyErr.valueError("line %d comes before the current code block", asked);
        }
        byte[] code = co.unit.co_code();
        int len = code.length / 2;
        int[] lines = markLines(co, code, len);
        // A function's first instruction in CPython 3.11 (RESUME) is on the def line; here the
        // first instruction is the body's: the def line is a line of its own at offset 0.
        int first = co.unit.co_firstlineno();
        boolean defLine = (co.flags & CodeFlags.CO_OPTIMIZED) != 0 && co.lineForOffset(0) != first;
        int target = defLine && asked == first ? first : Integer.MAX_VALUE;
        for (int i = 0; i < len; i++) {
            if (lines[i] >= asked && lines[i] < target) {
                target = lines[i];
            }
        }
        if (target == Integer.MAX_VALUE) {
            throw PyErr.valueError("line %d comes after the current code block", asked);
        }
        long[] stacks = new long[len + 1];
        Block[] blocks = new Block[len + 1];
        markStacks(co, code, len, stacks, blocks);
        long best = OVERFLOWED;
        int bestAddr = -1;
        long start = stacks[f.lasti / 2];
        int err = -1;
        String msg = "cannot find bytecode for specified line";
        for (int i = 0; i < len; i++) {
            if (lines[i] == target || (i == 0 && defLine && target == first)) {
                long to = stacks[i];
                if (compatible(start, to)) {
                    err = 0;
                    if (to > best) {
                        best = to;
                        bestAddr = i;
                    }
                } else if (err < 0) {
                    if (start == OVERFLOWED) {
                        msg = "stack to deep to analyze";
                    } else if (start == UNINITIALIZED) {
                        msg = "can't jump from within an exception handler";
                    } else {
                        msg = explain(to);
                        err = 1;
                    }
                }
            }
        }
        if (err != 0) {
            throw PyErr.valueError("%s", msg);
        }
        PyObject[] s = f.localsplus;
        int n = 0;
        for (Block b = blocks[bestAddr]; b != null; b = b.next) {
            n++;
        }
        int[] to = new int[n * 3];
        int k0 = n;
        for (Block b = blocks[bestAddr]; b != null; b = b.next) {
            int k = --k0 * 3;
            to[k] = b.type;
            to[k + 1] = b.handler;
            to[k + 2] = co.nlocalsplus + b.depth;
        }
        int keep = 0;
        while (keep < n && keep < f.nblocks && to[keep * 3] == f.blocks[keep * 3]
                && to[keep * 3 + 1] == f.blocks[keep * 3 + 1] && to[keep * 3 + 2] == f.blocks[keep * 3 + 2]) {
            keep++;
        }
        // handlers left: the exception handled before each is the current one again (POP_EXCEPT)
        for (int k = f.nblocks - 1; k >= keep; k--) {
            if (f.blocks[k * 3] == Frame.EXCEPT_HANDLER) {
                PyObject prev = s[f.blocks[k * 3 + 2] + 1];
                ts.excInfo = prev == null || prev == dev.adder.runtime.objects.PyNone.NONE ? null : prev;
            }
        }
        while (start > best) {
            s[--f.sp] = null;
            start = pop(start);
        }
        if (n > 0 && f.blocks == null) {
            f.blocks = new int[Frame.MAXBLOCKS * 3];
        }
        System.arraycopy(to, 0, f.blocks == null ? to : f.blocks, 0, n * 3);
        f.nblocks = n;
        f.lasti = bestAddr * 2;
        fo.atDefLine = defLine && target == first;
    }

    private static boolean compatibleKind(int from, int to) {
        if (to == 0) {
            return false;
        }
        if (to == OBJECT) {
            return from != NULL;
        }
        return to == NULL || from == to;
    }

    private static boolean compatible(long from, long to) {
        if (from < 0 || to < 0) {
            return false;
        }
        while (from > to) {
            from = pop(from);
        }
        while (from != 0) {
            if (!compatibleKind(top(from), top(to))) {
                return false;
            }
            from = pop(from);
            to = pop(to);
        }
        return to == 0;
    }

    private static String explain(long to) {
        if (to == OVERFLOWED) {
            return "stack is too deep to analyze";
        }
        if (to == UNINITIALIZED) {
            return "can't jump into an exception handler, or code may be unreachable";
        }
        switch (top(to)) {
            case EXCEPT:
                return "can't jump into an 'except' block as there's no exception";
            case ITERATOR:
                return "can't jump into the body of a for loop";
            default:
                return "incompatible stacks";
        }
    }

    /** The line each instruction starts, where it differs from the previous instruction's; -1 elsewhere. */
    private static int[] markLines(PyCode co, byte[] code, int len) {
        int[] lines = new int[len];
        java.util.Arrays.fill(lines, -1);
        int last = LineTable.NO_LINE;
        for (int i = 0; i < len;) {
            int start = i;
            while (i < len && (code[2 * i] & 0xff) == Opcodes.EXTENDED_ARG) {
                i++;
            }
            i++;
            int line = co.lineForOffset(start * 2);
            if (line != last && line != LineTable.NO_LINE) {
                lines[start] = line;
                last = line;
            }
        }
        return lines;
    }

    /** The value stack and block stack before each instruction, along normal control flow. */
    private static void markStacks(PyCode co, byte[] code, int len, long[] stacks, Block[] blocks) {
        java.util.Arrays.fill(stacks, UNINITIALIZED);
        stacks[0] = (co.flags & CodeFlags.GENERATOR_LIKE) != 0 ? push(0, OBJECT) : 0;
        boolean todo = true;
        while (todo) {
            todo = false;
            for (int i = 0; i < len; i++) {
                long next = stacks[i];
                if (next == UNINITIALIZED) {
                    continue;
                }
                Block blk = blocks[i];
                int op = code[2 * i] & 0xff;
                if (op == Opcodes.EXTENDED_ARG) {
                    stacks[i + 1] = next;
                    blocks[i + 1] = blk;
                    continue;
                }
                int arg = code[2 * i + 1] & 0xff;
                for (int k = i - 1; k >= 0 && (code[2 * k] & 0xff) == Opcodes.EXTENDED_ARG; k--) {
                    arg |= (code[2 * k + 1] & 0xff) << (8 * (i - k));
                }
                Opcode o = Opcode.of(op);
                int j = -1; // jump target (unit index)
                if (o != null && o.isJump()) {
                    j = o == Opcode.JUMP_FORWARD || o == Opcode.FOR_ITER || o == Opcode.SETUP_FINALLY
                            || o == Opcode.SETUP_WITH || o == Opcode.SETUP_ASYNC_WITH ? i + 1 + arg : arg;
                }
                switch (op) {
                    case Opcodes.JUMP_IF_FALSE_OR_POP, Opcodes.JUMP_IF_TRUE_OR_POP -> {
                        todo |= flow(stacks, blocks, j, next, blk, i);
                        set(stacks, blocks, i + 1, pop(next), blk);
                    }
                    case Opcodes.POP_JUMP_IF_FALSE, Opcodes.POP_JUMP_IF_TRUE, Opcodes.JUMP_IF_NOT_EXC_MATCH -> {
                        long after = op == Opcodes.JUMP_IF_NOT_EXC_MATCH ? pop(pop(next)) : pop(next);
                        todo |= flow(stacks, blocks, j, after, blk, i);
                        set(stacks, blocks, i + 1, after, blk);
                    }
                    case Opcodes.JUMP_FORWARD, Opcodes.JUMP_ABSOLUTE -> todo |= flow(stacks, blocks, j, next, blk, i);
                    case Opcodes.GET_ITER, Opcodes.GET_AITER -> set(stacks, blocks, i + 1, push(pop(next), ITERATOR), blk);
                    case Opcodes.FOR_ITER -> {
                        todo |= flow(stacks, blocks, j, pop(next), blk, i);
                        set(stacks, blocks, i + 1, push(next, OBJECT), blk);
                    }
                    case Opcodes.SETUP_FINALLY -> {
                        todo |= handler(stacks, blocks, j, next, blk, i);
                        set(stacks, blocks, i + 1, next, new Block(Frame.SETUP_FINALLY, j * 2, depth(next), blk));
                    }
                    case Opcodes.SETUP_WITH -> {
                        // the context manager -> its __exit__ (the block's level), then __enter__()'s result
                        long withExit = push(pop(next), OBJECT);
                        todo |= handler(stacks, blocks, j, withExit, blk, i);
                        set(stacks, blocks, i + 1, push(withExit, OBJECT), new Block(Frame.SETUP_FINALLY, j * 2, depth(withExit), blk));
                    }
                    case Opcodes.SETUP_ASYNC_WITH -> {
                        todo |= handler(stacks, blocks, j, pop(next), blk, i);
                        set(stacks, blocks, i + 1, next, new Block(Frame.SETUP_FINALLY, j * 2, depth(pop(next)), blk));
                    }
                    case Opcodes.POP_EXCEPT -> set(stacks, blocks, i + 1, pop(pop(pop(next))), blk == null ? null : blk.next);
                    case Opcodes.LOAD_METHOD -> set(stacks, blocks, i + 1, push(push(pop(next), NULL), OBJECT), blk);
                    case Opcodes.POP_BLOCK -> set(stacks, blocks, i + 1, next, blk == null ? null : blk.next);
                    case Opcodes.RETURN_VALUE, Opcodes.RAISE_VARARGS, Opcodes.RERAISE -> {
                        // the end of a block
                    }
                    default -> {
                        int delta = Opcodes.stackEffect(op, arg, 0);
                        for (; delta < 0; delta++) {
                            next = pop(next);
                        }
                        for (; delta > 0; delta--) {
                            next = push(next, OBJECT);
                        }
                        set(stacks, blocks, i + 1, next, blk);
                    }
                }
            }
        }
    }

    /**
     * The state at a handler: the block's level, the exception handled before and the new one
     * (three values each) and an EXCEPT_HANDLER block, as the evaluation loop enters it.
     */
    private static boolean handler(long[] stacks, Block[] blocks, int j, long level, Block outer, int from) {
        long st = level;
        for (int k = 0; k < 6; k++) {
            st = push(st, EXCEPT);
        }
        return flow(stacks, blocks, j, st, new Block(Frame.EXCEPT_HANDLER, -1, depth(level), outer), from);
    }

    private static void set(long[] stacks, Block[] blocks, int i, long stack, Block blk) {
        stacks[i] = stack;
        blocks[i] = blk;
    }

    /** Records the state at jump target {@code j}; true when it is an earlier instruction seen for the first time. */
    private static boolean flow(long[] stacks, Block[] blocks, int j, long stack, Block blk, int from) {
        boolean again = stacks[j] == UNINITIALIZED && j < from;
        stacks[j] = stack;
        blocks[j] = blk;
        return again;
    }
}
