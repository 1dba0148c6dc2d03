package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.Arrays;

/**
 * Python's {@code bytearray}: a mutable sequence of bytes ({@code byte[]} with a size).
 *
 * <p>CPython: {@code Objects/bytearrayobject.c}. The methods shared with {@code bytes} are in
 * {@link BytesMethods}.
 */
public class PyByteArray extends PyObject {
    /** {@code bytearray}. */
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, PyType.BASETYPE);

    byte[] items;
    int size;
    /** Exports by memoryviews that are not released (resizing is then a BufferError). */
    int exports;

    /** An empty bytearray of type {@code type}. */
    protected PyByteArray(PyType type) {
        super(type);
        this.items = new byte[0];
    }

    /** A bytearray holding a copy of {@code b[0:len]}. */
    public PyByteArray(byte[] b, int len) {
        super(TYPE);
        this.items = Arrays.copyOf(b, Math.max(len, 8));
        this.size = len;
    }

    /** A bytearray holding a copy of {@code b}. */
    public static PyByteArray of(byte[] b) {
        return new PyByteArray(b, b.length);
    }

    /** The number of bytes. */
    public final int size() {
        return size;
    }

    /** Byte {@code i} as 0..255. */
    public final int byteAt(int i) {
        return items[i] & 0xff;
    }

    /** A copy of the bytes. */
    public final byte[] toByteArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the content (checks for exports). */
    final void setContent(byte[] b, int len) {
        if (len != size) {
            checkResize();
        }
        items = b.length >= len ? b : Arrays.copyOf(b, len);
        size = len;
    }

    final void checkResize() {
        if (exports > 0) {
            throw PyErr.format(dev.adder.runtime.exceptions.PyExc.BufferError,
                    "Existing exports of data: object cannot be re-sized");
        }
    }

    final void ensure(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(n, items.length * 2 + 8));
        }
    }

    /** Appends one byte. */
    public final void append(int b) {
        checkResize();
        ensure(size + 1);
        items[size++] = (byte) b;
    }

    /** Appends bytes. */
    public final void extend(byte[] b, int len) {
        if (len == 0) {
            return;
        }
        checkResize();
        ensure(size + len);
        System.arraycopy(b, 0, items, size, len);
        size += len;
    }

    /** A subclass of bytearray defined in Python. */
    static final class Sub extends PyByteArray implements dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

        private final PyDict dict;

        Sub(PyType type) {
            super(type);
            dict = type.instancesHaveDict() ? new PyDict() : null;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }

    static {
        BytesMethods.init(TYPE, true);
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> BytesMethods.byteArrayReduce(o, 2));
        PyMethodDescr.full(TYPE, "__reduce_ex__", (o, a, n, kw) -> {
            PyMethodDescr.noKeywords("__reduce_ex__", kw);
            PyMethodDescr.checkArity("__reduce_ex__", n, 0, 1);
            return BytesMethods.byteArrayReduce(o, n == 0 ? 0 : dev.adder.runtime.Abstract.asSsizeArg(
                    dev.adder.runtime.Abstract.index(a[0])));
        });
        TYPE.ready();
    }
}
