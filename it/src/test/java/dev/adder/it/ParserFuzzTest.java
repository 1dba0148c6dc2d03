package dev.adder.it;

import dev.adder.lexer.Lexer;
import dev.adder.lexer.TokenizeException;
import dev.adder.parser.Parser;
import dev.adder.parser.ParserMemoryError;
import dev.adder.source.PythonSyntaxError;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Robustness of the lexer and parser: {@code adder.fuzz.count} (100,000) inputs made from the
 * corpus with a fixed seed ({@link FuzzInputs}: byte flips, truncations, spliced token runs,
 * deep nesting, random bytes, invalid UTF-8, huge numbers, NUL bytes...) go through
 * {@code Lexer.tokenize} and {@code Parser.parse}. The only exceptions allowed out are
 * {@link PythonSyntaxError} and {@link TokenizeException} (and the parser's
 * {@link ParserMemoryError}, CPython's MemoryError for sources nested too deeply); anything
 * else (StackOverflowError included) fails the test, as does a call that takes more than
 * {@code adder.fuzz.timeoutMillis} (2000 ms) of CPU time (or thirty times that of wall-clock
 * time): a hang is a bug. Failing inputs are printed and written to target/fuzz/.
 *
 * <p>Reproduce one input with {@code -Dadder.fuzz.only=INDEX}.
 */
class ParserFuzzTest {

    private static final int MAX_FAILURES = 100;

    /** What one worker is doing, for the watchdog. */
    private static final class Worker {
        volatile long index = -1;
        volatile long startCpu;
        volatile long startWall;
        volatile String phase = "";
        volatile long threadId;
    }

    private record Failure(FuzzInputs.Input input, String phase, String what) {}

    private static final String NAME = "<fuzz>";

    @Test
    void onlyPythonErrorsAndNoHangs() throws Exception {
        long seed = Long.getLong("adder.fuzz.seed", 20261125L);
        long count = Long.getLong("adder.fuzz.count", 100_000L);
        long timeoutNanos = Long.getLong("adder.fuzz.timeoutMillis", 2000L) * 1_000_000L;
        String only = System.getProperty("adder.fuzz.only", "");

        Path root = corpusRoot();
        List<byte[]> files = new ArrayList<>();
        for (Path p : Corpus.files(root)) {
            files.add(Files.readAllBytes(p));
        }
        Baseline.checkFileCount("fuzz", files.size(), Oracle.corpusProperty().isEmpty());
        List<byte[]> table = new ArrayList<>();
        for (SyntaxErrorTable.Entry e : SyntaxErrorTable.load()) {
            table.add(e.source());
        }
        FuzzInputs inputs = new FuzzInputs(seed, files, table);

        long first = only.isBlank() ? 0 : Long.parseLong(only.strip());
        long end = only.isBlank() ? count : first + 1;
        AtomicLong next = new AtomicLong(first);
        AtomicLong done = new AtomicLong();
        int kinds = FuzzInputs.KINDS.length;
        AtomicLongArray accepted = new AtomicLongArray(kinds);
        AtomicLongArray syntaxErrors = new AtomicLongArray(kinds);
        AtomicLongArray tokenizeErrors = new AtomicLongArray(kinds);
        AtomicLongArray memoryErrors = new AtomicLongArray(kinds);
        AtomicLongArray bytes = new AtomicLongArray(kinds);
        AtomicLongArray cpuNanos = new AtomicLongArray(kinds);
        AtomicLong slowestNanos = new AtomicLong();
        AtomicLong slowestIndex = new AtomicLong(-1);
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        if (!cpu.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        cpu.setThreadCpuTimeEnabled(true);
        int n = ConformanceRun.threads();
        Worker[] workers = new Worker[n];
        Thread[] threads = new Thread[n];
        long t0 = System.nanoTime();
        for (int w = 0; w < n; w++) {
            Worker me = workers[w] = new Worker();
            threads[w] = new Thread(() -> {
                me.threadId = Thread.currentThread().getId();
                long i;
                while ((i = next.getAndIncrement()) < end && failures.size() < MAX_FAILURES) {
                    FuzzInputs.Input in = inputs.make(i);
                    int k = (int) (i % kinds);
                    bytes.addAndGet(k, in.bytes().length);
                    me.phase = "Lexer.tokenize";
                    long begin = System.nanoTime();
                    long cpuBegin = cpu.getCurrentThreadCpuTime();
                    me.startCpu = cpuBegin;
                    me.startWall = begin;
                    me.index = i;
                    try {
                        Lexer.tokenize(in.bytes(), NAME);
                    } catch (TokenizeException | PythonSyntaxError e) {
                        // a Python error: fine
                    } catch (Throwable t) {
                        failures.add(new Failure(in, me.phase, trace(t)));
                    }
                    long mid = System.nanoTime();
                    me.phase = "Parser.parse(" + in.mode() + ")";
                    me.startCpu = cpu.getCurrentThreadCpuTime();
                    me.startWall = mid;
                    try {
                        Parser.parse(in.bytes(), NAME, in.mode());
                        accepted.incrementAndGet(k);
                    } catch (PythonSyntaxError e) {
                        syntaxErrors.incrementAndGet(k);
                    } catch (TokenizeException e) {
                        tokenizeErrors.incrementAndGet(k);
                    } catch (ParserMemoryError e) {
                        memoryErrors.incrementAndGet(k);
                    } catch (Throwable t) {
                        failures.add(new Failure(in, me.phase, trace(t)));
                    }
                    long stop = System.nanoTime();
                    me.index = -1;
                    cpuNanos.addAndGet(k, cpu.getCurrentThreadCpuTime() - cpuBegin);
                    long took = Math.max(mid - begin, stop - mid);
                    if (took > slowestNanos.get()) {
                        synchronized (slowestNanos) {
                            if (took > slowestNanos.get()) {
                                slowestNanos.set(took);
                                slowestIndex.set(i);
                            }
                        }
                    }
                    done.incrementAndGet();
                }
            }, "fuzz-" + w);
            threads[w].setDaemon(true);
            threads[w].start();
        }

        // the watchdog: no call may take more than the timeout of CPU time (so that a busy machine
        // does not make a slow call of a fast one), nor thirty times that of wall-clock time (a call
        // that waits, e.g. for the parser's big-stack thread, uses no CPU time of its own)
        Failure hang = null;
        while (hang == null) {
            boolean alive = false;
            for (int w = 0; w < n; w++) {
                alive |= threads[w].isAlive();
                Worker me = workers[w];
                long i = me.index;
                long startCpu = me.startCpu;
                long startWall = me.startWall;
                if (i < 0) {
                    continue;
                }
                long usedCpu = cpu.getThreadCpuTime(me.threadId) - startCpu;
                long usedWall = System.nanoTime() - startWall;
                if (me.index == i && (usedCpu > timeoutNanos || usedWall > 30 * timeoutNanos)) {
                    hang = new Failure(inputs.make(i), me.phase, "took longer than " + timeoutNanos / 1_000_000
                            + " ms (" + usedCpu / 1_000_000 + " ms of CPU, " + usedWall / 1_000_000
                            + " ms of wall-clock time, still running): " + stack(threads[w]));
                }
            }
            if (!alive) {
                break;
            }
            Thread.sleep(20);
        }
        if (hang != null) {
            next.set(Long.MAX_VALUE / 2);
            failures.add(hang);
        }
        for (Thread t : threads) {
            t.join(hang == null ? 0 : 5000);
        }
        double secs = (System.nanoTime() - t0) / 1e9;

        StringBuilder stats = new StringBuilder();
        stats.append(String.format("fuzz: %d inputs (seed %d) in %.1f s on %d threads; slowest: #%d %.0f ms%n",
                done.get(), seed, secs, n, slowestIndex.get(), slowestNanos.get() / 1e6));
        stats.append(String.format("  %-9s %9s %9s %9s %9s %12s %8s%n", "kind", "accepted", "SyntaxErr", "TokenErr",
                "MemoryErr", "bytes", "CPU s"));
        for (int k = 0; k < kinds; k++) {
            stats.append(String.format("  %-9s %9d %9d %9d %9d %12d %8.1f%n", FuzzInputs.KINDS[k], accepted.get(k),
                    syntaxErrors.get(k), tokenizeErrors.get(k), memoryErrors.get(k), bytes.get(k), cpuNanos.get(k) / 1e9));
        }
        System.out.print(stats);

        if (!failures.isEmpty()) {
            Path dir = Python.basedir().resolve("target/fuzz");
            Files.createDirectories(dir);
            Map<String, List<Failure>> bySignature = new LinkedHashMap<>();
            synchronized (failures) {
                for (Failure f : failures) {
                    bySignature.computeIfAbsent(f.phase + " " + f.what.lines().findFirst().orElse("")
                            .replaceAll("[0-9]+", "N"), x -> new ArrayList<>()).add(f);
                    Files.write(dir.resolve(f.input.index() + "-" + f.input.kind() + ".py"), f.input.bytes());
                }
            }
            StringBuilder msg = new StringBuilder();
            msg.append(failures.size()).append(" failing inputs (").append(bySignature.size())
                    .append(" kinds), written to ").append(dir).append(":\n");
            for (List<Failure> group : bySignature.values()) {
                Failure f = group.get(0);
                msg.append("\n#").append(f.input.index()).append(" (").append(f.input.kind()).append(", ")
                        .append(f.input.bytes().length).append(" bytes, ").append(group.size())
                        .append(" like it; -Dadder.fuzz.only=").append(f.input.index()).append(") ")
                        .append(f.phase).append(": ").append(f.what).append("\n  input: ")
                        .append(preview(f.input.bytes())).append('\n');
            }
            System.out.println(msg);
            fail(msg.toString());
        }
        assertEquals(end - first, done.get(), "not every input ran");
    }

    private static Path corpusRoot() {
        String c = Oracle.corpusProperty();
        if (!c.isEmpty()) {
            return Paths.get(c).toAbsolutePath();
        }
        Python.Result r = Python.runChecked(List.of("-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])"), null, 60);
        return Paths.get(r.out().strip());
    }

    private static String trace(Throwable t) {
        StringBuilder b = new StringBuilder(t.toString());
        StackTraceElement[] st = t.getStackTrace();
        int shown = 0;
        for (StackTraceElement e : st) {
            if (shown == 8) {
                break;
            }
            b.append("\n    at ").append(e);
            shown++;
        }
        if (st.length > shown) {
            b.append("\n    ... ").append(st.length - shown).append(" more");
        }
        return b.toString();
    }

    private static String stack(Thread t) {
        StringBuilder b = new StringBuilder();
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(8, st.length); i++) {
            b.append("\n    at ").append(st[i]);
        }
        return b.toString();
    }

    /** The input as a Python bytes literal, shortened in the middle if long. */
    static String preview(byte[] b) {
        StringBuilder s = new StringBuilder("b'");
        int n = b.length;
        for (int i = 0; i < n; i++) {
            if (n > 600 && i == 300) {
                s.append("'...[").append(n - 600).append(" bytes]...b'");
                i = n - 300;
            }
            int c = b[i] & 0xFF;
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\'' -> s.append("\\'");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c >= 32 && c < 127) {
                        s.append((char) c);
                    } else {
                        s.append(String.format("\\x%02x", c));
                    }
                }
            }
        }
        return s.append('\'').toString();
    }
}
