package dev.adder.it;

import dev.adder.bytecode.BytecodeException;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.bytecode.Verifier;
import dev.adder.compiler.CompileArgumentError;
import dev.adder.compiler.CompilerRecursionError;
import dev.adder.compiler.Compilers;
import dev.adder.source.PythonSyntaxError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adder's compiler against CPython's {@code compile()} over every file of the corpus (python3's
 * Lib unless -Dadder.corpus=DIR): compile_oracle.py runs python3 once and records, for each file,
 * whether {@code compile(source_bytes, path, 'exec')} succeeds or the exception's type, message
 * and line; this test compiles the same bytes with {@code Compilers.compile(bytes, path, "exec",
 * 0, true, 0)}. A file passes when CPython and Adder both compile it and the {@link Verifier}
 * accepts every code object (the module's and, recursively, those among its constants), or when
 * both raise the same exception type and message on the same line. Writes
 * target/conformance/compile.txt; the failures may not exceed {@code compile.failed.max}.
 */
class CompileConformanceTest {

    static String check(String rel, byte[] source, List<String> expected) {
        if (expected.size() != 1) {
            throw new IllegalStateException("compile.txt: expected one record line for " + rel + ", got " + expected);
        }
        String want = expected.get(0);
        String got;
        CodeUnit code = null;
        try {
            code = Compilers.compile(source, rel, "exec", 0, true, 0);
            got = "OK";
        } catch (PythonSyntaxError e) {
            got = errorLine(e.kind().pythonName(), e.lineno(), e.msg());
        } catch (CompilerRecursionError e) {
            got = errorLine(e.pythonType(), 0, e.getMessage());
        } catch (CompileArgumentError e) {
            got = errorLine(e.pythonType(), 0, e.getMessage());
        }
        if (!want.equals(got)) {
            return "expected " + describe(want) + " but Adder " + describe(got);
        }
        if (code != null) {
            List<String> problems = new ArrayList<>();
            verify(code, problems);
            if (!problems.isEmpty()) {
                return "compiled, but the verifier rejects " + problems.size() + " code object(s): "
                        + String.join("; ", problems);
            }
        }
        return null;
    }

    /** Checks {@code co} and every code object among its constants (also inside constant tuples). */
    static void verify(CodeUnit co, List<String> problems) {
        List<Verifier.Problem> found;
        try {
            found = Verifier.check(co);
        } catch (BytecodeException e) {
            problems.add(co.co_qualname() + ": " + e.getMessage());
            found = List.of();
        }
        for (Verifier.Problem p : found) {
            problems.add(co.co_qualname() + ": " + p);
        }
        for (Constant c : co.co_consts()) {
            verifyConstant(c, problems);
        }
    }

    private static void verifyConstant(Constant c, List<String> problems) {
        if (c instanceof Constant.Code nested) {
            verify(nested.code(), problems);
        } else if (c instanceof Constant.Tuple t) {
            for (Constant item : t.items()) {
                verifyConstant(item, problems);
            }
        }
    }

    static String errorLine(String type, int lineno, String msg) {
        return "E " + Json.quote(type) + " " + lineno + " " + Json.quote(msg);
    }

    private static String describe(String line) {
        if (line.equals("OK")) {
            return "compiles the file";
        }
        return "raises " + line.substring(2);
    }

    /** Runs compile_oracle.py once for the corpus (its output is cached under target/oracle/). */
    static Oracle.Data oracle() {
        String corpus = Oracle.corpusProperty();
        List<String> args = new ArrayList<>(List.of(Python.script("compile_oracle.py").toString(),
                "--cache-root", Python.basedir().resolve("target/oracle").toString()));
        if (!corpus.isEmpty()) {
            args.add("--corpus");
            args.add(Paths.get(corpus).toAbsolutePath().toString());
        }
        long t0 = System.nanoTime();
        Python.Result r = Python.runChecked(args, null, 900);
        String[] lines = r.out().strip().split("\n");
        Path corpusDir = Paths.get(lines[lines.length - 2].strip());
        Path dir = Paths.get(lines[lines.length - 1].strip());
        List<String> files;
        try {
            files = Files.readAllLines(dir.resolve("files.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("compile oracle: %d files of %s in %s (%.1f s)%n", files.size(), corpusDir, dir,
                (System.nanoTime() - t0) / 1e9);
        return new Oracle.Data(corpusDir, dir, List.copyOf(files), corpus.isEmpty());
    }

    @Test
    void compileOutcomesMatchCPythonAndCodeVerifies() {
        Oracle.Data oracle = oracle();
        ConformanceRun.Result r = ConformanceRun.run("compile", oracle, "compile.txt.gz",
                CompileConformanceTest::check, Long.getLong("adder.conformance.timeout", 300));
        Baseline.checkFileCount("compile", r.files(), oracle.defaultCorpus());
        assertTrue(r.unfinished().isEmpty(), "compile: not finished in time: " + r.unfinished());
        Baseline.ratchet("compile.failed.max", r.failed(), oracle.defaultCorpus(), r.report().toString());
    }
}
