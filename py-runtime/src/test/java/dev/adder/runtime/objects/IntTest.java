package dev.adder.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.adder.runtime.Oracle;
import dev.adder.runtime.Oracle.Case;
import dev.adder.runtime.PyObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code int} and {@code bool} against python3: every operator on small, boundary and huge values. */
class IntTest {
    static List<PyObject> values() {
        List<PyObject> v = new ArrayList<>();
        long[] small = {0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 63, 64, 100, -100, 1024, 1025, -5, -6,
            Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
            Long.MIN_VALUE + 1, 1L << 53, (1L << 53) + 1, -(1L << 53) - 1, 3037000499L, 3037000500L, 4294967296L};
        for (long x : small) {
            v.add(PyInt.of(x));
        }
        v.add(PyInt.of(BigInteger.ONE.shiftLeft(64)));
        v.add(PyInt.of(BigInteger.ONE.shiftLeft(64).negate()));
        v.add(PyInt.of(new BigInteger("123456789012345678901234567890123456789")));
        v.add(PyInt.of(new BigInteger("-98765432109876543210987654321")));
        v.add(PyInt.of(BigInteger.TEN.pow(400).add(BigInteger.ONE)));
        v.add(PyInt.of(BigInteger.ONE.shiftLeft(1100).negate()));
        v.add(PyBool.TRUE);
        v.add(PyBool.FALSE);
        return v;
    }

    @Test
    void binaryOperatorsMatchPython() {
        List<PyObject> v = values();
        List<Case> cases = new ArrayList<>();
        String[] ops = {"+", "-", "*", "//", "%", "/", "divmod", "&", "|", "^", "<", "<=", "==", "!=", ">", ">="};
        for (PyObject a : v) {
            for (PyObject b : v) {
                for (String op : ops) {
                    cases.add(new Case(op, a, b));
                }
            }
        }
        Oracle.check(cases);
    }

    @Test
    void powersAndShiftsMatchPython() {
        List<Case> cases = new ArrayList<>();
        List<PyObject> bases = values();
        long[] exps = {0, 1, 2, 3, 5, 10, 31, 62, 63, 64, 65, 100, -1, -2, -3, -64};
        for (PyObject a : bases) {
            for (long e : exps) {
                if (e > 65 && a instanceof PyInt && ((PyInt) a).big != null) {
                    continue;
                }
                cases.add(new Case("**", a, PyInt.of(e)));
                cases.add(new Case("<<", a, PyInt.of(e)));
                cases.add(new Case(">>", a, PyInt.of(e)));
            }
            cases.add(new Case(">>", a, PyInt.of(BigInteger.ONE.shiftLeft(70))));
            cases.add(new Case("<<", a, PyInt.of(BigInteger.ONE.shiftLeft(70))));
        }
        long[][] pm = {{2, 10, 1000}, {2, -1, 7}, {2, -1, 4}, {3, 200, -7}, {-3, 5, 7}, {5, 0, 1}, {2, 2, 0}, {7, 3, -1}};
        for (long[] t : pm) {
            cases.add(new Case("pow3", PyInt.of(t[0]), PyInt.of(t[1]), PyInt.of(t[2])));
        }
        cases.add(new Case("**", PyInt.of(10), PyInt.of(4300)));
        cases.add(new Case("**", PyInt.of(0), PyInt.of(-1)));
        cases.add(new Case("**", PyInt.of(-8), PyInt.of(-3)));
        cases.add(new Case("/", PyInt.of(BigInteger.TEN.pow(400)), PyInt.of(3)));
        cases.add(new Case("/", PyInt.of(1), PyInt.of(BigInteger.TEN.pow(400))));
        cases.add(new Case("/", PyInt.of(BigInteger.TEN.pow(330)), PyInt.of(BigInteger.TEN.pow(20).add(BigInteger.ONE))));
        cases.add(new Case("/", PyInt.of(1), PyInt.of(BigInteger.TEN.pow(310))));
        cases.add(new Case("/", PyInt.of((1L << 53) + 1), PyInt.of(3)));
        cases.add(new Case("/", PyInt.of(Long.MAX_VALUE), PyInt.of(Long.MIN_VALUE + 7)));
        Oracle.check(cases);
    }

    @Test
    void unaryHashReprMatchPython() {
        List<Case> cases = new ArrayList<>();
        for (PyObject a : values()) {
            for (String op : new String[] {"neg", "pos", "invert", "abs", "hash", "bool", "repr", "str", "int", "float"}) {
                cases.add(new Case(op, a));
            }
        }
        cases.add(new Case("**", PyInt.of(10), PyInt.of(4299)));
        cases.add(new Case("**", PyInt.of(-10), PyInt.of(4299)));
        cases.add(new Case("**", PyInt.of(10), PyInt.of(5000)));
        cases.add(new Case("hash", PyInt.of((1L << 61) - 1)));
        cases.add(new Case("hash", PyInt.of((1L << 61) - 2)));
        cases.add(new Case("hash", PyInt.of(-(1L << 61) + 2)));
        cases.add(new Case("hash", PyInt.of(BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE).pow(3))));
        Oracle.check(cases);
    }

    @Test
    void parsingMatchesPython() {
        String[] texts = {"0", "-0", "+17", "  42  ", "\t-9\n", "1_000", "1__0", "_1", "1_", "0x_ff", "0x__ff", "0b101",
            "0o777", "0777", "00", "0_0", "x", "", " ", "12a", "1e5", "1.0", "١٢٣", "９", "99999999999999999999999",
            "-0x10", "0X1F", "z", "Z", "1" + "0".repeat(4300), "1" + "0".repeat(4299), "0x" + "f".repeat(5000)};
        int[] bases = {10, 0, 16, 36, 2, 8, 1, 37};
        List<Case> cases = new ArrayList<>();
        for (String t : texts) {
            cases.add(new Case("int", PyStr.of(t)));
            for (int b : bases) {
                cases.add(new Case("int", PyStr.of(t), PyInt.of(b)));
            }
        }
        cases.add(new Case("int", PyFloat.of(1e300)));
        cases.add(new Case("int", PyFloat.of(-2.5)));
        cases.add(new Case("int", PyFloat.of(Double.NaN)));
        cases.add(new Case("int", PyFloat.of(Double.POSITIVE_INFINITY)));
        cases.add(new Case("int", PyInt.of(5), PyInt.of(10)));
        cases.add(new Case("int", new PyList()));
        Oracle.check(cases);
    }

    @Test
    void smallIntsAreCachedAndBoolsAreSingletons() {
        assertSame(PyInt.of(1024), PyInt.of(1024));
        assertSame(PyInt.of(-5), PyInt.of(-5));
        assertSame(PyBool.TRUE, PyBool.of(true));
        assertEquals(PyInt.of(BigInteger.valueOf(7)).big, null);
    }
}
