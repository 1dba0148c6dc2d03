package dev.adder.bytecode;

import java.util.Arrays;

/**
 * Turns a sequence of instructions with symbolic jump targets into wordcode: it resolves
 * {@link Label}s to offsets, encodes jump arguments in 3.10's units (instructions, not bytes;
 * relative jumps count from the end of the jump), adds {@code EXTENDED_ARG} prefixes for arguments
 * wider than a byte, re-resolving until every jump fits, and builds the line and position tables
 * from the location current at each instruction.
 *
 * <pre>{@code
 * Assembler asm = new Assembler();
 * asm.setLocation(2, 2, 14, 19);
 * asm.emit(Opcode.LOAD_FAST, 0).emit(Opcode.LOAD_CONST, 1).emit(Opcode.BINARY_ADD);
 * asm.emit(Opcode.RETURN_VALUE);
 * Assembler.Result r = asm.assemble();   // r.code() = [124, 0, 100, 1, 23, 0, 83, 0]
 * }</pre>
 *
 * <p>CPython: {@code Python/compile.c} of 3.10: {@code assemble}, {@code assemble_jump_offsets},
 * {@code instrsize}, {@code write_op_arg}, {@code assemble_line_range}.
 */
public final class Assembler {

    /** A jump target: bound to the position of the next instruction emitted after {@link #bind}. */
    public static final class Label {
        private int index = -1;

        private Label() {
        }

        /** Whether the label has been bound. */
        public boolean isBound() {
            return index >= 0;
        }

        /** The index of the instruction the label is bound to (-1 if unbound). */
        public int instructionIndex() {
            return index;
        }
    }

    /** The assembled code and its tables. */
    public record Result(byte[] code, LineTable lineTable, PositionTable positions) {
        /** Copies the array in. */
        public Result {
            code = code.clone();
        }

        /** A copy of the code. */
        @Override
        public byte[] code() {
            return code.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && Arrays.equals(code, r.code) && lineTable.equals(r.lineTable)
                    && positions.equals(r.positions);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(code) * 31 + lineTable.hashCode();
        }

        @Override
        public String toString() {
            return "Result[code=" + Arrays.toString(code) + ", lines=" + lineTable + "]";
        }
    }

    /** An empty assembler. */
    public Assembler() {
    }

    private int count;
    private int[] ops = new int[32];
    private int[] args = new int[32];
    private Label[] targets = new Label[32];
    private int[] locs = new int[32 * 4];

    private int line = PositionTable.ABSENT;
    private int endLine = PositionTable.ABSENT;
    private int col = PositionTable.ABSENT;
    private int endCol = PositionTable.ABSENT;

    /** A new, unbound label. */
    public Label newLabel() {
        return new Label();
    }

    /**
     * Binds {@code label} to the next instruction to be emitted.
     *
     * @throws BytecodeException (SystemError) if the label is already bound
     */
    public Assembler bind(Label label) {
        if (label.index >= 0) {
            throw BytecodeException.systemError("assembler: label bound twice");
        }
        label.index = count;
        return this;
    }

    /**
     * Sets the source location given to the instructions emitted from now on. {@code line} is also
     * the line table's line; {@link PositionTable#ABSENT} (-1) marks a field as absent (a line of
     * -1 is Python's None in {@code co_lines()}).
     */
    public Assembler setLocation(int line, int endLine, int col, int endCol) {
        if (line < -1 || endLine < -1 || col < -1 || endCol < -1) {
            throw BytecodeException.systemError("assembler: negative location");
        }
        this.line = line;
        this.endLine = endLine;
        this.col = col;
        this.endCol = endCol;
        return this;
    }

    /** Sets the location to a line only (end line the same, columns absent). */
    public Assembler setLine(int line) {
        return setLocation(line, line, PositionTable.ABSENT, PositionTable.ABSENT);
    }

    /** The number of instructions emitted so far (not counting EXTENDED_ARG prefixes to come). */
    public int instructionCount() {
        return count;
    }

    /**
     * Emits an instruction without argument.
     *
     * @throws BytecodeException (SystemError) if {@code op} takes an argument or is EXTENDED_ARG
     */
    public Assembler emit(Opcode op) {
        if (op.hasArg()) {
            throw BytecodeException.systemError("assembler: " + op + " needs an argument");
        }
        add(op.code(), 0, null);
        return this;
    }

    /**
     * Emits an instruction with argument {@code arg} (0..2**32-1 as an unsigned int; wider than a
     * byte gets EXTENDED_ARG prefixes). Jumps take a {@link Label} instead.
     *
     * @throws BytecodeException (SystemError) if {@code op} takes no argument, is a jump, or is
     *     EXTENDED_ARG, or {@code arg} is negative
     */
    public Assembler emit(Opcode op, int arg) {
        if (!op.hasArg() || op.isJump() || op == Opcode.EXTENDED_ARG) {
            throw BytecodeException.systemError("assembler: " + op + " cannot take a plain argument");
        }
        if (arg < 0) {
            throw BytecodeException.systemError("assembler: negative argument " + arg + " for " + op);
        }
        add(op.code(), arg, null);
        return this;
    }

    /**
     * Emits a jump to {@code target}, which may be bound before or after.
     *
     * @throws BytecodeException (SystemError) if {@code op} is not a jump
     */
    public Assembler emitJump(Opcode op, Label target) {
        if (!op.isJump()) {
            throw BytecodeException.systemError("assembler: " + op + " is not a jump");
        }
        add(op.code(), 0, java.util.Objects.requireNonNull(target));
        return this;
    }

    private void add(int op, int arg, Label target) {
        if (count == ops.length) {
            int n = count * 2;
            ops = Arrays.copyOf(ops, n);
            args = Arrays.copyOf(args, n);
            targets = Arrays.copyOf(targets, n);
            locs = Arrays.copyOf(locs, n * 4);
        }
        ops[count] = op;
        args[count] = arg;
        targets[count] = target;
        int l = count * 4;
        locs[l] = line;
        locs[l + 1] = endLine;
        locs[l + 2] = col;
        locs[l + 3] = endCol;
        count++;
    }

    /** Code units needed for an instruction with argument {@code arg} (unsigned). */
    static int unitsFor(int arg) {
        if ((arg & 0xFFFFFF00) == 0) {
            return 1;
        }
        if ((arg & 0xFFFF0000) == 0) {
            return 2;
        }
        if ((arg & 0xFF000000) == 0) {
            return 3;
        }
        return 4;
    }

    /**
     * Resolves the jumps and produces the code and tables. The assembler can go on being used
     * afterwards (more instructions, assemble again).
     *
     * @throws BytecodeException (SystemError) if a jump's label is unbound or bound past the last
     *     instruction, or a relative jump goes backwards
     */
    public Result assemble() {
        int[] size = new int[count];
        int[] arg = new int[count];
        int[] off = new int[count + 1]; // in code units
        for (int i = 0; i < count; i++) {
            if (targets[i] != null) {
                Label t = targets[i];
                if (t.index < 0) {
                    throw BytecodeException.systemError("assembler: jump to an unbound label at instruction " + i);
                }
                if (t.index >= count) {
                    throw BytecodeException.systemError("assembler: jump past the last instruction at instruction " + i);
                }
                size[i] = 1;
            } else {
                arg[i] = args[i];
                size[i] = unitsFor(args[i]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < count; i++) {
                off[i + 1] = off[i] + size[i];
            }
            for (int i = 0; i < count; i++) {
                Label t = targets[i];
                if (t == null) {
                    continue;
                }
                int target = off[t.index];
                int a;
                if (Opcodes.isRelativeJump(ops[i])) {
                    a = target - off[i + 1];
                    if (a < 0) {
                        throw BytecodeException.systemError("assembler: backward relative jump ("
                                + Opcodes.opname(ops[i]) + ") at instruction " + i);
                    }
                } else {
                    a = target;
                }
                arg[i] = a;
                int need = unitsFor(a);
                if (need > size[i]) {
                    // sizes only grow, so this terminates; a prefix may end up holding 0
                    size[i] = need;
                    changed = true;
                }
            }
        }
        int units = off[count];
        byte[] code = new byte[units * 2];
        int[] quads = new int[units * 4];
        int[] unitLines = new int[units];
        int u = 0;
        for (int i = 0; i < count; i++) {
            int a = arg[i];
            for (int k = size[i] - 1; k >= 0; k--) {
                code[2 * u] = (byte) (k == 0 ? ops[i] : Opcodes.EXTENDED_ARG);
                code[2 * u + 1] = (byte) (a >>> (8 * k));
                System.arraycopy(locs, 4 * i, quads, 4 * u, 4);
                unitLines[u] = locs[4 * i];
                u++;
            }
        }
        return new Result(code, LineTable.fromUnitLines(unitLines), PositionTable.fromQuads(quads));
    }
}
