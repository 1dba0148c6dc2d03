package dev.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.adder.vm.Signals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An embedder stops a program that would never end; a caught exception cannot hold it. */
class StopTest {
    @Test
    void requestStopEndsAnEndlessLoop() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String program = "print('started', flush=True)\n"
                + "while True:\n"
                + "    try:\n"
                + "        pass\n"
                + "    except BaseException:\n"
                + "        print('caught')\n";
        Main.Io io = new Main.Io("adder", Map.of(), new ByteArrayInputStream(new byte[0]), out, err, false);
        int[] status = {-1};
        Thread runner = new Thread(() -> status[0] = Main.run(new String[] {"-c", program}, io));
        runner.start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!out.toString(StandardCharsets.UTF_8).contains("started") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        Thread[] all = new Thread[Thread.activeCount() + 16];
        int n = Thread.enumerate(all);
        for (int i = 0; i < n; i++) {
            if (all[i].getName().equals("MainThread")) {
                Signals.requestStop(all[i]);
            }
        }
        runner.join(10_000);
        assertFalse(runner.isAlive(), "the program still runs");
        assertEquals(1, status[0]);
        assertEquals("started\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
