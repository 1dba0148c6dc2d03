package dev.adder.bytecode.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable byte buffer with the primitive encodings of Adder's code cache format: unsigned
 * LEB128 varints, zigzag signed varints, little-endian fixed-width integers, and strings in a
 * generalized UTF-8 that also encodes lone surrogates (as CPython's "surrogatepass"), written once
 * and referred to by index afterwards.
 */
public final class ByteSink {
    private byte[] buf = new byte[256];
    private int len;
    private final Map<String, Integer> strings = new HashMap<>();

    /** Appends one byte. */
    public void u8(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    /** Appends raw bytes. */
    public void raw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    /** Appends a 16-bit little-endian value. */
    public void u16(int v) {
        u8(v);
        u8(v >>> 8);
    }

    /** Appends a 32-bit little-endian value. */
    public void u32(int v) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    /** Appends a 64-bit little-endian value. */
    public void u64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    /** Appends an unsigned varint (the bits of {@code v} read as unsigned). */
    public void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    /** Appends a signed varint (zigzag). */
    public void svarint(long v) {
        varint((v << 1) ^ (v >> 63));
    }

    /** Appends a length-prefixed byte array. */
    public void bytes(byte[] b) {
        varint(b.length);
        raw(b);
    }

    /**
     * Appends a string: {@code 0, length, bytes} the first time, {@code index + 1} afterwards.
     */
    public void str(String s) {
        Integer index = strings.get(s);
        if (index != null) {
            varint(index + 1L);
            return;
        }
        strings.put(s, strings.size());
        varint(0);
        bytes(encodeString(s));
    }

    /** The bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** The number of bytes written so far. */
    public int length() {
        return len;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /** Generalized UTF-8: every code point, lone surrogates included, in 1 to 4 bytes. */
    static byte[] encodeString(String s) {
        byte[] out = new byte[s.length() * 3];
        int k = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out[k++] = (byte) cp;
            } else if (cp < 0x800) {
                out[k++] = (byte) (0xC0 | (cp >> 6));
                out[k++] = (byte) (0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out[k++] = (byte) (0xE0 | (cp >> 12));
                out[k++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[k++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                out[k++] = (byte) (0xF0 | (cp >> 18));
                out[k++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[k++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[k++] = (byte) (0x80 | (cp & 0x3F));
            }
        }
        return Arrays.copyOf(out, k);
    }
}
