package dev.adder.compiler.internal.codegen;

import dev.adder.compiler.internal.cfg.BasicBlock;

/**
 * A frame block: an enclosing loop, try, with or handler that {@code break}, {@code continue}
 * and {@code return} must unwind.
 *
 * <p>CPython: {@code struct fblockinfo} and {@code enum fblocktype} in Python/compile.c (3.10),
 * plus 3.11's {@code EXCEPTION_GROUP_HANDLER}.
 *
 * @param type the kind of block
 * @param block the block's entry (the loop head for loops)
 * @param exit the type-specific exit or cleanup block
 * @param datum the finally body ({@code List<Stmt>}), the with statement, or the handler's name
 */
record FBlock(Type type, BasicBlock block, BasicBlock exit, Object datum) {
    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }
}
