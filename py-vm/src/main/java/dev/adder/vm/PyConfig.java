package dev.adder.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings an interpreter starts with, as the command line and the {@code PYTHON*}
 * environment variables give them ({@code sys.flags}, {@code sys.argv}, {@code sys.warnoptions},
 * {@code sys._xoptions} come from here). Fields are plain and mutable while the command line is
 * read; the runtime reads them once it is initialized.
 *
 * <p>CPython: Include/cpython/initconfig.h ({@code PyConfig}), Python/initconfig.c.
 */
public final class PyConfig {
    /** The program name as the user typed it ({@code argv[0]}), used in usage and error messages. */
    public String programName = "adder";
    /** {@code sys.argv}. */
    public List<String> argv = new ArrayList<>(List.of(""));
    /** {@code -O}: 0, 1 or 2; also {@code PYTHONOPTIMIZE}. */
    public int optimizationLevel;
    /** {@code -i}: enter interactive mode after the program; also {@code PYTHONINSPECT}. */
    public boolean inspect;
    /** {@code -i} given on the command line ({@code sys.flags.interactive}). */
    public boolean interactive;
    /** {@code -q}: no banner in interactive mode. */
    public boolean quiet;
    /** False with {@code -u} or {@code PYTHONUNBUFFERED}: stdout and stderr write through. */
    public boolean bufferedStdio = true;
    /** False with {@code -B} or {@code PYTHONDONTWRITEBYTECODE}. */
    public boolean writeBytecode = true;
    /** False with {@code -E} or {@code -I}: {@code PYTHON*} variables are ignored. */
    public boolean useEnvironment = true;
    /** {@code -I}. */
    public boolean isolated;
    /** False with {@code -S}. */
    public boolean siteImport = true;
    /** False with {@code -s}, {@code -I} or {@code PYTHONNOUSERSITE}. */
    public boolean userSiteDirectory = true;
    /** {@code -P}, {@code -I} or {@code PYTHONSAFEPATH}: no script directory or cwd in front of {@code sys.path}. */
    public boolean safePath;
    /** {@code -v} count; also {@code PYTHONVERBOSE}. */
    public int verbose;
    /** {@code -b} count. */
    public int bytesWarning;
    /** {@code -d} count; also {@code PYTHONDEBUG}. */
    public int parserDebug;
    /** {@code -x}: skip the script's first line. */
    public boolean skipSourceFirstLine;
    /** {@code -W} options then {@code PYTHONWARNINGS} entries, as {@code sys.warnoptions}. */
    public List<String> warnoptions = new ArrayList<>();
    /** {@code -X} options, as {@code sys._xoptions} is made from them. */
    public List<String> xoptions = new ArrayList<>();
    /** {@code --check-hash-based-pycs}: "default", "always" or "never". */
    public String checkHashPycsMode = "default";
    /** {@code PYTHONPATH} entries, or empty. */
    public List<String> pythonpathEnv = new ArrayList<>();
    /** {@code -c} command, or null. */
    public String runCommand;
    /** {@code -m} module, or null. */
    public String runModule;
    /** The script file, or null ({@code -} or no argument: standard input). */
    public String runFilename;

    /** The command line as given ({@code sys.orig_argv}); null means {@code argv}. */
    public List<String> origArgv;

    /** {@code sys.flags.dont_write_bytecode}. */
    public boolean dontWriteBytecode() {
        return !writeBytecode;
    }
}
