package dev.adder.stdlib.struct;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyByteArray;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code _struct} module: conversion between Python values and C structs held in bytes, with
 * the native table of x86_64 Linux ({@code @}: C sizes and alignment, little-endian) and the
 * standard tables ({@code = < > !}: standard sizes, no alignment). Compiled formats are cached
 * (at most 100, as CPython's {@code MAXCACHE}).
 *
 * <p>CPython: {@code Modules/_struct.c}, {@code Objects/floatobject.c} ({@code PyFloat_Pack2},
 * {@code PyFloat_Unpack2}).
 */
public final class StructModule implements BuiltinModule {
    private static final int MAXCACHE = 100;
    private static final ConcurrentHashMap<String, Fmt> CACHE = new ConcurrentHashMap<>();
    static final PyType ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("struct"));
        ERROR = PyType.newHeapType(PyType.TYPE, "error", new PyType[] {PyExc.Exception}, ns);
    }

    @Override
    public String name() {
        return "_struct";
    }

    static PyException error(String msg) {
        return PyErr.format(ERROR, "%s", msg);
    }

    // ------------------------------------------------------------------ compiled formats

    /** A compiled format: its codes (one per item kind, with a repeat count), size and item count. */
    static final class Fmt {
        final String format;
        final long size;
        final long len;
        final boolean nat;
        final boolean little;
        final char[] codes;
        final long[] offsets;
        final long[] sizes;
        final long[] repeats;

        Fmt(String format, long size, long len, boolean nat, boolean little, char[] codes, long[] offsets,
                long[] sizes, long[] repeats) {
            this.format = format;
            this.size = size;
            this.len = len;
            this.nat = nat;
            this.little = little;
            this.codes = codes;
            this.offsets = offsets;
            this.sizes = sizes;
            this.repeats = repeats;
        }
    }

    /** Size of a format character in the native table, or 0 when unknown. */
    private static int nativeSize(char c) {
        switch (c) {
            case 'x': case 'b': case 'B': case 'c': case 's': case 'p': case '?':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd':
                return 8;
            default:
                return 0;
        }
    }

    /** Size of a format character in the standard tables, or 0 when unknown. */
    private static int standardSize(char c) {
        switch (c) {
            case 'x': case 'b': case 'B': case 'c': case 's': case 'p': case '?':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'l': case 'L': case 'f':
                return 4;
            case 'q': case 'Q': case 'd':
                return 8;
            default:
                return 0;
        }
    }

    /** Native alignment (0: none). */
    private static int nativeAlign(char c) {
        switch (c) {
            case 'h': case 'H': case 'i': case 'I': case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N':
            case 'P': case 'f': case 'd': case 'e':
                return nativeSize(c);
            default:
                return 0;
        }
    }

    /** {@code prepare_s} and {@code s_init}: compiles a format (the ASCII text of a str or bytes). */
    static Fmt compile(String fmt) {
        if (fmt.indexOf('\0') >= 0) {
            throw error("embedded null character");
        }
        int n = fmt.length();
        int pos = 0;
        boolean nat = true;
        boolean little = true;
        if (n > 0) {
            switch (fmt.charAt(0)) {
                case '@': pos = 1; break;
                case '=': case '<': nat = false; pos = 1; break;
                case '>': case '!': nat = false; little = false; pos = 1; break;
                default: break;
            }
        }
        int cap = n - pos;
        char[] codes = new char[cap];
        long[] offsets = new long[cap];
        long[] sizes = new long[cap];
        long[] repeats = new long[cap];
        int ncodes = 0;
        long size = 0;
        long len = 0;
        while (pos < n) {
            char c = fmt.charAt(pos++);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                continue;
            }
            long num;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    if (pos >= n) {
                        throw error("repeat count given without format specifier");
                    }
                    c = fmt.charAt(pos++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    if (num >= Long.MAX_VALUE / 10 && (num > Long.MAX_VALUE / 10 || (c - '0') > Long.MAX_VALUE % 10)) {
                        throw error("total struct size too long");
                    }
                    num = num * 10 + (c - '0');
                }
            } else {
                num = 1;
            }
            int itemsize = nat ? nativeSize(c) : standardSize(c);
            if (itemsize == 0) {
                throw error("bad char in struct format");
            }
            if (nat) {
                int a = nativeAlign(c);
                if (a != 0 && size > 0) {
                    long extra = (a - 1) - (size - 1) % a;
                    if (extra > Long.MAX_VALUE - size) {
                        throw error("total struct size too long");
                    }
                    size += extra;
                }
            }
            if (num > (Long.MAX_VALUE - size) / itemsize) {
                throw error("total struct size too long");
            }
            if (c == 's' || c == 'p') {
                codes[ncodes] = c;
                offsets[ncodes] = size;
                sizes[ncodes] = num;
                repeats[ncodes] = 1;
                ncodes++;
                len++;
            } else if (c != 'x' && num != 0) {
                codes[ncodes] = c;
                offsets[ncodes] = size;
                sizes[ncodes] = itemsize;
                repeats[ncodes] = num;
                ncodes++;
                len += num;
            }
            size += num * itemsize;
        }
        return new Fmt(fmt, size, len, nat, little, java.util.Arrays.copyOf(codes, ncodes),
                java.util.Arrays.copyOf(offsets, ncodes), java.util.Arrays.copyOf(sizes, ncodes),
                java.util.Arrays.copyOf(repeats, ncodes));
    }

    /** The format text of a str or bytes argument ({@code Struct___init___impl}'s checks). */
    static String formatText(PyObject format) {
        if (format instanceof PyStr s) {
            String v = s.value();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) >= 128) {
                    // the ascii codec's UnicodeEncodeError
                    return asciiError(s);
                }
            }
            return v;
        }
        if (format instanceof PyBytes b) {
            return BytesOps.latin1(b.toByteArray(), b.size());
        }
        throw PyErr.typeError("Struct() argument 1 must be a str or bytes object, not %s", format.type().name());
    }

    private static String asciiError(PyStr s) {
        PyObject r = Abstract.callMethod(s, "encode", PyStr.of("ascii"));
        return BytesOps.latin1(BytesOps.buffer(r), Abstract.len(r));
    }

    /** The compiled format of {@code format}, from the cache when possible. */
    static Fmt cached(PyObject format) {
        if (format instanceof PyStr s) {
            Fmt f = CACHE.get(s.value());
            if (f != null) {
                return f;
            }
        }
        if (!(format instanceof PyStr) && !(format instanceof PyBytes)) {
            Abstract.hash(format); // the cache is a dict keyed by the format object
        }
        String text = formatText(format);
        Fmt f = CACHE.get(text);
        if (f == null) {
            f = compile(text);
            if (CACHE.size() >= MAXCACHE) {
                CACHE.clear();
            }
            CACHE.put(text, f);
        }
        return f;
    }

    // ------------------------------------------------------------------ packing

    private static PyInt intArg(PyObject v) {
        if (v instanceof PyInt i) {
            return i;
        }
        if (Abstract.isIndex(v)) {
            return Abstract.index(v);
        }
        throw error("required argument is not an integer");
    }

    /** {@code get_long}: a C long, else "argument out of range". */
    private static long getLong(PyObject v) {
        PyInt i = intArg(v);
        if (!i.isSmall()) {
            throw error("argument out of range");
        }
        return i.value;
    }

    /** {@code get_ulong}: a C unsigned long (as 64 bits), else "argument out of range". */
    private static long getULong(PyObject v) {
        PyInt i = intArg(v);
        if (i.signum() < 0) {
            throw error("argument out of range");
        }
        if (i.isSmall()) {
            return i.value;
        }
        BigInteger b = i.bigValue();
        if (b.bitLength() > 64) {
            throw error("argument out of range");
        }
        return b.longValue();
    }

    private static PyException rangeError(char c, int size, boolean unsigned) {
        long ulargest = size == 8 ? -1L : (1L << (size * 8)) - 1;
        if (unsigned) {
            return error("'" + c + "' format requires 0 <= number <= " + Long.toUnsignedString(ulargest));
        }
        long largest = ulargest >>> 1;
        return error("'" + c + "' format requires " + (~largest) + " <= number <= " + largest);
    }

    /** {@code PyFloat_AsDouble} with struct's message. */
    private static double floatArg(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        try {
            return Abstract.toFloat(v).value;
        } catch (PyException e) {
            throw error("required argument is not a float");
        }
    }

    private static void put(byte[] b, int off, long v, int n, boolean little) {
        if (little) {
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) (v >>> (8 * i));
            }
        } else {
            for (int i = 0; i < n; i++) {
                b[off + n - 1 - i] = (byte) (v >>> (8 * i));
            }
        }
    }

    private static long get(byte[] b, int off, int n, boolean little) {
        long v = 0;
        if (little) {
            for (int i = n - 1; i >= 0; i--) {
                v = (v << 8) | (b[off + i] & 0xff);
            }
        } else {
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (b[off + i] & 0xff);
            }
        }
        return v;
    }

    /** Packs one value of format {@code c} (not s, p, x) at {@code off}. */
    private static void packOne(Fmt f, char c, byte[] buf, int off, PyObject v) {
        boolean le = f.little;
        switch (c) {
            case 'b': {
                long x = getLong(v);
                if (x < -128 || x > 127) {
                    throw error("byte format requires -128 <= number <= 127");
                }
                buf[off] = (byte) x;
                return;
            }
            case 'B': {
                long x = getLong(v);
                if (x < 0 || x > 255) {
                    throw error("ubyte format requires 0 <= number <= 255");
                }
                buf[off] = (byte) x;
                return;
            }
            case 'c': {
                if (!(v instanceof PyBytes b) || b.size() != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                buf[off] = (byte) b.byteAt(0);
                return;
            }
            case '?':
                buf[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
                return;
            case 'h': {
                long x = getLong(v);
                if (x < -32768 || x > 32767) {
                    // the little-endian table borrows the native functions (and messages) where sizes agree
                    throw le ? error("short format requires -32768 <= number <= 32767") : rangeError(c, 2, false);
                }
                put(buf, off, x, 2, le);
                return;
            }
            case 'H': {
                long x = le ? getLong(v) : getULong(v);
                if (x < 0 || x > 65535) {
                    throw le ? error("ushort format requires 0 <= number <= 65535") : rangeError(c, 2, true);
                }
                put(buf, off, x, 2, le);
                return;
            }
            case 'q':
            case 'Q':
                if (!le) {
                    // bp_longlong / bp_ulonglong: _PyLong_AsByteArray's OverflowError
                    PyInt i = intArg(v);
                    boolean fits = c == 'q' ? i.isSmall()
                            : i.signum() >= 0 && (i.isSmall() || i.bigValue().bitLength() <= 64);
                    if (!fits) {
                        if (c == 'q' || i.signum() >= 0) {
                            // _PyLong_AsByteArray has written the low bytes when it finds the overflow
                            put(buf, off, i.bigValue().longValue(), 8, false);
                        }
                        throw PyErr.overflowError(c == 'Q' && i.signum() < 0 ? "can't convert negative int to unsigned"
                                : "int too big to convert");
                    }
                    put(buf, off, i.isSmall() ? i.value : i.bigValue().longValue(), 8, false);
                    return;
                }
                if (c == 'Q') {
                    put(buf, off, getULong(v), 8, le);
                    return;
                }
                put(buf, off, getLong(v), 8, le);
                return;
            case 'i':
            case 'l':
            case 'n': {
                long x = getLong(v);
                int size = f.nat ? nativeSize(c) : standardSize(c);
                if (size == 4 && (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE)) {
                    throw rangeError(c, 4, false);
                }
                put(buf, off, x, size, le);
                return;
            }
            case 'I':
            case 'L':
            case 'N': {
                long x = getULong(v);
                int size = f.nat ? nativeSize(c) : standardSize(c);
                if (size == 4 && Long.compareUnsigned(x, 0xffffffffL) > 0) {
                    throw rangeError(c, 4, true);
                }
                put(buf, off, x, size, le);
                return;
            }
            case 'P': {
                PyInt i = intArg(v);
                long x;
                if (i.isSmall()) {
                    x = i.value;
                } else if (i.signum() > 0 && i.bigValue().bitLength() <= 64) {
                    x = i.bigValue().longValue();
                } else if (v instanceof PyInt) {
                    throw error("int too large to convert");
                } else {
                    throw PyErr.overflowError(i.signum() < 0 ? "Python int too large to convert to C long"
                            : "Python int too large to convert to C unsigned long");
                }
                put(buf, off, x, 8, le);
                return;
            }
            case 'e': {
                double x = floatArg(v);
                put(buf, off, halfBits(x), 2, le);
                return;
            }
            case 'f': {
                double x = floatArg(v);
                float y = (float) x;
                if (!f.nat && Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw PyErr.overflowError("float too large to pack with f format");
                }
                put(buf, off, Float.floatToRawIntBits(y), 4, le);
                return;
            }
            case 'd':
                put(buf, off, Double.doubleToRawLongBits(floatArg(v)), 8, le);
                return;
            default:
                throw PyErr.systemError("bad struct code %s", c);
        }
    }

    /** The IEEE 754 half-precision bits of {@code x}, rounding half to even ({@code PyFloat_Pack2}). */
    static int halfBits(double x) {
        int sign;
        int e;
        int bits;
        if (x == 0.0) {
            sign = Math.copySign(1.0, x) < 0 ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = Math.copySign(1.0, x) < 0 ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            double a = Math.abs(x);
            int exp = Math.getExponent(a);
            double m;
            if (exp >= 16) {
                throw PyErr.overflowError("float too large to pack with e format");
            } else if (exp < -25) {
                m = 0.0;
                e = 0;
            } else if (exp < -14) {
                m = Math.scalb(a, 14);
                e = 0;
            } else {
                m = Math.scalb(a, -exp) - 1.0;
                e = exp + 15;
            }
            double scaled = m * 1024.0;
            bits = (int) scaled;
            double rest = scaled - bits;
            if (rest > 0.5 || (rest == 0.5 && (bits & 1) == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw PyErr.overflowError("float too large to pack with e format");
                    }
                }
            }
        }
        return bits | (e << 10) | (sign << 15);
    }

    /** The value of IEEE 754 half-precision bits ({@code PyFloat_Unpack2}). */
    static double fromHalf(int h) {
        boolean neg = (h & 0x8000) != 0;
        int e = (h >> 10) & 0x1f;
        int m = h & 0x3ff;
        if (e == 0x1f) {
            if (m == 0) {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return neg ? -Double.NaN : Double.NaN;
        }
        double x = m / 1024.0;
        if (e == 0) {
            e = -14;
        } else {
            x += 1.0;
            e -= 15;
        }
        x = Math.scalb(x, e);
        return neg ? -x : x;
    }

    /** {@code s_pack_internal}: packs {@code args[from..from+f.len)} into a new array. */
    static byte[] pack(Fmt f, PyObject[] args, int from) {
        if (f.size > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        byte[] buf = new byte[(int) f.size];
        pack(f, args, from, buf);
        return buf;
    }

    /** Packs into {@code buf}, which is left with what was packed before an error, as CPython's. */
    static void pack(Fmt f, PyObject[] args, int from, byte[] buf) {
        int ai = from;
        for (int k = 0; k < f.codes.length; k++) {
            char c = f.codes[k];
            int off = (int) f.offsets[k];
            if (c == 's' || c == 'p') {
                PyObject v = args[ai++];
                byte[] src;
                if (v instanceof PyBytes b) {
                    src = b.toByteArray();
                } else if (v instanceof PyByteArray b) {
                    src = b.toByteArray();
                } else {
                    throw error("argument for '" + c + "' must be a bytes object");
                }
                int size = (int) f.sizes[k];
                if (c == 's') {
                    System.arraycopy(src, 0, buf, off, Math.min(src.length, size));
                } else if (size > 0) {
                    int n = Math.min(src.length, size - 1);
                    System.arraycopy(src, 0, buf, off + 1, n);
                    buf[off] = (byte) Math.min(n, 255);
                }
                continue;
            }
            long rep = f.repeats[k];
            int step = (int) f.sizes[k];
            for (long j = 0; j < rep; j++) {
                PyObject v = args[ai++];
                try {
                    packOne(f, c, buf, off, v);
                } catch (PyException e) {
                    if (v instanceof PyInt && e.matches(PyExc.OverflowError)) {
                        throw error("int too large to convert");
                    }
                    throw e;
                }
                off += step;
            }
        }
    }

    // ------------------------------------------------------------------ unpacking

    private static PyObject unsigned(long v) {
        if (v >= 0) {
            return PyInt.of(v);
        }
        return PyInt.of(new BigInteger(Long.toUnsignedString(v)));
    }

    /** {@code s_unpack_internal}: the values of {@code buf[off..off+f.size)}. */
    static PyTuple unpack(Fmt f, byte[] buf, int base) {
        PyObject[] out = new PyObject[(int) f.len];
        int oi = 0;
        boolean le = f.little;
        for (int k = 0; k < f.codes.length; k++) {
            char c = f.codes[k];
            int off = base + (int) f.offsets[k];
            if (c == 's') {
                out[oi++] = PyBytes.wrap(java.util.Arrays.copyOfRange(buf, off, off + (int) f.sizes[k]));
                continue;
            }
            if (c == 'p') {
                int size = (int) f.sizes[k];
                if (size == 0) {
                    throw PyErr.systemError("Negative size passed to PyBytes_FromStringAndSize");
                }
                int n = Math.min(buf[off] & 0xff, size - 1);
                out[oi++] = PyBytes.wrap(java.util.Arrays.copyOfRange(buf, off + 1, off + 1 + n));
                continue;
            }
            long rep = f.repeats[k];
            int size = (int) f.sizes[k];
            for (long j = 0; j < rep; j++) {
                PyObject v;
                switch (c) {
                    case 'b': v = PyInt.of(buf[off]); break;
                    case 'B': v = PyInt.of(buf[off] & 0xff); break;
                    case 'c': v = PyBytes.wrap(new byte[] {buf[off]}); break;
                    case '?': v = PyBool.of(buf[off] != 0); break;
                    case 'h': case 'i': case 'l': case 'q': case 'n': {
                        long x = get(buf, off, size, le);
                        int sh = 64 - 8 * size;
                        v = PyInt.of((x << sh) >> sh);
                        break;
                    }
                    case 'H': case 'I': case 'L': case 'Q': case 'N': case 'P':
                        v = unsigned(get(buf, off, size, le));
                        break;
                    case 'e': v = PyFloat.of(fromHalf((int) get(buf, off, 2, le))); break;
                    case 'f': v = PyFloat.of(Float.intBitsToFloat((int) get(buf, off, 4, le))); break;
                    case 'd': v = PyFloat.of(Double.longBitsToDouble(get(buf, off, 8, le))); break;
                    default: throw PyErr.systemError("bad struct code %s", c);
                }
                out[oi++] = v;
                off += size;
            }
        }
        return PyTuple.wrap(out);
    }

    static PyTuple unpackBuffer(Fmt f, PyObject buffer) {
        byte[] b = BytesOps.contiguousBuffer(buffer);
        if (b.length != f.size) {
            throw error("unpack requires a buffer of " + f.size + " bytes");
        }
        return unpack(f, b, 0);
    }

    static PyTuple unpackFrom(Fmt f, PyObject buffer, PyObject offsetArg) {
        byte[] b = BytesOps.contiguousBuffer(buffer);
        long offset = offsetArg == null ? 0 : Abstract.asSsizeArg(offsetArg);
        long blen = b.length;
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error("not enough data to unpack " + f.size + " bytes at offset " + offset);
            }
            if (offset + blen < 0) {
                throw error("offset " + offset + " out of range for " + blen + "-byte buffer");
            }
            offset += blen;
        }
        if (blen - offset < f.size) {
            throw error("unpack_from requires a buffer of at least " + Long.toUnsignedString(f.size + offset)
                    + " bytes for unpacking "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + blen + ")");
        }
        return unpack(f, b, (int) offset);
    }

    static PyObject packInto(Fmt f, PyObject[] a, int from, int nargs) {
        int given = nargs - from;
        if (given != f.len + 2) {
            if (given == 0) {
                throw error("pack_into expected buffer argument");
            } else if (given == 1) {
                throw error("pack_into expected offset argument");
            }
            throw error("pack_into expected " + f.len + " items for packing (got " + (given - 2) + ")");
        }
        PyObject target = a[from];
        int blen = BytesOps.writableLength(target);
        if (blen < 0) {
            throw PyErr.typeError("argument must be read-write bytes-like object, not %s",
                    target == PyNone.NONE ? "None" : target.type().name());
        }
        PyObject offObj = a[from + 1];
        PyInt oi = Abstract.index(offObj);
        if (!oi.isSmall()) {
            throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        }
        long offset = oi.value;
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw error("no space to pack " + f.size + " bytes at offset " + offset);
            }
            if (offset + blen < 0) {
                throw error("offset " + offset + " out of range for " + blen + "-byte buffer");
            }
            offset += blen;
        }
        if (blen - offset < f.size) {
            throw error("pack_into requires a buffer of at least " + Long.toUnsignedString(f.size + offset)
                    + " bytes for packing "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + blen + ")");
        }
        byte[] packed = new byte[(int) f.size];
        try {
            pack(f, a, from + 2, packed);
        } finally {
            // an __index__ or __bool__ may have resized the target meanwhile
            if (BytesOps.writableLength(target) - offset >= packed.length) {
                BytesOps.writeInto(target, (int) offset, packed, packed.length);
            }
        }
        return PyNone.NONE;
    }

    static PyObject pack(Fmt f, PyObject[] a, int from, int nargs) {
        if (nargs - from != f.len) {
            throw error("pack expected " + f.len + " items for packing (got " + (nargs - from) + ")");
        }
        return PyBytes.wrap(pack(f, a, from));
    }

    static PyObject iterUnpack(Fmt f, PyObject buffer) {
        if (f.size == 0) {
            throw error("cannot iteratively unpack with a struct of length 0");
        }
        byte[] b = BytesOps.contiguousBuffer(buffer);
        if (b.length % f.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIterator(f, b);
    }

    // ------------------------------------------------------------------ types

    /** {@code _struct.Struct}. */
    public static class PyStruct extends PyObject {
        /** {@code _struct.Struct}. */
        public static final PyType TYPE = PyType.builtin("_struct.Struct", PyStruct.class, PyType.BASETYPE);
        Fmt fmt = compile("");

        PyStruct(PyType t) {
            super(t);
        }
    }

    /** A Struct of a Python subclass: has a {@code __dict__} and slots. */
    static final class Sub extends PyStruct implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type) {
            super(type);
            dict = type.instancesHaveDict() ? new PyDict() : null;
            slots = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
        }

        @Override
        public PyObject[] slotArray() {
            return slots;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    /** {@code _struct.unpack_iterator}. */
    static final class UnpackIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("_struct.unpack_iterator", UnpackIterator.class, 0);
        final Fmt fmt;
        byte[] buf;
        int pos;

        UnpackIterator(Fmt fmt, byte[] buf) {
            super(TYPE);
            this.fmt = fmt;
            this.buf = buf;
        }

        static {
            TYPE.tp_iter = o -> o;
            TYPE.tp_iternext = o -> {
                UnpackIterator it = (UnpackIterator) o;
                if (it.buf == null) {
                    return null;
                }
                if (it.pos >= it.buf.length) {
                    it.buf = null;
                    return null;
                }
                PyTuple r = unpack(it.fmt, it.buf, it.pos);
                it.pos += (int) it.fmt.size;
                return r;
            };
            TYPE.ready();
            PyMethodDescr.noArgs(TYPE, "__length_hint__", o -> {
                UnpackIterator it = (UnpackIterator) o;
                return PyInt.of(it.buf == null ? 0 : (it.buf.length - it.pos) / it.fmt.size);
            });
        }
    }

    private static final String[] FORMAT = {"format"};
    private static final String[] UNPACK_FROM = {"buffer", "offset"};
    private static final String[] M_UNPACK_FROM = {"format", "buffer", "offset"};

    private static Fmt fmtOf(PyObject o) {
        return ((PyStruct) o).fmt;
    }

    static {
        PyType t = PyStruct.TYPE;
        t.tp_new = (type, a, n, kw) -> type == PyStruct.TYPE ? new PyStruct(type) : new Sub(type);
        t.ready();
        SlotWrappers.addWrapper(t, "__init__", (slot, self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("Struct", a, n, kw, FORMAT, 0, 1, 1, 0);
            ((PyStruct) self).fmt = cached(v[0]);
            return PyNone.NONE;
        });
        PyMethodDescr.full(t, "pack", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("Struct.pack", kw);
            return pack(fmtOf(self), a, 0, n);
        });
        PyMethodDescr.full(t, "pack_into", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("Struct.pack_into", kw);
            return packInto(fmtOf(self), a, 0, n);
        });
        PyMethodDescr.oneArg(t, "unpack", (self, b) -> unpackBuffer(fmtOf(self), b));
        PyMethodDescr.full(t, "unpack_from", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("unpack_from", a, n, kw, UNPACK_FROM, 0, 1, 2, 0);
            return unpackFrom(fmtOf(self), v[0], v[1]);
        });
        PyMethodDescr.oneArg(t, "iter_unpack", (self, b) -> iterUnpack(fmtOf(self), b));
        PyMethodDescr.noArgs(t, "__sizeof__", self -> PyInt.of(64 + 24L * fmtOf(self).codes.length));
        t.setAttribute("format", new PyGetSetDescr(t, "format", o -> PyStr.of(fmtOf(o).format), null));
        t.setAttribute("size", new PyGetSetDescr(t, "size", o -> PyInt.of(fmtOf(o).size), null));
        SlotWrappers.addGeneratedWrappers(t);
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("Functions to convert between Python values and C structs."));
        m.dict.setItem(PyStr.of("error"), ERROR);
        m.dict.setItem(PyStr.of("Struct"), PyStruct.TYPE);
        def(m, "pack", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("_struct.pack", kw);
            if (n == 0) {
                throw PyErr.typeError("missing format argument");
            }
            return pack(cached(a[0]), a, 1, n);
        });
        def(m, "pack_into", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("_struct.pack_into", kw);
            if (n == 0) {
                throw PyErr.typeError("missing format argument");
            }
            Fmt f = cached(a[0]);
            if (n == 1) {
                throw error("pack_into expected buffer argument");
            }
            if (n == 2) {
                throw error("pack_into expected offset argument");
            }
            return packInto(f, a, 1, n);
        });
        def(m, "unpack", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("_struct.unpack", kw);
            PyMethodDescr.checkArity("unpack", n, 2, 2);
            return unpackBuffer(cached(a[0]), a[1]);
        });
        def(m, "unpack_from", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("unpack_from", a, n, kw, M_UNPACK_FROM, 1, 2, 3, 0);
            return unpackFrom(cached(v[0]), v[1], v[2]);
        });
        def(m, "iter_unpack", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("_struct.iter_unpack", kw);
            PyMethodDescr.checkArity("iter_unpack", n, 2, 2);
            return iterUnpack(cached(a[0]), a[1]);
        });
        def(m, "calcsize", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("_struct.calcsize", n, kw);
            return PyInt.of(cached(a[0]).size);
        });
        def(m, "_clearcache", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("_struct._clearcache", n, kw);
            CACHE.clear();
            return PyNone.NONE;
        });
    }
}
