package dev.adder.compiler.internal.cfg;

import static dev.adder.bytecode.Opcodes.*;

import dev.adder.bytecode.CodeFlags;
import dev.adder.bytecode.Constant;
import dev.adder.bytecode.LineTable;
import dev.adder.bytecode.PositionTable;

import java.util.List;

/**
 * Turns a finished flow graph into wordcode: the passes of {@link CfgOptimizer} in CPython's
 * order, jump offsets with {@code EXTENDED_ARG} growth, the bytes, the 3.10 line table (an
 * instruction with line 0 keeps the current line, -1 has none) and a 3.11-style position table,
 * and the stack depth.
 *
 * <p>CPython: {@code assemble()}, {@code insert_generator_prefix}, {@code assemble_jump_offsets},
 * {@code assemble_emit}, {@code assemble_lnotab}, {@code instrsize} and {@code write_op_arg} in
 * Python/compile.c (3.10).
 */
public final class CodeAssembler {
    private CodeAssembler() {
    }

    /** The assembled code. */
    public record Result(byte[] code, LineTable lineTable, PositionTable positions, int firstlineno,
            int stacksize) {
    }

    /** Code units for an argument. CPython: {@code instrsize}. */
    static int instrsize(int oparg) {
        if ((oparg & 0xFFFFFF00) == 0) {
            return 1;
        }
        if ((oparg & 0xFFFF0000) == 0) {
            return 2;
        }
        if ((oparg & 0xFF000000) == 0) {
            return 3;
        }
        return 4;
    }

    /**
     * Assembles {@code g}.
     *
     * @param consts the constants as a mutable list: folded tuples are appended, unused trailing
     *     ones removed
     * @param firstlineno the first line (0: take the first instruction's)
     * @param codeFlags the code flags (a generator, coroutine or async generator gets GEN_START)
     */
    public static Result assemble(FlowGraph g, List<Constant> consts, int firstlineno, int codeFlags) {
        for (int k = g.blocks.size() - 1; k >= 0; k--) {
            CfgOptimizer.normalizeBasicBlock(g.blocks.get(k));
        }
        CfgOptimizer.extendBlocks(g);
        BasicBlock entry = g.entry();
        insertGeneratorPrefix(entry, codeFlags);
        if (firstlineno == 0) {
            if (entry.iused > 0 && entry.instr[0].lineno != 0) {
                firstlineno = entry.instr[0].lineno;
            } else {
                firstlineno = 1;
            }
        }
        CfgOptimizer.optimizeCfg(g, entry, consts);
        CfgOptimizer.duplicateExitsWithoutLineno(g);
        CfgOptimizer.trimUnusedConsts(entry, consts);
        CfgOptimizer.propagateLineNumbers(entry);
        CfgOptimizer.guaranteeLinenoForExits(entry, firstlineno);
        CfgOptimizer.normalizeJumps(entry);
        int units = jumpOffsets(entry);

        byte[] code = new byte[units * 2];
        int[] lines = new int[units];
        int[] quads = new int[units * 4];
        int u = 0;
        int aLineno = firstlineno;
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr in = b.instr[i];
                if (in.lineno != 0) {
                    aLineno = in.lineno;
                }
                int arg = in.oparg;
                int size = instrsize(arg);
                int line = in.lineno > 0 ? (in.startLine > 0 ? in.startLine : in.lineno) : aLineno;
                int endLine = in.lineno > 0 ? Math.max(in.endLineno, in.lineno) : line;
                int col = in.lineno > 0 ? in.col : -1;
                int endCol = in.lineno > 0 ? in.endCol : -1;
                if (line < 0) {
                    endLine = -1;
                }
                for (int k = size - 1; k >= 0; k--) {
                    code[2 * u] = (byte) (k == 0 ? in.opcode : EXTENDED_ARG);
                    code[2 * u + 1] = (byte) (arg >>> (8 * k));
                    lines[u] = aLineno < 0 ? LineTable.NO_LINE : aLineno;
                    quads[4 * u] = line < 0 ? PositionTable.ABSENT : line;
                    quads[4 * u + 1] = endLine < 0 ? PositionTable.ABSENT : endLine;
                    quads[4 * u + 2] = col < 0 ? PositionTable.ABSENT : col;
                    quads[4 * u + 3] = endCol < 0 ? PositionTable.ABSENT : endCol;
                    u++;
                }
            }
        }
        int stacksize = StackDepth.compute(g, (codeFlags & CodeFlags.GENERATOR_LIKE) != 0);
        return new Result(code, LineTable.fromUnitLines(lines), PositionTable.fromQuads(quads), firstlineno,
                stacksize);
    }

    /** CPython: {@code insert_generator_prefix}. */
    private static void insertGeneratorPrefix(BasicBlock entry, int flags) {
        int kind;
        if ((flags & CodeFlags.CO_COROUTINE) != 0) {
            kind = 1;
        } else if ((flags & CodeFlags.CO_ASYNC_GENERATOR) != 0) {
            kind = 2;
        } else if ((flags & CodeFlags.CO_GENERATOR) != 0) {
            kind = 0;
        } else {
            return;
        }
        entry.insert(0, new Instr(GEN_START, kind, null, -1, -1, -1, -1));
    }

    /** CPython: {@code assemble_jump_offsets}; returns the code size in units. */
    private static int jumpOffsets(BasicBlock entry) {
        boolean recompile;
        int totsize;
        do {
            totsize = 0;
            for (BasicBlock b = entry; b != null; b = b.next) {
                int bsize = 0;
                for (int i = 0; i < b.iused; i++) {
                    bsize += instrsize(b.instr[i].oparg);
                }
                b.offset = totsize;
                totsize += bsize;
            }
            recompile = false;
            for (BasicBlock b = entry; b != null; b = b.next) {
                int bsize = b.offset;
                for (int i = 0; i < b.iused; i++) {
                    Instr in = b.instr[i];
                    int isize = instrsize(in.oparg);
                    bsize += isize;
                    if (in.isJump()) {
                        in.oparg = in.target.offset;
                        if (in.isRelativeJump()) {
                            in.oparg -= bsize;
                        }
                        if (instrsize(in.oparg) != isize) {
                            recompile = true;
                        }
                    }
                }
            }
        } while (recompile);
        return totsize;
    }
}
