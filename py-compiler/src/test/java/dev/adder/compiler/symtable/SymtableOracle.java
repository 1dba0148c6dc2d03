package dev.adder.compiler.symtable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs symtable_oracle.py (CPython's {@code symtable} module, {@code python3} on the PATH) and
 * hands each case to the caller: its name, CPython's tree, the expected dump lines and the
 * code-object lines.
 */
final class SymtableOracle {
    private SymtableOracle() {
    }

    /** One case: name, serialized tree (null if CPython's parser rejects it), dump, V lines. */
    record Case(String name, String tree, List<String> expected, List<String> code) {}

    static Path script() {
        try {
            return Path.of(SymtableOracle.class.getResource("symtable_oracle.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(List<String> args, String stdin, Consumer<Case> sink) {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("adder.python", "python3"));
        cmd.add(script().toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        try {
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8),
                    1 << 16)) {
                read(r, sink);
            }
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException("symtable_oracle.py exited with " + rc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the oracle's output: 'C' starts a case, 'T' is its tree, 'V' a code-object line. */
    static void read(BufferedReader r, Consumer<Case> sink) throws IOException {
        String name = null;
        String tree = null;
        List<String> expected = new ArrayList<>();
        List<String> code = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("C ")) {
                if (name != null) {
                    sink.accept(new Case(name, tree, expected, code));
                }
                name = Json.unquote(line.substring(2));
                tree = null;
                expected = new ArrayList<>();
                code = new ArrayList<>();
            } else if (line.startsWith("T ")) {
                tree = line.substring(2);
            } else if (line.startsWith("V ")) {
                code.add(line);
            } else {
                expected.add(line);
            }
        }
        if (name != null) {
            sink.accept(new Case(name, tree, expected, code));
        }
    }
}
