package dev.adder.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ConstantValue#repr()} against python3's repr() of the same values. */
class ConstantReprTest {

    /** Reads hex-encoded values from stdin, one a line, and prints repr() of each. */
    private static List<String> pythonRepr(String decode, List<String> lines) {
        String program = "import sys, struct\n"
                + "def dec(line):\n"
                + "    " + decode + "\n"
                + "for line in sys.stdin.read().split('\\n')[:-1]:\n"
                + "    sys.stdout.write(repr(dec(line)).encode('unicode_escape').decode('ascii') + '\\n')\n";
        String out = Oracle.python(program, String.join("\n", lines) + "\n");
        List<String> result = new ArrayList<>();
        for (String s : out.split("\n", -1)) {
            result.add(s);
        }
        result.remove(result.size() - 1);
        return result;
    }

    /** Python's str.encode('unicode_escape') of a repr, so that lines survive the pipe. */
    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            dev.adder.ast.internal.PyRepr.appendUnicodeEscape(sb, cp);
        }
        return sb.toString();
    }

    private static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static void compare(List<String> want, List<String> got, List<String> inputs) {
        assertEquals(want.size(), got.size());
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            if (!want.get(i).equals(escaped(got.get(i)))) {
                bad.add(inputs.get(i) + ": python " + want.get(i) + " java " + got.get(i));
            }
        }
        assertEquals(List.of(), bad.subList(0, Math.min(bad.size(), 20)), bad.size() + " differ");
    }

    static List<Double> interestingDoubles() {
        List<Double> ds = new ArrayList<>();
        double[] fixed = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e16, 1e15, 9999999999999998.0,
            1e17, 1e-4, 1e-5, 0.00011, 1e22, 1e23, 2e23, 8.41e21, 5e-324, 1e-323, Double.MIN_NORMAL,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            123456789012345680.0, 1.7976931348623157e308, 4.35, 2.675, 100.0, 1234.5, 0.5, 1e100,
            1.2345678901234567e-7, 9.007199254740993e15, 4.9406564584124654e-324};
        for (double d : fixed) {
            ds.add(d);
        }
        for (int e = -330; e <= 310; e++) {
            ds.add(Double.parseDouble("1e" + e));
            ds.add(Double.parseDouble("3.3e" + e));
            ds.add(Math.pow(2, e));
            ds.add(Math.nextUp(Math.pow(2, e)));
            ds.add(Math.nextDown(Math.pow(2, e)));
        }
        Random r = new Random(20240611);
        for (int i = 0; i < 20000; i++) {
            ds.add(Double.longBitsToDouble(r.nextLong()));
            ds.add(r.nextInt(1000000) / Math.pow(10, r.nextInt(12)));
            ds.add(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
        }
        return ds;
    }

    @Test
    void floats() {
        List<String> inputs = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (double d : interestingDoubles()) {
            inputs.add(hex(d));
            got.add(new ConstantValue.FloatValue(d).repr());
        }
        compare(pythonRepr("return struct.unpack('>d', bytes.fromhex(line))[0]", inputs), got, inputs);
    }

    @Test
    void complexes() {
        List<Double> ds = interestingDoubles().subList(0, 3000);
        List<String> inputs = new ArrayList<>();
        List<String> got = new ArrayList<>();
        Random r = new Random(7);
        double[] special = {0.0, -0.0, 1.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e16};
        for (double re : special) {
            for (double im : special) {
                inputs.add(hex(re) + hex(im));
                got.add(new ConstantValue.ComplexValue(re, im).repr());
            }
        }
        for (int i = 0; i < ds.size(); i++) {
            double re = r.nextBoolean() ? 0.0 : ds.get(r.nextInt(ds.size()));
            double im = ds.get(i);
            inputs.add(hex(re) + hex(im));
            got.add(new ConstantValue.ComplexValue(re, im).repr());
        }
        compare(pythonRepr("b = bytes.fromhex(line); return complex(struct.unpack('>d', b[:8])[0], "
                + "struct.unpack('>d', b[8:])[0])", inputs), got, inputs);
    }

    @Test
    void ints() {
        List<String> inputs = new ArrayList<>();
        List<String> got = new ArrayList<>();
        Random r = new Random(3);
        for (int i = 0; i < 500; i++) {
            BigInteger v = new BigInteger(r.nextInt(3000) + 1, r);
            if (r.nextBoolean()) {
                v = v.negate();
            }
            inputs.add(v.toString(16));
            got.add(new ConstantValue.IntValue(v).repr());
        }
        compare(pythonRepr("return int(line, 16)", inputs), got, inputs);
    }

    /** Every code point, 64 at a time, plus strings that exercise the choice of quote. */
    @Test
    void strings() {
        List<String> inputs = new ArrayList<>();
        List<String> got = new ArrayList<>();
        List<String> samples = new ArrayList<>(List.of("", "'", "\"", "'\"", "a'b", "a\"b", "\\", "\\'", "it's \"x\"",
                "\u00e9\u4e2d\ud83d\ude00", "\t\n\r\u000b\f"));
        for (int start = 0; start < 0x110000; start += 64) {
            StringBuilder sb = new StringBuilder();
            for (int cp = start; cp < start + 64; cp++) {
                sb.appendCodePoint(cp);
            }
            samples.add(sb.toString());
        }
        for (String s : samples) {
            StringBuilder line = new StringBuilder();
            s.codePoints().forEach(cp -> line.append(String.format("%06x", cp)));
            inputs.add(line.toString());
            got.add(new ConstantValue.StrValue(s).repr());
        }
        compare(pythonRepr("return ''.join(chr(int(line[i:i+6], 16)) for i in range(0, len(line), 6))", inputs),
                got, inputs);
    }

    /**
     * Strs that hold surrogate code points, made from their code points: repr(), len() and
     * ast.unparse() against python3's. The first is <code>'&#92;ud834&#92;udd1e'</code>, two code
     * points that Java text alone would read as U+1D11E.
     */
    @Test
    void stringsWithSurrogateCodePoints() {
        int[][] samples = {
            {0xd834, 0xdd1e}, {0x1d11e}, {0xd800}, {0xdfff}, {0xdc00, 0xd800}, {0xdbff, 0xdfff},
            {'a', 0xd834, 0xdd1e, 'b', 0x1d11e, 0xe9}, {'\'', 0xd800}, {'\'', '"', 0xdfff, '\n'},
            {0xd83d, 0xde00, 0xd83d}, {'x', 0xdcff, 0x10ffff, 0xd7ff, 0xe000},
        };
        List<String> inputs = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (int[] cps : samples) {
            StringBuilder line = new StringBuilder();
            for (int cp : cps) {
                line.append(String.format("%06x", cp));
            }
            ConstantValue.StrValue v = ConstantValue.StrValue.ofCodePoints(cps);
            inputs.add(line.toString());
            got.add(v.repr() + " " + v.length() + " "
                    + Unparser.unparse(new Expr.Constant(v, null, Position.of(1, 0, 1, 0))));
        }
        String program = "import ast, sys\n"
                + "for line in sys.stdin.read().split('\\n')[:-1]:\n"
                + "    s = ''.join(chr(int(line[i:i+6], 16)) for i in range(0, len(line), 6))\n"
                + "    out = repr(s) + ' ' + str(len(s)) + ' ' + ast.unparse(ast.Constant(s))\n"
                + "    sys.stdout.write(out.encode('unicode_escape').decode('ascii') + '\\n')\n";
        List<String> want = new ArrayList<>(List.of(
                Oracle.python(program, String.join("\n", inputs) + "\n").split("\n", -1)));
        want.remove(want.size() - 1);
        compare(want, got, inputs);
    }

    /** Equality by content: the same Java text with and without surrogate code points differs. */
    @Test
    void strEqualityIsByCodePoints() {
        ConstantValue.StrValue pair = ConstantValue.StrValue.ofCodePoints(new int[] {0xd834, 0xdd1e});
        ConstantValue.StrValue astral = new ConstantValue.StrValue("\ud834\udd1e");
        assertEquals("\ud834\udd1e", pair.value());
        assertEquals(false, pair.valueIsExact());
        assertEquals(true, astral.valueIsExact());
        assertEquals(false, pair.equals(astral));
        assertEquals(false, astral.equals(pair));
        assertEquals(pair, new ConstantValue.StrValue("\ud834\udd1e", new int[] {0xd834, 0xdd1e}));
        assertEquals(pair.hashCode(), new ConstantValue.StrValue("\ud834\udd1e", new int[] {0xd834, 0xdd1e}).hashCode());
        // Code points without surrogates are not kept; a lone surrogate char is its own code point.
        assertEquals(true, new ConstantValue.StrValue("\ud834\udd1e", new int[] {0x1d11e}).valueIsExact());
        assertEquals(astral, new ConstantValue.StrValue("\ud834\udd1e", new int[] {0x1d11e}));
        ConstantValue.StrValue lone = ConstantValue.StrValue.ofCodePoints(new int[] {'a', 0xd800});
        assertEquals(new ConstantValue.StrValue("a\ud800"), lone);
        assertEquals(new ConstantValue.StrValue("a\ud800").hashCode(), lone.hashCode());
        assertEquals(0xdd1e, pair.codePointAt(1));
        assertEquals(0x1d11e, astral.codePointAt(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ConstantValue.StrValue("ab", new int[] {'a', 0xd800}));
    }

    @Test
    void bytes() {
        List<String> inputs = new ArrayList<>();
        List<String> got = new ArrayList<>();
        List<byte[]> samples = new ArrayList<>();
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
            samples.add(new byte[] {(byte) i});
        }
        samples.add(all);
        samples.add(new byte[0]);
        samples.add("it's".getBytes());
        samples.add("'\"".getBytes());
        samples.add("say \"hi\"".getBytes());
        for (byte[] b : samples) {
            inputs.add(HexFormat.of().formatHex(b));
            got.add(new ConstantValue.BytesValue(b).repr());
        }
        compare(pythonRepr("return bytes.fromhex(line)", inputs), got, inputs);
    }

    @Test
    void singletons() {
        assertEquals("None", ConstantValue.NONE.repr());
        assertEquals("Ellipsis", ConstantValue.ELLIPSIS.repr());
        assertEquals("True", ConstantValue.TRUE.repr());
        assertEquals("False", ConstantValue.FALSE.repr());
        assertEquals(List.of("None", "Ellipsis", "True", "False"),
                pythonRepr("return [None, ..., True, False][int(line)]", List.of("0", "1", "2", "3")));
    }

    @Test
    void bytesEqualityIsByContent() {
        assertEquals(new ConstantValue.BytesValue(new byte[] {1, 2}), new ConstantValue.BytesValue(new byte[] {1, 2}));
        assertEquals(new ConstantValue.BytesValue(new byte[] {1, 2}).hashCode(),
                new ConstantValue.BytesValue(new byte[] {1, 2}).hashCode());
    }
}
