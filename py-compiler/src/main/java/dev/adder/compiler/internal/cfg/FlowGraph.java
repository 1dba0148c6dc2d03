package dev.adder.compiler.internal.cfg;

import java.util.ArrayList;
import java.util.List;

/**
 * The basic blocks of one code object under construction, in allocation order, with the block
 * code is currently emitted into.
 *
 * <p>CPython: the {@code u_blocks}/{@code u_curblock} part of {@code struct compiler_unit} and
 * {@code compiler_new_block}, {@code compiler_next_block}, {@code compiler_use_next_block},
 * {@code compiler_copy_block} in Python/compile.c (3.10). CPython links the blocks through
 * {@code b_list} newest first; {@link #blocks} keeps them oldest first, so the passes that walk
 * {@code b_list} walk this list backwards.
 */
public final class FlowGraph {
    /** Every block allocated, oldest (the entry block) first. */
    public final List<BasicBlock> blocks = new ArrayList<>();
    /** The block instructions are added to. */
    public BasicBlock current;

    /** A graph with one empty current block (the entry). */
    public FlowGraph() {
        current = newBlock();
    }

    /** A new block, not yet linked. CPython: {@code compiler_new_block}. */
    public BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(blocks.size());
        blocks.add(b);
        return b;
    }

    /** A new block that follows the current one and becomes current. CPython: {@code compiler_next_block}. */
    public BasicBlock nextBlock() {
        BasicBlock b = newBlock();
        current.next = b;
        current = b;
        return b;
    }

    /** Makes {@code b} follow the current block and become current. CPython: {@code compiler_use_next_block}. */
    public BasicBlock useNextBlock(BasicBlock b) {
        current.next = b;
        current = b;
        return b;
    }

    /** The entry block (the first allocated). */
    public BasicBlock entry() {
        return blocks.get(0);
    }

    /** A copy of a block that has no fall-through. CPython: {@code compiler_copy_block}. */
    public BasicBlock copyBlock(BasicBlock block) {
        BasicBlock result = newBlock();
        for (int i = 0; i < block.iused; i++) {
            result.add(block.instr[i].copy());
        }
        result.exit = block.exit;
        result.nofallthrough = true;
        return result;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (BasicBlock b = entry(); b != null; b = b.next) {
            sb.append(b).append('\n');
        }
        return sb.toString();
    }
}
