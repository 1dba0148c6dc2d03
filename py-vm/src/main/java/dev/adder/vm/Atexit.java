package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code atexit} module and the interpreter's exit callbacks, run at finalization in the
 * reverse order of registration. An exception in a callback is reported as unraisable
 * ("Exception ignored in atexit callback: ...") and the next callback runs.
 *
 * <p>CPython: Modules/atexitmodule.c ({@code struct atexit_state} lives in the interpreter).
 */
final class Atexit {
    /** One registration: the function and the arguments to call it with. */
    private record Callback(PyObject func, PyObject[] args, PyTuple kwnames) {
    }

    /** Reports an exception that cannot be raised: message, object, exception. */
    interface Unraisable {
        void write(String message, PyObject obj, PyException exc);
    }

    /** Null entries are unregistered ones; they still count in {@code _ncallbacks}, as in CPython. */
    private final List<Callback> callbacks = new ArrayList<>();
    /** The module object. */
    final PyModule module = new PyModule("atexit");
    /** Where callback exceptions go; {@link PythonRun} installs its traceback printer. */
    Unraisable unraisable = (message, obj, exc) -> {
    };

    Atexit() {
        module.dict.setItem(PyStr.of("__doc__"), PyStr.of("allow programmer to define multiple exit functions to be "
                + "executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are "
                + "defined.\n"));
        def("register", (self, a, n, kw) -> {
            if (n < 1) {
                throw PyErr.typeError("register() takes at least 1 argument (0 given)");
            }
            PyObject func = a[0];
            if (func.type().tp_call == null) {
                throw PyErr.typeError("the first argument must be callable");
            }
            int total = n + (kw == null ? 0 : kw.size());
            PyObject[] rest = new PyObject[total - 1];
            System.arraycopy(a, 1, rest, 0, total - 1);
            callbacks.add(new Callback(func, rest, kw == null || kw.size() == 0 ? null : kw));
            return func;
        });
        def("unregister", (self, a, n, kw) -> {
            noKeywords("atexit.unregister", kw);
            if (n != 1) {
                throw PyErr.typeError("atexit.unregister() takes exactly one argument (%d given)", n);
            }
            for (int i = 0; i < callbacks.size(); i++) {
                Callback cb = callbacks.get(i);
                if (cb != null && Abstract.richCompareBool(cb.func, a[0], CompareOp.EQ)) {
                    callbacks.set(i, null);
                }
            }
            return PyNone.NONE;
        });
        def("_run_exitfuncs", (self, a, n, kw) -> {
            noArgs("_run_exitfuncs", n, kw);
            runExitFuncs();
            return PyNone.NONE;
        });
        def("_clear", (self, a, n, kw) -> {
            noArgs("_clear", n, kw);
            callbacks.clear();
            return PyNone.NONE;
        });
        def("_ncallbacks", (self, a, n, kw) -> {
            noArgs("_ncallbacks", n, kw);
            return PyInt.of(callbacks.size());
        });
    }

    private void def(String name, PyBuiltinFunction.Impl impl) {
        module.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, module, impl));
    }

    private static void noKeywords(String name, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    private static void noArgs(String name, int n, PyTuple kw) {
        noKeywords("atexit." + name, kw);
        if (n != 0) {
            throw PyErr.typeError("atexit.%s() takes no arguments (%d given)", name, n);
        }
    }

    /** Calls the callbacks, newest first, reporting their exceptions, then forgets them all. */
    void runExitFuncs() {
        for (int i = callbacks.size() - 1; i >= 0; i--) {
            if (i >= callbacks.size()) {
                continue; // a callback cleared the list
            }
            Callback cb = callbacks.get(i);
            if (cb == null) {
                continue;
            }
            try {
                int nkw = cb.kwnames == null ? 0 : cb.kwnames.size();
                Abstract.call(cb.func, cb.args, cb.args.length - nkw, cb.kwnames);
            } catch (PyException e) {
                unraisable.write("in atexit callback", cb.func, e);
            } catch (StackOverflowError e) {
                unraisable.write("in atexit callback", cb.func,
                        PyErr.format(dev.adder.runtime.exceptions.PyExc.RecursionError,
                                "maximum recursion depth exceeded"));
            }
        }
        callbacks.clear();
    }
}
