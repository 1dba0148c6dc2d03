package dev.adder.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * CPython's answers for every file of the corpus, made by {@code oracle.py} (one python3 run per
 * corpus, cached under target/oracle/ by corpus path, python version and file fingerprints).
 *
 * <p>The corpus is the Lib directory of python3 unless {@code -Dadder.corpus=DIR} names another.
 */
final class Oracle {

    /** The oracle's output for one corpus. */
    record Data(Path corpus, Path dir, List<String> files, boolean defaultCorpus) {
        Path file(String rel) { return corpus.resolve(rel); }

        BufferedReader open(String recordFile) {
            try {
                return new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(dir.resolve(recordFile)), 1 << 16),
                        StandardCharsets.UTF_8), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Map<String, Data> CACHE = new HashMap<>();

    private Oracle() {}

    /** The corpus named by -Dadder.corpus, or "" for python3's own Lib. */
    static String corpusProperty() {
        String c = System.getProperty("adder.corpus", "");
        return c == null ? "" : c.trim();
    }

    /** The oracle's data for the configured corpus, computing it on first use. */
    static synchronized Data get() {
        String corpus = corpusProperty();
        Data d = CACHE.get(corpus);
        if (d == null) {
            d = compute(corpus);
            CACHE.put(corpus, d);
        }
        return d;
    }

    private static Data compute(String corpus) {
        Path cacheRoot = Python.basedir().resolve("target/oracle");
        List<String> args = new ArrayList<>(List.of(Python.script("oracle.py").toString(),
                "--cache-root", cacheRoot.toString()));
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
        System.out.printf("oracle: %d files of %s in %s (%.1f s)%n", files.size(), corpusDir, dir,
                (System.nanoTime() - t0) / 1e9);
        return new Data(corpusDir, dir, List.copyOf(files), corpus.isEmpty());
    }
}
