package dev.adder.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerifierTest {

    private static CodeUnit code(int stacksize, int... bytes) {
        return CodeUnit.builder().code(bytes).stacksize(stacksize).consts(Constant.NONE, Constant.Int.of(1))
                .names("n").varnames("v").filename("v.py").name("v").build();
    }

    private static void assertProblem(CodeUnit co, int offset, String fragment) {
        List<Verifier.Problem> ps = Verifier.check(co);
        assertTrue(ps.stream().anyMatch(p -> p.offset() == offset && p.message().contains(fragment)),
                "expected a problem at offset " + offset + " containing '" + fragment + "', got " + ps);
    }

    @Test
    void examplesAreValid() {
        for (CodeUnit co : List.of(Examples.g(), Examples.f(), Examples.module(), Examples.loop())) {
            assertEquals(List.of(), Verifier.check(co), co.co_name());
            assertEquals(co.co_stacksize(), Verifier.maxStackDepth(co), co.co_name());
        }
        Verifier.verify(Examples.module());
    }

    @Test
    void tryFinallyAndWith() {
        // try: x  finally: pass  (3.10's layout): the handler is entered with 6 values more
        Assembler asm = new Assembler();
        Assembler.Label handler = asm.newLabel();
        asm.emitJump(Opcode.SETUP_FINALLY, handler);
        asm.emit(Opcode.LOAD_NAME, 0).emit(Opcode.POP_TOP).emit(Opcode.POP_BLOCK);
        asm.emit(Opcode.LOAD_CONST, 0).emit(Opcode.RETURN_VALUE);
        asm.bind(handler).emit(Opcode.RERAISE, 0);
        CodeUnit co = CodeUnit.builder().assembled(asm.assemble()).consts(Constant.NONE).names("x")
                .stacksize(6).filename("t.py").name("t").build();
        assertEquals(List.of(), Verifier.check(co));
        assertEquals(6, Verifier.maxStackDepth(co));
        CodeUnit tooSmall = co.toBuilder().stacksize(5).build();
        assertProblem(tooSmall, 0, "SETUP_FINALLY takes the stack depth to 6 when the jump is taken, above co_stacksize 5");
    }

    @Test
    void generatorsStartWithTheSentValue() {
        // GEN_START pops the value sent to start a generator: depth 1 on entry (3.10 stackdepth())
        CodeUnit gen = CodeUnit.builder().code(129, 0, 100, 0, 83, 0).consts(Constant.NONE).stacksize(1)
                .flags(Examples.FUNCTION_FLAGS | CodeFlags.CO_GENERATOR).filename("g.py").name("gen").build();
        assertEquals(List.of(), Verifier.check(gen));
        CodeUnit notGen = gen.toBuilder().flags(Examples.FUNCTION_FLAGS).build();
        assertProblem(notGen, 0, "GEN_START takes the stack depth from 0 below zero");
    }

    @Test
    void jumpIntoTheMiddleOfAnInstruction() {
        // JUMP_ABSOLUTE 1 (to 2): offset 2 is the LOAD_CONST extended by the EXTENDED_ARG at 0
        CodeUnit co = code(1, 144, 0, 100, 1, 113, 1);
        assertProblem(co, 4, "JUMP_ABSOLUTE jumps to offset 2, which is not an instruction boundary");
        CodeUnit past = code(1, 100, 0, 113, 7);
        assertProblem(past, 2, "JUMP_ABSOLUTE jumps to offset 14, past the end of the code (4 bytes)");
        CodeUnit rel = code(1, 110, 5, 100, 0, 83, 0);
        assertProblem(rel, 0, "JUMP_FORWARD jumps to offset 12");
    }

    @Test
    void depthMismatchBetweenPaths() {
        // 0 LOAD_CONST; 2 POP_JUMP_IF_FALSE 4 (to 8); 4 LOAD_CONST; 6 LOAD_CONST; 8 RETURN_VALUE
        // into 8: depth 0 on the jump, 2 falling through
        CodeUnit co = code(2, 100, 0, 114, 4, 100, 0, 100, 0, 83, 0);
        assertProblem(co, 8, "differs");
        assertTrue(Verifier.check(co).get(0).toString().startsWith("offset 8: "), Verifier.check(co).toString());
    }

    @Test
    void underflowAndOverflow() {
        assertProblem(code(2, 23, 0, 83, 0), 0, "BINARY_ADD takes the stack depth from 0 below zero");
        assertProblem(code(1, 100, 0, 100, 1, 23, 0, 83, 0), 2, "LOAD_CONST takes the stack depth to 2, above co_stacksize 1");
    }

    @Test
    void fallingOffTheEnd() {
        assertProblem(code(1, 100, 0), 0, "execution runs past the end of the code after LOAD_CONST");
        assertProblem(code(0, 144, 1), 0, "code ends with EXTENDED_ARG");
        assertProblem(CodeUnit.builder().filename("e").name("e").build(), 0, "empty code");
    }

    @Test
    void argumentsOutOfRange() {
        assertProblem(code(1, 100, 2, 83, 0), 0, "LOAD_CONST argument 2 is out of range for co_consts (2)");
        assertProblem(code(1, 101, 1, 83, 0), 0, "LOAD_NAME argument 1 is out of range for co_names (1)");
        assertProblem(code(1, 124, 1, 83, 0), 0, "LOAD_FAST argument 1 is out of range");
        assertProblem(code(1, 136, 0, 83, 0), 0, "LOAD_DEREF argument 0 is out of range");
        assertProblem(code(2, 100, 0, 100, 0, 107, 6, 83, 0), 4, "COMPARE_OP argument 6");
        assertProblem(code(1, 130, 3), 0, "bad RAISE_VARARGS oparg 3");
        assertProblem(code(1, 0, 0, 83, 0), 0, "unknown opcode 0");
        assertProblem(code(1, 144, 1, 1, 0, 83, 0), 2, "EXTENDED_ARG before POP_TOP");
        assertProblem(code(1, 144, 0, 144, 0, 144, 0, 144, 0, 100, 0, 83, 0), 6, "more than 3 EXTENDED_ARG");
    }

    @Test
    void unreachableCodeIsNotFlowChecked() {
        // after RETURN_VALUE: a BINARY_ADD nobody reaches
        assertEquals(List.of(), Verifier.check(code(1, 100, 0, 83, 0, 23, 0)));
    }

    @Test
    void verifyIsRecursiveAndNamesTheCode() {
        CodeUnit bad = code(0, 23, 0, 83, 0).toBuilder().qualname("outer.<locals>.bad").build();
        CodeUnit outer = CodeUnit.builder().code(100, 0, 83, 0).consts(new Constant.Code(bad)).stacksize(1)
                .filename("o.py").name("outer").build();
        BytecodeException e = assertThrows(BytecodeException.class, () -> Verifier.verify(outer));
        assertEquals("SystemError", e.pythonType());
        assertTrue(e.getMessage().contains("outer.<locals>.bad: offset 0: BINARY_ADD"), e.getMessage());
        assertThrows(BytecodeException.class, () -> Verifier.maxStackDepth(bad));
    }
}
