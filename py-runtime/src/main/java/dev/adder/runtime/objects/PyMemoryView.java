package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.Arrays;

/**
 * Python's {@code memoryview} over a {@code bytes} or {@code bytearray} (one dimension, item size
 * 1, formats {@code 'B'}, {@code 'b'} and {@code 'c'}): indexing, slicing (with steps), item
 * assignment on writable views, {@code tobytes}, {@code tolist}, {@code hex}, {@code cast},
 * {@code release} and the context-manager protocol. A contiguous byte view also casts to
 * {@code 'I'} (native 4-byte unsigned ints, read-only here), which Lib/re/_compiler.py uses.
 *
 * <p>CPython: {@code Objects/memoryobject.c}.
 */
public final class PyMemoryView extends PyObject {
    /** {@code memoryview}. */
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, 0);

    private final PyObject obj;
    private final int start;
    private final int length;
    private final int step;
    private final char format;
    private boolean released;

    private PyMemoryView(PyObject obj, int start, int length, int step, char format) {
        super(TYPE);
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.step = step;
        this.format = format;
        if (obj instanceof PyByteArray b) {
            b.exports++;
        }
    }

    /** {@code memoryview(o)}. */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.length, m.step, m.format);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(o, 0, b.size(), 1, 'B');
        }
        if (o instanceof PyByteArray b) {
            return new PyMemoryView(o, 0, b.size, 1, 'B');
        }
        if (o instanceof BufferExporter) {
            throw PyErr.format(dev.adder.runtime.exceptions.PyExc.NotImplementedError,
                    "memoryview of '%s' objects is not supported", o.type().name());
        }
        throw PyErr.typeError("memoryview: a bytes-like object is required, not '%s'", o.type().name());
    }

    private void check() {
        if (released) {
            throw PyErr.valueError("operation forbidden on released memoryview object");
        }
    }

    private boolean readonly() {
        return obj instanceof PyBytes;
    }

    private int raw(int i) {
        return rawByte(start + i * step);
    }

    private int rawByte(int k) {
        return obj instanceof PyBytes b ? b.value[k] & 0xff : ((PyByteArray) obj).items[k] & 0xff;
    }

    /** The viewed bytes (a copy). */
    byte[] toBytes() {
        check();
        if (format == 'I') {
            byte[] r = new byte[length * 4];
            for (int i = 0; i < r.length; i++) {
                r[i] = (byte) rawByte(start + (i >> 2) * step + (i & 3));
            }
            return r;
        }
        byte[] r = new byte[length];
        for (int i = 0; i < length; i++) {
            r[i] = (byte) raw(i);
        }
        return r;
    }

    /** True when the viewed bytes are one C-contiguous run (a released view counts as contiguous). */
    boolean contiguous() {
        return released || step == (format == 'I' ? 4 : 1) || length <= 1;
    }

    /** The size in bytes when the view may be written as one C-contiguous buffer, else -1. */
    int writableLength() {
        if (released || readonly()) {
            return -1;
        }
        if (format == 'I') {
            return step == 4 ? length * 4 : -1;
        }
        return step == 1 ? length : -1;
    }

    /** Writes {@code src[0:len]} at byte {@code off} of a writable contiguous view. */
    void write(int off, byte[] src, int len) {
        System.arraycopy(src, 0, ((PyByteArray) obj).items, start + off, len);
    }

    private PyObject item(int i) {
        int v = raw(i);
        switch (format) {
            case 'b': return PyInt.of((byte) v);
            case 'c': return PyBytes.wrap(new byte[] {(byte) v});
            case 'I': {
                // native unsigned int (little-endian on the platforms Adder runs on)
                int k = start + i * step;
                long x = 0;
                for (int j = 3; j >= 0; j--) {
                    x = (x << 8) | rawByte(k + (java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                            ? j : 3 - j));
                }
                return PyInt.of(x);
            }
            default: return PyInt.of(v);
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

    private PyObject getItem(PyObject key) {
        check();
        if (key instanceof PySlice s) {
            int[] r = s.indices(length);
            return new PyMemoryView(obj, start + r[0] * step, Math.max(0, r[3]), step * r[2], format);
        }
        if (!Abstract.isIndex(key)) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        long i = Abstract.asItemIndex(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyErr.indexError("index out of bounds on dimension 1");
        }
        return item((int) i);
    }

    private void setItem(PyObject key, PyObject value) {
        check();
        if (readonly()) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete memory");
        }
        if (format == 'I') {
            throw PyErr.format(dev.adder.runtime.exceptions.PyExc.NotImplementedError,
                    "memoryview: assignment to format 'I' views is not supported");
        }
        byte[] items = ((PyByteArray) obj).items;
        if (key instanceof PySlice s) {
            int[] r = s.indices(length);
            byte[] src = BytesOps.buffer(value);
            if (src.length != Math.max(0, r[3])) {
                throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < src.length; i++) {
                items[start + (r[0] + i * r[2]) * step] = src[i];
            }
            return;
        }
        long i = Abstract.asItemIndex(key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyErr.indexError("index out of bounds on dimension 1");
        }
        int v;
        if (format == 'c') {
            if (!(value instanceof PyBytes b) || b.size() != 1) {
                throw PyErr.valueError("memoryview: invalid value for format 'c'");
            }
            v = b.byteAt(0);
        } else {
            if (!(value instanceof PyInt)) {
                throw PyErr.typeError("memoryview: invalid type for format '%s'", format);
            }
            long x = ((PyInt) value).clampedLong();
            if (format == 'B' ? x < 0 || x > 255 : x < -128 || x > 127) {
                throw PyErr.valueError("memoryview: invalid value for format '%s'", format);
            }
            v = (int) x;
        }
        items[start + (int) i * step] = (byte) v;
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
            byte[] y = BytesOps.bufferOrNull(b);
            if (y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq;
            if (b instanceof PyMemoryView o && o.format != m.format) {
                eq = Abstract.richCompareBool(tolist(m), tolist(o), CompareOp.EQ);
            } else {
                eq = Arrays.equals(m.toBytes(), y);
            }
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        PyMethodDescr.noArgs(t, "tobytes", o -> PyBytes.wrap(self(o).toBytes()));
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
        PyMethodDescr.varArgs(t, "cast", 1, 2, (o, a, n) -> {
            PyMemoryView m = self(o);
            if (!(a[0] instanceof PyStr f)) {
                throw PyErr.typeError("cast() argument 'format' must be str, not %s", a[0].type().name());
            }
            String fs = f.value();
            if (fs.equals("I") && m.format != 'I' && m.step == 1) {
                // unsigned ints of 4 bytes (what re._compiler's _bytes_to_codes needs)
                if (m.length % 4 != 0) {
                    throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
                }
                return new PyMemoryView(m.obj, m.start, m.length / 4, 4, 'I');
            }
            if (!fs.equals("B") && !fs.equals("b") && !fs.equals("c")) {
                throw PyErr.valueError(
                        "memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            if (m.step != 1) {
                throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
            }
            return new PyMemoryView(m.obj, m.start, m.length, 1, fs.charAt(0));
        });
        t.setAttribute("obj", new PyGetSetDescr(t, "obj", o -> self(o).obj, null));
        t.setAttribute("nbytes", new PyGetSetDescr(t, "nbytes", o -> PyInt.of(self(o).length * (self(o).format == 'I' ? 4 : 1)), null));
        t.setAttribute("itemsize", new PyGetSetDescr(t, "itemsize", o -> PyInt.of(self(o).format == 'I' ? 4 : 1), null));
        t.setAttribute("ndim", new PyGetSetDescr(t, "ndim", o -> PyInt.of(self(o) == null ? 0 : 1), null));
        t.setAttribute("format", new PyGetSetDescr(t, "format", o -> PyStr.of(String.valueOf(self(o).format)), null));
        t.setAttribute("readonly", new PyGetSetDescr(t, "readonly", o -> PyBool.of(self(o).readonly()), null));
        t.setAttribute("shape", new PyGetSetDescr(t, "shape", o -> PyTuple.of(PyInt.of(self(o).length)), null));
        t.setAttribute("strides", new PyGetSetDescr(t, "strides", o -> PyTuple.of(PyInt.of(self(o).step)), null));
        t.setAttribute("suboffsets", new PyGetSetDescr(t, "suboffsets", o -> PyTuple.of(), null));
        t.setAttribute("contiguous", new PyGetSetDescr(t, "contiguous", o -> PyBool.of(self(o).step == 1), null));
        t.setAttribute("c_contiguous", new PyGetSetDescr(t, "c_contiguous", o -> PyBool.of(self(o).step == 1),
                null));
        t.setAttribute("f_contiguous", new PyGetSetDescr(t, "f_contiguous", o -> PyBool.of(self(o).step == 1),
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
