package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Helpers shared by {@code bytes}, {@code bytearray} and {@code memoryview}: the buffer protocol
 * (a bytes-like object's content), Latin-1 conversions and the constructors' argument handling.
 *
 * <p>CPython: {@code Objects/abstract.c} ({@code PyObject_GetBuffer}), {@code Objects/bytesobject.c}
 * ({@code bytes_new_impl}, {@code _PyBytes_FromIterator}), {@code Objects/bytearrayobject.c}
 * ({@code bytearray___init___impl}).
 */
public final class BytesOps {
    private BytesOps() {
    }

    /** The text with one char (0..255) per byte of {@code b[0:len]}. */
    public static String latin1(byte[] b, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) (b[i] & 0xff);
        }
        return new String(c);
    }

    /** The bytes of a text whose chars are all below 256. */
    public static byte[] fromLatin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    /**
     * The content of a bytes-like object ({@code bytes}, {@code bytearray}, {@code memoryview}, a
     * {@link BufferExporter}) as an array of exactly its length (the bytes object's own array, else a
     * copy); null for others.
     */
    public static byte[] bufferOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray b) {
            return Arrays.copyOf(b.items, b.size);
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        if (o instanceof BufferExporter e) {
            return e.exportBytes();
        }
        return null;
    }

    /** The content of a bytes-like object, else TypeError "a bytes-like object is required, not 'str'". */
    public static byte[] buffer(PyObject o) {
        byte[] b = bufferOrNull(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", o.type().name());
        }
        return b;
    }

    /**
     * The content of a bytes-like object as {@code PyObject_GetBuffer(..., PyBUF_SIMPLE)} sees it:
     * as {@link #buffer}, but a strided memoryview is a {@code BufferError}.
     */
    public static byte[] contiguousBuffer(PyObject o) {
        if (o instanceof PyMemoryView m && !m.contiguous()) {
            throw PyErr.format(dev.adder.runtime.exceptions.PyExc.BufferError,
                    "memoryview: underlying buffer is not C-contiguous");
        }
        return buffer(o);
    }

    /**
     * The size in bytes of a writable bytes-like object (a {@code bytearray}, or a {@code memoryview}
     * that may write to one), else -1: what {@code PyObject_GetBuffer(..., PyBUF_WRITABLE)} accepts.
     */
    public static int writableLength(PyObject o) {
        if (o instanceof PyByteArray b) {
            return b.size;
        }
        if (o instanceof PyMemoryView m) {
            return m.writableLength();
        }
        return -1;
    }

    /**
     * Copies {@code src[0:len]} into the writable bytes-like object {@code o} (see
     * {@link #writableLength}) from byte {@code off}; the caller checked the bounds.
     */
    public static void writeInto(PyObject o, int off, byte[] src, int len) {
        if (o instanceof PyByteArray b) {
            System.arraycopy(src, 0, b.items, off, len);
        } else {
            ((PyMemoryView) o).write(off, src, len);
        }
    }

    /** True for bytes, bytearray, memoryview and the other {@link BufferExporter}s. */
    public static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView
                || o instanceof BufferExporter;
    }

    /** One byte value from an int-like object, with "byte must be in range(0, 256)". */
    static int byteValue(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw PyErr.valueError("byte must be in range(0, 256)");
        }
        return (int) i.value;
    }

    /**
     * The bytes for {@code bytes(x)} / {@code bytearray(x)} with one argument that is not a str:
     * a count, a buffer, {@code __bytes__} (bytes only), or an iterable of ints.
     */
    static byte[] fromObject(PyObject x, boolean forBytes) {
        String tname = forBytes ? "bytes" : "bytearray";
        byte[] b = bufferOrNull(x);
        if (b != null) {
            return x instanceof PyBytes ? b.clone() : b;
        }
        if (forBytes) {
            PyObject m = x.type().lookup("__bytes__");
            if (m != null) {
                PyObject r = Abstract.call(m, x);
                if (!(r instanceof PyBytes)) {
                    throw PyErr.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
                }
                return ((PyBytes) r).value.clone();
            }
        }
        if (x instanceof PyStr) {
            throw PyErr.typeError("string argument without an encoding");
        }
        if (Abstract.isIndex(x)) {
            long count = Abstract.asRepeatCount(x); // OverflowError past a machine word
            if (count < 0) {
                throw PyErr.valueError("negative count");
            }
            if (count > Integer.MAX_VALUE - 8) {
                throw PyErr.memoryError();
            }
            return new byte[(int) count];
        }
        if (x.type().tp_iter == null && x.type().lookup("__getitem__") == null) {
            throw PyErr.typeError("cannot convert '%s' object to %s", x.type().name(), tname);
        }
        PyObject it = Abstract.iter(x);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            PyInt i = Abstract.index(v);
            if (i.big != null || i.value < 0 || i.value > 255) {
                throw PyErr.valueError(forBytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            }
            out.write((int) i.value);
        }
        return out.toByteArray();
    }

    /** The content for {@code bytes(x, encoding, errors)} / {@code bytearray(...)} argument lists. */
    static byte[] construct(PyObject[] args, int nargs, dev.adder.runtime.objects.PyTuple kw, boolean forBytes) {
        String fname = forBytes ? "bytes" : "bytearray";
        PyObject[] a = dev.adder.runtime.internal.StrOps.parseArgs(fname, args, nargs, kw,
                new String[] {"source", "encoding", "errors"});
        PyObject src = a[0];
        if (a[1] != null && !(a[1] instanceof PyStr)) {
            throw PyErr.typeError("%s() argument 'encoding' must be str, not %s", fname, a[1].type().name());
        }
        if (a[2] != null && !(a[2] instanceof PyStr)) {
            throw PyErr.typeError("%s() argument 'errors' must be str, not %s", fname, a[2].type().name());
        }
        if (src == null) {
            if (a[1] != null || a[2] != null) {
                throw PyErr.typeError(a[1] != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof PyStr s) {
            if (a[1] == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, ((PyStr) a[1]).value(), a[2] == null ? "strict" : ((PyStr) a[2]).value());
        }
        if (a[1] != null) {
            throw PyErr.typeError("encoding without a string argument");
        }
        if (a[2] != null) {
            throw PyErr.typeError("errors without a string argument");
        }
        return fromObject(src, forBytes);
    }

    /** {@code bytes.hex([sep[, bytes_per_sep]])}. */
    public static String hex(byte[] b, int len, PyObject sepObj, PyObject perObj) {
        String sep = null;
        if (sepObj != null) {
            String s;
            if (sepObj instanceof PyStr ps) {
                s = ps.value();
            } else if (isBytesLike(sepObj)) {
                s = latin1(buffer(sepObj), buffer(sepObj).length);
            } else {
                if (sepObj.type().sq_length == null && sepObj.type().mp_length == null) {
                    throw PyErr.typeError("object of type '%s' has no len()", sepObj.type().name());
                }
                throw PyErr.typeError("sep must be str or bytes.");
            }
            if (s.length() != 1) {
                throw PyErr.valueError("sep must be length 1.");
            }
            if (s.charAt(0) > 127) {
                throw PyErr.valueError("sep must be ASCII.");
            }
            sep = s;
        }
        int per = perObj == null ? 1 : Abstract.index(perObj).intValueExact();
        StringBuilder sb = new StringBuilder(len * 3);
        if (sep == null || per == 0 || len == 0) {
            for (int i = 0; i < len; i++) {
                sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
            }
            return sb.toString();
        }
        int group = Math.abs(per);
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                boolean boundary = per > 0 ? (len - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        }
        return sb.toString();
    }

    /** {@code bytes.fromhex(s)}. */
    static byte[] fromhex(PyObject arg) {
        if (!(arg instanceof PyStr)) {
            throw PyErr.typeError("fromhex() argument must be str, not %s", arg.type().name());
        }
        String s = ((PyStr) arg).value();
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (c > 127 || hi < 0) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (i + 1 >= n) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            char d = s.charAt(i + 1);
            int lo = Character.digit(d, 16);
            if (d > 127 || lo < 0) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
