package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

/**
 * {@code _io.BufferedRWPair(reader, writer, buffer_size)}: a BufferedReader and a
 * BufferedWriter over two raw streams, seen as one stream.
 *
 * <p>CPython: Modules/_io/bufferedio.c ({@code rwpair}).
 */
public class PyBufferedRWPair extends PyIOBase {
    /** {@code _io.BufferedRWPair}. */
    public static final PyType TYPE = PyType.builtin("_io.BufferedRWPair", PyBufferedRWPair.class, PyType.BASETYPE,
            PyIOBase.BUFFERED);

    PyObject reader;
    PyObject writer;

    PyBufferedRWPair(PyType type) {
        super(type);
    }

    static PyBufferedRWPair self(PyObject o) {
        PyBufferedRWPair p = (PyBufferedRWPair) o;
        if (p.reader == null) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
        return p;
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> new PyBufferedRWPair(type);
        t.tp_iter = o -> {
            checkClosed(o);
            return o;
        };
        t.tp_iternext = PyIOBase::iterNext;
        t.ready();
        t.setInstancesHaveWeakref();
        SlotWrappers.addWrapper(t, "__init__", (f, s, a, n, kw) -> {
            BuiltinArgs.noKeywords("BufferedRWPair", kw);
            BuiltinArgs.checkPositional("BufferedRWPair", n, 2, 3);
            PyBufferedRWPair p = (PyBufferedRWPair) s;
            checkReadable(a[0]);
            checkWritable(a[1]);
            PyObject size = n > 2 ? a[2] : PyInt.of(Io.DEFAULT_BUFFER_SIZE);
            p.reader = Abstract.call(PyBuffered.READER, a[0], size);
            p.writer = Abstract.call(PyBuffered.WRITER, a[1], size);
            return PyNone.NONE;
        });
        for (String name : new String[] {"read", "peek", "read1", "readinto", "readinto1", "readline"}) {
            def(t, name, (s, a, n, kw) -> Abstract.call(Abstract.getAttr(self(s).reader, name), a, n, kw));
        }
        def(t, "readable", (s, a, n, kw) -> Abstract.callMethod(self(s).reader, "readable"));
        def(t, "write", (s, a, n, kw) -> Abstract.call(Abstract.getAttr(self(s).writer, "write"), a, n, kw));
        def(t, "flush", (s, a, n, kw) -> Abstract.callMethod(self(s).writer, "flush"));
        def(t, "writable", (s, a, n, kw) -> Abstract.callMethod(self(s).writer, "writable"));
        def(t, "isatty", (s, a, n, kw) -> {
            PyObject r = Abstract.callMethod(self(s).writer, "isatty");
            if (Abstract.isTrue(r)) {
                return r;
            }
            return Abstract.callMethod(self(s).reader, "isatty");
        });
        def(t, "close", (s, a, n, kw) -> {
            PyBufferedRWPair p = self(s);
            PyException err = null;
            try {
                Abstract.callMethod(p.writer, "close");
            } catch (PyException e) {
                err = e;
            }
            try {
                Abstract.callMethod(p.reader, "close");
            } catch (PyException e) {
                if (err != null) {
                    throw chain(e, err);
                }
                throw e;
            }
            if (err != null) {
                throw err;
            }
            return PyNone.NONE;
        });
        getter(t, "closed", s -> Abstract.getAttr(self(s).writer, "closed"));
        t.setAttribute("__doc__", PyStr.of("A buffered reader and writer object together."));
    }
}
