package dev.adder.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Disassembler;
import dev.adder.bytecode.Instruction;
import dev.adder.bytecode.PositionTable;
import dev.adder.compiler.Compilers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * The 3.11-style position table, for the instructions 3.10 and 3.11 have in common. Expected
 * values printed by python3 (3.11):
 * {@code for i in dis.get_instructions(compile('x = a.b(\n   c) + d[1]', '<s>', 'exec')):
 * print(i.opname, i.positions)}; BINARY_ADD is 3.11's BINARY_OP.
 */
class PositionsTest {

    @Test
    void positionsMatchCPython311() {
        CodeUnit co = Compilers.compile("x = a.b(\n   c) + d[1]", "<s>", "exec");
        List<String> got = new ArrayList<>();
        for (Instruction i : Disassembler.getInstructions(co)) {
            if (i.opname().equals("CALL_METHOD") || i.offset() >= 18) {
                continue; // 3.11 calls with PRECALL/CALL; the implicit return differs
            }
            PositionTable.Positions p = i.positions();
            got.add(i.opname() + " " + p.lineno() + " " + p.endLineno() + " " + p.colOffset() + " "
                    + p.endColOffset());
        }
        assertEquals(List.of(
                "LOAD_NAME 1 1 4 5",
                "LOAD_METHOD 1 1 4 7",
                "LOAD_NAME 2 2 3 4",
                "LOAD_NAME 2 2 8 9",
                "LOAD_CONST 2 2 10 11",
                "BINARY_SUBSCR 2 2 8 12",
                "BINARY_ADD 1 2 4 12",
                "STORE_NAME 1 1 0 1"), got);
    }
}
