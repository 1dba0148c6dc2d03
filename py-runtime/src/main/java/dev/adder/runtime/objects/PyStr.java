package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.StrOps;
import java.util.List;

/**
 * Python's {@code str}: an immutable sequence of Unicode code points.
 *
 * <p>CPython: {@code Objects/unicodeobject.c}. The text is a Java {@link String}. When it holds
 * only BMP characters (the common case), code-point indexes are char indexes and indexing and
 * {@code len} are O(1) reads of the String. Otherwise an {@code int[]} of code points is kept
 * beside it (made on first need), so indexing stays O(1). The hash is cached.
 */
public class PyStr extends PyObject {
    /** {@code str}. */
    public static final PyType TYPE = PyType.builtin("str", PyStr.class,
            PyType.BASETYPE | PyType.UNICODE_SUBCLASS);

    private static final PyStr[] LATIN1 = new PyStr[256];
    /** The empty string. */
    public static final PyStr EMPTY;

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i), 1);
        }
        EMPTY = new PyStr("", 1);
    }

    final String value;
    /** 0: not yet known; 1: only BMP, no surrogates (char index = code point index); 2: has surrogates. */
    private byte kind;
    private int[] codePoints;
    private long hash;

    private PyStr(String value, int kind) {
        super(TYPE);
        this.value = value;
        this.kind = (byte) kind;
    }

    /** For subclasses defined in Python. */
    protected PyStr(PyType type, String value) {
        super(type);
        this.value = value;
    }

    /** The interned strings ({@code sys.intern}, names in code objects): one object per text. */
    private static final class Interned {
        static final java.util.concurrent.ConcurrentHashMap<String, PyStr> MAP =
                new java.util.concurrent.ConcurrentHashMap<>();
    }

    /**
     * The interned str for {@code s}: names in code objects, dictionaries of types and modules
     * use these, so that lookups usually succeed on identity (CPython interns identifiers too).
     */
    public static PyStr intern(String s) {
        PyStr p = Interned.MAP.get(s);
        if (p == null) {
            PyStr fresh = of(s);
            p = Interned.MAP.putIfAbsent(s, fresh);
            if (p == null) {
                p = fresh;
            }
        }
        return p;
    }

    /** {@code sys.intern(s)} for an exact str: {@code s} itself or the equal str interned before. */
    public static PyStr intern(PyStr s) {
        PyStr p = Interned.MAP.putIfAbsent(s.value, s);
        return p == null ? s : p;
    }

    /** The str for Java text {@code s} (surrogate pairs are single code points). */
    public static PyStr of(String s) {
        if (s.length() <= 1) {
            if (s.isEmpty()) {
                return EMPTY;
            }
            char c = s.charAt(0);
            if (c < 256) {
                return LATIN1[c];
            }
        }
        return new PyStr(s, 0);
    }

    /** The one-character str for code point {@code cp}. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        return new PyStr(new String(Character.toChars(cp)), 0);
    }

    /** The Java text. */
    public final String value() {
        return value;
    }

    private boolean isBmp() {
        byte k = kind;
        if (k == 0) {
            k = 1;
            String v = value;
            for (int i = 0, n = v.length(); i < n; i++) {
                if (Character.isSurrogate(v.charAt(i))) {
                    k = 2;
                    break;
                }
            }
            kind = k;
        }
        return k == 1;
    }

    private int[] cps() {
        int[] c = codePoints;
        if (c == null) {
            c = value.codePoints().toArray();
            codePoints = c;
        }
        return c;
    }

    /** {@code len(s)}: the number of code points. */
    public final int length() {
        return isBmp() ? value.length() : cps().length;
    }

    /** The code point at index {@code i} (0 <= i < length()). */
    public final int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : cps()[i];
    }

    /** The char index in {@link #value()} of code point index {@code i} (0 <= i <= length()). */
    public final int charIndex(int i) {
        if (isBmp()) {
            return i;
        }
        return value.offsetByCodePoints(0, i);
    }

    /** The code point index of char index {@code ci}. */
    public final int cpIndex(int ci) {
        if (isBmp()) {
            return ci;
        }
        return value.codePointCount(0, ci);
    }

    /** {@code s[i]} with a Python index (negative counts from the end). */
    public PyStr getItem(long i) {
        int n = length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.indexError("string index out of range");
        }
        return ofCodePoint(codePointAt((int) i));
    }

    /** {@code s[start:stop:step]} with the slice already adjusted to this length. */
    public PyStr slice(int start, int stop, int step, int count) {
        if (count <= 0) {
            return EMPTY;
        }
        if (step == 1) {
            if (start == 0 && count == length() && type() == TYPE) {
                return this;
            }
            return of(value.substring(charIndex(start), charIndex(start + count)));
        }
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0, j = start; i < count; i++, j += step) {
            sb.appendCodePoint(codePointAt(j));
        }
        return of(sb.toString());
    }

    /** {@code hash(s)}: a 64-bit hash of the code points, cached; never -1. */
    public final long hash() {
        long h = hash;
        if (h == 0) {
            String v = value;
            h = 0x9E3779B97F4A7C15L;
            for (int i = 0, n = v.length(); i < n; i++) {
                h = (h ^ v.charAt(i)) * 0x100000001B3L;
            }
            h ^= h >>> 29;
            if (h == -1 || h == 0) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    /** Equality of the text (the same code points). */
    public final boolean equalsStr(PyStr o) {
        return this == o || value.equals(o.value);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof PyStr && equalsStr((PyStr) o);
    }

    @Override
    public final int hashCode() {
        return (int) hash();
    }

    /** Three-way comparison by code points (not UTF-16 units). */
    public final int compareTo(PyStr o) {
        String a = value;
        String b = o.value;
        if (isBmp() && o.isBmp()) {
            return a.compareTo(b); // UTF-16 order is code-point order without surrogates
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** {@code repr(s)}: quoted, with Python's escapes. */
    public final PyStr repr() {
        return of(StrOps.repr(value));
    }

    /** {@code s + t}. */
    public PyStr concat(PyStr o) {
        if (o.value.isEmpty() && type() == TYPE) {
            return this;
        }
        if (value.isEmpty() && o.type() == TYPE) {
            return o;
        }
        return of(value.concat(o.value));
    }

    /** {@code s * n}. */
    public PyStr repeat(long n) {
        if (n <= 0 || value.isEmpty()) {
            return EMPTY;
        }
        if (n == 1 && type() == TYPE) {
            return this;
        }
        if (value.length() > Long.MAX_VALUE / n) {
            throw PyErr.overflowError("repeated string is too long"); // past sys.maxsize, as CPython
        }
        if ((long) value.length() * n > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError(); // more than a JVM string holds: CPython's failed allocation
        }
        return of(value.repeat((int) n));
    }

    /** {@code sub in s}. */
    public boolean contains(PyStr sub) {
        return value.contains(sub.value);
    }

    /** Splits into a list of the str pieces (helper for the methods in {@link StrOps}). */
    public static PyList listOf(List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = of(parts.get(i));
        }
        return PyList.wrap(items, items.length);
    }

    /** The str of {@code o}, which must be a str (else TypeError with {@code what}). */
    public static PyStr check(PyObject o, String what) {
        if (o instanceof PyStr) {
            return (PyStr) o;
        }
        throw PyErr.typeError("%s must be str, not %s", what, o.type().name());
    }

    /** The iterator over the characters. */
    public PyObject iter() {
        return new PySeqIter(this, length());
    }

    /** {@code str(object='')} and {@code str(object=b'', encoding='utf-8', errors='strict')}. */
    private static PyStr strNew(PyObject[] args, int nargs, dev.adder.runtime.objects.PyTuple kw) {
        if (nargs == 0 && (kw == null || kw.size() == 0)) {
            return EMPTY;
        }
        if (nargs == 1 && (kw == null || kw.size() == 0)) {
            return Abstract.str(args[0]);
        }
        PyObject[] p = StrOps.parseArgs("str", args, nargs, kw, new String[] {"object", "encoding", "errors"});
        if (p[1] != null && !(p[1] instanceof PyStr)) {
            throw PyErr.typeError("str() argument 'encoding' must be str, not %s", p[1].type().name());
        }
        if (p[2] != null && !(p[2] instanceof PyStr)) {
            throw PyErr.typeError("str() argument 'errors' must be str, not %s", p[2].type().name());
        }
        PyObject o = p[0];
        if (o == null) {
            return EMPTY;
        }
        if (p[1] == null && p[2] == null) {
            return Abstract.str(o);
        }
        if (o instanceof PyStr) {
            throw PyErr.typeError("decoding str is not supported");
        }
        byte[] b = BytesOps.bufferOrNull(o);
        if (b == null) {
            throw PyErr.typeError("decoding to str: need a bytes-like object, %s found", o.type().name());
        }
        return Codecs.decode(b, b.length, p[1] == null ? "utf-8" : ((PyStr) p[1]).value,
                p[2] == null ? "strict" : ((PyStr) p[2]).value, o instanceof PyBytes ? o : null);
    }

    static {
        PyType t = TYPE;
        t.tp_repr = o -> ((PyStr) o).repr();
        t.tp_str = o -> o.type() == TYPE ? o : of(((PyStr) o).value);
        t.tp_hash = o -> ((PyStr) o).hash();
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyStr)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyStr x = (PyStr) a;
            PyStr y = (PyStr) b;
            if (op == CompareOp.EQ) {
                return PyBool.of(x.equalsStr(y));
            }
            if (op == CompareOp.NE) {
                return PyBool.of(!x.equalsStr(y));
            }
            return PyBool.of(op.test(x.compareTo(y)));
        };
        t.sq_length = o -> ((PyStr) o).length();
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyStr)) {
                throw PyErr.typeError("can only concatenate str (not \"%s\") to str", b.type().name());
            }
            return ((PyStr) a).concat((PyStr) b);
        };
        t.sq_repeat = (a, n) -> ((PyStr) a).repeat(Abstract.asRepeatCount(n));
        t.sq_contains = (a, b) -> {
            if (!(b instanceof PyStr)) {
                throw PyErr.typeError("'in <string>' requires string as left operand, not %s", b.type().name());
            }
            return ((PyStr) a).contains((PyStr) b);
        };
        t.mp_subscript = (a, key) -> {
            PyStr s = (PyStr) a;
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(s.length());
                return s.slice(r[0], r[1], r[2], r[3]);
            }
            if (!Abstract.isIndex(key)) {
                throw PyErr.typeError("string indices must be integers, not '%s'", key.type().name());
            }
            return s.getItem(Abstract.asItemIndex(key));
        };
        t.tp_iter = o -> ((PyStr) o).iter();
        t.tp_new = (type, args, nargs, kw) -> {
            PyStr r = strNew(args, nargs, kw);
            return type == TYPE ? r : new PyStrSub(type, r.value);
        };
        StrMethods.init(t);
        t.ready();
    }
}
