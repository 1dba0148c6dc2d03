package dev.adder.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The disassembler against CPython 3.10's dis layout. Lib/dis.py of 3.10 (read in
 * facebookincubator/cinder, a 3.10 fork: Instruction._disassemble and _disassemble_bytes):
 * the line number is "%3d" (wider if the largest line is >= 1000), then "-->" or 3 spaces, then
 * ">>" or 2 spaces, the offset right-aligned in 4 (wider from 10000), the opname left-aligned in
 * _OPNAME_WIDTH = 20, the argument right-aligned in _OPARG_WIDTH = 5, "(argrepr)"; the fields are
 * joined by one space and the line rstripped; a blank line precedes each new source line after
 * offset 0; "Disassembly of %r:" after a blank line precedes each nested code object.
 */
class DisassemblerTest {

    @Test
    void seedExampleG() {
        CodeUnit g = Examples.g();
        assertEquals(List.of(124, 0, 100, 1, 23, 0, 83, 0), bytes(g.co_code()));
        String expected = ""
                + "  2           0 LOAD_FAST                0 (x)\n"
                + "              2 LOAD_CONST               1 (3)\n"
                + "              4 BINARY_ADD\n"
                + "              6 RETURN_VALUE\n";
        assertEquals(expected, Disassembler.dis(g));
        assertEquals(expected, Disassembler.disassemble(g));
    }

    @Test
    void seedExampleModuleWithNestedCode() {
        String expected = ""
                + "  1           0 LOAD_CONST               0 (<code object f at 0xADDR, file \"<dis>\", line 1>)\n"
                + "              2 LOAD_CONST               1 ('f')\n"
                + "              4 MAKE_FUNCTION            0\n"
                + "              6 STORE_NAME               0 (f)\n"
                + "\n"
                + "  3           8 LOAD_NAME                1 (print)\n"
                + "             10 LOAD_NAME                0 (f)\n"
                + "             12 LOAD_CONST               2 (1)\n"
                + "             14 CALL_FUNCTION            1\n"
                + "             16 CALL_FUNCTION            1\n"
                + "             18 POP_TOP\n"
                + "             20 LOAD_CONST               3 (None)\n"
                + "             22 RETURN_VALUE\n"
                + "\n"
                + "Disassembly of <code object f at 0xADDR, file \"<dis>\", line 1>:\n"
                + "  1           0 LOAD_FAST                0 (x)\n"
                + "              2 LOAD_CONST               1 (1)\n"
                + "              4 BINARY_ADD\n"
                + "              6 RETURN_VALUE\n";
        assertEquals(expected, Disassembler.dis(Examples.module(), -1, c -> "0xADDR"));
        // depth=0: the parent only
        assertEquals(expected.substring(0, expected.indexOf("\nDisassembly") ),
                Disassembler.dis(Examples.module(), 0, c -> "0xADDR"));
    }

    @Test
    void defaultAddressIsHex() {
        String text = Disassembler.dis(Examples.module());
        assertTrue(text.matches("(?s).*<code object f at 0x[0-9a-f]+, file \"<dis>\", line 1>.*"), text);
    }

    @Test
    void jumpTargetsAndArrows() {
        String expected = ""
                + "  1           0 LOAD_NAME                0 (x)\n"
                + "              2 GET_ITER\n"
                + "        >>    4 FOR_ITER                 2 (to 10)\n"
                + "              6 STORE_NAME               1 (i)\n"
                + "              8 JUMP_ABSOLUTE            2 (to 4)\n"
                + "        >>   10 LOAD_CONST               0 (None)\n"
                + "             12 RETURN_VALUE\n";
        assertEquals(expected, Disassembler.dis(Examples.loop()));
        assertEquals(List.of(10, 4), Disassembler.findLabels(Examples.loop().co_code()));
        String marked = Disassembler.disassemble(Examples.loop(), 6, CodeUnit::defaultAddress);
        assertTrue(marked.contains("\n    -->       6 STORE_NAME               1 (i)\n"), marked);
    }

    @Test
    void instructionsLikeGetInstructions() {
        List<Instruction> is = Disassembler.getInstructions(Examples.loop());
        assertEquals(7, is.size());
        Instruction forIter = is.get(2);
        assertEquals("FOR_ITER", forIter.opname());
        assertEquals(93, forIter.opcode());
        assertEquals(2, forIter.arg());
        assertEquals(10, forIter.argval());
        assertEquals("to 10", forIter.argrepr());
        assertEquals(4, forIter.offset());
        assertNull(forIter.startsLine());
        assertTrue(forIter.isJumpTarget());
        assertEquals(Opcode.FOR_ITER, forIter.op());
        Instruction first = is.get(0);
        assertEquals(1, first.startsLine());
        assertEquals("x", first.argval());
        Instruction getIter = is.get(1);
        assertNull(getIter.arg());
        assertNull(getIter.argval());
        assertEquals("", getIter.argrepr());
        assertEquals(Constant.NONE, is.get(5).argval());
        assertEquals(101, Disassembler.getInstructions(Examples.loop(), 101).get(0).startsLine());
    }

    @Test
    void argumentKinds() {
        // one instruction of each kind; argreprs as 3.10's _get_instructions_bytes makes them
        CodeUnit co = CodeUnit.builder()
                .code(107, 2, 107, 4, 136, 0, 136, 1, 155, 0, 155, 1, 155, 6, 155, 7, 132, 15, 132, 8,
                        100, 0, 83, 0)
                .consts(new Constant.Str("it's"))
                .cellvars("c").freevars("v")
                .filename("k.py").name("k")
                .build();
        String expected = ""
                + "          0 COMPARE_OP               2 (==)\n"
                + "          2 COMPARE_OP               4 (>)\n"
                + "          4 LOAD_DEREF               0 (c)\n"
                + "          6 LOAD_DEREF               1 (v)\n"
                + "          8 FORMAT_VALUE             0\n"
                + "         10 FORMAT_VALUE             1 (str)\n"
                + "         12 FORMAT_VALUE             6 (repr, with format)\n"
                + "         14 FORMAT_VALUE             7 (ascii, with format)\n"
                + "         16 MAKE_FUNCTION           15 (defaults, kwdefaults, annotations, closure)\n"
                + "         18 MAKE_FUNCTION            8 (closure)\n"
                + "         20 LOAD_CONST               0 (\"it's\")\n"
                + "         22 RETURN_VALUE\n";
        // no line table: no line number column
        assertEquals(expected, Disassembler.dis(co));
        Instruction fv = Disassembler.getInstructions(co).get(6);
        assertEquals(new Instruction.FormatValue("repr", true), fv.argval());
    }

    @Test
    void extendedArgAndUndefinedOpcodes() {
        // EXTENDED_ARG 1 + LOAD_CONST 44 loads constant 300; opcode 0 is undefined: "<0>"
        List<Constant> consts = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            consts.add(Constant.Int.of(i * 10L));
        }
        CodeUnit co = CodeUnit.builder()
                .code(144, 1, 100, 44, 0, 0, 200, 7, 83, 0)
                .consts(consts)
                .filename("e.py").name("e")
                .build();
        String expected = ""
                + "          0 EXTENDED_ARG             1\n"
                + "          2 LOAD_CONST             300 (3000)\n"
                + "          4 <0>\n"
                + "          6 <200>                    7\n"
                + "          8 RETURN_VALUE\n";
        assertEquals(expected, Disassembler.dis(co));
    }

    @Test
    void wideLineNumbersAndOffsets() {
        // line >= 1000: the column grows to the number's width; code longer than 10000 bytes: offsets too
        int units = 5002;
        int[] code = new int[units * 2];
        for (int i = 0; i < units; i++) {
            code[2 * i] = Opcodes.NOP;
        }
        code[2 * (units - 1)] = Opcodes.RETURN_VALUE;
        CodeUnit co = CodeUnit.builder()
                .code(code).filename("w.py").name("w").firstlineno(999)
                .lineTable(LineTable.of(List.of(new LineTable.LineRange(0, 10000, 999),
                        new LineTable.LineRange(10000, 10004, 12345))))
                .build();
        String[] lines = Disassembler.dis(co).split("\n");
        // widths 5 and 5: "  999" + 8 spaces ("   ", "  " and three separators) + "    0"
        assertEquals("  999            0 NOP", lines[0]);
        assertEquals("                 2 NOP", lines[1]);
        assertEquals("", lines[5000]);
        assertEquals("12345        10000 NOP", lines[5001]);
        assertEquals("             10002 RETURN_VALUE", lines[5002]);
    }

    @Test
    void rawBytes() {
        // dis.dis(bytes): no line column, indexes for names and constants
        assertEquals(""
                + "          0 LOAD_FAST                0 (0)\n"
                + "          2 LOAD_CONST               1 (1)\n"
                + "          4 BINARY_ADD\n"
                + "          6 RETURN_VALUE\n",
                Disassembler.disassembleBytes(Examples.g().co_code()));
    }

    @Test
    void badIndexIsIndexError() {
        CodeUnit co = CodeUnit.builder().code(100, 5, 83, 0).filename("b.py").name("b").build();
        BytecodeException e = assertThrows(BytecodeException.class, () -> Disassembler.dis(co));
        assertEquals("IndexError", e.pythonType());
        assertTrue(e.getMessage().contains("offset 0"), e.getMessage());
    }

    @Test
    void lineStartsFollow310FindLinestarts() {
        // dis.findlinestarts (3.10): a start wherever co_lines() gives a non-None line that differs
        // from the last non-None one
        LineTable t = LineTable.of(List.of(new LineTable.LineRange(0, 4, 1), new LineTable.LineRange(4, 6, LineTable.NO_LINE),
                new LineTable.LineRange(6, 8, 1), new LineTable.LineRange(8, 10, 2), new LineTable.LineRange(10, 12, 1)));
        assertEquals(List.of(0, 1, 8, 2, 10, 1), bytes2(t.lineStarts()));
        assertEquals(1, t.lineForOffset(2));
        assertEquals(LineTable.NO_LINE, t.lineForOffset(4));
        assertEquals(LineTable.NO_LINE, t.lineForOffset(12));
        assertEquals("[(0, 4, 1), (4, 6, None), (6, 8, 1), (8, 10, 2), (10, 12, 1)]", t.co_lines().toString());
    }

    @Test
    void instructionLinesMatchPythonsFormatter() {
        // python3's dis.Instruction._disassemble has the same body in 3.11 as in 3.10: it is the oracle
        Random r = new Random(42);
        String[] names = {"NOP", "LOAD_CONST", "BINARY_ADD", "JUMP_ABSOLUTE", "A_VERY_LONG_OPCODE_NAME_XX"};
        StringBuilder in = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String name = names[r.nextInt(names.length)];
            Integer arg = r.nextBoolean() ? r.nextInt(1 << r.nextInt(20)) : null;
            String argrepr = arg != null && r.nextBoolean() ? "x" + r.nextInt(100) : "";
            int offset = r.nextInt(1 << r.nextInt(17)) * 2;
            Integer line = r.nextBoolean() ? r.nextInt(1 << r.nextInt(16)) : null;
            boolean target = r.nextBoolean();
            boolean current = r.nextBoolean();
            int lw = r.nextInt(3) == 0 ? 0 : 3 + r.nextInt(3);
            int ow = 4 + r.nextInt(3);
            Instruction ins = new Instruction(name, 1, arg, arg, argrepr, offset, line, target, null);
            mine.add(ins.disassemble(lw, current, ow));
            in.append(name).append(' ').append(arg == null ? "None" : arg).append(' ')
                    .append(argrepr.isEmpty() ? "-" : argrepr).append(' ').append(offset).append(' ')
                    .append(line == null ? "None" : line).append(' ').append(target).append(' ')
                    .append(current).append(' ').append(lw).append(' ').append(ow).append('\n');
        }
        String out = Python3.run("import dis, sys\n"
                + "for line in sys.stdin:\n"
                + "    n, a, ar, off, ln, t, cur, lw, ow = line.split()\n"
                + "    a = None if a == 'None' else int(a)\n"
                + "    ln = None if ln == 'None' else int(ln)\n"
                + "    i = dis.Instruction(n, 1, a, a, '' if ar == '-' else ar, int(off), ln, t == 'true', None)\n"
                + "    print(i._disassemble(int(lw), cur == 'true', int(ow)))\n", in.toString());
        String[] theirs = out.split("\n", -1);
        for (int i = 0; i < mine.size(); i++) {
            assertEquals(theirs[i], mine.get(i), "line " + i + ": " + in.toString().split("\n")[i]);
        }
    }

    @Test
    void codeInfoMatchesPython() {
        // dis.code_info's layout is the same in 3.10 and 3.11: python3 prints it for a code object
        // whose fields we copy into a CodeUnit
        String script = "import dis\n"
                + "def outer(a, b=1, /, c=2, *args, d, e=3, **kw):\n"
                + "    'doc'\n"
                + "    x = 1.5\n"
                + "    def inner(): return a, x, len\n"
                + "    return inner\n"
                + "co = outer.__code__\n"
                + "print(co.co_flags, co.co_stacksize, co.co_nlocals)\n"
                + "print(dis.code_info(co).replace(hex(id(co.co_consts[2])), '0xADDR'))\n";
        String out = Python3.run(script, "");
        String[] first = out.substring(0, out.indexOf('\n')).split(" ");
        String info = out.substring(out.indexOf('\n') + 1).stripTrailing();
        // the nested code object as python3 shows it
        CodeUnit inner = CodeUnit.builder().filename("<string>").name("inner").qualname("outer.<locals>.inner")
                .firstlineno(5).build();
        CodeUnit co = CodeUnit.builder()
                .argcount(3).posonlyargcount(2).kwonlyargcount(2)
                .nlocals(Integer.parseInt(first[2])).stacksize(Integer.parseInt(first[1]))
                .flags(Integer.parseInt(first[0]))
                .consts(new Constant.Str("doc"), new Constant.Float(1.5), new Constant.Code(inner))
                .names()
                .varnames("a", "b", "c", "d", "e", "args", "kw", "inner")
                .cellvars("a", "x")
                .filename("<string>").name("outer")
                .build();
        assertEquals(info, Disassembler.codeInfo(co, c -> "0xADDR"));
    }

    private static List<Integer> bytes(byte[] b) {
        List<Integer> l = new ArrayList<>();
        for (byte x : b) {
            l.add(x & 0xFF);
        }
        return l;
    }

    private static List<Integer> bytes2(int[] a) {
        List<Integer> l = new ArrayList<>();
        for (int x : a) {
            l.add(x);
        }
        return l;
    }

    @Test
    void positionsAreCarried() {
        Assembler asm = new Assembler();
        asm.setLocation(2, 2, 10, 15).emit(Opcode.LOAD_FAST, 0);
        asm.setLocation(3, 4, 0, 1).emit(Opcode.RETURN_VALUE);
        CodeUnit co = CodeUnit.builder().assembled(asm.assemble()).varnames("x").argcount(1)
                .filename("p.py").name("p").build();
        List<Instruction> is = Disassembler.getInstructions(co);
        assertEquals(new PositionTable.Positions(2, 2, 10, 15), is.get(0).positions());
        assertEquals(new PositionTable.Positions(3, 4, 0, 1), is.get(1).positions());
        assertFalse(is.get(1).isJumpTarget());
    }
}
