package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyObject;

/**
 * {@code list.sort}: a stable merge sort that compares only with {@code <}, as Python requires,
 * with keys computed once per item and {@code reverse} keeping equal items in their order.
 *
 * <p>CPython: {@code Objects/listobject.c} ({@code list_sort_impl}, timsort). This is a plain
 * merge sort with insertion sort for short runs and a pre-check for already ordered runs; it
 * makes the same results (stability and the {@code <}-only protocol), not the same sequence of
 * comparisons as timsort.
 */
final class ListSort {
    private ListSort() {
    }

    static void sort(PyObject[] items, int n, PyObject key, boolean reverse) {
        if (n < 2) {
            return;
        }
        PyObject[] keys;
        if (key != null && key != PyNone.NONE) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Abstract.call(key, new PyObject[] {items[i]}, 1, null);
            }
        } else {
            keys = items;
        }
        if (reverse) {
            reverse(keys, n);
            if (keys != items) {
                reverse(items, n);
            }
        }
        PyObject[] values = keys == items ? null : items;
        mergeSort(keys, values, n);
        if (reverse) {
            reverse(keys, n);
            if (values != null) {
                reverse(values, n);
            }
        }
    }

    private static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean lt(PyObject a, PyObject b) {
        if (a instanceof PyInt && b instanceof PyInt && a.type() == PyInt.TYPE && b.type() == PyInt.TYPE) {
            return IntOps.compare((PyInt) a, (PyInt) b) < 0;
        }
        if (a.type() == PyStr.TYPE && b.type() == PyStr.TYPE) {
            return ((PyStr) a).compareTo((PyStr) b) < 0;
        }
        if (a.getClass() == PyTuple.class && b.getClass() == PyTuple.class) {
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            PyObject r = PyTuple.compareItems(x, x.length, y, y.length, CompareOp.LT);
            return r == PyBool.TRUE || (r != PyBool.FALSE && Abstract.isTrue(r));
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    private static void mergeSort(PyObject[] k, PyObject[] v, int n) {
        PyObject[] tk = new PyObject[n];
        PyObject[] tv = v == null ? null : new PyObject[n];
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            insertion(k, v, lo, Math.min(lo + run, n));
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (!lt(k[mid], k[mid - 1])) {
                    continue; // already in order
                }
                merge(k, v, tk, tv, lo, mid, hi);
            }
        }
    }

    private static void insertion(PyObject[] k, PyObject[] v, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            PyObject x = k[i];
            PyObject xv = v == null ? null : v[i];
            // binary search for the first position whose item is greater than x (stable)
            int l = lo;
            int r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (lt(x, k[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            System.arraycopy(k, l, k, l + 1, i - l);
            k[l] = x;
            if (v != null) {
                System.arraycopy(v, l, v, l + 1, i - l);
                v[l] = xv;
            }
        }
    }

    private static void merge(PyObject[] k, PyObject[] v, PyObject[] tk, PyObject[] tv, int lo, int mid, int hi) {
        int nl = mid - lo;
        System.arraycopy(k, lo, tk, lo, nl);
        if (v != null) {
            System.arraycopy(v, lo, tv, lo, nl);
        }
        int i = lo;
        int j = mid;
        int w = lo;
        while (i < mid && j < hi) {
            if (lt(k[j], tk[i])) {
                if (v != null) {
                    v[w] = v[j];
                }
                k[w++] = k[j++];
            } else {
                if (v != null) {
                    v[w] = tv[i];
                }
                k[w++] = tk[i++];
            }
        }
        while (i < mid) {
            if (v != null) {
                v[w] = tv[i];
            }
            k[w++] = tk[i++];
        }
    }
}
