package dev.adder.vm;

/**
 * The process-wide state: the main interpreter and settings from the command line.
 *
 * <p>CPython: Include/internal/pycore_runtime.h ({@code _PyRuntimeState}).
 */
public final class RuntimeState {
    /** Command-line arguments as {@code sys.argv}. */
    final String[] argv;
    /** The settings from the command line and the environment. */
    public final PyConfig config;
    private final InterpreterState mainInterpreter;

    private RuntimeState(PyConfig config) {
        this.config = config;
        this.argv = config.argv.toArray(new String[0]);
        this.mainInterpreter = new InterpreterState(this);
    }

    /** Initializes a runtime with its main interpreter (the newest one is the current one). */
    public static RuntimeState initialize(String[] argv) {
        PyConfig config = new PyConfig();
        config.argv = java.util.List.of(argv);
        return new RuntimeState(config);
    }

    /** Initializes a runtime with its main interpreter from {@code config}. */
    public static RuntimeState initialize(PyConfig config) {
        return new RuntimeState(config);
    }

    /** The main interpreter. */
    public InterpreterState mainInterpreter() {
        return mainInterpreter;
    }
}
