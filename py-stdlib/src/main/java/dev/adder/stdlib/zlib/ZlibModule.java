package dev.adder.stdlib.zlib;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The {@code zlib} module over the JDK's zlib ({@link Deflater}, {@link Inflater}, {@link CRC32},
 * {@link Adler32}): {@code compress}, {@code decompress}, {@code crc32}, {@code adler32},
 * {@code compressobj}, {@code decompressobj} and the constants, so that {@code gzip},
 * {@code zipfile} and {@code tarfile} work.
 *
 * <p>Window sizes: zlib streams ({@code wbits} 9..15) and raw deflate (-9..-15) everywhere;
 * gzip framing (25..31) and header detection (40..47) in the one-shot functions. The JDK's
 * deflater has a fixed 32 KB window and memory level 8 and no {@code Z_RLE}/{@code Z_FIXED}
 * strategies: compressing with other values raises {@code NotImplementedError} rather than
 * producing different bytes than CPython.
 *
 * <p>CPython: {@code Modules/zlibmodule.c}.
 */
public final class ZlibModule implements BuiltinModule {
    static final int MAX_WBITS = 15;
    static final int Z_NO_FLUSH = 0;
    static final int Z_PARTIAL_FLUSH = 1;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;
    static final int Z_BLOCK = 5;
    static final int Z_TREES = 6;
    static final int DEF_BUF_SIZE = 16384;

    static final PyType ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("zlib"));
        ERROR = PyType.newHeapType(PyType.TYPE, "error", new PyType[] {PyExc.Exception}, ns);
    }

    @Override
    public String name() {
        return "zlib";
    }

    /** An {@code int} argument (CPython's {@code int} converter). */
    static int intArg(PyObject o) {
        return Abstract.index(o).intValueExact();
    }

    static PyException error(String fmt, Object... args) {
        return PyErr.format(ERROR, fmt, args);
    }

    /** A Deflater for {@code level}, {@code wbits} (zlib or raw), {@code memLevel}, {@code strategy}. */
    static Deflater deflater(int level, int wbits, int memLevel, int strategy) {
        if (level < -1 || level > 9) {
            throw error("Bad compression level");
        }
        int w = Math.abs(wbits);
        if (wbits > 0 && wbits >= 16 + 9 && wbits <= 16 + MAX_WBITS) {
            w = wbits - 16;
        }
        if (w < 9 || w > MAX_WBITS || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
            throw PyErr.valueError("Invalid initialization option");
        }
        if (w != MAX_WBITS || memLevel != 8 || strategy > 2) {
            throw PyErr.format(PyExc.NotImplementedError,
                    "zlib: only a 32 KB window (wbits=+-15), memLevel 8 and the default, filtered and "
                            + "Huffman-only strategies are supported");
        }
        Deflater d = new Deflater(level, wbits < 0 || wbits > MAX_WBITS);
        d.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY
                : Deflater.DEFAULT_STRATEGY);
        return d;
    }

    /**
     * What {@code d} produces: for {@code Z_NO_FLUSH} all it can from its input, for
     * {@code Z_SYNC_FLUSH}/{@code Z_FULL_FLUSH} up to the flush point, for {@code Z_FINISH} the
     * rest of the stream.
     */
    static void drain(Deflater d, int flush, ByteArrayOutputStream out) {
        byte[] buf = new byte[DEF_BUF_SIZE];
        if (flush == Z_FINISH) {
            d.finish();
            while (!d.finished()) {
                int n = d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
        } else if (flush == Z_NO_FLUSH) {
            while (!d.needsInput()) {
                int n = d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
        } else if (flush == Z_SYNC_FLUSH || flush == Z_FULL_FLUSH) {
            int mode = flush == Z_SYNC_FLUSH ? Deflater.SYNC_FLUSH : Deflater.FULL_FLUSH;
            for (;;) {
                int n = d.deflate(buf, 0, buf.length, mode);
                out.write(buf, 0, n);
                if (n < buf.length) {
                    return;
                }
            }
        } else {
            throw PyErr.format(PyExc.NotImplementedError,
                    "zlib: flush mode %d is not supported (Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH are)",
                    flush);
        }
    }

    /** {@code zlib.compress(data, /, level=-1, wbits=15)}. */
    static byte[] compress(byte[] data, int level, int wbits) {
        boolean gzip = wbits >= 16 + 9 && wbits <= 16 + MAX_WBITS;
        Deflater d = deflater(level, wbits, 8, 0);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (gzip) {
                out.write(gzipHeader(level), 0, 10);
            }
            d.setInput(data);
            d.finish();
            drain(d, Z_FINISH, out);
            if (gzip) {
                CRC32 crc = new CRC32();
                crc.update(data);
                writeLe32(out, (int) crc.getValue());
                writeLe32(out, data.length);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** zlib's gzip header for a deflate stream: no name, no time, the level's hint, Unix. */
    static byte[] gzipHeader(int level) {
        int xfl = level == 9 ? 2 : level == 1 ? 4 : 0;
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
    }

    static void writeLe32(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    /** {@code zlib.decompress(data, /, wbits=15, bufsize=16384)}. */
    static byte[] decompress(byte[] data, int wbits, int bufsize) {
        if (bufsize < 0) {
            throw PyErr.valueError("bufsize must be non-negative");
        }
        int start = 0;
        boolean gzip = false;
        boolean raw = wbits < 0;
        int w = Math.abs(wbits);
        if (wbits >= 16 + 8 && wbits <= 16 + MAX_WBITS) {
            gzip = true;
        } else if (wbits >= 32 + 8 && wbits <= 32 + MAX_WBITS) {
            gzip = data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
        } else if (wbits == 0 || (w >= 8 && w <= MAX_WBITS)) {
            // zlib (0: the window size from the header) or raw
        } else {
            throw error("Error -2 while preparing to decompress data: inconsistent stream state");
        }
        if (gzip) {
            start = gzipHeaderLength(data);
            raw = true;
        }
        Inflater inf = new Inflater(raw);
        try {
            inf.setInput(data, start, data.length - start);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[Math.min(Math.max(bufsize, 1), 1 << 20)];
            while (!inf.finished()) {
                int n;
                try {
                    n = inf.inflate(buf);
                } catch (DataFormatException e) {
                    throw error("Error -3 while decompressing data: %s", message(e));
                }
                out.write(buf, 0, n);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    if (inf.needsDictionary()) {
                        throw error("Error 2 while decompressing data");
                    }
                    throw error("Error -5 while decompressing data: incomplete or truncated stream");
                }
            }
            byte[] r = out.toByteArray();
            if (gzip) {
                int end = data.length - inf.getRemaining();
                if (data.length - end < 8) {
                    throw error("Error -5 while decompressing data: incomplete or truncated stream");
                }
                CRC32 crc = new CRC32();
                crc.update(r);
                if (le32(data, end) != (int) crc.getValue()) {
                    throw error("Error -3 while decompressing data: incorrect data check");
                }
                if (le32(data, end + 4) != r.length) {
                    throw error("Error -3 while decompressing data: incorrect length check");
                }
            }
            return r;
        } finally {
            inf.end();
        }
    }

    static int le32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    /** The length of a gzip member's header (RFC 1952), or zlib's errors for a bad one. */
    static int gzipHeaderLength(byte[] d) {
        if (d.length < 10) {
            throw error("Error -5 while decompressing data: incomplete or truncated stream");
        }
        if ((d[0] & 0xff) != 0x1f || (d[1] & 0xff) != 0x8b) {
            throw error("Error -3 while decompressing data: incorrect header check");
        }
        if (d[2] != 8) {
            throw error("Error -3 while decompressing data: unknown compression method");
        }
        int flags = d[3] & 0xff;
        if ((flags & 0xe0) != 0) {
            throw error("Error -3 while decompressing data: unknown header flags set");
        }
        int i = 10;
        if ((flags & 4) != 0) { // FEXTRA
            if (i + 2 > d.length) {
                throw error("Error -5 while decompressing data: incomplete or truncated stream");
            }
            i += 2 + ((d[i] & 0xff) | (d[i + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) != 0) {
                while (i < d.length && d[i] != 0) {
                    i++;
                }
                i++;
            }
        }
        if ((flags & 2) != 0) { // FHCRC
            i += 2;
        }
        if (i > d.length) {
            throw error("Error -5 while decompressing data: incomplete or truncated stream");
        }
        return i;
    }

    static String message(DataFormatException e) {
        String m = e.getMessage();
        return m == null ? "invalid data" : m;
    }

    private static final String[] COMPRESS_KW = {"data", "level", "wbits"};
    private static final String[] DECOMPRESS_KW = {"data", "wbits", "bufsize"};
    private static final String[] CRC_KW = {"data", "value"};
    private static final String[] COMPRESSOBJ_KW = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
    private static final String[] DECOMPRESSOBJ_KW = {"wbits", "zdict"};

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        Streams.init();
        Object[][] consts = {{"MAX_WBITS", MAX_WBITS}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8},
            {"DEF_BUF_SIZE", DEF_BUF_SIZE}, {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1},
            {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1}, {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2},
            {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0}, {"Z_NO_FLUSH", Z_NO_FLUSH},
            {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH},
            {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK}, {"Z_TREES", Z_TREES}};
        for (Object[] c : consts) {
            m.dict.setItem(PyStr.of((String) c[0]), PyInt.of((Integer) c[1]));
        }
        m.dict.setItem(PyStr.of("ZLIB_VERSION"), PyStr.of("1.2.13"));
        m.dict.setItem(PyStr.of("ZLIB_RUNTIME_VERSION"), PyStr.of("1.2.13"));
        m.dict.setItem(PyStr.of("error"), ERROR);
        def(m, "compress", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("compress", a, n, kw, COMPRESS_KW, 1, 1, 3, 0);
            int level = v[1] == null ? -1 : intArg(v[1]);
            int wbits = v[2] == null ? MAX_WBITS : intArg(v[2]);
            return PyBytes.of(compress(BytesOps.contiguousBuffer(v[0]), level, wbits));
        });
        def(m, "decompress", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("decompress", a, n, kw, DECOMPRESS_KW, 1, 1, 3, 0);
            int wbits = v[1] == null ? MAX_WBITS : intArg(v[1]);
            int bufsize = v[2] == null ? DEF_BUF_SIZE : intArg(v[2]);
            return PyBytes.of(decompress(BytesOps.contiguousBuffer(v[0]), wbits, bufsize));
        });
        def(m, "crc32", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("crc32", a, n, kw, CRC_KW, 2, 1, 2, 0);
            long start = v[1] == null ? 0 : unsignedValue(v[1]);
            return PyInt.of(Checksums.crc32(BytesOps.contiguousBuffer(v[0]), start));
        });
        def(m, "adler32", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("adler32", a, n, kw, CRC_KW, 2, 1, 2, 0);
            long start = v[1] == null ? 1 : unsignedValue(v[1]);
            return PyInt.of(Checksums.adler32(BytesOps.contiguousBuffer(v[0]), start));
        });
        def(m, "compressobj", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("compressobj", a, n, kw, COMPRESSOBJ_KW, 0, 0, 6, 0);
            int level = v[0] == null ? -1 : intArg(v[0]);
            int method = v[1] == null ? 8 : intArg(v[1]);
            int wbits = v[2] == null ? MAX_WBITS : intArg(v[2]);
            int memLevel = v[3] == null ? 8 : intArg(v[3]);
            int strategy = v[4] == null ? 0 : intArg(v[4]);
            if (method != 8) {
                throw PyErr.valueError("Invalid initialization option");
            }
            if (wbits > MAX_WBITS) {
                throw PyErr.format(PyExc.NotImplementedError,
                        "zlib: compressobj with gzip framing (wbits 25..31) is not supported");
            }
            return new Streams.Compress(deflater(level, wbits, memLevel, strategy), v[5]);
        });
        def(m, "decompressobj", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("decompressobj", a, n, kw, DECOMPRESSOBJ_KW, 0, 0, 2, 0);
            int wbits = v[0] == null ? MAX_WBITS : intArg(v[0]);
            int w = Math.abs(wbits);
            if (wbits != 0 && (w < 8 || w > MAX_WBITS)) {
                if (wbits > MAX_WBITS && wbits <= 32 + MAX_WBITS) {
                    throw PyErr.format(PyExc.NotImplementedError,
                            "zlib: decompressobj with gzip framing (wbits 24..47) is not supported");
                }
                throw PyErr.valueError("Invalid initialization option");
            }
            return new Streams.Decompress(new Inflater(wbits < 0), v[1], wbits < 0);
        });
    }

    /** A checksum's start value: an int taken modulo 2**32, as CPython's {@code unsigned int} converter. */
    static long unsignedValue(PyObject o) {
        PyInt i = Abstract.index(o);
        return i.bigValue().longValue() & 0xffffffffL;
    }

    static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

}
