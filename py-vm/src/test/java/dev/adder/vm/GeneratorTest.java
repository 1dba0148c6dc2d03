package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The generator protocol from Java: a generator keeps one {@link Frame} across resumes and the loop
 * re-enters it where it stopped. Expected values are those of CPython 3.11, shown beside each.
 */
class GeneratorTest {
    private static InterpreterState interp(ByteArrayOutputStream out) {
        InterpreterState interp = RuntimeState.initialize(new String[] {"-c"}).mainInterpreter();
        interp.setStreams(out, new ByteArrayOutputStream());
        return interp;
    }

    private static PyObject global(InterpreterState interp, String src, String name) {
        assertEquals(0, new PythonRun(interp).runCommand(src));
        PyModule main = (PyModule) interp.modules.getItem(PyStr.of("__main__"));
        return main.dict.getItem(PyStr.of(name));
    }

    @Test
    void oneFrameAcrossResumes() {
        InterpreterState interp = interp(new ByteArrayOutputStream());
        PyObject g = global(interp, "def f(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n"
                + "    return 'end'\ng = f(3)\n", "g");
        PyGenerator gen = (PyGenerator) g;
        Frame frame = gen.frame;
        ThreadState ts = ThreadState.current();
        // python3: list(f(3)) == [0, 1, 2]; the return value rides on StopIteration
        for (int i = 0; i < 3; i++) {
            assertEquals(PyInt.of(i), gen.sendEx(ts, null, null, false));
            assertSame(frame, gen.frame);
            assertTrue(frame.suspended);
        }
        assertNull(gen.sendEx(ts, null, null, false));
        assertNull(gen.frame);
        assertEquals(PyStr.of("end"), gen.takeReturnValue());
    }

    @Test
    void valueStackSurvivesSuspension() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterpreterState interp = interp(out);
        // python3 -c $'def g():\n    x = [1, (yield 2), 3]\n    yield x\nit = g()\nnext(it)\nprint(it.send(9))'
        //   ->  [1, 9, 3]
        global(interp, "def g():\n    x = [1, (yield 2), 3]\n    yield x\nit = g()\nnext(it)\nprint(it.send(9))\n",
                "it");
        assertEquals("[1, 9, 3]\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void deepDelegationChain() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterpreterState interp = interp(out);
        // python3: 200 levels of yield from deliver the innermost value and the summed return values
        global(interp, "def d(n):\n    if n == 0:\n        yield 'leaf'\n        return 0\n"
                + "    return (yield from d(n - 1)) + 1\n"
                + "g = d(200)\nprint(next(g))\ntry:\n    next(g)\nexcept StopIteration as e:\n    print(e.value)\n",
                "g");
        assertEquals("leaf\n200\n", out.toString(StandardCharsets.UTF_8));
    }
}
