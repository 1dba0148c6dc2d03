package dev.adder.compiler.internal.cfg;

import java.util.Arrays;

/**
 * A basic block of the flow graph: a straight run of instructions, the block that follows it
 * in the layout ({@link #next}), and the flags the passes compute.
 *
 * <p>CPython: {@code basicblock} in Python/compile.c (3.10).
 */
public final class BasicBlock {
    /** Allocation number within its unit (CPython's {@code b_list} runs in reverse of it). */
    public final int id;
    /** The instructions; only the first {@link #iused} are live. */
    public Instr[] instr = new Instr[8];
    /** Number of instructions used. CPython: {@code b_iused}. */
    public int iused;
    /** The next block in layout order, reached by normal flow unless {@link #nofallthrough}. */
    public BasicBlock next;
    /** A RETURN_VALUE was added to this block while generating code. CPython: {@code b_return}. */
    public boolean hasReturn;
    /** Number of predecessors. CPython: {@code b_predecessors}. */
    public int predecessors;
    /** Ends with a return, raise or unconditional jump. */
    public boolean nofallthrough;
    /** Ends with a return or raise. */
    public boolean exit;
    /** Scratch mark for the passes. */
    public boolean visited;
    /** Stack depth on entry, computed by the stack depth pass. */
    public int startdepth;
    /** Offset in code units, computed by the assembler. */
    public int offset;

    BasicBlock(int id) {
        this.id = id;
    }

    /** Appends {@code i}. CPython: {@code compiler_next_instr}. */
    public void add(Instr i) {
        if (iused == instr.length) {
            instr = Arrays.copyOf(instr, iused * 2);
        }
        instr[iused++] = i;
    }

    /** The last instruction, or null if the block is empty. */
    public Instr last() {
        return iused == 0 ? null : instr[iused - 1];
    }

    /** Inserts {@code i} at index {@code at}. */
    public void insert(int at, Instr i) {
        add(i);
        System.arraycopy(instr, at, instr, at + 1, iused - 1 - at);
        instr[at] = i;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("B").append(id).append(':');
        for (int i = 0; i < iused; i++) {
            sb.append("\n  ").append(instr[i]);
        }
        if (next != null) {
            sb.append("\n  (next B").append(next.id).append(')');
        }
        return sb.toString();
    }
}
