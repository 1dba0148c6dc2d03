package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Small programs through the whole VM; expectations are CPython 3.11's output, shown beside each. */
class CevalTest {
    private static String[] run(String src) {
        InterpreterState interp = RuntimeState.initialize(new String[] {"-c"}).mainInterpreter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        interp.setStreams(out, err);
        int status = new PythonRun(interp).runCommand(src);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
            String.valueOf(status)};
    }

    @Test
    void seedExample() {
        // python3 -c $'def f(x): return x + 1\n\nprint(f(1))'  ->  2
        assertEquals("2\n", run("def f(x): return x + 1\n\nprint(f(1))")[0]);
    }

    @Test
    void recursionLimitIsRecursionError() {
        // python3 -c $'def f(n): return f(n + 1)\ntry:\n f(0)\nexcept RecursionError as e:\n print(e)'
        String[] r = run("def f(n): return f(n + 1)\ntry:\n f(0)\nexcept RecursionError as e:\n print(e)");
        assertEquals("maximum recursion depth exceeded\n", r[0]);
        assertEquals("0", r[2]);
    }

    @Test
    void uncaughtInCommandHasNoSourceLine() {
        // python3 -c 'x = 1; y' prints these two traceback lines and NameError, status 1
        String[] r = run("x = 1; y");
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                + "NameError: name 'y' is not defined\n", r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    void generatorRunsToItsEnd() {
        // python3 -c $'def g():\n    yield 1\n    yield 2\nprint(list(g()))'  ->  [1, 2]
        String[] r = run("def g():\n    yield 1\n    yield 2\nprint(list(g()))");
        assertEquals("[1, 2]\n", r[0]);
        assertEquals("0", r[2]);
    }
}
