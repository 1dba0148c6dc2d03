package dev.adder.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CodeUnitTest {

    @Test
    void fieldsAndDefaults() {
        CodeUnit g = Examples.g();
        assertEquals(1, g.co_argcount());
        assertEquals(1, g.co_nlocals());
        assertEquals("g", g.co_qualname());
        assertEquals(8, g.codeLength());
        assertEquals(124, g.codeByte(0));
        assertEquals(List.of("x"), g.co_varnames());
        assertEquals(2, g.lineForOffset(6));
        assertEquals(4, g.co_positions().size());
        assertEquals(PositionTable.Positions.NONE, g.co_positions().get(3));
        assertEquals("[(0, 8, 2)]", g.co_lines().toString());
        // the array is copied
        g.co_code()[0] = 0;
        assertEquals(124, g.codeByte(0));
    }

    @Test
    void reprLikeCpython310() {
        // Objects/codeobject.c code_repr (3.10): line -1 when co_firstlineno is 0
        CodeUnit co = CodeUnit.builder().filename("m.py").name("<lambda>").build();
        assertEquals("<code object <lambda> at 0x1, file \"m.py\", line -1>", co.repr("0x1"));
        assertEquals("<code object g at 0x2, file \"<dis>\", line 2>", Examples.g().repr("0x2"));
    }

    @Test
    void validation() {
        // Objects/codeobject.c (3.10): "code: varnames is too small"
        BytecodeException e = assertThrows(BytecodeException.class, () -> CodeUnit.builder().argcount(2)
                .varnames("a").filename("f").name("n").build());
        assertEquals("code: varnames is too small", e.getMessage());
        assertEquals("ValueError", e.pythonType());
        assertThrows(BytecodeException.class, () -> CodeUnit.builder().argcount(1).varnames("a")
                .flags(CodeFlags.CO_VARARGS).filename("f").name("n").build());
        assertThrows(BytecodeException.class, () -> CodeUnit.builder().argcount(0).posonlyargcount(1)
                .filename("f").name("n").build());
        assertThrows(BytecodeException.class, () -> CodeUnit.builder().code(new byte[3]).filename("f").name("n").build());
        assertThrows(BytecodeException.class, () -> CodeUnit.builder().code(1, 0)
                .lineTable(LineTable.of(List.of(new LineTable.LineRange(0, 4, 1)))).filename("f").name("n").build());
        assertThrows(BytecodeException.class, () -> CodeUnit.builder().code(1, 0)
                .positions(PositionTable.of(List.of(PositionTable.Positions.NONE, PositionTable.Positions.NONE)))
                .filename("f").name("n").build());
        assertThrows(BytecodeException.class, () -> CodeUnit.builder().code(256));
        assertThrows(NullPointerException.class, () -> CodeUnit.builder().name("n").build());
    }

    @Test
    void lineTableValidation() {
        assertThrows(BytecodeException.class, () -> LineTable.fromTriples(new int[] {0, 0, 1}));
        assertThrows(BytecodeException.class, () -> LineTable.fromTriples(new int[] {0, 4, 1, 2, 6, 1}));
        assertThrows(BytecodeException.class, () -> LineTable.fromTriples(new int[] {0, 4, -2}));
        assertThrows(BytecodeException.class, () -> new PositionTable.Positions(-2, 0, 0, 0));
        assertEquals(LineTable.EMPTY, LineTable.fromUnitLines(new int[0]));
        assertEquals("[(0, 4, 1), (4, 6, 2), (6, 8, 1)]", LineTable.fromUnitLines(new int[] {1, 1, 2, 1}).toString());
    }

    @Test
    void structuralEquality() {
        assertTrue(Examples.module().structurallyEquals(Examples.module()));
        assertFalse(Examples.module().equals(Examples.module()));
        assertFalse(Examples.g().structurallyEquals(Examples.f()));
        CodeUnit copy = Examples.g().toBuilder().build();
        assertTrue(copy.structurallyEquals(Examples.g()));
        assertFalse(copy.toBuilder().stacksize(9).build().structurallyEquals(Examples.g()));
    }

    @Test
    void flagsMatchPython() {
        // the CO_* values and dis.pretty_flags, with python3 as the oracle (unchanged since 3.10;
        // 3.11 still lists NOFREE in dis.COMPILER_FLAG_NAMES)
        String out = Python3.run("import inspect, __future__, dis\n"
                + "for n in ('OPTIMIZED','NEWLOCALS','VARARGS','VARKEYWORDS','NESTED','GENERATOR','NOFREE',"
                + "'COROUTINE','ITERABLE_COROUTINE','ASYNC_GENERATOR'):\n"
                + "    print('CO_' + n, getattr(inspect, 'CO_' + n))\n"
                + "for n in __future__.all_feature_names:\n"
                + "    f = getattr(__future__, n).compiler_flag\n"
                + "    if f: print(n, f)\n"
                + "for v in (0, 1, 3, 67, 0x20 | 0x200, 0x1000000 | 0x43, 0x80000000, 0xFFFFFFFF, 0x400):\n"
                + "    print('pretty', v, dis.pretty_flags(v))\n", "");
        java.util.Map<String, String> futures = java.util.Map.of(
                "nested_scopes", "CO_NESTED", "division", "CO_FUTURE_DIVISION",
                "absolute_import", "CO_FUTURE_ABSOLUTE_IMPORT", "with_statement", "CO_FUTURE_WITH_STATEMENT",
                "print_function", "CO_FUTURE_PRINT_FUNCTION", "unicode_literals", "CO_FUTURE_UNICODE_LITERALS",
                "barry_as_FLUFL", "CO_FUTURE_BARRY_AS_BDFL", "generator_stop", "CO_FUTURE_GENERATOR_STOP",
                "annotations", "CO_FUTURE_ANNOTATIONS");
        int checked = 0;
        for (String line : out.strip().split("\n")) {
            String[] p = line.split(" ", 3);
            if (p[0].equals("pretty")) {
                assertEquals(p[2], CodeFlags.pretty((int) Long.parseLong(p[1])), line);
            } else {
                String field = futures.getOrDefault(p[0], p[0]);
                try {
                    assertEquals(Integer.parseInt(p[1]), CodeFlags.class.getField(field).getInt(null), line);
                } catch (ReflectiveOperationException ex) {
                    throw new AssertionError(line, ex);
                }
            }
            checked++;
        }
        assertEquals(10 + 9 + 9, checked);
    }
}
