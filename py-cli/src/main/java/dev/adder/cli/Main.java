package dev.adder.cli;

import java.io.PrintStream;

/**
 * The {@code adder} command, with CPython's command-line interface.
 *
 * <p>CPython: Modules/main.c, Python/initconfig.c (usage text and option parsing).
 */
public final class Main {
    /** The version this implementation speaks, as {@code python3 -V} prints it. */
    static final String PYTHON_VERSION = "3.11.7";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && (args[0].equals("-V") || args[0].equals("--version"))) {
            out.println("Python " + PYTHON_VERSION);
            return 0;
        }
        err.println("adder: running Python programs needs the virtual machine, which is not built yet;"
                + " the tokenizer and parser are available as Java libraries (see README.md)");
        return 1;
    }
}
