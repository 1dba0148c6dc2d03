package dev.adder.vm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process-wide state: the main interpreter and settings from the command line.
 *
 * <p>CPython: Include/internal/pycore_runtime.h ({@code _PyRuntimeState}).
 */
public final class RuntimeState {
    /** Command-line arguments as {@code sys.argv}. */
    final String[] argv;
    /** The settings the interpreter starts with. */
    final Config config;
    private final InterpreterState mainInterpreter;

    /**
     * Start-up settings (from command-line options and the environment), as {@code sys.flags},
     * {@code sys.orig_argv}, {@code sys.warnoptions}, {@code sys._xoptions} show them.
     *
     * <p>CPython: Include/cpython/initconfig.h ({@code PyConfig}).
     */
    public static final class Config {
        /** {@code -d}. */
        public int debug;
        /** {@code -i}. */
        public int inspect;
        /** Interactive mode (REPL). */
        public int interactive;
        /** {@code -O} count. */
        public int optimize;
        /** {@code -B}; set also by {@code PYTHONDONTWRITEBYTECODE} unless the environment is ignored. */
        public boolean dontWriteBytecode;
        /** {@code -s}. */
        public int noUserSite;
        /** {@code -S}. */
        public int noSite;
        /** {@code -E}. */
        public int ignoreEnvironment;
        /** {@code -v} count. */
        public int verbose;
        /** {@code -b} count. */
        public int bytesWarning;
        /** {@code -q}. */
        public int quiet;
        /** {@code -I}. */
        public int isolated;
        /** {@code -X dev}. */
        public boolean devMode;
        /** {@code -X utf8}. */
        public int utf8Mode;
        /** {@code -X warn_default_encoding}. */
        public int warnDefaultEncoding;
        /** {@code -P} or {@code PYTHONSAFEPATH}: no script directory on {@code sys.path}. */
        public boolean safePath;
        /** {@code -X int_max_str_digits}, -1 when unset. */
        public int intMaxStrDigits = -1;
        /** The command line as given ({@code sys.orig_argv}); null means {@code argv}. */
        public List<String> origArgv;
        /** {@code -W} options in order. */
        public final List<String> warnOptions = new ArrayList<>();
        /** {@code -X} options (value {@code true} when given without {@code =}). */
        public final Map<String, Object> xOptions = new LinkedHashMap<>();

        /** A configuration read from the environment only (no options). */
        public static Config fromEnvironment() {
            Config c = new Config();
            c.applyEnvironment();
            return c;
        }

        /** Applies {@code PYTHONDONTWRITEBYTECODE} and {@code PYTHONSAFEPATH} unless {@code -E}/{@code -I}. */
        public void applyEnvironment() {
            if (ignoreEnvironment != 0 || isolated != 0) {
                return;
            }
            String v = System.getenv("PYTHONDONTWRITEBYTECODE");
            if (v != null && !v.isEmpty()) {
                dontWriteBytecode = true;
            }
            v = System.getenv("PYTHONSAFEPATH");
            if (v != null && !v.isEmpty()) {
                safePath = true;
            }
        }
    }

    private RuntimeState(String[] argv, Config config) {
        this.argv = argv;
        this.config = config;
        this.mainInterpreter = new InterpreterState(this);
    }

    /** Initializes a runtime with its main interpreter (the newest one is the current one). */
    public static RuntimeState initialize(String[] argv) {
        return new RuntimeState(argv, Config.fromEnvironment());
    }

    /** Initializes a runtime with these settings. */
    public static RuntimeState initialize(String[] argv, Config config) {
        return new RuntimeState(argv, config);
    }

    /** The main interpreter. */
    public InterpreterState mainInterpreter() {
        return mainInterpreter;
    }
}
