package dev.adder.cli.internal;

import dev.adder.vm.InterpreterState;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the interactive loop reads its lines: a terminal with line editing, history and
 * completion ({@link JLineInput}), or plain standard input with the prompts written to standard
 * error, as CPython writes them when standard input is not a terminal.
 *
 * <p>CPython: Parser/myreadline.c ({@code PyOS_Readline}, {@code PyOS_StdioReadline}).
 */
public interface ConsoleInput extends AutoCloseable {
    /** Ctrl-C while a line was being read. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        /** The interruption of the line being read. */
        public Interrupted() {
            super(null, null, false, false);
        }
    }

    /**
     * Shows {@code prompt} and reads one line, without its line end.
     *
     * @return the line, or null at the end of the input
     * @throws Interrupted when the user pressed Ctrl-C
     */
    String readLine(String prompt) throws Interrupted;

    /** Whether the last line read ended at the end of the input rather than at a line end. */
    default boolean lastLineUnterminated() {
        return false;
    }

    /** Whether the input is a terminal. */
    boolean isTerminal();

    @Override
    void close();

    /**
     * The input for the interactive loop: JLine on a terminal (falling back to plain reading when
     * JLine cannot open it), plain reading otherwise.
     */
    static ConsoleInput open(InputStream in, OutputStream err, boolean terminal, InterpreterState interp) {
        if (terminal) {
            try {
                return new JLineInput(interp);
            } catch (IOException | RuntimeException | LinkageError e) {
                // no usable terminal: read plainly
            }
        }
        return new Plain(in, err);
    }

    /** Plain lines from a stream; the prompt goes to {@code err}. */
    final class Plain implements ConsoleInput {
        private final BufferedReader reader;
        private final OutputStream err;
        private boolean unterminated;

        Plain(InputStream in, OutputStream err) {
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.err = err;
        }

        @Override
        public String readLine(String prompt) {
            try {
                err.write(prompt.getBytes(StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException e) {
                // the prompt is lost; reading goes on
            }
            StringBuilder sb = new StringBuilder();
            try {
                for (;;) {
                    int c = reader.read();
                    if (c < 0) {
                        unterminated = sb.length() > 0;
                        return unterminated ? sb.toString() : null;
                    }
                    if (c == '\n') {
                        unterminated = false;
                        return sb.toString();
                    }
                    sb.append((char) c);
                }
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public boolean lastLineUnterminated() {
            return unterminated;
        }

        @Override
        public boolean isTerminal() {
            return false;
        }

        @Override
        public void close() {
            // standard input stays open
        }
    }
}
