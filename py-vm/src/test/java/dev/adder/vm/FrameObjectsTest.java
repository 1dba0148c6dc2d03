package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.compiler.Compilers;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyStr;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Code, frame and traceback objects, tracing and the recursion limit. The byte-level expectations
 * come from the seed article (/work/shared/seed/cpython-vm-article.txt: "def g(x): return x + 3"
 * compiles to [124, 0, 100, 1, 23, 0, 83, 0], CPython 3.10 wordcode, which 3.11 no longer prints);
 * the others are python3's output for the same program, shown beside each.
 */
class FrameObjectsTest {
    private static InterpreterState interp;

    private static String[] run(String src) {
        interp = RuntimeState.initialize(new String[] {"-c"}).mainInterpreter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        interp.setStreams(out, err);
        int status = new PythonRun(interp).runCommand(src);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
            String.valueOf(status)};
    }

    private static byte[] bytesOf(String name) {
        PyObject v = interp.main.dict.getItem(PyStr.of(name));
        assertTrue(v instanceof PyBytes, String.valueOf(v));
        return ((PyBytes) v).toByteArray();
    }

    @Test
    void seedCodeBytes() {
        // the seed article: the body of g compiles to [124, 0, 100, 1, 23, 0, 83, 0]
        String[] r = run("def g(x):\n    return x + 3\nc = g.__code__.co_code\n"
                + "def h(x): return x + 1\nd = h.__code__.co_code\n");
        assertEquals("0", r[2], r[1]);
        assertArrayEquals(new byte[] {124, 0, 100, 1, 23, 0, 83, 0}, bytesOf("c"));
        assertArrayEquals(new byte[] {124, 0, 100, 1, 23, 0, 83, 0}, bytesOf("d"));
    }

    @Test
    void closuresShareOneCodeObject() {
        // python3: True / 5 / 6 (the seed article: add_4 and add_5 come from one MAKE_FUNCTION code object)
        String[] r = run("def make_add_x(x):\n    def add_x(y): return x + y\n    return add_x\n"
                + "add_4 = make_add_x(4)\nadd_5 = make_add_x(5)\n"
                + "print(add_4.__code__ is add_5.__code__)\nprint(add_4(1))\nprint(add_5(1))\n");
        assertEquals("True\n5\n6\n", r[0], r[1]);
    }

    @Test
    void traceEvents() {
        // python3 prints: call f 0 / line f 1 / line f 2 / return f 2
        String[] r = run("import sys\nlog = []\n"
                + "def t(fr, ev, arg):\n    log.append('%s %s %d' % (ev, fr.f_code.co_name, fr.f_lineno - "
                + "fr.f_code.co_firstlineno))\n    return t\n"
                + "def f():\n    a = 1\n    return a\n"
                + "sys.settrace(t)\nf()\nsys.settrace(None)\nprint(' / '.join(log))\n");
        assertEquals("call f 0 / line f 1 / line f 2 / return f 2\n", r[0], r[1]);
    }

    @Test
    void getframeAndTraceback() {
        // python3: g f <module> / ValueError call stack is not deep enough / h 1
        String[] r = run("import sys\n"
                + "def g():\n    f = sys._getframe()\n    return f.f_code.co_name, f.f_back.f_code.co_name, "
                + "f.f_back.f_back.f_code.co_name\n"
                + "def f():\n    return g()\nprint(*f())\n"
                + "try:\n    sys._getframe(10)\nexcept ValueError as e:\n    print('ValueError', e)\n"
                + "def h():\n    raise KeyError\n"
                + "try:\n    h()\nexcept KeyError as e:\n    tb = e.__traceback__.tb_next\n"
                + "    print(tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno)\n");
        assertEquals("g f <module>\nValueError call stack is not deep enough\nh 1\n", r[0], r[1]);
    }

    @Test
    void javaStackOverflowIsRecursionError() throws Exception {
        // On a thread with a small Java stack and a recursion limit far above what it holds, the
        // StackOverflowError must reach Python as RecursionError (python3, whose limit holds, prints the same).
        interp = RuntimeState.initialize(new String[] {"-c"}).mainInterpreter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        interp.setStreams(out, new ByteArrayOutputStream());
        String src = "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\n"
                + "try:\n    f(0)\nexcept RecursionError as e:\n    print('RecursionError', e)\n";
        String[] result = new String[1];
        Thread t = new Thread(null, () -> {
            PyCode code = new PyCode(Compilers.compile(src, "<test>", "exec"));
            Frame f = new Frame(code, interp.main.dict, interp.builtins, interp.main.dict);
            try {
                Ceval.eval(interp.mainThread, f);
                interp.flushStreams();
                result[0] = out.toString(StandardCharsets.UTF_8);
            } catch (PyException e) {
                result[0] = "uncaught " + e.value.type().name();
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertEquals("RecursionError maximum recursion depth exceeded\n", result[0]);
    }
}
