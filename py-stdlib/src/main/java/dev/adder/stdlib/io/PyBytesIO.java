package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMemoryView;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.util.Arrays;

/**
 * {@code _io.BytesIO}: a binary stream in memory.
 * {@code getbuffer()} returns a read-only view of a copy (writes through it are not supported).
 *
 * <p>CPython: Modules/_io/bytesio.c.
 */
public class PyBytesIO extends PyIOBase {
    /** {@code _io.BytesIO}. */
    public static final PyType TYPE = PyType.builtin("_io.BytesIO", PyBytesIO.class, PyType.BASETYPE,
            PyIOBase.BUFFERED);

    private static final byte[] EMPTY = new byte[0];
    byte[] buf = EMPTY;
    int size;
    int pos;
    boolean closed;

    PyBytesIO(PyType type) {
        super(type);
    }

    private void check() {
        if (closed) {
            throw Io.closedFile();
        }
    }

    private int avail(long n) {
        int left = Math.max(0, size - pos);
        return n < 0 || n > left ? left : (int) n;
    }

    PyBytes read(long n) {
        check();
        int k = avail(n);
        if (k == 0) {
            return PyBytes.EMPTY;
        }
        PyBytes r = Io.bytes(buf, pos, k);
        pos += k;
        return r;
    }

    PyBytes readline(long limit) {
        check();
        int end = pos;
        int stop = pos + avail(limit);
        while (end < stop) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        int k = end - pos;
        if (k <= 0) {
            return PyBytes.EMPTY;
        }
        PyBytes r = Io.bytes(buf, pos, k);
        pos = end;
        return r;
    }

    int write(byte[] b) {
        check();
        int n = b.length;
        if (n == 0) {
            return 0;
        }
        int end = pos + n;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2 + 16));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, buf, pos, n);
        pos = end;
        if (end > size) {
            size = end;
        }
        return n;
    }

    private static final String[] INIT_NAMES = {"initial_bytes"};

    static PyBytesIO self(PyObject o) {
        return (PyBytesIO) o;
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> new PyBytesIO(type);
        t.tp_iter = o -> {
            self(o).check();
            return o;
        };
        t.tp_iternext = o -> {
            if (o.type() == TYPE) {
                PyBytes line = self(o).readline(-1);
                return line.size() == 0 ? null : line;
            }
            return PyIOBase.iterNext(o);
        };
        t.ready();
        t.setInstancesHaveWeakref();
        SlotWrappers.addWrapper(t, "__init__", (f, s, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("BytesIO", a, n, kw, INIT_NAMES, 0, 0, 1, 0);
            PyBytesIO b = self(s);
            b.check();
            b.size = 0;
            b.pos = 0;
            if (v[0] != null && v[0] != PyNone.NONE) {
                byte[] init = Io.buffer(v[0]);
                b.buf = init.clone();
                b.size = init.length;
            }
            return PyNone.NONE;
        });
        def(t, "readable", (s, a, n, kw) -> {
            self(s).check();
            return PyBool.TRUE;
        });
        def(t, "writable", (s, a, n, kw) -> {
            self(s).check();
            return PyBool.TRUE;
        });
        def(t, "seekable", (s, a, n, kw) -> {
            self(s).check();
            return PyBool.TRUE;
        });
        def(t, "flush", (s, a, n, kw) -> {
            self(s).check();
            return PyNone.NONE;
        });
        def(t, "isatty", (s, a, n, kw) -> {
            self(s).check();
            return PyBool.FALSE;
        });
        def(t, "close", (s, a, n, kw) -> {
            self(s).closed = true;
            self(s).buf = EMPTY;
            return PyNone.NONE;
        });
        getter(t, "closed", s -> PyBool.of(self(s).closed));
        def(t, "getvalue", (s, a, n, kw) -> {
            PyBytesIO b = self(s);
            b.check();
            return Io.bytes(b.buf, 0, b.size);
        });
        def(t, "getbuffer", (s, a, n, kw) -> {
            PyBytesIO b = self(s);
            b.check();
            return PyMemoryView.of(Io.bytes(b.buf, 0, b.size));
        });
        def(t, "read", (s, a, n, kw) -> {
            args("read", n, kw, 0, 1);
            return self(s).read(Io.size(n > 0 ? a[0] : null));
        });
        def(t, "read1", (s, a, n, kw) -> {
            args("read1", n, kw, 0, 1);
            return self(s).read(Io.size(n > 0 ? a[0] : null));
        });
        def(t, "readline", (s, a, n, kw) -> {
            args("readline", n, kw, 0, 1);
            return self(s).readline(Io.size(n > 0 ? a[0] : null));
        });
        def(t, "readlines", (s, a, n, kw) -> {
            args("readlines", n, kw, 0, 1);
            PyBytesIO b = self(s);
            b.check();
            long hint = Io.size(n > 0 ? a[0] : null);
            PyList r = new PyList();
            long total = 0;
            while (true) {
                PyBytes line = b.readline(-1);
                if (line.size() == 0) {
                    break;
                }
                r.append(line);
                total += line.size();
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return r;
        });
        def(t, "readinto", (s, a, n, kw) -> {
            args("readinto", n, kw, 1, 1);
            PyBytesIO b = self(s);
            b.check();
            int len = Abstract.len(a[0]);
            int k = b.avail(len);
            copyInto(a[0], Arrays.copyOfRange(b.buf, b.pos, b.pos + k), k);
            b.pos += k;
            return PyInt.of(k);
        });
        def(t, "write", (s, a, n, kw) -> {
            args("write", n, kw, 1, 1);
            self(s).check();
            return PyInt.of(self(s).write(Io.buffer(a[0])));
        });
        def(t, "writelines", (s, a, n, kw) -> {
            args("writelines", n, kw, 1, 1);
            PyBytesIO b = self(s);
            b.check();
            PyObject it = Abstract.iter(a[0]);
            for (PyObject x; (x = Abstract.next(it)) != null;) {
                b.write(Io.buffer(x));
            }
            return PyNone.NONE;
        });
        def(t, "seek", (s, a, n, kw) -> {
            args("seek", n, kw, 1, 2);
            PyBytesIO b = self(s);
            b.check();
            long p = Io.index(a[0]);
            long whence = n > 1 ? Io.index(a[1]) : 0;
            if (whence == 0) {
                if (p < 0) {
                    throw PyErr.valueError("negative seek value %d", p);
                }
            } else if (whence == 1) {
                p = Math.max(0, p + b.pos);
            } else if (whence == 2) {
                p = Math.max(0, p + b.size);
            } else {
                throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            b.pos = (int) Math.min(p, Integer.MAX_VALUE - 16);
            return PyInt.of(p);
        });
        def(t, "tell", (s, a, n, kw) -> {
            self(s).check();
            return PyInt.of(self(s).pos);
        });
        def(t, "truncate", (s, a, n, kw) -> {
            args("truncate", n, kw, 0, 1);
            PyBytesIO b = self(s);
            b.check();
            long size = n > 0 ? Io.size(a[0]) : b.pos;
            if (n > 0 && a[0] == PyNone.NONE) {
                size = b.pos;
            }
            if (size < 0) {
                throw PyErr.valueError("negative size value %d", size);
            }
            if (size < b.size) {
                b.size = (int) size;
            }
            return PyInt.of(size);
        });
        def(t, "__getstate__", (s, a, n, kw) -> {
            PyBytesIO b = self(s);
            b.check();
            PyObject d = b.instanceDict() == null || b.instanceDict().size() == 0 ? PyNone.NONE
                    : b.instanceDict().copy();
            return PyTuple.of(Io.bytes(b.buf, 0, b.size), PyInt.of(b.pos), d);
        });
        // bytesio_setstate: (initial value, position, dict or None)
        def(t, "__setstate__", (s, a, n, kw) -> {
            args("__setstate__", n, kw, 1, 1);
            PyBytesIO b = self(s);
            if (!(a[0] instanceof PyTuple st) || st.size() < 3) {
                throw PyErr.typeError("%s.__setstate__ argument should be 3-tuple, got %s", s.type().name(),
                        a[0].type().name());
            }
            b.check();
            byte[] init = Io.buffer(st.get(0));
            if (!(st.get(1) instanceof PyInt)) {
                throw PyErr.typeError("second item of state must be an integer, not %s", st.get(1).type().name());
            }
            long pos = Abstract.asSsizeArg(st.get(1));
            if (pos < 0) {
                throw PyErr.valueError("position value cannot be negative");
            }
            PyObject d = st.get(2);
            if (d != PyNone.NONE && !(d instanceof dev.adder.runtime.objects.PyDict)) {
                throw PyErr.typeError("third item of state should be a dict, got a %s", d.type().name());
            }
            b.buf = init.clone();
            b.size = init.length;
            b.pos = (int) Math.min(pos, Integer.MAX_VALUE);
            if (d instanceof dev.adder.runtime.objects.PyDict dd) {
                b.instanceDict().update(dd);
            }
            return PyNone.NONE;
        });
        t.setAttribute("__doc__", PyStr.of("Buffered I/O implementation using an in-memory bytes buffer."));
    }
}
