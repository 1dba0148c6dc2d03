package dev.adder.cli;

import dev.adder.cli.internal.CommandLine;
import dev.adder.cli.internal.ConsoleInput;
import dev.adder.cli.internal.Quitter;
import dev.adder.cli.internal.Repl;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyConfig;
import dev.adder.vm.PythonRun;
import dev.adder.vm.RuntimeState;
import dev.adder.vm.Signals;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code adder} command, with CPython's command-line interface:
 * {@code adder [option] ... [-c cmd | -m mod | file | -] [arg] ...}, the phases of a run
 * (initialization, the program, the interactive loop when asked for, finalization) and the exit
 * status.
 *
 * <p>CPython: Modules/main.c ({@code Py_RunMain}, {@code pymain_run_python}), Python/initconfig.c.
 */
public final class Main {
    /** The version this implementation speaks, as {@code python3 -V} prints it. */
    static final String PYTHON_VERSION = CommandLine.PYTHON_VERSION;

    private Main() {}

    /**
     * Where a run reads and writes, and what it knows of its terminal and environment.
     *
     * @param programName {@code argv[0]} as the user typed it
     * @param env the environment ({@code PYTHON*} variables)
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @param stdinIsTerminal whether standard input is a terminal (the interactive loop then edits lines)
     */
    public record Io(String programName, Map<String, String> env, InputStream in, OutputStream out, OutputStream err,
            boolean stdinIsTerminal) {
    }

    public static void main(String[] args) {
        try {
            sun.misc.Signal in = new sun.misc.Signal("INT");
            if (sun.misc.Signal.handle(in, sig -> Signals.tripInterrupt()) == sun.misc.SignalHandler.SIG_IGN) {
                // started ignoring SIGINT (a shell's background job): it stays ignored, as in CPython
                sun.misc.Signal.handle(in, sun.misc.SignalHandler.SIG_IGN);
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: Ctrl-C ends the JVM
        }
        String tty = System.getProperty("adder.stdin.tty");
        boolean stdinTty = tty != null ? tty.equals("1") : System.console() != null;
        Io io = new Io(System.getProperty("adder.program", "adder"), System.getenv(), System.in,
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), stdinTty);
        int status = run(args, io);
        Runtime.getRuntime().halt(status & 0xff);
    }

    /** Runs the command with {@code python3}'s environment, no standard input, and returns its exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Io("adder", System.getenv(), new ByteArrayInputStream(new byte[0]), out, err, false));
    }

    /** Runs the command in {@code io} and returns its exit status (0-255 as the process would see it). */
    public static int run(String[] args, Io io) {
        int[] status = {0};
        Thread t = new Thread(null, () -> {
            try {
                status[0] = runHere(args, io);
            } catch (Signals.Stopped e) {
                status[0] = 1; // stopped by the embedder (Signals.requestStop)
            }
        }, "MainThread", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        return status[0] & 0xff;
    }

    private static int runHere(String[] args, Io io) {
        PrintStream out = printStream(io.out());
        PrintStream err = printStream(io.err());
        PyConfig config;
        try {
            config = CommandLine.parse(io.programName(), args, io.env(), out, err);
            config.origArgv = new java.util.ArrayList<>(java.util.List.of(io.programName()));
            config.origArgv.addAll(java.util.List.of(args));
        } catch (CommandLine.Exit e) {
            out.flush();
            err.flush();
            return e.status;
        }
        // the script is found before the interpreter starts, as CPython does
        byte[] script = null;
        String scriptName = null;
        if (config.runFilename != null) {
            Path p = Path.of(config.runFilename.isEmpty() ? "." : config.runFilename);
            if (Files.isDirectory(p)) {
                Path main = p.resolve("__main__.py");
                if (!Files.isRegularFile(main)) {
                    err.print(config.programName + ": can't find '__main__' module in '" + absolute(config.runFilename)
                            + "'\n");
                    err.flush();
                    return 1;
                }
                p = main;
                scriptName = absolute(main.toString());
            } else {
                scriptName = absolute(config.runFilename);
            }
            try {
                script = Files.readAllBytes(p);
            } catch (IOException e) {
                err.print(config.programName + ": can't open file '" + absolute(config.runFilename) + "': "
                        + errnoText(e) + "\n");
                err.flush();
                return 2;
            }
            if (config.skipSourceFirstLine) {
                script = skipFirstLine(script);
            }
        }
        InterpreterState interp = RuntimeState.initialize(config).mainInterpreter();
        interp.setStreams(io.out(), io.err());
        setSysFromConfig(interp, config);
        if (config.siteImport) {
            Quitter.install(interp.builtins); // what site adds, until site.py itself runs
        } else {
            interp.builtins.delItem(PyStr.of("exit")); // -S: no site, no exit() nor quit()
            interp.builtins.delItem(PyStr.of("quit"));
        }
        PythonRun run = new PythonRun(interp);
        int optimize = Math.min(config.optimizationLevel, 2);
        int status = 0;
        boolean interactiveOnly = false;
        PyBaseException exc = null;
        if (config.runCommand != null) {
            exc = run.execCommand(config.runCommand, optimize);
        } else if (config.runModule != null) {
            // -m: runpy's _run_module_as_main (prints its own errors and tracebacks)
            status = run.runModule(config.runModule);
        } else if (script != null) {
            exc = run.execMain(script, scriptName, optimize);
        } else if (io.stdinIsTerminal() || config.interactive) {
            interactiveOnly = true;
            run.prepareInteractiveMain();
        } else {
            byte[] src;
            try {
                src = io.in().readAllBytes();
            } catch (IOException e) {
                err.print(config.programName + ": can't read standard input: " + errnoText(e) + "\n");
                err.flush();
                return 2;
            }
            exc = run.execMain(src, "<stdin>", optimize);
        }
        if (exc != null) {
            if (config.inspect && exc.type().isSubtype(PyExc.SystemExit)) {
                run.printTraceback(exc); // with -i, SystemExit does not end the program: it is reported
                status = 1;
            } else {
                status = run.handleUncaught(exc);
            }
        }
        // the loop after the program only when its input can be interactive (CPython's pymain_repl)
        if (interactiveOnly || config.inspect && (io.stdinIsTerminal() || config.interactive)) {
            ConsoleInput input = ConsoleInput.open(io.in(), io.err(), io.stdinIsTerminal(), interp);
            status = new Repl(interp, run, config, input, err).run(interactiveOnly, io.env());
        }
        return run.finalizeInterpreter(status);
    }

    private static PrintStream printStream(OutputStream o) {
        return o instanceof PrintStream p ? p : new PrintStream(o, true, StandardCharsets.UTF_8);
    }

    /** {@code sys.warnoptions}, {@code sys._xoptions} and the interactive prompts' absence, from {@code config}. */
    private static void setSysFromConfig(InterpreterState interp, PyConfig config) {
        PyList warn = new PyList();
        for (String w : config.warnoptions) {
            warn.append(PyStr.of(w));
        }
        interp.sys.dict.setItem(PyStr.of("warnoptions"), warn);
        PyDict x = new PyDict();
        for (String o : config.xoptions) {
            int eq = o.indexOf('=');
            if (eq < 0) {
                x.setItem(PyStr.of(o), PyBool.TRUE);
            } else {
                x.setItem(PyStr.of(o.substring(0, eq)), PyStr.of(o.substring(eq + 1)));
            }
        }
        interp.sys.dict.setItem(PyStr.of("_xoptions"), x);
    }

    private static String absolute(String file) {
        return Path.of(file).toAbsolutePath().normalize().toString();
    }

    /** The "[Errno N] text" of a failed open, as CPython prints it. */
    static String errnoText(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("Is a directory")) {
            return "[Errno 21] Is a directory";
        }
        return m;
    }

    /** {@code -x}: the first line's text is dropped, its newline kept so that line numbers stay right. */
    private static byte[] skipFirstLine(byte[] src) {
        int i = 0;
        while (i < src.length && src[i] != '\n') {
            i++;
        }
        byte[] r = new byte[src.length - i];
        System.arraycopy(src, i, r, 0, r.length);
        return r;
    }
}
