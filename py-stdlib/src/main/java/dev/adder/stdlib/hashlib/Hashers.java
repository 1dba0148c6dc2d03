package dev.adder.stdlib.hashlib;

import dev.adder.runtime.PyErr;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash functions behind {@code _md5}, {@code _sha1}, {@code _sha256}, {@code _sha3} and
 * {@code _blake2}: the JDK's digests for MD5, SHA-1 and SHA-2, and Keccak (SHA-3, SHAKE) and
 * BLAKE2 written here.
 *
 * <p>CPython: {@code Modules/_sha3/sha3.c} (the tiny Keccak of the reference code),
 * {@code Modules/_blake2/impl} (RFC 7693).
 */
final class Hashers {
    private Hashers() {
    }

    /** A running hash: {@code update}, a non-destructive {@code digest} and {@code copy}. */
    abstract static class Hasher {
        abstract void update(byte[] b, int off, int len);

        /** The digest of what was fed so far ({@code length} bytes for the extendable-output ones). */
        abstract byte[] digest(int length);

        abstract Hasher copy();
    }

    /** A JDK {@link MessageDigest}. */
    static final class Jdk extends Hasher {
        private final MessageDigest md;

        private static final java.util.concurrent.ConcurrentHashMap<String, MessageDigest> PROTOTYPES =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** A fresh digest (a clone of a cached prototype: cheaper than a provider look-up). */
        Jdk(String algorithm) {
            MessageDigest proto = PROTOTYPES.get(algorithm);
            try {
                if (proto == null) {
                    proto = MessageDigest.getInstance(algorithm);
                    PROTOTYPES.put(algorithm, proto);
                }
                md = (MessageDigest) proto.clone();
            } catch (NoSuchAlgorithmException e) {
                throw PyErr.systemError("%s is not available", algorithm);
            } catch (CloneNotSupportedException e) {
                throw PyErr.systemError("cannot copy the digest");
            }
        }

        private Jdk(MessageDigest md) {
            this.md = md;
        }

        @Override
        void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        byte[] digest(int length) {
            return ((Jdk) copy()).md.digest();
        }

        @Override
        Hasher copy() {
            try {
                return new Jdk((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw PyErr.systemError("cannot copy the digest");
            }
        }
    }

    // ------------------------------------------------------------------ Keccak

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    private static final int[] ROTC = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39,
        61, 20, 44};
    private static final int[] PILN = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9,
        6, 1};

    static void keccakF(long[] st) {
        long[] bc = new long[5];
        for (int round = 0; round < 24; round++) {
            for (int i = 0; i < 5; i++) {
                bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
            }
            for (int i = 0; i < 5; i++) {
                long t = bc[(i + 4) % 5] ^ Long.rotateLeft(bc[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) {
                    st[j + i] ^= t;
                }
            }
            long t = st[1];
            for (int i = 0; i < 24; i++) {
                int j = PILN[i];
                long b0 = st[j];
                st[j] = Long.rotateLeft(t, ROTC[i]);
                t = b0;
            }
            for (int j = 0; j < 25; j += 5) {
                for (int i = 0; i < 5; i++) {
                    bc[i] = st[j + i];
                }
                for (int i = 0; i < 5; i++) {
                    st[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
                }
            }
            st[0] ^= RC[round];
        }
    }

    /** A Keccak sponge: SHA-3 (suffix 0x06) and SHAKE (suffix 0x1f). */
    static final class Keccak extends Hasher {
        final int rate;
        final byte suffix;
        final long[] st = new long[25];
        int pos;

        Keccak(int rate, int suffix) {
            this.rate = rate;
            this.suffix = (byte) suffix;
        }

        private void xorByte(int i, int b) {
            st[i >> 3] ^= (long) (b & 0xff) << (8 * (i & 7));
        }

        @Override
        void update(byte[] b, int off, int len) {
            int k = 0;
            while (k < len) {
                if ((pos & 7) == 0 && len - k >= 8) {
                    long lane = 0;
                    for (int i = 7; i >= 0; i--) {
                        lane = (lane << 8) | (b[off + k + i] & 0xff);
                    }
                    st[pos >> 3] ^= lane;
                    pos += 8;
                    k += 8;
                } else {
                    xorByte(pos++, b[off + k++]);
                }
                if (pos == rate) {
                    keccakF(st);
                    pos = 0;
                }
            }
        }

        @Override
        byte[] digest(int length) {
            Keccak c = (Keccak) copy();
            c.xorByte(c.pos, c.suffix);
            c.xorByte(rate - 1, 0x80);
            keccakF(c.st);
            byte[] out = new byte[length];
            int j = 0;
            for (int i = 0; i < length; i++) {
                if (j == rate) {
                    keccakF(c.st);
                    j = 0;
                }
                out[i] = (byte) (c.st[j >> 3] >>> (8 * (j & 7)));
                j++;
            }
            return out;
        }

        @Override
        Hasher copy() {
            Keccak k = new Keccak(rate, suffix);
            System.arraycopy(st, 0, k.st, 0, 25);
            k.pos = pos;
            return k;
        }
    }

    // ------------------------------------------------------------------ BLAKE2

    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};
    private static final long[] IV64 = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL,
        0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final int[] IV32 = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C,
        0x1F83D9AB, 0x5BE0CD19};

    /** BLAKE2b ({@code wide}: 64-bit words, 128-byte blocks) or BLAKE2s (32-bit words, 64-byte blocks). */
    static final class Blake2 extends Hasher {
        final boolean wide;
        final int outlen;
        final boolean lastNode;
        final long[] h = new long[8];
        final byte[] buf;
        int buflen;
        long t0;
        long t1;

        private Blake2(boolean wide, int outlen, boolean lastNode) {
            this.wide = wide;
            this.outlen = outlen;
            this.lastNode = lastNode;
            this.buf = new byte[wide ? 128 : 64];
        }

        /** The parameter block of RFC 7693 section 2.5 (and the tree fields of the BLAKE2 paper). */
        static Blake2 create(boolean wide, int outlen, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
                long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
            Blake2 b = new Blake2(wide, outlen, lastNode);
            byte[] p = new byte[wide ? 64 : 32];
            p[0] = (byte) outlen;
            p[1] = (byte) key.length;
            p[2] = (byte) fanout;
            p[3] = (byte) depth;
            for (int i = 0; i < 4; i++) {
                p[4 + i] = (byte) (leafSize >>> (8 * i));
            }
            if (wide) {
                for (int i = 0; i < 8; i++) {
                    p[8 + i] = (byte) (nodeOffset >>> (8 * i));
                }
                p[16] = (byte) nodeDepth;
                p[17] = (byte) innerSize;
                System.arraycopy(salt, 0, p, 32, salt.length);
                System.arraycopy(person, 0, p, 48, person.length);
                for (int i = 0; i < 8; i++) {
                    b.h[i] = IV64[i] ^ le64(p, 8 * i);
                }
            } else {
                for (int i = 0; i < 6; i++) {
                    p[8 + i] = (byte) (nodeOffset >>> (8 * i));
                }
                p[14] = (byte) nodeDepth;
                p[15] = (byte) innerSize;
                System.arraycopy(salt, 0, p, 16, salt.length);
                System.arraycopy(person, 0, p, 24, person.length);
                for (int i = 0; i < 8; i++) {
                    b.h[i] = (IV32[i] ^ le32(p, 4 * i)) & 0xffffffffL;
                }
            }
            if (key.length > 0) {
                byte[] block = new byte[b.buf.length];
                System.arraycopy(key, 0, block, 0, key.length);
                b.update(block, 0, block.length);
            }
            return b;
        }

        private static long le64(byte[] p, int o) {
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = (v << 8) | (p[o + i] & 0xff);
            }
            return v;
        }

        private static int le32(byte[] p, int o) {
            return (p[o] & 0xff) | (p[o + 1] & 0xff) << 8 | (p[o + 2] & 0xff) << 16 | (p[o + 3] & 0xff) << 24;
        }

        private void increment(int n) {
            if (wide) {
                t0 += n;
                if (Long.compareUnsigned(t0, n) < 0) {
                    t1++;
                }
            } else {
                t0 = (t0 + n) & 0xffffffffL;
                if (t0 < n) {
                    t1 = (t1 + 1) & 0xffffffffL;
                }
            }
        }

        private void compress(byte[] block, boolean last) {
            if (wide) {
                long[] m = new long[16];
                long[] v = new long[16];
                for (int i = 0; i < 16; i++) {
                    m[i] = le64(block, 8 * i);
                }
                System.arraycopy(h, 0, v, 0, 8);
                System.arraycopy(IV64, 0, v, 8, 8);
                v[12] ^= t0;
                v[13] ^= t1;
                if (last) {
                    v[14] = ~v[14];
                    if (lastNode) {
                        v[15] = ~v[15];
                    }
                }
                for (int r = 0; r < 12; r++) {
                    byte[] s = SIGMA[r % 10];
                    g64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for (int i = 0; i < 8; i++) {
                    h[i] ^= v[i] ^ v[i + 8];
                }
            } else {
                int[] m = new int[16];
                int[] v = new int[16];
                for (int i = 0; i < 16; i++) {
                    m[i] = le32(block, 4 * i);
                }
                for (int i = 0; i < 8; i++) {
                    v[i] = (int) h[i];
                    v[i + 8] = IV32[i];
                }
                v[12] ^= (int) t0;
                v[13] ^= (int) t1;
                if (last) {
                    v[14] = ~v[14];
                    if (lastNode) {
                        v[15] = ~v[15];
                    }
                }
                for (int r = 0; r < 10; r++) {
                    byte[] s = SIGMA[r];
                    g32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for (int i = 0; i < 8; i++) {
                    h[i] = (h[i] ^ (v[i] ^ v[i + 8]) & 0xffffffffL) & 0xffffffffL;
                }
            }
        }

        private static void g64(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        private static void g32(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }

        @Override
        void update(byte[] in, int off, int len) {
            int bs = buf.length;
            while (len > 0) {
                if (buflen == bs) {
                    // a full buffered block is compressed only once more input follows it
                    increment(bs);
                    compress(buf, false);
                    buflen = 0;
                }
                int n = Math.min(len, bs - buflen);
                System.arraycopy(in, off, buf, buflen, n);
                buflen += n;
                off += n;
                len -= n;
            }
        }

        @Override
        byte[] digest(int length) {
            Blake2 c = (Blake2) copy();
            c.increment(c.buflen);
            java.util.Arrays.fill(c.buf, c.buflen, c.buf.length, (byte) 0);
            c.compress(c.buf, true);
            byte[] out = new byte[outlen];
            int w = wide ? 8 : 4;
            for (int i = 0; i < outlen; i++) {
                out[i] = (byte) (c.h[i / w] >>> (8 * (i % w)));
            }
            return out;
        }

        @Override
        Hasher copy() {
            Blake2 b = new Blake2(wide, outlen, lastNode);
            System.arraycopy(h, 0, b.h, 0, 8);
            System.arraycopy(buf, 0, b.buf, 0, buf.length);
            b.buflen = buflen;
            b.t0 = t0;
            b.t1 = t1;
            return b;
        }
    }
}
