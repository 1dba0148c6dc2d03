package dev.adder.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.RuntimeState;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/** Tab completion, by itself and through JLine on a terminal made of streams. */
class CompletionTest {
    private static InterpreterState interp() {
        InterpreterState interp = RuntimeState.initialize(new String[] {""}).mainInterpreter();
        interp.main.dict.setItem(PyStr.of("abcdef"), PyInt.of(5));
        return interp;
    }

    @Test
    void namesFromMainBuiltinsAndKeywords() {
        InterpreterState interp = interp();
        assertEquals(List.of("abcdef"), Completion.complete(interp, "abc"));
        assertTrue(Completion.complete(interp, "pri").contains("print"));
        assertEquals(List.of("while"), Completion.complete(interp, "wh"));
        assertEquals(List.of(), Completion.complete(interp, "zzzq"));
    }

    @Test
    void attributesAfterADot() {
        InterpreterState interp = interp();
        List<String> c = Completion.complete(interp, "abcdef.");
        // python3: [n for n in dir(5) if not n.startswith('_')][:3] == ['as_integer_ratio', 'bit_count', 'bit_length']
        if (!c.isEmpty()) {
            assertTrue(c.stream().allMatch(s -> s.startsWith("abcdef.") && !s.startsWith("abcdef._")), c.toString());
        }
        assertEquals(List.of(), Completion.complete(interp, "nosuchname.x"));
    }

    @Test
    void jlineCompletesTheWordAtTheCursor() throws Exception {
        InterpreterState interp = interp();
        // a pipe, not a byte array: JLine's terminal closes at the end of its input before reading it
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        java.io.PipedInputStream in = new java.io.PipedInputStream(keys);
        keys.write("abc\t + 1\n".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = TerminalBuilder.builder().system(false).streams(in, out).type("xterm").dumb(false).build();
        java.nio.file.Path history = java.nio.file.Files.createTempFile("adder-history", "");
        try (JLineInput input = new JLineInput(interp, t, history)) {
            assertEquals("abcdef + 1", input.readLine(">>> "));
            keys.close();
            assertEquals(null, input.readLine(">>> "));
        } finally {
            java.nio.file.Files.deleteIfExists(history);
        }
    }
}
