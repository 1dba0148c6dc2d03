package dev.adder.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The differential program corpus: every program under {@code src/test/resources/dev/adder/it/programs}
 * runs with python3 (the oracle) and with Adder, and its stdout, stderr and exit status must be
 * identical.
 *
 * <ul>
 *   <li>A program is a {@code .py} file whose name starts with a digit ({@code 012_closures.py}) or
 *       with {@code stdlib_} and a digit (programs using modules beyond {@code sys}), at any depth;
 *       other {@code .py} files are modules that programs import and are not run.</li>
 *   <li>Both get the same absolute path of the program in the source tree (so {@code __file__} and
 *       tracebacks agree) and the same working directory, this module's directory: Adder runs in
 *       this JVM and cannot change directory. CPython puts the script's directory first on
 *       {@code sys.path} whatever the working directory is, so programs must not depend on it.</li>
 *   <li>python3 runs with {@code PYTHONHASHSEED=0}, {@code PYTHONIOENCODING=utf-8}, no
 *       {@code PYTHONPATH} and no bytecode writing, two programs at a time; its results are cached
 *       in {@code target/oracle/programs}, keyed by the SHA-256 of the python3 command, the path
 *       and the program's bytes.</li>
 *   <li>Adder runs through {@code dev.adder.cli.Main.run(args, out, err)}, one program at a time
 *       (the VM has one thread state per process), each in a fresh interpreter, on a daemon thread
 *       with a 1 GB stack in a thread group of its own. A program that does not finish in
 *       {@code -Dadder.programs.timeout} seconds (20) is a failure; its threads are stopped and
 *       the run goes on.</li>
 * </ul>
 *
 * Writes {@code target/conformance/programs.txt}: each failing program with a short diff, and a
 * last line {@code N passed, M failed}. Fails when the failures exceed {@code programs.failed.max}
 * of conformance-baseline.properties or there are fewer than {@code programs.files.min} programs.
 * {@code -Dadder.programs=SUBSTRING} runs only the programs whose relative path contains it (no
 * baseline then).
 */
class ProgramCorpusTest {
    static final Path ROOT = Python.basedir().resolve("src/test/resources/dev/adder/it/programs");
    private static final Pattern PROGRAM = Pattern.compile("(stdlib_)?[0-9][^/]*\\.py");
    private static final int MAX_DIFF_LINES = 12;

    /** One run's observable behaviour. {@code problem} is set when the run itself went wrong. */
    record Outcome(String stdout, String stderr, int status, String problem) {
        static Outcome problem(String what) {
            return new Outcome("", "", -1, what);
        }
    }

    static long timeoutSeconds() {
        String t = System.getProperty("adder.programs.timeout", "");
        return t.isBlank() ? 20 : Long.parseLong(t.strip());
    }

    /** The programs under ROOT, by relative path. */
    static List<Path> programs() {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> Files.isRegularFile(p) && PROGRAM.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> rel(a).compareTo(rel(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rel(Path p) {
        return ROOT.relativize(p).toString().replace('\\', '/');
    }

    @Test
    void programsBehaveAsInCPython() throws Exception {
        long t0 = System.nanoTime();
        String filter = System.getProperty("adder.programs", "");
        boolean all = filter.isBlank();
        List<Path> programs = programs().stream().filter(p -> all || rel(p).contains(filter)).toList();
        if (all) {
            int min = Baseline.get("programs.files.min");
            assertTrue(programs.size() >= min, "only " + programs.size() + " programs under " + ROOT
                    + ", expected at least " + min);
        } else {
            assertTrue(!programs.isEmpty(), "no program matches -Dadder.programs=" + filter);
        }

        // the oracle runs in the background, two programs at a time, ahead of Adder here
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(pythonThreads(), r -> {
            Thread t = new Thread(r, "python3-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int[] cached = {0};
        List<Future<Outcome>> expected = new ArrayList<>();
        for (Path p : programs) {
            Path cache = cacheFile(p);
            Outcome hit = readCache(cache);
            if (hit != null) {
                cached[0]++;
                expected.add(java.util.concurrent.CompletableFuture.completedFuture(hit));
            } else {
                expected.add(pool.submit(() -> {
                    Outcome o = python3(p);
                    if (o.problem() == null) {
                        writeCache(cache, o);
                    }
                    return o;
                }));
            }
        }
        pool.shutdown();

        List<String> report = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        long adderNanos = 0;
        List<Map.Entry<String, Long>> times = new ArrayList<>();
        // programs read no input: python3 gets /dev/null, Adder an empty stdin (not surefire's channel)
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        try {
            for (int i = 0; i < programs.size(); i++) {
                Path p = programs.get(i);
                // python3 has finished this program before Adder starts it: programs that use
                // files (under /tmp, one directory per program) must not run twice at once
                Outcome exp;
                try {
                    exp = expected.get(i).get();
                } catch (ExecutionException e) {
                    exp = Outcome.problem("python3 could not run it: " + e.getCause());
                }
                long a0 = System.nanoTime();
                Outcome actual = adder(p, i);
                long took = System.nanoTime() - a0;
                adderNanos += took;
                times.add(Map.entry(rel(p), took));
                String diff = compare(exp, actual);
                if (diff == null) {
                    passed++;
                } else {
                    failed++;
                    report.add(rel(p) + ":\n" + diff);
                }
            }
        } finally {
            System.setIn(stdin);
        }
        pool.shutdownNow();
        report.add(passed + " passed, " + failed + " failed");
        Path out = Python.basedir().resolve("target/conformance/programs.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        times.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        String slowest = times.stream().limit(5).map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
        System.out.printf("programs: %d passed, %d failed of %d programs in %.1f s (Adder %.1f s, slowest: %s; "
                        + "python3 results cached for %d); report %s%n", passed, failed, programs.size(),
                (System.nanoTime() - t0) / 1e9, adderNanos / 1e9, slowest, cached[0], out);
        Baseline.ratchet("programs.failed.max", failed, all, out.toString());
    }

    private static int pythonThreads() {
        String t = System.getProperty("adder.threads", "");
        return t.isBlank() ? 2 : Math.max(1, Integer.parseInt(t.strip()));
    }

    // --- the oracle ---

    static Path cacheFile(Path program) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((Python.executable() + "\0" + program + "\0").getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(program));
            return Python.basedir().resolve("target/oracle/programs/" + HexFormat.of().formatHex(md.digest()) + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Outcome readCache(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(cache))) {
            int status = in.readInt();
            String stdout = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            String stderr = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            return new Outcome(stdout, stderr, status, null);
        } catch (IOException e) {
            return null; // a truncated entry: run python3 again
        }
    }

    static void writeCache(Path cache, Outcome o) throws IOException {
        Files.createDirectories(cache.getParent());
        Path tmp = Files.createTempFile(cache.getParent(), "entry", ".tmp");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(tmp))) {
            out.writeInt(o.status());
            byte[] b = o.stdout().getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
            b = o.stderr().getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
        Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Outcome python3(Path program) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Python.executable(), program.toString());
        pb.directory(Python.basedir().toFile());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().remove("PYTHONPATH");
        pb.environment().remove("PYTHONSTARTUP");
        pb.environment().remove("PYTHONWARNINGS");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t1 = pump(p.getInputStream(), out);
        Thread t2 = pump(p.getErrorStream(), err);
        if (!p.waitFor(Math.max(30, timeoutSeconds()), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return Outcome.problem("python3 did not finish in " + Math.max(30, timeoutSeconds()) + " s");
        }
        t1.join();
        t2.join();
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), p.exitValue(),
                null);
    }

    private static Thread pump(InputStream in, OutputStream sink) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException ignored) {
                // the process died; its exit status tells
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    // --- Adder ---

    private static Method mainRun;

    /** {@code dev.adder.cli.Main.run(String[], PrintStream, PrintStream)}, package-private or public. */
    static synchronized Method mainRun() throws ReflectiveOperationException {
        if (mainRun == null) {
            Method m;
            try {
                m = Class.forName("dev.adder.cli.Main")
                        .getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("the corpus runs Adder through dev.adder.cli.Main.run(String[], "
                        + "PrintStream, PrintStream), which is gone: adapt ProgramCorpusTest.mainRun", e);
            }
            m.setAccessible(true);
            mainRun = m;
        }
        return mainRun;
    }

    static Outcome adder(Path program, int index) throws Exception {
        Method run = mainRun();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream pout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream perr = new PrintStream(err, true, StandardCharsets.UTF_8);
        int[] status = {-1};
        Throwable[] thrown = {null};
        ThreadGroup group = new ThreadGroup("adder-program-" + index);
        group.setDaemon(true);
        Thread t = new Thread(group, () -> {
            try {
                status[0] = (Integer) run.invoke(null, new String[] {program.toString()}, pout, perr);
            } catch (InvocationTargetException e) {
                thrown[0] = e.getCause();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "adder-program", 1L << 30);
        t.setDaemon(true);
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(timeoutSeconds()));
        if (t.isAlive()) {
            stopAll(group);
            return Outcome.problem("Adder did not finish in " + timeoutSeconds() + " s; output so far: "
                    + ConformanceRun.oneLine(Json.abbreviate(out.toString(StandardCharsets.UTF_8), 120)));
        }
        pout.flush();
        perr.flush();
        if (thrown[0] != null) {
            return Outcome.problem(ConformanceRun.describe(thrown[0]));
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status[0],
                null);
    }

    /**
     * Stops a hung program's threads: the evaluation loop's stop request, then (for a thread stuck
     * in a Java call) Thread.stop where the JDK still has it (removed after JDK 19).
     */
    private static void stopAll(ThreadGroup group) throws InterruptedException {
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            dev.adder.vm.Signals.requestStop(threads[i]);
            threads[i].interrupt();
        }
        for (int i = 0; i < n; i++) {
            threads[i].join(1000);
            if (!threads[i].isAlive()) {
                continue;
            }
            try {
                Thread.class.getMethod("stop").invoke(threads[i]);
            } catch (ReflectiveOperationException | UnsupportedOperationException e) {
                // left running as a daemon thread: the run goes on without it
            }
        }
        for (int i = 0; i < n; i++) {
            threads[i].join(1000);
        }
    }

    // --- comparing ---

    static String compare(Outcome expected, Outcome actual) {
        if (expected.problem() != null) {
            return "  " + expected.problem();
        }
        if (actual.problem() != null) {
            return "  " + actual.problem();
        }
        List<String> parts = new ArrayList<>();
        String d = diff("stdout", expected.stdout(), actual.stdout());
        if (d != null) {
            parts.add(d);
        }
        d = diff("stderr", expected.stderr(), actual.stderr());
        if (d != null) {
            parts.add(d);
        }
        if (expected.status() != actual.status()) {
            parts.add("  exit status " + actual.status() + ", expected " + expected.status());
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /**
     * A short diff of two texts, or null if they are equal: the common prefix and suffix of lines
     * are skipped (with one line of context each side) and the differing lines shown as
     * {@code -expected} / {@code +actual}, at most MAX_DIFF_LINES of them.
     */
    static String diff(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> e = lines(expected);
        List<String> a = lines(actual);
        int start = 0;
        while (start < e.size() && start < a.size() && e.get(start).equals(a.get(start))) {
            start++;
        }
        int endE = e.size();
        int endA = a.size();
        while (endE > start && endA > start && e.get(endE - 1).equals(a.get(endA - 1))) {
            endE--;
            endA--;
        }
        StringBuilder b = new StringBuilder();
        b.append("  ").append(what).append(" differs at line ").append(start + 1).append(":");
        List<String> rows = new ArrayList<>();
        if (start > 0) {
            rows.add("    " + e.get(start - 1));
        }
        for (int i = start; i < endE; i++) {
            rows.add("  - " + e.get(i));
        }
        for (int i = start; i < endA; i++) {
            rows.add("  + " + a.get(i));
        }
        if (endE < e.size()) {
            rows.add("    " + e.get(endE));
        }
        int shown = 0;
        for (String r : rows) {
            if (shown++ == MAX_DIFF_LINES) {
                b.append("\n    ... (").append(rows.size() - MAX_DIFF_LINES).append(" more lines)");
                break;
            }
            b.append('\n').append(Json.abbreviate(r, 200));
        }
        return b.toString();
    }

    @Test
    void theDiffShowsTheChangedLinesWithContext() {
        assertEquals(null, diff("stdout", "a\nb\n", "a\nb\n"));
        assertEquals("  stdout differs at line 2:\n    a\n  - b\n  + B\n    c",
                diff("stdout", "a\nb\nc\n", "a\nB\nc\n"));
        assertEquals("  stderr differs at line 2:\n    x\n  - y\\ (no newline at end)\n  + y",
                diff("stderr", "x\ny", "x\ny\n"));
        assertEquals("  exit status 0, expected 1",
                compare(new Outcome("o", "e", 1, null), new Outcome("o", "e", 0, null)));
        assertEquals("  Adder did not finish", compare(new Outcome("", "", 0, null), Outcome.problem("Adder did not finish")));
    }

    /** Lines, keeping a missing final newline visible. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        } else if (!s.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1) + "\\ (no newline at end)");
        }
        return out;
    }
}
