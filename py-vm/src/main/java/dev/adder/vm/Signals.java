package dev.adder.vm;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.exceptions.PyExc;

/**
 * Signals as Python sees them: a handler (installed by the command line) records a SIGINT in
 * {@link #pending}, and the evaluation loop, which reads that one volatile field at backward
 * jumps and at calls, raises {@code KeyboardInterrupt} in the main thread.
 *
 * <p>CPython: Modules/signalmodule.c ({@code trip_signal}, {@code PyErr_CheckSignals}),
 * Python/ceval_gil.h (the eval breaker).
 */
public final class Signals {
    /** Set when a signal arrived that the main thread has not handled yet. */
    public static volatile boolean pending;
    private static volatile Thread mainThread;

    private Signals() {
    }

    /** Records a SIGINT: the main thread raises {@code KeyboardInterrupt} at its next check. */
    public static void tripInterrupt() {
        pending = true;
    }

    /** Makes the calling thread the one that receives {@code KeyboardInterrupt}. */
    public static void setMainThread(Thread t) {
        mainThread = t;
    }

    /**
     * Called by the evaluation loop when {@link #pending} is set: raises {@code KeyboardInterrupt}
     * in the main thread (other threads leave the signal to it).
     */
    public static void handlePending() {
        Thread m = mainThread;
        if (m != null && Thread.currentThread() != m) {
            return;
        }
        pending = false;
        throw PyErr.of(PyExc.KeyboardInterrupt);
    }
}
