package dev.adder.cli.internal;

import dev.adder.vm.InterpreterState;
import dev.adder.vm.Signals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive loop's input on a terminal, with JLine: line editing, history kept in
 * {@code ~/.adder_history}, and completion of names in {@code __main__} and builtins and of
 * attributes after a dot (as CPython's {@code rlcompleter}). Ctrl-C while Python code runs
 * reaches {@link Signals}; at the prompt it cancels the line.
 *
 * <p>CPython: Modules/readline.c, Lib/rlcompleter.py, Lib/site.py ({@code enablerlcompleter}).
 */
final class JLineInput implements ConsoleInput {
    private final Terminal terminal;
    private final LineReader reader;
    private final InterpreterState interp;

    JLineInput(InterpreterState interp) throws IOException {
        this(interp, TerminalBuilder.builder().system(true).dumb(false).nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build(),
                Path.of(System.getProperty("user.home"), ".adder_history"));
        terminal.handle(Terminal.Signal.INT, s -> Signals.tripInterrupt());
    }

    /** Input from {@code terminal} (a test gives one over streams), with history kept in {@code history}. */
    JLineInput(InterpreterState interp, Terminal terminal, Path history) {
        this.interp = interp;
        this.terminal = terminal;
        reader = LineReaderBuilder.builder().terminal(terminal).appName("adder").parser(new WordParser())
                .completer((r, line, candidates) -> complete(line.word(), candidates))
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false)
                .build();
    }

    @Override
    public String readLine(String prompt) throws Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public boolean isTerminal() {
        return true;
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // the terminal is going away with the process
        }
    }

    /** JLine's candidates: the completions of the word, inserted as they are (no space after). */
    private void complete(String word, List<Candidate> candidates) {
        for (String c : Completion.complete(interp, word)) {
            candidates.add(new Candidate(c, c, null, null, null, null, false));
        }
    }

    /** Splits nothing: the word to complete is the dotted name that ends at the cursor. */
    private static final class WordParser implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            int start = cursor;
            while (start > 0 && (Character.isJavaIdentifierPart(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
                start--;
            }
            String word = line.substring(start, cursor);
            List<String> words = new ArrayList<>(List.of(word));
            return new CompletingParsedLine() {
                @Override
                public String word() {
                    return word;
                }

                @Override
                public int wordCursor() {
                    return word.length();
                }

                @Override
                public int wordIndex() {
                    return 0;
                }

                @Override
                public List<String> words() {
                    return words;
                }

                @Override
                public String line() {
                    return line;
                }

                @Override
                public int cursor() {
                    return cursor;
                }

                @Override
                public CharSequence escape(CharSequence candidate, boolean complete) {
                    return candidate;
                }

                @Override
                public int rawWordCursor() {
                    return word.length();
                }

                @Override
                public int rawWordLength() {
                    return word.length();
                }
            };
        }
    }
}
