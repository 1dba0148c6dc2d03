package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.PyException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Python's {@code memoryview} over a {@code bytes} or {@code bytearray}, in one dimension, with any
 * native single-character struct format ({@code b B c h H i I l L q Q n N f d ? P}, optionally
 * prefixed by {@code '@'}; native sizes and byte order): indexing, slicing (with steps), item and
 * slice assignment on writable views, comparisons by unpacked values, {@code tobytes}, {@code
 * tolist}, {@code hex}, {@code cast} (byte format to any native format and back, with an optional
 * one-dimensional shape), {@code toreadonly}, {@code release} and the context-manager protocol.
 * {@code start} and {@code step} count bytes, {@code length} counts items.
 *
 * <p>CPython: {@code Objects/memoryobject.c}.
 */
public final class PyMemoryView extends PyObject {
    /** {@code memoryview}. */
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, 0);

    private static final boolean LITTLE = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private final PyObject obj;
    private final int start;
    private final int length;
    private final int step;
    /** The format as reported by {@code format} (such as {@code "B"} or {@code "@i"}). */
    private final String format;
    /** The format's character, without any {@code '@'}. */
    private final char code;
    private final int itemsize;
    /** Read-only by {@code toreadonly()} (a view of bytes is read-only anyway). */
    private final boolean ro;
    private boolean released;

    private PyMemoryView(PyObject obj, int start, int length, int step, String format, boolean ro) {
        super(TYPE);
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.step = step;
        this.format = format;
        this.code = nativeCode(format);
        this.itemsize = itemSize(code);
        this.ro = ro;
        if (obj instanceof PyByteArray b) {
            b.exports++;
        }
    }

    /** {@code memoryview(o)}. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return m.derive(m.start, m.length, m.step, m.format, m.ro);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(o, 0, b.size(), 1, "B", false);
        }
        if (o instanceof PyByteArray b) {
            return new PyMemoryView(o, 0, b.size, 1, "B", false);
        }
        if (o instanceof BufferExporter) {
            throw PyErr.format(dev.adder.runtime.exceptions.PyExc.NotImplementedError,
                    "memoryview of '%s' objects is not supported", o.type().name());
        }
        throw PyErr.typeError("memoryview: a bytes-like object is required, not '%s'", o.type().name());
    }

    private PyMemoryView derive(int start, int length, int step, String format, boolean ro) {
        return new PyMemoryView(obj, start, length, step, format, ro);
    }

    /** The size of one item of native format character {@code c}, or -1 if it is not one. */
    private static int itemSize(char c) {
        switch (c) {
            case 'b': case 'B': case 'c': case '?':
                return 1;
            case 'h': case 'H':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P':
                return 8;
            default:
                return -1;
        }
    }

    /** The character of a native single-character format with an optional '@', else 0. */
    private static char nativeCode(String f) {
        String s = f.startsWith("@") ? f.substring(1) : f;
        if (s.length() != 1 || itemSize(s.charAt(0)) < 0) {
            return 0;
        }
        return s.charAt(0);
    }

    private static boolean isByteFormat(char c) {
        return c == 'B' || c == 'b' || c == 'c';
    }

    private void check() {
        if (released) {
            throw PyErr.valueError("operation forbidden on released memoryview object");
        }
    }

    private boolean readonly() {
        return ro || obj instanceof PyBytes;
    }

    private int rawByte(int k) {
        return obj instanceof PyBytes b ? b.value[k] & 0xff : ((PyByteArray) obj).items[k] & 0xff;
    }

    /** The {@code n} bytes at byte {@code k} as an unsigned number in native byte order. */
    private long rawBits(int k, int n) {
        long x = 0;
        for (int j = 0; j < n; j++) {
            int b = rawByte(LITTLE ? k + n - 1 - j : k + j);
            x = (x << 8) | b;
        }
        return x;
    }

    /** Stores the low {@code n} bytes of {@code x} at byte {@code k} in native byte order. */
    private void putBits(int k, int n, long x) {
        byte[] items = ((PyByteArray) obj).items;
        for (int j = 0; j < n; j++) {
            items[LITTLE ? k + j : k + n - 1 - j] = (byte) (x >>> (8 * j));
        }
    }

    /** The viewed bytes in logical order (a copy). */
    byte[] toBytes() {
        check();
        byte[] r = new byte[length * itemsize];
        if (step == itemsize) {
            byte[] src = obj instanceof PyBytes b ? b.value : ((PyByteArray) obj).items;
            System.arraycopy(src, start, r, 0, r.length);
            return r;
        }
        for (int i = 0; i < length; i++) {
            int k = start + i * step;
            for (int j = 0; j < itemsize; j++) {
                r[i * itemsize + j] = (byte) rawByte(k + j);
            }
        }
        return r;
    }

    /** CPython's C-contiguity flag of a one-dimensional view. */
    private boolean cContiguous() {
        return length == 1 || step == itemsize;
    }

    /** True when the viewed bytes are one C-contiguous run (a released view counts as contiguous). */
    boolean contiguous() {
        return released || cContiguous();
    }

    /** The size in bytes when the view may be written as one C-contiguous buffer, else -1. */
    int writableLength() {
        if (released || readonly()) {
            return -1;
        }
        return cContiguous() ? length * itemsize : -1;
    }

    /** Writes {@code src[0:len]} at byte {@code off} of a writable contiguous view. */
    void write(int off, byte[] src, int len) {
        System.arraycopy(src, 0, ((PyByteArray) obj).items, start + off, len);
    }

    private PyObject item(int i) {
        int k = start + i * step;
        switch (code) {
            case 'B': return PyInt.of(rawByte(k));
            case 'b': return PyInt.of((byte) rawByte(k));
            case 'c': return PyBytes.wrap(new byte[] {(byte) rawByte(k)});
            case '?': return PyBool.of(rawByte(k) != 0);
            case 'h': return PyInt.of((short) rawBits(k, 2));
            case 'H': return PyInt.of(rawBits(k, 2));
            case 'i': return PyInt.of((int) rawBits(k, 4));
            case 'I': return PyInt.of(rawBits(k, 4));
            case 'l': case 'q': case 'n': return PyInt.of(rawBits(k, 8));
            case 'f': return PyFloat.of(Float.intBitsToFloat((int) rawBits(k, 4)));
            case 'd': return PyFloat.of(Double.longBitsToDouble(rawBits(k, 8)));
            default: {
                // L Q N P: unsigned 64-bit
                long x = rawBits(k, 8);
                return x >= 0 ? PyInt.of(x) : PyInt.of(BigInteger.valueOf(x).add(TWO_64));
            }
        }
    }

    private PyException invalidType() {
        return PyErr.typeError("memoryview: invalid type for format '%s'", format);
    }

    private PyException invalidValue() {
        return PyErr.valueError("memoryview: invalid value for format '%s'", format);
    }

    /** The bits of {@code value} packed as one item, with CPython's errors for a bad type or value. */
    private long pack(PyObject value) {
        switch (code) {
            case 'c': {
                if (!(value instanceof PyBytes b)) {
                    throw invalidType();
                }
                if (b.size() != 1) {
                    throw invalidValue();
                }
                return b.byteAt(0) & 0xff;
            }
            case '?':
                return Abstract.isTrue(value) ? 1 : 0;
            case 'f':
                return Float.floatToRawIntBits((float) packDouble(value)) & 0xffffffffL;
            case 'd':
                return Double.doubleToRawLongBits(packDouble(value));
            case 'P': {
                if (!(value instanceof PyInt)) {
                    throw invalidType();
                }
                return packInt((PyInt) value, BigInteger.ONE.shiftLeft(63).negate(), TWO_64);
            }
            default: {
                if (!Abstract.isIndex(value)) {
                    throw invalidType();
                }
                PyInt v = Abstract.index(value);
                int bits = 8 * itemsize;
                boolean signed = Character.isLowerCase(code);
                BigInteger lo = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
                BigInteger hi = signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
                return packInt(v, lo, hi);
            }
        }
    }

    /** The low 64 bits of {@code v}, if {@code lo <= v < hi}. */
    private long packInt(PyInt v, BigInteger lo, BigInteger hi) {
        BigInteger x = v.bigValue();
        if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) {
            throw invalidValue();
        }
        return x.longValue();
    }

    /** {@code PyFloat_AsDouble(value)} with its errors turned into memoryview's. */
    private double packDouble(PyObject value) {
        try {
            if (value instanceof PyFloat f) {
                return f.value;
            }
            if (value instanceof PyInt i) {
                return IntOps.toDouble(i);
            }
            PyType t = value.type();
            if (t.nb_float == null && t.nb_index == null) {
                throw invalidType();
            }
            return Abstract.toFloat(value).value;
        } catch (PyException e) {
            if (e.matches(dev.adder.runtime.exceptions.PyExc.TypeError)) {
                throw invalidType();
            }
            if (e.matches(dev.adder.runtime.exceptions.PyExc.OverflowError)
                    || e.matches(dev.adder.runtime.exceptions.PyExc.ValueError)) {
                throw invalidValue();
            }
            throw e;
        }
    }

    private void release() {
        if (!released) {
            released = true;
            if (obj instanceof PyByteArray b) {
                b.exports--;
            }
        }
    }

    private static PyMemoryView self(PyObject o) {
        PyMemoryView m = (PyMemoryView) o;
        m.check();
        return m;
    }

    private long index(PyObject key) {
        long i = Abstract.asItemIndex(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyErr.indexError("index out of bounds on dimension 1");
        }
        return i;
    }

    private PyObject getItem(PyObject key) {
        check();
        if (key instanceof PySlice s) {
            int[] r = s.indices(length);
            return derive(start + r[0] * step, Math.max(0, r[3]), step * r[2], format, ro);
        }
        if (!Abstract.isIndex(key)) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        return item((int) index(key));
    }

    /** A format without its optional leading {@code '@'}. */
    private static String strip(String f) {
        return f.startsWith("@") ? f.substring(1) : f;
    }

    private void setItem(PyObject key, PyObject value) {
        check();
        if (readonly()) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete memory");
        }
        if (key instanceof PySlice s) {
            int[] r = s.indices(length);
            int n = Math.max(0, r[3]);
            byte[] src = BytesOps.buffer(value);
            String srcFormat = value instanceof PyMemoryView v ? v.format : "B";
            int srcLength = value instanceof PyMemoryView v ? v.length : src.length;
            if (!strip(srcFormat).equals(strip(format)) || srcLength != n) {
                throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] items = ((PyByteArray) obj).items;
            for (int i = 0; i < n; i++) {
                System.arraycopy(src, i * itemsize, items, start + (r[0] + i * r[2]) * step, itemsize);
            }
            return;
        }
        if (!Abstract.isIndex(key)) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        int i = (int) index(key);
        long bits = pack(value);
        check();
        putBits(start + i * step, itemsize, bits);
    }

    /** {@code cast(format, shape)}. */
    private PyMemoryView cast(PyObject fmt, PyObject shape) {
        if (!(fmt instanceof PyStr f)) {
            throw PyErr.typeError("cast() argument 'format' must be str, not %s", fmt.type().name());
        }
        if (!cContiguous()) {
            throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        int ndim = 1;
        if (shape != null) {
            if (length == 0) {
                throw PyErr.typeError("memoryview: cannot cast view with zeros in shape or strides");
            }
            if (!(shape instanceof PyList) && !(shape instanceof PyTuple)) {
                throw PyErr.typeError("shape must be a list or a tuple");
            }
            ndim = Abstract.len(shape);
            if (ndim > 64) {
                throw PyErr.valueError("memoryview: number of dimensions must not exceed 64");
            }
        }
        String fs = f.value();
        char dest = nativeCode(fs);
        if (dest == 0) {
            throw PyErr.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!isByteFormat(code) && !isByteFormat(dest)) {
            throw PyErr.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = length * itemsize;
        int size = itemSize(dest);
        if (nbytes % size != 0) {
            throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (shape != null) {
            if (ndim != 1) {
                throw PyErr.format(dev.adder.runtime.exceptions.PyExc.NotImplementedError,
                        "memoryview: cast to %d dimensions is not supported (only one)", ndim);
            }
            PyObject x = shape instanceof PyList l ? l.get(0) : ((PyTuple) shape).get(0);
            if (!(x instanceof PyInt xi)) {
                throw PyErr.typeError("an integer is required");
            }
            if (xi.signum() <= 0) {
                throw PyErr.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (!xi.isSmall() || xi.value * size != nbytes) {
                throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return derive(start, nbytes / size, size, fs, ro);
    }

    /** True when {@code o} (a memoryview or another buffer) has the same shape and item values. */
    private boolean sameValues(PyObject o) {
        if (o instanceof PyMemoryView w) {
            if (w.length != length) {
                return false;
            }
            if (w.code == code && isByteFormat(code)) {
                return Arrays.equals(toBytes(), w.toBytes());
            }
            for (int i = 0; i < length; i++) {
                if (!Abstract.richCompareBool(item(i), w.item(i), CompareOp.EQ)) {
                    return false;
                }
            }
            return true;
        }
        byte[] y = BytesOps.buffer(o);
        if (y.length != length) {
            return false;
        }
        if (code == 'B') {
            return Arrays.equals(toBytes(), y);
        }
        for (int i = 0; i < length; i++) {
            if (!Abstract.richCompareBool(item(i), PyInt.of(y[i] & 0xff), CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> {
            PyObject[] p = dev.adder.runtime.internal.StrOps.parseArgs("memoryview", a, n, kw,
                    new String[] {"object"});
            if (p[0] == null) {
                throw PyErr.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(p[0]);
        };
        t.sq_length = o -> self(o).length;
        t.mp_length = t.sq_length;
        t.mp_subscript = (o, k) -> ((PyMemoryView) o).getItem(k);
        t.mp_ass_subscript = (o, k, v) -> ((PyMemoryView) o).setItem(k, v);
        t.tp_iter = o -> Abstract.iter(tolist(self(o)));
        t.tp_repr = o -> PyStr.of((((PyMemoryView) o).released ? "<released memory at 0x" : "<memory at 0x")
                + Long.toHexString(System.identityHashCode(o)) + ">");
        t.tp_hash = o -> {
            PyMemoryView m = self(o);
            if (!m.readonly()) {
                throw PyErr.valueError("cannot hash writable memoryview object");
            }
            if (!isByteFormat(m.code)) {
                throw PyErr.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            return PyBytes.wrap(m.toBytes()).hash();
        };
        t.tp_richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMemoryView m = (PyMemoryView) a;
            if (m.released || (b instanceof PyMemoryView o && o.released)) {
                return PyBool.of((a == b) == (op == CompareOp.EQ));
            }
            if (!BytesOps.isBytesLike(b)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(m.sameValues(b) == (op == CompareOp.EQ));
        };
        PyMethodDescr.full(t, "tobytes", (o, a, n, kw) -> {
            PyObject[] p = dev.adder.runtime.internal.StrOps.parseArgs("tobytes", a, n, kw,
                    new String[] {"order"});
            PyMemoryView m = self(o);
            if (p[0] != null && p[0] != PyNone.NONE) {
                if (!(p[0] instanceof PyStr s)) {
                    throw PyErr.typeError("tobytes() argument 'order' must be str or None, not %s",
                            p[0].type().name());
                }
                String order = s.value();
                if (!order.equals("C") && !order.equals("F") && !order.equals("A")) {
                    throw PyErr.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return PyBytes.wrap(m.toBytes());
        });
        PyMethodDescr.noArgs(t, "toreadonly", o -> {
            PyMemoryView m = self(o);
            return m.derive(m.start, m.length, m.step, m.format, true);
        });
        PyMethodDescr.noArgs(t, "tolist", o -> tolist(self(o)));
        PyMethodDescr.full(t, "hex", (o, a, n, kw) -> {
            PyObject[] p = dev.adder.runtime.internal.StrOps.parseArgs("hex", a, n, kw,
                    new String[] {"sep", "bytes_per_sep"});
            byte[] b = self(o).toBytes();
            return PyStr.of(BytesOps.hex(b, b.length, p[0], p[1]));
        });
        PyMethodDescr.noArgs(t, "release", o -> {
            ((PyMemoryView) o).release();
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "__enter__", o -> self(o));
        PyMethodDescr.varArgs(t, "__exit__", 0, 3, (o, a, n) -> {
            ((PyMemoryView) o).release();
            return PyNone.NONE;
        });
        PyMethodDescr.full(t, "cast", (o, a, n, kw) -> {
            PyObject[] p = dev.adder.runtime.internal.StrOps.parseArgs("cast", a, n, kw,
                    new String[] {"format", "shape"});
            if (p[0] == null) {
                throw PyErr.typeError("cast() missing required argument 'format' (pos 1)");
            }
            return self(o).cast(p[0], p[1]);
        });
        t.setAttribute("obj", new PyGetSetDescr(t, "obj", o -> self(o).obj, null));
        t.setAttribute("nbytes", new PyGetSetDescr(t, "nbytes", o -> PyInt.of((long) self(o).length * self(o).itemsize),
                null));
        t.setAttribute("itemsize", new PyGetSetDescr(t, "itemsize", o -> PyInt.of(self(o).itemsize), null));
        t.setAttribute("ndim", new PyGetSetDescr(t, "ndim", o -> PyInt.of(self(o) == null ? 0 : 1), null));
        t.setAttribute("format", new PyGetSetDescr(t, "format", o -> PyStr.of(self(o).format), null));
        t.setAttribute("readonly", new PyGetSetDescr(t, "readonly", o -> PyBool.of(self(o).readonly()), null));
        t.setAttribute("shape", new PyGetSetDescr(t, "shape", o -> PyTuple.of(PyInt.of(self(o).length)), null));
        t.setAttribute("strides", new PyGetSetDescr(t, "strides", o -> PyTuple.of(PyInt.of(self(o).step)), null));
        t.setAttribute("suboffsets", new PyGetSetDescr(t, "suboffsets", o -> PyTuple.of(), null));
        t.setAttribute("contiguous", new PyGetSetDescr(t, "contiguous", o -> PyBool.of(self(o).cContiguous()),
                null));
        t.setAttribute("c_contiguous", new PyGetSetDescr(t, "c_contiguous", o -> PyBool.of(self(o).cContiguous()),
                null));
        t.setAttribute("f_contiguous", new PyGetSetDescr(t, "f_contiguous", o -> PyBool.of(self(o).cContiguous()),
                null));
        t.ready();
    }

    private static PyList tolist(PyMemoryView m) {
        PyObject[] items = new PyObject[m.length];
        for (int i = 0; i < m.length; i++) {
            items[i] = m.item(i);
        }
        return PyList.wrap(items, items.length);
    }
}
