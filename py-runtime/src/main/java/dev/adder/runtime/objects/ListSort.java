package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyObject;

/**
 * {@code list.sort}: timsort, as CPython 3.11 sorts. The list is cut into natural runs (strictly
 * descending runs are reversed), short runs are extended to a minimum length by binary insertion,
 * and runs are merged in the order the "powersort" rule gives, with galloping when one run keeps
 * winning. Only {@code <} is used, keys are computed once per item, and {@code reverse} keeps
 * equal items in their order. Given the same items, the same comparisons are made in the same
 * order as CPython's, which is observable through {@code __lt__} methods written in Python.
 *
 * <p>As in CPython, a pre-pass looks at the keys: when all have one exact type among {@code int},
 * {@code str}, {@code float} (or are tuples whose first items do), they are compared directly,
 * without the generic comparison protocol; such comparisons call no Python code.
 *
 * <p>If a comparison raises, every item is still in the arrays (in some order): each merge puts
 * back what it holds aside before the exception leaves it.
 *
 * <p>CPython: {@code Objects/listobject.c} ({@code list_sort_impl}) and
 * {@code Objects/listsort.txt}, which describe the algorithm.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;
    private static final int GENERIC = 0;
    private static final int INT = 1;
    private static final int STR = 2;
    private static final int FLOAT = 3;
    private static final int TUPLE = 4;

    /** The keys being sorted. */
    private final PyObject[] k;
    /** The items, moved as their keys move; null when the items are their own keys. */
    private final PyObject[] v;
    private final int n;
    /** How keys compare. */
    private final int mode;
    /** With {@link #TUPLE}: how the tuples' first items compare. */
    private final int firstMode;
    private int minGallop = MIN_GALLOP;
    /** Where a merge holds one run aside. */
    private PyObject[] tk;
    private PyObject[] tv;
    /** The pending runs: start, length, and the power of the boundary with the next run. */
    private final int[] runBase = new int[64];
    private final int[] runLen = new int[64];
    private final int[] runPower = new int[64];
    private int nRuns;

    private ListSort(PyObject[] k, PyObject[] v, int n) {
        this.k = k;
        this.v = v;
        this.n = n;
        int m = modeOf(k, 0, n);
        int fm = GENERIC;
        if (m == TUPLE) {
            fm = firstItemsMode(k, n);
        }
        this.mode = m;
        this.firstMode = fm;
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
        PyObject[] values = keys == items ? null : items;
        if (reverse) {
            // reversing before and after keeps equal items in their original order
            reverse(keys, values, 0, n);
        }
        new ListSort(keys, values, n).sort();
        if (reverse) {
            reverse(keys, values, 0, n);
        }
    }

    // ------------------------------------------------------------------ comparisons

    /** The comparison all keys allow: one exact type among int, str, float, tuple, else generic. */
    private static int modeOf(PyObject[] a, int from, int to) {
        Class<?> c = a[from].getClass();
        for (int i = from + 1; i < to; i++) {
            if (a[i].getClass() != c) {
                return GENERIC;
            }
        }
        PyObject x = a[from];
        if (c == PyInt.class && x.type() == PyInt.TYPE) {
            return INT;
        }
        if (c == PyStr.class && x.type() == PyStr.TYPE) {
            return STR;
        }
        if (c == PyFloat.class && x.type() == PyFloat.TYPE) {
            return FLOAT;
        }
        if (c == PyTuple.class && x.type() == PyTuple.TYPE) {
            return TUPLE;
        }
        return GENERIC;
    }

    private static int firstItemsMode(PyObject[] a, int n) {
        Class<?> c = null;
        PyObject first = null;
        for (int i = 0; i < n; i++) {
            PyObject[] t = ((PyTuple) a[i]).items;
            if (t.length == 0) {
                continue;
            }
            if (c == null) {
                c = t[0].getClass();
                first = t[0];
            } else if (t[0].getClass() != c) {
                return GENERIC;
            }
        }
        if (first == null) {
            return GENERIC;
        }
        PyObject[] one = {first};
        return modeOf(one, 0, 1) == TUPLE ? GENERIC : modeOf(one, 0, 1);
    }

    private boolean lt(PyObject x, PyObject y) {
        switch (mode) {
            case INT:
                return ltInt((PyInt) x, (PyInt) y);
            case STR:
                return ((PyStr) x).compareTo((PyStr) y) < 0;
            case FLOAT:
                return ((PyFloat) x).value < ((PyFloat) y).value;
            case TUPLE:
                return ltTuple(((PyTuple) x).items, ((PyTuple) y).items);
            default:
                return Abstract.richCompareBool(x, y, CompareOp.LT);
        }
    }

    private static boolean ltInt(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return x.value < y.value;
        }
        return IntOps.compare(x, y) < 0;
    }

    /** Tuples: the first items that differ decide; CPython's {@code unsafe_tuple_compare}. */
    private boolean ltTuple(PyObject[] a, PyObject[] b) {
        int na = a.length;
        int nb = b.length;
        int i = 0;
        if (na > 0 && nb > 0 && firstMode != GENERIC) {
            PyObject x = a[0];
            PyObject y = b[0];
            if (x != y && !sameFirst(x, y)) {
                switch (firstMode) {
                    case INT:
                        return ltInt((PyInt) x, (PyInt) y);
                    case STR:
                        return ((PyStr) x).compareTo((PyStr) y) < 0;
                    default:
                        return ((PyFloat) x).value < ((PyFloat) y).value;
                }
            }
            i = 1;
        }
        for (; i < na && i < nb; i++) {
            PyObject x = a[i];
            PyObject y = b[i];
            if (x == y) {
                continue;
            }
            // exact str, int and float items compare without the generic protocol (no side effects)
            Class<?> c = x.getClass();
            if (c == y.getClass()) {
                if (c == PyStr.class) {
                    int r = ((PyStr) x).compareTo((PyStr) y);
                    if (r != 0) {
                        return r < 0;
                    }
                    continue;
                }
                if (c == PyInt.class && ((PyInt) x).big == null && ((PyInt) y).big == null) {
                    long p = ((PyInt) x).value;
                    long q = ((PyInt) y).value;
                    if (p != q) {
                        return p < q;
                    }
                    continue;
                }
            }
            if (!Abstract.richCompareBool(x, y, CompareOp.EQ)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return na < nb;
        }
        return Abstract.richCompareBool(a[i], b[i], CompareOp.LT);
    }

    /** {@code x == y} for two first items of the type {@link #firstMode} names. */
    private boolean sameFirst(PyObject x, PyObject y) {
        switch (firstMode) {
            case INT: {
                PyInt p = (PyInt) x;
                PyInt q = (PyInt) y;
                return p.big == null && q.big == null ? p.value == q.value : IntOps.compare(p, q) == 0;
            }
            case STR:
                return ((PyStr) x).equalsStr((PyStr) y);
            default:
                return ((PyFloat) x).value == ((PyFloat) y).value;
        }
    }

    // ------------------------------------------------------------------ the sort

    private void sort() {
        int minRun = minRun(n);
        int lo = 0;
        int remaining = n;
        while (remaining > 0) {
            int len = countRun(lo, lo + remaining);
            if (len < minRun) {
                int force = Math.min(minRun, remaining);
                binaryInsertion(lo, lo + force, lo + len);
                len = force;
            }
            foundRun(lo, len);
            runBase[nRuns] = lo;
            runLen[nRuns] = len;
            nRuns++;
            lo += len;
            remaining -= len;
        }
        while (nRuns > 1) {
            int i = nRuns - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    /** The minimum run length: n's six leading bits, plus one if any lower bit is set. */
    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run at {@code lo}; a strictly descending run is reversed in place. */
    private int countRun(int lo, int hi) {
        if (hi - lo == 1) {
            return 1;
        }
        int i = lo + 1;
        if (lt(k[i], k[lo])) {
            for (i++; i < hi && lt(k[i], k[i - 1]); i++) {
                // still descending
            }
            reverse(k, v, lo, i);
        } else {
            for (i++; i < hi && !lt(k[i], k[i - 1]); i++) {
                // still ascending
            }
        }
        return i - lo;
    }

    private static void reverse(PyObject[] a, PyObject[] b, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
            if (b != null) {
                t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
        }
    }

    /** Sorts {@code [lo, hi)} whose prefix {@code [lo, start)} is sorted, by binary insertion. */
    private void binaryInsertion(int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            PyObject pivot = k[i];
            int l = lo;
            int r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (lt(pivot, k[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            System.arraycopy(k, l, k, l + 1, i - l);
            k[l] = pivot;
            if (v != null) {
                PyObject pv = v[i];
                System.arraycopy(v, l, v, l + 1, i - l);
                v[l] = pv;
            }
        }
    }

    /**
     * Before a new run of {@code len} items at {@code base} is pushed: merges pending runs whose
     * boundary is deeper in the powersort tree than the one between the last run and the new.
     */
    private void foundRun(int base, int len) {
        if (nRuns == 0) {
            return;
        }
        int last = nRuns - 1;
        int power = power(runBase[last], runLen[last], len, n);
        while (nRuns > 1 && runPower[nRuns - 2] > power) {
            mergeAt(nRuns - 2);
        }
        runPower[nRuns - 1] = power;
    }

    /**
     * The depth of the boundary between two adjacent runs ({@code [s1, s1+n1)} and the next
     * {@code n2} items) in the implicit binary tree over {@code [0, n)}: the number of leading
     * bits that the binary fractions of the runs' midpoints over {@code n} share, plus one.
     */
    static int power(int s1, int n1, int n2, int n) {
        // twice the midpoints, so that they are integers
        long a = 2L * s1 + n1;
        long b = a + n1 + n2;
        int result = 0;
        for (;;) {
            result++;
            if (a >= n) { // both next bits are 1
                a -= n;
                b -= n;
            } else if (b >= n) { // the bits differ
                return result;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    /** Merges pending runs {@code i} and {@code i + 1}. */
    private void mergeAt(int i) {
        int base1 = runBase[i];
        int len1 = runLen[i];
        int base2 = runBase[i + 1];
        int len2 = runLen[i + 1];
        runLen[i] = len1 + len2;
        if (i == nRuns - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        nRuns--;
        // items of run 1 before the place of run 2's first item are already in place
        int skip = gallopRight(k[base2], k, base1, len1, 0);
        base1 += skip;
        len1 -= skip;
        if (len1 == 0) {
            return;
        }
        // and so are items of run 2 after the place of run 1's last item
        len2 = gallopLeft(k[base1 + len1 - 1], k, base2, len2, len2 - 1);
        if (len2 == 0) {
            return;
        }
        if (len1 <= len2) {
            mergeLo(base1, len1, base2, len2);
        } else {
            mergeHi(base1, len1, base2, len2);
        }
    }

    /**
     * The place of {@code key} in the sorted {@code a[base, base+len)}, before any equal items:
     * {@code a[base+r-1] < key <= a[base+r]}. The search starts at {@code hint} and gallops
     * (steps 1, 3, 7, ...) before a binary search.
     */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxOfs = len - hint;
            while (ofs < maxOfs && lt(a[base + hint + ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !lt(a[base + hint - ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        }
        // a[base+lastOfs] < key <= a[base+ofs]
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** As {@link #gallopLeft}, but after any equal items: {@code a[base+r-1] <= key < a[base+r]}. */
    private int gallopRight(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && lt(key, a[base + hint - ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int t = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - t;
        } else {
            int maxOfs = len - hint;
            while (ofs < maxOfs && !lt(key, a[base + hint + ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxOfs;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        }
        // a[base+lastOfs] <= key < a[base+ofs]
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTmp(int len) {
        if (tk == null || tk.length < len) {
            int cap = Math.max(len, Math.min(n / 2 + 1, 256));
            tk = new PyObject[cap];
            if (v != null) {
                tv = new PyObject[cap];
            }
        }
    }

    /** Moves the key (and item) at {@code srcK[from]} ({@code srcV[from]}) to {@code to}. */
    private void put(PyObject[] srcK, PyObject[] srcV, int from, int to) {
        k[to] = srcK[from];
        if (v != null) {
            v[to] = srcV[from];
        }
    }

    /** Copies {@code len} keys (and items) from {@code src[from]} to {@code dst[to]}. */
    private void copy(PyObject[] srcK, PyObject[] srcV, int from, PyObject[] dstK, PyObject[] dstV, int to, int len) {
        System.arraycopy(srcK, from, dstK, to, len);
        if (srcV != null) {
            System.arraycopy(srcV, from, dstV, to, len);
        }
    }

    /**
     * Merges run 1 {@code [base1, base1+len1)} with the following run 2, when run 1 is the
     * shorter: run 1 is held aside and the merge goes forward. On entry run 2's first item is
     * less than run 1's first, and run 1's last item is greater than run 2's last.
     */
    private void mergeLo(int base1, int len1, int base2, int len2) {
        ensureTmp(len1);
        PyObject[] k = this.k;
        PyObject[] v = this.v;
        PyObject[] tk = this.tk;
        PyObject[] tv = this.tv;
        copy(k, v, base1, tk, tv, 0, len1);
        int held = len1;
        int c1 = 0; // next of run 1, in tk
        int c2 = base2; // next of run 2
        int dest = base1;
        // invariant: dest + len1 == c2 (the gap holds what is left of run 1)
        try {
            put(k, v, c2, dest);
            dest++;
            c2++;
            if (--len2 == 0) {
                return;
            }
            if (len1 == 1) {
                copy(k, v, c2, k, v, dest, len2);
                put(tk, tv, c1, dest + len2);
                len1 = 0;
                return;
            }
            int minG = minGallop;
            outer:
            for (;;) {
                int count1 = 0;
                int count2 = 0;
                do {
                    if (lt(k[c2], tk[c1])) {
                        put(k, v, c2, dest);
                        dest++;
                        c2++;
                        count2++;
                        count1 = 0;
                        if (--len2 == 0) {
                            break outer;
                        }
                    } else {
                        put(tk, tv, c1, dest);
                        dest++;
                        c1++;
                        count1++;
                        count2 = 0;
                        if (--len1 == 1) {
                            break outer;
                        }
                    }
                } while ((count1 | count2) < minG);
                // one run keeps winning: gallop
                minG++;
                do {
                    if (minG > 1) {
                        minG--;
                    }
                    minGallop = minG;
                    count1 = gallopRight(k[c2], tk, c1, len1, 0);
                    if (count1 != 0) {
                        copy(tk, tv, c1, k, v, dest, count1);
                        dest += count1;
                        c1 += count1;
                        len1 -= count1;
                        if (len1 <= 1) {
                            break outer;
                        }
                    }
                    put(k, v, c2, dest);
                    dest++;
                    c2++;
                    if (--len2 == 0) {
                        break outer;
                    }
                    count2 = gallopLeft(tk[c1], k, c2, len2, 0);
                    if (count2 != 0) {
                        copy(k, v, c2, k, v, dest, count2);
                        dest += count2;
                        c2 += count2;
                        len2 -= count2;
                        if (len2 == 0) {
                            break outer;
                        }
                    }
                    put(tk, tv, c1, dest);
                    dest++;
                    c1++;
                    if (--len1 == 1) {
                        break outer;
                    }
                } while (count1 >= MIN_GALLOP || count2 >= MIN_GALLOP);
                minG++; // leaving galloping costs
                minGallop = minG;
            }
            if (len1 == 1 && len2 > 0) {
                // run 1's last item goes after the rest of run 2
                copy(k, v, c2, k, v, dest, len2);
                put(tk, tv, c1, dest + len2);
                len1 = 0;
            }
        } finally {
            if (len1 > 0) {
                copy(tk, tv, c1, k, v, dest, len1);
            }
            java.util.Arrays.fill(tk, 0, held, null);
            if (tv != null) {
                java.util.Arrays.fill(tv, 0, held, null);
            }
        }
    }

    /**
     * Merges run 1 {@code [base1, base1+len1)} with the following run 2, when run 2 is the
     * shorter: run 2 is held aside and the merge goes backward from the end.
     */
    private void mergeHi(int base1, int len1, int base2, int len2) {
        ensureTmp(len2);
        PyObject[] k = this.k;
        PyObject[] v = this.v;
        PyObject[] tk = this.tk;
        PyObject[] tv = this.tv;
        copy(k, v, base2, tk, tv, 0, len2);
        int held = len2;
        int c1 = base1 + len1 - 1; // last of run 1
        int c2 = len2 - 1; // last of run 2, in tk (always len2 - 1)
        int dest = base2 + len2 - 1;
        // invariant: the gap (c1, dest] holds len2 slots
        try {
            put(k, v, c1, dest);
            dest--;
            c1--;
            if (--len1 == 0) {
                return;
            }
            if (len2 == 1) {
                copyA(c1, dest, len1, c2);
                len2 = 0;
                return;
            }
            int minG = minGallop;
            outer:
            for (;;) {
                int count1 = 0;
                int count2 = 0;
                do {
                    if (lt(tk[c2], k[c1])) {
                        put(k, v, c1, dest);
                        dest--;
                        c1--;
                        count1++;
                        count2 = 0;
                        if (--len1 == 0) {
                            break outer;
                        }
                    } else {
                        put(tk, tv, c2, dest);
                        dest--;
                        c2--;
                        count2++;
                        count1 = 0;
                        if (--len2 == 1) {
                            break outer;
                        }
                    }
                } while ((count1 | count2) < minG);
                minG++;
                do {
                    if (minG > 1) {
                        minG--;
                    }
                    minGallop = minG;
                    int at = gallopRight(tk[c2], k, base1, len1, len1 - 1);
                    count1 = len1 - at;
                    if (count1 != 0) {
                        dest -= count1;
                        c1 -= count1;
                        len1 -= count1;
                        copy(k, v, c1 + 1, k, v, dest + 1, count1);
                        if (len1 == 0) {
                            break outer;
                        }
                    }
                    put(tk, tv, c2, dest);
                    dest--;
                    c2--;
                    if (--len2 == 1) {
                        break outer;
                    }
                    at = gallopLeft(k[c1], tk, 0, len2, len2 - 1);
                    count2 = len2 - at;
                    if (count2 != 0) {
                        dest -= count2;
                        c2 -= count2;
                        len2 -= count2;
                        copy(tk, tv, c2 + 1, k, v, dest + 1, count2);
                        if (len2 <= 1) {
                            break outer;
                        }
                    }
                    put(k, v, c1, dest);
                    dest--;
                    c1--;
                    if (--len1 == 0) {
                        break outer;
                    }
                } while (count1 >= MIN_GALLOP || count2 >= MIN_GALLOP);
                minG++;
                minGallop = minG;
            }
            if (len2 == 1 && len1 > 0) {
                copyA(c1, dest, len1, c2);
                len2 = 0;
            }
        } finally {
            if (len2 > 0) {
                copy(tk, tv, 0, k, v, dest - len2 + 1, len2);
            }
            java.util.Arrays.fill(tk, 0, held, null);
            if (tv != null) {
                java.util.Arrays.fill(tv, 0, held, null);
            }
        }
    }

    /** mergeHi's end: run 2's one remaining item goes before what is left of run 1. */
    private void copyA(int c1, int dest, int len1, int c2) {
        dest -= len1;
        c1 -= len1;
        copy(k, v, c1 + 1, k, v, dest + 1, len1);
        put(tk, tv, c2, dest);
    }
}
