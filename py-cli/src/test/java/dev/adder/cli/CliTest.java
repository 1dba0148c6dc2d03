package dev.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the interactive loop compared with {@code python3} run the same way:
 * the same arguments, standard input, environment ({@code PYTHON*} variables removed, then the
 * test's own) and working directory. Adder runs in this JVM through {@link Main#run(String[], Main.Io)}
 * under python3's own program name, so messages that name the program compare as they are. The
 * only normalization: the banner's version line, which names the implementation.
 */
class CliTest {
    private static String python;
    @TempDir
    static Path dir;

    record Result(String out, String err, int status) {
    }

    @BeforeAll
    static void findPython() throws Exception {
        Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
        python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Files.writeString(dir.resolve("hello.py"), "import sys\nprint('hello', sys.argv)\n");
        Files.writeString(dir.resolve("fail.py"), "def f():\n    1/0\nf()\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/__main__.py"), "import sys\nprint('main of pkg', len(sys.argv))\n");
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("shebang.py"), "this is not python\nprint('x')\n1/0\n");
    }

    private static Map<String, String> env(String... kv) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        for (int i = 0; i < kv.length; i += 2) {
            env.put(kv[i], kv[i + 1]);
        }
        return env;
    }

    private static Result python3(String stdin, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(python));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile("py3", ".out");
        Path err = Files.createTempFile("py3", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            return new Result(Files.readString(out), banner(Files.readString(err)), p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Result adder(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String cwd = System.getProperty("user.dir");
        // relative paths in the arguments are resolved against the test directory
        String[] a = args.clone();
        for (int i = 0; i < a.length; i++) {
            if (a[i].startsWith("rel:")) {
                a[i] = dir.resolve(a[i].substring(4)).toString();
            }
        }
        int status = Main.run(a, new Main.Io(python, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, err, false));
        assertEquals(cwd, System.getProperty("user.dir"));
        return new Result(out.toString(StandardCharsets.UTF_8), banner(err.toString(StandardCharsets.UTF_8)), status);
    }

    private static String banner(String err) {
        return err.replaceAll("(?m)^Python 3\\.11\\.7 \\(.*\\) \\[.*\\] on linux$", "Python 3.11.7 (...) on linux")
                .replaceAll(" at 0x[0-9a-f]+>", " at 0x...>");
    }

    /** Runs both with {@code stdin} and {@code env}; file arguments are absolute (in the test directory). */
    private static void same(String stdin, Map<String, String> env, String... args) throws Exception {
        String[] pyArgs = args.clone();
        for (int i = 0; i < pyArgs.length; i++) {
            if (pyArgs[i].startsWith("rel:")) {
                pyArgs[i] = dir.resolve(pyArgs[i].substring(4)).toString();
            }
        }
        Result e = python3(stdin, env, pyArgs);
        Result a = adder(stdin, env, args);
        String what = String.join(" ", args) + " <<< " + stdin;
        assertEquals(e.out(), a.out(), "stdout of " + what);
        assertEquals(e.err(), a.err(), "stderr of " + what);
        assertEquals(e.status(), a.status(), "exit status of " + what);
    }

    private static void same(String... args) throws Exception {
        same("", env(), args);
    }

    @Test
    void helpAndVersion() throws Exception {
        for (String a : new String[] {"-h", "--help", "-?", "--help-env", "--help-xoptions", "--help-all", "-V",
            "--version", "-Vh", "-hV", "-qV", "-Bh"}) {
            same(a);
        }
    }

    @Test
    void usageErrors() throws Exception {
        for (String a : new String[] {"-Z", "--foo", "-c", "-W", "-X", "-J", "--help-", "--version=3", "-E-", "-Bz",
            "--check-hash-based-pycs", "-m"}) {
            same(a);
        }
        same("--check-hash-based-pycs", "maybe", "-c", "pass");
        same("--check-hash-based-pycs", "always", "-c", "print(1)");
    }

    @Test
    void commandAndArgv() throws Exception {
        same("-c", "import sys; print(sys.argv)", "a", "-b", "--", "c");
        same("-Bc", "import sys; print(sys.argv)", "-V");
        same("-c", "import sys; print(sys.argv)", "-c", "x");
        same("-Sc", "print(6 * 7)");
        same("-S", "-c", "exit(2)");
        same("-q", "-s", "-E", "-I", "-P", "-R", "-t", "-b", "-d", "-x", "-c", "print('flags')");
        same("--", "rel:hello.py", "x");
        same("rel:hello.py", "-c", "-i");
        same("-W", "ignore", "-Werror::DeprecationWarning", "-X", "dev", "-Xfoo=bar", "-bb", "-c",
                "import sys; print(sys.warnoptions, sys._xoptions)");
    }

    @Test
    void scriptsAndTheirErrors() throws Exception {
        same("rel:fail.py");
        same("rel:nonexistent.py");
        same("rel:empty");
        same("rel:pkg", "a", "b");
        same("-x", "rel:shebang.py");
        same("print('from stdin')\n", env());
        same("import sys; print(sys.argv)\n", env(), "-", "a", "b");
        same("1/0\n", env(), "-");
    }

    @Test
    void exitStatus() throws Exception {
        for (String c : new String[] {"pass", "raise SystemExit", "raise SystemExit(None)", "raise SystemExit(3)",
            "raise SystemExit(-1)", "raise SystemExit(256)", "raise SystemExit(2**70)", "raise SystemExit(True)",
            "raise SystemExit('bye')", "raise SystemExit('a', 2)", "import sys; sys.exit([1])", "exit(6)",
            "print(repr(exit), str(quit))", "quit(1, 2)",
            "import sys; print('out'); sys.exit(4)", "raise KeyboardInterrupt", "1/0", "raise ValueError('v')"}) {
            same("-c", c);
        }
    }

    @Test
    void optimizeLevels() throws Exception {
        for (String o : new String[] {"-O", "-OO", "-OOO"}) {
            same(o, "-c", "assert False, 'kept'\nprint('asserts removed')");
        }
        same("-c", "assert 1 == 2, 'kept'");
        same("", env("PYTHONOPTIMIZE", "1"), "-c", "assert False\nprint('removed by PYTHONOPTIMIZE')");
        same("", env("PYTHONOPTIMIZE", "1"), "-E", "-c", "assert False");
    }

    @Test
    void atexitAndFinalization() throws Exception {
        same("-c", "import atexit\natexit.register(print, 'second')\natexit.register(print, 'first', 1, sep='-')\n"
                + "print('body')");
        same("-c", "import atexit\ndef f(): raise ValueError('in callback')\natexit.register(print, 'after')\n"
                + "atexit.register(f)\nraise SystemExit(5)");
        same("-c", "import atexit\natexit.register(print, 'x')\natexit.unregister(print)\natexit._run_exitfuncs()\n"
                + "atexit.register(print, 'y')\natexit._clear()\nprint(atexit._ncallbacks())");
        same("-c", "import atexit, sys\natexit.register(sys.exit, 5)\natexit.register(print, 'runs first')");
    }

    @Test
    void environment() throws Exception {
        same("1+1\n", env("PYTHONINSPECT", "1"), "-c", "print('inspect')");
        same("1+1\n", env("PYTHONINSPECT", "1"), "-c", "raise SystemExit(3)");
        same("1+1\n", env("PYTHONINSPECT", "1"));
        same("", env("PYTHONINSPECT", "1"), "-E", "-c", "print('no inspect')");
        same("", env("PYTHONWARNINGS", "ignore,default::UserWarning"), "-W", "error", "-c",
                "import sys; print(sys.warnoptions)");
        same("", env("PYTHONWARNINGS", "ignore"), "-I", "-c", "import sys; print(sys.warnoptions)");
        same("", env("PYTHONUNBUFFERED", "1"), "-c", "import sys; sys.stdout.write('a'); sys.stderr.write('b')");
        same("-u", "-c", "print('unbuffered')");
    }

    @Test
    void interactiveThroughStdin() throws Exception {
        String[] inputs = {
            "1+1\nx=5\nx\nif x:\n  print(x)\n\n1/0\n_\nraise SystemExit(4)\n",
            "if 1:\n  print(5)",
            "x = (1,\n",
            "  \n# c\n\n1\n",
            "try:\n  1/0\nfinally:\n  print(2)\n\n",
            "if 1:\n  pass\nelse:\n  pass\n\n\"\"\"a\nb\"\"\"\nx=1;\\\n2\ndef f(): pass\n\n1 +\n",
            "if 1: print(1)\n2\n",
            "match = 3\nmatch\nclass A: pass\n\nA.__name__\n",
            "def f(:\n3\n",
            "if 1:\n\n",
            "try:\n  pass\n\n",
            "import sys\nsys.ps1 = 'in> '\nsys.ps2 = 5\nif 1:\n  2\n\n",
            "x = 1\n  y = 2\nx\n",
            "for i in range(3):\n  i\n\n",
            "class A:\n  def f(self):\n    return 1\n\n  def g(self): pass\n\nA().f()\n",
            "None\n'a'\n_\n",
            "import sys\nsys.exit('bye')\n",
            "raise SystemExit\n",
            "def f():\n  raise KeyError('k')\n\nf()\nprint('still here')\n",
            "x = '''\n\nend'''\nx\n",
            "exit\nquit\nexit(3)\n",
            "quit()\n",
        };
        for (String in : inputs) {
            same(in, env(), "-i");
            same(in, env(), "-iq");
        }
        same("x\n", env(), "-i", "-c", "raise SystemExit(3)");
        same("x", env(), "-i", "-c", "1/0");
        same("raise SystemExit(7)", env(), "-i", "-c", "x=1");
        same("import sys; sys.exit('bye')", env(), "-i", "-c", "x=1");
        same("x\n", env(), "-i", "rel:fail.py");
    }

    @Test
    void pythonStartup() throws Exception {
        Path startup = dir.resolve("startup.py");
        Files.writeString(startup, "started = 'yes'\nprint('startup ran')\n");
        same("started\n", env("PYTHONSTARTUP", startup.toString()), "-i");
        same("1\n", env("PYTHONSTARTUP", startup.toString()), "-i", "-c", "print('no startup with -c')");
        same("1\n", env("PYTHONSTARTUP", startup.toString()), "-I", "-i");
    }

    /** For {@link #scriptsAndTheirErrors}: the files must exist under the test directory. */
    @Test
    void filesExist() throws IOException {
        assertTrue(Files.isRegularFile(dir.resolve("hello.py")));
    }
}
