package dev.adder.stdlib.array;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BufferExporter;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.IntOps;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyByteArray;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PySlice;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * {@code array.array}: a growable sequence of C numbers (or wide characters for {@code 'u'}) kept
 * as raw native-order bytes, with CPython's item conversions and range messages, slicing,
 * comparison, concatenation, repetition, byte and file I/O, pickling through
 * {@code _array_reconstructor}, and the bytes-like export of its content; also
 * {@code array.arrayiterator}.
 *
 * <p>CPython: {@code Modules/arraymodule.c}.
 */
public class PyArray extends PyObject implements BufferExporter {
    /** {@code array.array}. */
    public static final PyType TYPE = PyType.builtin("array.array", PyArray.class, PyType.BASETYPE);
    /** {@code array.arrayiterator}. */
    static final PyType ITER = PyType.builtin("array.arrayiterator", ArrayIter.class, 0);

    /** The type codes, in CPython's order. */
    static final String CODES = "bBuhHiIlLqQfd";
    private static final int[] SIZES = {1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8};
    /** The machine format code of each type code (as {@code typecode_to_mformat_code} on x86-64). */
    private static final int[] MFORMATS = {1, 0, 20, 4, 2, 8, 6, 12, 10, 12, 10, 14, 16};

    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ORDER);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ORDER);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ORDER);
    private static final byte[] EMPTY = new byte[0];

    /** The type code. */
    final char code;
    /** The size of one item in bytes. */
    final int itemsize;
    private byte[] buf = EMPTY;
    private int len;

    PyArray(PyType type, char code) {
        super(type);
        this.code = code;
        this.itemsize = SIZES[CODES.indexOf(code)];
    }

    /** A new empty array of the base type. */
    static PyArray make(char code) {
        return new PyArray(TYPE, code);
    }

    /** A new empty array of {@code type} (the base type or a class derived from it). */
    static PyArray make(PyType type, char code) {
        return type == TYPE ? new PyArray(TYPE, code) : new Sub(type, code);
    }

    /** True when {@code c} is one of the type codes. */
    static boolean validCode(int c) {
        return c < 0x10000 && c > 0 && CODES.indexOf(c) >= 0;
    }

    /** The machine format code of type code {@code c}. */
    static int mformat(char c) {
        return MFORMATS[CODES.indexOf(c)];
    }

    /** The number of items. */
    final int size() {
        return len;
    }

    @Override
    public byte[] exportBytes() {
        return Arrays.copyOf(buf, len * itemsize);
    }

    private void resize(int n) {
        long need = (long) n * itemsize;
        if (need > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        if (need > buf.length) {
            long cap = Math.max(need, Math.min(Integer.MAX_VALUE - 8L, need + (need >> 3) + 16));
            buf = Arrays.copyOf(buf, (int) cap);
        } else if (need < buf.length / 4) {
            buf = Arrays.copyOf(buf, (int) need);
        }
        len = n;
    }

    private long raw(int i) {
        switch (code) {
            case 'b': return buf[i];
            case 'B': return buf[i] & 0xff;
            case 'h': return (short) SHORT.get(buf, i * 2);
            case 'H': return ((short) SHORT.get(buf, i * 2)) & 0xffff;
            case 'i': case 'u': case 'f': return (int) INT.get(buf, i * 4);
            case 'I': return ((int) INT.get(buf, i * 4)) & 0xffffffffL;
            default: return (long) LONG.get(buf, i * 8);
        }
    }

    private void setRaw(int i, long v) {
        switch (itemsize) {
            case 1: buf[i] = (byte) v; break;
            case 2: SHORT.set(buf, i * 2, (short) v); break;
            case 4: INT.set(buf, i * 4, (int) v); break;
            default: LONG.set(buf, i * 8, v); break;
        }
    }

    /** Item {@code i} as a Python object ({@code *_getitem}). */
    final PyObject item(int i) {
        long r = raw(i);
        switch (code) {
            case 'f': return PyFloat.of(Float.intBitsToFloat((int) r));
            case 'd': return PyFloat.of(Double.longBitsToDouble(r));
            case 'u':
                if (r < 0 || r > 0x10ffff) {
                    throw PyErr.valueError("chr() arg not in range(0x110000)");
                }
                return PyStr.ofCodePoint((int) r);
            case 'L': case 'Q':
                if (r < 0) {
                    return PyInt.of(new BigInteger(Long.toUnsignedString(r)));
                }
                return PyInt.of(r);
            default: return PyInt.of(r);
        }
    }

    private static long cLong(PyInt x) {
        if (x.big != null) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return x.value;
    }

    private static long ranged(long v, long lo, long hi, String what) {
        if (v < lo) {
            throw PyErr.overflowError("%s is less than minimum", what);
        }
        if (v > hi) {
            throw PyErr.overflowError("%s is greater than maximum", what);
        }
        return v;
    }

    private static double asDouble(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyInt i) {
            return IntOps.toDouble(i);
        }
        PyType t = v.type();
        if (t.nb_float == null && t.nb_index == null) {
            throw PyErr.typeError("must be real number, not %s", t.name());
        }
        return Abstract.toFloat(v).value;
    }

    /** The raw bits for storing {@code v} ({@code *_setitem}'s conversion and checks). */
    final long convert(PyObject v) {
        switch (code) {
            case 'f': return Float.floatToRawIntBits((float) asDouble(v));
            case 'd': return Double.doubleToRawLongBits(asDouble(v));
            case 'u':
                if (v instanceof PyStr s && s.length() == 1) {
                    return s.codePointAt(0);
                }
                throw PyErr.typeError("array item must be unicode character");
            default:
                break;
        }
        PyInt x = Abstract.index(v);
        switch (code) {
            case 'b':
                return ranged(ranged(cLong(x), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"), -128, 127,
                        "signed char");
            case 'B': return ranged(cLong(x), 0, 255, "unsigned byte integer");
            case 'h': return ranged(cLong(x), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case 'H':
                return ranged(ranged(cLong(x), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"), 0, 0xffff,
                        "unsigned short");
            case 'i': return ranged(cLong(x), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case 'l': return cLong(x);
            case 'q':
                if (x.big != null) {
                    throw PyErr.overflowError("int too big to convert");
                }
                return x.value;
            case 'Q':
                if (x.signum() < 0) {
                    throw PyErr.overflowError("can't convert negative int to unsigned");
                }
                if (x.bigValue().bitLength() > 64) {
                    throw PyErr.overflowError("int too big to convert");
                }
                return x.bigValue().longValue();
            default: {
                if (x.signum() < 0) {
                    throw PyErr.overflowError("can't convert negative value to unsigned int");
                }
                if (x.bigValue().bitLength() > 64) {
                    throw PyErr.overflowError("Python int too large to convert to C unsigned long");
                }
                long r = x.bigValue().longValue();
                if (code == 'I' && (r < 0 || r > 0xffffffffL)) {
                    throw PyErr.overflowError("unsigned int is greater than maximum");
                }
                return r;
            }
        }
    }

    /** {@code append(v)}. */
    final void append(PyObject v) {
        long r = convert(v);
        resize(len + 1);
        setRaw(len - 1, r);
    }

    private void appendBytes(byte[] b, int n) {
        int old = len;
        resize(len + n / itemsize);
        System.arraycopy(b, 0, buf, old * itemsize, n);
    }

    /** {@code frombytes} on the content of a bytes-like object. */
    final void fromBytes(byte[] b) {
        if (b.length % itemsize != 0) {
            throw PyErr.valueError("bytes length not a multiple of item size");
        }
        appendBytes(b, b.length);
    }

    /** {@code fromunicode} on a str (the type code is {@code 'u'}). */
    final void fromUnicode(PyStr s) {
        int n = s.length();
        int old = len;
        resize(len + n);
        for (int i = 0; i < n; i++) {
            setRaw(old + i, s.codePointAt(i));
        }
    }

    /** {@code extend}: from an array of the same kind, or items of an iterable. */
    final void extend(PyObject v) {
        if (v instanceof PyArray o) {
            if (o.code != code) {
                throw PyErr.typeError("can only extend with array of same kind");
            }
            appendBytes(o.exportBytes(), o.len * itemsize);
            return;
        }
        PyObject it = Abstract.iter(v);
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            append(x);
        }
    }

    /** The items of a sequence of Python objects, appended one by one; all or none on error. */
    private void appendAll(PyObject[] items, int n) {
        int old = len;
        try {
            for (int i = 0; i < n; i++) {
                append(items[i]);
            }
        } catch (RuntimeException e) {
            resize(old);
            throw e;
        }
    }

    /** {@code tounicode()}. */
    final PyStr toUnicode() {
        if (code != 'u') {
            throw PyErr.valueError("tounicode() may only be called on unicode type arrays");
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            long c = raw(i);
            if (c < 0 || c > 0x10ffff) {
                throw PyErr.valueError("character U+%s is not in range [U+0000; U+10ffff]",
                        Long.toHexString(c & 0xffffffffL));
            }
            sb.appendCodePoint((int) c);
        }
        return PyStr.of(sb.toString());
    }

    /** {@code tolist()}. */
    final PyList toList() {
        PyObject[] r = new PyObject[len];
        for (int i = 0; i < len; i++) {
            r[i] = item(i);
        }
        return PyList.wrap(r, r.length);
    }

    /** The items {@code start, start+step, ...} ({@code count} of them) as a new base array. */
    private PyArray slice(int start, int step, int count) {
        PyArray r = make(code);
        r.resize(count);
        if (step == 1) {
            System.arraycopy(buf, start * itemsize, r.buf, 0, count * itemsize);
        } else {
            for (int i = 0, j = start; i < count; i++, j += step) {
                System.arraycopy(buf, j * itemsize, r.buf, i * itemsize, itemsize);
            }
        }
        return r;
    }

    /** A copy of the whole array as a base array ({@code __copy__}). */
    final PyArray copy() {
        return slice(0, 1, len);
    }

    private int index(PyObject key, String msg) {
        long i = Abstract.asItemIndex(key);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PyErr.indexError(msg);
        }
        return (int) i;
    }

    private void deleteRange(int lo, int hi) {
        int n = hi - lo;
        if (n <= 0) {
            return;
        }
        System.arraycopy(buf, hi * itemsize, buf, lo * itemsize, (len - hi) * itemsize);
        resize(len - n);
    }

    private void insertRaw(int at, long r) {
        int old = len;
        resize(len + 1);
        System.arraycopy(buf, at * itemsize, buf, (at + 1) * itemsize, (old - at) * itemsize);
        setRaw(at, r);
    }

    private static PyArray self(PyObject o) {
        return (PyArray) o;
    }

    private static PyObject getItem(PyObject o, PyObject key) {
        PyArray a = self(o);
        if (key instanceof PySlice s) {
            int[] r = s.indices(a.len);
            return a.slice(r[0], r[2], r[3]);
        }
        if (!Abstract.isIndex(key)) {
            throw PyErr.typeError("array indices must be integers");
        }
        return a.item(a.index(key, "array index out of range"));
    }

    private static void setItem(PyObject o, PyObject key, PyObject v) {
        PyArray a = self(o);
        if (!(key instanceof PySlice s)) {
            if (!Abstract.isIndex(key)) {
                throw PyErr.typeError("array indices must be integers");
            }
            int i = a.index(key, "array assignment index out of range");
            if (v == null) {
                a.deleteRange(i, i + 1);
            } else {
                a.setRaw(i, a.convert(v));
            }
            return;
        }
        int[] r = s.indices(a.len);
        int start = r[0];
        int step = r[2];
        int count = r[3];
        PyArray other = null;
        if (v != null) {
            if (!(v instanceof PyArray)) {
                throw PyErr.typeError("can only assign array (not \"%s\") to array slice", v.type().name());
            }
            other = (PyArray) v;
            if (other.code != a.code) {
                throw PyErr.typeError("bad argument type for built-in operation");
            }
        }
        int isz = a.itemsize;
        byte[] src = other == null ? EMPTY : other.exportBytes();
        int needed = other == null ? 0 : other.len;
        if (step == 1) {
            int old = a.len;
            int tail = old - start - count;
            byte[] rest = Arrays.copyOfRange(a.buf, (start + count) * isz, old * isz);
            a.resize(old - count + needed);
            System.arraycopy(src, 0, a.buf, start * isz, needed * isz);
            System.arraycopy(rest, 0, a.buf, (start + needed) * isz, tail * isz);
            return;
        }
        if (other == null) {
            if (count == 0) {
                return;
            }
            if (step < 0) {
                start += step * (count - 1);
                step = -step;
            }
            boolean[] drop = new boolean[a.len];
            for (int i = 0, j = start; i < count; i++, j += step) {
                drop[j] = true;
            }
            int w = 0;
            for (int i = 0; i < a.len; i++) {
                if (!drop[i]) {
                    System.arraycopy(a.buf, i * isz, a.buf, w * isz, isz);
                    w++;
                }
            }
            a.resize(w);
            return;
        }
        if (needed != count) {
            throw PyErr.valueError("attempt to assign array of size %d to extended slice of size %d", needed,
                    count);
        }
        for (int i = 0, j = start; i < count; i++, j += step) {
            System.arraycopy(src, i * isz, a.buf, j * isz, isz);
        }
    }

    private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        if (!(v instanceof PyArray) || !(w instanceof PyArray)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyArray a = self(v);
        PyArray b = self(w);
        if (a.len != b.len && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        PyObject x = null;
        PyObject y = null;
        for (; i < a.len && i < b.len; i++) {
            x = a.item(i);
            y = b.item(i);
            if (!Abstract.richCompareBool(x, y, CompareOp.EQ)) {
                break;
            }
        }
        if (i >= a.len || i >= b.len) {
            return PyBool.of(op.test(Integer.compare(a.len, b.len)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(x, y, op);
    }

    private static PyStr repr(PyObject o) {
        PyArray a = self(o);
        String name = o.type().name();
        name = name.substring(name.lastIndexOf('.') + 1);
        if (a.len == 0) {
            return PyStr.of(name + "('" + a.code + "')");
        }
        PyObject v = a.code == 'u' ? a.toUnicode() : a.toList();
        return PyStr.of(name + "('" + a.code + "', " + Abstract.repr(v).value() + ")");
    }

    private static PyArray repeat(PyArray a, long n) {
        PyArray r = make(a.code);
        if (n <= 0 || a.len == 0) {
            return r;
        }
        if (n > (Integer.MAX_VALUE - 8L) / ((long) a.len * a.itemsize)) {
            throw PyErr.memoryError();
        }
        int size = a.len * a.itemsize;
        r.resize((int) (a.len * n));
        for (long k = 0; k < n; k++) {
            System.arraycopy(a.buf, 0, r.buf, (int) (k * size), size);
        }
        return r;
    }

    private static PyObject arrayNew(PyType type, PyObject[] a, int n, PyTuple kw) {
        if (BuiltinArgs.kwCount(kw) > 0 && (type == TYPE || type.lookup("__init__") == TYPE.lookup("__init__"))) {
            throw PyErr.typeError("array.array() takes no keyword arguments");
        }
        if (n < 1) {
            throw PyErr.typeError("array() takes at least 1 argument (%d given)", n);
        }
        if (n > 2) {
            throw PyErr.typeError("array() takes at most 2 arguments (%d given)", n);
        }
        if (!(a[0] instanceof PyStr s) || s.length() != 1) {
            throw PyErr.typeError("array() argument 1 must be a unicode character, not %s", a[0].type().name());
        }
        return newArray(type, s.codePointAt(0), n > 1 ? a[1] : null);
    }

    /** {@code array_new} once the arguments are parsed. */
    static PyObject newArray(PyType type, int c, PyObject init) {
        if (init != null && c != 'u') {
            if (init instanceof PyStr) {
                throw PyErr.typeError("cannot use a str to initialize an array with typecode '%s'",
                        new String(Character.toChars(c)));
            }
            if (init instanceof PyArray x && x.code == 'u') {
                throw PyErr.typeError("cannot use a unicode array to initialize an array with typecode '%s'",
                        new String(Character.toChars(c)));
            }
        }
        PyObject it = null;
        if (init != null && !(init instanceof PyList || init instanceof PyTuple || init instanceof PyBytes
                || init instanceof PyByteArray || (c == 'u' && init instanceof PyStr)
                || (init instanceof PyArray x && x.code == c))) {
            it = Abstract.iter(init);
            init = null;
        }
        if (!validCode(c)) {
            throw PyErr.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray r = make(type, (char) c);
        if (init instanceof PyList l) {
            PyObject[] items = new PyObject[l.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = l.get(i);
            }
            r.appendAll(items, items.length);
        } else if (init instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = t.get(i);
            }
            r.appendAll(items, items.length);
        } else if (init instanceof PyStr s) {
            r.fromUnicode(s);
        } else if (init instanceof PyArray x) {
            r.appendBytes(x.exportBytes(), x.len * x.itemsize);
        } else if (init != null) {
            r.fromBytes(BytesOps.buffer(init));
        }
        if (it != null) {
            for (PyObject x; (x = Abstract.next(it)) != null;) {
                r.append(x);
            }
        }
        return r;
    }

    private static long sliceIndex(PyObject o) {
        if (!Abstract.isIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.asIndexClamped(o);
    }

    /** The argument check of a method that receives its defining class (positional only). */
    private static void exactPositional(String name, int n, PyTuple kw, int want) {
        if (n != want) {
            throw PyErr.typeError("%s() takes exactly %d positional argument%s (%d given)", name, want,
                    want == 1 ? "" : "s", n);
        }
        if (BuiltinArgs.kwCount(kw) > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    private static final int BLOCKSIZE = 64 * 1024;

    private static PyObject fromFile(PyArray a, PyObject f, PyObject count) {
        long n = Abstract.index(count).clampedLong();
        if (n < 0) {
            throw PyErr.valueError("negative count");
        }
        if (n > (Integer.MAX_VALUE - 8) / a.itemsize) {
            throw PyErr.memoryError();
        }
        int nbytes = (int) n * a.itemsize;
        PyObject b = Abstract.callMethod(f, "read", PyInt.of(nbytes));
        if (!(b instanceof PyBytes bytes)) {
            throw PyErr.typeError("read() didn't return bytes");
        }
        boolean short_ = bytes.size() != nbytes;
        a.fromBytes(BytesOps.buffer(bytes));
        if (short_) {
            throw PyErr.format(PyExc.EOFError, "read() didn't return enough bytes");
        }
        return PyNone.NONE;
    }

    private static PyObject toFile(PyArray a, PyObject f) {
        byte[] all = a.exportBytes();
        for (int off = 0; off < all.length; off += BLOCKSIZE) {
            int end = Math.min(all.length, off + BLOCKSIZE);
            Abstract.callMethod(f, "write", PyBytes.wrap(Arrays.copyOfRange(all, off, end)));
        }
        return PyNone.NONE;
    }

    private static PyObject reduceEx(PyObject o, PyObject proto) {
        PyArray a = self(o);
        long protocol = Abstract.index(proto).clampedLong();
        PyObject dict = Abstract.lookupAttr(o, PyStr.of("__dict__"));
        if (dict == null) {
            dict = PyNone.NONE;
        }
        PyStr tc = PyStr.of(String.valueOf(a.code));
        if (protocol < 3) {
            PyObject list = a.toList();
            return PyTuple.of(o.type(), PyTuple.of(tc, list), dict);
        }
        return PyTuple.of(ArrayModule.RECONSTRUCTOR, PyTuple.of(o.type(), tc, PyInt.of(mformat(a.code)),
                PyBytes.wrap(a.exportBytes())), dict);
    }

    static {
        PyType t = TYPE;
        t.tp_new = PyArray::arrayNew;
        t.tp_repr = PyArray::repr;
        t.tp_richcompare = PyArray::richCompare;
        t.tp_iter = o -> new ArrayIter(self(o));
        t.sq_length = o -> self(o).len;
        t.sq_contains = (o, v) -> {
            PyArray a = self(o);
            for (int i = 0; i < a.len; i++) {
                PyObject x = a.item(i);
                if (Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.mp_length = o -> self(o).len;
        t.mp_subscript = PyArray::getItem;
        t.mp_ass_subscript = PyArray::setItem;
        t.sq_concat = (x, y) -> {
            if (!(y instanceof PyArray b)) {
                throw PyErr.typeError("can only append array (not \"%s\") to array", y.type().name());
            }
            PyArray a = self(x);
            if (a.code != b.code) {
                throw PyErr.typeError("bad argument type for built-in operation");
            }
            PyArray r = a.copy();
            r.appendBytes(b.exportBytes(), b.len * b.itemsize);
            return r;
        };
        t.sq_repeat = (x, n) -> repeat(self(x), Abstract.asRepeatCount(n));
        t.nb_inplace[NumberOp.ADD.ordinal()] = (x, y) -> {
            if (!(x instanceof PyArray)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (!(y instanceof PyArray)) {
                throw PyErr.typeError("can only extend array with array (not \"%s\")", y.type().name());
            }
            self(x).extend(y);
            return x;
        };
        t.nb_inplace[NumberOp.MULTIPLY.ordinal()] = (x, n) -> {
            if (!(x instanceof PyArray) || !Abstract.isIndex(n)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyArray a = self(x);
            PyArray r = repeat(a, Abstract.asRepeatCount(n));
            a.buf = r.buf;
            a.len = r.len;
            return x;
        };
        t.ready();
        t.setInstancesHaveWeakref();
        PyMethodDescr.oneArg(t, "append", (o, v) -> {
            self(o).append(v);
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "buffer_info", o -> PyTuple.of(
                PyInt.of(0x7f0000000000L + 16L * (System.identityHashCode(self(o).buf) & 0xfffffffL)),
                PyInt.of(self(o).len)));
        PyMethodDescr.noArgs(t, "byteswap", o -> {
            PyArray a = self(o);
            int isz = a.itemsize;
            for (int i = 0; i < a.len; i++) {
                for (int lo = i * isz, hi = lo + isz - 1; lo < hi; lo++, hi--) {
                    byte b = a.buf[lo];
                    a.buf[lo] = a.buf[hi];
                    a.buf[hi] = b;
                }
            }
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "count", (o, v) -> {
            PyArray a = self(o);
            long c = 0;
            for (int i = 0; i < a.len; i++) {
                if (Abstract.richCompareBool(a.item(i), v, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        PyMethodDescr.oneArg(t, "extend", (o, v) -> {
            self(o).extend(v);
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "frombytes", (o, v) -> {
            self(o).fromBytes(BytesOps.contiguousBuffer(v));
            return PyNone.NONE;
        });
        PyMethodDescr.full(t, "fromfile", (o, a, n, kw) -> {
            exactPositional("fromfile", n, kw, 2);
            return fromFile(self(o), a[0], a[1]);
        });
        PyMethodDescr.oneArg(t, "fromlist", (o, v) -> {
            if (!(v instanceof PyList l)) {
                throw PyErr.typeError("arg must be list");
            }
            PyArray a = self(o);
            int old = a.len;
            try {
                for (int i = 0; i < l.size(); i++) {
                    a.append(l.get(i));
                }
            } catch (RuntimeException e) {
                a.resize(Math.min(old, a.len));
                throw e;
            }
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "fromunicode", (o, v) -> {
            if (!(v instanceof PyStr s)) {
                throw PyErr.typeError("fromunicode() argument must be str, not %s", v.type().name());
            }
            PyArray a = self(o);
            if (a.code != 'u') {
                throw PyErr.valueError("fromunicode() may only be called on unicode type arrays");
            }
            a.fromUnicode(s);
            return PyNone.NONE;
        });
        PyMethodDescr.varArgs(t, "index", 1, 3, (o, args, n) -> {
            PyArray a = self(o);
            long start = n > 1 ? sliceIndex(args[1]) : 0;
            long stop = n > 2 ? sliceIndex(args[2]) : Long.MAX_VALUE;
            if (start < 0) {
                start = Math.max(0, start + a.len);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + a.len);
            }
            for (long i = start; i < Math.min(stop, a.len); i++) {
                if (Abstract.richCompareBool(a.item((int) i), args[0], CompareOp.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError("array.index(x): x not in array");
        });
        PyMethodDescr.varArgs(t, "insert", 2, 2, (o, args, n) -> {
            PyArray a = self(o);
            long i = Abstract.index(args[0]).clampedLong();
            long r = a.convert(args[1]);
            if (i < 0) {
                i = Math.max(0, i + a.len);
            }
            i = Math.min(i, a.len);
            a.insertRaw((int) i, r);
            return PyNone.NONE;
        });
        PyMethodDescr.varArgs(t, "pop", 0, 1, (o, args, n) -> {
            PyArray a = self(o);
            long i = n > 0 ? Abstract.index(args[0]).clampedLong() : -1;
            if (a.len == 0) {
                throw PyErr.indexError("pop from empty array");
            }
            if (i < 0) {
                i += a.len;
            }
            if (i < 0 || i >= a.len) {
                throw PyErr.indexError("pop index out of range");
            }
            PyObject v = a.item((int) i);
            a.deleteRange((int) i, (int) i + 1);
            return v;
        });
        PyMethodDescr.oneArg(t, "remove", (o, v) -> {
            PyArray a = self(o);
            for (int i = 0; i < a.len; i++) {
                if (Abstract.richCompareBool(a.item(i), v, CompareOp.EQ)) {
                    a.deleteRange(i, i + 1);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError("array.remove(x): x not in array");
        });
        PyMethodDescr.noArgs(t, "reverse", o -> {
            PyArray a = self(o);
            for (int i = 0, j = a.len - 1; i < j; i++, j--) {
                long x = a.raw(i);
                a.setRaw(i, a.raw(j));
                a.setRaw(j, x);
            }
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "tobytes", o -> PyBytes.wrap(self(o).exportBytes()));
        PyMethodDescr.full(t, "tofile", (o, a, n, kw) -> {
            exactPositional("tofile", n, kw, 1);
            return toFile(self(o), a[0]);
        });
        PyMethodDescr.noArgs(t, "tolist", o -> self(o).toList());
        PyMethodDescr.noArgs(t, "tounicode", o -> self(o).toUnicode());
        PyMethodDescr.noArgs(t, "__copy__", o -> self(o).copy());
        PyMethodDescr.oneArg(t, "__deepcopy__", (o, memo) -> self(o).copy());
        PyMethodDescr.full(t, "__reduce_ex__", (o, a, n, kw) -> {
            exactPositional("__reduce_ex__", n, kw, 1);
            return reduceEx(o, a[0]);
        });
        PyMethodDescr.noArgs(t, "__sizeof__", o -> PyInt.of(64L + self(o).buf.length));
        t.setAttribute("typecode", new PyGetSetDescr(t, "typecode", o -> PyStr.of(String.valueOf(self(o).code)),
                null));
        t.setAttribute("itemsize", new PyGetSetDescr(t, "itemsize", o -> PyInt.of(self(o).itemsize), null));

        ITER.tp_iter = o -> o;
        ITER.tp_iternext = o -> ((ArrayIter) o).next();
        ITER.ready();
        PyMethodDescr.noArgs(ITER, "__reduce__", o -> {
            ArrayIter it = (ArrayIter) o;
            PyObject iter = dev.adder.vm.ThreadState.current().interp.builtins.getItem(PyStr.of("iter"));
            return PyTuple.of(iter, PyTuple.of(it.array), PyInt.of(it.index));
        });
        PyMethodDescr.oneArg(ITER, "__setstate__", (o, st) -> {
            ArrayIter it = (ArrayIter) o;
            long i = Abstract.index(st).clampedLong();
            it.index = (int) Math.max(0, Math.min(i, it.array.len));
            return PyNone.NONE;
        });
    }

    /** {@code array.arrayiterator}: walks the live array by index. */
    static final class ArrayIter extends PyObject {
        final PyArray array;
        int index;

        ArrayIter(PyArray a) {
            super(ITER);
            this.array = a;
        }

        PyObject next() {
            if (index < array.len) {
                return array.item(index++);
            }
            return null;
        }
    }

    /** An instance of a class defined in Python whose base is {@code array.array}. */
    static final class Sub extends PyArray implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type, char code) {
            super(type, code);
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
}
