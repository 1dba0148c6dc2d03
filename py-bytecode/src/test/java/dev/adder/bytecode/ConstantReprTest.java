package dev.adder.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.bytecode.internal.Reprs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Python's repr of every constant type, with python3 as the oracle. */
class ConstantReprTest {

    private static List<Double> interestingDoubles() {
        List<Double> ds = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e16, 1e15,
                9999999999999998.0, 1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-5, 5e-324,
                Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NaN, 1e22, 1e23, 2e23, 4.35, 0.5, 100.0, 1e100, 1.7976931348623157e308,
                2.2250738585072014e-308, 9007199254740993.0, 0.1 + 0.2, 3.141592653589793, 2.718281828459045,
                1e-7, 12345.678, 1e300 * 1e10, 4.9e-324, 1.0e-320, 8.41e21, 5e-5, 1234567890123456.7));
        for (int e = -1074; e < 1024; e++) {
            ds.add(Math.scalb(1.0, e)); // powers of two: lopsided rounding intervals
            ds.add(Math.nextDown(Math.scalb(1.0, e)));
        }
        for (int e = -325; e <= 308; e++) {
            ds.add(Double.parseDouble("1e" + e));
            ds.add(Double.parseDouble("9.87654321e" + e));
        }
        Random r = new Random(310);
        for (int i = 0; i < 6000; i++) {
            ds.add(Double.longBitsToDouble(r.nextLong()));
            ds.add(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
            ds.add((double) r.nextInt(1000000) / 1000);
        }
        return ds;
    }

    @Test
    void floatReprMatchesPython() {
        List<Double> ds = interestingDoubles();
        StringBuilder in = new StringBuilder();
        for (double d : ds) {
            in.append(Long.toHexString(Double.doubleToRawLongBits(d))).append('\n');
        }
        String out = Python3.run("import sys, struct\n"
                + "for line in sys.stdin:\n"
                + "    print(repr(struct.unpack('<d', int(line, 16).to_bytes(8, 'little'))[0]))\n", in.toString());
        String[] lines = out.split("\n");
        assertEquals(ds.size(), lines.length);
        int mismatches = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < ds.size(); i++) {
            String mine = new Constant.Float(ds.get(i)).repr();
            if (!mine.equals(lines[i])) {
                if (mismatches++ < 10) {
                    first.append(lines[i]).append(" != ").append(mine).append('\n');
                }
            }
        }
        assertEquals(0, mismatches, first.toString());
    }

    @Test
    void complexReprMatchesPython() {
        double[] parts = {0.0, -0.0, 1.0, -1.0, 1.5, 1e16, -1e-5, 0.1, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, 2.5e300, 7.0};
        StringBuilder in = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (double re : parts) {
            for (double im : parts) {
                in.append(Long.toHexString(Double.doubleToRawLongBits(re))).append(' ')
                        .append(Long.toHexString(Double.doubleToRawLongBits(im))).append('\n');
                mine.add(new Constant.Complex(re, im).repr());
            }
        }
        String out = Python3.run("import sys, struct\n"
                + "f = lambda h: struct.unpack('<d', int(h, 16).to_bytes(8, 'little'))[0]\n"
                + "for line in sys.stdin:\n"
                + "    a, b = line.split()\n"
                + "    print(repr(complex(f(a), f(b))))\n", in.toString());
        assertEquals(String.join("\n", mine), out.strip());
    }

    @Test
    void strReprMatchesPython() {
        List<String> strings = new ArrayList<>(List.of("", "a", "'", "\"", "'\"", "it's", "say \"hi\"",
                "\\", "\t\n\r\u000b\u000c\u0000\u001f\u007f", "caf\u00e9", "\u00a0\u00ad\u0085",
                "\u2028\u2029\u3000", "\ud800", "\udfff", "x\ud83d", "\ud83d\ude00", "\u200b\ufeff",
                "\ue000", "\uffff", "\u0378", "\ud7ff", "\u4e2d\u6587", "\ud800\udc00"));
        Random r = new Random(11);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(6);
            for (int k = 0; k < n; k++) {
                int cp = switch (r.nextInt(4)) {
                    case 0 -> r.nextInt(0x80);
                    case 1 -> r.nextInt(0x800);
                    case 2 -> r.nextInt(0x10000);
                    default -> r.nextInt(0x110000);
                };
                sb.appendCodePoint(cp);
            }
            strings.add(sb.toString());
        }
        StringBuilder in = new StringBuilder();
        for (String s : strings) {
            s.codePoints().forEach(cp -> in.append(Integer.toHexString(cp)).append(' '));
            in.append('\n');
        }
        String out = Python3.run("import sys\n"
                + "for line in sys.stdin:\n"
                + "    print(ascii(repr(''.join(chr(int(h, 16)) for h in line.split()))))\n", in.toString());
        String[] lines = out.split("\n");
        assertEquals(strings.size(), lines.length);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            String mine = strings.get(i).isEmpty() ? "''" : new Constant.Str(strings.get(i)).repr();
            String expected = pyUnascii(lines[i]);
            if (!mine.equals(expected) && !differsOnlyByUnicodeVersion(strings.get(i))) {
                bad.add(expected + " != " + mine);
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " mismatches, e.g. " + bad.subList(0, Math.min(5, bad.size())));
    }

    // A string whose code points Java's Unicode tables (JDK 17: Unicode 13) leave unassigned but
    // that CPython 3.11 (Unicode 14) may print: the only accepted difference.
    private static boolean differsOnlyByUnicodeVersion(String s) {
        return s.codePoints().anyMatch(cp -> cp >= 0x80 && Character.getType(cp) == Character.UNASSIGNED);
    }

    /** Decodes the output of python's ascii(repr(s)): a quoted literal whose content is repr(s). */
    private static String pyUnascii(String asciiLiteral) {
        String body = asciiLiteral.substring(1, asciiLiteral.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char k = body.charAt(++i);
            switch (k) {
                case 'x' -> { sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 3), 16)); i += 2; }
                case 'u' -> { sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 5), 16)); i += 4; }
                case 'U' -> { sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9), 16)); i += 8; }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                default -> sb.append(k);
            }
        }
        return sb.toString();
    }

    @Test
    void isPrintableAgreesWithPythonExceptForNewerUnicode() {
        // python3 lists every code point that str.isprintable() rejects, as ranges
        String out = Python3.run("import sys\n"
                + "start = None\n"
                + "for cp in range(0x110001):\n"
                + "    np = cp <= 0x10ffff and not chr(cp).isprintable()\n"
                + "    if np and start is None: start = cp\n"
                + "    if not np and start is not None:\n"
                + "        print(start, cp); start = None\n"
                + "import unicodedata; print('v', unicodedata.unidata_version)\n", "");
        boolean[] nonPrintable = new boolean[0x110000];
        String version = "";
        for (String line : out.strip().split("\n")) {
            String[] p = line.split(" ");
            if (p[0].equals("v")) {
                version = p[1];
                continue;
            }
            for (int cp = Integer.parseInt(p[0]); cp < Integer.parseInt(p[1]); cp++) {
                nonPrintable[cp] = true;
            }
        }
        int differ = 0;
        for (int cp = 0; cp < 0x110000; cp++) {
            boolean mine = !Reprs.isPrintable(cp);
            if (mine != nonPrintable[cp]) {
                differ++;
                // Java calls it unassigned, Python (a newer Unicode) assigned and printable
                assertTrue(mine && Character.getType(cp) == Character.UNASSIGNED,
                        String.format("U+%04X differs (Python's Unicode %s)", cp, version));
            }
        }
        System.out.println("isprintable: " + differ + " code points differ from CPython (Unicode "
                + version + "), all unassigned in Java's Unicode tables");
        assertTrue(differ < 2000, "unexpectedly many differences: " + differ);
    }

    @Test
    void bytesReprMatchesPython() {
        List<byte[]> samples = new ArrayList<>();
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        samples.add(all);
        samples.add(new byte[0]);
        samples.add("it's".getBytes());
        samples.add("\"'".getBytes());
        samples.add("say \"x\"".getBytes());
        Random r = new Random(5);
        for (int i = 0; i < 500; i++) {
            byte[] b = new byte[r.nextInt(8)];
            r.nextBytes(b);
            samples.add(b);
        }
        StringBuilder in = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (byte[] b : samples) {
            for (byte x : b) {
                in.append(String.format("%02x", x & 0xFF));
            }
            in.append('\n');
            mine.add(new Constant.Bytes(b).repr());
        }
        String out = Python3.run("import sys\n"
                + "for line in sys.stdin:\n"
                + "    print(repr(bytes.fromhex(line.strip())))\n", in.toString());
        assertEquals(String.join("\n", mine), out.strip());
    }

    @Test
    void otherReprs() {
        // the repr of each kind, as python3 prints it
        CodeUnit co = CodeUnit.builder().filename("t.py").name("f").firstlineno(3).build();
        List<Constant> cs = List.of(Constant.NONE, Constant.ELLIPSIS, Constant.TRUE, Constant.FALSE,
                Constant.Int.of(-5), Constant.Int.of(new BigInteger("123456789012345678901234567890")),
                Constant.Int.of(Long.MIN_VALUE), Constant.Tuple.EMPTY, Constant.Tuple.of(Constant.Int.of(1)),
                Constant.Tuple.of(new Constant.Str("a"), new Constant.Float(2.5), Constant.Tuple.EMPTY),
                new Constant.FrozenSet(List.of()), new Constant.FrozenSet(List.of(Constant.Int.of(3))),
                new Constant.FrozenSet(List.of(Constant.Int.of(1), Constant.Int.of(2))),
                new Constant.Code(co));
        StringBuilder mine = new StringBuilder();
        for (Constant c : cs) {
            mine.append(c.repr(x -> "0xADDR")).append('\n');
        }
        String out = Python3.run("import re\n"
                + "def f(): pass\n"
                + "co = compile('\\n\\ndef f(): pass', 't.py', 'exec').co_consts[0]\n"
                + "for v in (None, ..., True, False, -5, 123456789012345678901234567890, -2**63, (), (1,),\n"
                + "          ('a', 2.5, ()), frozenset(), frozenset({3}), frozenset({1, 2}), co):\n"
                + "    print(re.sub(r' at 0x[0-9a-f]+', ' at 0xADDR', repr(v)))\n", "");
        assertEquals(out, mine.toString());
    }

    @Test
    void intNormalizesAndShares() {
        assertSame(Constant.Int.of(7), Constant.Int.of(BigInteger.valueOf(7)));
        assertEquals(Constant.Int.of(1L << 40), Constant.Int.of(BigInteger.ONE.shiftLeft(40)));
        assertEquals(new Constant.Int(0, BigInteger.valueOf(99)), Constant.Int.of(99));
        assertTrue(Constant.Int.of(Long.MAX_VALUE).isSmall());
        Constant.Int big = Constant.Int.of(BigInteger.ONE.shiftLeft(63));
        assertTrue(!big.isSmall());
        assertEquals(BigInteger.ONE.shiftLeft(63), big.value());
    }

    @Test
    void equalityIsByTypeAndValue() {
        // the compiler's constant table keeps 1, 1.0 and True apart, and 0.0 and -0.0
        assertNotEquals(Constant.Int.of(1), new Constant.Float(1.0));
        assertNotEquals(Constant.Int.of(1), Constant.TRUE);
        assertNotEquals(new Constant.Float(0.0), new Constant.Float(-0.0));
        assertEquals(new Constant.Float(Double.NaN), new Constant.Float(Double.NaN));
        assertEquals(new Constant.Bytes(new byte[] {1, 2}), new Constant.Bytes(new byte[] {1, 2}));
        assertEquals(new Constant.Bytes(new byte[] {1, 2}).hashCode(), new Constant.Bytes(new byte[] {1, 2}).hashCode());
        CodeUnit a = CodeUnit.builder().filename("f").name("a").build();
        CodeUnit b = CodeUnit.builder().filename("f").name("a").build();
        assertNotEquals(new Constant.Code(a), new Constant.Code(b));
        assertEquals(new Constant.Code(a), new Constant.Code(a));
        assertEquals(Constant.Tuple.of(Constant.NONE), new Constant.Tuple(List.of(Constant.NONE)));
    }

    @Test
    void bytesAreCopied() {
        byte[] raw = {1, 2, 3};
        Constant.Bytes b = new Constant.Bytes(raw);
        raw[0] = 9;
        assertEquals(1, b.byteAt(0));
        b.value()[1] = 9;
        assertEquals(2, b.byteAt(1));
    }

    @Test
    void floatReprSpotChecks() {
        // arithmetic: Python's repr switches to exponent form when the decimal point position is
        // <= -4 or > 16 (Python/pystrtod.c format_float_short, mode 'r')
        assertEquals("1e+16", Reprs.floatRepr(1e16));
        assertEquals("1000000000000000.0", Reprs.floatRepr(1e15));
        assertEquals("0.0001", Reprs.floatRepr(1e-4));
        assertEquals("1e-05", Reprs.floatRepr(1e-5));
        assertEquals("5e-324", Reprs.floatRepr(Double.MIN_VALUE));
        assertEquals("-0.0", Reprs.floatRepr(-0.0));
        assertEquals("nan", Reprs.floatRepr(-Double.NaN));
    }
}
