package dev.adder.runtime.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.exceptions.PyExc;
import java.util.IdentityHashMap;

/**
 * The set of containers whose repr is being computed on this thread, so that a recursive
 * container prints as {@code [...]}.
 *
 * <p>CPython: {@code Objects/object.c} ({@code Py_ReprEnter}, {@code Py_ReprLeave}), which keep
 * the list in the thread state's dict. A {@link ThreadLocal} is used here: repr is not a hot path.
 */
public final class ReprGuard {
    private ReprGuard() {
    }

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * Marks {@code o} as being printed; false when it already is (a recursive reference).
     * RecursionError when more containers than the recursion limit are being printed, one inside
     * the other (CPython's {@code Py_EnterRecursiveCall} in {@code PyObject_Repr}): a list nested
     * 100,000 deep would otherwise be printed by copying its text at every level.
     */
    public static boolean enter(Object o) {
        IdentityHashMap<Object, Boolean> active = ACTIVE.get();
        if (active.size() >= Abstract.recursionLimit()) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
        return active.put(o, Boolean.TRUE) == null;
    }

    /** Unmarks {@code o}. */
    public static void exit(Object o) {
        ACTIVE.get().remove(o);
    }
}
