package dev.adder.runtime.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * Python's {@code bytes}: an immutable sequence of bytes. The array is never changed after
 * construction; {@link #of} copies, {@link #wrap} takes ownership.
 *
 * <p>CPython: {@code Objects/bytesobject.c}.
 */
public class PyBytes extends PyObject {
    /** {@code bytes}. */
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, PyType.BASETYPE | PyType.BYTES_SUBCLASS);

    private static final byte[] NO_BYTES = new byte[0];
    /** {@code b''}. */
    public static final PyBytes EMPTY = new PyBytes(TYPE, NO_BYTES);

    /** The bytes; never modified. */
    final byte[] value;
    private long hash = -1;

    /** For subclasses defined in Python. */
    protected PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    /** A bytes object holding a copy of {@code b}. */
    public static PyBytes of(byte[] b) {
        return b.length == 0 ? EMPTY : new PyBytes(TYPE, b.clone());
    }

    /** A bytes object over {@code b}, which the caller must never change afterwards. */
    public static PyBytes wrap(byte[] b) {
        return b.length == 0 ? EMPTY : new PyBytes(TYPE, b);
    }

    /** The number of bytes. */
    public final int size() {
        return value.length;
    }

    /** Byte {@code i} as 0..255. */
    public final int byteAt(int i) {
        return value[i] & 0xff;
    }

    /** A copy of the bytes. */
    public final byte[] toByteArray() {
        return value.clone();
    }

    /** Python's {@code repr(b)}. */
    public static String repr(byte[] b, int len) {
        return repr(b, len, false);
    }

    /** The repr of {@code b[0:len]}; bytearray's escapes {@code '} even inside double quotes. */
    static String repr(byte[] b, int len, boolean alwaysEscapeSingle) {
        boolean dq = false;
        boolean sq = false;
        for (int i = 0; i < len; i++) {
            if (b[i] == '\'') {
                sq = true;
            } else if (b[i] == '"') {
                dq = true;
            }
        }
        char quote = sq && !dq ? '"' : '\'';
        StringBuilder sb = new StringBuilder(len + 3).append('b').append(quote);
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\' || (alwaysEscapeSingle && c == '\'')) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    long hash() {
        long h = hash;
        if (h == -1) {
            // FNV-1a over the bytes: deterministic, as str hashes are (see docs/decisions.md).
            h = 0xcbf29ce484222325L;
            for (byte x : value) {
                h = (h ^ (x & 0xff)) * 0x100000001b3L;
            }
            if (h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    /** A subclass of bytes defined in Python. */
    static final class Sub extends PyBytes {
        private final PyDict dict = new PyDict();

        Sub(PyType type, byte[] value) {
            super(type, value);
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    static {
        BytesMethods.init(TYPE, false);
        TYPE.ready();
    }
}
