package dev.adder.vm;

/**
 * The process-wide state: the main interpreter and settings from the command line.
 *
 * <p>CPython: Include/internal/pycore_runtime.h ({@code _PyRuntimeState}).
 */
public final class RuntimeState {
    /** Command-line arguments as {@code sys.argv}. */
    final String[] argv;
    private final InterpreterState mainInterpreter;

    private RuntimeState(String[] argv) {
        this.argv = argv;
        this.mainInterpreter = new InterpreterState(this);
    }

    /** Initializes a runtime with its main interpreter (the newest one is the current one). */
    public static RuntimeState initialize(String[] argv) {
        return new RuntimeState(argv);
    }

    /** The main interpreter. */
    public InterpreterState mainInterpreter() {
        return mainInterpreter;
    }
}
