package dev.adder.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The ratchet of the conformance runs: conformance-baseline.properties holds, for each run, the
 * most failures it may have ({@code tokens.failed.max=12}) and the fewest files the default corpus
 * must have. Failures above the maximum fail the test; failures below it say to lower the maximum
 * (and {@code -Dadder.ratchet.update=true} lowers it in src/test/resources).
 */
final class Baseline {
    private static final String FILE = "conformance-baseline.properties";

    private Baseline() {}

    static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Baseline.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource dev/adder/it/" + FILE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static int get(String key) {
        String v = load().getProperty(key);
        if (v == null) {
            throw new IllegalStateException(FILE + " has no " + key);
        }
        return Integer.parseInt(v.strip());
    }

    /** Fails unless the run looked at enough files: never passes on an empty corpus. */
    static void checkFileCount(String run, int files, boolean defaultCorpus) {
        int min = defaultCorpus ? get("corpus.files.min") : 1;
        assertTrue(files >= min, run + ": only " + files + " files in the corpus, expected at least " + min
                + (defaultCorpus ? " (python3's Lib)" : ""));
    }

    /**
     * Fails if {@code failed} exceeds {@code key}'s maximum; if it is below, says so (and lowers
     * the maximum with -Dadder.ratchet.update=true). Only the default corpus has a baseline.
     */
    static void ratchet(String key, int failed, boolean defaultCorpus, String report) {
        if (!defaultCorpus) {
            System.out.println(key + ": " + failed + " (custom corpus: no baseline)");
            return;
        }
        int max = get(key);
        if (failed > max) {
            fail(key + " is " + max + " but " + failed + " failed; see " + report);
        }
        if (failed < max) {
            System.out.println("RATCHET: " + key + " can go down from " + max + " to " + failed
                    + (update(key, failed) ? " (updated " + FILE + ")" : " (run with -Dadder.ratchet.update=true)"));
        } else {
            System.out.println(key + ": " + failed + " (at the baseline)");
        }
    }

    private static boolean update(String key, int value) {
        if (!Boolean.getBoolean("adder.ratchet.update")) {
            return false;
        }
        Path src = Python.basedir().resolve("src/test/resources/dev/adder/it/" + FILE);
        try {
            List<String> lines = Files.readAllLines(src, StandardCharsets.UTF_8);
            Pattern p = Pattern.compile("^" + Pattern.quote(key) + "\\s*=.*$");
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = p.matcher(lines.get(i));
                if (m.matches()) {
                    lines.set(i, key + "=" + value);
                }
            }
            Files.write(src, lines, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
