package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The functions that look at frames, exceptions being handled, hooks and the recursion limit:
 * {@code sys._getframe}, {@code sys.exc_info}, {@code sys.exception}, {@code sys.settrace},
 * {@code sys.gettrace}, {@code sys.setprofile}, {@code sys.getprofile},
 * {@code sys.getrecursionlimit}, {@code sys.setrecursionlimit}, {@code sys.call_tracing}; the builtins {@code globals()} and
 * {@code locals()}; {@code BaseException.with_traceback} and the check of {@code __traceback__}.
 *
 * <p>CPython: Python/sysmodule.c, Python/bltinmodule.c ({@code builtin_globals},
 * {@code builtin_locals}), Objects/exceptions.c ({@code BaseException_with_traceback}).
 */
public final class FrameFunctions {
    private FrameFunctions() {
    }

    /** Registers the functions in {@code interp}'s {@code sys} and {@code builtins}. */
    public static void install(InterpreterState interp) {
        // Exception handling may run with almost no Java stack left (a StackOverflowError turned into
        // RecursionError): the classes it needs are initialized now, while there is stack to spare.
        if (PyTraceback.TYPE == null || PyFrame.TYPE == null || PyCell.TYPE == null) {
            throw new IllegalStateException("types not initialized");
        }
        PyModule sys = interp.sys;
        // one implementation for all names: each lambda expression costs a class at start-up
        for (String name : SYS_NAMES) {
            sys.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, sys, (self, a, n, kw) -> sysCall(name,
                    a, n, kw)));
        }

        PyDict b = interp.builtins;
        builtin(b, interp.builtinsModule, "globals", () -> {
            Frame f = ThreadState.current().frame;
            return f == null ? PyNone.NONE : f.globals;
        });
        builtin(b, interp.builtinsModule, "locals", () -> {
            Frame f = ThreadState.current().frame;
            return f == null ? PyNone.NONE : f.frameObject().locals();
        });

        if (PyBuiltinFunction.TYPE.lookup(PyStr.of("__name__")) == null) {
            PyBuiltinFunction.TYPE.setAttribute("__name__", new PyGetSetDescr(PyBuiltinFunction.TYPE, "__name__",
                    o -> PyStr.of(((PyBuiltinFunction) o).name()), null));
        }
        PyMethodDescr.oneArg(PyExc.BaseException, "with_traceback", (self, tb) -> {
            ((PyBaseException) self).setTraceback(checkTraceback(tb));
            return self;
        });
        PyExc.BaseException.setAttribute("__traceback__", new PyGetSetDescr(PyExc.BaseException, "__traceback__",
                o -> orNone(((PyBaseException) o).traceback()), (o, v) -> {
                    if (v == null) {
                        throw PyErr.typeError("__traceback__ may not be deleted");
                    }
                    ((PyBaseException) o).setTraceback(checkTraceback(v));
                }));
    }

    private static final String[] SYS_NAMES = {"_getframe", "exc_info", "exception", "settrace", "setprofile",
        "gettrace", "getprofile", "getrecursionlimit", "setrecursionlimit", "call_tracing"};

    private static PyObject sysCall(String name, PyObject[] a, int n, PyTuple kw) {
        String qn = "sys." + name;
        noKw(qn, kw);
        ThreadState ts = ThreadState.current();
        switch (name) {
            case "_getframe": {
                if (n > 1) {
                    throw PyErr.typeError("_getframe expected at most 1 argument, got %d", n);
                }
                int depth = n == 0 ? 0 : asInt(a[0]);
                Frame f = ts.frame;
                while (depth > 0 && f != null) {
                    f = f.back;
                    depth--;
                }
                if (f == null) {
                    throw PyErr.valueError("call stack is not deep enough");
                }
                return f.frameObject();
            }
            case "call_tracing": {
                if (n != 2) {
                    throw PyErr.typeError("call_tracing expected 2 arguments, got %d", n);
                }
                if (!(a[1] instanceof PyTuple args)) {
                    throw PyErr.typeError("call_tracing() argument 2 must be tuple, not %s", a[1].type().name());
                }
                // CPython 3.11.7 reports no events for the call either when made from a trace function
                return dev.adder.runtime.Abstract.call(a[0], args.items());
            }
            case "settrace":
            case "setprofile":
            case "setrecursionlimit":
                if (n != 1) {
                    throw PyErr.typeError("%s() takes exactly one argument (%d given)", qn, n);
                }
                break;
            default:
                if (n != 0) {
                    throw PyErr.typeError("%s() takes no arguments (%d given)", qn, n);
                }
                break;
        }
        switch (name) {
            case "exc_info": {
                if (!(ts.excInfo instanceof PyBaseException exc)) {
                    return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                }
                return PyTuple.of(exc.type(), exc, orNone(exc.traceback()));
            }
            case "exception":
                return orNone(ts.excInfo);
            case "settrace":
                ts.traceFunc = a[0] == PyNone.NONE ? null : a[0];
                ts.updateHooks();
                return PyNone.NONE;
            case "setprofile":
                ts.profileFunc = a[0] == PyNone.NONE ? null : a[0];
                ts.updateHooks();
                return PyNone.NONE;
            case "gettrace":
                return orNone(ts.traceFunc);
            case "getprofile":
                return orNone(ts.profileFunc);
            case "getrecursionlimit":
                return PyInt.of(ts.recursionLimit);
            default: { // setrecursionlimit
                int limit = asInt(a[0]);
                if (limit < 1) {
                    throw PyErr.valueError("recursion limit must be greater or equal than 1");
                }
                // the depth counts this call, as CPython counts calls of builtins
                int depth = ts.recursionDepth;
                if (depth >= limit) {
                    throw PyErr.format(PyExc.RecursionError,
                            "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                            limit, depth);
                }
                ts.recursionLimit = limit;
                Abstract.setRecursionLimit(limit);
                return PyNone.NONE;
            }
        }
    }

    private static PyObject checkTraceback(PyObject tb) {
        if (tb == PyNone.NONE) {
            return null;
        }
        if (!(tb instanceof PyTraceback)) {
            throw PyErr.typeError("__traceback__ must be a traceback or None");
        }
        return tb;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** A C int argument, with CPython's errors. */
    static int asInt(PyObject v) {
        if (!(v instanceof PyInt) && v.type().nb_index == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", v.type().name());
        }
        return dev.adder.runtime.Abstract.index(v).intValueExact();
    }

    private static void noKw(String name, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    private static void builtin(PyDict b, PyModule module, String name, java.util.function.Supplier<PyObject> f) {
        b.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, module, (self, a, n, kw) -> {
            noKw(name, kw);
            if (n != 0) {
                throw PyErr.typeError("%s() takes no arguments (%d given)", name, n);
            }
            return f.get();
        }));
    }
}
