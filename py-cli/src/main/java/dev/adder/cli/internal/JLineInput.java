package dev.adder.cli.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.Signals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jline.reader.Candidate;
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
    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private final Terminal terminal;
    private final LineReader reader;
    private final InterpreterState interp;

    JLineInput(InterpreterState interp) throws IOException {
        this.interp = interp;
        terminal = TerminalBuilder.builder().system(true).dumb(false).nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        terminal.handle(Terminal.Signal.INT, s -> Signals.tripInterrupt());
        reader = LineReaderBuilder.builder().terminal(terminal).appName("adder").parser(new WordParser())
                .completer((r, line, candidates) -> complete(line.word(), candidates))
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".adder_history"))
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

    /** Candidates for {@code word}: a name, or a dotted name whose last part is an attribute. */
    private void complete(String word, List<Candidate> candidates) {
        TreeSet<String> found = new TreeSet<>();
        try {
            int dot = word.lastIndexOf('.');
            if (dot < 0) {
                for (String k : KEYWORDS) {
                    if (k.startsWith(word)) {
                        found.add(k);
                    }
                }
                for (PyObject[] keys : List.of(interp.main.dict.keysArray(), interp.builtins.keysArray())) {
                    for (PyObject k : keys) {
                        if (k instanceof PyStr s && s.value().startsWith(word)) {
                            found.add(s.value());
                        }
                    }
                }
            } else {
                String expr = word.substring(0, dot);
                String attr = word.substring(dot + 1);
                PyObject obj = lookup(expr);
                PyObject dir = interp.builtins.getItem(PyStr.of("dir"));
                if (obj != null && dir != null) {
                    PyObject names = Abstract.call(dir, obj);
                    PyObject it = Abstract.iter(names);
                    for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
                        String name = n instanceof PyStr s ? s.value() : null;
                        if (name == null || !name.startsWith(attr)) {
                            continue;
                        }
                        // as rlcompleter: private names only when asked for
                        if (name.startsWith("__") && !attr.startsWith("__")
                                || name.startsWith("_") && !attr.startsWith("_")) {
                            continue;
                        }
                        found.add(expr + "." + name);
                    }
                }
            }
        } catch (RuntimeException e) {
            // no completion (a PyException too) for this word
        }
        for (String s : found) {
            candidates.add(new Candidate(s, s, null, null, null, null, false));
        }
    }

    /** The object a dotted name denotes in {@code __main__}, or null. */
    private PyObject lookup(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        PyObject o = interp.main.dict.getItem(PyStr.of(parts[0]));
        if (o == null) {
            o = interp.builtins.getItem(PyStr.of(parts[0]));
        }
        for (int i = 1; o != null && i < parts.length; i++) {
            o = Abstract.lookupAttr(o, PyStr.of(parts[i]));
        }
        return o;
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
            return new ParsedLine() {
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
            };
        }
    }
}
