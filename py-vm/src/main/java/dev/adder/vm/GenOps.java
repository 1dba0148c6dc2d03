package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

/**
 * The evaluation loop's opcodes for generators, coroutines and asynchronous iteration:
 * {@code YIELD_VALUE}, {@code YIELD_FROM}, {@code GEN_START}, {@code GET_YIELD_FROM_ITER},
 * {@code GET_AWAITABLE}, {@code GET_AITER}, {@code GET_ANEXT}, {@code END_ASYNC_FOR},
 * {@code BEFORE_ASYNC_WITH}, {@code SETUP_ASYNC_WITH}.
 *
 * <p>CPython: Python/ceval.c (those opcodes, {@code PyIter_Send}, {@code format_awaitable_error}).
 */
final class GenOps {
    private GenOps() {
    }

    /** YIELD_VALUE: suspends the frame after the instruction and returns {@code v} from the loop. */
    static PyObject yieldValue(Frame f, PyObject[] s, int sp, int ip) {
        PyObject v = s[--sp];
        s[sp] = null;
        f.sp = sp;
        f.lasti = ip - 2;
        f.suspended = true;
        if ((f.code.flags & 0x200) != 0) {
            return new PyAsyncGenerator.WrappedValue(v);
        }
        return v;
    }

    /**
     * YIELD_FROM: sends {@code v} to the receiver under it. When the receiver yields, the frame is
     * suspended at this instruction (to run it again on resume) and the value returned; when it
     * returns, its value is returned with the frame not suspended. CPython: {@code PyIter_Send}.
     */
    static PyObject yieldFrom(ThreadState ts, Frame f, PyObject[] s, int sp) {
        PyObject v = s[sp - 1];
        PyObject recv = s[sp - 2];
        PyObject r;
        if (recv instanceof PyGenerator.CoroWrapper w) {
            recv = w.coro;
        }
        if (recv instanceof PyGenerator g && g.kind != PyGenerator.ASYNC_GEN) {
            r = g.sendEx(ts, v, null, false);
            if (r == null) {
                if (ts.tracing) {
                    Tracing.stopIterationEvent(ts, g.retval, null);
                }
                return g.takeReturnValue();
            }
        } else if (v == PyNone.NONE && recv.type().tp_iternext != null && !PyGenerator.isHeap(recv)
                && !(recv instanceof PyAsyncGenerator.ASend) && !(recv instanceof PyAsyncGenerator.AThrow)) {
            r = recv.type().tp_iternext.next(recv);
            if (r == null) {
                return PyNone.NONE;
            }
        } else {
            try {
                if (v == PyNone.NONE && recv.type().tp_iternext != null) {
                    r = Abstract.callMethod(recv, "__next__");
                } else {
                    r = Abstract.callMethod(recv, "send", v);
                }
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) {
                    if (ts.tracing) {
                        Tracing.stopIterationEvent(ts, null, e);
                    }
                    return PyGenerator.stopValue(e.value);
                }
                throw e;
            }
        }
        s[sp - 1] = null;
        f.sp = sp - 1;
        f.suspended = true;
        return r;
    }

    /** GET_YIELD_FROM_ITER: o -> iter(o), generators and (in coroutines) coroutines as they are. */
    static PyObject getYieldFromIter(Frame f, PyObject o) {
        if (o instanceof PyGenerator g && g.kind == PyGenerator.CORO) {
            if ((f.code.flags & (0x80 | PyGenerator.CO_ITERABLE_COROUTINE)) == 0) {
                throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        if (o instanceof PyGenerator g && g.kind == PyGenerator.GEN) {
            return o;
        }
        return Abstract.iter(o);
    }

    /** A method found on the type and bound to {@code o}, or null. */
    static PyObject special(PyObject o, String name) {
        PyObject d = o.type().lookup(name);
        if (d == null) {
            return null;
        }
        Slots.DescrGetFunc g = d.type().tp_descr_get;
        return g == null ? d : g.get(d, o, o.type());
    }

    /** The iterator {@code await o} drives. CPython: {@code _PyCoro_GetAwaitableIter}. */
    static PyObject awaitableIter(PyObject o) {
        if (PyGenerator.isCoroutine(o)) {
            return o;
        }
        PyObject await = special(o, "__await__");
        if (await == null) {
            throw PyErr.typeError("object %s can't be used in 'await' expression", o.type().name());
        }
        PyObject res = Abstract.call(await);
        if (PyGenerator.isCoroutine(res)) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (res.type().tp_iternext == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '%s'", res.type().name());
        }
        return res;
    }

    /** GET_AWAITABLE (3.10 finds the {@code async with} case from the instructions before it). */
    static PyObject getAwaitable(PyObject o, byte[] code, int ip) {
        PyObject it;
        if (PyGenerator.isCoroutine(o) || special(o, "__await__") != null) {
            it = awaitableIter(o);
        } else {
            int prev = ip >= 4 ? code[ip - 4] & 0xff : 0;
            int prevprev = ip >= 6 ? code[ip - 6] & 0xff : 0;
            if (prev == 52) { // BEFORE_ASYNC_WITH
                throw PyErr.typeError("'async with' received an object from __aenter__ that does not implement "
                        + "__await__: %s", o.type().name());
            }
            if (prev == 49 || (prev == 131 && prevprev == 4)) { // WITH_EXCEPT_START, or DUP_TOP CALL_FUNCTION
                throw PyErr.typeError("'async with' received an object from __aexit__ that does not implement "
                        + "__await__: %s", o.type().name());
            }
            it = awaitableIter(o);
        }
        if (it instanceof PyGenerator g && g.kind == PyGenerator.CORO && g.yieldFrom() != null) {
            throw PyErr.format(PyExc.RuntimeError, "coroutine is being awaited already");
        }
        return it;
    }

    /** The opcodes of this class that the loop sends to {@link CevalOps#rareOpcode}; returns the new sp. */
    static int rare(ThreadState ts, Frame f, int op, int arg, int sp) {
        PyObject[] s = f.localsplus;
        switch (op) {
            case 129: // GEN_START: v -> (drops the None sent to start the frame)
                s[--sp] = null;
                return sp;
            case 69: // GET_YIELD_FROM_ITER
                s[sp - 1] = getYieldFromIter(f, s[sp - 1]);
                return sp;
            case 50: // GET_AITER: o -> aiter
                s[sp - 1] = getAiter(s[sp - 1]);
                return sp;
            case 51: // GET_ANEXT: aiter -> aiter awaitable
                s[sp] = getAnext(s[sp - 1]);
                return sp + 1;
            case 54: // END_ASYNC_FOR
                return endAsyncFor(ts, f, s, sp);
            case 52: // BEFORE_ASYNC_WITH: mgr -> aexit aenter()
                return beforeAsyncWith(s, sp);
            default:
                throw PyErr.systemError("unknown opcode %d", op);
        }
    }

    /** SETUP_ASYNC_WITH: res -> (finally block) res. */
    static int setupAsyncWith(Frame f, PyObject[] s, int sp, int handler) {
        PyObject res = s[--sp];
        CevalOps.pushBlock(f, Frame.SETUP_FINALLY, handler, sp);
        s[sp++] = res;
        return sp;
    }

    static PyObject getAiter(PyObject o) {
        PyObject m = special(o, "__aiter__");
        if (m == null) {
            throw PyErr.typeError("'async for' requires an object with __aiter__ method, got %s", o.type().name());
        }
        PyObject it = Abstract.call(m);
        if (it.type().lookup("__anext__") == null) {
            throw PyErr.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    it.type().name());
        }
        return it;
    }

    static PyObject getAnext(PyObject aiter) {
        if (aiter instanceof PyAsyncGenerator ag) {
            return ag.anext();
        }
        PyObject m = special(aiter, "__anext__");
        if (m == null) {
            throw PyErr.typeError("'async for' requires an iterator with __anext__ method, got %s",
                    aiter.type().name());
        }
        PyObject next = Abstract.call(m);
        try {
            return awaitableIter(next);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            PyException r = PyErr.typeError("'async for' received an invalid object from __anext__: %s",
                    next.type().name());
            r.value.setContext(e.value);
            r.value.setCause(e.value);
            throw r;
        }
    }

    /** END_ASYNC_FOR: aiter tb' v' t' tb v t -> (loop ends on StopAsyncIteration, else re-raises). */
    static int endAsyncFor(ThreadState ts, Frame f, PyObject[] s, int sp) {
        PyObject t = s[--sp];
        s[sp] = null;
        if (t instanceof PyType type && type.isSubtype(PyExc.StopAsyncIteration)) {
            int b = --f.nblocks * 3;
            if (f.blocks[b] != Frame.EXCEPT_HANDLER) {
                throw PyErr.systemError("popped block is not an except handler");
            }
            int level = f.blocks[b + 2];
            while (sp > level + 3) {
                s[--sp] = null;
            }
            PyObject v = s[level + 1];
            ts.excInfo = v == PyNone.NONE ? null : v;
            CevalOps.clear(s, level, level + 3);
            sp = level;
            s[--sp] = null; // the async iterator
            return sp;
        }
        PyObject v = s[sp - 1];
        f.sp = sp;
        ts.reraising = true;
        throw new PyException((dev.adder.runtime.exceptions.PyBaseException) v);
    }

    static int beforeAsyncWith(PyObject[] s, int sp) {
        PyObject mgr = s[sp - 1];
        PyObject enter = special(mgr, "__aenter__");
        PyObject exit = enter == null ? null : special(mgr, "__aexit__");
        if (enter == null || exit == null) {
            throw PyErr.typeError(enter == null
                    ? "'%s' object does not support the asynchronous context manager protocol"
                    : "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                    mgr.type().name());
        }
        s[sp - 1] = exit;
        s[sp] = Abstract.call(enter);
        return sp + 1;
    }
}
