package dev.adder.runtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs the oracle, {@code python3} (CPython 3.11), for tests; skips the test if it is missing. */
public final class Python3 {
    private Python3() {
    }

    private static Boolean available;

    /** True when python3 is CPython 3.11. */
    public static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2])")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && out.startsWith("(3, 11)");
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        return available;
    }

    /** Runs {@code script} with {@code input} on stdin; returns stdout (UTF-8). */
    public static String run(String script, String input) {
        assumeTrue(available(), "python3 (CPython 3.11) is not available");
        try {
            Process p = new ProcessBuilder("python3", "-X", "utf8", "-c", script).start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drainErr = new Thread(() -> copy(p.getErrorStream(), err));
            drainErr.start();
            Thread feed = new Thread(() -> {
                try (OutputStream os = p.getOutputStream()) {
                    os.write(input.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the process died; reported below
                }
            });
            feed.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            feed.join();
            drainErr.join();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 failed: " + err.toString(StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // ignore
        }
    }
}
