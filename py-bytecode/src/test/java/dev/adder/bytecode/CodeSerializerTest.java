package dev.adder.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CodeSerializerTest {

    /** A module with every kind of constant, nested code, free/cell vars and both tables. */
    static CodeUnit rich() {
        Assembler asm = new Assembler();
        asm.setLocation(5, 5, 4, 20).emit(Opcode.LOAD_CLOSURE, 0).emit(Opcode.BUILD_TUPLE, 1);
        asm.setLocation(-1, -1, -1, -1).emit(Opcode.LOAD_DEREF, 1).emit(Opcode.RETURN_VALUE);
        CodeUnit inner = CodeUnit.builder().argcount(0).stacksize(1)
                .flags(CodeFlags.CO_OPTIMIZED | CodeFlags.CO_NEWLOCALS | CodeFlags.CO_NESTED)
                .firstlineno(4).assembled(asm.assemble()).cellvars("c").freevars("x")
                .filename("r\u00e9.py").name("inner").qualname("f.<locals>.inner").build();
        List<Constant> consts = List.of(Constant.NONE, Constant.ELLIPSIS, Constant.TRUE, Constant.FALSE,
                Constant.Int.of(0), Constant.Int.of(-1), Constant.Int.of(Long.MAX_VALUE), Constant.Int.of(Long.MIN_VALUE),
                Constant.Int.of(BigInteger.TEN.pow(40).negate()), Constant.Int.of(BigInteger.ONE.shiftLeft(64)),
                new Constant.Float(-0.0), new Constant.Float(Double.NaN), new Constant.Float(Double.longBitsToDouble(0x7ff0000000000123L)),
                new Constant.Float(1e300), new Constant.Complex(1.5, -0.0),
                new Constant.Str(""), new Constant.Str("\ud800 lone \udfff, \ud83d\ude00 pair, \u0000 nul, \u00e9"),
                new Constant.Str("r\u00e9.py"),
                new Constant.Bytes(new byte[] {0, -1, 127, -128}), Constant.Tuple.EMPTY,
                Constant.Tuple.of(Constant.Int.of(1), Constant.Tuple.of(new Constant.Str("n"))),
                new Constant.FrozenSet(List.of(new Constant.Str("a"), new Constant.Str("b"))),
                new Constant.Code(inner));
        return CodeUnit.builder().argcount(2).posonlyargcount(1).kwonlyargcount(1).nlocals(4).stacksize(7)
                .flags(CodeFlags.CO_VARARGS | CodeFlags.CO_FUTURE_ANNOTATIONS | 0x80000000).firstlineno(-3)
                .code(100, 0, 83, 0).consts(consts).names("print", "len").varnames("a", "b", "c", "args")
                .filename("r\u00e9.py").name("<module>")
                .lineTable(LineTable.of(List.of(new LineTable.LineRange(0, 2, 1000000), new LineTable.LineRange(2, 4, LineTable.NO_LINE))))
                .positions(PositionTable.of(List.of(new PositionTable.Positions(7, 9, 0, 3), PositionTable.Positions.NONE)))
                .build();
    }

    @Test
    void roundTrip() {
        CodeUnit co = rich();
        CodeSerializer.Header h = CodeSerializer.Header.timestamp(1_700_000_000L, 12345L);
        byte[] file = CodeSerializer.write(co, h);
        CodeSerializer.CacheFile back = CodeSerializer.read(file);
        assertEquals(h, back.header());
        assertTrue(co.structurallyEquals(back.code()));
        // the repr of every constant survives, and the listing
        for (int i = 0; i < co.co_consts().size(); i++) {
            assertEquals(co.co_consts().get(i).repr(c -> "@"), back.code().co_consts().get(i).repr(c -> "@"));
        }
        assertEquals(Disassembler.dis(co, -1, c -> "@"), Disassembler.dis(back.code(), -1, c -> "@"));
        // writing again gives the same bytes
        assertArrayEquals(file, CodeSerializer.write(back.code(), h));
        assertTrue(back.code().structurallyEquals(CodeSerializer.loads(CodeSerializer.dumps(co))));
        // the examples too
        for (CodeUnit ex : List.of(Examples.g(), Examples.module(), Examples.loop())) {
            assertTrue(ex.structurallyEquals(CodeSerializer.loads(CodeSerializer.dumps(ex))), ex.co_name());
        }
    }

    @Test
    void headerLayout() {
        byte[] file = CodeSerializer.write(Examples.g(), CodeSerializer.Header.hashBased(0x0102030405060708L, true, 99));
        assertArrayEquals(new byte[] {'A', 'D', '\r', '\n', 1, 0, (byte) 310, (byte) (310 >> 8), 3, 0, 0, 0,
            8, 7, 6, 5, 4, 3, 2, 1, 99, 0, 0, 0, 0, 0, 0, 0}, Arrays.copyOf(file, 28));
        CodeSerializer.Header h = CodeSerializer.readHeader(file);
        assertTrue(h.isHashBased());
        assertTrue(h.checkSource());
        assertEquals(0x0102030405060708L, h.sourceMtimeOrHash());
        assertFalse(h.matchesSource(0x0102030405060708L, 99));
        CodeSerializer.Header t = CodeSerializer.Header.timestamp(5, 6);
        assertTrue(t.matchesSource(5, 6));
        assertFalse(t.matchesSource(5, 7));
        assertThrows(BytecodeException.class, () -> new CodeSerializer.Header(CodeSerializer.FLAG_CHECK_SOURCE, 0, 0));
        assertThrows(BytecodeException.class, () -> new CodeSerializer.Header(4, 0, 0));
    }

    @Test
    void rejectsForeignAndDamagedFiles() {
        byte[] file = CodeSerializer.write(rich(), CodeSerializer.Header.timestamp(1, 2));
        // CPython 3.10's .pyc magic: 3439 little-endian + \r\n (importlib.util.MAGIC_NUMBER of 3.10)
        byte[] pyc = file.clone();
        pyc[0] = 0x6f;
        pyc[1] = 0x0d;
        assertEquals("ImportError", assertThrows(BytecodeException.class, () -> CodeSerializer.read(pyc)).pythonType());
        byte[] otherVersion = file.clone();
        otherVersion[4] = 2;
        assertThrows(BytecodeException.class, () -> CodeSerializer.read(otherVersion));
        byte[] otherSet = file.clone();
        otherSet[6] = 0x37;
        assertThrows(BytecodeException.class, () -> CodeSerializer.read(otherSet));
        assertEquals("EOFError", assertThrows(BytecodeException.class,
                () -> CodeSerializer.read(Arrays.copyOf(file, 31))).pythonType());
        // every truncation of the body, and every single-byte change: a BytecodeException, never another exception
        for (int n = 32; n < file.length; n++) {
            byte[] cut = Arrays.copyOf(file, n);
            assertThrows(BytecodeException.class, () -> CodeSerializer.read(cut), "length " + n);
        }
        for (int i = 32; i < file.length; i++) {
            byte[] flipped = file.clone();
            flipped[i] ^= 0x5A;
            BytecodeException e = assertThrows(BytecodeException.class, () -> CodeSerializer.read(flipped));
            assertTrue(e.getMessage().startsWith("bad marshal data"), e.getMessage());
        }
    }

    @Test
    void damagedBodiesWithoutChecksumFailCleanly() {
        // the body decoder alone (no CRC) must reject garbage with BytecodeException only
        byte[] body = CodeSerializer.dumps(rich());
        Random r = new Random(7);
        int decoded = 0;
        for (int i = 0; i < 20000; i++) {
            byte[] b = body.clone();
            int changes = 1 + r.nextInt(3);
            for (int k = 0; k < changes; k++) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            try {
                CodeSerializer.loads(b);
                decoded++;
            } catch (BytecodeException e) {
                // expected for most
            }
        }
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[r.nextInt(64)];
            r.nextBytes(b);
            try {
                CodeSerializer.loads(b);
            } catch (BytecodeException e) {
                // expected
            }
        }
        assertTrue(decoded < 20000);
    }

    @Test
    void stringsAreShared() {
        // the same name in many places is written once
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            names.add("a_rather_long_identifier");
        }
        CodeUnit co = CodeUnit.builder().code(100, 0, 83, 0).consts(Constant.NONE).names(names)
                .filename("a_rather_long_identifier").name("a_rather_long_identifier").build();
        assertTrue(CodeSerializer.dumps(co).length < 200, "" + CodeSerializer.dumps(co).length);
    }

    @Test
    void deepNestingIsRefusedOnBothSides() {
        Constant c = Constant.NONE;
        for (int i = 0; i < 2000; i++) {
            c = Constant.Tuple.of(c);
        }
        CodeUnit co = CodeUnit.builder().code(100, 0, 83, 0).consts(c).filename("d").name("d").build();
        assertThrows(BytecodeException.class, () -> CodeSerializer.dumps(co));
    }
}
