package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.BaseObject;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInstance;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * A generator, coroutine or asynchronous generator: a suspended {@link Frame} that the evaluation
 * loop re-enters at the instruction after the {@code YIELD_VALUE} (or at the {@code YIELD_FROM}
 * it suspended in) with the value stack as it was. Resuming costs no Java thread and no exception:
 * {@code YIELD_VALUE} returns from {@link Ceval} with {@link Frame#suspended} set.
 *
 * <p>The three kinds share this class (CPython shares {@code _PyGenObject_HEAD}); the type tells them
 * apart. The internal protocol is {@link #sendEx}: it returns the yielded value, or null when the
 * frame returned (the value is then in {@link #retval}), or throws the exception the frame raised.
 *
 * <p>CPython: Objects/genobject.c ({@code gen_send_ex2}, {@code _gen_throw}, {@code gen_close},
 * {@code _PyGen_yf}, {@code _PyCoro_GetAwaitableIter}).
 */
public class PyGenerator extends PyObject {
    /** {@code generator}. */
    public static final PyType GENERATOR = PyType.builtin("generator", PyGenerator.class, 0);
    /** {@code coroutine}. */
    public static final PyType COROUTINE = PyType.builtin("coroutine", PyGenerator.class, 0);
    /** {@code coroutine_wrapper}: what {@code coroutine.__await__()} returns. */
    public static final PyType CORO_WRAPPER = PyType.builtin("coroutine_wrapper", CoroWrapper.class, 0);

    static final int GEN = 0;
    static final int CORO = 1;
    static final int ASYNC_GEN = 2;

    static final int YIELD_FROM = 72;
    static final int CO_ITERABLE_COROUTINE = 0x100;

    /** The frame, or null once the generator has finished. */
    Frame frame;
    final PyCode code;
    final int kind;
    PyObject name;
    PyObject qualname;
    boolean running;
    boolean started;
    /** Resume at the instruction after the {@code YIELD_FROM} the frame is suspended in. */
    boolean pastYieldFrom;
    /**
     * Set when a generator function's call result goes straight to a {@code for} loop's
     * {@code GET_ITER}: then the loop's stack slot is the only reference, and the generator is
     * closed when the loop drops it (after {@code break}, {@code return} or an exception), as
     * CPython's reference counting closes it at that moment.
     */
    boolean loopOwned;
    /** Set when the generator first suspends inside a try or with block (it is then registered for exit). */
    private boolean suspendedInBlock;
    /** The exception being handled inside the generator while it is suspended. */
    PyObject excState;
    /** The value of the last {@code return}, until {@link #takeReturnValue} reads it. */
    PyObject retval;

    PyGenerator(PyType type, int kind, Frame frame, PyFunction fn) {
        super(type);
        this.kind = kind;
        this.frame = frame;
        frame.generator = this;
        this.code = frame.code;
        this.name = PyStr.of(fn.name);
        this.qualname = PyStr.of(fn.qualname);
    }

    /** The generator, coroutine or async generator for a call of {@code fn}, whose frame is bound. */
    static PyObject create(PyFunction fn, Frame f) {
        int flags = fn.code.flags;
        if ((flags & 0x80) != 0) {
            return new PyGenerator(COROUTINE, CORO, f, fn);
        }
        if ((flags & 0x200) != 0) {
            return new PyAsyncGenerator(f, fn);
        }
        return new PyGenerator(GENERATOR, GEN, f, fn);
    }

    String kindName() {
        return kind == CORO ? "coroutine" : kind == ASYNC_GEN ? "async generator" : "generator";
    }

    /** The returned value of the run that ended in a {@code return}, once; then None. */
    PyObject takeReturnValue() {
        PyObject r = retval;
        retval = null;
        return r == null ? PyNone.NONE : r;
    }

    /** Whether this is a coroutine or a generator marked as one ({@code types.coroutine}). */
    static boolean isCoroutine(PyObject o) {
        return o instanceof PyGenerator g && (g.kind == CORO || (g.kind == GEN && (g.code.flags & CO_ITERABLE_COROUTINE) != 0));
    }

    // ------------------------------------------------------------------ the protocol

    /**
     * Resumes the frame with {@code arg} (null for {@code __next__}) or with {@code exc} raised at the
     * suspension point. Returns the yielded value, or null when the frame returned (see {@link #retval}).
     * CPython: {@code gen_send_ex2}.
     */
    final PyObject sendEx(ThreadState ts, PyObject arg, PyException exc, boolean closing) {
        Frame f = frame;
        if (running || f == null || !started || exc != null) {
            return sendSlow(ts, arg, exc, closing);
        }
        if (pastYieldFrom || (f.code.code[f.lasti] & 0xff) != YIELD_FROM) {
            f.lasti += 2;
        }
        pastYieldFrom = false;
        f.localsplus[f.sp++] = arg == null ? PyNone.NONE : arg;
        return run(ts, f, null);
    }

    /** The rare cases of {@link #sendEx}: running, finished, not started, or throwing. */
    private PyObject sendSlow(ThreadState ts, PyObject arg, PyException exc, boolean closing) {
        if (running) {
            throw PyErr.valueError("%s already executing", kindName());
        }
        Frame f = frame;
        if (f == null) {
            if (kind == CORO && !closing) {
                throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
            }
            if (exc != null) {
                throw exc;
            }
            retval = null;
            return null;
        }
        if (!started) {
            if (arg != null && arg != PyNone.NONE && exc == null) {
                throw PyErr.typeError("can't send non-None value to a just-started %s", kindName());
            }
            started = true;
        } else if (exc == null) {
            if (pastYieldFrom || (f.code.code[f.lasti] & 0xff) != YIELD_FROM) {
                f.lasti += 2;
            }
        }
        pastYieldFrom = false;
        f.localsplus[f.sp++] = arg == null ? PyNone.NONE : arg;
        return run(ts, f, exc);
    }

    /** Runs the frame until it yields (the value), returns (null) or raises. */
    private PyObject run(ThreadState ts, Frame f, PyException exc) {
        PyObject prev = ts.excInfo;
        if (excState != null || exc != null) {
            // a thrown exception is chained to the generator's own handled exception only (3.11)
            ts.excInfo = excState;
        }
        running = true;
        f.suspended = false;
        try {
            PyObject r = Ceval.resume(ts, f, exc);
            if (f.suspended) {
                if (f.nblocks != 0) {
                    excState = handlerActive(f) ? ts.excInfo : null;
                    if (!suspendedInBlock && kind == GEN) {
                        // a try/with is open: closing it at exit runs its finally (see closeAtExit)
                        suspendedInBlock = true;
                        registerForExit(ts.interp);
                    }
                } else {
                    excState = null;
                }
                return r;
            }
            finish();
            retval = r;
            return null;
        } catch (PyException e) {
            finish();
            throw convertStop(e);
        } finally {
            running = false;
            ts.excInfo = prev;
        }
    }

    private void finish() {
        frame = null;
        excState = null;
    }

    private static boolean handlerActive(Frame f) {
        for (int i = 0; i < f.nblocks; i++) {
            if (f.blocks[i * 3] == Frame.EXCEPT_HANDLER) {
                return true;
            }
        }
        return false;
    }

    /** PEP 479: a StopIteration (or an async generator's StopAsyncIteration) leaving the frame. */
    private PyException convertStop(PyException e) {
        String msg = null;
        if (e.matches(PyExc.StopIteration)) {
            msg = kindName() + " raised StopIteration";
        } else if (kind == ASYNC_GEN && e.matches(PyExc.StopAsyncIteration)) {
            msg = "async generator raised StopAsyncIteration";
        }
        if (msg == null) {
            return e;
        }
        PyException r = PyErr.format(PyExc.RuntimeError, "%s", msg);
        r.value.setContext(e.value);
        r.value.setCause(e.value);
        return r;
    }

    /** The iterator a {@code yield from}/{@code await} delegates to, or null. CPython: {@code _PyGen_yf}. */
    final PyObject yieldFrom() {
        Frame f = frame;
        if (f == null || !started || pastYieldFrom || running) {
            return null;
        }
        if ((f.code.code[f.lasti] & 0xff) != YIELD_FROM || f.sp <= f.code.nlocalsplus) {
            return null;
        }
        return f.localsplus[f.sp - 1];
    }

    /** Ends the delegation: pops the delegate so that the frame resumes after its YIELD_FROM. */
    private void dropYieldFrom() {
        Frame f = frame;
        f.localsplus[--f.sp] = null;
        pastYieldFrom = true;
    }

    /** {@code send(v)}: the yielded value, or StopIteration carrying the returned value. */
    final PyObject send(ThreadState ts, PyObject v) {
        PyObject r = sendEx(ts, v, null, false);
        if (r == null) {
            throw stopIteration(takeReturnValue());
        }
        return r;
    }

    static PyException stopIteration(PyObject value) {
        return value == PyNone.NONE ? PyErr.of(PyExc.StopIteration) : PyErr.of(PyExc.StopIteration, value);
    }

    /**
     * {@code throw(typ[, val[, tb]])} (nargs given): forwards to the delegate first, as CPython's
     * {@code _gen_throw} does. Returns the yielded value, or null when the generator returned.
     */
    final PyObject throwEx(ThreadState ts, boolean closeOnGenExit, PyObject typ, PyObject val, PyObject tb, int nargs) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            if (closeOnGenExit && isGeneratorExit(typ)) {
                PyException err = null;
                running = true;
                try {
                    closeIter(ts, yf);
                } catch (PyException e) {
                    err = e;
                } finally {
                    running = false;
                }
                if (err != null) {
                    dropYieldFrom();
                    return sendEx(ts, PyNone.NONE, err, false);
                }
                return throwHere(ts, typ, val, tb);
            }
            PyObject ret;
            PyException err = null;
            if (yf instanceof PyGenerator g && g.kind != ASYNC_GEN) {
                running = true;
                try {
                    ret = g.throwEx(ts, closeOnGenExit, typ, val, tb, nargs);
                    if (ret == null) {
                        val = g.takeReturnValue();
                    }
                } catch (PyException e) {
                    ret = null;
                    err = e;
                } finally {
                    running = false;
                }
            } else {
                PyObject meth = Abstract.lookupAttr(yf, PyStr.of("throw"));
                if (meth == null) {
                    return throwHere(ts, typ, val, tb);
                }
                running = true;
                try {
                    PyObject[] a = nargs == 1 ? new PyObject[] {typ}
                            : nargs == 2 ? new PyObject[] {typ, val} : new PyObject[] {typ, val, tb};
                    ret = Abstract.call(meth, a);
                } catch (PyException e) {
                    ret = null;
                    if (e.matches(PyExc.StopIteration)) {
                        val = stopValue(e.value);
                    } else {
                        err = e;
                    }
                } finally {
                    running = false;
                }
            }
            if (ret != null) {
                return ret;
            }
            dropYieldFrom();
            if (err != null) {
                pastYieldFrom = false;
                return sendEx(ts, PyNone.NONE, err, false);
            }
            return sendEx(ts, val, null, false);
        }
        return throwHere(ts, typ, val, tb);
    }

    private static boolean isGeneratorExit(PyObject typ) {
        if (typ instanceof PyType t) {
            return t.isSubtype(PyExc.GeneratorExit);
        }
        return typ.type().isSubtype(PyExc.GeneratorExit);
    }

    static PyObject stopValue(PyBaseException e) {
        PyTuple a = e.args();
        return a.size() == 0 ? PyNone.NONE : a.get(0);
    }

    private PyObject throwHere(ThreadState ts, PyObject typ, PyObject val, PyObject tb) {
        if (tb == PyNone.NONE) {
            tb = null;
        } else if (tb != null && !(tb instanceof PyTraceback)) {
            throw PyErr.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            if (val != null && val.type().isSubtype(t)) {
                exc = (PyBaseException) val;
            } else {
                PyObject e;
                if (val == null || val == PyNone.NONE) {
                    e = Abstract.call(t);
                } else if (val instanceof PyTuple vt) {
                    e = Abstract.call(t, vt.items());
                } else {
                    e = Abstract.call(t, val);
                }
                if (!(e instanceof PyBaseException)) {
                    throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                            Abstract.repr(t).value(), e.type().name());
                }
                exc = (PyBaseException) e;
            }
        } else if (typ instanceof PyBaseException be) {
            if (val != null && val != PyNone.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            exc = be;
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    typ.type().name());
        }
        if (tb != null) {
            exc.setTraceback(tb);
        }
        return sendEx(ts, PyNone.NONE, new PyException(exc), false);
    }

    private void registerForExit(InterpreterState interp) {
        java.util.List<java.lang.ref.WeakReference<PyGenerator>> gens = interp.generatorsInBlocks;
        if (gens.size() >= interp.generatorsPruneAt) {
            // drop the collected and the finished, keeping the order
            gens.removeIf(r -> r.get() == null || r.get().frame == null);
            interp.generatorsPruneAt = Math.max(1024, gens.size() * 2);
        }
        gens.add(new java.lang.ref.WeakReference<>(this));
    }

    /**
     * At interpreter exit, after the {@code atexit} callbacks: closes the generators still
     * suspended inside a try or with block, oldest first, so that their {@code finally} clauses
     * and context managers run as they do when CPython's finalization frees them. An exception
     * from one is reported as unraisable. Generators that became unreachable earlier are closed
     * here too (CPython would have closed them when their last reference went).
     */
    static void closeAtExit(ThreadState ts) {
        java.util.List<java.lang.ref.WeakReference<PyGenerator>> gens = ts.interp.generatorsInBlocks;
        for (int i = 0; i < gens.size(); i++) {
            PyGenerator g = gens.get(i).get();
            if (g == null || g.frame == null || g.running) {
                continue;
            }
            try {
                g.close(ts);
            } catch (PyException e) {
                ts.interp.atexit.unraisable.write(null, g, e);
            }
        }
        gens.clear();
    }

    /** {@code close()}. CPython: {@code gen_close}. */
    final PyObject close(ThreadState ts) {
        if (frame == null) {
            return PyNone.NONE;
        }
        if (!started && !running) {
            finish();
            return PyNone.NONE;
        }
        PyObject yf = yieldFrom();
        PyException err = null;
        if (yf != null) {
            running = true;
            try {
                closeIter(ts, yf);
            } catch (PyException e) {
                err = e;
            } finally {
                running = false;
            }
        }
        if (err == null) {
            err = PyErr.of(PyExc.GeneratorExit);
        }
        PyObject r;
        try {
            r = sendEx(ts, PyNone.NONE, err, true);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration) || e.matches(PyExc.GeneratorExit)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (r != null) {
            throw PyErr.format(PyExc.RuntimeError, "%s ignored GeneratorExit", kindName());
        }
        retval = null;
        return PyNone.NONE;
    }

    /** Closes a delegate. CPython: {@code gen_close_iter}. */
    static void closeIter(ThreadState ts, PyObject yf) {
        if (yf instanceof PyGenerator g && g.kind != ASYNC_GEN) {
            g.close(ts);
            return;
        }
        PyObject meth = Abstract.lookupAttr(yf, PyStr.of("close"));
        if (meth != null) {
            Abstract.call(meth);
        }
    }

    // ------------------------------------------------------------------ the Python-visible type

    static PyObject throwMethod(PyObject self, PyObject[] a, int n) {
        PyGenerator g = (PyGenerator) self;
        PyObject r = g.throwEx(ThreadState.current(), true, a[0], n > 1 ? a[1] : null, n > 2 ? a[2] : null, n);
        if (r == null) {
            throw stopIteration(g.takeReturnValue());
        }
        return r;
    }

    static PyObject frameOf(PyGenerator g) {
        Frame f = g.frame;
        return f == null ? PyNone.NONE : FrameView.of(f);
    }

    static void addCommon(PyType t, String prefix) {
        t.tp_repr = o -> PyStr.of("<" + ((PyGenerator) o).kindDisplay() + " object "
                + ((PyStr) ((PyGenerator) o).qualname).value() + " at " + BaseObject.address(o) + ">");
        t.ready();
        if (t == PyAsyncGenerator.TYPE) {
            addAttributes(t, prefix);
            return;
        }
        PyMethodDescr.oneArg(t, "send", (o, v) -> ((PyGenerator) o).send(ThreadState.current(), v));
        PyMethodDescr.varArgs(t, "throw", 1, 3, PyGenerator::throwMethod);
        PyMethodDescr.noArgs(t, "close", o -> ((PyGenerator) o).close(ThreadState.current()));
        addAttributes(t, prefix);
    }

    private static void addAttributes(PyType t, String prefix) {
        t.setAttribute("__name__", new PyGetSetDescr(t, "__name__", o -> ((PyGenerator) o).name, (o, v) -> {
            if (!(v instanceof PyStr)) {
                throw PyErr.typeError("__name__ must be set to a string object");
            }
            ((PyGenerator) o).name = v;
        }));
        t.setAttribute("__qualname__", new PyGetSetDescr(t, "__qualname__", o -> ((PyGenerator) o).qualname,
                (o, v) -> {
                    if (!(v instanceof PyStr)) {
                        throw PyErr.typeError("__qualname__ must be set to a string object");
                    }
                    ((PyGenerator) o).qualname = v;
                }));
        t.setAttribute(prefix + "_frame", new PyGetSetDescr(t, prefix + "_frame", o -> frameOf((PyGenerator) o),
                null));
        t.setAttribute(prefix + "_running", new PyGetSetDescr(t, prefix + "_running",
                o -> PyBool.of(((PyGenerator) o).running), null));
        t.setAttribute(prefix + "_code", new dev.adder.runtime.objects.PyMemberDescr(t, prefix + "_code",
                o -> ((PyGenerator) o).code, null));
        if (!prefix.equals("ag")) { // CPython 3.11's async generators have no ag_suspended
            t.setAttribute(prefix + "_suspended", new PyGetSetDescr(t, prefix + "_suspended",
                    o -> PyBool.of(((PyGenerator) o).isSuspended()), null));
        }
    }

    /** A slot wrapper taking no arguments ({@code __next__}, {@code __iter__}, {@code __await__}...). */
    static void slot0(PyType t, String name, java.util.function.Function<PyObject, PyObject> fn) {
        PyMethodDescr.full(t, name, (self, a, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("wrapper %s() takes no keyword arguments", name);
            }
            if (n != 0) {
                throw PyErr.typeError("expected 0 arguments, got %d", n);
            }
            return fn.apply(self);
        });
    }

    /** The value a just-exhausted iterator of this module carried for {@code next()}'s StopIteration. */
    static PyObject lastReturnValue(PyObject it) {
        if (it instanceof PyGenerator g) {
            return g.takeReturnValue();
        }
        if (it instanceof CoroWrapper w) {
            return w.coro.takeReturnValue();
        }
        if (it instanceof PyAsyncGenerator.ASend s) {
            PyObject v = s.stopValue;
            s.stopValue = null;
            return v == null ? PyNone.NONE : v;
        }
        if (it instanceof PyAsyncGenerator.AThrow s) {
            PyObject v = s.stopValue;
            s.stopValue = null;
            return v == null ? PyNone.NONE : v;
        }
        return PyNone.NONE;
    }

    String kindDisplay() {
        return kind == CORO ? "coroutine" : kind == ASYNC_GEN ? "async_generator" : "generator";
    }

    boolean isSuspended() {
        return frame != null && started && !running;
    }

    static PyObject yieldFromOrNone(PyObject o) {
        PyObject yf = ((PyGenerator) o).yieldFrom();
        return yf == null ? PyNone.NONE : yf;
    }

    static {
        GENERATOR.tp_iter = o -> o;
        GENERATOR.tp_iternext = o -> ((PyGenerator) o).sendEx(ThreadState.current(), null, null, false);
        addCommon(GENERATOR, "gi");
        GENERATOR.setAttribute("gi_yieldfrom", new PyGetSetDescr(GENERATOR, "gi_yieldfrom",
                PyGenerator::yieldFromOrNone, null));
        slot0(GENERATOR, "__next__", o -> {
            PyGenerator g = (PyGenerator) o;
            PyObject r = g.sendEx(ThreadState.current(), null, null, false);
            if (r == null) {
                throw stopIteration(g.takeReturnValue());
            }
            return r;
        });
        slot0(GENERATOR, "__iter__", o -> o);

        addCommon(COROUTINE, "cr");
        COROUTINE.setAttribute("cr_await", new PyGetSetDescr(COROUTINE, "cr_await", PyGenerator::yieldFromOrNone,
                null));
        COROUTINE.setAttribute("cr_origin", new dev.adder.runtime.objects.PyMemberDescr(COROUTINE, "cr_origin", o -> PyNone.NONE, null));
        slot0(COROUTINE, "__await__", o -> new CoroWrapper((PyGenerator) o));

        CORO_WRAPPER.tp_iter = o -> o;
        CORO_WRAPPER.tp_iternext = o -> ((CoroWrapper) o).coro.sendEx(ThreadState.current(), null, null, false);
        CORO_WRAPPER.ready();
        slot0(CORO_WRAPPER, "__next__", o -> ((CoroWrapper) o).coro.send(ThreadState.current(),
                PyNone.NONE));
        slot0(CORO_WRAPPER, "__iter__", o -> o);
        PyMethodDescr.oneArg(CORO_WRAPPER, "send", (o, v) -> ((CoroWrapper) o).coro.send(ThreadState.current(), v));
        PyMethodDescr.varArgs(CORO_WRAPPER, "throw", 1, 3, (o, a, n) -> throwMethod(((CoroWrapper) o).coro, a, n));
        PyMethodDescr.noArgs(CORO_WRAPPER, "close", o -> ((CoroWrapper) o).coro.close(ThreadState.current()));
    }

    /** {@code coroutine_wrapper}: the iterator over a coroutine that {@code __await__} returns. */
    static final class CoroWrapper extends PyObject {
        final PyGenerator coro;

        CoroWrapper(PyGenerator coro) {
            super(CORO_WRAPPER);
            this.coro = coro;
        }
    }

    /** Whether {@code o}'s class was defined in Python (its slots go through Python methods). */
    static boolean isHeap(PyObject o) {
        return o.type().hasFlags(PyType.HEAPTYPE) || o instanceof PyInstance;
    }
}
