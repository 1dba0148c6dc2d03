package dev.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each program in {@code src/test/resources/diff} with Adder (in this JVM, through
 * {@link Main#run}) and with {@code python3} (CPython 3.11, the oracle, one process each) and
 * compares stdout, stderr and the exit status exactly.
 */
class DifferentialTest {
    private static final Path DIR = Path.of("src/test/resources/diff").toAbsolutePath();

    record Result(String out, String err, int status) {
    }

    static Result adder(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    static Result python3(Path file) throws IOException, InterruptedException {
        Path out = Files.createTempFile("py3", ".out");
        Path err = Files.createTempFile("py3", ".err");
        try {
            Process p = new ProcessBuilder("python3", file.toString()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 timed out on " + file);
            return new Result(Files.readString(out), Files.readString(err), p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @TestFactory
    Stream<DynamicTest> programsBehaveAsInCPython() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() >= 15, "at least 15 programs");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Result expected = python3(f);
            Result actual = adder(f);
            assertEquals(expected.out(), actual.out(), "stdout of " + f.getFileName());
            assertEquals(expected.err(), actual.err(), "stderr of " + f.getFileName());
            assertEquals(expected.status(), actual.status(), "exit status of " + f.getFileName());
        }));
    }

    /**
     * The launcher's training program (run after each build to record the JVM's AOT cache) must
     * itself run as under CPython: when it failed, the launcher silently went without a cache.
     */
    @Test
    void trainingProgramBehavesAsInCPython() throws Exception {
        Path f = Path.of("src/aot/training.py").toAbsolutePath();
        Result expected = python3(f);
        Result actual = adder(f);
        assertEquals(expected, actual, "training.py");
    }
}
