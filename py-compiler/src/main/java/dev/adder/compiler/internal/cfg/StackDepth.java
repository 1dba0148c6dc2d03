package dev.adder.compiler.internal.cfg;

import static dev.adder.bytecode.Opcodes.*;

import dev.adder.bytecode.Opcodes;

import java.util.ArrayDeque;

/**
 * The maximum stack depth of a flow graph, following every path from the entry block.
 *
 * <p>CPython: {@code stackdepth()} and {@code stackdepth_push()} in Python/compile.c (3.10).
 */
public final class StackDepth {
    private StackDepth() {
    }

    private static void push(ArrayDeque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startdepth < depth && b.startdepth < 100) {
            b.startdepth = depth;
            stack.push(b);
        }
    }

    /**
     * The maximum depth; a generator or coroutine starts with one value on the stack.
     *
     * @throws IllegalStateException if an instruction has no stack effect (a compiler bug)
     */
    public static int compute(FlowGraph g, boolean generatorLike) {
        for (BasicBlock b : g.blocks) {
            b.startdepth = Integer.MIN_VALUE;
        }
        BasicBlock entry = g.entry();
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        int maxdepth = 0;
        push(stack, entry, generatorLike ? 1 : 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startdepth;
            BasicBlock next = b.next;
            for (int i = 0; i < b.iused; i++) {
                Instr in = b.instr[i];
                int effect = Opcodes.stackEffect(in.opcode, in.oparg, 0);
                if (effect == INVALID_STACK_EFFECT) {
                    throw new IllegalStateException("compiler stack_effect(opcode=" + in.opcode + ", arg="
                            + in.oparg + ") failed");
                }
                int newDepth = depth + effect;
                if (newDepth > maxdepth) {
                    maxdepth = newDepth;
                }
                if (in.isJump()) {
                    int targetDepth = depth + Opcodes.stackEffect(in.opcode, in.oparg, 1);
                    if (targetDepth > maxdepth) {
                        maxdepth = targetDepth;
                    }
                    push(stack, in.target, targetDepth);
                }
                depth = newDepth;
                if (in.opcode == JUMP_ABSOLUTE || in.opcode == JUMP_FORWARD || in.opcode == RETURN_VALUE
                        || in.opcode == RAISE_VARARGS || in.opcode == RERAISE) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return maxdepth;
    }
}
