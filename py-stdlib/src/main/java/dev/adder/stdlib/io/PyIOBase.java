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
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PySlice;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.io.ByteArrayOutputStream;

/**
 * {@code _io._IOBase} and the abstract bases {@code _RawIOBase}, {@code _BufferedIOBase},
 * {@code _TextIOBase} (same layout): the default methods, written over the object's other
 * methods as CPython's are, so that classes defined in Python can build on them. Every
 * {@code _io} object has an instance dictionary, as in CPython.
 *
 * <p>CPython: Modules/_io/iobase.c, Modules/_io/bufferedio.c ({@code _BufferedIOBase}),
 * Modules/_io/textio.c ({@code _TextIOBase}).
 */
public class PyIOBase extends PyObject implements PyMemberDescr.SlotHolder {
    /** {@code _io._IOBase}. */
    public static final PyType TYPE = PyType.builtin("_io._IOBase", PyIOBase.class, PyType.BASETYPE);
    /** {@code _io._RawIOBase}. */
    public static final PyType RAW = PyType.builtin("_io._RawIOBase", PyIOBase.class, PyType.BASETYPE, TYPE);
    /** {@code _io._BufferedIOBase}. */
    public static final PyType BUFFERED = PyType.builtin("_io._BufferedIOBase", PyIOBase.class, PyType.BASETYPE,
            TYPE);
    /** {@code _io._TextIOBase}. */
    public static final PyType TEXT = PyType.builtin("_io._TextIOBase", PyIOBase.class, PyType.BASETYPE, TYPE);

    private final PyDict dict = new PyDict();
    private PyObject[] slots;
    /** {@code __IOBase_closed}. */
    boolean iobaseClosed;
    /** Listed among the streams with buffered writes ({@link IoModule#flushPending}). */
    boolean tracked;

    PyIOBase(PyType type) {
        super(type);
        int n = type.slotCount();
        if (n > 0) {
            slots = new PyObject[n];
        }
    }

    @Override
    public final PyDict instanceDict() {
        return dict;
    }

    @Override
    public final PyObject[] slotArray() {
        return slots;
    }

    /** Whether {@code self.closed} is true. */
    static boolean closed(PyObject self) {
        return Abstract.isTrue(Abstract.getAttr(self, "closed"));
    }

    /** {@code _checkClosed}. */
    static void checkClosed(PyObject self) {
        if (closed(self)) {
            throw Io.closedFile();
        }
    }

    static void checkReadable(PyObject self) {
        if (!Abstract.isTrue(Abstract.callMethod(self, "readable"))) {
            throw Io.unsupported("File or stream is not readable.");
        }
    }

    static void checkWritable(PyObject self) {
        if (!Abstract.isTrue(Abstract.callMethod(self, "writable"))) {
            throw Io.unsupported("File or stream is not writable.");
        }
    }

    static void checkSeekable(PyObject self) {
        if (!Abstract.isTrue(Abstract.callMethod(self, "seekable"))) {
            throw Io.unsupported("File or stream is not seekable.");
        }
    }

    /** Adds a method with the full calling convention. */
    static void def(PyType t, String name, dev.adder.runtime.objects.PyBuiltinFunction.Impl f) {
        PyMethodDescr.full(t, name, f);
    }

    static void getter(PyType t, String name, java.util.function.Function<PyObject, PyObject> g) {
        t.setAttribute(name, new PyGetSetDescr(t, name, g, null));
    }

    /** At most {@code max} positional arguments, no keywords. */
    static void args(String name, int n, PyTuple kw, int min, int max) {
        BuiltinArgs.positional(name, n, kw, min, max);
    }

    /** {@code IOBase.readline(size=-1)} over {@code peek} (when there is one) and {@code read}. */
    static PyObject readlineGeneric(PyObject self, long limit) {
        PyObject peek = Io.attrOrNull(self, "peek");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            long nreadahead = 1;
            if (peek != null) {
                PyObject ra = Abstract.call(peek, PyInt.of(1));
                if (!(ra instanceof PyBytes rb)) {
                    throw PyErr.format(PyExc.OSError, "peek() should have returned a bytes object, not '%s'",
                            ra.type().name());
                }
                if (rb.size() > 0) {
                    byte[] b = rb.toByteArray();
                    int n = 0;
                    while (n < b.length && (limit < 0 || n < limit)) {
                        if (b[n++] == '\n') {
                            break;
                        }
                    }
                    nreadahead = n;
                }
            }
            PyObject r = Abstract.callMethod(self, "read", PyInt.of(nreadahead));
            if (!(r instanceof PyBytes rb)) {
                if (r == PyNone.NONE) {
                    break;
                }
                throw PyErr.format(PyExc.OSError, "read() should have returned a bytes object, not '%s'",
                        r.type().name());
            }
            if (rb.size() == 0) {
                break;
            }
            byte[] b = rb.toByteArray();
            out.write(b, 0, b.length);
            if (b[b.length - 1] == '\n') {
                break;
            }
        }
        return PyBytes.wrap(out.toByteArray());
    }

    /** {@code readlines(hint=-1)} over iteration. */
    static PyObject readlinesGeneric(PyObject self, PyObject hintArg) {
        long hint = Io.size(hintArg);
        PyList result = new PyList();
        PyObject it = Abstract.iter(self);
        if (hint <= 0) {
            for (PyObject line; (line = Abstract.next(it)) != null;) {
                result.append(line);
            }
            return result;
        }
        long length = 0;
        for (PyObject line; (line = Abstract.next(it)) != null;) {
            result.append(line);
            length += Abstract.len(line);
            if (length > hint) {
                break;
            }
        }
        return result;
    }

    static PyObject writelinesGeneric(PyObject self, PyObject lines) {
        checkClosed(self);
        PyObject it = Abstract.iter(lines);
        for (PyObject line; (line = Abstract.next(it)) != null;) {
            Abstract.callMethod(self, "write", line);
        }
        return PyNone.NONE;
    }

    /** {@code IOBase.close()}: flush, then closed. */
    static PyObject closeGeneric(PyObject self) {
        PyIOBase b = (PyIOBase) self;
        if (b.iobaseClosed) {
            return PyNone.NONE;
        }
        try {
            Abstract.callMethod(self, "flush");
        } finally {
            b.iobaseClosed = true;
        }
        return PyNone.NONE;
    }

    /** Copies {@code data} into the writable buffer {@code b} ({@code b[:len(data)] = data}). */
    static void copyInto(PyObject b, byte[] data, int n) {
        if (n == 0) {
            return;
        }
        Abstract.setItem(b, new PySlice(PyInt.of(0), PyInt.of(n), null), Io.bytes(data, 0, n));
    }

    static PyObject iterNext(PyObject self) {
        PyObject line = Abstract.callMethod(self, "readline");
        if (Abstract.len(line) == 0) {
            return null;
        }
        return line;
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> new PyIOBase(type);
        t.tp_iter = self -> {
            checkClosed(self);
            return self;
        };
        t.tp_iternext = PyIOBase::iterNext;
        t.ready();
        t.setInstancesHaveWeakref();
        def(t, "seek", (self, a, n, kw) -> {
            throw Io.unsupported("seek");
        });
        def(t, "tell", (self, a, n, kw) -> {
            args("tell", n, kw, 0, 0);
            return Abstract.callMethod(self, "seek", PyInt.of(0), PyInt.of(1));
        });
        def(t, "truncate", (self, a, n, kw) -> {
            throw Io.unsupported("truncate");
        });
        def(t, "flush", (self, a, n, kw) -> {
            args("flush", n, kw, 0, 0);
            if (((PyIOBase) self).iobaseClosed) {
                throw Io.closedFile();
            }
            return PyNone.NONE;
        });
        def(t, "close", (self, a, n, kw) -> {
            args("close", n, kw, 0, 0);
            return closeGeneric(self);
        });
        def(t, "seekable", (self, a, n, kw) -> PyBool.FALSE);
        def(t, "readable", (self, a, n, kw) -> PyBool.FALSE);
        def(t, "writable", (self, a, n, kw) -> PyBool.FALSE);
        def(t, "_checkClosed", (self, a, n, kw) -> {
            checkClosed(self);
            return PyNone.NONE;
        });
        def(t, "_checkSeekable", (self, a, n, kw) -> {
            checkSeekable(self);
            return PyBool.TRUE;
        });
        def(t, "_checkReadable", (self, a, n, kw) -> {
            checkReadable(self);
            return PyBool.TRUE;
        });
        def(t, "_checkWritable", (self, a, n, kw) -> {
            checkWritable(self);
            return PyBool.TRUE;
        });
        def(t, "fileno", (self, a, n, kw) -> {
            throw Io.unsupported("fileno");
        });
        def(t, "isatty", (self, a, n, kw) -> {
            checkClosed(self);
            return PyBool.FALSE;
        });
        def(t, "__enter__", (self, a, n, kw) -> {
            checkClosed(self);
            return self;
        });
        def(t, "__exit__", (self, a, n, kw) -> Abstract.callMethod(self, "close"));
        def(t, "readline", (self, a, n, kw) -> {
            args("readline", n, kw, 0, 1);
            return readlineGeneric(self, Io.size(n > 0 ? a[0] : null));
        });
        def(t, "readlines", (self, a, n, kw) -> {
            args("readlines", n, kw, 0, 1);
            return readlinesGeneric(self, n > 0 ? a[0] : null);
        });
        def(t, "writelines", (self, a, n, kw) -> {
            args("writelines", n, kw, 1, 1);
            return writelinesGeneric(self, a[0]);
        });
        getter(t, "closed", self -> PyBool.of(((PyIOBase) self).iobaseClosed));
        t.setAttribute("__dict__", new PyGetSetDescr(t, "__dict__", PyObject::instanceDict, null));
        t.setAttribute("__doc__", PyStr.of("The abstract base class for all I/O classes."));

        // _RawIOBase
        t = RAW;
        t.ready();
        t.setInstancesHaveWeakref();
        def(t, "read", (self, a, n, kw) -> {
            args("read", n, kw, 0, 1);
            long size = n > 0 ? Io.index(a[0]) : -1;
            if (size < 0) {
                return Abstract.callMethod(self, "readall");
            }
            PyByteArray b = new PyByteArray(new byte[(int) size], (int) size);
            PyObject r = Abstract.callMethod(self, "readinto", b);
            if (r == PyNone.NONE) {
                return r;
            }
            long k = Io.index(r);
            if (k < 0 || k > size) {
                throw PyErr.valueError("readinto returned %d outside buffer size %d", k, size);
            }
            byte[] all = b.toByteArray();
            return Io.bytes(all, 0, (int) k);
        });
        def(t, "readall", (self, a, n, kw) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                PyObject data = Abstract.callMethod(self, "read", PyInt.of(Io.DEFAULT_BUFFER_SIZE));
                if (data == PyNone.NONE) {
                    if (out.size() == 0) {
                        return data;
                    }
                    break;
                }
                if (!(data instanceof PyBytes bd)) {
                    throw PyErr.typeError("read() should return bytes");
                }
                if (bd.size() == 0) {
                    break;
                }
                byte[] x = bd.toByteArray();
                out.write(x, 0, x.length);
            }
            return PyBytes.wrap(out.toByteArray());
        });
        def(t, "readinto", (self, a, n, kw) -> {
            throw PyErr.format(PyExc.NotImplementedError, "");
        });
        def(t, "write", (self, a, n, kw) -> {
            throw PyErr.format(PyExc.NotImplementedError, "");
        });
        t.setAttribute("__doc__", PyStr.of("Base class for raw binary I/O."));

        // _BufferedIOBase
        t = BUFFERED;
        t.ready();
        t.setInstancesHaveWeakref();
        for (String name : new String[] {"detach", "read", "read1", "write"}) {
            def(t, name, (self, a, n, kw) -> {
                throw Io.unsupported(name);
            });
        }
        def(t, "readinto", (self, a, n, kw) -> {
            args("readinto", n, kw, 1, 1);
            return bufferedReadinto(self, a[0], "read");
        });
        def(t, "readinto1", (self, a, n, kw) -> {
            args("readinto1", n, kw, 1, 1);
            return bufferedReadinto(self, a[0], "read1");
        });
        t.setAttribute("__doc__", PyStr.of("Base class for buffered IO objects."));

        // _TextIOBase
        t = TEXT;
        t.ready();
        t.setInstancesHaveWeakref();
        for (String name : new String[] {"detach", "read", "readline", "write"}) {
            def(t, name, (self, a, n, kw) -> {
                throw Io.unsupported(name);
            });
        }
        getter(t, "encoding", self -> PyNone.NONE);
        getter(t, "newlines", self -> PyNone.NONE);
        getter(t, "errors", self -> PyNone.NONE);
        t.setAttribute("__doc__", PyStr.of("Base class for text I/O."));
    }

    private static PyObject bufferedReadinto(PyObject self, PyObject b, String method) {
        int len = Abstract.len(b);
        PyObject data = Abstract.callMethod(self, method, PyInt.of(len));
        if (!(data instanceof PyBytes bd)) {
            throw PyErr.typeError("read() should return bytes");
        }
        int n = bd.size();
        if (n > len) {
            throw PyErr.valueError("read() returned too much data: %d bytes requested, %d returned", len, n);
        }
        copyInto(b, bd.toByteArray(), n);
        return PyInt.of(n);
    }

    /** Raises the exception of a failed close after the primary one as its context. */
    static PyException chain(PyException primary, PyException secondary) {
        primary.value.setContext(secondary.value);
        return primary;
    }
}
