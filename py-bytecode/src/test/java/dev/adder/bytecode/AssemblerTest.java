package dev.adder.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AssemblerTest {

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void seedExampleBytes() {
        // def g(x): return x + 3  ->  [124, 0, 100, 1, 23, 0, 83, 0] (the seed article)
        Assembler asm = new Assembler();
        asm.setLine(2);
        asm.emit(Opcode.LOAD_FAST, 0).emit(Opcode.LOAD_CONST, 1).emit(Opcode.BINARY_ADD).emit(Opcode.RETURN_VALUE);
        Assembler.Result r = asm.assemble();
        assertArrayEquals(bytes(124, 0, 100, 1, 23, 0, 83, 0), r.code());
        assertEquals(LineTable.of(List.of(new LineTable.LineRange(0, 8, 2))), r.lineTable());
        CodeUnit g = CodeUnit.builder().argcount(1).stacksize(2).flags(Examples.FUNCTION_FLAGS).firstlineno(2)
                .assembled(r).consts(Constant.NONE, Constant.Int.of(3)).varnames("x")
                .filename("<dis>").name("g").build();
        assertEquals(Disassembler.dis(Examples.g()), Disassembler.dis(g));
    }

    @Test
    void extendedArgForWideArguments() {
        // arguments wider than a byte: one EXTENDED_ARG per extra byte, high byte first
        Assembler asm = new Assembler();
        asm.emit(Opcode.LOAD_CONST, 300).emit(Opcode.LOAD_CONST, 0x12345).emit(Opcode.LOAD_CONST, 0x7F000001)
                .emit(Opcode.BUILD_TUPLE, 255);
        assertArrayEquals(bytes(144, 1, 100, 44,
                144, 1, 144, 0x23, 100, 0x45,
                144, 0x7F, 144, 0, 144, 0, 100, 1,
                102, 255), asm.assemble().code());
        assertThrows(BytecodeException.class, () -> asm.emit(Opcode.LOAD_CONST, -1));
    }

    @Test
    void jumpsUseInstructionUnits() {
        // the loop of `for i in x: pass` (3.10): FOR_ITER 2 (to 10), JUMP_ABSOLUTE 2 (to 4)
        Assembler asm = new Assembler();
        Assembler.Label top = asm.newLabel();
        Assembler.Label end = asm.newLabel();
        asm.setLine(1);
        asm.emit(Opcode.LOAD_NAME, 0).emit(Opcode.GET_ITER);
        asm.bind(top).emitJump(Opcode.FOR_ITER, end);
        asm.emit(Opcode.STORE_NAME, 1).emitJump(Opcode.JUMP_ABSOLUTE, top);
        asm.bind(end).emit(Opcode.LOAD_CONST, 0).emit(Opcode.RETURN_VALUE);
        assertArrayEquals(Examples.loop().co_code(), asm.assemble().code());
    }

    @Test
    void jumpsGrowExtendedArgsUntilStable() {
        // a forward jump over 300 instructions and a backward jump to 0 from past offset 510
        Assembler asm = new Assembler();
        Assembler.Label start = asm.newLabel();
        Assembler.Label far = asm.newLabel();
        asm.bind(start).emitJump(Opcode.JUMP_FORWARD, far);
        for (int i = 0; i < 300; i++) {
            asm.emit(Opcode.NOP);
        }
        asm.bind(far).emit(Opcode.NOP).emitJump(Opcode.JUMP_ABSOLUTE, far);
        asm.emitJump(Opcode.JUMP_ABSOLUTE, start);
        byte[] code = asm.assemble().code();
        // JUMP_FORWARD: EXTENDED_ARG 1, JUMP_FORWARD 44: 300 units skipped after the 2-unit jump
        assertArrayEquals(bytes(144, 1, 110, 44), java.util.Arrays.copyOf(code, 4));
        int farOffset = 4 + 600;
        // JUMP_ABSOLUTE far: target unit 302 -> EXTENDED_ARG 1, 46
        assertArrayEquals(bytes(9, 0, 144, 1, 113, 46, 113, 0),
                java.util.Arrays.copyOfRange(code, farOffset, farOffset + 8));
        List<Integer> labels = Disassembler.findLabels(code);
        assertEquals(List.of(farOffset, 0), labels);
    }

    @Test
    void extendedArgFixupReachesAFixedPoint() {
        // Many jumps to a label just past 255 units: adding a prefix to one pushes the others' targets.
        Assembler asm = new Assembler();
        Assembler.Label l = asm.newLabel();
        for (int i = 0; i < 254; i++) {
            asm.emitJump(Opcode.JUMP_ABSOLUTE, l);
        }
        asm.emit(Opcode.NOP).emit(Opcode.NOP);
        asm.bind(l).emit(Opcode.LOAD_CONST, 0).emit(Opcode.RETURN_VALUE);
        byte[] code = asm.assemble().code();
        // every jump needs a prefix (target unit 254 * 2 + 2 = 510 > 255)
        assertEquals((254 * 2 + 4) * 2, code.length);
        CodeUnit co = CodeUnit.builder().code(code).consts(Constant.NONE).stacksize(1).filename("x").name("x").build();
        int jumps = 0;
        for (Instruction ins : Disassembler.getInstructions(co)) {
            if (ins.opcode() == Opcodes.JUMP_ABSOLUTE) {
                assertEquals(1020, ins.argval());
                jumps++;
            }
        }
        assertEquals(254, jumps);
        assertTrue(Verifier.check(co).isEmpty(), Verifier.check(co).toString());
    }

    @Test
    void locationsBecomeTables() {
        Assembler asm = new Assembler();
        asm.setLocation(3, 3, 4, 9).emit(Opcode.LOAD_CONST, 300); // two units, same position
        asm.setLocation(3, 5, 0, 2).emit(Opcode.POP_TOP);
        asm.setLocation(-1, -1, -1, -1).emit(Opcode.LOAD_CONST, 0);
        asm.setLocation(7, 7, 1, 2).emit(Opcode.RETURN_VALUE);
        Assembler.Result r = asm.assemble();
        assertEquals("[(0, 6, 3), (6, 8, None), (8, 10, 7)]", r.lineTable().toString());
        assertEquals(5, r.positions().size());
        assertEquals(new PositionTable.Positions(3, 3, 4, 9), r.positions().get(0));
        assertEquals(new PositionTable.Positions(3, 3, 4, 9), r.positions().get(1));
        assertEquals(new PositionTable.Positions(3, 5, 0, 2), r.positions().get(2));
        assertEquals(PositionTable.Positions.NONE, r.positions().get(3));
        assertEquals(new PositionTable.Positions(7, 7, 1, 2), r.positions().get(4));
    }

    @Test
    void misuseIsRejected() {
        Assembler asm = new Assembler();
        assertThrows(BytecodeException.class, () -> asm.emit(Opcode.LOAD_CONST));
        assertThrows(BytecodeException.class, () -> asm.emit(Opcode.POP_TOP, 1));
        assertThrows(BytecodeException.class, () -> asm.emit(Opcode.JUMP_ABSOLUTE, 1));
        assertThrows(BytecodeException.class, () -> asm.emit(Opcode.EXTENDED_ARG, 1));
        assertThrows(BytecodeException.class, () -> asm.emitJump(Opcode.LOAD_CONST, asm.newLabel()));
        Assembler.Label l = asm.newLabel();
        asm.bind(l);
        assertThrows(BytecodeException.class, () -> asm.bind(l));

        Assembler unbound = new Assembler();
        unbound.emitJump(Opcode.JUMP_ABSOLUTE, unbound.newLabel());
        assertThrows(BytecodeException.class, unbound::assemble);

        Assembler backward = new Assembler();
        Assembler.Label top = backward.newLabel();
        backward.bind(top).emit(Opcode.NOP).emitJump(Opcode.JUMP_FORWARD, top);
        BytecodeException e = assertThrows(BytecodeException.class, backward::assemble);
        assertTrue(e.getMessage().contains("backward relative jump"), e.getMessage());

        Assembler pastEnd = new Assembler();
        Assembler.Label end = pastEnd.newLabel();
        pastEnd.emitJump(Opcode.JUMP_ABSOLUTE, end).bind(end);
        assertThrows(BytecodeException.class, pastEnd::assemble);
    }

    @Test
    void largeFunctionAssemblesAndVerifies() {
        // 20000 `x = x + i` statements in a loop body; constants past 255 need EXTENDED_ARG
        Assembler asm = new Assembler();
        List<Constant> consts = new ArrayList<>();
        consts.add(Constant.NONE);
        Assembler.Label top = asm.newLabel();
        Assembler.Label done = asm.newLabel();
        asm.setLine(1).emit(Opcode.LOAD_GLOBAL, 0).emit(Opcode.GET_ITER);
        asm.bind(top).emitJump(Opcode.FOR_ITER, done).emit(Opcode.STORE_FAST, 1);
        for (int i = 0; i < 20000; i++) {
            asm.setLine(2 + i);
            consts.add(Constant.Int.of(i));
            asm.emit(Opcode.LOAD_FAST, 0).emit(Opcode.LOAD_CONST, consts.size() - 1).emit(Opcode.BINARY_ADD)
                    .emit(Opcode.STORE_FAST, 0);
            if (i % 1000 == 999) {
                asm.emit(Opcode.LOAD_FAST, 0).emitJump(Opcode.POP_JUMP_IF_TRUE, top);
            }
        }
        asm.emitJump(Opcode.JUMP_ABSOLUTE, top);
        asm.bind(done).emit(Opcode.LOAD_CONST, 0).emit(Opcode.RETURN_VALUE);
        CodeUnit co = CodeUnit.builder().argcount(1).varnames("x", "i").names("range").consts(consts)
                .stacksize(3).flags(Examples.FUNCTION_FLAGS).assembled(asm.assemble())
                .filename("big.py").name("big").build();
        assertEquals(List.of(), Verifier.check(co));
        assertEquals(3, Verifier.maxStackDepth(co));
        // lines up to 20001 and offsets past 10000 widen both columns (to 5 and 6); the FOR_ITER
        // needs two prefixes, so line 2 starts at offset 12; constant 256 and up need a prefix
        String listing = Disassembler.dis(co);
        assertTrue(listing.contains("\n    2            12 LOAD_FAST                0 (x)\n"), listing.substring(0, 400));
        assertTrue(listing.contains(" EXTENDED_ARG             1\n"), "no EXTENDED_ARG");
        assertTrue(listing.contains(" LOAD_CONST             256 (255)\n"), "no LOAD_CONST 256");
    }
}
