package dev.adder.cli.internal;

import dev.adder.bytecode.CodeUnit;
import dev.adder.compiler.Compilers;
import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.source.PythonSyntaxError;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyConfig;
import dev.adder.vm.PythonRun;
import dev.adder.vm.Signals;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The interactive loop: prompts from {@code sys.ps1} and {@code sys.ps2}, one statement at a
 * time compiled in {@code 'single'} mode (a compound statement ends at a blank line, an open
 * bracket or string asks for more), values echoed by {@code sys.displayhook}, tracebacks that
 * do not end the session, {@code KeyboardInterrupt} at the prompt, and the end of the input
 * ending it with status 0 ({@code SystemExit} with its code).
 *
 * <p>CPython: Python/pythonrun.c ({@code PyRun_InteractiveLoopFlags},
 * {@code PyRun_InteractiveOneObject}), Parser/tokenizer.c (interactive prompts), Lib/codeop.py.
 */
public final class Repl {
    private final InterpreterState interp;
    private final PythonRun run;
    private final PyConfig config;
    private final ConsoleInput input;
    private final PrintStream err;

    /** A loop for {@code interp} reading from {@code input}; prompts and notices go to {@code err}. */
    public Repl(InterpreterState interp, PythonRun run, PyConfig config, ConsoleInput input, PrintStream err) {
        this.interp = interp;
        this.run = run;
        this.config = config;
        this.input = input;
        this.err = err;
    }

    /** The outcome of reading and compiling one statement. */
    private enum Status { EMPTY, MORE, RUN, ERROR }

    /**
     * Runs the loop until the end of the input or {@code SystemExit}; returns the exit status.
     * {@code alone}: no program ran before (the banner and {@code PYTHONSTARTUP} then apply).
     */
    public int run(boolean alone, Map<String, String> env) {
        try {
            if (alone) {
                if (!config.quiet) {
                    err.print("Python " + CommandLine.longVersion() + " on linux\n");
                    if (config.siteImport) {
                        err.print("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
                    }
                    err.flush();
                }
                String startup = config.useEnvironment ? env.get("PYTHONSTARTUP") : null;
                if (startup != null && !startup.isEmpty()) {
                    runStartup(startup);
                }
            }
            PyStr ps1 = PyStr.of("ps1");
            PyStr ps2 = PyStr.of("ps2");
            if (interp.sys.dict.getItem(ps1) == null) {
                interp.sys.dict.setItem(ps1, PyStr.of(">>> "));
            }
            if (interp.sys.dict.getItem(ps2) == null) {
                interp.sys.dict.setItem(ps2, PyStr.of("... "));
            }
            for (;;) {
                Integer status = one();
                if (status != null) {
                    return status;
                }
            }
        } finally {
            input.close();
        }
    }

    private void runStartup(String startup) {
        byte[] src;
        try {
            src = Files.readAllBytes(Path.of(startup));
        } catch (IOException e) {
            err.print("Could not open PYTHONSTARTUP\n");
            err.print("FileNotFoundError: [Errno 2] No such file or directory: '" + startup + "'\n");
            err.flush();
            return;
        }
        PyBaseException exc = run.execMain(src, startup, Math.min(config.optimizationLevel, 2));
        interp.main.dict.delItem(PyStr.of("__file__"));
        if (exc != null) {
            run.printTraceback(exc);
        }
    }

    private String prompt(String which) {
        PyObject p = interp.sys.dict.getItem(PyStr.of(which));
        if (p == null || p == PyNone.NONE) {
            return "";
        }
        try {
            return Abstract.str(p).value();
        } catch (PyException e) {
            return "";
        }
    }

    /** Reads, compiles and runs one statement; returns the exit status when the loop must end, else null. */
    private Integer one() {
        List<String> lines = new ArrayList<>();
        CodeUnit unit = null;
        for (;;) {
            flush();
            String line;
            try {
                line = input.readLine(prompt(lines.isEmpty() ? "ps1" : "ps2"));
            } catch (ConsoleInput.Interrupted e) {
                Signals.clearInterrupt();
                err.print("\nKeyboardInterrupt\n");
                err.flush();
                return null;
            }
            boolean eof = line == null;
            if (!eof && input.lastLineUnterminated()) {
                // CPython asks for the rest of the line, then meets the end of the input
                err.print(prompt("ps2"));
                eof = true;
            }
            if (eof) {
                err.print("\n");
                err.flush();
                if (line == null) {
                    if (lines.isEmpty()) {
                        return 0;
                    }
                    line = "";
                }
            }
            lines.add(line);
            Object[] r = decide(lines, eof);
            Status s = (Status) r[0];
            if (s == Status.EMPTY) {
                return null;
            }
            if (s == Status.MORE) {
                continue;
            }
            if (s == Status.ERROR) {
                run.printSyntaxError((PythonSyntaxError) r[1]);
                return null;
            }
            unit = (CodeUnit) r[1];
            break;
        }
        Signals.clearInterrupt();
        PyBaseException exc = run.execInteractive(unit);
        if (exc == null) {
            return null;
        }
        if (exc.type().isSubtype(PyExc.SystemExit)) {
            return run.handleUncaught(exc);
        }
        interp.sys.dict.setItem(PyStr.of("last_type"), exc.type());
        interp.sys.dict.setItem(PyStr.of("last_value"), exc);
        PyObject tb = exc.traceback();
        interp.sys.dict.setItem(PyStr.of("last_traceback"), tb == null ? PyNone.NONE : tb);
        run.printTraceback(exc);
        return null;
    }

    private void flush() {
        try {
            interp.flushStreams();
        } catch (PyException e) {
            // reported at exit
        }
    }

    /**
     * Whether {@code lines} make a statement: EMPTY (only blanks and comments), MORE (incomplete),
     * RUN (with the code) or ERROR (with the syntax error).
     */
    private Object[] decide(List<String> lines, boolean eof) {
        boolean significant = false;
        for (String l : lines) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                significant = true;
                break;
            }
        }
        if (!significant) {
            // a blank line or a comment at the first prompt; inside brackets or strings they wait
            return new Object[] {lines.size() == 1 || eof ? Status.EMPTY : Status.MORE};
        }
        String src = String.join("\n", lines) + "\n";
        String last = lines.get(lines.size() - 1);
        boolean lastBlank = last.strip().isEmpty();
        boolean compound = compound(lines);
        try {
            CodeUnit unit = Compilers.compile(src, "<stdin>", "single", 0, false, Math.min(config.optimizationLevel, 2));
            if (compound && !lastBlank && !eof) {
                return new Object[] {Status.MORE};
            }
            return new Object[] {Status.RUN, unit};
        } catch (PythonSyntaxError e) {
            if (eof) {
                return new Object[] {Status.ERROR, e};
            }
            if (incomplete(e)) {
                return new Object[] {Status.MORE};
            }
            if (compound && !lastBlank && (atEnd(e, lines) || last.strip().startsWith("@"))) {
                return new Object[] {Status.MORE};
            }
            return new Object[] {Status.ERROR, e};
        } catch (dev.adder.parser.ParserMemoryError e) {
            // nested past the parser's limit: CPython's MemoryError, which has no traceback here
            err.print("MemoryError\n");
            err.flush();
            return new Object[] {Status.EMPTY};
        } catch (RuntimeException e) {
            // a compiler bug: reported, and the session goes on
            err.print("SystemError: internal error: " + e + "\n");
            err.flush();
            return new Object[] {Status.EMPTY};
        }
    }

    /** Errors that only more input can cure: an open bracket, string or line continuation. */
    private static boolean incomplete(PythonSyntaxError e) {
        String m = e.msg();
        return m.endsWith("was never closed") || m.startsWith("unterminated triple-quoted string literal")
                || m.startsWith("unexpected EOF while parsing");
    }

    /** Whether the error is at the end of the input (the parser wanted more), not at a token of it. */
    private static boolean atEnd(PythonSyntaxError e, List<String> lines) {
        int n = lines.size();
        if (e.lineno() > n) {
            return true;
        }
        return e.lineno() == n && e.offset() > lines.get(n - 1).stripTrailing().length();
    }

    /** Whether the statement is a compound one (it then ends only at a blank line). */
    private static boolean compound(List<String> lines) {
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("@")) {
                return true;
            }
            for (String k : new String[] {"if", "while", "for", "try", "with", "def", "class", "async"}) {
                if (t.startsWith(k) && (t.length() == k.length() || !Character.isJavaIdentifierPart(t.charAt(k.length())))) {
                    return true;
                }
            }
            // a 'match' statement: the soft keyword followed by a subject and a colon
            if (t.startsWith("match") && t.length() > 5 && !Character.isJavaIdentifierPart(t.charAt(5))) {
                String body = t.contains("#") ? t.substring(0, t.indexOf('#')).stripTrailing() : t;
                return body.endsWith(":") && !body.substring(5).stripLeading().startsWith("=");
            }
            return false;
        }
        return false;
    }
}
