package dev.adder.cli;

import dev.adder.vm.InterpreterState;
import dev.adder.vm.PythonRun;
import dev.adder.vm.RuntimeState;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The {@code adder} command, with CPython's command-line interface:
 * {@code adder [option] ... [-c cmd | file | -] [arg] ...}.
 *
 * <p>CPython: Modules/main.c, Python/initconfig.c (usage text and option parsing).
 */
public final class Main {
    /** The version this implementation speaks, as {@code python3 -V} prints it. */
    static final String PYTHON_VERSION = "3.11.7";
    private static final String PROG = "adder";
    /** Options without an argument that are accepted (and for now ignored). */
    private static final String IGNORED_FLAGS = "bBdEiIOqsSuvRP";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    private static int usage(PrintStream err, String message) {
        err.println(message);
        err.println("usage: " + PROG + " [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        err.println("Try `python -h' for more information.");
        return 2;
    }

    /** Start-up settings gathered from the options of the command being run. */
    private static final ThreadLocal<RuntimeState.Config> CONFIG = new ThreadLocal<>();

    /** Runs the command and returns its exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        RuntimeState.Config config = RuntimeState.Config.fromEnvironment();
        config.origArgv = new java.util.ArrayList<>(java.util.List.of("adder"));
        config.origArgv.addAll(Arrays.asList(args));
        CONFIG.set(config);
        try {
            return runWith(args, out, err);
        } finally {
            CONFIG.remove();
        }
    }

    private static int runWith(String[] args, PrintStream out, PrintStream err) {
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--version")) {
                out.println("Python " + PYTHON_VERSION);
                return 0;
            }
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.startsWith("--")) {
                return usage(err, "unknown option " + a);
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (c == 'V') {
                    out.println("Python " + PYTHON_VERSION);
                    return 0;
                } else if (c == 'h' || c == '?') {
                    out.println("usage: " + PROG + " [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                    return 0;
                } else if (c == 'c') {
                    String cmd;
                    if (j + 1 < a.length()) {
                        cmd = a.substring(j + 1);
                    } else if (i + 1 < args.length) {
                        cmd = args[++i];
                    } else {
                        return usage(err, "Argument expected for the -c option");
                    }
                    String[] argv = new String[args.length - i];
                    argv[0] = "-c";
                    System.arraycopy(args, i + 1, argv, 1, argv.length - 1);
                    return runCommand(cmd, argv, out, err);
                } else if (c == 'm') {
                    String mod;
                    if (j + 1 < a.length()) {
                        mod = a.substring(j + 1);
                    } else if (i + 1 < args.length) {
                        mod = args[++i];
                    } else {
                        return usage(err, "Argument expected for the -m option");
                    }
                    String[] argv = new String[args.length - i];
                    argv[0] = "-m";
                    System.arraycopy(args, i + 1, argv, 1, argv.length - 1);
                    InterpreterState interp = start(argv, out, err);
                    return new PythonRun(interp).runModule(mod);
                } else if (c == 'B') {
                    CONFIG.get().dontWriteBytecode = true;
                } else if (c == 'W' || c == 'X') {
                    if (j + 1 == a.length()) {
                        if (i + 1 >= args.length) {
                            return usage(err, "Argument expected for the -" + c + " option");
                        }
                        i++;
                    }
                    break;
                } else if (IGNORED_FLAGS.indexOf(c) < 0) {
                    return usage(err, "Unknown option: -" + c);
                }
            }
            i++;
        }
        if (i >= args.length || args[i].equals("-")) {
            String[] argv = i >= args.length ? new String[] {""} : Arrays.copyOfRange(args, i, args.length);
            try {
                byte[] src = System.in.readAllBytes();
                InterpreterState interp = start(argv, out, err);
                return new PythonRun(interp).runFile(src, "<stdin>");
            } catch (IOException e) {
                err.println(PROG + ": cannot read standard input: " + e.getMessage());
                return 2;
            }
        }
        String file = args[i];
        byte[] src;
        try {
            src = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            err.println(PROG + ": can't open file '" + Path.of(file).toAbsolutePath().normalize()
                    + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            err.println(PROG + ": can't open file '" + Path.of(file).toAbsolutePath().normalize() + "': "
                    + e.getMessage());
            return 2;
        }
        InterpreterState interp = start(Arrays.copyOfRange(args, i, args.length), out, err);
        // CPython 3.11 makes the script's path absolute (__file__, tracebacks)
        return new PythonRun(interp).runFile(src, Path.of(file).toAbsolutePath().normalize().toString());
    }

    private static int runCommand(String cmd, String[] argv, PrintStream out, PrintStream err) {
        InterpreterState interp = start(argv, out, err);
        return new PythonRun(interp).runCommand(cmd);
    }

    private static InterpreterState start(String[] argv, PrintStream out, PrintStream err) {
        RuntimeState.Config config = CONFIG.get();
        InterpreterState interp = (config == null ? RuntimeState.initialize(argv)
                : RuntimeState.initialize(argv, config)).mainInterpreter();
        interp.setStreams(out, err);
        return interp;
    }
}
