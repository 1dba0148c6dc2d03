package dev.adder.vm;

/**
 * The process-wide state: the main interpreter and settings from the command line.
 *
 * <p>CPython: Include/internal/pycore_runtime.h ({@code _PyRuntimeState}).
 */
public final class RuntimeState {
    private static RuntimeState runtime;

    /** Command-line arguments as {@code sys.argv}. */
    final String[] argv;
    private final InterpreterState mainInterpreter;

    private RuntimeState(String[] argv) {
        this.argv = argv;
        this.mainInterpreter = new InterpreterState(this);
    }

    /** Initializes the runtime (once) and returns it. */
    public static synchronized RuntimeState initialize(String[] argv) {
        if (runtime == null) {
            runtime = new RuntimeState(argv);
        }
        return runtime;
    }

    /** The main interpreter. */
    public InterpreterState mainInterpreter() {
        return mainInterpreter;
    }
}
