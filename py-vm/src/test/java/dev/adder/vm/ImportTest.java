package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.bytecode.CodeSerializer;
import dev.adder.bytecode.CodeUnit;
import dev.adder.compiler.Compilers;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.internal.CodeCache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import system's Java side: modules registered in Java, and the compiled-code cache
 * (written, read back, invalidated, switched off). The Python-visible behaviour is checked
 * against python3 by the differential programs under {@code it/.../programs/imports}.
 */
class ImportTest {
    @TempDir
    Path dir;

    private static String[] runFile(Path file, boolean dontWriteBytecode) throws IOException {
        RuntimeState.Config config = new RuntimeState.Config();
        config.dontWriteBytecode = dontWriteBytecode;
        InterpreterState interp = RuntimeState.initialize(new String[] {file.toString()}, config).mainInterpreter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        interp.setStreams(out, err);
        int status = new PythonRun(interp).runFile(Files.readAllBytes(file), file.toString());
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
            String.valueOf(status)};
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void javaModuleRegisteredByName() throws IOException {
        BuiltinModules.register("_adder_import_test", (interp, m) -> m.dict.setItem(PyStr.of("X"), PyInt.of(7)));
        Path main = write("main.py", "import sys, _adder_import_test as t\n"
                + "print(t.X, t, t.__spec__.origin, t.__loader__ is sys.__loader__)\n"
                + "print('_adder_import_test' in sys.builtin_module_names)\n");
        String[] r = runFile(main, true);
        assertEquals("7 <module '_adder_import_test' (built-in)> built-in True\nTrue\n", r[0], r[1]);
    }

    @Test
    void missingJavaModuleIsModuleNotFoundError() throws IOException {
        Path main = write("main.py", "try:\n    import _no_such_java_module\n"
                + "except ModuleNotFoundError as e:\n    print(e, e.name)\n");
        assertEquals("No module named '_no_such_java_module' _no_such_java_module\n", runFile(main, true)[0]);
    }

    @Test
    void cacheIsWrittenReadAndInvalidated() throws IOException {
        Path mod = write("m.py", "print('version A')\n");
        Path main = write("main.py", "import m\n");
        Path cache = dir.resolve("__pycache__/m.adder-311.pyc");

        assertEquals("version A\n", runFile(main, false)[0]);
        assertTrue(Files.isRegularFile(cache));
        try (Stream<Path> s = Files.list(cache.getParent())) {
            assertEquals(1, s.count(), "no temporary file is left behind");
        }

        // a cache file made for m.py's mtime and size but holding other code is what gets run
        long mtime = Files.getLastModifiedTime(mod).toMillis();
        long size = Files.size(mod);
        CodeUnit other = Compilers.compile("print('from the cache')\n", mod.toString(), "exec");
        Files.write(cache, CodeSerializer.write(other, CodeSerializer.Header.timestamp(mtime, size)));
        assertEquals("from the cache\n", runFile(main, false)[0]);

        // a changed source (other size and mtime) is compiled again and the cache rewritten
        Files.writeString(mod, "print('version B, longer')\n");
        Files.setLastModifiedTime(mod, FileTime.fromMillis(mtime + 5000));
        assertEquals("version B, longer\n", runFile(main, false)[0]);
        CodeSerializer.CacheFile cf = CodeSerializer.read(Files.readAllBytes(cache));
        assertTrue(cf.header().matchesSource(mtime + 5000, Files.size(mod)));
    }

    @Test
    void damagedCacheIsIgnored() throws IOException {
        write("m.py", "print('fine')\n");
        Path main = write("main.py", "import m\n");
        Path cache = dir.resolve("__pycache__/m.adder-311.pyc");
        Files.createDirectories(cache.getParent());
        Files.write(cache, new byte[] {'A', 'D', '\r', '\n', 1, 0});
        assertEquals("fine\n", runFile(main, false)[0]);
        assertNotNull(CodeSerializer.read(Files.readAllBytes(cache)).code(), "rewritten intact");
    }

    @Test
    void dontWriteBytecodeWritesNothing() throws IOException {
        write("m.py", "print('no cache')\n");
        Path main = write("main.py", "import m\n");
        assertEquals("no cache\n", runFile(main, true)[0]);
        assertFalse(Files.exists(dir.resolve("__pycache__")));
        Path main2 = write("main2.py", "import sys\nsys.dont_write_bytecode = True\nimport m\n");
        assertEquals("no cache\n", runFile(main2, false)[0]);
        assertFalse(Files.exists(dir.resolve("__pycache__")));
    }

    @Test
    void unwritableSourceDirectoryFallsBackToUserCache() throws IOException {
        Path mod = write("m.py", "print('first')\n");
        Path main = write("main.py", "import m\n");
        Files.writeString(dir.resolve("__pycache__"), "a file, so no cache directory can be made here");
        Path user = CodeCache.userCacheFile(mod);
        try {
            assertEquals("first\n", runFile(main, false)[0]);
            assertTrue(Files.isRegularFile(user), user.toString());
            long mtime = Files.getLastModifiedTime(mod).toMillis();
            CodeUnit other = Compilers.compile("print('from the user cache')\n", mod.toString(), "exec");
            Files.write(user, CodeSerializer.write(other, CodeSerializer.Header.timestamp(mtime, Files.size(mod))));
            assertEquals("from the user cache\n", runFile(main, false)[0]);
        } finally {
            Files.deleteIfExists(user);
        }
    }

    private String[] runModule(String module, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "-m";
        System.arraycopy(args, 0, argv, 1, args.length);
        InterpreterState interp = RuntimeState.initialize(argv, new RuntimeState.Config()).mainInterpreter();
        ((dev.adder.runtime.objects.PyList) interp.sys.dict.getItem(PyStr.of("path"))).insert(0,
                PyStr.of(dir.toString()));
        interp.sys.dict.setItem(PyStr.of("executable"), PyStr.of("EXE"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        interp.setStreams(out, err);
        int status = new PythonRun(interp).runModule(module);
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
            String.valueOf(status)};
    }

    @Test
    void runModuleRunsPackageMainAsMain() throws IOException {
        // as python3 -m app x y with this layout prints (paths aside)
        write("app/__init__.py", "print('init', __name__)\n");
        write("app/__main__.py", "import sys\nprint(__name__, __package__, __spec__.name, sys.argv[1:])\n"
                + "print(sys.argv[0] == __file__, __file__.endswith('app/__main__.py'))\nfrom . import util\n");
        write("app/util.py", "print('util', __name__)\n");
        String[] r = runModule("app", "x", "y");
        assertEquals("init app\n__main__ app app.__main__ ['x', 'y']\nTrue True\nutil app.util\n", r[0], r[1]);
        assertEquals("0", r[2]);
    }

    @Test
    void runModuleErrorsAsRunpy() throws IOException {
        // python3 -m nosuch / -m .x / -m ns (a namespace package): runpy's messages, status 1
        write("ns/plain.py", "");
        assertEquals("EXE: No module named nosuch\n", runModule("nosuch")[1]);
        assertEquals("EXE: Relative module names not supported\n", runModule(".x")[1]);
        String[] r = runModule("ns");
        assertEquals("EXE: No module named ns.__main__; 'ns' is a package and cannot be directly executed\n", r[1]);
        assertEquals("1", r[2]);
    }

    @Test
    void cacheFileNames() {
        Path src = Path.of("/a/b/pkg/__init__.py");
        assertEquals(Path.of("/a/b/pkg/__pycache__/__init__.adder-311.pyc"), CodeCache.pycacheFile(src));
        Path user = CodeCache.userCacheFile(Path.of("/a/b/mod.py"));
        assertTrue(user.endsWith(Path.of("pycache/a/b/mod.adder-311.pyc")), user.toString());
        assertNull(CodeCache.read(Path.of("/nonexistent/x.adder-311.pyc"), "/nonexistent/x.py", 0, 0));
    }
}
