package dev.adder.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the oracle, CPython ({@code python3} on the PATH, or {@code -Dadder.python=...}). */
final class Python {
    private Python() {}

    static String executable() {
        String p = System.getProperty("adder.python", "");
        return p.isBlank() ? "python3" : p;
    }

    /** The module directory (surefire's {@code basedir}), where target/ lives. */
    static Path basedir() {
        String b = System.getProperty("basedir", "");
        return Paths.get(b.isBlank() ? "." : b).toAbsolutePath().normalize();
    }

    /** A script among the test resources of dev/adder/it, as a file python3 can run. */
    static Path script(String name) {
        URL url = Python.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource dev/adder/it/" + name);
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Paths.get(url.toURI());
            }
            // Outside a directory (e.g. in a jar): copy the script and the module the oracle
            // scripts import into one temporary directory.
            Path dir = Files.createTempDirectory("adder-oracle-");
            dir.toFile().deleteOnExit();
            Path tmp = null;
            for (String n : List.of(name, "oracle_common.py")) {
                URL u = Python.class.getResource(n);
                if (u == null) {
                    continue;
                }
                Path target = dir.resolve(n);
                try (InputStream in = u.openStream()) {
                    Files.write(target, in.readAllBytes());
                }
                target.toFile().deleteOnExit();
                if (n.equals(name)) {
                    tmp = target;
                }
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result of one python3 run. */
    record Result(int exitCode, byte[] stdout, String stderr) {
        String out() { return new String(stdout, StandardCharsets.UTF_8); }
    }

    /** Runs python3 with {@code args}, feeding {@code stdin}; fails after {@code timeoutSeconds}. */
    static Result run(List<String> args, byte[] stdin, long timeoutSeconds) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().remove("PYTHONPATH");
        pb.environment().remove("PYTHONSTARTUP");
        try {
            Process p = pb.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread t1 = pump(p.getInputStream(), out);
            Thread t2 = pump(p.getErrorStream(), err);
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("python3 " + args + " did not finish in " + timeoutSeconds + " s");
            }
            t1.join();
            t2.join();
            return new Result(p.exitValue(), out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd + ": " + e.getMessage()
                    + " (the conformance tests need CPython 3.11 as python3 on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #run}, failing unless python3 exits with 0. */
    static Result runChecked(List<String> args, byte[] stdin, long timeoutSeconds) {
        Result r = run(args, stdin, timeoutSeconds);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("python3 " + args + " exited with " + r.exitCode() + ":\n" + r.stderr());
        }
        return r;
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException ignored) {
                // the process died; its exit code tells
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
