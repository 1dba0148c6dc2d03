package dev.adder.compiler.internal.cfg;

import dev.adder.bytecode.Opcodes;

/**
 * One instruction of the flow graph: an opcode, its argument (or jump target block) and the
 * source location it came from. A line of -1 marks an artificial instruction; 0 means "not set"
 * (the assembler keeps the current line for it).
 *
 * <p>CPython: {@code struct instr} in Python/compile.c (3.10), which keeps only the line; the
 * columns here feed the 3.11-style position table.
 */
public final class Instr {
    /** The opcode. */
    public int opcode;
    /** The argument (for a jump: filled in by the assembler). */
    public int oparg;
    /** The target of a jump instruction. */
    public BasicBlock target;
    /** Source line, -1 if artificial, 0 if unset. */
    public int lineno;
    /** Start line of the source range for the position table (the line table uses {@link #lineno}). */
    public int startLine = -1;
    /** End line of the source range. */
    public int endLineno;
    /** Start column (UTF-8 byte offset), -1 if unknown. */
    public int col;
    /** End column (UTF-8 byte offset), -1 if unknown. */
    public int endCol;

    /** An instruction. */
    public Instr(int opcode, int oparg, BasicBlock target, int lineno, int endLineno, int col, int endCol) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.target = target;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.col = col;
        this.endCol = endCol;
    }

    /** A copy (CPython copies the struct by value). */
    public Instr copy() {
        Instr i = new Instr(opcode, oparg, target, lineno, endLineno, col, endCol);
        i.startLine = startLine;
        return i;
    }

    /** Takes over the whole location of {@code other}. */
    public void setLocationFrom(Instr other) {
        lineno = other.lineno;
        startLine = other.startLine;
        endLineno = other.endLineno;
        col = other.col;
        endCol = other.endCol;
    }

    /** Whether this is a jump (including the SETUP_* ones). CPython: {@code is_jump}. */
    public boolean isJump() {
        return Opcodes.isJump(opcode);
    }

    /** Whether this is a relative jump. CPython: {@code is_relative_jump}. */
    public boolean isRelativeJump() {
        return Opcodes.isRelativeJump(opcode);
    }

    @Override
    public String toString() {
        String s = Opcodes.opname(opcode);
        if (target != null) {
            s += " -> B" + target.id;
        } else if (Opcodes.hasArg(opcode)) {
            s += " " + oparg;
        }
        return s + " @" + lineno;
    }
}
