package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyByteArray;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * {@code _io.BufferedReader}, {@code _io.BufferedWriter} and {@code _io.BufferedRandom}: a buffer
 * over a raw stream. A raw {@code FileIO} is called directly; any other raw object through its
 * methods ({@code readinto}, {@code write}, {@code seek}, {@code tell}, ...). The read buffer and
 * the write buffer are never both non-empty: a write first moves the raw position back over the
 * data read ahead, a read first writes out what is pending.
 *
 * <p>CPython: Modules/_io/bufferedio.c.
 */
public class PyBuffered extends PyIOBase {
    /** {@code _io.BufferedReader}. */
    public static final PyType READER = PyType.builtin("_io.BufferedReader", PyBuffered.class, PyType.BASETYPE,
            PyIOBase.BUFFERED);
    /** {@code _io.BufferedWriter}. */
    public static final PyType WRITER = PyType.builtin("_io.BufferedWriter", PyBuffered.class, PyType.BASETYPE,
            PyIOBase.BUFFERED);
    /** {@code _io.BufferedRandom}. */
    public static final PyType RANDOM = PyType.builtin("_io.BufferedRandom", PyBuffered.class, PyType.BASETYPE,
            PyIOBase.BUFFERED);

    PyObject raw;
    /** The raw stream when it is exactly a FileIO (called directly), else null. */
    PyFileIO fraw;
    boolean canRead;
    boolean canWrite;
    boolean ok;
    boolean detached;
    int bufSize = Io.DEFAULT_BUFFER_SIZE;
    byte[] rbuf;
    int rpos;
    int rend;
    byte[] wbuf;
    int wlen;

    PyBuffered(PyType type) {
        super(type);
        canRead = type.isSubtype(READER) || type.isSubtype(RANDOM);
        canWrite = type.isSubtype(WRITER) || type.isSubtype(RANDOM);
    }

    static PyBuffered self(PyObject o) {
        return (PyBuffered) o;
    }

    // ------------------------------------------------------------------ checks

    final void checkInit() {
        if (!ok) {
            if (detached) {
                throw PyErr.valueError("raw stream has been detached");
            }
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
    }

    final boolean rawClosed() {
        if (fraw != null) {
            return fraw.isClosed();
        }
        return Abstract.isTrue(Abstract.getAttr(raw, "closed"));
    }

    final void checkOpen(String msg) {
        checkInit();
        if (rawClosed()) {
            throw PyErr.valueError("%s", msg == null ? "I/O operation on closed file" : msg);
        }
    }

    // ------------------------------------------------------------------ raw calls

    /** Reads into {@code b[off:off+n]} from the raw stream: the count, 0 at EOF, -2 when it would block. */
    final int rawRead(byte[] b, int off, int n) {
        if (fraw != null) {
            return fraw.readInto(b, off, n);
        }
        PyByteArray ba = new PyByteArray(new byte[n], n);
        PyObject r = Abstract.callMethod(raw, "readinto", ba);
        if (r == PyNone.NONE) {
            return -2;
        }
        long k = Io.index(r);
        if (k < 0 || k > n) {
            throw PyErr.format(PyExc.OSError, "raw readinto() returned invalid length %d (should have been "
                    + "between 0 and %d)", k, n);
        }
        System.arraycopy(ba.toByteArray(), 0, b, off, (int) k);
        return (int) k;
    }

    final int rawWrite(byte[] b, int off, int n) {
        if (fraw != null) {
            return fraw.write(b, off, n);
        }
        PyObject r = Abstract.callMethod(raw, "write", Io.bytes(b, off, n));
        if (r == PyNone.NONE) {
            throw PyErr.of(PyExc.BlockingIOError, PyInt.of(11), PyStr.of("write could not complete without blocking"),
                    PyInt.of(0));
        }
        long k = Io.index(r);
        if (k < 0 || k > n) {
            throw PyErr.format(PyExc.OSError, "raw write() returned invalid length %d (should have been "
                    + "between 0 and %d)", k, n);
        }
        return (int) k;
    }

    final long rawSeek(long pos, int whence) {
        long r;
        if (fraw != null) {
            r = fraw.seek(pos, whence);
        } else {
            r = Io.index(Abstract.callMethod(raw, "seek", PyInt.of(pos), PyInt.of(whence)));
        }
        if (r < 0) {
            throw PyErr.format(PyExc.OSError, "Raw stream returned invalid position %d", r);
        }
        return r;
    }

    final long rawTell() {
        long r;
        if (fraw != null) {
            r = fraw.tell();
        } else {
            r = Io.index(Abstract.callMethod(raw, "tell"));
        }
        if (r < 0) {
            throw PyErr.format(PyExc.OSError, "Raw stream returned invalid position %d", r);
        }
        return r;
    }

    // ------------------------------------------------------------------ buffering

    final void flushWrites() {
        int off = 0;
        try {
            while (off < wlen) {
                int k = rawWrite(wbuf, off, wlen - off);
                off += k;
            }
        } finally {
            if (off > 0 && off < wlen) {
                System.arraycopy(wbuf, off, wbuf, 0, wlen - off);
            }
            wlen -= off;
        }
    }

    /** Moves the raw position back over the data read ahead and forgets it. */
    final void dropReadAhead() {
        int ahead = rend - rpos;
        rpos = rend = 0;
        if (ahead > 0) {
            rawSeek(-ahead, 1);
        }
    }

    private int fill() {
        if (rbuf == null) {
            rbuf = new byte[bufSize];
        }
        rpos = 0;
        rend = 0;
        int k = rawRead(rbuf, 0, bufSize);
        if (k > 0) {
            rend = k;
        }
        return k;
    }

    final PyObject read(long n) {
        checkOpen("read of closed file");
        if (wlen > 0) {
            flushWrites();
        }
        if (n < 0) {
            return readAll();
        }
        int avail = rend - rpos;
        if (n <= avail) {
            PyBytes r = Io.bytes(rbuf, rpos, (int) n);
            rpos += (int) n;
            return r;
        }
        long total = Math.min(n, Integer.MAX_VALUE - 16);
        byte[] out = new byte[(int) Math.min(total, Math.max(avail, 1 << 20))];
        int got = avail;
        if (avail > 0) {
            System.arraycopy(rbuf, rpos, out, 0, avail);
        }
        rpos = rend = 0;
        while (got < total) {
            if (got == out.length) {
                out = Arrays.copyOf(out, (int) Math.min(total, (long) out.length * 2));
            }
            int need = out.length - got;
            int k;
            if (need >= bufSize) {
                k = rawRead(out, got, need);
                if (k > 0) {
                    got += k;
                }
            } else {
                k = fill();
                if (k > 0) {
                    int c = Math.min(k, need);
                    System.arraycopy(rbuf, 0, out, got, c);
                    rpos = c;
                    got += c;
                }
            }
            if (k == -2) {
                if (got == 0) {
                    return PyNone.NONE;
                }
                break;
            }
            if (k == 0) {
                break;
            }
        }
        return got == out.length ? PyBytes.wrap(out) : Io.bytes(out, 0, got);
    }

    private PyObject readAll() {
        int avail = rend - rpos;
        byte[] head = avail > 0 ? Arrays.copyOfRange(rbuf, rpos, rend) : null;
        rpos = rend = 0;
        if (fraw != null) {
            PyBytes rest = fraw.readAll();
            if (head == null) {
                return rest;
            }
            byte[] r = Io.buffer(rest);
            byte[] all = Arrays.copyOf(head, head.length + r.length);
            System.arraycopy(r, 0, all, head.length, r.length);
            return PyBytes.wrap(all);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (head != null) {
            out.write(head, 0, head.length);
        }
        PyObject readall = Io.attrOrNull(raw, "readall");
        if (readall != null) {
            PyObject r = Abstract.call(readall);
            if (r == PyNone.NONE) {
                return head == null ? r : PyBytes.wrap(out.toByteArray());
            }
            if (!(r instanceof PyBytes rb)) {
                throw PyErr.typeError("readall() should return bytes");
            }
            byte[] x = rb.toByteArray();
            out.write(x, 0, x.length);
            return PyBytes.wrap(out.toByteArray());
        }
        while (true) {
            PyObject r = Abstract.callMethod(raw, "read");
            if (r == PyNone.NONE) {
                if (out.size() == 0) {
                    return r;
                }
                break;
            }
            if (!(r instanceof PyBytes rb)) {
                throw PyErr.typeError("read() should return bytes");
            }
            if (rb.size() == 0) {
                break;
            }
            byte[] x = rb.toByteArray();
            out.write(x, 0, x.length);
        }
        return PyBytes.wrap(out.toByteArray());
    }

    final PyObject read1(long n) {
        checkOpen("read of closed file");
        if (n < 0) {
            n = bufSize;
        }
        if (wlen > 0) {
            flushWrites();
        }
        if (n == 0) {
            return PyBytes.EMPTY;
        }
        int avail = rend - rpos;
        if (avail > 0) {
            int k = (int) Math.min(avail, n);
            PyBytes r = Io.bytes(rbuf, rpos, k);
            rpos += k;
            return r;
        }
        rpos = rend = 0;
        if (n > bufSize) {
            byte[] out = new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)];
            int k = rawRead(out, 0, out.length);
            if (k == -2) {
                return PyNone.NONE;
            }
            return Io.bytes(out, 0, k);
        }
        int k = fill();
        if (k == -2) {
            return PyNone.NONE;
        }
        int c = (int) Math.min(rend, n);
        rpos = c;
        return Io.bytes(rbuf, 0, c);
    }

    /** Up to {@code max} bytes read ahead (reading once from the raw stream when none are), for the text layer. */
    final byte[] readChunk(int max) {
        if (wlen > 0) {
            flushWrites();
        }
        int avail = rend - rpos;
        if (avail == 0) {
            if (max >= bufSize) {
                byte[] out = new byte[max];
                int k = rawRead(out, 0, max);
                return k <= 0 ? null : k == max ? out : Arrays.copyOf(out, k);
            }
            int k = fill();
            if (k <= 0) {
                return null;
            }
            avail = k;
        }
        int c = Math.min(avail, max);
        byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + c);
        rpos += c;
        return r;
    }

    /** Reads up to {@code dst.length} bytes into {@code dst} for the text layer: the count, 0 at end of file. */
    final int readChunkInto(byte[] dst) {
        if (wlen > 0) {
            flushWrites();
        }
        int avail = rend - rpos;
        if (avail == 0) {
            if (dst.length >= bufSize) {
                int k = rawRead(dst, 0, dst.length);
                return Math.max(k, 0);
            }
            int k = fill();
            if (k <= 0) {
                return 0;
            }
            avail = k;
        }
        int c = Math.min(avail, dst.length);
        System.arraycopy(rbuf, rpos, dst, 0, c);
        rpos += c;
        return c;
    }

    final PyBytes peek() {
        checkOpen("peek of closed file");
        if (wlen > 0) {
            flushWrites();
        }
        if (rend - rpos == 0) {
            fill();
        }
        return Io.bytes(rbuf == null ? new byte[0] : rbuf, rpos, rend - rpos);
    }

    final PyBytes readline(long limit) {
        checkOpen("readline of closed file");
        if (wlen > 0) {
            flushWrites();
        }
        if (limit < 0) {
            limit = Long.MAX_VALUE;
        }
        // fast path: the line is in the buffer
        int avail = rend - rpos;
        int stop = (int) Math.min(avail, limit);
        for (int i = rpos, e = rpos + stop; i < e; i++) {
            if (rbuf[i] == '\n') {
                PyBytes r = Io.bytes(rbuf, rpos, i + 1 - rpos);
                rpos = i + 1;
                return r;
            }
        }
        if (stop == limit) {
            PyBytes r = Io.bytes(rbuf, rpos, stop);
            rpos += stop;
            return r;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(avail * 2, 64));
        if (avail > 0) {
            out.write(rbuf, rpos, avail);
        }
        rpos = rend = 0;
        while (out.size() < limit) {
            int k = fill();
            if (k <= 0) {
                break;
            }
            int take = (int) Math.min(k, limit - out.size());
            int i = 0;
            boolean found = false;
            for (; i < take; i++) {
                if (rbuf[i] == '\n') {
                    i++;
                    found = true;
                    break;
                }
            }
            out.write(rbuf, 0, i);
            rpos = i;
            if (found) {
                break;
            }
        }
        return PyBytes.wrap(out.toByteArray());
    }

    final int write(byte[] b) {
        return write(b, 0, b.length);
    }

    final int write(byte[] b, int boff, int n) {
        checkOpen("write to closed file");
        if (rend > rpos) {
            dropReadAhead();
        } else {
            rpos = rend = 0;
        }
        if (wbuf == null) {
            wbuf = new byte[bufSize];
        }
        if (wlen + n > bufSize) {
            flushWrites();
            if (n >= bufSize) {
                int off = 0;
                while (off < n) {
                    off += rawWrite(b, boff + off, n - off);
                }
                return n;
            }
        }
        System.arraycopy(b, boff, wbuf, wlen, n);
        wlen += n;
        IoModule.track(this);
        return n;
    }

    final void flush() {
        if (canWrite) {
            checkOpen("flush of closed file");
            flushWrites();
        } else {
            checkOpen("I/O operation on closed file.");
        }
    }

    final long tell() {
        checkInit();
        long pos = rawTell() - (rend - rpos) + wlen;
        return Math.max(pos, 0);
    }

    final long seek(long pos, int whence) {
        if (whence < 0 || whence > 4) {
            throw PyErr.valueError("whence value %d unsupported", whence);
        }
        checkOpen("seek of closed file");
        if (wlen > 0) {
            flushWrites();
        }
        if (whence == 1) {
            pos -= rend - rpos;
        }
        if (whence > 2) {
            rpos = rend = 0;
            return rawSeek(pos, whence);
        }
        rpos = rend = 0;
        return rawSeek(pos, whence);
    }

    final PyObject close() {
        checkInit();
        if (rawClosed()) {
            return PyNone.NONE;
        }
        PyException err = null;
        try {
            if (type().isHeapType()) {
                Abstract.callMethod(this, "flush");
            } else if (canWrite && wlen > 0) {
                flushWrites();
            }
        } catch (PyException e) {
            err = e;
        }
        try {
            if (fraw != null) {
                fraw.close();
            } else {
                Abstract.callMethod(raw, "close");
            }
        } catch (PyException e) {
            if (err != null) {
                throw chain(e, err);
            }
            throw e;
        }
        if (err != null) {
            throw err;
        }
        rpos = rend = 0;
        return PyNone.NONE;
    }

    private static final String[] INIT_NAMES = {"raw", "buffer_size"};

    static void init(PyBuffered b, PyObject[] a, int n, PyTuple kw, String fname) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, INIT_NAMES, 0, 1, 2, 0);
        b.ok = false;
        PyObject raw = v[0];
        if (b.canRead && b.canWrite) {
            checkSeekable(raw);
        }
        if (b.canRead) {
            checkReadable(raw);
        }
        if (b.canWrite) {
            checkWritable(raw);
        }
        long size = v[1] == null ? Io.DEFAULT_BUFFER_SIZE : Io.index(v[1]);
        if (size <= 0) {
            throw PyErr.valueError("buffer size must be strictly positive");
        }
        b.bufSize = (int) Math.min(size, 1 << 30);
        b.raw = raw;
        b.fraw = raw.type() == PyFileIO.TYPE ? (PyFileIO) raw : null;
        b.rbuf = null;
        b.wbuf = null;
        b.rpos = b.rend = b.wlen = 0;
        b.detached = false;
        b.ok = true;
    }

    static {
        for (PyType t : new PyType[] {READER, WRITER, RANDOM}) {
            setup(t);
        }
    }

    private static void setup(PyType t) {
        String sn = t.name().substring(4);
        boolean r = t != WRITER;
        boolean w = t != READER;
        t.tp_new = (type, a, n, kw) -> new PyBuffered(type);
        t.tp_repr = o -> {
            PyBuffered b = self(o);
            PyObject name = null;
            try {
                name = Io.attrOrNull(o, "name");
            } catch (PyException e) {
                if (!e.matches(PyExc.ValueError)) {
                    throw e;
                }
            }
            return PyStr.of("<" + o.type().name() + (name == null ? "" : " name=" + Io.repr(name)) + ">");
        };
        if (r) {
            t.tp_iter = o -> {
                self(o).checkOpen(null);
                return o;
            };
            t.tp_iternext = o -> {
                if (o.type() == t) {
                    PyBytes line = self(o).readline(-1);
                    return line.size() == 0 ? null : line;
                }
                return iterNext(o);
            };
        }
        t.ready();
        t.setInstancesHaveWeakref();
        SlotWrappers.addWrapper(t, "__init__", (f, s, a, n, kw) -> {
            init(self(s), a, n, kw, sn);
            return PyNone.NONE;
        });
        def(t, "detach", (s, a, n, kw) -> {
            PyBuffered b = self(s);
            b.checkInit();
            Abstract.callMethod(s, "flush");
            PyObject raw = b.raw;
            b.raw = null;
            b.fraw = null;
            b.ok = false;
            b.detached = true;
            return raw;
        });
        def(t, "flush", (s, a, n, kw) -> {
            self(s).flush();
            return PyNone.NONE;
        });
        def(t, "close", (s, a, n, kw) -> self(s).close());
        def(t, "seekable", (s, a, n, kw) -> {
            self(s).checkInit();
            return Abstract.callMethod(self(s).raw, "seekable");
        });
        if (r) {
            def(t, "readable", (s, a, n, kw) -> {
                self(s).checkInit();
                return Abstract.callMethod(self(s).raw, "readable");
            });
        }
        if (w) {
            def(t, "writable", (s, a, n, kw) -> {
                self(s).checkInit();
                return Abstract.callMethod(self(s).raw, "writable");
            });
        }
        def(t, "fileno", (s, a, n, kw) -> {
            self(s).checkInit();
            return Abstract.callMethod(self(s).raw, "fileno");
        });
        def(t, "isatty", (s, a, n, kw) -> {
            self(s).checkInit();
            return Abstract.callMethod(self(s).raw, "isatty");
        });
        def(t, "_dealloc_warn", (s, a, n, kw) -> PyNone.NONE);
        if (r) {
            def(t, "read", (s, a, n, kw) -> {
                args("read", n, kw, 0, 1);
                long size = Io.size(n > 0 ? a[0] : null);
                if (size < -1) {
                    throw PyErr.valueError("read length must be non-negative or -1");
                }
                return self(s).read(size);
            });
            def(t, "peek", (s, a, n, kw) -> {
                args("peek", n, kw, 0, 1);
                return self(s).peek();
            });
            def(t, "read1", (s, a, n, kw) -> {
                args("read1", n, kw, 0, 1);
                return self(s).read1(Io.size(n > 0 ? a[0] : null));
            });
            def(t, "readinto", (s, a, n, kw) -> {
                args("readinto", n, kw, 1, 1);
                int len = Abstract.len(a[0]);
                PyObject data = self(s).read(len);
                if (data == PyNone.NONE) {
                    return data;
                }
                byte[] d = ((PyBytes) data).toByteArray();
                copyInto(a[0], d, d.length);
                return PyInt.of(d.length);
            });
            def(t, "readinto1", (s, a, n, kw) -> {
                args("readinto1", n, kw, 1, 1);
                int len = Abstract.len(a[0]);
                PyObject data = self(s).read1(len);
                if (data == PyNone.NONE) {
                    return data;
                }
                byte[] d = ((PyBytes) data).toByteArray();
                copyInto(a[0], d, d.length);
                return PyInt.of(d.length);
            });
            def(t, "readline", (s, a, n, kw) -> {
                args("readline", n, kw, 0, 1);
                return self(s).readline(Io.size(n > 0 ? a[0] : null));
            });
        }
        if (w) {
            def(t, "write", (s, a, n, kw) -> {
                args("write", n, kw, 1, 1);
                PyBuffered b = self(s);
                b.checkInit();
                byte[] data = Io.buffer(a[0]);
                return PyInt.of(b.write(data));
            });
        }
        def(t, "seek", (s, a, n, kw) -> {
            args("seek", n, kw, 1, 2);
            PyBuffered b = self(s);
            b.checkInit();
            if (!Abstract.isIndex(a[0])) {
                throw PyErr.typeError("'%s' object cannot be interpreted as an integer", a[0].type().name());
            }
            long pos = Io.index(a[0]);
            int whence = n > 1 ? (int) Io.index(a[1]) : 0;
            return PyInt.of(b.seek(pos, whence));
        });
        def(t, "tell", (s, a, n, kw) -> {
            args("tell", n, kw, 0, 0);
            return PyInt.of(self(s).tell());
        });
        def(t, "truncate", (s, a, n, kw) -> {
            args("truncate", n, kw, 0, 1);
            PyBuffered b = self(s);
            b.checkOpen("truncate of closed file");
            if (!b.canWrite) {
                throw Io.unsupported("truncate");
            }
            if (b.wlen > 0) {
                b.flushWrites();
            }
            PyObject pos = n > 0 ? a[0] : PyNone.NONE;
            if (pos == PyNone.NONE) {
                pos = PyInt.of(b.tell());
            }
            if (b.rend > b.rpos) {
                b.dropReadAhead();
            }
            return Abstract.callMethod(b.raw, "truncate", pos);
        });
        getter(t, "raw", s -> {
            self(s).checkInit();
            return self(s).raw;
        });
        getter(t, "closed", s -> {
            self(s).checkInit();
            return PyBool.of(self(s).rawClosed());
        });
        getter(t, "name", s -> {
            self(s).checkInit();
            return Abstract.getAttr(self(s).raw, "name");
        });
        getter(t, "mode", s -> {
            self(s).checkInit();
            return Abstract.getAttr(self(s).raw, "mode");
        });
        getter(t, "_finalizing", s -> PyBool.FALSE);
    }
}
