package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

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
    /** {@code NSIG}: signal numbers are 1..64 (Linux). */
    public static final int NSIG = 65;
    private static final int SIGINT = 2;
    /** The signals received and not handled yet, by number. */
    private static final AtomicIntegerArray TRIPPED = new AtomicIntegerArray(NSIG);
    private static volatile boolean interrupted;
    /**
     * The Python-level handlers, by signal number ({@code _signal} sets them): null for the
     * default (for SIGINT: raise {@code KeyboardInterrupt}), or a callable called with the signal
     * number and the current frame. Read by the main thread at its next check.
     */
    public static final PyObject[] HANDLERS = new PyObject[NSIG];
    private static volatile Thread mainThread;
    private static final Set<Thread> STOPPING = ConcurrentHashMap.newKeySet();

    private Signals() {
    }

    /** Records a SIGINT: the main thread raises {@code KeyboardInterrupt} (or runs the Python handler) at its next check. */
    public static void tripInterrupt() {
        trip(SIGINT);
    }

    /** Records signal {@code signum} for the main thread's next check (CPython's {@code trip_signal}). */
    public static void trip(int signum) {
        TRIPPED.set(signum, 1);
        interrupted = true;
        pending = true;
    }

    /** Forgets a SIGINT not handled yet (the interactive loop has reported it itself). */
    public static void clearInterrupt() {
        TRIPPED.set(SIGINT, 0);
        boolean any = false;
        for (int i = 1; i < NSIG; i++) {
            any |= TRIPPED.get(i) != 0;
        }
        interrupted = any;
        pending = any || !STOPPING.isEmpty();
    }

    /** The thread that receives signals, or null when none was chosen. */
    public static Thread mainThread() {
        return mainThread;
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
        if (dev.adder.runtime.Finalizers.pending && (mainThread == null || cur == mainThread)) {
            pending = interrupted || !STOPPING.isEmpty();
            dev.adder.runtime.Finalizers.runPending();
        }
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
        for (int sig = 1; sig < NSIG; sig++) {
            if (TRIPPED.getAndSet(sig, 0) == 0) {
                continue;
            }
            PyObject h = HANDLERS[sig];
            if (h == null) {
                if (sig == SIGINT) {
                    requeueOthers(sig);
                    throw PyErr.of(PyExc.KeyboardInterrupt);
                }
            } else if (!(h instanceof PyInt)) {
                requeueOthers(sig); // a handler that raises leaves the rest for the next check
                ThreadState ts = ThreadState.current();
                Frame f = ts.frame;
                Abstract.call(h, PyInt.of(sig), f == null ? PyNone.NONE : f.frameObject());
            }
        }
    }

    /** Keeps the loop's attention on signals after {@code sig} still waiting. */
    private static void requeueOthers(int sig) {
        for (int i = sig + 1; i < NSIG; i++) {
            if (TRIPPED.get(i) != 0) {
                interrupted = true;
                pending = true;
                return;
            }
        }
    }
}
