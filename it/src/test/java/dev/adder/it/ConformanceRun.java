package dev.adder.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one check per corpus file against the oracle's records for it, on a few threads, with an
 * overall deadline, and writes target/conformance/NAME.txt: one line per failing file
 * ({@code path: reason}) and a last line {@code N passed, M failed}.
 */
final class ConformanceRun {

    /** Checks one file; returns null if Adder agrees with the oracle, else a one-line reason. */
    @FunctionalInterface
    interface Check {
        String check(String rel, byte[] source, List<String> expected) throws Exception;
    }

    /** What a run found. */
    record Result(int files, int passed, int failed, Path report, List<String> unfinished) {}

    private ConformanceRun() {}

    static int threads() {
        String t = System.getProperty("adder.threads", "");
        if (!t.isBlank()) {
            return Math.max(1, Integer.parseInt(t.strip()));
        }
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    static Result run(String name, Oracle.Data oracle, String recordFile, Check check, long deadlineSeconds) {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        int threads = threads();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        int n = oracle.files().size();
        String[] reasons = new String[n];
        boolean[] done = new boolean[n];
        Map<String, Long> running = new ConcurrentHashMap<>();
        Map<String, Long> nanos = new ConcurrentHashMap<>();
        boolean timedOut = false;
        int seen = 0;
        try (BufferedReader in = oracle.open(recordFile)) {
            String line = in.readLine();
            while (line != null) {
                if (!line.startsWith("F ")) {
                    throw new IllegalStateException(recordFile + ": expected a file header, got "
                            + Json.abbreviate(line, 100));
                }
                String rel = Json.unquote(line.substring(2));
                List<String> expected = new ArrayList<>();
                while ((line = in.readLine()) != null && !line.startsWith("F ")) {
                    expected.add(line);
                }
                int index = seen++;
                if (index >= n || !oracle.files().get(index).equals(rel)) {
                    throw new IllegalStateException(recordFile + " does not match files.txt at " + rel
                            + ": delete " + oracle.dir());
                }
                long wait = deadline - System.nanoTime();
                if (wait <= 0 || !inFlight.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                    timedOut = true;
                    break;
                }
                pool.execute(() -> {
                    long start = System.nanoTime();
                    running.put(rel, start);
                    String reason;
                    try {
                        byte[] source = Files.readAllBytes(oracle.file(rel));
                        reason = check.check(rel, source, expected);
                    } catch (Throwable t) {
                        reason = describe(t);
                    } finally {
                        running.remove(rel);
                        inFlight.release();
                    }
                    nanos.put(rel, System.nanoTime() - start);
                    synchronized (reasons) {
                        reasons[index] = reason == null ? null : oneLine(reason);
                        done[index] = true;
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!timedOut && seen != n) {
            throw new IllegalStateException(recordFile + " has " + seen + " files, files.txt " + n
                    + ": delete " + oracle.dir());
        }
        pool.shutdown();
        try {
            long wait = deadline - System.nanoTime();
            if (wait <= 0 || !pool.awaitTermination(wait, TimeUnit.NANOSECONDS)) {
                timedOut = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<String> unfinished = new ArrayList<>();
        if (timedOut) {
            pool.shutdownNow();
            running.forEach((rel, start) -> unfinished.add(rel + " (running for "
                    + (System.nanoTime() - start) / 1_000_000 + " ms)"));
        }
        List<String> report = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        synchronized (reasons) {
            for (int i = 0; i < n; i++) {
                String reason = done[i] ? reasons[i] : "not finished before the deadline of " + deadlineSeconds + " s";
                if (reason == null) {
                    passed++;
                } else {
                    failed++;
                    report.add(oracle.files().get(i) + ": " + reason);
                }
            }
        }
        report.add(passed + " passed, " + failed + " failed");
        Path out = Python.basedir().resolve("target/conformance/" + name + ".txt");
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map.Entry<String, Long>> slowest = new ArrayList<>(nanos.entrySet());
        slowest.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(5, slowest.size()); i++) {
            s.append(i == 0 ? "" : ", ").append(slowest.get(i).getKey()).append(' ')
                    .append(slowest.get(i).getValue() / 1_000_000).append(" ms");
        }
        System.out.printf("%s: %d passed, %d failed of %d files in %.1f s on %d threads; slowest: %s; report %s%n",
                name, passed, failed, oracle.files().size(), (System.nanoTime() - t0) / 1e9, threads, s, out);
        return new Result(oracle.files().size(), passed, failed, out, unfinished);
    }

    /** A Java exception that escaped the code under test: its class name, message and where. */
    static String describe(Throwable t) {
        StringBuilder b = new StringBuilder("threw ").append(t.getClass().getName());
        if (t.getMessage() != null) {
            b.append(": ").append(Json.abbreviate(t.getMessage(), 160));
        }
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("dev.adder.") && !e.getClassName().startsWith("dev.adder.it.")) {
                b.append(" at ").append(e);
                break;
            }
        }
        return b.toString();
    }

    static String oneLine(String s) {
        return Json.abbreviate(s.replace("\r", "\\r").replace("\n", "\\n"), 400);
    }

    /** The first difference between two lists of lines, or null if they are equal. */
    static String firstDifference(List<String> expected, List<String> actual, String what) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return what + " " + (i + 1) + ": expected " + Json.abbreviate(expected.get(i), 150)
                        + " but got " + Json.abbreviate(actual.get(i), 150);
            }
        }
        if (expected.size() > n) {
            return expected.size() + " " + what + "s expected, got " + actual.size() + "; first missing: "
                    + Json.abbreviate(expected.get(n), 150);
        }
        if (actual.size() > n) {
            return expected.size() + " " + what + "s expected, got " + actual.size() + "; first extra: "
                    + Json.abbreviate(actual.get(n), 150);
        }
        return null;
    }
}
