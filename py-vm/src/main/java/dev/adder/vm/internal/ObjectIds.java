package dev.adder.vm.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code id(obj)}: a number unique among the objects alive at the same time, fixed for each
 * object's lifetime. The JVM moves objects and its identity hash codes collide, so the ids are
 * handed out from a counter and remembered through weak references (an object that was never
 * asked for its id costs nothing).
 *
 * <p>CPython: Python/bltinmodule.c ({@code builtin_id}: the object's address).
 */
public final class ObjectIds {
    private ObjectIds() {
    }

    private static final class Ref extends WeakReference<Object> {
        final int hash;
        final long id;

        Ref(Object o, int hash, long id, ReferenceQueue<Object> q) {
            super(o, q);
            this.hash = hash;
            this.id = id;
        }
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Map<Integer, List<Ref>> TABLE = new HashMap<>();
    /** Address-like values, 16 apart, as CPython's ids of small objects look. */
    private static long next = 0x7f0000001000L;

    /** The id of {@code o}. */
    public static synchronized long id(Object o) {
        for (Ref r; (r = (Ref) QUEUE.poll()) != null;) {
            List<Ref> l = TABLE.get(r.hash);
            if (l != null) {
                l.remove(r);
                if (l.isEmpty()) {
                    TABLE.remove(r.hash);
                }
            }
        }
        int h = System.identityHashCode(o);
        List<Ref> l = TABLE.computeIfAbsent(h, k -> new ArrayList<>(1));
        for (Ref r : l) {
            if (r.get() == o) {
                return r.id;
            }
        }
        long id = next;
        next += 16;
        l.add(new Ref(o, h, id, QUEUE));
        return id;
    }
}
