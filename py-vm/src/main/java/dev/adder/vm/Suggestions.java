package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyStr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The "Did you mean" suggestion printed after an uncaught NameError or AttributeError: the nearest
 * name by a weighted edit distance.
 *
 * <p>CPython: {@code Python/suggestions.c} ({@code _Py_Offer_Suggestions}).
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The suggested name for {@code exc}, or null. */
    static String offer(PyBaseException exc) {
        PyDict d = exc.fields();
        if (d == null) {
            return null;
        }
        PyObject nameObj = d.getItem(PyStr.of("name"));
        if (!(nameObj instanceof PyStr)) {
            return null;
        }
        String name = ((PyStr) nameObj).value();
        if (exc.type().isSubtype(PyExc.AttributeError)) {
            PyObject obj = d.getItem(PyStr.of("obj"));
            if (obj == null) {
                return null;
            }
            List<String> dir = strings(Abstract.callMethod(obj, "__dir__"));
            Collections.sort(dir);
            return calculate(dir, name);
        }
        if (exc.type().isSubtype(PyExc.NameError)) {
            PyObject tbo = exc.traceback();
            if (!(tbo instanceof PyTraceback tb)) {
                return null;
            }
            while (tb.next != null) {
                tb = tb.next;
            }
            List<String> dir = new ArrayList<>();
            for (PyStr v : tb.frame.code.varnames) {
                dir.add(v.value());
            }
            String s = calculate(dir, name);
            if (s == null) {
                s = calculate(strings(tb.frame.globals), name);
            }
            if (s == null && tb.frame.builtins != null) {
                s = calculate(strings(tb.frame.builtins), name);
            }
            return s;
        }
        return null;
    }

    private static List<String> strings(PyObject iterable) {
        List<String> r = new ArrayList<>();
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (x instanceof PyStr s) {
                r.add(s.value());
            }
        }
        return r;
    }

    private static String calculate(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        long best = Long.MAX_VALUE;
        String suggestion = null;
        for (String item : dir) {
            if (item.equals(name)) {
                continue;
            }
            long max = (long) (name.length() + item.length() + 3) * MOVE_COST / 6;
            if (best - 1 < max) {
                max = best - 1;
            }
            long cur = distance(name, item, max);
            if (cur > max) {
                continue;
            }
            if (suggestion == null || cur < best) {
                suggestion = item;
                best = cur;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return CASE_COST;
        }
        return MOVE_COST;
    }

    private static long distance(String a, String b, long maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int as = 0;
        int ae = a.length();
        int bs = 0;
        int be = b.length();
        while (as < ae && bs < be && a.charAt(as) == b.charAt(bs)) {
            as++;
            bs++;
        }
        while (ae > as && be > bs && a.charAt(ae - 1) == b.charAt(be - 1)) {
            ae--;
            be--;
        }
        int alen = ae - as;
        int blen = be - bs;
        if (alen == 0 || blen == 0) {
            return (long) (alen + blen) * MOVE_COST;
        }
        if (alen > MAX_STRING_SIZE || blen > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (blen < alen) {
            String t = a;
            a = b;
            b = t;
            int ts = as;
            as = bs;
            bs = ts;
            int tl = alen;
            alen = blen;
            blen = tl;
        }
        if ((long) (blen - alen) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] buffer = new long[alen];
        for (int i = 0; i < alen; i++) {
            buffer[i] = (long) (i + 1) * MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < blen; bi++) {
            char code = b.charAt(bs + bi);
            long dist = (long) bi * MOVE_COST;
            result = dist;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < alen; i++) {
                long substitute = dist + substitutionCost(code, a.charAt(as + i));
                dist = buffer[i];
                long insertDelete = Math.min(result, dist) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
