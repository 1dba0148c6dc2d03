package dev.adder.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.runtime.Oracle;
import dev.adder.runtime.Oracle.Case;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.Python3;
import dev.adder.runtime.internal.FloatRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code float} against python3: shortest repr, arithmetic, mixed comparisons with ints, hashes, parsing. */
class FloatTest {
    static double[] specials() {
        return new double[] {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 3.0, 1e16, 1e15, 1e-5, 1e-4, 123456789.125,
            1e22, 1e23, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 9007199254740992.0,
            9007199254740993.0, 9.223372036854776e18, 1.8446744073709552e19, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, 2.0 / 3, 1e300, 1e-300, 7.0, -7.0, 0.3, 100.0};
    }

    @Test
    void reprIsShortestRoundTripOnManyDoubles() {
        Random r = new Random(20261125);
        StringBuilder in = new StringBuilder();
        StringBuilder mine = new StringBuilder();
        List<Double> ds = new ArrayList<>();
        for (double d : specials()) {
            ds.add(d);
        }
        for (int i = 0; i < 100_000; i++) {
            switch (i % 4) {
                case 0: ds.add(Double.longBitsToDouble(r.nextLong())); break;
                case 1: ds.add(r.nextDouble() * Math.pow(10, r.nextInt(600) - 300)); break;
                case 2: ds.add((double) r.nextInt(1_000_000) / (1 + r.nextInt(1000))); break;
                default: ds.add(Double.longBitsToDouble(r.nextInt(1 << 20))); break; // subnormals
            }
        }
        for (long t = 1; t <= 20_000; t++) {
            ds.add(Double.longBitsToDouble(t)); // the smallest subnormals, where Schubfach needs help
        }
        for (double d : ds) {
            in.append(Long.toHexString(Double.doubleToRawLongBits(d))).append('\n');
            mine.append(FloatRepr.repr(d)).append('\n');
        }
        String theirs = Python3.run("import sys, struct\n"
                + "for l in sys.stdin: print(repr(struct.unpack('>d', int(l, 16).to_bytes(8, 'big'))[0]))\n",
                in.toString());
        String[] a = mine.toString().split("\n");
        String[] b = theirs.split("\n");
        int bad = 0;
        StringBuilder diffs = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i]) && bad++ < 10) {
                diffs.append(a[i]).append(" vs ").append(b[i]).append('\n');
            }
        }
        assertEquals(0, bad, diffs.toString());
    }

    static List<PyObject> values() {
        List<PyObject> v = new ArrayList<>();
        for (double d : specials()) {
            v.add(PyFloat.of(d));
        }
        v.add(PyInt.of(0));
        v.add(PyInt.of(3));
        v.add(PyInt.of(-7));
        v.add(PyInt.of(9007199254740993L));
        v.add(PyInt.of(Long.MAX_VALUE));
        v.add(PyInt.of(BigInteger.TEN.pow(22)));
        v.add(PyInt.of(BigInteger.TEN.pow(23)));
        v.add(PyInt.of(BigInteger.TEN.pow(400)));
        v.add(PyBool.TRUE);
        return v;
    }

    @Test
    void arithmeticAndComparisonsMatchPython() {
        List<PyObject> v = values();
        List<Case> cases = new ArrayList<>();
        String[] ops = {"+", "-", "*", "/", "//", "%", "divmod", "**", "<", "<=", "==", "!=", ">", ">="};
        for (PyObject a : v) {
            for (PyObject b : v) {
                if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) {
                    continue;
                }
                for (String op : ops) {
                    if (op.equals("**") && (a instanceof PyFloat && ((PyFloat) a).value < 0 || a instanceof PyInt
                            && ((PyInt) a).signum() < 0)) {
                        continue; // complex results: not yet
                    }
                    cases.add(new Case(op, a, b));
                }
            }
        }
        Oracle.check(cases);
    }

    @Test
    void unaryHashConversionMatchPython() {
        List<Case> cases = new ArrayList<>();
        Random r = new Random(7);
        List<PyObject> v = values();
        for (int i = 0; i < 200; i++) {
            v.add(PyFloat.of(Double.longBitsToDouble(r.nextLong())));
            v.add(PyFloat.of(r.nextInt(1 << 30) / 64.0 - (1 << 22)));
        }
        for (PyObject a : v) {
            if (a instanceof PyFloat && Double.isNaN(((PyFloat) a).value)) {
                continue; // hash(nan) is the object's identity hash
            }
            for (String op : new String[] {"neg", "pos", "abs", "hash", "bool", "repr", "str", "int", "float"}) {
                cases.add(new Case(op, a));
            }
            cases.add(new Case("m:is_integer", a));
            cases.add(new Case("m:as_integer_ratio", a));
        }
        Oracle.check(cases);
    }

    @Test
    void parsingMatchesPython() {
        String[] texts = {"1", " 1.5 ", "-2e3", "1_000.000_1", "1__0", "1_", "_1", ".5", "5.", ".", "e5", "1e", "1e+",
            "inf", "-Infinity", "nan", "NaN", "+nAn", "infinit", "0x10", "1d", "1f", "1e500", "-1e-500", "١٫٢", "",
            "  ", "1.5e-3_0", "1.5e3_0", "0.1", "1e-7", "12345678901234567890"};
        List<Case> cases = new ArrayList<>();
        for (String t : texts) {
            cases.add(new Case("float", PyStr.of(t)));
        }
        cases.add(new Case("float", PyInt.of(BigInteger.TEN.pow(400))));
        cases.add(new Case("float", new PyList()));
        Oracle.check(cases);
    }
}
