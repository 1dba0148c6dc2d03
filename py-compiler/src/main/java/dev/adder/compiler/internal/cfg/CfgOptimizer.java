package dev.adder.compiler.internal.cfg;

import static dev.adder.bytecode.Opcodes.*;

import dev.adder.bytecode.Constant;

import java.util.ArrayList;
import java.util.List;

/**
 * The passes over a finished flow graph that CPython 3.10 runs in {@code assemble()}: marking
 * exit blocks, inlining small exit blocks, the peephole optimizer (constant conditions, constant
 * tuples, jump threading, rotations), NOP removal, unreachable code removal, duplication of exit
 * blocks without a line number, trimming of unused trailing constants, and line number
 * propagation.
 *
 * <p>CPython: {@code normalize_basic_block}, {@code extend_block}, {@code optimize_cfg},
 * {@code optimize_basic_block}, {@code fold_tuple_on_constants}, {@code fold_rotations},
 * {@code jump_thread}, {@code clean_basic_block}, {@code mark_reachable},
 * {@code eliminate_empty_basic_blocks}, {@code duplicate_exits_without_lineno},
 * {@code trim_unused_consts}, {@code propagate_line_numbers},
 * {@code guarantee_lineno_for_exits} and {@code normalize_jumps} in Python/compile.c (3.10).
 */
public final class CfgOptimizer {
    private CfgOptimizer() {
    }

    /** Maximum size of a block that may be copied. CPython: {@code MAX_COPY_SIZE}. */
    static final int MAX_COPY_SIZE = 4;

    /** Marks exit and no-fall-through blocks; skips empty jump targets. */
    public static void normalizeBasicBlock(BasicBlock bb) {
        for (int i = 0; i < bb.iused; i++) {
            Instr in = bb.instr[i];
            switch (in.opcode) {
                case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                    bb.exit = true;
                    bb.nofallthrough = true;
                }
                case JUMP_ABSOLUTE, JUMP_FORWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
                        JUMP_IF_TRUE_OR_POP, FOR_ITER -> {
                    if (in.opcode == JUMP_ABSOLUTE || in.opcode == JUMP_FORWARD) {
                        bb.nofallthrough = true;
                    }
                    if (i != bb.iused - 1) {
                        throw new IllegalStateException("malformed control flow graph.");
                    }
                    while (in.target.iused == 0) {
                        in.target = in.target.next;
                    }
                }
                default -> {
                }
            }
        }
    }

    /** If {@code bb} ends with an unconditional jump to a small exit block, copies that block in. */
    public static void extendBlock(BasicBlock bb) {
        if (bb.iused == 0) {
            return;
        }
        Instr last = bb.instr[bb.iused - 1];
        if (last.opcode != JUMP_ABSOLUTE && last.opcode != JUMP_FORWARD) {
            return;
        }
        BasicBlock toCopy = last.target;
        if (toCopy.exit && toCopy.iused <= MAX_COPY_SIZE) {
            last.opcode = NOP;
            for (int i = 0; i < toCopy.iused; i++) {
                bb.add(toCopy.instr[i].copy());
            }
            bb.exit = true;
        }
    }

    /** Extends every block, newest first (CPython's {@code b_list} order). */
    public static void extendBlocks(FlowGraph g) {
        for (int k = g.blocks.size() - 1; k >= 0; k--) {
            extendBlock(g.blocks.get(k));
        }
    }

    /** Removes NOPs where that loses no line number event. */
    static void cleanBasicBlock(BasicBlock bb, int prevLineno) {
        int dest = 0;
        for (int src = 0; src < bb.iused; src++) {
            Instr in = bb.instr[src];
            int lineno = in.lineno;
            if (in.opcode == NOP) {
                if (lineno < 0) {
                    continue;
                }
                if (prevLineno == lineno) {
                    continue;
                }
                if (src < bb.iused - 1) {
                    Instr nx = bb.instr[src + 1];
                    int nextLineno = nx.lineno;
                    if (nextLineno < 0 || nextLineno == lineno) {
                        if (nextLineno < 0) {
                            nx.setLocationFrom(in);
                        }
                        continue;
                    }
                } else {
                    BasicBlock next = bb.next;
                    while (next != null && next.iused == 0) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.instr[0].lineno) {
                        continue;
                    }
                }
            }
            bb.instr[dest] = in;
            dest++;
            prevLineno = lineno;
        }
        for (int k = dest; k < bb.iused; k++) {
            bb.instr[k] = null;
        }
        bb.iused = dest;
    }

    /** CPython: {@code fold_tuple_on_constants}: LOAD_CONST x n, BUILD_TUPLE n -> LOAD_CONST tuple. */
    private static void foldTupleOnConstants(BasicBlock bb, int start, int n, List<Constant> consts) {
        for (int i = 0; i < n; i++) {
            if (bb.instr[start + i].opcode != LOAD_CONST) {
                return;
            }
        }
        List<Constant> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(consts.get(bb.instr[start + i].oparg));
        }
        Constant newconst = new Constant.Tuple(items);
        int index = -1;
        for (int k = 0; k < consts.size(); k++) {
            if (ConstKey.same(consts.get(k), newconst)) {
                index = k;
                break;
            }
        }
        if (index < 0) {
            index = consts.size();
            consts.add(newconst);
        }
        for (int i = 0; i < n; i++) {
            bb.instr[start + i].opcode = NOP;
        }
        Instr t = bb.instr[start + n];
        t.opcode = LOAD_CONST;
        t.oparg = index;
    }

    /** CPython: {@code fold_rotations}: n x ROT_n is a no-op. */
    private static void foldRotations(BasicBlock bb, int start, int n) {
        for (int i = 0; i < n; i++) {
            Instr in = bb.instr[start + i];
            int rot;
            switch (in.opcode) {
                case ROT_N -> rot = in.oparg;
                case ROT_FOUR -> rot = 4;
                case ROT_THREE -> rot = 3;
                case ROT_TWO -> rot = 2;
                default -> {
                    return;
                }
            }
            if (rot != n) {
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            bb.instr[start + i].opcode = NOP;
        }
    }

    /** CPython: {@code jump_thread}. */
    private static boolean jumpThread(Instr inst, Instr target, int opcode) {
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.opcode = opcode;
            return true;
        }
        return false;
    }

    private static final Instr NOP_INSTR = new Instr(NOP, 0, null, -1, -1, -1, -1);

    /** CPython: {@code optimize_basic_block}. */
    static void optimizeBasicBlock(BasicBlock bb, List<Constant> consts) {
        for (int i = 0; i < bb.iused; i++) {
            Instr inst = bb.instr[i];
            int oparg = inst.oparg;
            int nextop = i + 1 < bb.iused ? bb.instr[i + 1].opcode : 0;
            Instr target;
            if (inst.isJump()) {
                while (inst.target.iused == 0) {
                    inst.target = inst.target.next;
                }
                target = inst.target.instr[0];
            } else {
                target = NOP_INSTR;
            }
            switch (inst.opcode) {
                case LOAD_CONST -> {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            boolean isTrue = ConstKey.isTrue(consts.get(oparg));
                            inst.opcode = NOP;
                            boolean jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue) {
                                bb.instr[i + 1].opcode = JUMP_ABSOLUTE;
                                bb.nofallthrough = true;
                            } else {
                                bb.instr[i + 1].opcode = NOP;
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                            boolean isTrue = ConstKey.isTrue(consts.get(oparg));
                            boolean jumpIfTrue = nextop == JUMP_IF_TRUE_OR_POP;
                            if (isTrue == jumpIfTrue) {
                                bb.instr[i + 1].opcode = JUMP_ABSOLUTE;
                                bb.nofallthrough = true;
                            } else {
                                inst.opcode = NOP;
                                bb.instr[i + 1].opcode = NOP;
                            }
                        }
                        default -> {
                        }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && oparg == bb.instr[i + 1].oparg) {
                        switch (oparg) {
                            case 1 -> {
                                inst.opcode = NOP;
                                bb.instr[i + 1].opcode = NOP;
                            }
                            case 2 -> {
                                inst.opcode = ROT_TWO;
                                bb.instr[i + 1].opcode = NOP;
                            }
                            case 3 -> {
                                inst.opcode = ROT_THREE;
                                bb.instr[i + 1].opcode = ROT_TWO;
                            }
                            default -> {
                            }
                        }
                        break;
                    }
                    if (i >= oparg) {
                        foldTupleOnConstants(bb, i - oparg, oparg, consts);
                    }
                }
                case JUMP_IF_FALSE_OR_POP -> {
                    switch (target.opcode) {
                        case POP_JUMP_IF_FALSE -> i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                        case JUMP_ABSOLUTE, JUMP_FORWARD, JUMP_IF_FALSE_OR_POP ->
                                i -= jumpThread(inst, target, JUMP_IF_FALSE_OR_POP) ? 1 : 0;
                        case JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_TRUE -> {
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_FALSE;
                                inst.target = inst.target.next;
                                --i;
                            }
                        }
                        default -> {
                        }
                    }
                }
                case JUMP_IF_TRUE_OR_POP -> {
                    switch (target.opcode) {
                        case POP_JUMP_IF_TRUE -> i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                        case JUMP_ABSOLUTE, JUMP_FORWARD, JUMP_IF_TRUE_OR_POP ->
                                i -= jumpThread(inst, target, JUMP_IF_TRUE_OR_POP) ? 1 : 0;
                        case JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_FALSE -> {
                            if (inst.lineno == target.lineno) {
                                inst.opcode = POP_JUMP_IF_TRUE;
                                inst.target = inst.target.next;
                                --i;
                            }
                        }
                        default -> {
                        }
                    }
                }
                case POP_JUMP_IF_FALSE -> {
                    if (target.opcode == JUMP_ABSOLUTE || target.opcode == JUMP_FORWARD) {
                        i -= jumpThread(inst, target, POP_JUMP_IF_FALSE) ? 1 : 0;
                    }
                }
                case POP_JUMP_IF_TRUE -> {
                    if (target.opcode == JUMP_ABSOLUTE || target.opcode == JUMP_FORWARD) {
                        i -= jumpThread(inst, target, POP_JUMP_IF_TRUE) ? 1 : 0;
                    }
                }
                case JUMP_ABSOLUTE, JUMP_FORWARD -> {
                    if (target.opcode == JUMP_ABSOLUTE || target.opcode == JUMP_FORWARD) {
                        i -= jumpThread(inst, target, JUMP_ABSOLUTE) ? 1 : 0;
                    }
                }
                case FOR_ITER -> {
                    if (target.opcode == JUMP_FORWARD) {
                        i -= jumpThread(inst, target, FOR_ITER) ? 1 : 0;
                    }
                }
                case ROT_N -> {
                    switch (oparg) {
                        case 0, 1 -> {
                            inst.opcode = NOP;
                            continue;
                        }
                        case 2 -> inst.opcode = ROT_TWO;
                        case 3 -> inst.opcode = ROT_THREE;
                        case 4 -> inst.opcode = ROT_FOUR;
                        default -> {
                        }
                    }
                    if (i >= oparg - 1) {
                        foldRotations(bb, i - oparg + 1, oparg);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** CPython: {@code mark_reachable}. */
    static void markReachable(FlowGraph g, BasicBlock entry) {
        List<BasicBlock> stack = new ArrayList<>();
        entry.predecessors = 1;
        stack.add(entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.remove(stack.size() - 1);
            if (b.next != null && !b.nofallthrough) {
                if (b.next.predecessors == 0) {
                    stack.add(b.next);
                }
                b.next.predecessors++;
            }
            for (int i = 0; i < b.iused; i++) {
                Instr in = b.instr[i];
                if (in.isJump()) {
                    BasicBlock target = in.target;
                    if (target.predecessors == 0) {
                        stack.add(target);
                    }
                    target.predecessors++;
                }
            }
        }
    }

    /** CPython: {@code eliminate_empty_basic_blocks}. */
    static void eliminateEmptyBasicBlocks(BasicBlock entry) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            BasicBlock next = b.next;
            if (next != null) {
                while (next.iused == 0 && next.next != null) {
                    next = next.next;
                }
                b.next = next;
            }
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.iused == 0) {
                continue;
            }
            Instr last = b.instr[b.iused - 1];
            if (last.isJump()) {
                BasicBlock target = last.target;
                while (target.iused == 0) {
                    target = target.next;
                }
                last.target = target;
            }
        }
    }

    /** CPython: {@code optimize_cfg}. {@code consts} must be mutable (folded tuples are appended). */
    public static void optimizeCfg(FlowGraph g, BasicBlock entry, List<Constant> consts) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            optimizeBasicBlock(b, consts);
            cleanBasicBlock(b, -1);
        }
        extendBlocks(g);
        markReachable(g, entry);
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.iused = 0;
                b.nofallthrough = false;
            }
        }
        BasicBlock pred = null;
        for (BasicBlock b = entry; b != null; b = b.next) {
            int prevLineno = -1;
            if (pred != null && pred.iused > 0) {
                prevLineno = pred.instr[pred.iused - 1].lineno;
            }
            cleanBasicBlock(b, prevLineno);
            pred = b.nofallthrough ? null : b;
        }
        eliminateEmptyBasicBlocks(entry);
        boolean maybeEmptyBlocks = false;
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.iused > 0) {
                Instr last = b.instr[b.iused - 1];
                if (last.opcode == JUMP_ABSOLUTE || last.opcode == JUMP_FORWARD) {
                    if (last.target == b.next) {
                        b.nofallthrough = false;
                        last.opcode = NOP;
                        cleanBasicBlock(b, -1);
                        maybeEmptyBlocks = true;
                    }
                }
            }
        }
        if (maybeEmptyBlocks) {
            eliminateEmptyBasicBlocks(entry);
        }
    }

    /** CPython: {@code trim_unused_consts}: drops constants after the last one used (the first stays). */
    public static void trimUnusedConsts(BasicBlock entry, List<Constant> consts) {
        int maxConstIndex = 0;
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.iused; i++) {
                Instr in = b.instr[i];
                if (in.opcode == LOAD_CONST && in.oparg > maxConstIndex) {
                    maxConstIndex = in.oparg;
                }
            }
        }
        if (maxConstIndex + 1 < consts.size()) {
            consts.subList(maxConstIndex + 1, consts.size()).clear();
        }
    }

    private static boolean isExitWithoutLineno(BasicBlock b) {
        return b.exit && b.instr[0].lineno < 0;
    }

    private static boolean isSetup(int opcode) {
        return opcode == SETUP_ASYNC_WITH || opcode == SETUP_WITH || opcode == SETUP_FINALLY;
    }

    /** CPython: {@code duplicate_exits_without_lineno}. */
    public static void duplicateExitsWithoutLineno(FlowGraph g) {
        int n = g.blocks.size();
        for (int k = n - 1; k >= 0; k--) {
            BasicBlock b = g.blocks.get(k);
            if (b.iused > 0 && b.instr[b.iused - 1].isJump()) {
                Instr last = b.instr[b.iused - 1];
                if (isSetup(last.opcode)) {
                    continue;
                }
                BasicBlock target = last.target;
                if (isExitWithoutLineno(target) && target.predecessors > 1) {
                    BasicBlock newTarget = g.copyBlock(target);
                    newTarget.instr[0].setLocationFrom(last);
                    last.target = newTarget;
                    target.predecessors--;
                    newTarget.predecessors = 1;
                    newTarget.next = target.next;
                    target.next = newTarget;
                }
            }
        }
        for (int k = g.blocks.size() - 1; k >= 0; k--) {
            BasicBlock b = g.blocks.get(k);
            while (b.next != null && b.next.iused == 0) {
                b.next = b.next.next;
            }
        }
        for (int k = g.blocks.size() - 1; k >= 0; k--) {
            BasicBlock b = g.blocks.get(k);
            if (!b.nofallthrough && b.next != null && b.iused > 0) {
                if (isExitWithoutLineno(b.next)) {
                    b.next.instr[0].setLocationFrom(b.instr[b.iused - 1]);
                }
            }
        }
    }

    /** CPython: {@code propagate_line_numbers}. */
    public static void propagateLineNumbers(BasicBlock entry) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.iused == 0) {
                continue;
            }
            Instr prev = null;
            int prevLineno = -1;
            for (int i = 0; i < b.iused; i++) {
                Instr in = b.instr[i];
                if (in.lineno < 0) {
                    if (prev != null) {
                        in.setLocationFrom(prev);
                    } else {
                        in.lineno = -1;
                    }
                } else {
                    prev = in;
                    prevLineno = in.lineno;
                }
            }
            if (!b.nofallthrough && b.next.predecessors == 1) {
                Instr first = b.next.instr[0];
                if (first.lineno < 0) {
                    copyLine(first, prev, prevLineno);
                }
            }
            Instr last = b.instr[b.iused - 1];
            if (last.isJump()) {
                if (isSetup(last.opcode)) {
                    continue;
                }
                BasicBlock target = last.target;
                if (target.predecessors == 1) {
                    Instr first = target.instr[0];
                    if (first.lineno < 0) {
                        copyLine(first, prev, prevLineno);
                    }
                }
            }
        }
    }

    private static void copyLine(Instr to, Instr from, int lineno) {
        if (from != null) {
            to.setLocationFrom(from);
        } else {
            to.lineno = lineno;
        }
    }

    /** CPython: {@code guarantee_lineno_for_exits}. */
    public static void guaranteeLinenoForExits(BasicBlock entry, int firstlineno) {
        int lineno = firstlineno;
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.iused == 0) {
                continue;
            }
            Instr last = b.instr[b.iused - 1];
            if (last.lineno < 0) {
                if (last.opcode == RETURN_VALUE) {
                    for (int i = 0; i < b.iused; i++) {
                        b.instr[i].lineno = lineno;
                        b.instr[i].endLineno = lineno;
                    }
                }
            } else {
                lineno = last.lineno;
            }
        }
    }

    /** CPython: {@code normalize_jumps}: forward jumps become JUMP_FORWARD, backward ones JUMP_ABSOLUTE. */
    public static void normalizeJumps(BasicBlock entry) {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = true;
            if (b.iused == 0) {
                continue;
            }
            Instr last = b.instr[b.iused - 1];
            if (last.opcode == JUMP_ABSOLUTE && !last.target.visited) {
                last.opcode = JUMP_FORWARD;
            }
            if (last.opcode == JUMP_FORWARD && last.target.visited) {
                last.opcode = JUMP_ABSOLUTE;
            }
        }
    }
}
