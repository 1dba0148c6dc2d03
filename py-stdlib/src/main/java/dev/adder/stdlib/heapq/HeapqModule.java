package dev.adder.stdlib.heapq;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code _heapq} module: binary min-heaps (and the max-heap helpers {@code heapq.merge} and
 * {@code nlargest} use) kept in lists, compared with {@code <} through the rich comparison protocol.
 * A comparison that changes the list's size raises {@code RuntimeError}, as CPython does.
 *
 * <p>CPython: {@code Modules/_heapqmodule.c}.
 */
public final class HeapqModule implements BuiltinModule {
    @Override
    public String name() {
        return "_heapq";
    }

    private static boolean less(PyObject a, PyObject b, boolean max) {
        return max ? Abstract.richCompareBool(b, a, CompareOp.LT) : Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    private static RuntimeException changed() {
        return PyErr.format(PyExc.RuntimeError, "list changed size during iteration");
    }

    /** {@code siftdown}: moves the item at {@code pos} up towards {@code start}. */
    static void siftdown(PyList heap, int start, int pos, boolean max) {
        int size = heap.size();
        if (pos >= size) {
            throw PyErr.indexError("list index out of range");
        }
        while (pos > start) {
            int parentpos = (pos - 1) >> 1;
            boolean lt = less(heap.get(pos), heap.get(parentpos), max);
            if (size != heap.size()) {
                throw changed();
            }
            if (!lt) {
                break;
            }
            PyObject parent = heap.get(parentpos);
            heap.set(parentpos, heap.get(pos));
            heap.set(pos, parent);
            pos = parentpos;
        }
    }

    /** {@code siftup}: moves the smaller child up from {@code pos} to a leaf, then sifts down. */
    static void siftup(PyList heap, int pos, boolean max) {
        int end = heap.size();
        int start = pos;
        if (pos >= end) {
            throw PyErr.indexError("list index out of range");
        }
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                boolean lt = less(heap.get(child), heap.get(child + 1), max);
                if (!lt) {
                    child++;
                }
                if (end != heap.size()) {
                    throw changed();
                }
            }
            PyObject t = heap.get(child);
            heap.set(child, heap.get(pos));
            heap.set(pos, t);
            pos = child;
        }
        siftdown(heap, start, pos, max);
    }

    /** The clinic's {@code list} converter: "f() argument [1 ]must be list, not T". */
    private static PyList heapArg(PyObject o, String fname, boolean several) {
        if (!(o instanceof PyList l)) {
            throw PyErr.typeError("%s() argument %smust be list, not %s", fname, several ? "1 " : "",
                    o == PyNone.NONE ? "None" : o.type().name());
        }
        return l;
    }

    static PyObject pop(PyObject h, boolean max) {
        PyList heap = heapArg(h, max ? "_heappop_max" : "heappop", false);
        int n = heap.size();
        if (n == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject last = heap.pop(n - 1);
        n--;
        if (n == 0) {
            return last;
        }
        PyObject r = heap.get(0);
        heap.set(0, last);
        siftup(heap, 0, max);
        return r;
    }

    static PyObject replace(PyObject h, PyObject item, boolean max) {
        PyList heap = heapArg(h, max ? "_heapreplace_max" : "heapreplace", true);
        if (heap.size() == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject r = heap.get(0);
        heap.set(0, item);
        siftup(heap, 0, max);
        return r;
    }

    private static int keepTopBit(int n) {
        int i = 0;
        while (n > 1) {
            n >>= 1;
            i++;
        }
        return n << i;
    }

    static PyObject heapify(PyObject h, boolean max) {
        PyList heap = heapArg(h, max ? "_heapify_max" : "heapify", false);
        int n = heap.size();
        if (n > 2500) {
            // the cache-friendly order of CPython's cache_friendly_heapify (same resulting heap)
            int m = n >> 1;
            int leftmost = keepTopBit(m + 1) - 1;
            int mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--) {
                for (int j = i;; j >>= 1) {
                    siftup(heap, j, max);
                    if ((j & 1) == 0) {
                        break;
                    }
                }
            }
            for (int i = m - 1; i >= leftmost; i--) {
                for (int j = i;; j >>= 1) {
                    siftup(heap, j, max);
                    if ((j & 1) == 0) {
                        break;
                    }
                }
            }
            return PyNone.NONE;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) {
            siftup(heap, i, max);
        }
        return PyNone.NONE;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__about__"), PyStr.of("Heap queues"));
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("Heap queue algorithm (a.k.a. priority queue)."));
        def(m, "heappush", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("_heapq.heappush", kw);
            BuiltinArgs.checkPositional("heappush", n, 2, 2);
            PyList heap = heapArg(a[0], "heappush", true);
            heap.append(a[1]);
            siftdown(heap, 0, heap.size() - 1, false);
            return PyNone.NONE;
        });
        def(m, "heappop", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("_heapq.heappop", n, kw);
            return pop(a[0], false);
        });
        def(m, "heapreplace", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("_heapq.heapreplace", kw);
            BuiltinArgs.checkPositional("heapreplace", n, 2, 2);
            return replace(a[0], a[1], false);
        });
        def(m, "heappushpop", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("_heapq.heappushpop", kw);
            BuiltinArgs.checkPositional("heappushpop", n, 2, 2);
            PyList heap = heapArg(a[0], "heappushpop", true);
            PyObject item = a[1];
            if (heap.size() == 0) {
                return item;
            }
            if (!Abstract.richCompareBool(heap.get(0), item, CompareOp.LT)) {
                return item;
            }
            if (heap.size() == 0) {
                throw PyErr.indexError("index out of range");
            }
            PyObject r = heap.get(0);
            heap.set(0, item);
            siftup(heap, 0, false);
            return r;
        });
        def(m, "heapify", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("_heapq.heapify", n, kw);
            return heapify(a[0], false);
        });
        def(m, "_heapify_max", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("_heapq._heapify_max", n, kw);
            return heapify(a[0], true);
        });
        def(m, "_heappop_max", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("_heapq._heappop_max", n, kw);
            return pop(a[0], true);
        });
        def(m, "_heapreplace_max", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("_heapq._heapreplace_max", kw);
            BuiltinArgs.checkPositional("_heapreplace_max", n, 2, 2);
            return replace(a[0], a[1], true);
        });
    }
}
