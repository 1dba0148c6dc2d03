package dev.adder.stdlib.zlib;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** {@code zlib.Compress} and {@code zlib.Decompress}: the objects of {@code compressobj()} and {@code decompressobj()}. */
final class Streams {
    private Streams() {
    }

    private static final byte[] NONE = new byte[0];

    /** Makes the two types ready (this class's initializer gives them their methods). */
    static void init() {
    }

    /** A running compression. */
    static final class Compress extends PyObject {
        static final PyType TYPE = PyType.builtin("zlib.Compress", Compress.class, 0);
        final Deflater d;
        boolean finished;

        Compress(Deflater d, PyObject zdict) {
            super(TYPE);
            this.d = d;
            if (zdict != null) {
                d.setDictionary(BytesOps.contiguousBuffer(zdict));
            }
        }

        byte[] compress(byte[] data) {
            if (finished) {
                throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.setInput(data);
            ZlibModule.drain(d, ZlibModule.Z_NO_FLUSH, out);
            return out.toByteArray();
        }

        byte[] flush(int mode) {
            if (mode == ZlibModule.Z_NO_FLUSH) {
                return NONE;
            }
            if (finished) {
                return NONE;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ZlibModule.drain(d, mode, out);
            if (mode == ZlibModule.Z_FINISH) {
                finished = true;
                d.end();
            }
            return out.toByteArray();
        }
    }

    /** A running decompression. */
    static final class Decompress extends PyObject {
        static final PyType TYPE = PyType.builtin("zlib.Decompress", Decompress.class, 0);
        final Inflater inf;
        final byte[] zdict;
        byte[] unusedData = NONE;
        byte[] unconsumedTail = NONE;
        boolean eof;

        Decompress(Inflater inf, PyObject zdict, boolean raw) {
            super(TYPE);
            this.inf = inf;
            this.zdict = zdict == null ? null : BytesOps.contiguousBuffer(zdict);
            if (this.zdict != null && raw) {
                inf.setDictionary(this.zdict); // a raw stream never asks for its dictionary
            }
        }

        /** Inflates {@code data}, producing at most {@code max} bytes when {@code max > 0}. */
        byte[] decompress(byte[] data, int max) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (eof) {
                unusedData = concat(unusedData, data);
                return NONE;
            }
            inf.setInput(data);
            byte[] buf = new byte[ZlibModule.DEF_BUF_SIZE];
            while (!inf.finished() && (max <= 0 || out.size() < max)) {
                int room = max <= 0 ? buf.length : Math.min(buf.length, max - out.size());
                int n;
                try {
                    n = inf.inflate(buf, 0, room);
                } catch (DataFormatException e) {
                    throw ZlibModule.error("Error -3 while decompressing data: %s", ZlibModule.message(e));
                }
                out.write(buf, 0, n);
                if (n == 0) {
                    if (inf.needsDictionary()) {
                        if (zdict == null) {
                            throw ZlibModule.error("Error 2 while decompressing data");
                        }
                        inf.setDictionary(zdict);
                        continue;
                    }
                    if (inf.needsInput()) {
                        break;
                    }
                }
            }
            int rest = inf.getRemaining();
            byte[] left = rest == 0 ? NONE : Arrays.copyOfRange(data, data.length - rest, data.length);
            if (inf.finished()) {
                eof = true;
                unusedData = concat(unusedData, left);
                unconsumedTail = NONE;
            } else {
                unconsumedTail = left;
            }
            return out.toByteArray();
        }

        private static byte[] concat(byte[] a, byte[] b) {
            if (a.length == 0) {
                return b;
            }
            byte[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return r;
        }
    }

    private static final String[] FLUSH_KW = {"mode"};
    private static final String[] DECOMPRESS_KW = {"data", "max_length"};
    private static final String[] DFLUSH_KW = {"length"};

    static {
        PyType c = Compress.TYPE;
        c.ready();
        PyMethodDescr.oneArg(c, "compress", (o, data) -> PyBytes.of(((Compress) o).compress(BytesOps.contiguousBuffer(data))));
        PyMethodDescr.full(c, "flush", (o, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("flush", a, n, kw, FLUSH_KW, 1, 0, 1, 0);
            int mode = v[0] == null ? ZlibModule.Z_FINISH : ZlibModule.intArg(v[0]);
            return PyBytes.of(((Compress) o).flush(mode));
        });
        PyMethodDescr.noArgs(c, "copy", o -> {
            throw PyErr.format(PyExc.NotImplementedError, "zlib: copying a compression object is not supported");
        });
        PyType d = Decompress.TYPE;
        d.ready();
        PyMethodDescr.full(d, "decompress", (o, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("decompress", a, n, kw, DECOMPRESS_KW, 1, 1, 2, 0);
            int max = v[1] == null ? 0 : ZlibModule.intArg(v[1]);
            if (max < 0) {
                throw PyErr.valueError("max_length must be non-negative");
            }
            return PyBytes.of(((Decompress) o).decompress(BytesOps.contiguousBuffer(v[0]), max));
        });
        PyMethodDescr.full(d, "flush", (o, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("flush", a, n, kw, DFLUSH_KW, 1, 0, 1, 0);
            int length = v[0] == null ? ZlibModule.DEF_BUF_SIZE : ZlibModule.intArg(v[0]);
            if (length <= 0) {
                throw PyErr.valueError("length must be greater than zero");
            }
            Decompress z = (Decompress) o;
            byte[] tail = z.unconsumedTail;
            z.unconsumedTail = NONE;
            return PyBytes.of(z.decompress(tail, 0));
        });
        PyMethodDescr.noArgs(d, "copy", o -> {
            throw PyErr.format(PyExc.NotImplementedError, "zlib: copying a decompression object is not supported");
        });
        d.setAttribute("unused_data", new PyGetSetDescr(d, "unused_data", o -> PyBytes.of(((Decompress) o).unusedData), null));
        d.setAttribute("unconsumed_tail", new PyGetSetDescr(d, "unconsumed_tail",
                o -> PyBytes.of(((Decompress) o).unconsumedTail), null));
        d.setAttribute("eof", new PyGetSetDescr(d, "eof", o -> PyBool.of(((Decompress) o).eof), null));
    }
}
