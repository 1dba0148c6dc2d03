package dev.adder.runtime.objects;

import dev.adder.runtime.Oracle;
import dev.adder.runtime.Oracle.Case;
import dev.adder.runtime.PyObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builtin data types against python3: the format mini-language for int/float/complex/str,
 * {@code %} formatting, {@code str.format}, complex arithmetic, bytes/bytearray methods, codecs,
 * and the int/float methods.
 */
class TypesTest {
    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static PyObject f(double v) {
        return PyFloat.of(v);
    }

    private static PyObject s(String v) {
        return PyStr.of(v);
    }

    private static PyObject b(String latin1) {
        return PyBytes.wrap(BytesOps.fromLatin1(latin1));
    }

    private static PyObject c(double re, double im) {
        return PyComplex.of(re, im);
    }

    static final String[] SPECS = {"", "d", "x", "X", "#x", "#o", "b", "c", "n", ",", "_", "_x", "08", "+", " ",
        ">8", "<8", "^9", "*^9", "=+10", "010,", "012_.3f", "e", "E", ".0e", "#.0e", ".3e", "f", "F", ".0f",
        "#.0f", ".2f", ".10f", "g", "G", ".1g", ".3g", "#g", "#.3g", "%", ".1%", ".3", ".0", ".17", "z.1f", "z",
        ",.2f", "10.4", "#", ".2s", "5s", ",d", "0=12,", "x<+#012_.5", ".50f", "s", "q", ",_", ".", "abc"};

    @Test
    void formatMiniLanguage() {
        PyObject[] vals = {i(0), i(-42), i(255), i(1234567), PyInt.of(new java.math.BigInteger("123456789012345678901234")),
            PyBool.TRUE, f(0.0), f(-0.0), f(1.5), f(0.1), f(2.5), f(1e-7), f(1.5e16), f(1e22), f(-0.00012345),
            f(Double.POSITIVE_INFINITY), f(Double.NaN), f(5e-324), f(2.675), c(1, 2), c(-1.5, -0.5), c(0, 2),
            s("abc"), s("é€x"), s("")};
        List<Case> cases = new ArrayList<>();
        for (PyObject v : vals) {
            for (String sp : SPECS) {
                cases.add(new Case("m:__format__", v, s(sp)));
            }
        }
        Oracle.check(cases);
    }

    @Test
    void percentAndStrFormat() {
        List<Case> cases = new ArrayList<>();
        Object[][] pct = {{"%d|%5d|%-5d|%05d|%+d", PyTuple.of(i(3), i(-4), i(5), i(-6), i(7))},
            {"%x %X %#x %#o %o", PyTuple.of(i(255), i(255), i(255), i(8), i(-8))},
            {"%.3f %e %g %G %10.2E", PyTuple.of(f(3.14159), f(12345.678), f(1e-10), f(1e20), f(-0.5))},
            {"%s %r %a %c %c", PyTuple.of(s("é"), s("é"), s("é"), i(65), s("z"))},
            {"%(a)s-%(b)d", null}, {"%*d|%-*d|%.*f", PyTuple.of(i(5), i(1), i(4), i(2), i(2), f(3.14159))},
            {"%d", s("x")}, {"%x", f(1.5)}, {"%s %s", PyTuple.of(i(1))}, {"%s", PyTuple.of(i(1), i(2))},
            {"%q", i(1)}, {"%", PyTuple.of()}, {"%c", i(0x110000)}, {"%.2s|%5s|%-5s|", PyTuple.of(s("abc"),
                s("ab"), s("ab"))}, {"%#.0f %#g %.0f %.0f", PyTuple.of(f(1), f(1), f(0.5), f(1.5))}};
        for (Object[] p : pct) {
            PyObject args = (PyObject) p[1];
            if (args == null) {
                PyDict d = new PyDict();
                d.setItem(s("a"), s("x"));
                d.setItem(s("b"), i(5));
                args = d;
            }
            cases.add(new Case("%", s((String) p[0]), args));
        }
        cases.add(new Case("%", b("%s|%d|%x|%c|%r|%5.1f"), PyTuple.of(b("ab"), i(3), i(255), i(65), s("é"), f(2.25))));
        cases.add(new Case("%", b("%s"), s("x")));
        String[] fmts = {"{}-{}", "{1}{0}", "{0!r:>6}", "{:{}}", "{0[1]}", "{}}", "{", "{0!x}", "{} {1}",
            "{:d}", "{0:{1}{2}}", "{{}}", "{!a}", "{0.real}"};
        for (String fm : fmts) {
            cases.add(new Case("m:format", s(fm), s("é"), i(5), s(">")));
        }
        Oracle.check(cases);
    }

    @Test
    void complexArithmetic() {
        PyObject[] vals = {c(1, 2), c(0.5, -1), c(-2, 0.25), c(3, -4), c(1e300, 1e300), i(2), i(0), f(0.5), f(-2.0),
            c(Double.POSITIVE_INFINITY, 1), c(0, 0)};
        String[] ops = {"+", "-", "*", "/", "**", "==", "!=", "<"};
        List<Case> cases = new ArrayList<>();
        for (PyObject a : vals) {
            cases.add(new Case("repr", a));
            cases.add(new Case("abs", a));
            cases.add(new Case("neg", a));
            cases.add(new Case("bool", a));
            if (a instanceof PyComplex) {
                cases.add(new Case("hash", a));
                cases.add(new Case("m:conjugate", a));
            }
            for (PyObject x : vals) {
                if (a instanceof PyComplex || x instanceof PyComplex) {
                    for (String op : ops) {
                        cases.add(new Case(op, a, x));
                    }
                }
            }
        }
        Oracle.check(cases);
    }

    @Test
    void bytesMethodsAndCodecs() {
        List<Case> cases = new ArrayList<>();
        PyObject hb = b("Hello, World  \t\n");
        String[] noArg = {"upper", "lower", "swapcase", "title", "capitalize", "isalpha", "isspace", "istitle",
            "islower", "strip", "split", "splitlines", "hex", "decode", "isascii", "rstrip"};
        for (String m : noArg) {
            cases.add(new Case("m:" + m, hb));
            cases.add(new Case("m:" + m, b("ab\u00ff")));
        }
        cases.add(new Case("m:find", hb, b("o")));
        cases.add(new Case("m:rfind", hb, i(111)));
        cases.add(new Case("m:find", hb, s("o")));
        cases.add(new Case("m:count", hb, b("l")));
        cases.add(new Case("m:index", hb, b("zz")));
        cases.add(new Case("m:split", b("a,b,,c"), b(",")));
        cases.add(new Case("m:rsplit", b("a,b,,c"), b(","), i(1)));
        cases.add(new Case("m:replace", b("aaa"), b("a"), b("bb"), i(2)));
        cases.add(new Case("m:partition", b("k=v=w"), b("=")));
        cases.add(new Case("m:rpartition", b("k=v=w"), b("=")));
        cases.add(new Case("m:center", b("x"), i(6), b("*")));
        cases.add(new Case("m:zfill", b("-12"), i(6)));
        cases.add(new Case("m:join", b(", "), PyList.of(b("a"), b("b"))));
        cases.add(new Case("m:join", b(", "), PyList.of(b("a"), s("b"))));
        cases.add(new Case("m:startswith", hb, PyTuple.of(b("x"), b("He"))));
        cases.add(new Case("m:expandtabs", b("a\tbc\td"), i(4)));
        cases.add(new Case("m:hex", b("abcdef"), s(":"), i(-2)));
        cases.add(new Case("m:removeprefix", b("abc"), b("ab")));
        cases.add(new Case("m:translate", b("abc"), PyNone.NONE, b("b")));
        cases.add(new Case("getitem", hb, i(1)));
        cases.add(new Case("getitem", hb, new PySlice(i(1), i(8), i(2))));
        cases.add(new Case("getitem", hb, i(99)));
        cases.add(new Case("in", hb, i(72)));
        cases.add(new Case("in", hb, b("World")));
        cases.add(new Case("in", hb, s("W")));
        cases.add(new Case("+", hb, s("x")));
        cases.add(new Case("*", b("ab"), i(3)));
        cases.add(new Case("<", b("ab"), b("b")));
        cases.add(new Case("==", b("ab"), s("ab")));
        String[][] dec = {{"\u00e2\u0082x", "utf-8", "strict"}, {"\u00e2x", "utf-8", "strict"},
            {"a\u00e2\u0082", "utf-8", "replace"}, {"\u00ff\u00fe", "ascii", "strict"},
            {"\u00ff abc \u00e2\u0082", "utf-8", "backslashreplace"}, {"\u00ff\u00ed\u00a0\u0080", "utf-8",
                "surrogateescape"}, {"\u00ff\u00fex\u0000", "utf-16", "strict"}, {"abc", "foo", "strict"},
            {"\u00ff", "utf-8", "bogus"}, {"\u00c3\u00a9", "latin-1", "strict"}, {"\u00f0\u009f\u0098\u0080", "utf-8", "strict"}};
        for (String[] d : dec) {
            cases.add(new Case("m:decode", b(d[0]), s(d[1]), s(d[2])));
        }
        String[][] enc = {{"é", "ascii", "strict"}, {"éé", "ascii", "strict"}, {"\udcff", "utf-8", "strict"},
            {"\udcff", "utf-8", "surrogateescape"}, {"aéb€", "latin-1", "backslashreplace"},
            {"a€", "ascii", "xmlcharrefreplace"}, {"é€😀", "utf-16-be", "strict"}, {"x", "utf-32", "strict"},
            {"a€b", "ascii", "replace"}, {"a€b", "ascii", "ignore"}};
        for (String[] e : enc) {
            cases.add(new Case("m:encode", s(e[0]), s(e[1]), s(e[2])));
        }
        Oracle.check(cases);
    }

    @Test
    void intAndFloatMethods() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("m:to_bytes", i(1024), i(2), s("little")));
        cases.add(new Case("m:to_bytes", i(-1), i(2), s("big")));
        cases.add(new Case("m:to_bytes", i(65536), i(2), s("big")));
        cases.add(new Case("m:to_bytes", i(5), i(-1), s("big")));
        cases.add(new Case("m:to_bytes", i(5), i(1), s("mid")));
        cases.add(new Case("m:from_bytes", i(0), b("\u0004\u0000"), s("big")));
        cases.add(new Case("m:from_bytes", i(0), b("\u0000\u0004"), s("little")));
        for (double d : new double[] {1.5, 0.0, -0.0, 5e-324, 0.1, 1e308, Double.POSITIVE_INFINITY, Double.NaN}) {
            cases.add(new Case("m:hex", f(d)));
            cases.add(new Case("m:__round__", f(d)));
            cases.add(new Case("m:__round__", f(d), i(2)));
            cases.add(new Case("m:__trunc__", f(d)));
            cases.add(new Case("m:__floor__", f(d)));
            cases.add(new Case("m:__ceil__", f(d)));
        }
        for (String h : new String[] {"0x1.8p0", "  -0x1p-1074 ", "1.8", "0x1p1024", "inf", "-Infinity", "0xg",
            "0x.8", "0x1.fffffffffffff8p1023", "0x1.00000000000008p0", "0x1p-1075", "0x3p-1076"}) {
            cases.add(new Case("m:fromhex", f(0), s(h)));
        }
        for (double d : new double[] {2.675, 1234.5678, 0.5, 1.5, 2.5, -2.5, 1e300, 123.456}) {
            for (long nd : new long[] {-2, -1, 0, 1, 2, 3}) {
                cases.add(new Case("m:__round__", f(d), i(nd)));
            }
        }
        for (long v : new long[] {1255, 1245, -1250, 15}) {
            cases.add(new Case("m:__round__", i(v), i(-1)));
            cases.add(new Case("m:__round__", i(v), i(-2)));
        }
        cases.add(new Case("**", f(-8.0), f(1.0 / 3)));
        cases.add(new Case("**", f(0.0), f(-1.0)));
        cases.add(new Case("**", i(-2), f(0.5)));
        cases.add(new Case("%", f(-7.5), i(2)));
        cases.add(new Case("divmod", f(7.5), f(-2)));
        Oracle.check(cases);
    }
}
