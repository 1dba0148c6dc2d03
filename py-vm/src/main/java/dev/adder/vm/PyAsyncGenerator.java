package dev.adder.vm;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;

/**
 * {@code async_generator}: its {@code __anext__}/{@code asend} return {@code async_generator_asend}
 * awaitables and {@code athrow}/{@code aclose} return {@code async_generator_athrow} awaitables; a
 * value the frame yields travels wrapped ({@link WrappedValue}) so that the awaitable tells it from
 * what an {@code await} inside the generator passes up.
 *
 * <p>CPython: Objects/genobject.c ({@code async_gen_*}, {@code async_gen_asend_*},
 * {@code async_gen_athrow_*}, {@code async_gen_unwrap_value}).
 */
public final class PyAsyncGenerator extends PyGenerator {
    /** {@code async_generator}. */
    public static final PyType TYPE = PyType.builtin("async_generator", PyAsyncGenerator.class, 0);
    /** {@code async_generator_asend}. */
    public static final PyType ASEND = PyType.builtin("async_generator_asend", ASend.class, 0);
    /** {@code async_generator_athrow}. */
    public static final PyType ATHROW = PyType.builtin("async_generator_athrow", AThrow.class, 0);
    /** {@code async_generator_wrapped_value}. */
    public static final PyType WRAPPED = PyType.builtin("async_generator_wrapped_value", WrappedValue.class, 0);

    static final int INIT = 0;
    static final int ITER = 1;
    static final int CLOSED = 2;

    boolean closed;
    boolean runningAsync;

    PyAsyncGenerator(Frame frame, PyFunction fn) {
        super(TYPE, ASYNC_GEN, frame, fn);
    }

    /** A value yielded by an async generator's frame. */
    static final class WrappedValue extends PyObject {
        final PyObject value;

        WrappedValue(PyObject value) {
            super(WRAPPED);
            this.value = value;
        }
    }

    PyObject anext() {
        return new ASend(this, PyNone.NONE);
    }

    /** Runs the generator's {@code send}, turning its outcome into the awaitable's. */
    private PyObject sendUnwrap(ThreadState ts, PyObject arg) {
        PyObject r;
        try {
            r = sendEx(ts, arg, null, false);
        } catch (PyException e) {
            throw unwrapError(e);
        }
        return unwrap(r);
    }

    private PyObject throwUnwrap(ThreadState ts, PyObject[] a, int n) {
        PyObject r;
        try {
            r = throwEx(ts, false, a[0], n > 1 ? a[1] : null, n > 2 ? a[2] : null, n);
        } catch (PyException e) {
            throw unwrapError(e);
        }
        return unwrap(r);
    }

    private PyException unwrapError(PyException e) {
        if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
            closed = true;
        }
        runningAsync = false;
        return e;
    }

    /** CPython: {@code async_gen_unwrap_value}; null from sendEx means the frame returned. */
    private PyObject unwrap(PyObject r) {
        if (r == null) {
            closed = true;
            runningAsync = false;
            retval = null;
            throw PyErr.of(PyExc.StopAsyncIteration);
        }
        if (r instanceof WrappedValue w) {
            runningAsync = false;
            throw stopIteration(w.value);
        }
        return r;
    }

    /** What {@code asend} and {@code athrow} awaitables share: a state and the iterator protocol. */
    abstract static class Awaitable extends PyObject {
        int state = INIT;
        /** The value of the StopIteration that ended the last {@code tp_iternext}, for {@code next()}. */
        PyObject stopValue;

        Awaitable(PyType type) {
            super(type);
        }

        abstract PyObject send(PyObject arg);

        abstract PyObject throwIn(PyObject[] a, int n);
    }

    /** {@code async_generator_asend}: what {@code __anext__()} and {@code asend(v)} return. */
    static final class ASend extends Awaitable {
        final PyAsyncGenerator gen;
        final PyObject sendval;

        ASend(PyAsyncGenerator gen, PyObject sendval) {
            super(ASEND);
            this.gen = gen;
            this.sendval = sendval;
        }

        PyObject send(PyObject arg) {
            if (state == CLOSED) {
                throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw PyErr.format(PyExc.RuntimeError, "anext(): asynchronous generator is already running");
                }
                if (arg == null || arg == PyNone.NONE) {
                    arg = sendval;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            try {
                return gen.sendUnwrap(ThreadState.current(), arg);
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        PyObject throwIn(PyObject[] a, int n) {
            if (state == CLOSED) {
                throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
            }
            try {
                return gen.throwUnwrap(ThreadState.current(), a, n);
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }
    }

    /** {@code async_generator_athrow}: what {@code athrow(...)} and {@code aclose()} return. */
    static final class AThrow extends Awaitable {
        final PyAsyncGenerator gen;
        /** The {@code athrow} arguments, or null for {@code aclose()}. */
        final PyObject[] args;
        final int nargs;

        AThrow(PyAsyncGenerator gen, PyObject[] args, int nargs) {
            super(ATHROW);
            this.gen = gen;
            this.args = args;
            this.nargs = nargs;
        }

        private PyException ignoredExit() {
            gen.runningAsync = false;
            state = CLOSED;
            return PyErr.format(PyExc.RuntimeError, "async generator ignored GeneratorExit");
        }

        private PyException checkError(PyException e) {
            gen.runningAsync = false;
            state = CLOSED;
            if (args == null && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) {
                return PyErr.of(PyExc.StopIteration);
            }
            return e;
        }

        PyObject send(PyObject arg) {
            ThreadState ts = ThreadState.current();
            if (state == CLOSED) {
                throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.frame == null || gen.closed) {
                state = CLOSED;
                throw PyErr.of(PyExc.StopIteration);
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw PyErr.format(PyExc.RuntimeError, args == null
                            ? "aclose(): asynchronous generator is already running"
                            : "athrow(): asynchronous generator is already running");
                }
                if (arg != null && arg != PyNone.NONE) {
                    throw PyErr.format(PyExc.RuntimeError, "can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                if (args == null) {
                    gen.closed = true;
                    PyObject r;
                    try {
                        r = gen.throwEx(ts, false, PyExc.GeneratorExit, null, null, 1);
                    } catch (PyException e) {
                        throw checkError(e);
                    }
                    if (r == null) {
                        gen.retval = null;
                        throw checkError(PyErr.of(PyExc.StopAsyncIteration));
                    }
                    if (r instanceof WrappedValue) {
                        throw ignoredExit();
                    }
                    return r;
                }
                PyMethodDescr.checkArity("athrow", nargs, 1, 3);
                try {
                    return gen.throwUnwrap(ts, args, nargs);
                } catch (PyException e) {
                    throw checkError(e);
                }
            }
            if (args != null) {
                try {
                    return gen.sendUnwrap(ts, arg == null ? PyNone.NONE : arg);
                } catch (PyException e) {
                    throw checkError(e);
                }
            }
            PyObject r;
            try {
                r = gen.sendEx(ts, arg == null ? PyNone.NONE : arg, null, false);
            } catch (PyException e) {
                throw checkError(e);
            }
            if (r == null) {
                gen.retval = null;
                throw checkError(PyErr.of(PyExc.StopAsyncIteration));
            }
            if (r instanceof WrappedValue) {
                throw ignoredExit();
            }
            return r;
        }

        PyObject throwIn(PyObject[] a, int n) {
            if (state == CLOSED) {
                throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
            }
            ThreadState ts = ThreadState.current();
            if (args != null) {
                return gen.throwUnwrap(ts, a, n);
            }
            PyObject r;
            try {
                r = gen.throwEx(ts, true, a[0], n > 1 ? a[1] : null, n > 2 ? a[2] : null, n);
            } catch (PyException e) {
                if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
                    throw PyErr.of(PyExc.StopIteration);
                }
                throw e;
            }
            if (r instanceof WrappedValue) {
                throw ignoredExit();
            }
            if (r == null) {
                gen.retval = null;
                throw PyErr.of(PyExc.StopIteration);
            }
            return r;
        }
    }

    static {
        addCommon(TYPE, "ag");
        dev.adder.runtime.objects.PyGenericAlias.addClassGetItem(TYPE);
        TYPE.setAttribute("ag_await", new PyGetSetDescr(TYPE, "ag_await", PyGenerator::yieldFromOrNone, null));
        TYPE.setAttribute("ag_running", new dev.adder.runtime.objects.PyMemberDescr(TYPE, "ag_running",
                o -> PyBool.of(((PyAsyncGenerator) o).runningAsync), null));
        slot0(TYPE, "__aiter__", o -> o);
        slot0(TYPE, "__anext__", o -> ((PyAsyncGenerator) o).anext());
        PyMethodDescr.oneArg(TYPE, "asend", (o, v) -> new ASend((PyAsyncGenerator) o, v));
        PyMethodDescr.full(TYPE, "athrow", (o, a, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("async_generator.athrow() takes no keyword arguments");
            }
            return new AThrow((PyAsyncGenerator) o, java.util.Arrays.copyOf(a, n), n);
        });
        PyMethodDescr.noArgs(TYPE, "aclose", o -> new AThrow((PyAsyncGenerator) o, null, 0));

        awaitableSlots(ASEND);
        awaitableSlots(ATHROW);
        WRAPPED.ready();
    }

    /** The iterator, awaitable and generator-like methods of {@code async_generator_asend}/{@code _athrow}. */
    private static void awaitableSlots(PyType t) {
        t.tp_iter = o -> o;
        t.tp_iternext = o -> {
            Awaitable w = (Awaitable) o;
            w.stopValue = null;
            try {
                return w.send(null);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) {
                    w.stopValue = stopValue(e.value);
                    return null;
                }
                throw e;
            }
        };
        t.ready();
        slot0(t, "__await__", o -> o);
        slot0(t, "__iter__", o -> o);
        slot0(t, "__next__", o -> ((Awaitable) o).send(null));
        PyMethodDescr.oneArg(t, "send", (o, v) -> ((Awaitable) o).send(v));
        PyMethodDescr.varArgs(t, "throw", 1, 3, (o, a, n) -> ((Awaitable) o).throwIn(a, n));
        PyMethodDescr.noArgs(t, "close", o -> {
            ((Awaitable) o).state = CLOSED;
            return PyNone.NONE;
        });
    }
}
