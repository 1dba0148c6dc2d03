package dev.adder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The builtin exception hierarchy and BaseException's args, str and repr, against python3. */
class ExceptionsTest {
    private static final String TABLE_SCRIPT = "import builtins; [print(n, *(b.__name__ for b in c.__bases__)) "
            + "for n, c in vars(builtins).items() if isinstance(c, type) and issubclass(c, BaseException) "
            + "and n == c.__name__]";

    private static TreeSet<String> ours() {
        TreeSet<String> lines = new TreeSet<>();
        for (PyType t : PyExc.ALL) {
            StringBuilder sb = new StringBuilder(t.name());
            for (PyType b : t.bases()) {
                sb.append(' ').append(b.name());
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    @Test
    void hierarchyMatchesTheRecordedTable() throws IOException {
        TreeSet<String> recorded = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("builtin-exceptions.txt")) {
            assertNotNull(in);
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    recorded.add(l.strip());
                }
            }
        }
        assertEquals(67, recorded.size());
        assertEquals(recorded, ours());
    }

    @Test
    void hierarchyMatchesPython3() {
        TreeSet<String> live = new TreeSet<>();
        for (String l : Python3.run(TABLE_SCRIPT, "").split("\n")) {
            if (!l.isBlank()) {
                live.add(l.strip());
            }
        }
        assertEquals(live, ours());
        assertTrue(PyExc.IOError == PyExc.OSError && PyExc.EnvironmentError == PyExc.OSError);
    }

    private static String show(PyBaseException e) {
        return Abstract.repr(e).value() + " | " + Abstract.str(e).value() + " | " + Abstract.repr(e.args()).value();
    }

    @Test
    void argsStrAndReprMatchPython() {
        List<String> mine = new ArrayList<>();
        PyObject[][] argLists = {{}, {PyStr.of("msg")}, {PyInt.of(1), PyStr.of("two")}, {PyTuple.of(PyInt.of(1))},
            {PyStr.of("")}, {PyNone.NONE}};
        PyType[] types = {PyExc.BaseException, PyExc.ValueError, PyExc.KeyError, PyExc.StopIteration,
            PyExc.SystemExit, PyExc.ZeroDivisionError};
        for (PyType t : types) {
            for (PyObject[] a : argLists) {
                PyException ex = PyErr.of(t, a);
                mine.add(show(ex.value) + " | " + ex.getMessage());
            }
        }
        PyBaseException si = PyErr.of(PyExc.StopIteration, PyInt.of(5), PyInt.of(6)).value;
        mine.add(Abstract.repr(Abstract.getAttr(si, "value")).value());
        PyBaseException se = PyErr.of(PyExc.SystemExit, PyInt.of(5), PyInt.of(6)).value;
        mine.add(Abstract.repr(Abstract.getAttr(se, "code")).value());
        PyBaseException ve = PyErr.of(PyExc.ValueError, PyStr.of("x")).value;
        mine.add(Abstract.repr(Abstract.getAttr(ve, "__cause__")).value() + " "
                + Abstract.repr(Abstract.getAttr(ve, "__context__")).value() + " "
                + Abstract.repr(Abstract.getAttr(ve, "__suppress_context__")).value());
        Abstract.setAttr(ve, PyStr.of("__cause__"), PyErr.of(PyExc.KeyError, PyStr.of("k")).value);
        mine.add(Abstract.repr(Abstract.getAttr(ve, "__cause__")).value() + " "
                + Abstract.repr(Abstract.getAttr(ve, "__suppress_context__")).value());
        Abstract.setAttr(ve, PyStr.of("args"), PyTuple.of(PyInt.of(1), PyInt.of(2)));
        mine.add(show(ve));
        try {
            Abstract.setAttr(ve, PyStr.of("__cause__"), PyInt.of(1));
            mine.add("no error");
        } catch (PyException e) {
            mine.add(e.getMessage());
        }
        mine.add(Abstract.repr(Abstract.call(PyExc.OSError, PyStr.of("a"))).value());
        String script = String.join("\n",
                "def show(e): return repr(e) + ' | ' + str(e) + ' | ' + repr(e.args)",
                "def msg(e): s = str(e); return type(e).__name__ + (': ' + s if s else '')",
                "for t in [BaseException, ValueError, KeyError, StopIteration, SystemExit, ZeroDivisionError]:",
                "    for a in [(), ('msg',), (1, 'two'), ((1,),), ('',), (None,)]:",
                "        e = t(*a); print(show(e) + ' | ' + msg(e))",
                "print(repr(StopIteration(5, 6).value))",
                "print(repr(SystemExit(5, 6).code))",
                "ve = ValueError('x')",
                "print(repr(ve.__cause__), repr(ve.__context__), repr(ve.__suppress_context__))",
                "ve.__cause__ = KeyError('k')",
                "print(repr(ve.__cause__), repr(ve.__suppress_context__))",
                "ve.args = [1, 2]",
                "print(show(ve))",
                "try:",
                "    ve.__cause__ = 1; print('no error')",
                "except TypeError as e: print('TypeError: ' + str(e))",
                "print(repr(OSError('a')))",
                "");
        assertEquals(Python3.run(script, ""), String.join("\n", mine) + "\n");
    }
}
