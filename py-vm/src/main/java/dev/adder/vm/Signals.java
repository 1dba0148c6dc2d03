package dev.adder.vm;

import dev.adder.runtime.PyErr;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import dev.adder.runtime.exceptions.PyExc;

/**
 * Signals as Python sees them: a handler (installed by the command line) records a SIGINT in
 * {@link #pending}, and the evaluation loop, which reads that one volatile field at backward
 * jumps and at calls, raises {@code KeyboardInterrupt} in the main thread. The same check stops a
 * thread that an embedder asked to stop.
 *
 * <p>CPython: Modules/signalmodule.c ({@code trip_signal}, {@code PyErr_CheckSignals}),
 * Python/ceval_gil.h (the eval breaker).
 */
public final class Signals {
    /**
     * Set when the evaluation loop has something to do at its next check: a signal the main
     * thread has not handled yet, or a thread asked to stop ({@link #requestStop}).
     */
    public static volatile boolean pending;
    private static volatile boolean interrupted;
    private static volatile Thread mainThread;
    private static final Set<Thread> STOPPING = ConcurrentHashMap.newKeySet();

    private Signals() {
    }

    /** Records a SIGINT: the main thread raises {@code KeyboardInterrupt} at its next check. */
    public static void tripInterrupt() {
        interrupted = true;
        pending = true;
    }

    /** Forgets a SIGINT not handled yet (the interactive loop has reported it itself). */
    public static void clearInterrupt() {
        interrupted = false;
        pending = !STOPPING.isEmpty();
    }

    /** Makes the calling thread the one that receives {@code KeyboardInterrupt}. */
    public static void setMainThread(Thread t) {
        mainThread = t;
    }

    /**
     * Asks thread {@code t}, running Python code, to stop: at its next check (a backward jump or
     * a call) it throws {@link Stopped}, which Python code cannot catch; {@code finally} blocks
     * do not run. For embedders that give up on a program (a time limit). A thread blocked in a
     * Java call (reading input) stops once that call returns.
     */
    public static void requestStop(Thread t) {
        STOPPING.add(t);
        pending = true;
    }

    /** Thrown in a thread that {@link #requestStop} stopped. */
    public static final class Stopped extends Error {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the Python code running in this thread was stopped", null, false, false);
        }
    }

    /**
     * Called by the evaluation loop when {@link #pending} is set: stops a thread asked to stop,
     * raises {@code KeyboardInterrupt} in the main thread after a SIGINT (other threads leave the
     * signal to it).
     */
    public static void handlePending() {
        Thread cur = Thread.currentThread();
        if (!STOPPING.isEmpty() && STOPPING.remove(cur)) {
            pending = interrupted || !STOPPING.isEmpty();
            throw new Stopped();
        }
        Thread m = mainThread;
        if (!interrupted || (m != null && cur != m)) {
            return;
        }
        interrupted = false;
        pending = !STOPPING.isEmpty();
        throw PyErr.of(PyExc.KeyboardInterrupt);
    }
}
