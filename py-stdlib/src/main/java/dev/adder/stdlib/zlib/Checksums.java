package dev.adder.stdlib.zlib;

import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * CRC-32 and Adler-32 continued from a given value, as zlib's {@code crc32(crc, buf, len)} and
 * {@code adler32(adler, buf, len)}: the JDK's classes start from the initial value only, so a
 * running value other than it is continued here.
 */
final class Checksums {
    private Checksums() {
    }

    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    /** The CRC-32 of {@code data} continued from {@code start} (an unsigned 32-bit value). */
    static long crc32(byte[] data, long start) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(data);
            return c.getValue();
        }
        int c = ~(int) start;
        for (byte b : data) {
            c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    /** The Adler-32 of {@code data} continued from {@code start}. */
    static long adler32(byte[] data, long start) {
        if (start == 1) {
            Adler32 a = new Adler32();
            a.update(data);
            return a.getValue();
        }
        long s1 = start & 0xffff;
        long s2 = (start >>> 16) & 0xffff;
        for (byte b : data) {
            s1 = (s1 + (b & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }
}
