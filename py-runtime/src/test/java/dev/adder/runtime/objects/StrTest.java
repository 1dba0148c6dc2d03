package dev.adder.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.Oracle;
import dev.adder.runtime.Oracle.Case;
import dev.adder.runtime.PyObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code str} against python3: repr, indexing by code point, and the methods. */
class StrTest {
    static final String[] TEXTS = {"", "a", "abc", "  hello world  ", "a,b,,c", "A Title case", "ÄÖÜ äöü ß", "x\ty\nz\r\n",
        "line1\nline2\r\nline3\rline4\u2028end\n", "it's", "say \"hi\"", "both ' and \"", "\u0000\u0007\u007f\u0080\u00ff",
        "\u00a0nbsp\u3000", "😀 emoji 𝄞!", "ǅungla", "١٢٣", "²³½", "MiXeD CaSe", "hello_world1", "1abc", "  ", "\ud800",
        "tab\tand\ttabs", "aaa", "abcabcabc", "ﬁsh", "ΣΑΣ", "İstanbul", "\u0300combining", "\ue000private"};

    static List<PyObject> texts() {
        List<PyObject> r = new ArrayList<>();
        for (String t : TEXTS) {
            r.add(PyStr.of(t));
        }
        return r;
    }

    @Test
    void reprAndBasicsMatchPython() {
        List<Case> cases = new ArrayList<>();
        for (PyObject s : texts()) {
            cases.add(new Case("repr", s));
            cases.add(new Case("len", s));
            cases.add(new Case("iter", s));
            cases.add(new Case("bool", s));
            for (int i : new int[] {0, 1, -1, 3, -4, 100}) {
                cases.add(new Case("getitem", s, PyInt.of(i)));
            }
            cases.add(new Case("getitem", s, new PySlice(PyInt.of(1), null, null)));
            cases.add(new Case("getitem", s, new PySlice(null, null, PyInt.of(-1))));
            cases.add(new Case("getitem", s, new PySlice(PyInt.of(-5), PyInt.of(-1), PyInt.of(2))));
            cases.add(new Case("getitem", s, PyFloat.of(1.5)));
            cases.add(new Case("+", s, PyStr.of("!")));
            cases.add(new Case("+", s, PyInt.of(1)));
            cases.add(new Case("*", s, PyInt.of(3)));
            cases.add(new Case("*", PyInt.of(2), s));
            cases.add(new Case("*", s, PyStr.of("x")));
            cases.add(new Case("in", s, PyStr.of("a")));
            cases.add(new Case("in", s, PyInt.of(1)));
            cases.add(new Case("<", s, PyStr.of("abc")));
            cases.add(new Case("<", s, PyStr.of("\uffff")));
            cases.add(new Case("==", s, PyStr.of("abc")));
            cases.add(new Case("<", s, PyInt.of(1)));
        }
        Oracle.check(cases);
    }

    @Test
    void methodsMatchPython() {
        List<Case> cases = new ArrayList<>();
        PyObject[][] argLists = {
            {}, {PyStr.of(",")}, {PyStr.of(" ")}, {PyStr.of("a")}, {PyStr.of("")}, {PyNone.NONE},
            {PyStr.of(","), PyInt.of(1)}, {PyNone.NONE, PyInt.of(1)}, {PyStr.of("bc")}, {PyInt.of(1)},
        };
        String[] splitLike = {"split", "rsplit", "strip", "lstrip", "rstrip", "partition", "rpartition", "find", "rfind",
            "index", "rindex", "count", "startswith", "endswith", "join", "removeprefix", "removesuffix"};
        String[] noArgs = {"lower", "upper", "casefold", "title", "capitalize", "swapcase", "isalpha", "isdecimal",
            "isdigit", "isnumeric", "isalnum", "isspace", "isascii", "isprintable", "islower", "isupper", "istitle",
            "isidentifier", "splitlines", "expandtabs"};
        for (PyObject s : texts()) {
            for (String m : splitLike) {
                for (PyObject[] args : argLists) {
                    PyObject[] all = new PyObject[args.length + 1];
                    all[0] = s;
                    System.arraycopy(args, 0, all, 1, args.length);
                    cases.add(new Case("m:" + m, all));
                }
            }
            for (String m : noArgs) {
                cases.add(new Case("m:" + m, s));
            }
            cases.add(new Case("m:splitlines", s, PyBool.TRUE));
            cases.add(new Case("m:expandtabs", s, PyInt.of(4)));
            cases.add(new Case("m:replace", s, PyStr.of("a"), PyStr.of("XY")));
            cases.add(new Case("m:replace", s, PyStr.of(""), PyStr.of("-")));
            cases.add(new Case("m:replace", s, PyStr.of(""), PyStr.of("-"), PyInt.of(2)));
            cases.add(new Case("m:replace", s, PyStr.of("a"), PyStr.of(""), PyInt.of(1)));
            cases.add(new Case("m:find", s, PyStr.of("a"), PyInt.of(1), PyInt.of(-1)));
            cases.add(new Case("m:rfind", s, PyStr.of(""), PyInt.of(2)));
            cases.add(new Case("m:count", s, PyStr.of(""), PyInt.of(1)));
            cases.add(new Case("m:count", s, PyStr.of("a"), PyInt.of(-3)));
            cases.add(new Case("m:find", s, PyStr.of("!"), PyInt.of(-3)));
            cases.add(new Case("m:startswith", s, PyTuple.of(PyStr.of("x"), PyStr.of("a")), PyInt.of(0)));
            cases.add(new Case("m:endswith", s, PyStr.of("d"), PyInt.of(0), PyInt.of(-1)));
            cases.add(new Case("m:center", s, PyInt.of(20), PyStr.of("*")));
            cases.add(new Case("m:center", s, PyInt.of(4)));
            cases.add(new Case("m:center", s, PyInt.of(5)));
            cases.add(new Case("m:ljust", s, PyInt.of(12), PyStr.of("-")));
            cases.add(new Case("m:rjust", s, PyInt.of(12)));
            cases.add(new Case("m:zfill", s, PyInt.of(8)));
            cases.add(new Case("m:join", PyStr.of("-"), s));
            cases.add(new Case("m:split", s, PyNone.NONE, PyInt.of(0)));
            cases.add(new Case("m:rsplit", s, PyNone.NONE, PyInt.of(1)));
            cases.add(new Case("m:split", s, PyStr.of("a"), PyInt.of(-1)));
            cases.add(new Case("m:strip", s, PyStr.of("a😀 ")));
        }
        cases.add(new Case("m:zfill", PyStr.of("-42"), PyInt.of(6)));
        cases.add(new Case("m:zfill", PyStr.of("+4"), PyInt.of(4)));
        cases.add(new Case("m:join", PyStr.of(","), PyList.of(PyStr.of("a"), PyInt.of(1))));
        cases.add(new Case("m:join", PyStr.of(","), PyInt.of(1)));
        cases.add(new Case("m:center", PyStr.of("a"), PyInt.of(3), PyStr.of("ab")));
        cases.add(new Case("m:upper", PyStr.of("a"), PyInt.of(1)));
        Oracle.check(cases);
    }

    @Test
    void codePointIndexing() {
        PyStr s = PyStr.of("a😀b");
        assertEquals(3, s.length());
        assertEquals("b", s.getItem(2).value());
        assertEquals("😀", Abstract.getItem(s, PyInt.of(-2)).toString().replace("'", ""));
    }
}
