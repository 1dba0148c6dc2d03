package dev.adder.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.bytecode.CodeFlags;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Disassembler;
import dev.adder.bytecode.Instruction;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.Verifier;
import dev.adder.compiler.Compilers;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Syntax CPython 3.10 cannot compile: {@code except*} (with the extension opcodes and the stack
 * protocol documented on {@code StmtCodegen.tryStarExcept}), {@code *args: *Ts}, and asynchronous
 * comprehensions inside comprehensions of an async function. Expectations from CPython 3.11
 * ({@code python3}) are noted where they apply.
 */
class Python311SyntaxTest {

    static List<Opcode> ops(CodeUnit co) {
        return Disassembler.getInstructions(co).stream().map(Instruction::op).toList();
    }

    static long count(List<Opcode> ops, Opcode op) {
        return ops.stream().filter(o -> o == op).count();
    }

    @Test
    void exceptStarUsesTheExtensionOpcodes() {
        String src = "try:\n    x()\nexcept* ValueError as e:\n    y(e)\nexcept* (TypeError, KeyError):\n    z()\n"
                + "else:\n    w()\n";
        CodeUnit co = Compilers.compile(src, "<string>", "exec");
        Verifier.verify(co);
        List<Opcode> ops = ops(co);
        assertEquals(2, count(ops, Opcode.CHECK_EG_MATCH), "one match per clause");
        assertEquals(1, count(ops, Opcode.PREP_RERAISE_STAR));
        // the try body, each clause body, and nothing else, is protected
        assertEquals(3, count(ops, Opcode.SETUP_FINALLY));
        // the group to re-raise is rebuilt as (traceback, value, type) for RERAISE
        assertTrue(co.co_names().containsAll(List.of("__traceback__", "__class__")));
        assertEquals(Verifier.maxStackDepth(co), co.co_stacksize());
    }

    @Test
    void exceptStarWithFinallyAndInFunctions() {
        String src = "def f():\n    try:\n        return g()\n    except* OSError as e:\n        h(e)\n"
                + "    finally:\n        k()\n"
                + "async def a():\n    try:\n        await x\n    except* E:\n        async with y:\n"
                + "            pass\n";
        CodeUnit co = Compilers.compile(src, "<string>", "exec");
        Verifier.verify(co);
        CodeUnit f = SeedAcceptanceTest.codeConstants(co).get(0);
        List<Opcode> ops = ops(f);
        assertEquals(1, count(ops, Opcode.CHECK_EG_MATCH));
        assertEquals(Verifier.maxStackDepth(f), f.co_stacksize());
        // the handler name is cleared on both paths out of the clause body
        assertEquals(List.of("e"), f.co_varnames());
        assertTrue(count(ops, Opcode.DELETE_FAST) >= 2);
    }

    @Test
    void starredVarargsAnnotation() {
        // python3 (3.11): LOAD_CONST 'args', LOAD_NAME Ts, UNPACK_SEQUENCE 1, BUILD_TUPLE 2, ...
        CodeUnit co = Compilers.compile("def f(*args: *Ts): pass", "<string>", "exec");
        Verifier.verify(co);
        List<Instruction> ins = Disassembler.getInstructions(co);
        assertEquals(List.of(Opcode.LOAD_CONST, Opcode.LOAD_NAME, Opcode.UNPACK_SEQUENCE, Opcode.BUILD_TUPLE,
                Opcode.LOAD_CONST, Opcode.LOAD_CONST, Opcode.MAKE_FUNCTION), ins.subList(0, 7).stream()
                .map(Instruction::op).toList());
        assertEquals(1, ins.get(2).arg());
        assertEquals(2, ins.get(3).arg());
        assertEquals(4, ins.get(6).arg(), "MAKE_FUNCTION with annotations");
    }

    @Test
    void asyncComprehensionInsideComprehension() {
        // python3 (3.11): co_flags of f, the outer and the inner listcomp are 131, 147 and 147
        // (3.11 has no CO_NOFREE; Adder adds it as 3.10 does)
        CodeUnit co = Compilers.compile("async def f():\n    return [[x async for x in y] for z in w]",
                "<string>", "exec");
        Verifier.verify(co);
        CodeUnit f = SeedAcceptanceTest.codeConstants(co).get(0);
        CodeUnit outer = SeedAcceptanceTest.codeConstants(f).get(0);
        CodeUnit inner = SeedAcceptanceTest.codeConstants(outer).get(0);
        int mask = ~CodeFlags.CO_NOFREE;
        assertEquals(131, f.co_flags() & mask);
        assertEquals(147, outer.co_flags() & mask);
        assertEquals(147, inner.co_flags() & mask);
        // the outer comprehension awaits the inner one
        assertTrue(ops(outer).contains(Opcode.GET_AWAITABLE));
    }
}
