package dev.adder.stdlib.functools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.PyMethod;

/**
 * {@code functools._lru_cache_wrapper}: the object {@code functools.lru_cache} makes. Three
 * strategies as in CPython: no cache ({@code maxsize=0}, only counts misses), an unbounded dict
 * ({@code maxsize=None}), and a bounded dict whose values are links of a circular doubly linked
 * list in least-recently-used order. The key is {@code _make_key}'s: the arguments, a marker
 * and the keyword items, then (typed) the arguments' types; a lone {@code int} or {@code str}
 * argument is its own key. Calls through the wrapper add no Python frame.
 *
 * <p>CPython: {@code Modules/_functoolsmodule.c} ({@code lru_cache_object},
 * {@code lru_cache_make_key}, {@code uncached_lru_cache_wrapper},
 * {@code infinite_lru_cache_wrapper}, {@code bounded_lru_cache_wrapper}, {@code lru_cache_new}).
 */
public final class LruCacheWrapper extends PyObject {
    /** {@code functools._lru_cache_wrapper}. */
    public static final PyType TYPE = PyType.builtin("functools._lru_cache_wrapper", LruCacheWrapper.class,
            PyType.METHOD_DESCRIPTOR);

    /** A link of the recency list; the cache dict maps keys to links. */
    static final class Link extends PyObject {
        static final PyType TYPE = PyType.builtin("functools._lru_list_elem", Link.class, 0);

        static {
            TYPE.ready();
        }

        Link prev;
        Link next;
        PyObject key;
        PyObject result;

        Link() {
            super(TYPE);
        }
    }

    private static final PyObject KWD_MARK = Abstract.call(PyType.OBJECT);

    private final PyObject func;
    private final PyObject cacheInfoType;
    private final boolean typed;
    /** -1: unbounded; 0: no cache; else the bound. */
    private final long maxsize;
    private final PyObject maxsizeObj;
    private PyDict cache = new PyDict();
    private final Link root = new Link();
    private long hits;
    private long misses;
    private PyDict dict;

    private LruCacheWrapper(PyObject func, PyObject cacheInfoType, boolean typed, long maxsize, PyObject maxsizeObj) {
        super(TYPE);
        this.func = func;
        this.cacheInfoType = cacheInfoType;
        this.typed = typed;
        this.maxsize = maxsize;
        this.maxsizeObj = maxsizeObj;
        root.prev = root;
        root.next = root;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private static final String[] NEW = {"user_function", "maxsize", "typed", "cache_info_type"};

    static PyObject newWrapper(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack("lru_cache", a, n, kw, NEW, 0, 4, 4, 0);
        PyObject func = v[0];
        if (func.type().tp_call == null) {
            throw PyErr.typeError("the first argument must be callable");
        }
        boolean typed = Abstract.isTrue(v[2]);
        long maxsize;
        if (v[1] == PyNone.NONE) {
            maxsize = -1;
        } else if (Abstract.isIndex(v[1])) {
            PyInt m = Abstract.index(v[1]);
            long c = m.clampedLong();
            if (c == Long.MAX_VALUE || c == Long.MIN_VALUE) {
                throw PyErr.format(dev.adder.runtime.exceptions.PyExc.OverflowError,
                        "cannot fit 'int' into an index-sized integer");
            }
            maxsize = Math.max(0, c);
        } else {
            throw PyErr.typeError("maxsize should be integer or None");
        }
        return new LruCacheWrapper(func, v[3], typed, maxsize, v[1]);
    }

    /** {@code lru_cache_make_key}. */
    private PyObject makeKey(PyObject[] a, int n, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (!typed && nkw == 0) {
            if (n == 1) {
                PyObject k = a[0];
                if (k.type() == PyStr.TYPE || k.type() == PyInt.TYPE) {
                    return k;
                }
            }
            return n == 0 ? PyTuple.EMPTY : PyTuple.wrap(java.util.Arrays.copyOf(a, n));
        }
        int size = n;
        if (nkw > 0) {
            size += nkw * 2 + 1;
        }
        if (typed) {
            size += n + nkw;
        }
        PyObject[] key = new PyObject[size];
        System.arraycopy(a, 0, key, 0, n);
        int j = n;
        if (nkw > 0) {
            key[j++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                key[j++] = kwnames.get(i);
                key[j++] = a[n + i];
            }
        }
        if (typed) {
            for (int i = 0; i < n; i++) {
                key[j++] = a[i].type();
            }
            for (int i = 0; i < nkw; i++) {
                key[j++] = a[n + i].type();
            }
        }
        return PyTuple.wrap(key);
    }

    private void unlink(Link l) {
        l.prev.next = l.next;
        l.next.prev = l.prev;
    }

    private void append(Link l) {
        Link last = root.prev;
        last.next = l;
        l.prev = last;
        l.next = root;
        root.prev = l;
    }

    static PyObject call(PyObject o, PyObject[] a, int n, PyTuple kwnames) {
        LruCacheWrapper w = (LruCacheWrapper) o;
        if (w.maxsize == 0) {
            w.misses++;
            return Abstract.call(w.func, a, n, kwnames);
        }
        PyObject key = w.makeKey(a, n, kwnames);
        PyDict cache = w.cache;
        if (w.maxsize < 0) {
            PyObject r = cache.getItem(key);
            if (r != null) {
                w.hits++;
                return r;
            }
            w.misses++;
            r = Abstract.call(w.func, a, n, kwnames);
            cache.setItem(key, r);
            return r;
        }
        PyObject found = cache.getItem(key);
        if (found instanceof Link link) {
            w.unlink(link);
            w.append(link);
            w.hits++;
            return link.result;
        }
        w.misses++;
        PyObject result = Abstract.call(w.func, a, n, kwnames);
        cache = w.cache;
        if (cache.getItem(key) != null) {
            // the call itself put this key in the cache
            return result;
        }
        if (cache.size() < w.maxsize || w.root.next == w.root) {
            Link link = new Link();
            link.key = key;
            link.result = result;
            cache.setItem(key, link);
            w.append(link);
            return result;
        }
        Link oldest = w.root.next;
        w.unlink(oldest);
        PyObject popped = cache.removeItem(oldest.key);
        if (popped == null) {
            // somebody else already removed the oldest key: the link is an orphan
            return result;
        }
        oldest.key = key;
        oldest.result = result;
        cache.setItem(key, oldest);
        w.append(oldest);
        return result;
    }

    private PyObject cacheInfo() {
        long size = maxsize == 0 ? 0 : cache.size();
        return Abstract.call(cacheInfoType, PyInt.of(hits), PyInt.of(misses),
                maxsize < 0 ? PyNone.NONE : PyInt.of(maxsize), PyInt.of(size));
    }

    private void cacheClear() {
        Link l = root.next;
        root.next = root;
        root.prev = root;
        hits = 0;
        misses = 0;
        cache.clear();
        while (l != root) {
            Link nx = l.next;
            l.prev = null;
            l.next = null;
            l = nx;
        }
    }

    static {
        PyType t = TYPE;
        t.tp_new = LruCacheWrapper::newWrapper;
        t.tp_call = LruCacheWrapper::call;
        t.tp_descr_get = (self, obj, type) -> obj == null || obj == PyNone.NONE ? self : new PyMethod(self, obj);
        t.setInstancesHaveWeakref();
        t.ready();
        t.setNewInitializes();
        PyMethodDescr.noArgs(t, "cache_info", o -> ((LruCacheWrapper) o).cacheInfo());
        PyMethodDescr.noArgs(t, "cache_clear", o -> {
            ((LruCacheWrapper) o).cacheClear();
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "__reduce__", o -> Abstract.getAttr(o, "__qualname__"));
        PyMethodDescr.noArgs(t, "__copy__", o -> o);
        PyMethodDescr.oneArg(t, "__deepcopy__", (o, memo) -> o);
        t.setAttribute("__dict__", new PyGetSetDescr(t, "__dict__", o -> o.instanceDict(), (o, v) -> {
            if (v == null) {
                throw PyErr.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict d)) {
                throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().name());
            }
            ((LruCacheWrapper) o).dict = d;
        }));
        t.setAttribute("__doc__", PyStr.of("Create a cached callable that wraps another function.\n\n"
                + "user_function:      the function being cached\n\n"
                + "maxsize:  0         for no caching\n"
                + "          None      for unlimited cache size\n"
                + "          n         for a bounded cache\n\n"
                + "typed:    False     cache f(3) and f(3.0) as identical calls\n"
                + "          True      cache f(3) and f(3.0) as distinct calls\n\n"
                + "cache_info_type:    namedtuple class with the fields:\n"
                + "                        hits misses currsize maxsize\n"));
    }
}
