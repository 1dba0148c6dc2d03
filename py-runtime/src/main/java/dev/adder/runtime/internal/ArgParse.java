package dev.adder.runtime.internal;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * Binds the positional and keyword arguments of a builtin to its parameter names, with the
 * messages of CPython's argument clinic.
 *
 * <p>CPython: {@code Python/getargs.c} ({@code _PyArg_UnpackKeywords}).
 */
public final class ArgParse {
    private ArgParse() {
    }

    /**
     * The values of {@code names} (null where not given): positional first, then keywords.
     * {@code required} leading parameters must be given.
     */
    public static PyObject[] bind(String fname, PyObject[] a, int n, PyTuple kw, String[] names, int required) {
        if (n > names.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fname, names.length,
                    names.length == 1 ? "" : "s", n + (kw == null ? 0 : kw.size()));
        }
        PyObject[] r = new PyObject[names.length];
        System.arraycopy(a, 0, r, 0, n);
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            int j = 0;
            while (j < names.length && !names[j].equals(k)) {
                j++;
            }
            if (j == names.length) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", fname, k);
            }
            if (r[j] != null) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fname, k, j + 1);
            }
            r[j] = a[n + i];
        }
        for (int i = 0; i < required; i++) {
            if (r[i] == null) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            }
        }
        return r;
    }

    /** Raises CPython's "X() takes no keyword arguments". */
    public static void noKeywords(String fname, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", fname);
        }
    }
}
