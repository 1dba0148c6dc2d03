package dev.adder.vm;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyStr;

/**
 * The inline cache of {@code LOAD_GLOBAL}: one entry per name of a code object, remembering
 * where the name was found, keyed by the keys versions of the globals (and builtins) dict. A
 * keys version changes only when entries are added, removed or moved, and is never shared by two
 * dicts, so while it holds the entry's index still holds the name and its current value is read
 * without a lookup; assigning another value to the global keeps the entry valid.
 *
 * <p>CPython: {@code LOAD_GLOBAL_MODULE} and {@code LOAD_GLOBAL_BUILTIN} in Python/specialize.c
 * (keyed by {@code dk_version}).
 */
final class GlobalCache {
    private GlobalCache() {
    }

    /** Where one name was found: in the globals at {@link #index}, or (builtins != 0) in the builtins. */
    static final class Entry {
        final long globals;
        final long builtins;
        final int index;

        Entry(long globals, long builtins, int index) {
            this.globals = globals;
            this.builtins = builtins;
            this.index = index;
        }
    }

    /** {@code LOAD_GLOBAL names[arg]} in frame {@code f}. */
    static PyObject load(PyCode co, int arg, Frame f) {
        Entry[] c = co.globalCache;
        if (c != null) {
            Entry e = c[arg];
            if (e != null && e.globals == f.globals.keysVersion()) {
                if (e.builtins == 0) {
                    return f.globals.entryValue(e.index);
                }
                if (e.builtins == f.builtins.keysVersion()) {
                    return f.builtins.entryValue(e.index);
                }
            }
        }
        return loadSlow(co, arg, f);
    }

    private static PyObject loadSlow(PyCode co, int arg, Frame f) {
        PyStr name = co.names[arg];
        PyDict g = f.globals;
        Entry[] c = co.globalCache;
        if (c == null) {
            c = co.globalCache = new Entry[co.names.length];
        }
        int ix = g.entryIndex(name);
        if (ix >= 0) {
            c[arg] = new Entry(g.keysVersion(), 0, ix);
            return g.entryValue(ix);
        }
        PyDict b = f.builtins;
        ix = b.entryIndex(name);
        if (ix >= 0) {
            c[arg] = new Entry(g.keysVersion(), b.keysVersion(), ix);
            return b.entryValue(ix);
        }
        throw CevalOps.nameError(name);
    }
}
