package dev.adder.stdlib.weakref;

import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The weak references of each referent, in CPython's order, and the callbacks of referents the
 * JVM's collector has cleared.
 *
 * <p>CPython keeps a list of weak references in each object ({@code tp_weaklistoffset}) and runs
 * the callbacks when the reference count drops to zero ({@code PyObject_ClearWeakRefs}). Here an
 * object's weak references live in a table keyed by identity, each one reaching its referent
 * through a {@link WeakReference}; when the collector clears a referent, its entry is queued and
 * the callbacks run at the next safe moment: when a weak reference or proxy is made, called or
 * counted ({@link #drain()}). So an object is not dead right after {@code del}: it dies when the
 * collector finds it unreachable, and its callbacks run later still.
 *
 * <p>CPython: {@code Objects/weakrefobject.c} ({@code get_basic_refs}, {@code insert_head},
 * {@code insert_after}, {@code handle_callback}, {@code PyObject_ClearWeakRefs}).
 */
public final class WeakrefRegistry {
    private WeakrefRegistry() {
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /** Identity hash of the referent -> the lists of the live referents with that hash. */
    private static final HashMap<Integer, ArrayList<RefList>> TABLE = new HashMap<>();
    /** Where exceptions in callbacks go ("Exception ignored in: ..."); set by the module. */
    static volatile BiConsumer<PyObject, PyException> unraisable = (cb, e) -> {
    };

    /** The weak references of one referent, in CPython's list order. */
    static final class RefList {
        final WeakReference<PyObject> key;
        final int hash;
        final ArrayList<Cell> cells = new ArrayList<>(2);
        boolean cleared;

        RefList(PyObject referent, int hash) {
            this.key = new WeakReference<>(referent);
            this.hash = hash;
        }
    }

    /** A weak reference object's link to its referent; queued when the referent is collected. */
    static final class Cell extends WeakReference<PyObject> {
        final RefList list;
        final Owner owner;

        Cell(PyObject referent, RefList list, PyWeakref ref) {
            super(referent, QUEUE);
            this.list = list;
            this.owner = new Owner(ref, this);
        }
    }

    /** The weak reference object itself, held weakly: queued when it is collected before its referent. */
    static final class Owner extends WeakReference<PyWeakref> {
        final Cell cell;

        Owner(PyWeakref ref, Cell cell) {
            super(ref, QUEUE);
            this.cell = cell;
        }
    }

    private static RefList find(PyObject o, int h) {
        ArrayList<RefList> bucket = TABLE.get(h);
        if (bucket != null) {
            for (RefList l : bucket) {
                if (l.key.get() == o) {
                    return l;
                }
            }
        }
        return null;
    }

    private static RefList findOrAdd(PyObject o) {
        int h = System.identityHashCode(o);
        RefList l = find(o, h);
        if (l == null) {
            l = new RefList(o, h);
            TABLE.computeIfAbsent(h, k -> new ArrayList<>(1)).add(l);
        }
        return l;
    }

    private static void removeList(RefList l) {
        ArrayList<RefList> bucket = TABLE.get(l.hash);
        if (bucket != null) {
            bucket.remove(l);
            if (bucket.isEmpty()) {
                TABLE.remove(l.hash);
            }
        }
    }

    /** The basic reference (no callback, exact type) of {@code o} of {@code kind}, or null. */
    static synchronized PyWeakref basic(PyObject o, int kind) {
        RefList l = find(o, System.identityHashCode(o));
        if (l == null) {
            return null;
        }
        for (Cell c : l.cells) {
            PyWeakref r = c.owner.get();
            if (r != null && r.basicKind() == kind) {
                return r;
            }
        }
        return null;
    }

    /**
     * Links a new weak reference to {@code referent}: a basic reference goes first, a basic proxy
     * after it, any other right after those (so newer before older), as CPython inserts them.
     */
    static synchronized Cell link(PyObject referent, PyWeakref ref) {
        RefList l = findOrAdd(referent);
        Cell c = new Cell(referent, l, ref);
        int kind = ref.basicKind();
        int pos = 0;
        if (kind != PyWeakref.BASIC_REF) {
            while (pos < l.cells.size()) {
                PyWeakref r = l.cells.get(pos).owner.get();
                int k = r == null ? PyWeakref.NOT_BASIC : r.basicKind();
                if (k == PyWeakref.BASIC_REF || (k == PyWeakref.BASIC_PROXY && kind != PyWeakref.BASIC_PROXY)) {
                    pos++;
                } else {
                    break;
                }
            }
        }
        l.cells.add(pos, c);
        return c;
    }

    /** The live weak reference objects of {@code o}, in CPython's order. */
    static synchronized List<PyWeakref> refsOf(PyObject o) {
        List<PyWeakref> out = new ArrayList<>();
        RefList l = find(o, System.identityHashCode(o));
        if (l != null) {
            for (Cell c : l.cells) {
                PyWeakref r = c.owner.get();
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Forgets {@code ref}'s link (its referent is gone or it is no longer wanted). */
    static synchronized void unlink(Cell c) {
        c.list.cells.remove(c);
        if (c.list.cells.isEmpty()) {
            removeList(c.list);
        }
    }

    /**
     * Runs the callbacks of the weak references whose referents the collector has cleared, and
     * forgets the references that were collected themselves. Cheap when nothing was queued.
     */
    public static void drain() {
        for (java.lang.ref.Reference<?> r; (r = QUEUE.poll()) != null;) {
            if (r instanceof Owner o) {
                synchronized (WeakrefRegistry.class) {
                    if (!o.cell.list.cleared) {
                        unlink(o.cell);
                    }
                }
                continue;
            }
            Cell c = (Cell) r;
            RefList l = c.list;
            List<PyWeakref> toCall = new ArrayList<>();
            synchronized (WeakrefRegistry.class) {
                if (l.cleared) {
                    continue;
                }
                l.cleared = true;
                removeList(l);
                for (Cell x : l.cells) {
                    PyWeakref w = x.owner.get();
                    if (w != null && w.callback != null) {
                        toCall.add(w);
                    }
                }
            }
            for (PyWeakref w : toCall) {
                PyObject cb = w.callback;
                w.callback = null;
                try {
                    dev.adder.runtime.Abstract.call(cb, w);
                } catch (PyException e) {
                    unraisable.accept(cb, e);
                }
            }
        }
    }

    /**
     * Asks the collector to run, then runs the callbacks of what it cleared (for
     * {@code gc.collect()}-like callers). The collector queues references on its own thread, so
     * this waits a moment before draining.
     */
    public static void collect() {
        System.gc();
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
