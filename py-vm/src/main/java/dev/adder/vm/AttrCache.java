package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.BaseObject;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInstance;
import dev.adder.runtime.objects.PyStr;

/**
 * Inline caches for {@code LOAD_ATTR}, {@code STORE_ATTR} and {@code LOAD_METHOD} on instances of
 * classes defined in Python: one entry per name of a code object, keyed by the type's version tag
 * (unique to a type in one state, changed whenever the type or a base changes), remembering what
 * the generic attribute protocol found, so that a hit skips the type lookup and the dictionary
 * probe.
 *
 * <ul>
 *   <li>an instance attribute: the index of the name in the class's shared instance keys
 *       (valid while the instance's dict uses those keys and has that many entries);
 *   <li>a method: the function found on the type, which no instance dict of that class shadowed
 *       when the entry was made (checked again by the dict's key count, or by a probe);
 *   <li>a method of a type whose instances have no dict ({@code list.append}, {@code str.split}):
 *       the version tag alone.
 * </ul>
 *
 * <p>A site whose entry was replaced {@value #MAX_MISSES} times (many types) keeps its last entry
 * and stops refilling. CPython: Python/specialize.c ({@code LOAD_ATTR_INSTANCE_VALUE},
 * {@code LOAD_METHOD_WITH_VALUES}, {@code STORE_ATTR_INSTANCE_VALUE}) and the inline cache
 * entries of 3.11's bytecode.
 */
final class AttrCache {
    private AttrCache() {
    }

    private static final int MAX_MISSES = 16;
    private static final int VALUE = 0;
    private static final int METHOD = 1;
    private static final int STORE = 2;
    private static final int METHOD_NO_DICT = 3;

    /** What one attribute instruction found for instances of one type version. */
    static final class Entry {
        final int tag;
        final int kind;
        final PyDict.SharedKeys keys;
        /** VALUE/STORE: the index in {@link #keys}; METHOD: the names of {@link #keys} known not to be it. */
        final int index;
        final PyObject descr;
        final int misses;

        Entry(int tag, int kind, PyDict.SharedKeys keys, int index, PyObject descr, int misses) {
            this.tag = tag;
            this.kind = kind;
            this.keys = keys;
            this.index = index;
            this.descr = descr;
            this.misses = misses;
        }
    }

    private static Entry[] cache(PyCode co) {
        Entry[] c = co.attrCache;
        if (c == null) {
            c = co.attrCache = new Entry[co.names.length];
        }
        return c;
    }

    private static void fill(PyCode co, int arg, int tag, int kind, PyDict.SharedKeys keys, int index, PyObject descr) {
        Entry[] c = cache(co);
        Entry old = c[arg];
        int misses = old == null ? 0 : old.misses + 1;
        if (misses <= MAX_MISSES) {
            c[arg] = new Entry(tag, kind, keys, index, descr, misses);
        }
    }

    /** {@code o.name} (LOAD_ATTR). */
    static PyObject loadAttr(PyCode co, int arg, PyObject o) {
        Entry[] c = co.attrCache;
        if (c != null && o instanceof PyInstance) {
            Entry e = c[arg];
            if (e != null && e.kind == VALUE && e.tag == o.type().versionTag()) {
                PyDict d = ((PyInstance) o).instanceDict();
                if (d != null) {
                    PyObject v = d.sharedValue(e.keys, e.index);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return loadAttrSlow(co, arg, o);
    }

    /** LOAD_ATTR without a usable entry: the generic protocol, then perhaps an entry. */
    static PyObject loadAttrSlow(PyCode co, int arg, PyObject o) {
        PyStr name = co.names[arg];
        PyObject v = Abstract.getAttr(o, name);
        if (o instanceof PyInstance inst) {
            learnValue(co, arg, inst, name);
        }
        return v;
    }

    /** After a slow LOAD_ATTR: an entry when the value came from the shared instance dict. */
    private static void learnValue(PyCode co, int arg, PyInstance o, PyStr name) {
        PyType t = o.type();
        if (t.tp_getattro != BaseObject.GENERIC_GETATTR) {
            return;
        }
        PyDict d = o.instanceDict();
        if (d == null || d.sharedKeys() == null) {
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && descr.type().tp_descr_get != null && descr.type().tp_descr_set != null) {
            return; // a data descriptor wins over the dict
        }
        int ix = d.sharedIndex(name);
        if (ix >= 0) {
            fill(co, arg, t.versionTag(), VALUE, d.sharedKeys(), ix, null);
        }
    }

    /**
     * LOAD_METHOD: {@code s[sp-1] = o} becomes {@code meth, self} when {@code o.name} is a function
     * found on the type, else {@code NULL, o.name}.
     */
    static void loadMethod(PyCode co, int arg, PyObject[] s, int sp) {
        PyObject o = s[sp - 1];
        Entry[] c = co.attrCache;
        if (c != null) {
            Entry e = c[arg];
            if (e != null && e.tag == o.type().versionTag()) {
                if (e.kind == METHOD_NO_DICT) {
                    s[sp - 1] = e.descr;
                    s[sp] = o;
                    return;
                }
                if (e.kind == METHOD && o instanceof PyInstance) {
                    PyDict d = ((PyInstance) o).instanceDict();
                    if (d == null || d.sharedUsed(e.keys) <= e.index || d.getItem(co.names[arg]) == null) {
                        s[sp - 1] = e.descr;
                        s[sp] = o;
                        return;
                    }
                }
            }
        }
        loadMethodSlow(co, arg, s, sp);
    }

    /** LOAD_METHOD without a usable entry: the generic lookup, then perhaps an entry. */
    static void loadMethodSlow(PyCode co, int arg, PyObject[] s, int sp) {
        PyObject o = s[sp - 1];
        CevalOps.loadMethod(s, sp, co.names[arg]);
        if (s[sp - 1] == null) {
            return;
        }
        // a method found on the type, not shadowed by the instance
        if (o instanceof PyInstance inst) {
            PyDict d = inst.instanceDict();
            int known = d == null ? Integer.MAX_VALUE : d.sharedKeys() == null ? 0 : d.sharedUsed(d.sharedKeys());
            fill(co, arg, o.type().versionTag(), METHOD, d == null ? null : d.sharedKeys(), known, s[sp - 1]);
        } else if (!o.type().instancesHaveDict() && o.instanceDict() == null) {
            // instances of this type never have a dict (list, str, ...): the type's method always wins
            fill(co, arg, o.type().versionTag(), METHOD_NO_DICT, null, 0, s[sp - 1]);
        }
    }

    /** {@code o.name = v} (STORE_ATTR). */
    static void storeAttr(PyCode co, int arg, PyObject o, PyObject v) {
        Entry[] c = co.attrCache;
        if (c != null && o instanceof PyInstance) {
            Entry e = c[arg];
            if (e != null && e.kind == STORE && e.tag == o.type().versionTag()) {
                PyDict d = ((PyInstance) o).instanceDict();
                if (d != null) {
                    if (d.setSharedValue(e.keys, e.index, v)) {
                        return;
                    }
                    // no data descriptor for this name on the type: the dict takes it
                    d.setItem(co.names[arg], v);
                    return;
                }
            }
        }
        storeAttrSlow(co, arg, o, v);
    }

    /** STORE_ATTR without a usable entry: the generic protocol, then perhaps an entry. */
    static void storeAttrSlow(PyCode co, int arg, PyObject o, PyObject v) {
        PyStr name = co.names[arg];
        Abstract.setAttr(o, name, v);
        if (o instanceof PyInstance inst) {
            learnStore(co, arg, inst, name);
        }
    }

    /** After a slow STORE_ATTR: an entry when the value went to the shared instance dict. */
    private static void learnStore(PyCode co, int arg, PyInstance o, PyStr name) {
        PyType t = o.type();
        if (t.tp_setattro != BaseObject.GENERIC_SETATTR) {
            return;
        }
        PyDict d = o.instanceDict();
        if (d == null || d.sharedKeys() == null) {
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && descr.type().tp_descr_set != null) {
            return;
        }
        int ix = d.sharedIndex(name);
        if (ix >= 0) {
            fill(co, arg, t.versionTag(), STORE, d.sharedKeys(), ix, null);
        }
    }
}
