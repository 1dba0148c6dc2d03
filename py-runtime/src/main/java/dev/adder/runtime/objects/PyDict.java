package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.ReprGuard;
import java.util.Arrays;

/**
 * Python's {@code dict}: an insertion-ordered hash table with open addressing.
 *
 * <p>CPython: {@code Objects/dictobject.c} (the "compact dict": a sparse index array into dense
 * entry arrays, probing with {@code perturb}). Exact {@code str} keys take a fast path (identity,
 * then hash and text) that never calls {@code __eq__}. {@link #version()} changes on every
 * mutation, for caches keyed on it.
 *
 * <p>Instance dictionaries of one class share their keys ({@link SharedKeys}; CPython's
 * "split table", PEP 412): while a dict only adds str keys in the order its class's other
 * instances added them, its index, key and hash arrays are the class's and only its values
 * are its own. Any other change (a deletion, another order, a non-str key, more than
 * {@value #SHARED_MAX} keys) first gives it arrays of its own.
 */
public class PyDict extends PyObject {
    /** {@code dict}. */
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, PyType.BASETYPE | PyType.DICT_SUBCLASS);

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;
    /** The most keys a shared table takes (CPython's {@code SHARED_KEYS_MAX_SIZE}). */
    private static final int SHARED_MAX = 30;
    private static long globalVersion;

    private int[] indices;
    private PyObject[] keys;
    private PyObject[] values;
    private long[] hashes;
    /** Entries used in the dense arrays, including deleted ones. */
    private int used;
    /** Live entries. */
    private int size;
    private long version;
    private long keysVersion = ++globalVersion;
    /** The class's shared keys while this dict uses them (then {@code size == used}), else null. */
    private SharedKeys shared;

    /**
     * The keys shared by the instance dictionaries of one class: the index, key and hash arrays
     * that those dicts point to and append to. Keys are only ever appended; a resize makes new
     * arrays, and dicts still pointing to the old ones see the same first entries.
     */
    public static final class SharedKeys {
        int[] indices;
        PyObject[] keys;
        long[] hashes;
        int used;

        /** An empty table. */
        public SharedKeys() {
            alloc(MIN_SIZE);
        }

        private void alloc(int cap) {
            indices = new int[cap];
            Arrays.fill(indices, EMPTY);
            keys = new PyObject[cap * 2 / 3];
            hashes = new long[cap * 2 / 3];
        }

        /** Doubles the table, keeping the order of the keys. */
        void grow() {
            PyObject[] ok = keys;
            long[] oh = hashes;
            alloc(indices.length * 2);
            System.arraycopy(ok, 0, keys, 0, used);
            System.arraycopy(oh, 0, hashes, 0, used);
            int mask = indices.length - 1;
            for (int j = 0; j < used; j++) {
                long perturb = oh[j];
                int i = (int) perturb & mask;
                while (indices[i] >= 0) {
                    perturb >>>= 5;
                    i = (int) (i * 5L + perturb + 1) & mask;
                }
                indices[i] = j;
            }
        }
    }

    /** An empty dict. */
    public PyDict() {
        this(TYPE);
    }

    /** An empty instance dictionary that uses (and extends) {@code keys}. */
    public PyDict(SharedKeys keys) {
        super(TYPE);
        this.shared = keys;
        this.indices = keys.indices;
        this.keys = keys.keys;
        this.hashes = keys.hashes;
        this.values = new PyObject[keys.keys.length];
    }

    /** For subclasses defined in Python. */
    protected PyDict(PyType type) {
        super(type);
        allocate(MIN_SIZE);
    }

    private void allocate(int cap) {
        indices = new int[cap];
        Arrays.fill(indices, EMPTY);
        int entries = cap * 2 / 3;
        keys = new PyObject[entries];
        values = new PyObject[entries];
        hashes = new long[entries];
        used = 0;
    }

    /** {@code len(d)}. */
    public final int size() {
        return size;
    }

    /** A number that changes whenever the dict is changed. */
    public final long version() {
        return version;
    }

    private void touch() {
        version = ++globalVersion;
        keysVersion = version;
    }

    /** After a change of a value only (no entry added, removed or moved). */
    private void touchValue() {
        version = ++globalVersion;
    }

    /**
     * Changes whenever an entry is added or removed or entries move; unique among all dicts (a
     * cache holding this and an entry index needs no reference to the dict). CPython's
     * {@code dk_version}.
     */
    public final long keysVersion() {
        return keysVersion;
    }

    /** The index of the entry of {@code key}, valid while {@link #keysVersion()} stays; or -1. */
    public final int entryIndex(PyStr key) {
        return find(key, key.hash());
    }

    /** The value of entry {@code index} (from {@link #entryIndex}, with the same keys version). */
    public final PyObject entryValue(int index) {
        return values[index];
    }

    /** The index in the dense arrays of {@code key}, or -1. */
    private int find(PyObject key, long hash) {
        int slot = findSlot(key, hash);
        return slot < 0 ? -1 : indices[slot];
    }

    /**
     * The slot in {@code indices} that holds {@code key}'s entry, or -1. A key's {@code __eq__}
     * may change this dict; the probe then starts again (CPython's {@code lookdict}).
     */
    private int findSlot(PyObject key, long hash) {
        restart:
        while (true) {
            int[] ind = indices;
            PyObject[] ks = keys;
            int mask = ind.length - 1;
            long perturb = hash;
            int i = (int) hash & mask;
            while (true) {
                int ix = ind[i];
                if (ix == EMPTY) {
                    return -1;
                }
                if (ix >= 0 && ix < used) {
                    PyObject k = ks[ix];
                    if (k == key) {
                        return i;
                    }
                    if (k != null && hashes[ix] == hash) {
                        if (k.type() == PyStr.TYPE && key.type() == PyStr.TYPE) {
                            if (((PyStr) k).equalsStr((PyStr) key)) {
                                return i;
                            }
                        } else {
                            boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                            if (ind != indices || ks != keys || ks[ix] != k) {
                                continue restart;
                            }
                            if (eq) {
                                return i;
                            }
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) (i * 5L + perturb + 1) & mask;
            }
        }
    }

    /** The slot in {@code indices} where a new key with {@code hash} goes. */
    private int freeSlot(long hash) {
        int[] ind = indices;
        int mask = ind.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (ind[i] >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    /**
     * Compacts the entries into a table of the smallest power of two (at least 8) not below
     * {@code minSize} that holds them: CPython's {@code dictresize} with {@code
     * calculate_log2_keysize}, so that entries move at the same insertions as there (iterators
     * over a dict changed while they run see what CPython's see).
     */
    private void resize(int minSize) {
        int cap = MIN_SIZE;
        while (cap < minSize || cap * 2 / 3 < size) {
            cap <<= 1;
        }
        PyObject[] ok = keys;
        PyObject[] ov = values;
        long[] oh = hashes;
        int on = used;
        allocate(cap);
        int w = 0;
        for (int j = 0; j < on; j++) {
            if (ok[j] != null) {
                keys[w] = ok[j];
                values[w] = ov[j];
                hashes[w] = oh[j];
                indices[freeSlot(oh[j])] = w;
                w++;
            }
        }
        used = w;
    }

    /** {@code d.get(key)}: the value, or null when absent. */
    public final PyObject getItem(PyObject key) {
        long h = key.type() == PyStr.TYPE ? ((PyStr) key).hash() : Abstract.hash(key);
        int ix = find(key, h);
        return ix < 0 ? null : values[ix];
    }

    /** {@link #getItem(PyObject)} for a str key. */
    public final PyObject getItem(PyStr key) {
        int ix = find(key, key.hash());
        return ix < 0 ? null : values[ix];
    }

    /** {@code d[key] = value}. */
    public final void setItem(PyObject key, PyObject value) {
        long h = key.type() == PyStr.TYPE ? ((PyStr) key).hash() : Abstract.hash(key);
        setItem(key, h, value);
    }

    private void setItem(PyObject key, long h, PyObject value) {
        int ix = find(key, h);
        if (ix >= 0) {
            values[ix] = value;
            touchValue();
            return;
        }
        insertNew(key, h, value);
    }

    /** Adds {@code key}, known to be absent. */
    private void insertNew(PyObject key, long h, PyObject value) {
        if (shared != null) {
            if (appendShared(key, h, value)) {
                return;
            }
            unshare();
        }
        if (used == keys.length) {
            resize(size * 3);
        }
        int slot = freeSlot(h);
        keys[used] = key;
        values[used] = value;
        hashes[used] = h;
        indices[slot] = used;
        used++;
        size++;
        touch();
    }

    /**
     * Adds a new key to a dict that shares its keys, if the key is the one the class's other
     * instances added at this position (or this dict is the first to get this far).
     */
    private boolean appendShared(PyObject key, long h, PyObject value) {
        SharedKeys s = shared;
        if (key.type() != PyStr.TYPE) {
            return false;
        }
        followShared(s);
        int n = used;
        if (n < s.used) {
            PyObject k = keys[n];
            if (k != key && !(hashes[n] == h && ((PyStr) k).equalsStr((PyStr) key))) {
                return false;
            }
        } else {
            if (n == s.keys.length) {
                if (n >= SHARED_MAX) {
                    return false;
                }
                s.grow();
                followShared(s);
            }
            keys[n] = key;
            hashes[n] = h;
            indices[freeSlot(h)] = n;
            s.used = n + 1;
        }
        if (n == values.length) {
            values = Arrays.copyOf(values, keys.length);
        }
        values[n] = value;
        used = n + 1;
        size = n + 1;
        touch();
        return true;
    }

    // ---- for attribute caches (the VM's LOAD_ATTR/STORE_ATTR/LOAD_METHOD) ----

    /** The shared keys this dict uses, or null. */
    public final SharedKeys sharedKeys() {
        return shared;
    }

    /** The index of {@code name} in this dict's shared keys, or -1 (also when it shares none). */
    public final int sharedIndex(PyStr name) {
        return shared == null ? -1 : find(name, name.hash());
    }

    /**
     * The value at {@code index} if this dict still uses {@code keys} and has that entry (whose
     * key is then the one the index was taken for), else null.
     */
    public final PyObject sharedValue(SharedKeys keys, int index) {
        return shared == keys && index < used ? values[index] : null;
    }

    /**
     * Sets the value at {@code index} of {@code keys}, an index taken for the same key from a dict
     * that uses {@code keys}: replaces it, or adds it when it is this dict's next shared key (an
     * {@code __init__} assigning attributes in the class's usual order); false when neither.
     */
    public final boolean setSharedValue(SharedKeys keys, int index, PyObject value) {
        if (shared != keys) {
            return false;
        }
        int n = used;
        if (index < n) {
            values[index] = value;
            touchValue();
            return true;
        }
        if (index == n && n < keys.used) {
            followShared(keys);
            if (n == values.length) {
                values = Arrays.copyOf(values, this.keys.length);
            }
            values[n] = value;
            used = n + 1;
            size = n + 1;
            touch();
            return true;
        }
        return false;
    }

    /**
     * How many entries of {@code keys} this dict uses, or {@link Integer#MAX_VALUE} when it does
     * not use {@code keys}: a name absent from the first n shared keys is absent from a dict that
     * uses n or fewer.
     */
    public final int sharedUsed(SharedKeys keys) {
        return shared == keys ? used : Integer.MAX_VALUE;
    }

    /** Points this dict at the shared table's current arrays (the table grows into new ones; their first entries are the same). */
    private void followShared(SharedKeys s) {
        if (keys != s.keys) {
            indices = s.indices;
            keys = s.keys;
            hashes = s.hashes;
        }
    }

    /** Gives a dict that shares its keys arrays of its own (same entries, same order). */
    private void unshare() {
        shared = null;
        resize(used);
    }

    /** {@code del d[key]}; returns false (and changes nothing) when absent. */
    public final boolean delItem(PyObject key) {
        return removeItem(key) != null;
    }

    /** Removes {@code key}, returning its value, or null when absent. */
    public final PyObject removeItem(PyObject key) {
        long h = key.type() == PyStr.TYPE ? ((PyStr) key).hash() : Abstract.hash(key);
        if (shared != null) {
            if (find(key, h) < 0) {
                return null;
            }
            unshare();
        }
        int i = findSlot(key, h);
        if (i < 0) {
            return null;
        }
        int ix = indices[i];
        PyObject v = values[ix];
        indices[i] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        size--;
        touch();
        return v;
    }

    /** {@code key in d}. */
    public final boolean containsKey(PyObject key) {
        return getItem(key) != null;
    }

    /** {@code d.clear()}. */
    public final void clear() {
        shared = null;
        allocate(MIN_SIZE);
        size = 0;
        touch();
    }

    /** {@code d.update(other)} for a dict. */
    public final void update(PyDict other) {
        int n = other.used;
        int size0 = other.size;
        PyObject[] ks = other.keys;
        for (int j = 0; j < n; j++) {
            PyObject k = ks[j];
            if (k != null) {
                setItem(k, other.hashes[j], other.values[j]);
                // a key's __eq__ may change other (CPython's dict_merge checks the same)
                if (other.keys != ks || other.used != n || other.size != size0) {
                    throw PyErr.format(dev.adder.runtime.exceptions.PyExc.RuntimeError, "dict mutated during update");
                }
            }
        }
    }

    /** {@code d.setdefault(key, dflt)}, hashing the key once. */
    public final PyObject setDefault(PyObject key, PyObject dflt) {
        long h = key.type() == PyStr.TYPE ? ((PyStr) key).hash() : Abstract.hash(key);
        int ix = find(key, h);
        if (ix >= 0) {
            return values[ix];
        }
        insertNew(key, h, dflt);
        return dflt;
    }

    /** {@code d.copy()}. */
    public PyDict copy() {
        PyDict d = new PyDict();
        d.update(this);
        return d;
    }

    /**
     * Position-based iteration: the dense index of the first live entry at or after {@code pos},
     * or -1 at the end. Use {@link #keyAt(int)} and {@link #valueAt(int)}, then continue from
     * the result + 1.
     */
    public final int nextEntry(int pos) {
        for (int j = pos; j < used; j++) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** The key of the entry at dense index {@code j} (from {@link #nextEntry(int)}). */
    public final PyObject keyAt(int j) {
        return keys[j];
    }

    /** The hash of the key of the entry at dense index {@code j}. */
    public final long hashAt(int j) {
        return hashes[j];
    }

    /** {@code d[key] = value} for a key whose hash is known (an entry of another dict or set). */
    final void setItemHashed(PyObject key, long hash, PyObject value) {
        setItem(key, hash, value);
    }

    /** The value of the entry at dense index {@code j}. */
    public final PyObject valueAt(int j) {
        return values[j];
    }

    /**
     * The dense index of the last live entry at or before {@code pos}, or -1 (for iterating
     * backwards from {@link #entryCount()} - 1).
     */
    final int prevEntry(int pos) {
        for (int j = pos; j >= 0; j--) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** How many entries the dense arrays hold, deleted ones included (CPython's {@code dk_nentries}). */
    final int entryCount() {
        return used;
    }

    /** The dense index of the last live entry, or -1 when empty (for {@code popitem}). */
    final int lastEntry() {
        for (int j = used - 1; j >= 0; j--) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** The keys in order, as a new array. */
    public final PyObject[] keysArray() {
        PyObject[] r = new PyObject[size];
        int w = 0;
        for (int j = 0; j < used; j++) {
            if (keys[j] != null) {
                r[w++] = keys[j];
            }
        }
        return r;
    }

    /** {@code repr(d)}. */
    public PyStr repr() {
        if (size == 0) {
            return PyStr.of("{}");
        }
        if (!ReprGuard.enter(this)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int j = 0; j < used; j++) {
                if (keys[j] != null) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Abstract.repr(keys[j]).value()).append(": ").append(Abstract.repr(values[j]).value());
                }
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    /** {@code d == other} for two dicts. */
    public boolean equalsDict(PyDict o) {
        if (size != o.size) {
            return false;
        }
        for (int j = 0; j < used; j++) {
            PyObject k = keys[j];
            if (k != null) {
                PyObject v = values[j];
                int ix = o.find(k, hashes[j]);
                if (ix < 0) {
                    return false;
                }
                PyObject ov = o.values[ix];
                if (v != ov && !Abstract.richCompareBool(v, ov, CompareOp.EQ)) {
                    return false;
                }
            }
        }
        return true;
    }

    static {
        DictMethods.init(TYPE);
    }
}
