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

    /** The command line's settings ({@code PyConfig} as the CLI parsed it). */
    public final PyConfig pyConfig;

    /** The settings of a parsed command line (options and environment). */
    static Config configFrom(PyConfig pc) {
        Config c = new Config();
        c.debug = pc.parserDebug;
        c.inspect = pc.inspect ? 1 : 0;
        c.interactive = pc.interactive ? 1 : 0;
        c.optimize = pc.optimizationLevel;
        c.dontWriteBytecode = pc.dontWriteBytecode();
        c.noUserSite = pc.userSiteDirectory ? 0 : 1;
        c.noSite = pc.siteImport ? 0 : 1;
        c.ignoreEnvironment = pc.useEnvironment ? 0 : 1;
        c.verbose = pc.verbose;
        c.bytesWarning = pc.bytesWarning;
        c.quiet = pc.quiet ? 1 : 0;
        c.isolated = pc.isolated ? 1 : 0;
        c.safePath = pc.safePath;
        c.warnOptions.addAll(pc.warnoptions);
        for (String o : pc.xoptions) {
            int eq = o.indexOf('=');
            c.xOptions.put(eq < 0 ? o : o.substring(0, eq), eq < 0 ? Boolean.TRUE : o.substring(eq + 1));
        }
        c.devMode = c.xOptions.containsKey("dev");
        c.utf8Mode = c.xOptions.containsKey("utf8") && !"0".equals(c.xOptions.get("utf8")) ? 1 : 0;
        c.warnDefaultEncoding = c.xOptions.containsKey("warn_default_encoding") ? 1 : 0;
        Object digits = c.xOptions.get("int_max_str_digits");
        if (digits instanceof String d) {
            try {
                c.intMaxStrDigits = Integer.parseInt(d);
            } catch (NumberFormatException e) {
                // left unset; the option parser reports bad values
            }
        }
        c.origArgv = pc.origArgv;
        return c;
    }

    private RuntimeState(String[] argv, Config config, PyConfig pyConfig) {
        this.argv = argv;
        this.config = config;
        this.pyConfig = pyConfig;
        this.mainInterpreter = new InterpreterState(this);
    }

    /** Initializes a runtime with its main interpreter (the newest one is the current one). */
    public static RuntimeState initialize(String[] argv) {
        PyConfig pc = new PyConfig();
        pc.argv = java.util.List.of(argv);
        return new RuntimeState(argv, Config.fromEnvironment(), pc);
    }

    /** Initializes a runtime with these settings. */
    public static RuntimeState initialize(String[] argv, Config config) {
        PyConfig pc = new PyConfig();
        pc.argv = java.util.List.of(argv);
        return new RuntimeState(argv, config, pc);
    }

    /** Initializes a runtime with its main interpreter from a parsed command line. */
    public static RuntimeState initialize(PyConfig config) {
        return new RuntimeState(config.argv.toArray(new String[0]), configFrom(config), config);
    }

    /** The main interpreter. */
    public InterpreterState mainInterpreter() {
        return mainInterpreter;
    }
}
