package dev.adder.vm;

import dev.adder.bytecode.LineTable;
import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code sys.settrace} and {@code sys.setprofile} events: 'call', 'line', 'return', 'exception'
 * and 'opcode' for trace functions; 'call', 'return', 'c_call', 'c_return' and 'c_exception' for
 * profile functions. The evaluation loop costs one field test per instruction when no trace
 * function is set ({@link ThreadState#tracing}); frames entered while a hook is set run through
 * {@link #evalTraced}. Hooks do not run while a hook runs. A 'line' event's trace function can
 * jump by assigning {@code f_lineno} ({@link LineJump}).
 *
 * <p>CPython: Python/ceval.c ({@code call_trace}, {@code maybe_call_line_trace},
 * {@code trace_function_entry}/{@code _exit}, {@code C_TRACE}), Python/sysmodule.c
 * ({@code trace_trampoline}, {@code profile_trampoline}, {@code call_trampoline}).
 */
final class Tracing {
    private Tracing() {
    }

    private static final PyStr CALL = PyStr.intern("call");
    private static final PyStr LINE = PyStr.intern("line");
    private static final PyStr RETURN = PyStr.intern("return");
    private static final PyStr EXCEPTION = PyStr.intern("exception");
    private static final PyStr OPCODE = PyStr.intern("opcode");
    private static final PyStr C_CALL = PyStr.intern("c_call");
    private static final PyStr C_RETURN = PyStr.intern("c_return");
    private static final PyStr C_EXCEPTION = PyStr.intern("c_exception");

    /** Runs frame {@code f} (already on the frame stack) reporting 'call' and 'return' events. */
    static PyObject evalTraced(ThreadState ts, Frame f) {
        PyFrame fo = f.frameObject();
        fo.atStart = true;
        if (ts.traceFunc != null) {
            fo.atEntry = true;
            PyObject r;
            try {
                r = callTrace(ts, ts.traceFunc, fo, CALL, PyNone.NONE);
            } finally {
                fo.atEntry = false;
            }
            if (r != PyNone.NONE) {
                fo.trace = r;
            }
        }
        if (ts.profileFunc != null && ts.inTrace == 0) {
            fo.atEntry = true;
            try {
                callProfile(ts, fo, CALL, PyNone.NONE);
            } finally {
                fo.atEntry = false;
            }
        }
        PyObject result;
        try {
            result = Ceval.run(ts, f);
        } catch (PyException e) {
            returnEvent(ts, f, null);
            throw e;
        }
        returnEvent(ts, f, result);
        return result;
    }

    /**
     * Runs a generator's or coroutine's frame from where it was suspended (or from its start),
     * reporting 'call' on entry and 'return' when it yields, returns or raises, as CPython does for
     * each resumption; with {@code thrown} ({@code throw()}, {@code close()}), 'call' and then
     * the exception, whose handler's first line is then reported as a new line.
     */
    static PyObject resumeTraced(ThreadState ts, Frame f, PyException thrown) {
        PyFrame fo = f.frameObject();
        {
            boolean first = f.lasti == 0;
            if (first) {
                fo.atStart = true;
            }
            if (ts.traceFunc != null) {
                fo.atEntry = first;
                PyObject r;
                try {
                    r = callTrace(ts, ts.traceFunc, fo, CALL, PyNone.NONE);
                } finally {
                    fo.atEntry = false;
                }
                if (r != PyNone.NONE) {
                    fo.trace = r;
                }
            }
            if (ts.profileFunc != null && ts.inTrace == 0) {
                fo.atEntry = first;
                try {
                    callProfile(ts, fo, CALL, PyNone.NONE);
                } finally {
                    fo.atEntry = false;
                }
            }
        }
        PyObject result;
        try {
            if (thrown != null) {
                int at = f.lasti;
                Ceval.throwInto(ts, f, thrown);
                fo.resumedFrom = at;
            }
            result = Ceval.run(ts, f);
        } catch (PyException e) {
            returnEvent(ts, f, null);
            throw e;
        }
        returnEvent(ts, f, result);
        return result;
    }

    /** The 'return' event of frame {@code f} ({@code result} null when an exception leaves it). */
    static void returnEvent(ThreadState ts, Frame f, PyObject result) {
        if (!ts.hooks) {
            return;
        }
        PyObject arg = result == null ? PyNone.NONE : result;
        PyFrame fo = f.frameObject;
        if (ts.traceFunc != null && fo != null && fo.trace != null) {
            callTrace(ts, fo.trace, fo, RETURN, arg);
        }
        if (ts.profileFunc != null && ts.inTrace == 0) {
            callProfile(ts, f.frameObject(), RETURN, arg);
        }
    }

    /**
     * Before the instruction at {@code ip}: the 'line' event at the start of a line or a backward
     * jump, and 'opcode'. Returns the offset of the instruction to run: {@code ip}, or where the
     * trace function jumped by setting {@code f_lineno} ({@link LineJump}; the frame's
     * {@link Frame#sp} is then the new stack pointer).
     */
    static int instruction(ThreadState ts, Frame f, int ip) {
        // f.lasti is the previous instruction when tracing ran for it, else the last call, which is
        // the call that turned tracing on: either way the instruction executed before this one.
        int prev = f.lasti;
        f.lasti = ip;
        PyFrame fo = f.frameObject;
        if (fo == null) {
            return ip;
        }
        if (fo.atStart) {
            fo.atStart = false;
            prev = -1;
        } else if (fo.resumedFrom >= 0) {
            prev = fo.resumedFrom; // a throw() resumed the frame in a handler: from the yield
            fo.resumedFrom = -1;
        }
        if (fo.trace == null) {
            return ip;
        }
        PyCode co = f.code;
        int line = co.lineForOffset(ip);
        if (line != LineTable.NO_LINE && fo.traceLines) {
            int lastline = prev < 0 ? LineTable.NO_LINE : co.lineForOffset(prev);
            if (line != lastline || ip < prev) {
                Frame saved = ts.lineEventFrame;
                ts.lineEventFrame = f;
                try {
                    callTrace(ts, fo.trace, fo, LINE, PyNone.NONE);
                    // a jump to the def line: it "runs", then the first instruction's line starts
                    while (fo.atDefLine) {
                        fo.atDefLine = false;
                        if (fo.trace == null || !fo.traceLines || co.lineForOffset(f.lasti) == LineTable.NO_LINE) {
                            break;
                        }
                        callTrace(ts, fo.trace, fo, LINE, PyNone.NONE);
                    }
                } finally {
                    ts.lineEventFrame = saved;
                    fo.atDefLine = false;
                }
            }
        }
        if (fo.traceOpcodes && fo.trace != null && ts.traceFunc != null) {
            callTrace(ts, fo.trace, fo, OPCODE, PyNone.NONE);
        }
        return f.lasti;
    }

    /**
     * The 'exception' event CPython reports when a {@code for} loop or a {@code yield from} ends
     * on a StopIteration: one raised by the iterator ({@code e}), or the one a generator returning
     * a value other than None sets ({@code genValue}). Exhaustion without an exception reports nothing.
     */
    static void stopIterationEvent(ThreadState ts, PyObject genValue, PyException e) {
        Frame f = ts.frame;
        if (f == null || ts.traceFunc == null) {
            return;
        }
        PyBaseException exc;
        if (e != null) {
            exc = e.value;
        } else if (genValue == null || genValue == PyNone.NONE) {
            return;
        } else {
            exc = PyGenerator.stopIteration(genValue).value;
        }
        exceptionEvent(ts, f, exc);
    }

    /** The 'exception' event, after the frame was added to the exception's traceback. */
    static void exceptionEvent(ThreadState ts, Frame f, PyBaseException exc) {
        PyFrame fo = f.frameObject;
        if (fo == null || fo.trace == null || ts.inTrace > 0) {
            return;
        }
        PyObject tb = exc.traceback() == null ? PyNone.NONE : exc.traceback();
        callTrace(ts, fo.trace, fo, EXCEPTION, PyTuple.of(exc.type(), exc, tb));
    }

    /**
     * Calls something that is not a Python function from the evaluation loop: one more level of
     * recursion (CPython counts C calls too), with the profile's 'c_call' events for builtins.
     */
    static PyObject callOther(ThreadState ts, PyObject fn, PyObject[] args, int base, int nargs, PyTuple kwnames) {
        int total = nargs + (kwnames == null ? 0 : kwnames.size());
        PyObject[] a = new PyObject[total];
        System.arraycopy(args, base, a, 0, total);
        String where = " while calling a Python object";
        if (fn instanceof PyMethod m && m.func instanceof PyFunction) {
            return Abstract.call(fn, a, nargs, kwnames); // counted by the function's frame
        } else if (fn.type().hasFlags(PyType.HAVE_VECTORCALL)) {
            return Abstract.call(fn, a, nargs, kwnames); // functools.partial: vectorcall, not counted
        } else if (fn instanceof PyType t && !t.hasFlags(PyType.HEAPTYPE)) {
            // builtin types are called without a recursion check; str(x) checks in PyObject_Str
            if (t != PyStr.TYPE || nargs != 1 || a[0].getClass() == PyStr.class) {
                return Abstract.call(fn, a, nargs, kwnames);
            }
            where = " while getting the str of an object";
        }
        if (++ts.recursionDepth > ts.recursionLimit) {
            ts.recursionDepth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded%s", where);
        }
        try {
            if (ts.hooks && ts.profileFunc != null
                    && (fn instanceof PyBuiltinFunction || (fn instanceof PyMethodDescr && nargs > 0))) {
                return profiledCall(ts, fn, a, nargs, kwnames);
            }
            return Abstract.call(fn, a, nargs, kwnames);
        } finally {
            ts.recursionDepth--;
        }
    }

    private static PyObject profiledCall(ThreadState ts, PyObject fn, PyObject[] a, int nargs, PyTuple kwnames) {
        PyObject shown = fn;
        if (fn instanceof PyMethodDescr) {
            // as CPython's trace_call_function: a wrong self fails here, with the call's own message
            shown = fn.type().tp_descr_get.get(fn, a[0], a[0].type());
        }
        PyFrame fo = ts.frame == null ? null : ts.frame.frameObject();
        callProfile(ts, fo, C_CALL, shown);
        PyObject r;
        try {
            r = Abstract.call(fn, a, nargs, kwnames);
        } catch (PyException e) {
            if (ts.profileFunc != null) {
                callProfile(ts, fo, C_EXCEPTION, shown);
            }
            throw e;
        }
        if (ts.profileFunc != null) {
            callProfile(ts, fo, C_RETURN, shown);
        }
        return r;
    }

    /** Calls a trace function ({@code trace_trampoline}); an exception removes the trace function. */
    private static PyObject callTrace(ThreadState ts, PyObject fn, PyFrame fo, PyStr event, PyObject arg) {
        try {
            return callHook(ts, fn, fo, event, arg);
        } catch (PyException e) {
            ts.traceFunc = null;
            ts.updateHooks();
            fo.trace = null;
            throw e;
        }
    }

    /** Calls the profile function ({@code profile_trampoline}); an exception removes it. */
    private static void callProfile(ThreadState ts, PyFrame fo, PyStr event, PyObject arg) {
        PyObject fn = ts.profileFunc;
        if (fn == null) {
            return;
        }
        try {
            callHook(ts, fn, fo, event, arg);
        } catch (PyException e) {
            ts.profileFunc = null;
            ts.updateHooks();
            throw e;
        }
    }

    /** {@code call_trampoline}: locals are synced to {@code f_locals} around the call; no hooks run inside. */
    private static PyObject callHook(ThreadState ts, PyObject fn, PyFrame fo, PyStr event, PyObject arg) {
        ts.traceWhat = event == CALL ? LineJump.WHAT_CALL : event == EXCEPTION ? LineJump.WHAT_EXCEPTION
                : event == LINE ? LineJump.WHAT_LINE : event == RETURN ? LineJump.WHAT_RETURN
                : event == C_CALL ? 4 : event == C_EXCEPTION ? 5 : event == C_RETURN ? 6 : 7;
        boolean fast = fo != null && fo.frame.locals == null;
        if (fast) {
            fo.locals();
        }
        ts.inTrace++;
        ts.updateHooks();
        try {
            return Abstract.call(fn, fo == null ? PyNone.NONE : fo, event, arg);
        } finally {
            ts.inTrace--;
            ts.updateHooks();
            if (fast) {
                fo.localsToFast();
            }
        }
    }
}
