package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyByteArray;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMemoryView;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.io.FileInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code _io.FileIO}: raw, unbuffered file I/O over a Java {@link FileChannel}. File descriptors
 * are numbers this module hands out (0, 1 and 2 are the process's standard streams); a
 * {@code FileIO(fd)} reopens a descriptor handed out before.
 *
 * <p>CPython: Modules/_io/fileio.c.
 */
public class PyFileIO extends PyIOBase {
    /** {@code _io.FileIO}. */
    public static final PyType TYPE = PyType.builtin("_io.FileIO", PyFileIO.class, PyType.BASETYPE, PyIOBase.RAW);

    /** An open descriptor: its channel and how many FileIO objects use it. */
    static final class Fd {
        final ReadableByteChannel in;
        final WritableByteChannel out;
        final FileChannel file;
        boolean closed;

        Fd(FileChannel f) {
            this.file = f;
            this.in = f;
            this.out = f;
        }

        Fd(ReadableByteChannel in, WritableByteChannel out) {
            this.file = null;
            this.in = in;
            this.out = out;
        }
    }

    private static final Map<Integer, Fd> FDS = new HashMap<>();
    private static int nextFd = 3;

    static synchronized Fd fd(int n) {
        Fd f = FDS.get(n);
        if (f == null && n >= 0 && n <= 2) {
            f = n == 0 ? new Fd(Channels.newChannel(new FileInputStream(FileDescriptor.in)), null)
                    : new Fd(null, Channels.newChannel(new FileOutputStream(n == 1 ? FileDescriptor.out
                            : FileDescriptor.err)));
            FDS.put(n, f);
        }
        if (f == null && n > 2) {
            // a descriptor from os.open
            dev.adder.stdlib.posix.FdTable.OpenFile o = dev.adder.stdlib.posix.FdTable.get(n);
            if (o != null && o.channel() != null) {
                f = new Fd(o.channel());
                FDS.put(n, f);
            }
        }
        return f;
    }

    private static synchronized int register(Fd f, Path path, boolean readable, boolean writable) {
        // one numbering with os.open, so that os.fstat, os.close... see this file
        int n = dev.adder.stdlib.posix.FdTable.register(f.file, path, readable, writable, false);
        FDS.put(n, f);
        return n;
    }

    private static synchronized void unregister(int n) {
        FDS.remove(n);
        dev.adder.stdlib.posix.FdTable.release(n);
        if (n < nextFd && n >= 3) {
            nextFd = n;
        }
    }

    Fd chan;
    int fd = -1;
    boolean created;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean closefd = true;

    PyFileIO(PyType type) {
        super(type);
    }

    private PyException closedError() {
        return PyErr.valueError("I/O operation on closed file");
    }

    final void checkOpen() {
        if (fd < 0) {
            throw closedError();
        }
    }

    final boolean isClosed() {
        return fd < 0;
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw Io.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw Io.unsupported("File not open for writing");
        }
    }

    private PyObject name() {
        return instanceDict().getItem(PyStr.of("name"));
    }

    private PyException ioError(IOException e) {
        return Io.osError(e, null);
    }

    /** {@code FileIO.__init__(file, mode='r', closefd=True, opener=None)}. */
    private static final String[] INIT_NAMES = {"file", "mode", "closefd", "opener"};

    static void init(PyFileIO self, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack("FileIO", a, n, kw, INIT_NAMES, 0, 1, 4, 0);
        if (self.fd >= 0) {
            if (self.closefd) {
                self.internalClose();
            } else {
                self.fd = -1;
            }
        }
        PyObject file = v[0];
        String mode = "r";
        if (v[1] != null) {
            if (!(v[1] instanceof PyStr ms)) {
                throw PyErr.typeError("FileIO() argument 'mode' must be str, not %s", v[1].type().name());
            }
            mode = ms.value();
        }
        boolean closefd = v[2] == null || Abstract.isTrue(v[2]);
        PyObject opener = v[3] == null ? PyNone.NONE : v[3];
        if (file instanceof PyFloat) {
            throw PyErr.typeError("integer argument expected, got float");
        }
        int fdArg = -1;
        String path = null;
        if (file instanceof PyInt) {
            long fdv = Io.index(file);
            if (fdv < 0) {
                throw PyErr.valueError("negative file descriptor");
            }
            fdArg = (int) Math.min(fdv, Integer.MAX_VALUE);
        } else {
            path = fsPath(file);
        }
        boolean rwa = false;
        boolean plus = false;
        boolean truncate = false;
        self.created = self.readable = self.writable = self.appending = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    self.created = true;
                    self.writable = true;
                    break;
                case 'r':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    self.readable = true;
                    break;
                case 'w':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    self.writable = true;
                    truncate = true;
                    break;
                case 'a':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    self.writable = true;
                    self.appending = true;
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) {
                        throw badMode();
                    }
                    self.readable = self.writable = true;
                    plus = true;
                    break;
                default:
                    throw PyErr.valueError("invalid mode: %s", mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        if (fdArg >= 0) {
            Fd f = fd(fdArg);
            if (f == null || f.closed) {
                throw Io.osError(9, "Bad file descriptor", null);
            }
            self.chan = f;
            self.fd = fdArg;
            self.closefd = closefd;
        } else {
            if (!closefd) {
                throw PyErr.valueError("Cannot use closefd=False with file name");
            }
            self.closefd = true;
            if (opener != PyNone.NONE) {
                PyObject r = Abstract.call(opener, file, PyInt.of(0));
                if (!(r instanceof PyInt)) {
                    throw PyErr.typeError("expected integer from opener");
                }
                long fdv = Io.index(r);
                if (fdv < 0) {
                    throw PyErr.valueError("opener returned %d", fdv);
                }
                Fd f = fd((int) fdv);
                if (f == null) {
                    throw Io.osError(9, "Bad file descriptor", null);
                }
                self.chan = f;
                self.fd = (int) fdv;
            } else {
                Path p;
                try {
                    p = dev.adder.stdlib.posix.PosixModule.resolve(path); // os.chdir's working directory
                } catch (InvalidPathException e) {
                    throw PyErr.valueError("embedded null byte");
                }
                EnumSet<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
                if (self.readable) {
                    opts.add(StandardOpenOption.READ);
                }
                if (self.writable) {
                    opts.add(StandardOpenOption.WRITE);
                    if (self.created) {
                        opts.add(StandardOpenOption.CREATE_NEW);
                    } else {
                        opts.add(StandardOpenOption.CREATE);
                    }
                }
                if (truncate) {
                    opts.add(StandardOpenOption.TRUNCATE_EXISTING);
                }
                if (Files.isDirectory(p)) {
                    throw Io.osError(21, "Is a directory", file);
                }
                try {
                    FileChannel fc = FileChannel.open(p, opts.toArray(new OpenOption[0]));
                    self.chan = new Fd(fc);
                } catch (IOException e) {
                    throw Io.osError(e, file);
                } catch (UnsupportedOperationException | SecurityException e) {
                    throw Io.osError(13, "Permission denied", file);
                }
                self.fd = register(self.chan, p, self.readable, self.writable);
            }
        }
        self.instanceDict().setItem(PyStr.of("name"), file);
        if (self.appending && self.chan.file != null) {
            try {
                self.chan.file.position(self.chan.file.size());
            } catch (IOException e) {
                throw self.ioError(e);
            }
        }
    }

    private static PyException badMode() {
        return PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    /** {@code os.fsdecode(os.fspath(file))} for a str, bytes or os.PathLike argument. */
    static String fsPath(PyObject file) {
        PyObject f = file;
        if (!(f instanceof PyStr) && !(f instanceof PyBytes)) {
            PyObject fspath = f.type().lookup("__fspath__");
            if (fspath == null) {
                throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", f.type().name());
            }
            f = Abstract.callMethod(f, "__fspath__");
            if (!(f instanceof PyStr) && !(f instanceof PyBytes)) {
                throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s",
                        file.type().name(), f.type().name());
            }
        }
        String s = f instanceof PyStr ps ? ps.value()
                : new String(((PyBytes) f).toByteArray(), StandardCharsets.UTF_8);
        if (s.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null byte");
        }
        return s;
    }

    // ------------------------------------------------------------------ operations

    /** Reads at most {@code n} bytes into {@code b[off:]}: the count, 0 at end of file. */
    final int readInto(byte[] b, int off, int n) {
        checkReadable();
        if (n == 0) {
            return 0;
        }
        try {
            ReadableByteChannel in = chan.in;
            if (in == null) {
                throw Io.osError(9, "Bad file descriptor", null);
            }
            int r = in.read(ByteBuffer.wrap(b, off, n));
            return r < 0 ? 0 : r;
        } catch (IOException e) {
            throw ioError(e);
        } catch (java.nio.channels.NonReadableChannelException e) {
            throw Io.osError(9, "Bad file descriptor", null);
        }
    }

    final PyObject read(long size) {
        checkReadable();
        if (size < 0) {
            return readAll();
        }
        long cap = Math.min(size, Integer.MAX_VALUE - 8);
        if (cap > (1 << 16) && chan.file != null) {
            try {
                cap = Math.min(cap, Math.max(0, chan.file.size() - chan.file.position()));
            } catch (java.io.IOException e) {
                cap = Math.min(cap, 1 << 16);
            }
        } else if (cap > (1 << 16)) {
            cap = 1 << 16;
        }
        byte[] b = new byte[(int) cap];
        int k = readInto(b, 0, b.length);
        if (k == b.length) {
            return PyBytes.wrap(b);
        }
        return Io.bytes(b, 0, k);
    }

    final PyBytes readAll() {
        checkReadable();
        int est = 8192;
        if (chan.file != null) {
            try {
                long left = chan.file.size() - chan.file.position();
                if (left >= 0 && left < Integer.MAX_VALUE - 16) {
                    est = (int) left;
                }
            } catch (IOException e) {
                // estimate only
            }
        }
        byte[] b = new byte[Math.max(est, 1)];
        int len = 0;
        while (true) {
            if (len == b.length) {
                // the file may have grown: look for more before making room
                byte[] probe = new byte[8192];
                int k = readInto(probe, 0, probe.length);
                if (k == 0) {
                    break;
                }
                b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, len + k));
                System.arraycopy(probe, 0, b, len, k);
                len += k;
                continue;
            }
            int k = readInto(b, len, b.length - len);
            if (k == 0) {
                break;
            }
            len += k;
        }
        return len == b.length ? PyBytes.wrap(b) : Io.bytes(b, 0, len);
    }

    final int write(byte[] b, int off, int n) {
        checkWritable();
        try {
            WritableByteChannel out = chan.out;
            if (out == null) {
                throw Io.osError(9, "Bad file descriptor", null);
            }
            if (appending && chan.file != null) {
                chan.file.position(chan.file.size());
            }
            ByteBuffer bb = ByteBuffer.wrap(b, off, n);
            while (bb.hasRemaining()) {
                out.write(bb);
            }
            return n;
        } catch (IOException e) {
            throw ioError(e);
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw Io.osError(9, "Bad file descriptor", null);
        }
    }

    final long seek(long pos, int whence) {
        checkOpen();
        FileChannel f = chan.file;
        if (f == null) {
            throw Io.osError(29, "Illegal seek", null);
        }
        try {
            if (whence == 3 || whence == 4) {
                // SEEK_DATA, SEEK_HOLE: a file without holes
                long size = f.size();
                if (pos < 0 || pos >= size) {
                    throw Io.osError(6, "No such device or address", null);
                }
                long r = whence == 3 ? pos : size;
                f.position(r);
                return r;
            }
            long base = whence == 0 ? 0 : whence == 1 ? f.position() : whence == 2 ? f.size() : -1;
            if (base < 0 || base + pos < 0) {
                throw Io.osError(22, "Invalid argument", null);
            }
            f.position(base + pos);
            return base + pos;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    final long tell() {
        return seek(0, 1);
    }

    final long truncate(long size) {
        checkWritable();
        FileChannel f = chan.file;
        if (f == null) {
            throw Io.osError(22, "Invalid argument", null);
        }
        if (size < 0) {
            throw Io.osError(22, "Invalid argument", null);
        }
        try {
            long pos = f.position();
            long cur = f.size();
            if (size < cur) {
                f.truncate(size);
            } else if (size > cur) {
                f.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
            f.position(pos);
            return size;
        } catch (IOException e) {
            throw ioError(e);
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw Io.osError(22, "Invalid argument", null);
        }
    }

    final boolean seekable() {
        checkOpen();
        return chan.file != null;
    }

    private void internalClose() {
        int n = fd;
        fd = -1;
        if (closefd && !chan.closed && n > 2) {
            chan.closed = true;
            unregister(n);
            try {
                if (chan.file != null) {
                    chan.file.close();
                }
            } catch (IOException e) {
                throw ioError(e);
            }
        }
    }

    final String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    final PyObject close() {
        PyException err = null;
        try {
            closeGeneric(this);
        } catch (PyException e) {
            err = e;
        }
        if (fd >= 0) {
            try {
                internalClose();
            } catch (PyException e) {
                if (err == null) {
                    err = e;
                }
            }
        }
        if (err != null) {
            throw err;
        }
        return PyNone.NONE;
    }

    static PyFileIO self(PyObject o) {
        return (PyFileIO) o;
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> new PyFileIO(type);
        t.tp_repr = o -> {
            PyFileIO f = self(o);
            if (f.fd < 0) {
                return PyStr.of("<" + o.type().name() + " [closed]>");
            }
            PyObject name = Io.attrOrNull(o, "name");
            String mode = f.mode();
            String cfd = f.closefd ? "True" : "False";
            if (name == null) {
                return PyStr.of("<" + o.type().name() + " fd=" + f.fd + " mode='" + mode + "' closefd=" + cfd + ">");
            }
            return PyStr.of("<" + o.type().name() + " name=" + Io.repr(name) + " mode='" + mode + "' closefd=" + cfd
                    + ">");
        };
        t.ready();
        t.setInstancesHaveWeakref();
        SlotWrappers.addWrapper(t, "__init__", (f, s, a, n, kw) -> {
            init(self(s), a, n, kw);
            return PyNone.NONE;
        });
        def(t, "read", (s, a, n, kw) -> {
            args("read", n, kw, 0, 1);
            return self(s).read(Io.size(n > 0 ? a[0] : null));
        });
        def(t, "readall", (s, a, n, kw) -> {
            args("readall", n, kw, 0, 0);
            return self(s).readAll();
        });
        def(t, "readinto", (s, a, n, kw) -> {
            args("readinto", n, kw, 1, 1);
            PyFileIO f = self(s);
            f.checkReadable();
            if (!(a[0] instanceof PyByteArray) && !(a[0] instanceof PyMemoryView)) {
                throw PyErr.typeError("readinto() argument must be read-write bytes-like object, not %s",
                        a[0].type().name());
            }
            int len = Abstract.len(a[0]);
            byte[] tmp = new byte[len];
            int k = f.readInto(tmp, 0, len);
            copyInto(a[0], tmp, k);
            return PyInt.of(k);
        });
        def(t, "write", (s, a, n, kw) -> {
            args("write", n, kw, 1, 1);
            PyFileIO f = self(s);
            f.checkWritable();
            byte[] b = Io.buffer(a[0]);
            return PyInt.of(f.write(b, 0, b.length));
        });
        def(t, "seek", (s, a, n, kw) -> {
            args("seek", n, kw, 1, 2);
            long pos = Io.index(a[0]);
            int whence = n > 1 ? (int) Io.index(a[1]) : 0;
            return PyInt.of(self(s).seek(pos, whence));
        });
        def(t, "tell", (s, a, n, kw) -> {
            args("tell", n, kw, 0, 0);
            return PyInt.of(self(s).tell());
        });
        def(t, "truncate", (s, a, n, kw) -> {
            args("truncate", n, kw, 0, 1);
            PyFileIO f = self(s);
            f.checkOpen();
            if (!f.writable) {
                throw Io.unsupported("File not open for writing");
            }
            long size = n > 0 && a[0] != PyNone.NONE ? Io.index(a[0]) : f.tell();
            return PyInt.of(f.truncate(size));
        });
        def(t, "close", (s, a, n, kw) -> {
            args("close", n, kw, 0, 0);
            return self(s).close();
        });
        def(t, "seekable", (s, a, n, kw) -> PyBool.of(self(s).seekable()));
        def(t, "readable", (s, a, n, kw) -> {
            self(s).checkOpen();
            return PyBool.of(self(s).readable);
        });
        def(t, "writable", (s, a, n, kw) -> {
            self(s).checkOpen();
            return PyBool.of(self(s).writable);
        });
        def(t, "fileno", (s, a, n, kw) -> {
            self(s).checkOpen();
            return PyInt.of(self(s).fd);
        });
        def(t, "isatty", (s, a, n, kw) -> {
            PyFileIO f = self(s);
            f.checkOpen();
            return PyBool.of(f.fd <= 2 && System.console() != null);
        });
        def(t, "_dealloc_warn", (s, a, n, kw) -> PyNone.NONE);
        getter(t, "closed", s -> PyBool.of(self(s).fd < 0));
        getter(t, "closefd", s -> PyBool.of(self(s).closefd));
        getter(t, "mode", s -> PyStr.of(self(s).mode()));
        getter(t, "_blksize", s -> PyInt.of(Io.DEFAULT_BUFFER_SIZE));
        getter(t, "_finalizing", s -> PyBool.FALSE);
        t.setAttribute("__doc__", PyStr.of("Open a file."));
    }
}
