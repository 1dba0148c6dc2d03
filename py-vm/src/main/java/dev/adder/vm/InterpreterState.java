package dev.adder.vm;

import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyList;
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
    /** {@code sys.stdout}, {@code sys.stderr} as made at start-up. */
    PyTextStream stdout;
    PyTextStream stderr;

    InterpreterState(RuntimeState runtime) {
        this.runtime = runtime;
        builtinsModule = new PyModule("builtins");
        builtins = builtinsModule.dict;
        sys = new PyModule("sys");
        main = new PyModule("__main__");
        main.dict.setItem(PyStr.of("__builtins__"), builtinsModule);
        modules.setItem(PyStr.of("builtins"), builtinsModule);
        modules.setItem(PyStr.of("sys"), sys);
        modules.setItem(PyStr.of("__main__"), main);
        PyList argv = new PyList();
        for (String a : runtime.argv) {
            argv.append(PyStr.of(a));
        }
        sys.dict.setItem(PyStr.of("argv"), argv);
        sys.dict.setItem(PyStr.of("modules"), modules);
        setStreams(System.out, System.err);
        sys.dict.setItem(PyStr.of("exit"), new dev.adder.runtime.objects.PyBuiltinFunction("exit", "exit", sys,
                (self, a, n, kw) -> {
                    throw dev.adder.runtime.PyErr.of(dev.adder.runtime.exceptions.PyExc.SystemExit,
                            n == 0 ? new dev.adder.runtime.PyObject[0] : new dev.adder.runtime.PyObject[] {a[0]});
                }));
        sys.dict.setItem(PyStr.of("maxsize"), dev.adder.runtime.objects.PyInt.of(Long.MAX_VALUE));
        dev.adder.vm.internal.RuntimeExtras.install();
        Builtins.install(this);
        FrameFunctions.install(this);
        mainThread = new ThreadState(this);
    }

    /** Sets {@code sys.stdout} and {@code sys.stderr} to write to these streams (UTF-8). */
    public void setStreams(OutputStream out, OutputStream err) {
        stdout = new PyTextStream(out, false);
        stderr = new PyTextStream(err, true);
        sys.dict.setItem(PyStr.of("stdout"), stdout);
        sys.dict.setItem(PyStr.of("stderr"), stderr);
        sys.dict.setItem(PyStr.of("__stdout__"), stdout);
        sys.dict.setItem(PyStr.of("__stderr__"), stderr);
    }

    /** Flushes {@code sys.stdout} and {@code sys.stderr}. */
    public void flushStreams() {
        stdout.flush();
        stderr.flush();
    }
}
