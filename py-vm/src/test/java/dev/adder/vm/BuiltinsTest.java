package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The builtin functions through the whole VM. Each expectation is python3's output for the same
 * program (run at test time where the check is a sweep, else shown beside the case).
 */
class BuiltinsTest {
    private static String[] run(String src) {
        InterpreterState interp = RuntimeState.initialize(new String[] {"-c"}).mainInterpreter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        interp.setStreams(out, err);
        int status = new PythonRun(interp).runCommand(src);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
            String.valueOf(status)};
    }

    private static String python3(String src) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", src).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 is not available");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "python3 timed out");
        return out;
    }

    @Test
    void roundSweepMatchesPython() throws Exception {
        // 600 doubles (halfway cases among them) rounded to -3..6 digits, and ints to negative digits
        Random rnd = new Random(5);
        StringBuilder vals = new StringBuilder("[");
        for (int k = 0; k < 600; k++) {
            double v = switch (k % 4) {
                case 0 -> (rnd.nextInt(20001) - 10000) / 8.0;
                case 1 -> (rnd.nextInt(2001) - 1000) / 1000.0 + 0.0005;
                case 2 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) - 10);
                default -> (rnd.nextInt(2001) - 1000) * 5.0;
            };
            vals.append(Double.toString(v).replace("Infinity", "1e999")).append(", ");
        }
        vals.append("]");
        String prog = "vals = " + vals + "\n"
                + "for v in vals:\n    print(round(v), [round(v, d) for d in range(-3, 7)])\n"
                + "for i in range(-1000, 1000, 37):\n    print([round(i * 125, d) for d in range(-5, 1)])\n";
        String[] r = run(prog);
        assertEquals("", r[1]);
        assertEquals(python3(prog), r[0]);
    }

    @Test
    void sumFastPathsMatchPython() throws Exception {
        String prog = "print(sum([2**62, 2**62, 2**62, -2**63]), sum([0.1] * 100), sum([1, 0.1, 2**53 + 1]),"
                + " sum([1.5, True, 3]), sum(range(10**6)), sum([2**63 - 1, 1, -5]), sum([1e308, 1e308, -1e308]))";
        String[] r = run(prog);
        assertEquals(python3(prog), r[0]);
    }

    @Test
    void builtinsErrorMessages() {
        // python3 -c 'max()' etc.; each line is python3's output for the same call
        String prog = String.join("\n",
                "def t(f):",
                "    try:",
                "        f()",
                "    except Exception as e:",
                "        print(type(e).__name__, e)",
                "t(lambda: max())",
                "t(lambda: min([]))",
                "t(lambda: sorted())",
                "t(lambda: print(x=1))",
                "t(lambda: len([], []))",
                "t(lambda: chr(0x110000))",
                "t(lambda: ord('ab'))",
                "t(lambda: exec(1))",
                "t(lambda: vars(1))",
                "t(lambda: pow(2, -1, 4))",
                "t(lambda: reversed(1))");
        String expected = String.join("\n",
                "TypeError max expected at least 1 argument, got 0",
                "ValueError min() arg is an empty sequence",
                "TypeError sorted expected 1 argument, got 0",
                "TypeError 'x' is an invalid keyword argument for print()",
                "TypeError len() takes exactly one argument (2 given)",
                "ValueError chr() arg not in range(0x110000)",
                "TypeError ord() expected a character, but string of length 2 found",
                "TypeError exec() arg 1 must be a string, bytes or code object",
                "TypeError vars() argument must have __dict__ attribute",
                "ValueError base is not invertible for the given modulus",
                "TypeError 'int' object is not reversible") + "\n";
        assertEquals(expected, run(prog)[0]);
    }

    @Test
    void execAndEvalWithMappings() {
        // python3 prints: 3 ['__builtins__', 'a'] 7 dict
        String prog = "g = {}\nexec('a = 1 + 2', g)\nclass M(dict):\n    def __getitem__(self, k):\n"
                + "        return 7\nprint(g['a'], sorted(g), eval('anything', {}, M()),"
                + " type(g['__builtins__']).__name__)";
        assertEquals("3 ['__builtins__', 'a'] 7 dict\n", run(prog)[0]);
    }

    @Test
    void syntaxErrorFromCompileHasAttributes() {
        // python3 prints: invalid syntax 1 3 'a b\\n' / invalid syntax (f.py, line 1)
        String prog = "try:\n    compile('a b', 'f.py', 'exec')\nexcept SyntaxError as e:\n"
                + "    print(e.msg, e.lineno, e.offset, repr(e.text))\n    print(e)";
        assertEquals("invalid syntax 1 3 'a b\\n'\ninvalid syntax (f.py, line 1)\n", run(prog)[0]);
    }
}
