package dev.adder.stdlib.sre;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyStr;
import dev.adder.stdlib.sre.internal.SreState;

/**
 * The string a pattern is matched against, seen as code points (str) or bytes (bytes-like), with
 * the slicing rules of sre's {@code getslice}: a str subject gives str slices, a bytes-like
 * subject gives bytes.
 *
 * <p>CPython: Modules/_sre/sre.c ({@code getstring}, {@code state_init}, {@code getslice}).
 */
final class Subject {
    final PyObject string;
    final boolean isBytes;
    private final String str;
    private final int[] cps;
    private final byte[] bytes;
    final int length;

    private Subject(PyObject string, boolean isBytes, String str, int[] cps, byte[] bytes, int length) {
        this.string = string;
        this.isBytes = isBytes;
        this.str = str;
        this.cps = cps;
        this.bytes = bytes;
        this.length = length;
    }

    /**
     * The code points of the last non-BMP string matched (a loop calling {@code match(s, pos)}
     * on the same string converts it once).
     */
    private static java.lang.ref.WeakReference<PyStr> lastStr = new java.lang.ref.WeakReference<>(null);
    private static int[] lastCps;

    /** {@code getstring}: null when {@code o} is neither a str nor bytes-like. */
    static Subject of(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            int n = s.length();
            if (n == v.length()) {
                return new Subject(o, false, v, null, null, n);
            }
            int[] cps;
            synchronized (Subject.class) {
                if (lastStr.get() == s) {
                    cps = lastCps;
                } else {
                    cps = v.codePoints().toArray();
                    lastStr = new java.lang.ref.WeakReference<>(s);
                    lastCps = cps;
                }
            }
            return new Subject(o, false, null, cps, null, n);
        }
        // bytes: the object's own array (never written here); bytearray, memoryview: a copy
        byte[] b = BytesOps.bufferOrNull(o);
        if (b == null) {
            return null;
        }
        return new Subject(o, true, null, null, b, b.length);
    }

    /** {@code getstring} raising CPython's TypeError. */
    static Subject check(PyObject o) {
        Subject s = of(o);
        if (s == null) {
            throw PyErr.typeError("expected string or bytes-like object, got '%s'", o.type().name());
        }
        return s;
    }

    /** A matching state over this subject. */
    SreState state(SrePattern p, long pos, long endpos) {
        if (isBytes && p.isBytes == 0) {
            throw PyErr.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!isBytes && p.isBytes > 0) {
            throw PyErr.typeError("cannot use a bytes pattern on a string-like object");
        }
        if (str != null) {
            return SreState.ofString(p.code, p.groups, str, pos, endpos);
        }
        if (cps != null) {
            return SreState.ofCodePoints(p.code, p.groups, cps, pos, endpos);
        }
        return SreState.ofBytes(p.code, p.groups, bytes, length, pos, endpos);
    }

    /** {@code getslice}: the subject from {@code i} to {@code j}. */
    PyObject slice(int i, int j) {
        if (isBytes) {
            if (string.type() == PyBytes.TYPE && i == 0 && j == length) {
                return string;
            }
            if (i >= j) {
                return PyBytes.EMPTY;
            }
            return PyBytes.wrap(java.util.Arrays.copyOfRange(bytes, i, j));
        }
        if (i >= j) {
            return PyStr.EMPTY;
        }
        if (str != null) {
            return PyStr.of(str.substring(i, j));
        }
        return PyStr.of(new String(cps, i, j - i));
    }

    /** The empty string of the subject's kind ({@code string[:0]}). */
    PyObject empty() {
        return slice(0, 0);
    }

    /** The code point (or byte) at {@code i}. */
    int charAt(int i) {
        if (str != null) {
            return str.charAt(i);
        }
        if (cps != null) {
            return cps[i];
        }
        return bytes[i] & 0xff;
    }
}
