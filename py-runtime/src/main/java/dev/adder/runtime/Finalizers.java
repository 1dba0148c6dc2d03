package dev.adder.runtime;

import dev.adder.runtime.objects.PyStr;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;

/**
 * {@code __del__}: instances of classes that define it are made as
 * {@link dev.adder.runtime.objects.PyFinalizedInstance}, which the JVM's collector hands to its
 * finalizer thread once they are unreachable; they wait here, and the interpreter's thread calls
 * their {@code __del__} at its next check (the evaluation loop's, with signals), at
 * {@code gc.collect()} and at exit. An exception from {@code __del__} is reported as CPython's
 * "Exception ignored in: ..." and not raised.
 *
 * <p>Unlike CPython, where {@code __del__} runs when the last reference goes (at {@code del x}),
 * it runs here when the collector finds the object unreachable: later, at a collection.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code slot_tp_finalize}), {@code Objects/object.c}
 * ({@code PyObject_CallFinalizerFromDealloc}).
 */
public final class Finalizers {
    private Finalizers() {
    }

    private static final PyStr DEL = PyStr.intern("__del__");
    private static final ConcurrentLinkedQueue<PyObject> QUEUE = new ConcurrentLinkedQueue<>();
    /** Set when objects wait for their {@code __del__}. */
    public static volatile boolean pending;
    /** True once an object with a {@code __del__} was made (finalization at exit has work then). */
    public static volatile boolean used;
    /** Tells the interpreter's thread to look at {@link #pending} soon (set by the VM: its eval breaker). */
    public static volatile Runnable wake = () -> {
    };
    /** Reports an exception out of {@code __del__} (the VM's unraisable hook): the method, the exception. */
    public static volatile BiConsumer<PyObject, PyException> unraisable = (m, e) -> {
    };
    private static boolean running;
    /** Advanced when an interpreter has finished: objects made before are no longer finalized. */
    public static volatile int epoch;

    /** From the collector's finalizer thread: {@code o} is unreachable. */
    public static void enqueue(PyObject o) {
        QUEUE.add(o);
        pending = true;
        wake.run();
    }

    /** Calls the {@code __del__} of the objects waiting (on the interpreter's thread; not re-entered). */
    public static void runPending() {
        if (running) {
            return;
        }
        running = true;
        try {
            pending = false;
            for (PyObject o; (o = QUEUE.poll()) != null;) {
                callDel(o);
            }
        } finally {
            running = false;
        }
    }

    /** Calls {@code o.__del__()} now, unless it was called already. */
    public static void callDel(PyObject o) {
        if (o instanceof dev.adder.runtime.objects.PyFinalizedInstance fi) {
            if (fi.finalized || fi.epoch != epoch) {
                return;
            }
            fi.finalized = true;
        }
        PyObject m = o.type().lookup(DEL);
        if (m == null) {
            return;
        }
        try {
            HeapTypeSlots.callMethod(m, o);
        } catch (PyException e) {
            unraisable.accept(m, e);
        }
    }

    @SuppressWarnings({"deprecation", "removal", "unused"})
    private static void sentinel(java.util.concurrent.CountDownLatch seen) {
        new Object() {
            @Override
            protected void finalize() {
                seen.countDown();
            }
        };
    }

    /** The interpreter has finished: objects made so far are not finalized any more (nor kept waiting). */
    public static void endEpoch() {
        epoch++;
        used = false;
        QUEUE.clear();
        pending = false;
    }

    /** Runs the collector and waits for its finalizer thread, then calls what it found ({@code gc.collect()}). */
    @SuppressWarnings({"deprecation", "removal"})
    public static void collect() {
        if (!used) {
            return;
        }
        // the collector hands finalizable objects to the finalizer thread after it returns: a
        // sentinel made unreachable before it, finalized with them, tells when they were handed over
        // over; the reference handler may queue the others after it, so a second round waits for those
        for (int round = 0; round < 2; round++) {
            java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(1);
            sentinel(seen);
            System.gc();
            try {
                seen.await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.runFinalization();
        }
        runPending();
    }
}
