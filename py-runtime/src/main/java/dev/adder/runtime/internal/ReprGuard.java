package dev.adder.runtime.internal;

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

    /** Marks {@code o} as being printed; false when it already is (a recursive reference). */
    public static boolean enter(Object o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    /** Unmarks {@code o}. */
    public static void exit(Object o) {
        ACTIVE.get().remove(o);
    }
}
