package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.ReprGuard;

/**
 * Python's {@code set} and {@code frozenset} (one Java class; the Python type tells them apart).
 *
 * <p>CPython: {@code Objects/setobject.c}. The table is CPython's: linear probing of up to 9
 * slots, then perturbed probing, the same growth rule, dummies on deletion and the same
 * insertion paths for merges. So a set of ints iterates (and prints) in CPython's order.
 */
public class PySet extends PyObject {
    /** {@code set}. */
    public static final PyType TYPE = PyType.builtin("set", PySet.class, PyType.BASETYPE);
    /** {@code frozenset}. */
    public static final PyType FROZENSET_TYPE = PyType.builtin("frozenset", PySet.class, PyType.BASETYPE);

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = PyEllipsis.ELLIPSIS; // any sentinel never stored as a key
    private static final long DUMMY_HASH = -1;

    PyObject[] table = new PyObject[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    /** Active + dummy entries. */
    int fill;
    /** Active entries. */
    int used;
    private int finger;

    /** An empty set or frozenset ({@code type} is {@link #TYPE} or {@link #FROZENSET_TYPE}). */
    public PySet(PyType type) {
        super(type);
    }

    /** A new empty {@code set}. */
    public static PySet newSet() {
        return new PySet(TYPE);
    }

    /** True for a frozenset. */
    public final boolean isFrozen() {
        return type().isSubtype(FROZENSET_TYPE);
    }

    /** {@code len(s)}. */
    public final int size() {
        return used;
    }

    private static boolean isDummy(PyObject k, long h) {
        return k == DUMMY && h == DUMMY_HASH;
    }

    private static boolean same(PyObject k, PyObject key) {
        if (k == key) {
            return true;
        }
        if (k.type() == PyStr.TYPE && key.type() == PyStr.TYPE) {
            return ((PyStr) k).equalsStr((PyStr) key);
        }
        return Abstract.richCompareBool(k, key, CompareOp.EQ);
    }

    /** {@code s.add(key)}. */
    public final void add(PyObject key) {
        addEntry(key, Abstract.hash(key));
    }

    private void addEntry(PyObject key, long hash) {
        int m = mask;
        int i = (int) hash & m;
        int freeslot = -1;
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = table[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        used++;
                        table[freeslot] = key;
                        hashes[freeslot] = hash;
                        return;
                    }
                    fill++;
                    used++;
                    table[j] = key;
                    hashes[j] = hash;
                    if ((long) fill * 5 >= (long) m * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                long kh = hashes[j];
                if (kh == hash && !isDummy(k, kh)) {
                    if (same(k, key)) {
                        return;
                    }
                } else if (isDummy(k, kh)) {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private static void insertClean(PyObject[] t, long[] hs, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) hash & m;
        while (true) {
            if (t[i] == null) {
                t[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (t[i + j] == null) {
                        t[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private void resize(int minused) {
        int newsize = MIN_SIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] ot = table;
        long[] oh = hashes;
        table = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int j = 0; j < ot.length; j++) {
            PyObject k = ot[j];
            if (k != null && !isDummy(k, oh[j])) {
                insertClean(table, hashes, mask, k, oh[j]);
            }
        }
        fill = used;
    }

    private int findEntry(PyObject key, long hash) {
        int m = mask;
        int i = (int) hash & m;
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = table[j];
                if (k == null) {
                    return -1;
                }
                long kh = hashes[j];
                if (kh == hash && !isDummy(k, kh) && same(k, key)) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** {@code key in s}. */
    public final boolean contains(PyObject key) {
        return findEntry(key, Abstract.hash(key)) >= 0;
    }

    /** {@code s.discard(key)}; returns whether it was present. */
    public final boolean discard(PyObject key) {
        int j = findEntry(key, Abstract.hash(key));
        if (j < 0) {
            return false;
        }
        table[j] = DUMMY;
        hashes[j] = DUMMY_HASH;
        used--;
        return true;
    }

    /** {@code s.pop()}. */
    public final PyObject pop() {
        if (used == 0) {
            throw PyErr.format(dev.adder.runtime.exceptions.PyExc.KeyError, "pop from an empty set");
        }
        int j = finger & mask;
        while (table[j] == null || isDummy(table[j], hashes[j])) {
            j++;
            if (j > mask) {
                j = 0;
            }
        }
        PyObject k = table[j];
        table[j] = DUMMY;
        hashes[j] = DUMMY_HASH;
        used--;
        finger = j + 1;
        return k;
    }

    /** {@code s.clear()}. */
    public final void clear() {
        table = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** {@code set_merge}: adds all of another set's keys. */
    final void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask) {
            for (int j = 0; j <= mask; j++) {
                PyObject k = other.table[j];
                if (k != null && !isDummy(k, other.hashes[j])) {
                    table[j] = k;
                    hashes[j] = other.hashes[j];
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int j = 0; j <= other.mask; j++) {
                PyObject k = other.table[j];
                if (k != null && !isDummy(k, other.hashes[j])) {
                    insertClean(table, hashes, mask, k, other.hashes[j]);
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            PyObject k = other.table[j];
            if (k != null && !isDummy(k, other.hashes[j])) {
                addEntry(k, other.hashes[j]);
            }
        }
    }

    /** {@code s.update(iterable)}. */
    public final void update(PyObject iterable) {
        if (iterable instanceof PySet) {
            merge((PySet) iterable);
            return;
        }
        if (iterable instanceof PyDict) {
            PyDict d = (PyDict) iterable;
            for (int j = d.nextEntry(0); j >= 0; j = d.nextEntry(j + 1)) {
                add(d.keyAt(j));
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            add(x);
        }
    }

    /** The keys in table order (iteration order). */
    public final PyObject[] toArray() {
        PyObject[] r = new PyObject[used];
        int w = 0;
        for (int j = 0; j <= mask; j++) {
            PyObject k = table[j];
            if (k != null && !isDummy(k, hashes[j])) {
                r[w++] = k;
            }
        }
        return r;
    }

    /** A new set or frozenset of type {@code t} with this set's keys (copying the table as CPython does). */
    final PySet copyAs(PyType t) {
        PySet s = new PySet(t);
        s.merge(this);
        return s;
    }

    /** {@code repr(s)}. */
    public PyStr repr() {
        String name = type().name();
        if (used == 0) {
            return PyStr.of(name + "()");
        }
        if (!ReprGuard.enter(this)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder();
            boolean plain = type() == TYPE;
            if (!plain) {
                sb.append(name).append('(');
            }
            sb.append('{');
            PyObject[] keys = toArray();
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(keys[i]).value());
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            return PyStr.of(sb.toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    /** {@code frozenset.__hash__}: CPython's {@code frozenset_hash}. */
    final long frozenHash() {
        long hash = 0;
        for (int j = 0; j <= mask; j++) {
            PyObject k = table[j];
            if (k != null && !isDummy(k, hashes[j])) {
                hash ^= shuffleBits(hashes[j]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** The iterator ({@code set_iterator}). */
    public static final class SetIterator extends PyObject {
        /** {@code set_iterator}. */
        public static final PyType TYPE = PyType.builtin("set_iterator", SetIterator.class, 0);
        private PySet set;
        private final int startUsed;
        private int pos;

        SetIterator(PySet s) {
            super(TYPE);
            set = s;
            startUsed = s.used;
        }

        /** The next key, or null when exhausted. */
        public PyObject next() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.used != startUsed) {
                throw PyErr.format(dev.adder.runtime.exceptions.PyExc.RuntimeError,
                        "Set changed size during iteration");
            }
            for (int j = pos; j <= s.mask; j++) {
                PyObject k = s.table[j];
                if (k != null && !isDummy(k, s.hashes[j])) {
                    pos = j + 1;
                    return k;
                }
            }
            set = null;
            return null;
        }

        static {
            TYPE.tp_iter = o -> o;
            TYPE.tp_iternext = o -> ((SetIterator) o).next();
            // setiter_reduce: iter() of a list of the items not yet produced
            PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
                SetIterator it = (SetIterator) o;
                PyList rest = new PyList();
                if (it.set != null) {
                    SetIterator copy = new SetIterator(it.set);
                    copy.pos = it.pos;
                    for (PyObject k = copy.next(); k != null; k = copy.next()) {
                        rest.append(k);
                    }
                }
                return PyTuple.of(dev.adder.runtime.VmHooks.builtin.apply("iter"), PyTuple.of(rest));
            });
            TYPE.ready();
        }
    }

    static {
        SetMethods.init(TYPE, false);
        SetMethods.init(FROZENSET_TYPE, true);
    }
}
