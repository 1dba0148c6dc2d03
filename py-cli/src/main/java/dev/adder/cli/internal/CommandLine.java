package dev.adder.cli.internal;

import dev.adder.vm.PyConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the command line and the {@code PYTHON*} environment variables into a {@link PyConfig},
 * as CPython does: its own getopt (combined short flags, option arguments joined or separate,
 * {@code -c} and {@code -m} ending the options, {@code --} and a lone {@code -}), then the
 * environment unless {@code -E} or {@code -I}.
 *
 * <p>CPython: Python/getopt.c ({@code _PyOS_GetOpt}), Python/initconfig.c
 * ({@code config_parse_cmdline}, {@code config_read_env_vars}, {@code config_usage}).
 */
public final class CommandLine {
    private static final String SHORT_OPTS = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";
    private static final String[] LONG_OPTS = {"check-hash-based-pycs", "help-all", "help-env", "help-xoptions", "help",
        "version"};
    /** The version Adder speaks. */
    public static final String PYTHON_VERSION = "3.11.7";

    /** What the command line asks for besides running a program: exit now with this status. */
    public static final class Exit extends Exception {
        private static final long serialVersionUID = 1L;
        /** The exit status. */
        public final int status;

        Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    private final String[] args;
    private final PrintStream out;
    private final PrintStream err;
    private int optind;
    private String optPtr = "";
    private String optarg;

    private CommandLine(String[] args, PrintStream out, PrintStream err) {
        this.args = args;
        this.out = out;
        this.err = err;
    }

    /**
     * The configuration for {@code args} (without the program name) and {@code env}.
     *
     * @throws Exit when the command line only asks for help or the version, or is wrong (the
     *     message is printed already)
     */
    public static PyConfig parse(String programName, String[] args, Map<String, String> env, PrintStream out,
            PrintStream err) throws Exit {
        return new CommandLine(args, out, err).parse(programName, env);
    }

    /** The long version string, as {@code -VV} prints it and {@code sys.version} begins. */
    public static String longVersion() {
        return PYTHON_VERSION + " (adder 0.1.0) [Java " + System.getProperty("java.version") + " "
                + System.getProperty("java.vm.name", "JVM") + "]";
    }

    private PyConfig parse(String programName, Map<String, String> env) throws Exit {
        PyConfig config = new PyConfig();
        config.programName = programName;
        List<String> cmdWarnings = new ArrayList<>();
        int printVersion = 0;
        for (;;) {
            int c = getopt();
            if (c == -1) {
                break;
            }
            if (c == 'c') {
                config.runCommand = optarg + "\n";
                break;
            }
            if (c == 'm') {
                config.runModule = optarg;
                break;
            }
            switch (c) {
                case 'b' -> config.bytesWarning++;
                case 'B' -> config.writeBytecode = false;
                case 'd' -> config.parserDebug++;
                case 'E' -> config.useEnvironment = false;
                case 'h', '?' -> {
                    out.print(text("help.txt").replace("{prog}", programName));
                    throw new Exit(0);
                }
                case 'i' -> {
                    config.inspect = true;
                    config.interactive = true;
                }
                case 'I' -> {
                    config.isolated = true;
                    config.useEnvironment = false;
                    config.userSiteDirectory = false;
                    config.safePath = true;
                }
                case 'O' -> config.optimizationLevel++;
                case 'P' -> config.safePath = true;
                case 'q' -> config.quiet = true;
                case 'R', 't' -> {
                    // -R (hash randomization) is always on; -t is ignored since Python 3
                }
                case 's' -> config.userSiteDirectory = false;
                case 'S' -> config.siteImport = false;
                case 'u' -> config.bufferedStdio = false;
                case 'v' -> config.verbose++;
                case 'V' -> printVersion++;
                case 'W' -> cmdWarnings.add(optarg);
                case 'x' -> config.skipSourceFirstLine = true;
                case 'X' -> config.xoptions.add(optarg);
                case 1000 -> { // --check-hash-based-pycs
                    if (!optarg.equals("always") && !optarg.equals("never") && !optarg.equals("default")) {
                        err.print("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n");
                        throw usage(programName);
                    }
                    config.checkHashPycsMode = optarg;
                }
                case 1001 -> { // --help-all
                    out.print(text("help-all.txt").replace("{prog}", programName));
                    throw new Exit(0);
                }
                case 1002 -> {
                    out.print(text("help-env.txt"));
                    throw new Exit(0);
                }
                case 1003 -> {
                    out.print(text("help-xoptions.txt"));
                    throw new Exit(0);
                }
                default -> throw usage(programName); // '_': the error is printed
            }
        }
        if (printVersion > 0) {
            out.print("Python " + (printVersion >= 2 ? longVersion() : PYTHON_VERSION) + "\n");
            throw new Exit(0);
        }
        List<String> argv = new ArrayList<>();
        if (config.runCommand != null) {
            argv.add("-c");
        } else if (config.runModule != null) {
            argv.add("-m");
        } else if (optind < args.length) {
            if (!args[optind].equals("-")) {
                config.runFilename = args[optind];
            }
            argv.add(args[optind++]);
        } else {
            argv.add("");
        }
        for (int i = optind; i < args.length; i++) {
            argv.add(args[i]);
        }
        config.argv = argv;
        // sys.warnoptions, lowest priority first: dev mode, PYTHONWARNINGS, -W, then -b
        boolean devMode = config.xoptions.contains("dev")
                || config.useEnvironment && !get(env, "PYTHONDEVMODE").isEmpty();
        if (devMode) {
            config.warnoptions.add("default");
        }
        if (config.useEnvironment) {
            readEnv(config, env);
        }
        config.warnoptions.addAll(cmdWarnings);
        if (config.bytesWarning > 0) {
            config.warnoptions.add(config.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return config;
    }

    private Exit usage(String programName) {
        err.print("usage: " + programName + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Try `python -h' for more information.\n");
        return new Exit(2);
    }

    /** CPython's {@code _PyOS_GetOpt}: an option character, 1000+ for a long option, '_' for an error, -1 at the end. */
    private int getopt() {
        if (optPtr.isEmpty()) {
            if (optind >= args.length) {
                return -1;
            }
            String a = args[optind];
            if (!a.startsWith("-") || a.length() == 1) {
                return -1;
            }
            if (a.equals("--")) {
                optind++;
                return -1;
            }
            optPtr = args[optind++].substring(1);
        }
        int option = optPtr.codePointAt(0);
        optPtr = optPtr.substring(Character.charCount(option));
        if (option == '-') {
            if (optPtr.isEmpty()) {
                err.print("expected long option\n");
                return -1;
            }
            int index = List.of(LONG_OPTS).indexOf(optPtr);
            optPtr = "";
            if (index < 0) {
                err.print("unknown option " + args[optind - 1] + "\n");
                return '_';
            }
            if (index == 4) {
                return 'h';
            }
            if (index == 5) {
                return 'V';
            }
            if (index == 0) {
                if (optind >= args.length) {
                    err.print("Argument expected for the " + args[optind - 1] + " options\n");
                    return '_';
                }
                optarg = args[optind++];
            }
            return 1000 + index;
        }
        if (option == 'J') {
            err.print("-J is reserved for Jython\n");
            return '_';
        }
        int at = SHORT_OPTS.indexOf(option);
        if (option == ':' || at < 0) {
            err.print("Unknown option: -" + (char) (option & 0xff) + "\n");
            return '_';
        }
        if (at + 1 < SHORT_OPTS.length() && SHORT_OPTS.charAt(at + 1) == ':') {
            if (!optPtr.isEmpty()) {
                optarg = optPtr;
                optPtr = "";
            } else {
                if (optind >= args.length) {
                    err.print("Argument expected for the -" + (char) option + " option\n");
                    return '_';
                }
                optarg = args[optind++];
            }
        }
        return option;
    }

    /** CPython's {@code config_read_env_vars}: each variable counts only when set and not empty. */
    private static void readEnv(PyConfig config, Map<String, String> env) {
        config.parserDebug = envFlag(env, "PYTHONDEBUG", config.parserDebug);
        config.verbose = envFlag(env, "PYTHONVERBOSE", config.verbose);
        config.optimizationLevel = envFlag(env, "PYTHONOPTIMIZE", config.optimizationLevel);
        if (envFlag(env, "PYTHONINSPECT", 0) > 0) {
            config.inspect = true;
        }
        if (envFlag(env, "PYTHONDONTWRITEBYTECODE", 0) > 0) {
            config.writeBytecode = false;
        }
        if (envFlag(env, "PYTHONNOUSERSITE", 0) > 0) {
            config.userSiteDirectory = false;
        }
        if (envFlag(env, "PYTHONUNBUFFERED", 0) > 0) {
            config.bufferedStdio = false;
        }
        if (!get(env, "PYTHONSAFEPATH").isEmpty()) {
            config.safePath = true;
        }
        String path = get(env, "PYTHONPATH");
        if (!path.isEmpty()) {
            config.pythonpathEnv = new ArrayList<>(List.of(path.split(":", -1)));
        }
        String warnings = get(env, "PYTHONWARNINGS");
        if (!warnings.isEmpty()) {
            for (String w : warnings.split(",", -1)) {
                if (!w.isEmpty()) {
                    config.warnoptions.add(w);
                }
            }
        }
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null ? "" : v;
    }

    /** CPython's {@code _Py_get_env_flag}: an int value raises the flag to it, any other text to 1. */
    private static int envFlag(Map<String, String> env, String name, int flag) {
        String v = get(env, name);
        if (v.isEmpty()) {
            return flag;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
            if (n < 0) {
                n = 1;
            }
        } catch (NumberFormatException e) {
            n = 1;
        }
        return Math.max(flag, n);
    }

    private static String text(String name) {
        try (InputStream in = CommandLine.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
