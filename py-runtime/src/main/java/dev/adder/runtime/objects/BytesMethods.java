package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.StrOps;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The slots and methods of {@code bytes} and {@code bytearray} (the shared ones once, the
 * bytearray mutators apart). Text-like algorithms work on a Latin-1 view (one char per byte);
 * character classes are ASCII only, as CPython's {@code pyctype.h}.
 *
 * <p>CPython: {@code Objects/bytesobject.c}, {@code Objects/bytearrayobject.c},
 * {@code Objects/bytes_methods.c}, {@code Objects/stringlib/*}.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    /** A bytes or bytearray iterator. */
    static final class Iter extends PyObject {
        static final PyType BYTES_ITER = PyType.builtin("bytes_iterator", Iter.class, 0);
        static final PyType BYTEARRAY_ITER = PyType.builtin("bytearray_iterator", Iter.class, 0);
        private PyObject seq;
        private int index;

        Iter(PyObject seq) {
            super(seq instanceof PyBytes ? BYTES_ITER : BYTEARRAY_ITER);
            this.seq = seq;
        }

        PyObject next() {
            PyObject s = seq;
            if (s == null) {
                return null;
            }
            if (index < len(s)) {
                return PyInt.of(byteAt(s, index++));
            }
            seq = null;
            return null;
        }

        static {
            for (PyType t : new PyType[] {BYTES_ITER, BYTEARRAY_ITER}) {
                t.tp_iter = o -> o;
                t.tp_iternext = o -> ((Iter) o).next();
                // striter_reduce / bytearrayiter_reduce and their __setstate__
                PyMethodDescr.noArgs(t, "__reduce__", o -> {
                    Iter it = (Iter) o;
                    PyObject iter = dev.adder.runtime.VmHooks.builtin.apply("iter");
                    return it.seq == null ? PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY))
                            : PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
                });
                PyMethodDescr.oneArg(t, "__setstate__", (o, state) -> {
                    Iter it = (Iter) o;
                    if (!(state instanceof PyInt)) {
                        throw dev.adder.runtime.PyErr.typeError("an integer is required");
                    }
                    long i = dev.adder.runtime.Abstract.asSsizeArg(state);
                    if (it.seq != null) {
                        it.index = (int) Math.max(0, Math.min(i, len(it.seq)));
                    }
                    return PyNone.NONE;
                });
                t.ready();
            }
        }
    }

    /** {@code bytearray.__reduce__} / {@code __reduce_ex__}: CPython's {@code _common_reduce}. */
    static PyObject byteArrayReduce(PyObject self, long proto) {
        PyObject state = dev.adder.runtime.Abstract.callMethod(self, "__getstate__");
        PyByteArray a = (PyByteArray) self;
        if (a.size == 0) {
            return PyTuple.of(self.type(), PyTuple.EMPTY, state);
        }
        if (proto < 3) {
            // str-based reduction, what Python 2 could read
            return PyTuple.of(self.type(), PyTuple.of(PyStr.of(text(self)), PyStr.of("latin-1")), state);
        }
        return PyTuple.of(self.type(), PyTuple.of(PyBytes.wrap(data(self))), state);
    }

    static int len(PyObject self) {
        return self instanceof PyBytes b ? b.value.length : ((PyByteArray) self).size;
    }

    static int byteAt(PyObject self, int i) {
        return self instanceof PyBytes b ? b.value[i] & 0xff : ((PyByteArray) self).items[i] & 0xff;
    }

    /** The content as an array of exactly its length (bytes: its own array; never modify). */
    static byte[] data(PyObject self) {
        return self instanceof PyBytes b ? b.value : Arrays.copyOf(((PyByteArray) self).items, ((PyByteArray) self).size);
    }

    static String text(PyObject self) {
        if (self instanceof PyBytes b) {
            return BytesOps.latin1(b.value, b.value.length);
        }
        PyByteArray a = (PyByteArray) self;
        return BytesOps.latin1(a.items, a.size);
    }

    /** A result of the same kind as {@code self} (bytes or bytearray). */
    static PyObject make(PyObject self, byte[] b) {
        if (self instanceof PyBytes) {
            return PyBytes.wrap(b);
        }
        return new PyByteArray(b, b.length);
    }

    static PyObject makeText(PyObject self, String s) {
        return make(self, BytesOps.fromLatin1(s));
    }

    private static String typeName(PyObject self) {
        return self instanceof PyBytes ? "bytes" : "bytearray";
    }

    /** {@code repr}: {@code b'..'} or {@code bytearray(b'..')} (subclass names for bytearray). */
    static String repr(PyObject self) {
        if (self instanceof PyBytes b) {
            return PyBytes.repr(b.value, b.value.length);
        }
        PyByteArray a = (PyByteArray) self;
        return self.type().name() + "(" + PyBytes.repr(a.items, a.size, true) + ")";
    }

    // ------------------------------------------------------------------ argument helpers

    /** The sub argument of find/count/index: an int byte or a bytes-like object. */
    private static String subArg(PyObject o) {
        if (BytesOps.isBytesLike(o)) {
            byte[] b = BytesOps.buffer(o);
            return BytesOps.latin1(b, b.length);
        }
        if (Abstract.isIndex(o)) {
            return String.valueOf((char) BytesOps.byteValue(o));
        }
        throw PyErr.typeError("argument should be integer or bytes-like object, not '%s'", o.type().name());
    }

    private static String bytesArg(PyObject o) {
        byte[] b = BytesOps.buffer(o);
        return BytesOps.latin1(b, b.length);
    }

    /** Adjusted [start, end) or null when empty-and-invalid (start > len). */
    private static int[] range(int len, PyObject[] a, int n, int from) {
        long start = n > from && a[from] != PyNone.NONE ? Abstract.sliceIndex(a[from]) : 0;
        long end = n > from + 1 && a[from + 1] != PyNone.NONE ? Abstract.sliceIndex(a[from + 1]) : len;
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (start > len) {
            return null;
        }
        return new int[] {(int) start, (int) end};
    }

    private static long find(PyObject self, PyObject[] a, int n, boolean right, String name) {
        PyMethodDescr.checkArity(name, n, 1, 3);
        String sub = subArg(a[0]);
        String v = text(self);
        int[] r = range(v.length(), a, n, 1);
        if (r == null || r[1] - r[0] < sub.length()) {
            return -1;
        }
        int k;
        if (right) {
            k = v.lastIndexOf(sub, r[1] - sub.length());
            if (k < r[0]) {
                k = -1;
            }
        } else {
            k = v.indexOf(sub, r[0]);
            if (k + sub.length() > r[1]) {
                k = -1;
            }
        }
        return k;
    }

    private static long count(PyObject self, PyObject[] a, int n) {
        PyMethodDescr.checkArity("count", n, 1, 3);
        String sub = subArg(a[0]);
        String v = text(self);
        int[] r = range(v.length(), a, n, 1);
        if (r == null || r[1] < r[0]) {
            return 0;
        }
        if (sub.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        String w = v.substring(r[0], r[1]);
        long c = 0;
        for (int i = w.indexOf(sub); i >= 0; i = w.indexOf(sub, i + sub.length())) {
            c++;
        }
        return c;
    }

    private static boolean startsEnds(PyObject self, PyObject[] a, int n, boolean ends) {
        String name = ends ? "endswith" : "startswith";
        PyMethodDescr.checkArity(name, n, 1, 3);
        String v = text(self);
        int[] r = range(v.length(), a, n, 1);
        PyObject p = a[0];
        PyObject[] cands;
        if (p instanceof PyTuple t) {
            cands = t.items();
        } else {
            cands = new PyObject[] {p};
        }
        for (PyObject c : cands) {
            if (!BytesOps.isBytesLike(c)) {
                if (p instanceof PyTuple) {
                    throw PyErr.typeError("a bytes-like object is required, not '%s'", c.type().name());
                }
                throw PyErr.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name,
                        c.type().name());
            }
            if (r == null) {
                continue;
            }
            String s = bytesArg(c);
            if (r[1] - r[0] < s.length()) {
                continue;
            }
            if (ends ? v.startsWith(s, r[1] - s.length()) : v.startsWith(s, r[0])) {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static List<String> splitWhitespace(String v, long maxsplit) {
        List<String> out = new ArrayList<>();
        int n = v.length();
        int i = 0;
        while (true) {
            while (i < n && isSpace(v.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (maxsplit >= 0 && out.size() >= maxsplit) {
                out.add(v.substring(i));
                break;
            }
            int j = i;
            while (j < n && !isSpace(v.charAt(j))) {
                j++;
            }
            out.add(v.substring(i, j));
            i = j;
        }
        return out;
    }

    private static List<String> rsplitWhitespace(String v, long maxsplit) {
        List<String> out = new ArrayList<>();
        int i = v.length();
        while (true) {
            while (i > 0 && isSpace(v.charAt(i - 1))) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (maxsplit >= 0 && out.size() >= maxsplit) {
                out.add(v.substring(0, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(v.charAt(j - 1))) {
                j--;
            }
            out.add(v.substring(j, i));
            i = j;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static PyObject listOf(PyObject self, List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = makeText(self, parts.get(i));
        }
        return PyList.wrap(items, items.length);
    }

    private static PyObject split(PyObject self, PyObject[] a, int n, PyTuple kw, boolean right) {
        PyObject[] p = StrOps.parseArgs(right ? "rsplit" : "split", a, n, kw, new String[] {"sep", "maxsplit"});
        long maxsplit = p[1] == null ? -1 : Abstract.asSsizeArg(p[1]);
        String v = text(self);
        if (p[0] == null || p[0] == PyNone.NONE) {
            return listOf(self, right ? rsplitWhitespace(v, maxsplit) : splitWhitespace(v, maxsplit));
        }
        String sep = bytesArg(p[0]);
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        return listOf(self, right ? StrMethods.rsplit(v, sep, maxsplit) : StrMethods.split(v, sep, maxsplit));
    }

    private static PyObject strip(PyObject self, PyObject[] a, int n, int mode, String name) {
        PyMethodDescr.checkArity(name, n, 0, 1);
        String v = text(self);
        String chars = null;
        if (n == 1 && a[0] != PyNone.NONE) {
            chars = bytesArg(a[0]);
        }
        int s = 0;
        int e = v.length();
        if (mode != 2) {
            while (s < e && (chars == null ? isSpace(v.charAt(s)) : chars.indexOf(v.charAt(s)) >= 0)) {
                s++;
            }
        }
        if (mode != 1) {
            while (e > s && (chars == null ? isSpace(v.charAt(e - 1)) : chars.indexOf(v.charAt(e - 1)) >= 0)) {
                e--;
            }
        }
        return makeText(self, v.substring(s, e));
    }

    private static int fillByte(PyObject[] a, int n, String name) {
        if (n < 2) {
            return ' ';
        }
        PyObject f = a[1];
        if ((f instanceof PyBytes || f instanceof PyByteArray) && len(f) == 1) {
            return byteAt(f, 0);
        }
        throw PyErr.typeError("%s() argument 2 must be a byte string of length 1, not %s", name, f.type().name());
    }

    private static PyObject pad(PyObject self, PyObject[] a, int n, String name, int mode) {
        PyMethodDescr.checkArity(name, n, 1, 2);
        long width = Abstract.asSsizeArg(a[0]);
        int fill = fillByte(a, n, name);
        String v = text(self);
        int len = v.length();
        if (width <= len) {
            return make(self, data(self).clone());
        }
        int total = (int) Math.min(width, Integer.MAX_VALUE - 8) - len;
        int left;
        if (mode == 0) {
            left = total / 2 + (total & (int) width & 1);
        } else if (mode == 1) {
            left = 0;
        } else {
            left = total;
        }
        String f = String.valueOf((char) fill);
        return makeText(self, f.repeat(left) + v + f.repeat(total - left));
    }

    private static PyObject caseMap(PyObject self, int mode) {
        byte[] b = data(self).clone();
        boolean prevCased = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            switch (mode) {
                case 0: // lower
                    if (isUpper(c)) {
                        b[i] = (byte) (c + 32);
                    }
                    break;
                case 1: // upper
                    if (isLower(c)) {
                        b[i] = (byte) (c - 32);
                    }
                    break;
                case 2: // swapcase
                    if (isUpper(c)) {
                        b[i] = (byte) (c + 32);
                    } else if (isLower(c)) {
                        b[i] = (byte) (c - 32);
                    }
                    break;
                case 3: // capitalize
                    if (i == 0) {
                        if (isLower(c)) {
                            b[i] = (byte) (c - 32);
                        }
                    } else if (isUpper(c)) {
                        b[i] = (byte) (c + 32);
                    }
                    break;
                default: // title
                    if (isAlpha(c)) {
                        if (prevCased) {
                            if (isUpper(c)) {
                                b[i] = (byte) (c + 32);
                            }
                        } else if (isLower(c)) {
                            b[i] = (byte) (c - 32);
                        }
                        prevCased = true;
                    } else {
                        prevCased = false;
                    }
                    break;
            }
        }
        return make(self, b);
    }

    @FunctionalInterface
    private interface ByteTest {
        boolean test(int c);
    }

    private static PyObject all(PyObject self, ByteTest t) {
        int n = len(self);
        if (n == 0) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < n; i++) {
            if (!t.test(byteAt(self, i))) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    private static PyObject caseTest(PyObject self, boolean lower) {
        boolean cased = false;
        for (int i = 0, n = len(self); i < n; i++) {
            int c = byteAt(self, i);
            if (lower ? isUpper(c) : isLower(c)) {
                return PyBool.FALSE;
            }
            if (lower ? isLower(c) : isUpper(c)) {
                cased = true;
            }
        }
        return PyBool.of(cased);
    }

    private static PyObject isTitle(PyObject self) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0, n = len(self); i < n; i++) {
            int c = byteAt(self, i);
            if (isUpper(c)) {
                if (prevCased) {
                    return PyBool.FALSE;
                }
                prevCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!prevCased) {
                    return PyBool.FALSE;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return PyBool.of(cased);
    }

    private static List<String> splitlines(String v, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = v.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && v.charAt(j) != '\n' && v.charAt(j) != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.add(v.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    private static PyObject join(PyObject self, PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] sep = data(self);
        int k = 0;
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it), k++) {
            byte[] b = BytesOps.bufferOrNull(v);
            if (b == null) {
                throw PyErr.typeError("sequence item %d: expected a bytes-like object, %s found", k, v.type().name());
            }
            if (k > 0) {
                out.write(sep, 0, sep.length);
            }
            out.write(b, 0, b.length);
        }
        return make(self, out.toByteArray());
    }

    private static PyObject translate(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = StrOps.parseArgs("translate", a, n, kw, new String[] {"table", "delete"});
        if (p[0] == null) {
            throw PyErr.typeError("translate() missing required argument 'table' (pos 1)");
        }
        byte[] table = null;
        if (p[0] != PyNone.NONE) {
            table = BytesOps.buffer(p[0]);
            if (table.length != 256) {
                throw PyErr.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] del = new boolean[256];
        if (p[1] != null) {
            for (byte d : BytesOps.buffer(p[1])) {
                del[d & 0xff] = true;
            }
        }
        byte[] src = data(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length);
        for (byte x : src) {
            int c = x & 0xff;
            if (!del[c]) {
                out.write(table == null ? c : table[c] & 0xff);
            }
        }
        return make(self, out.toByteArray());
    }

    private static PyObject decode(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = StrOps.parseArgs("decode", a, n, kw, new String[] {"encoding", "errors"});
        String enc = "utf-8";
        String errors = "strict";
        if (p[0] != null) {
            if (!(p[0] instanceof PyStr)) {
                throw PyErr.typeError("decode() argument 'encoding' must be str, not %s", p[0].type().name());
            }
            enc = ((PyStr) p[0]).value();
        }
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr)) {
                throw PyErr.typeError("decode() argument 'errors' must be str, not %s", p[1].type().name());
            }
            errors = ((PyStr) p[1]).value();
        }
        byte[] b = data(self);
        return Codecs.decode(b, b.length, enc, errors, self instanceof PyBytes ? self : null);
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyBytes) && !(b instanceof PyByteArray)) {
            if (b instanceof PyMemoryView && a instanceof PyByteArray) {
                // bytearray compares with any buffer
            } else {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
        }
        byte[] x = data(a);
        byte[] y = BytesOps.buffer(b);
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return PyBool.of(Arrays.equals(x, y) == (op == CompareOp.EQ));
        }
        return PyBool.of(op.test(Arrays.compareUnsigned(x, y)));
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        int n = len(self);
        if (key instanceof PySlice s) {
            int[] r = s.indices(n);
            int start = r[0];
            int step = r[2];
            int count = r[3];
            byte[] out = new byte[Math.max(0, count)];
            for (int i = 0, j = start; i < count; i++, j += step) {
                out[i] = (byte) byteAt(self, j);
            }
            return make(self, out);
        }
        if (!Abstract.isIndex(key)) {
            throw PyErr.typeError("%s indices must be integers or slices, not %s",
                    self instanceof PyBytes ? "byte" : "bytearray", key.type().name());
        }
        long i = Abstract.asItemIndex(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.indexError(self instanceof PyBytes ? "index out of range" : "bytearray index out of range");
        }
        return PyInt.of(byteAt(self, (int) i));
    }

    private static void setItem(PyObject selfObj, PyObject key, PyObject value) {
        PyByteArray self = (PyByteArray) selfObj;
        int n = self.size;
        if (key instanceof PySlice s) {
            int[] r = s.indices(n);
            int start = r[0];
            int stop = r[1];
            int step = r[2];
            int count = r[3];
            byte[] src;
            if (value == null) {
                src = new byte[0];
            } else if (value == self) {
                src = self.toByteArray();
            } else if (BytesOps.isBytesLike(value)) {
                src = BytesOps.buffer(value);
            } else if (value instanceof PyStr) {
                throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else if (Abstract.isIndex(value)) {
                throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                src = BytesOps.fromObject(value, false);
            }
            if (step == 1) {
                if (stop < start) {
                    stop = start;
                }
                int newSize = n - (stop - start) + src.length;
                if (newSize != n) {
                    self.checkResize();
                }
                byte[] nb = new byte[Math.max(newSize, 8)];
                System.arraycopy(self.items, 0, nb, 0, start);
                System.arraycopy(src, 0, nb, start, src.length);
                System.arraycopy(self.items, stop, nb, start + src.length, n - stop);
                self.items = nb;
                self.size = newSize;
                return;
            }
            if (value == null) {
                if (count <= 0) {
                    return;
                }
                self.checkResize();
                boolean[] gone = new boolean[n];
                for (int i = 0, j = start; i < count; i++, j += step) {
                    gone[j] = true;
                }
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (!gone[i]) {
                        self.items[k++] = self.items[i];
                    }
                }
                self.size = k;
                return;
            }
            if (src.length != count) {
                throw PyErr.valueError("attempt to assign bytes of size %d to extended slice of size %d", src.length,
                        count);
            }
            for (int i = 0, j = start; i < count; i++, j += step) {
                self.items[j] = src[i];
            }
            return;
        }
        if (!Abstract.isIndex(key)) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %s", key.type().name());
        }
        long i = Abstract.asItemIndex(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.indexError("bytearray index out of range");
        }
        if (value == null) {
            self.checkResize();
            System.arraycopy(self.items, (int) i + 1, self.items, (int) i, n - (int) i - 1);
            self.size--;
            return;
        }
        self.items[(int) i] = (byte) BytesOps.byteValue(value);
    }

    private static PyObject concat(PyObject a, PyObject b) {
        byte[] y = BytesOps.bufferOrNull(b);
        if (y == null) {
            throw PyErr.typeError("can't concat %s to %s", b.type().name(), a.type().name());
        }
        byte[] x = data(a);
        byte[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return make(a, r);
    }

    private static PyObject repeat(PyObject a, long count) {
        byte[] x = data(a);
        if (count <= 0 || x.length == 0) {
            return make(a, new byte[0]);
        }
        if (x.length > Long.MAX_VALUE / count) { // past sys.maxsize: CPython's overflow checks
            if (a instanceof PyBytes) {
                throw PyErr.overflowError("repeated bytes are too long");
            }
            throw PyErr.memoryError();
        }
        if ((long) x.length * count > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        if (count == 1 && a.getClass() == PyBytes.class) {
            return a;
        }
        byte[] r = new byte[(int) (x.length * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(x, 0, r, i * x.length, x.length);
        }
        return make(a, r);
    }

    private static boolean contains(PyObject self, PyObject item) {
        String v = text(self);
        if (Abstract.isIndex(item)) {
            return v.indexOf(BytesOps.byteValue(item)) >= 0;
        }
        return v.contains(bytesArg(item));
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean right) {
        String sep = bytesArg(sepObj);
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        String v = text(self);
        int k = right ? v.lastIndexOf(sep) : v.indexOf(sep);
        PyObject empty = make(self, new byte[0]);
        if (k < 0) {
            PyObject whole = self instanceof PyBytes && self.getClass() == PyBytes.class ? self
                    : makeText(self, v);
            return right ? PyTuple.of(empty, make(self, new byte[0]), whole) : PyTuple.of(whole, empty,
                    make(self, new byte[0]));
        }
        return PyTuple.of(makeText(self, v.substring(0, k)), makeText(self, sep),
                makeText(self, v.substring(k + sep.length())));
    }

    private static PyObject expandtabs(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = StrOps.parseArgs("expandtabs", a, n, kw, new String[] {"tabsize"});
        long tab = p[0] == null ? 8 : Abstract.index(p[0]).intValueExact();
        String v = text(self);
        StringBuilder sb = new StringBuilder(v.length());
        int col = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    long spaces = tab - (col % tab);
                    sb.append(" ".repeat((int) spaces));
                    col += spaces;
                }
            } else {
                sb.append(c);
                col++;
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return makeText(self, sb.toString());
    }

    static PyObject maketrans(PyObject from, PyObject to) {
        byte[] f = BytesOps.buffer(from);
        byte[] t = BytesOps.buffer(to);
        if (f.length != t.length) {
            throw PyErr.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            table[f[i] & 0xff] = t[i];
        }
        return PyBytes.wrap(table);
    }

    static void init(PyType t, boolean mutable) {
        Codecs.canonical("utf-8"); // installs the Unicode errors' __str__ before any can be raised
        t.tp_repr = o -> PyStr.of(repr(o));
        t.tp_str = t.tp_repr;
        t.tp_richcompare = BytesMethods::richCompare;
        t.sq_length = BytesMethods::len;
        t.sq_concat = BytesMethods::concat;
        t.sq_repeat = (a, c) -> repeat(a, Abstract.asRepeatCount(c));
        t.sq_contains = BytesMethods::contains;
        t.mp_subscript = BytesMethods::getItem;
        t.tp_iter = Iter::new;
        t.nb_binary[NumberOp.REMAINDER.ordinal()] = (a, b) -> {
            if (!(a instanceof PyBytes) && !(a instanceof PyByteArray)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return make(a, PercentFormat.formatBytes(data(a), b));
        };
        if (mutable) {
            t.mp_ass_subscript = BytesMethods::setItem;
            t.tp_new = (type, args, nargs, kw) -> type == PyByteArray.TYPE ? new PyByteArray(PyByteArray.TYPE)
                    : new PyByteArray.Sub(type);
            PyMethodDescr.full(t, "__init__", (self, a, n, kw) -> {
                byte[] b = BytesOps.construct(a, n, kw, false);
                ((PyByteArray) self).setContent(b, b.length);
                return PyNone.NONE;
            });
            t.nb_inplace[NumberOp.ADD.ordinal()] = (a, b) -> {
                byte[] y = BytesOps.bufferOrNull(b);
                if (y == null) {
                    throw PyErr.typeError("can't concat %s to %s", b.type().name(), a.type().name());
                }
                ((PyByteArray) a).extend(y, y.length);
                return a;
            };
            t.nb_inplace[NumberOp.MULTIPLY.ordinal()] = (a, b) -> {
                if (!Abstract.isIndex(b)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyByteArray x = (PyByteArray) a;
                long c = Abstract.asIndexClamped(b);
                byte[] r = data(repeat(x, c));
                x.setContent(r, r.length);
                return a;
            };
            PyMethodDescr.oneArg(t, "append", (self, v) -> {
                ((PyByteArray) self).append(BytesOps.byteValue(v));
                return PyNone.NONE;
            });
            PyMethodDescr.oneArg(t, "extend", (self, v) -> {
                byte[] b;
                if (v instanceof PyStr vs) {
                    if (vs.length() == 0) {
                        return PyNone.NONE;
                    }
                    throw PyErr.typeError("'str' object cannot be interpreted as an integer");
                }
                if (!BytesOps.isBytesLike(v) && v.type().tp_iter == null) {
                    throw PyErr.typeError("can't extend bytearray with %s", v.type().name());
                }
                b = BytesOps.fromObject(v, false);
                ((PyByteArray) self).extend(b, b.length);
                return PyNone.NONE;
            });
            PyMethodDescr.varArgs(t, "insert", 2, 2, (self, a, n) -> {
                PyByteArray x = (PyByteArray) self;
                long i = Abstract.asSsizeArg(a[0]);
                int v = BytesOps.byteValue(a[1]);
                if (i < 0) {
                    i = Math.max(0, i + x.size);
                }
                if (i > x.size) {
                    i = x.size;
                }
                x.checkResize();
                x.ensure(x.size + 1);
                System.arraycopy(x.items, (int) i, x.items, (int) i + 1, x.size - (int) i);
                x.items[(int) i] = (byte) v;
                x.size++;
                return PyNone.NONE;
            });
            PyMethodDescr.varArgs(t, "pop", 0, 1, (self, a, n) -> {
                PyByteArray x = (PyByteArray) self;
                if (x.size == 0) {
                    throw PyErr.indexError("pop from empty bytearray");
                }
                long i = n == 0 ? -1 : Abstract.index(a[0]).clampedLong();
                if (i < 0) {
                    i += x.size;
                }
                if (i < 0 || i >= x.size) {
                    throw PyErr.indexError("pop index out of range");
                }
                x.checkResize();
                int v = x.items[(int) i] & 0xff;
                System.arraycopy(x.items, (int) i + 1, x.items, (int) i, x.size - (int) i - 1);
                x.size--;
                return PyInt.of(v);
            });
            PyMethodDescr.oneArg(t, "remove", (self, v) -> {
                PyByteArray x = (PyByteArray) self;
                int b = BytesOps.byteValue(v);
                for (int i = 0; i < x.size; i++) {
                    if ((x.items[i] & 0xff) == b) {
                        x.checkResize();
                        System.arraycopy(x.items, i + 1, x.items, i, x.size - i - 1);
                        x.size--;
                        return PyNone.NONE;
                    }
                }
                throw PyErr.valueError("value not found in bytearray");
            });
            PyMethodDescr.noArgs(t, "reverse", self -> {
                PyByteArray x = (PyByteArray) self;
                for (int i = 0, j = x.size - 1; i < j; i++, j--) {
                    byte tmp = x.items[i];
                    x.items[i] = x.items[j];
                    x.items[j] = tmp;
                }
                return PyNone.NONE;
            });
            PyMethodDescr.noArgs(t, "clear", self -> {
                ((PyByteArray) self).setContent(new byte[8], 0);
                return PyNone.NONE;
            });
            PyMethodDescr.noArgs(t, "copy", self -> new PyByteArray(((PyByteArray) self).items,
                    ((PyByteArray) self).size));
            PyMethodDescr.noArgs(t, "__alloc__", self -> PyInt.of(((PyByteArray) self).items.length + 1));
        } else {
            t.tp_hash = o -> ((PyBytes) o).hash();
            t.tp_new = (type, args, nargs, kw) -> {
                byte[] b;
                if (nargs == 1 && kw == null && args[0].getClass() == PyBytes.class && type == PyBytes.TYPE) {
                    return args[0];
                }
                b = BytesOps.construct(args, nargs, kw, true);
                return type == PyBytes.TYPE ? PyBytes.wrap(b) : new PyBytes.Sub(type, b);
            };
            PyMethodDescr.noArgs(t, "__getnewargs__", self -> PyTuple.of(PyBytes.wrap(data(self).clone())));
            PyMethodDescr.noArgs(t, "__bytes__", self -> self.getClass() == PyBytes.class ? self
                    : PyBytes.wrap(data(self).clone()));
        }
        String tn = t.name();
        t.setAttribute("fromhex", new PyBuiltinFunction("fromhex", tn + ".fromhex", t, (self, a, n, kw) -> {
            PyMethodDescr.noKeywords(tn + ".fromhex", kw);
            PyMethodDescr.checkArity("fromhex", n, 1, 1);
            byte[] b = BytesOps.fromhex(a[0]);
            return mutable ? new PyByteArray(b, b.length) : PyBytes.wrap(b);
        }));
        t.setAttribute("maketrans", new PyBuiltinFunction("maketrans", tn + ".maketrans", t, (self, a, n, kw) -> {
            PyMethodDescr.noKeywords(tn + ".maketrans", kw);
            PyMethodDescr.checkArity("maketrans", n, 2, 2);
            return maketrans(a[0], a[1]);
        }));
        PyMethodDescr.full(t, "decode", BytesMethods::decode);
        PyMethodDescr.full(t, "hex", (self, a, n, kw) -> {
            PyObject[] p = StrOps.parseArgs("hex", a, n, kw, new String[] {"sep", "bytes_per_sep"});
            byte[] b = data(self);
            return PyStr.of(BytesOps.hex(b, b.length, p[0], p[1]));
        });
        PyMethodDescr.full(t, "find", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords(tn + ".find", kw);
            return PyInt.of(find(self, a, n, false, "find"));
        });
        PyMethodDescr.full(t, "rfind", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords(tn + ".rfind", kw);
            return PyInt.of(find(self, a, n, true, "rfind"));
        });
        PyMethodDescr.full(t, "index", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords(tn + ".index", kw);
            long r = find(self, a, n, false, "index");
            if (r < 0) {
                throw PyErr.valueError("subsection not found");
            }
            return PyInt.of(r);
        });
        PyMethodDescr.full(t, "rindex", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords(tn + ".rindex", kw);
            long r = find(self, a, n, true, "rindex");
            if (r < 0) {
                throw PyErr.valueError("subsection not found");
            }
            return PyInt.of(r);
        });
        PyMethodDescr.full(t, "count", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords(tn + ".count", kw);
            return PyInt.of(count(self, a, n));
        });
        PyMethodDescr.varArgs(t, "startswith", 1, 3, (self, a, n) -> PyBool.of(startsEnds(self, a, n, false)));
        PyMethodDescr.varArgs(t, "endswith", 1, 3, (self, a, n) -> PyBool.of(startsEnds(self, a, n, true)));
        PyMethodDescr.full(t, "split", (self, a, n, kw) -> split(self, a, n, kw, false));
        PyMethodDescr.full(t, "rsplit", (self, a, n, kw) -> split(self, a, n, kw, true));
        PyMethodDescr.varArgs(t, "strip", 0, 1, (self, a, n) -> strip(self, a, n, 0, "strip"));
        PyMethodDescr.varArgs(t, "lstrip", 0, 1, (self, a, n) -> strip(self, a, n, 1, "lstrip"));
        PyMethodDescr.varArgs(t, "rstrip", 0, 1, (self, a, n) -> strip(self, a, n, 2, "rstrip"));
        PyMethodDescr.oneArg(t, "join", BytesMethods::join);
        PyMethodDescr.varArgs(t, "replace", 2, 3, (self, a, n) -> {
            String old = bytesArg(a[0]);
            String rep = bytesArg(a[1]);
            long cnt = n > 2 ? Abstract.index(a[2]).clampedLong() : -1;
            return makeText(self, StrMethods.replace(text(self), old, rep, cnt));
        });
        PyMethodDescr.oneArg(t, "partition", (self, s) -> partition(self, s, false));
        PyMethodDescr.oneArg(t, "rpartition", (self, s) -> partition(self, s, true));
        PyMethodDescr.noArgs(t, "lower", self -> caseMap(self, 0));
        PyMethodDescr.noArgs(t, "upper", self -> caseMap(self, 1));
        PyMethodDescr.noArgs(t, "swapcase", self -> caseMap(self, 2));
        PyMethodDescr.noArgs(t, "capitalize", self -> caseMap(self, 3));
        PyMethodDescr.noArgs(t, "title", self -> caseMap(self, 4));
        PyMethodDescr.noArgs(t, "isalnum", self -> all(self, c -> isAlpha(c) || isDigit(c)));
        PyMethodDescr.noArgs(t, "isalpha", self -> all(self, BytesMethods::isAlpha));
        PyMethodDescr.noArgs(t, "isdigit", self -> all(self, BytesMethods::isDigit));
        PyMethodDescr.noArgs(t, "isspace", self -> all(self, BytesMethods::isSpace));
        PyMethodDescr.noArgs(t, "isascii", self -> {
            for (int i = 0, n = len(self); i < n; i++) {
                if (byteAt(self, i) > 127) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        PyMethodDescr.noArgs(t, "islower", self -> caseTest(self, true));
        PyMethodDescr.noArgs(t, "isupper", self -> caseTest(self, false));
        PyMethodDescr.noArgs(t, "istitle", BytesMethods::isTitle);
        PyMethodDescr.varArgs(t, "center", 1, 2, (self, a, n) -> pad(self, a, n, "center", 0));
        PyMethodDescr.varArgs(t, "ljust", 1, 2, (self, a, n) -> pad(self, a, n, "ljust", 1));
        PyMethodDescr.varArgs(t, "rjust", 1, 2, (self, a, n) -> pad(self, a, n, "rjust", 2));
        PyMethodDescr.oneArg(t, "zfill", (self, w) -> {
            long width = Abstract.asSsizeArg(w);
            String v = text(self);
            if (width <= v.length()) {
                return make(self, data(self).clone());
            }
            if (width > Integer.MAX_VALUE - 8) {
                throw PyErr.memoryError(); // longer than a JVM array: CPython's failed allocation
            }
            int fill = (int) width - v.length();
            String z = "0".repeat(fill);
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                return makeText(self, v.charAt(0) + z + v.substring(1));
            }
            return makeText(self, z + v);
        });
        PyMethodDescr.full(t, "expandtabs", BytesMethods::expandtabs);
        PyMethodDescr.full(t, "splitlines", (self, a, n, kw) -> {
            PyObject[] p = StrOps.parseArgs("splitlines", a, n, kw, new String[] {"keepends"});
            boolean keep = p[0] != null && Abstract.index(p[0]).intValueExact() != 0; // an int, as CPython
            return listOf(self, splitlines(text(self), keep));
        });
        PyMethodDescr.oneArg(t, "removeprefix", (self, p) -> {
            String v = text(self);
            String s = bytesArg(p);
            return makeText(self, v.startsWith(s) ? v.substring(s.length()) : v);
        });
        PyMethodDescr.oneArg(t, "removesuffix", (self, p) -> {
            String v = text(self);
            String s = bytesArg(p);
            return makeText(self, !s.isEmpty() && v.endsWith(s) ? v.substring(0, v.length() - s.length()) : v);
        });
        PyMethodDescr.full(t, "translate", BytesMethods::translate);
    }
}
