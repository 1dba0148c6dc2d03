package dev.adder.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.bytecode.Disassembler;
import dev.adder.bytecode.Instruction;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.Verifier;
import dev.adder.compiler.Compilers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acceptance examples: the bytes of {@code def g(x): return x + 3}, the disassembly of the
 * seed module (recorded by {@code python3.10 -m dis seed.py > seed.dis.txt}), and a closure's
 * code object made once with its free and cell variables.
 */
class SeedAcceptanceTest {

    static List<CodeUnit> codeConstants(CodeUnit co) {
        return co.co_consts().stream().filter(c -> c instanceof Constant.Code)
                .map(c -> ((Constant.Code) c).code()).toList();
    }

    @Test
    void gCompilesToTheSeedBytes() {
        CodeUnit module = Compilers.compile("def g(x): return x + 3", "<string>", "exec");
        Verifier.verify(module);
        CodeUnit g = codeConstants(module).get(0);
        assertEquals("g", g.co_name());
        // LOAD_FAST 0 (x), LOAD_CONST 1 (3), BINARY_ADD, RETURN_VALUE
        assertArrayEquals(new byte[] {124, 0, 100, 1, 23, 0, 83, 0}, g.co_code());
        assertEquals(List.of(Constant.NONE, Constant.Int.of(3)), g.co_consts());
        assertEquals(List.of("x"), g.co_varnames());
    }

    @Test
    void seedModuleDisassemblesLikeCPython310() throws IOException {
        String expected = Cases.resource("seed.dis.txt");
        Matcher m = Pattern.compile("<code object f at (0x[0-9a-f]+)").matcher(expected);
        assertTrue(m.find());
        String address = m.group(1);
        CodeUnit module = Compilers.compile(Cases.resource("seed.py"), "seed.py", "exec");
        Verifier.verify(module);
        assertEquals(expected, Disassembler.dis(module, -1, c -> address));
    }

    @Test
    void closureIsOneCodeObjectWithCellAndFreeVariables() {
        String src = "def make_add_x(x):\n    def add_x(y):\n        return x + y\n    return add_x";
        CodeUnit module = Compilers.compile(src, "<string>", "exec");
        Verifier.verify(module);
        CodeUnit make = codeConstants(module).get(0);
        assertEquals("make_add_x", make.co_name());
        assertEquals(List.of("x"), make.co_cellvars());
        assertEquals(List.of(), make.co_freevars());
        List<CodeUnit> inner = codeConstants(make);
        assertEquals(1, inner.size(), "one code object for add_x, shared by every closure made from it");
        CodeUnit addX = inner.get(0);
        assertEquals("add_x", addX.co_name());
        assertEquals("make_add_x.<locals>.add_x", addX.co_qualname());
        assertEquals(List.of("x"), addX.co_freevars());
        assertEquals(List.of(), addX.co_cellvars());
        List<Instruction> ins = Disassembler.getInstructions(make);
        // LOAD_CLOSURE x, BUILD_TUPLE 1, LOAD_CONST <code add_x>, LOAD_CONST qualname, MAKE_FUNCTION 8 (closure)
        assertEquals(Opcode.LOAD_CLOSURE, ins.get(0).op());
        assertEquals(Opcode.BUILD_TUPLE, ins.get(1).op());
        assertEquals(Opcode.MAKE_FUNCTION, ins.get(4).op());
        assertEquals(8, ins.get(4).arg());
        // add_x reads x with LOAD_DEREF (index 0 of cellvars + freevars)
        assertEquals(Opcode.LOAD_DEREF, Disassembler.getInstructions(addX).get(0).op());
    }
}
