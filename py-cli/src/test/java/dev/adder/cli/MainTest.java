package dev.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Command-line handling compared with {@code python3} (its program name replaced by "adder"). */
class MainTest {
    private static String[] adder(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
            String.valueOf(rc)};
    }

    private static String[] python3(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        // python3 names itself by its full path in the usage line
        err = err.replaceAll("usage: \\S+ ", "usage: adder ");
        return new String[] {out, err, String.valueOf(p.exitValue())};
    }

    private static void same(String... args) throws Exception {
        String[] e = python3(args);
        String[] a = adder(args);
        assertEquals(e[0], a[0], "stdout");
        assertEquals(e[1], a[1], "stderr");
        assertEquals(e[2], a[2], "exit status");
    }

    @Test
    void version() throws Exception {
        same("-V");
        same("--version");
    }

    @Test
    void usageErrors() throws Exception {
        same("-Z");
        same("--foo");
        same("-c");
    }

    @Test
    void commandAndArgv() throws Exception {
        same("-c", "import sys; print(sys.argv, 6 * 7)", "a", "b");
        same("-c", "raise SystemExit('bye')");
        same("-c", "1/0");
    }
}
