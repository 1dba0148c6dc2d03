package dev.adder.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * C3 linearization of a class's bases.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code mro_implementation}, {@code pmerge},
 * {@code check_duplicates}, {@code set_mro_error}).
 */
final class Mro {
    private Mro() {
    }

    static PyType[] compute(PyType type, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErr.typeError("duplicate base class %s", bases[i].name());
                }
            }
        }
        if (bases.length == 1) {
            PyType[] bm = bases[0].mro();
            PyType[] r = new PyType[bm.length + 1];
            r[0] = type;
            System.arraycopy(bm, 0, r, 1, bm.length);
            return r;
        }
        int n = bases.length + 1;
        PyType[][] toMerge = new PyType[n][];
        for (int i = 0; i < bases.length; i++) {
            toMerge[i] = bases[i].mro();
        }
        toMerge[bases.length] = bases.clone();
        int[] remain = new int[n];
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            boolean empty = true;
            PyType found = null;
            for (int i = 0; i < n && found == null; i++) {
                if (remain[i] >= toMerge[i].length) {
                    continue;
                }
                empty = false;
                PyType candidate = toMerge[i][remain[i]];
                if (!inTail(candidate, toMerge, remain)) {
                    found = candidate;
                }
            }
            if (empty) {
                return result.toArray(new PyType[0]);
            }
            if (found == null) {
                throw mroError(toMerge, remain);
            }
            result.add(found);
            for (int i = 0; i < n; i++) {
                if (remain[i] < toMerge[i].length && toMerge[i][remain[i]] == found) {
                    remain[i]++;
                }
            }
        }
    }

    private static boolean inTail(PyType c, PyType[][] lists, int[] remain) {
        for (int i = 0; i < lists.length; i++) {
            for (int j = remain[i] + 1; j < lists[i].length; j++) {
                if (lists[i][j] == c) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PyException mroError(PyType[][] lists, int[] remain) {
        LinkedHashSet<PyType> heads = new LinkedHashSet<>();
        for (int i = 0; i < lists.length; i++) {
            if (remain[i] < lists[i].length) {
                heads.add(lists[i][remain[i]]);
            }
        }
        StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
        int k = heads.size();
        for (PyType t : heads) {
            sb.append(' ').append(t.name());
            if (--k > 0) {
                sb.append(',');
            }
        }
        return PyErr.typeError("%s", sb.toString());
    }
}
