package dev.adder.bytecode.internal;

import dev.adder.bytecode.BytecodeException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link ByteSink} writes, checking every length against the bytes that remain; any
 * inconsistency is a {@link BytecodeException} ValueError "bad marshal data (...)", as CPython's
 * {@code marshal} reports damaged input.
 */
public final class ByteSource {
    private final byte[] buf;
    private int pos;
    private final int end;
    private final List<String> strings = new ArrayList<>();

    /** Reads {@code buf[from..to)}. */
    public ByteSource(byte[] buf, int from, int to) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
    }

    /** The error for damaged input. */
    public static BytecodeException bad(String why) {
        return BytecodeException.valueError("bad marshal data (" + why + ")");
    }

    /** Bytes left. */
    public int remaining() {
        return end - pos;
    }

    /** One unsigned byte. */
    public int u8() {
        if (pos >= end) {
            throw bad("truncated");
        }
        return buf[pos++] & 0xFF;
    }

    /** A 64-bit little-endian value. */
    public long u64() {
        if (end - pos < 8) {
            throw bad("truncated");
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (buf[pos++] & 0xFFL) << (8 * i);
        }
        return v;
    }

    /** An unsigned varint. */
    public long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw bad("varint too long");
    }

    /** An unsigned varint that must fit in 0..{@code max}. */
    public int count(int max) {
        long v = varint();
        if (v < 0 || v > max) {
            throw bad("count out of range");
        }
        return (int) v;
    }

    /** A signed (zigzag) varint. */
    public long svarint() {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    /** A signed varint that must fit in an int. */
    public int sint() {
        long v = svarint();
        if (v != (int) v) {
            throw bad("value out of range");
        }
        return (int) v;
    }

    /** An unsigned varint that must fit in an int (as its 32 bits). */
    public int uint32() {
        long v = varint();
        if ((v & ~0xFFFFFFFFL) != 0) {
            throw bad("value out of range");
        }
        return (int) v;
    }

    /** {@code n} raw bytes. */
    public byte[] raw(int n) {
        if (n < 0 || n > end - pos) {
            throw bad("truncated");
        }
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        return b;
    }

    /** A length-prefixed byte array. */
    public byte[] bytes() {
        return raw(count(remaining()));
    }

    /** A string (new, or a reference to one read before). */
    public String str() {
        long k = varint();
        if (k == 0) {
            String s = decodeString(bytes());
            strings.add(s);
            return s;
        }
        if (k < 0 || k > strings.size()) {
            throw bad("bad string reference");
        }
        return strings.get((int) (k - 1));
    }

    static String decodeString(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int cp;
            int need;
            int min;
            if (c < 0x80) {
                cp = c;
                need = 0;
                min = 0;
            } else if ((c & 0xE0) == 0xC0) {
                cp = c & 0x1F;
                need = 1;
                min = 0x80;
            } else if ((c & 0xF0) == 0xE0) {
                cp = c & 0x0F;
                need = 2;
                min = 0x800;
            } else if ((c & 0xF8) == 0xF0) {
                cp = c & 0x07;
                need = 3;
                min = 0x10000;
            } else {
                throw bad("bad string encoding");
            }
            for (int j = 1; j <= need; j++) {
                if (i + j >= b.length) {
                    throw bad("bad string encoding");
                }
                int cc = b[i + j] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    throw bad("bad string encoding");
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF) {
                throw bad("bad string encoding");
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }
}
