package dev.adder.vm;

import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyStr;

import java.io.OutputStream;

/**
 * One interpreter: its modules ({@code sys.modules}), {@code builtins}, {@code sys} and
 * {@code __main__}, and its threads (one for now).
 *
 * <p>CPython: Include/internal/pycore_interp.h ({@code PyInterpreterState}), Python/pylifecycle.c.
 */
public final class InterpreterState {
    /** The runtime this interpreter belongs to. */
    public final RuntimeState runtime;
    /** Java actions run at finalization after the atexit callbacks (e.g. writing out buffered files). */
    public final java.util.List<Runnable> exitHooks = new java.util.ArrayList<>();
    /** {@code sys.modules}. */
    public final PyDict modules = new PyDict();
    /** The {@code builtins} module's dictionary. */
    public final PyDict builtins;
    /** The {@code builtins} module. */
    public final PyModule builtinsModule;
    /** The {@code sys} module. */
    public final PyModule sys;
    /** The {@code __main__} module. */
    public final PyModule main;
    /** The main thread's state. */
    public final ThreadState mainThread;
    /** The {@code atexit} module and its callbacks. */
    final Atexit atexit = new Atexit();
    /** Generators that suspended inside a try or with block, for {@link PyGenerator#closeAtExit}. */
    final java.util.List<java.lang.ref.WeakReference<PyGenerator>> generatorsInBlocks = new java.util.ArrayList<>();
    /** The size of {@link #generatorsInBlocks} at which its dead entries are dropped. */
    int generatorsPruneAt = 1024;
    /** {@code sys.stdout}, {@code sys.stderr} as made at start-up. */
    /** {@code -X importtime} or {@code PYTHONPROFILEIMPORTTIME}: print how long each import takes. */
    boolean importTime;
    PyTextStream stdout;
    PyTextStream stderr;
    /** The byte streams under {@code sys.stdout} and {@code sys.stderr} (file descriptors 1 and 2). */
    public OutputStream rawStdout;
    /** See {@link #rawStdout}. */
    public OutputStream rawStderr;

    InterpreterState(RuntimeState runtime) {
        this.runtime = runtime;
        builtinsModule = new PyModule("builtins");
        builtins = builtinsModule.dict;
        sys = new PyModule("sys");
        main = new PyModule("__main__");
        main.dict.setItem(PyStr.of("__annotations__"), new dev.adder.runtime.objects.PyDict());
        main.dict.setItem(PyStr.of("__builtins__"), builtinsModule);
        modules.setItem(PyStr.of("builtins"), builtinsModule);
        modules.setItem(PyStr.of("sys"), sys);
        modules.setItem(PyStr.of("__main__"), main);
        SysModule.init(this, runtime.config, runtime.argv);
        String pit = runtime.config.ignoreEnvironment != 0 || runtime.config.isolated != 0 ? null
                : System.getenv("PYTHONPROFILEIMPORTTIME");
        importTime = runtime.config.xOptions.containsKey("importtime") || (pit != null && !pit.isEmpty());
        modules.setItem(PyStr.of("atexit"), atexit.module);
        setStreams(System.out, System.err);
        Builtins.install(this);
        builtins.setItem(Import.IMPORT, Import.IMPORT_FUNC);
        for (PyModule m : new PyModule[] {sys, builtinsModule}) {
            ImportTypes.ModuleSpec spec = Import.builtinSpec(m.name);
            m.dict.setItem(Import.PACKAGE, PyStr.EMPTY);
            m.dict.setItem(Import.LOADER, ImportTypes.BUILTIN_IMPORTER);
            m.dict.setItem(Import.SPEC, spec);
        }
        FrameFunctions.install(this);
        mainThread = new ThreadState(this);
    }

    /** Sets {@code sys.stdout} and {@code sys.stderr} to write to these streams (UTF-8). */
    public void setStreams(OutputStream out, OutputStream err) {
        rawStdout = out;
        rawStderr = err;
        stdout = new PyTextStream(out, false);
        stderr = new PyTextStream(err, true);
        if (!runtime.pyConfig.bufferedStdio) {
            stdout.writeThrough = true;
            stderr.writeThrough = true;
        }
        sys.dict.setItem(PyStr.of("stdout"), stdout);
        sys.dict.setItem(PyStr.of("stderr"), stderr);
        sys.dict.setItem(PyStr.of("__stdout__"), stdout);
        sys.dict.setItem(PyStr.of("__stderr__"), stderr);
    }

    /**
     * Reports an exception that cannot be raised ({@code PyErr_WriteUnraisable}): "Exception
     * ignored in: repr(obj)" (or "Exception ignored {message}: ...") and the traceback on
     * {@code sys.stderr}.
     */
    /**
     * What {@code sys.__unraisablehook__} prints: {@code header} (the hook's {@code err_msg}, null
     * for "Exception ignored in"), the object's repr, the traceback and the exception. Set by the runner.
     */
    public interface UnraisablePrinter {
        void print(String header, dev.adder.runtime.PyObject obj, dev.adder.runtime.PyObject exc);
    }

    /** {@link UnraisablePrinter} of {@code sys.__unraisablehook__}. */
    public UnraisablePrinter defaultUnraisable = (h, o, e) -> {
    };

    public void writeUnraisable(String message, dev.adder.runtime.PyObject obj, dev.adder.runtime.PyException exc) {
        atexit.unraisable.write(message, obj, exc);
    }

    /** Flushes {@code sys.stdout} and {@code sys.stderr}. */
    public void flushStreams() {
        stdout.flush();
        stderr.flush();
    }
}
