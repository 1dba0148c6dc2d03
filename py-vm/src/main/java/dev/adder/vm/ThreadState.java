package dev.adder.vm;

import dev.adder.runtime.PyObject;

/**
 * The state of one thread in one interpreter: the frame stack, the exception being handled, the
 * recursion depth.
 *
 * <p>CPython: Include/cpython/pystate.h ({@code PyThreadState}), Python/pystate.c.
 */
public final class ThreadState {
    private static volatile ThreadState main;

    /** The interpreter this thread runs in. */
    public final InterpreterState interp;
    /** The innermost frame. */
    Frame frame;
    /** The exception being handled ({@code sys.exc_info()[1]}), or null. */
    PyObject excInfo;
    /** Set by a re-raise so that the frame is not added to the traceback again. */
    boolean reraising;
    /** Python call depth. */
    int recursionDepth;
    /** The recursion limit ({@code sys.getrecursionlimit()}). */
    int recursionLimit = 1000;
    /** {@code sys.settrace}'s function, or null. */
    PyObject traceFunc;
    /** {@code sys.setprofile}'s function, or null. */
    PyObject profileFunc;
    /** True when line events must be looked for at each instruction (a trace function is set, not running). */
    boolean tracing;
    /** True when a trace or profile function is set and not running: calls and returns report events. */
    boolean hooks;
    /** Nesting of trace and profile callbacks being run (they are not traced themselves). */
    int inTrace;
    /** The last event given to a trace or profile function ({@code tstate->tracing_what}; {@link LineJump}'s numbers). */
    int traceWhat = LineJump.WHAT_CALL;
    /** The frame whose 'line' event is being reported (the only frame that can jump), or null. */
    Frame lineEventFrame;

    ThreadState(InterpreterState interp) {
        this.interp = interp;
        main = this;
    }

    /**
     * The thread state for callers that do not have one at hand (slots called from the runtime).
     * One thread per interpreter for now.
     */
    public static ThreadState current() {
        return main;
    }

    /** Recomputes {@link #tracing} and {@link #hooks} from the hook functions. */
    void updateHooks() {
        boolean on = inTrace == 0;
        tracing = on && traceFunc != null;
        hooks = on && (traceFunc != null || profileFunc != null);
    }

    /** The innermost frame, or null. */
    public Frame frame() {
        return frame;
    }
}
