package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.Import;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import dev.adder.vm.ThreadState;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _io} module: {@code open}, {@code open_code}, {@code text_encoding}, the I/O classes
 * and {@code UnsupportedOperation}. Importing it makes {@code builtins.open} this module's
 * {@code open}. Files with buffered data that were not closed are written out before each
 * {@code open()} and at exit (CPython does it when they are freed); objects are not closed by a
 * finalizer. File descriptors are numbers handed out by {@link PyFileIO}, not the process's.
 *
 * <p>CPython: Modules/_io/_iomodule.c.
 */
public final class IoModule implements BuiltinModule {
    @Override
    public String name() {
        return "_io";
    }

    /** Streams that may hold buffered writes. */
    private static final List<PyIOBase> PENDING = new ArrayList<>();

    static void track(PyIOBase o) {
        if (!o.tracked) {
            o.tracked = true;
            synchronized (PENDING) {
                PENDING.add(o);
            }
        }
    }

    /** Writes out the buffered data of every stream that has some; errors are ignored. */
    public static void flushPending() {
        PyIOBase[] all;
        synchronized (PENDING) {
            if (PENDING.isEmpty()) {
                return;
            }
            all = PENDING.toArray(new PyIOBase[0]);
            PENDING.clear();
        }
        for (PyIOBase o : all) {
            o.tracked = false;
            if (o instanceof PyTextIOWrapper t) {
                try {
                    if (t.ok && !t.isClosed()) {
                        t.writeFlush();
                        PyBuffered b = t.fbuf;
                        if (b != null && b.ok && b.wlen > 0 && !b.rawClosed()) {
                            b.flushWrites();
                        }
                    }
                } catch (PyException e) {
                    // as at deallocation: nothing to report it to
                }
            }
        }
        for (PyIOBase o : all) {
            if (o instanceof PyBuffered b) {
                try {
                    if (b.ok && b.wlen > 0 && !b.rawClosed()) {
                        b.flushWrites();
                    }
                } catch (PyException e) {
                    // as at deallocation
                }
            } else if (o instanceof PyTextIOWrapper t && t.fbuf == null && t.ok) {
                try {
                    if (!t.isClosed()) {
                        Abstract.callMethod(t.buffer, "flush");
                    }
                } catch (PyException e) {
                    // as at deallocation
                }
            }
        }
    }

    private static final String[] OPEN_NAMES = {"file", "mode", "buffering", "encoding", "errors", "newline",
        "closefd", "opener"};

    /** {@code io.open}. */
    static PyObject open(PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack("open", a, n, kw, OPEN_NAMES, 0, 1, 8, 0);
        PyObject file = v[0];
        String mode = "r";
        if (v[1] != null) {
            if (!(v[1] instanceof PyStr ms)) {
                throw PyErr.typeError("open() argument 'mode' must be str, not %s", v[1].type().name());
            }
            mode = ms.value();
        }
        long buffering = v[2] == null ? -1 : Io.index(v[2]);
        String encoding = PyTextIOWrapper.strOrNone(v[3], "open", "encoding");
        String errors = PyTextIOWrapper.strOrNone(v[4], "open", "errors");
        String newline = PyTextIOWrapper.strOrNone(v[5], "open", "newline");
        boolean closefd = v[6] == null || Abstract.isTrue(v[6]);
        PyObject opener = v[7] == null ? PyNone.NONE : v[7];

        if (!(file instanceof PyInt) && !(file instanceof PyStr) && !(file instanceof PyBytes)) {
            file = fspath(file);
        }
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            int j = "xrwab+t".indexOf(c);
            if (j < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PyErr.valueError("invalid mode: '%s'", mode);
            }
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                default: binary = true; break;
            }
        }
        StringBuilder raw = new StringBuilder();
        if (creating) {
            raw.append('x');
        }
        if (reading) {
            raw.append('r');
        }
        if (writing) {
            raw.append('w');
        }
        if (appending) {
            raw.append('a');
        }
        if (updating) {
            raw.append('+');
        }
        if (text && binary) {
            throw PyErr.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw PyErr.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyErr.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyErr.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            PyObject warnings = Import.importModule(ThreadState.current(), "warnings");
            Abstract.callMethod(warnings, "warn", PyStr.of("line buffering (buffering=1) isn't supported in "
                    + "binary mode, the default buffer size will be used"), PyExc.RuntimeWarning, PyInt.of(1));
        }
        flushPending();
        PyObject rawObj = Abstract.call(PyFileIO.TYPE, new PyObject[] {file, PyStr.of(raw.toString()),
            PyBool.of(closefd), opener}, 2, PyTuple.of(PyStr.of("closefd"), PyStr.of("opener")));
        PyObject result = rawObj;
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && Abstract.isTrue(Abstract.callMethod(rawObj, "isatty")))) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = Io.DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    return result;
                }
                throw PyErr.valueError("can't have unbuffered text I/O");
            }
            PyObject buffer;
            if (updating) {
                buffer = Abstract.call(PyBuffered.RANDOM, rawObj, PyInt.of(buffering));
            } else if (creating || writing || appending) {
                buffer = Abstract.call(PyBuffered.WRITER, rawObj, PyInt.of(buffering));
            } else {
                buffer = Abstract.call(PyBuffered.READER, rawObj, PyInt.of(buffering));
            }
            result = buffer;
            if (binary) {
                return result;
            }
            PyObject wrapper = Abstract.call(PyTextIOWrapper.TYPE, buffer,
                    encoding == null ? PyNone.NONE : PyStr.of(encoding),
                    errors == null ? PyNone.NONE : PyStr.of(errors),
                    newline == null ? PyNone.NONE : PyStr.of(newline), PyBool.of(lineBuffering));
            result = wrapper;
            Abstract.setAttr(wrapper, PyStr.of("mode"), PyStr.of(mode));
            return result;
        } catch (PyException e) {
            try {
                Abstract.callMethod(result, "close");
            } catch (PyException e2) {
                // the first error is the one reported
            }
            throw e;
        }
    }

    private static PyObject fspath(PyObject file) {
        if (file.type().lookup("__fspath__") == null) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", file.type().name());
        }
        PyObject f = Abstract.callMethod(file, "__fspath__");
        if (!(f instanceof PyStr) && !(f instanceof PyBytes)) {
            throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s", file.type().name(),
                    f.type().name());
        }
        return f;
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        PyBuiltinFunction openFunc = new PyBuiltinFunction("open", "open", m, (self, a, n, kw) -> open(a, n, kw));
        set(m, "__doc__", PyStr.of("The io module provides the Python interfaces to stream handling. The\n"
                + "builtin open function is defined in this module.\n"));
        set(m, "open", openFunc);
        set(m, "open_code", new PyBuiltinFunction("open_code", "open_code", m, (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("open_code", a, n, kw, new String[] {"path"}, 0, 1, 1, 0);
            if (!(v[0] instanceof PyStr)) {
                throw PyErr.typeError("open_code() argument 'path' must be str, not %s", v[0].type().name());
            }
            return open(new PyObject[] {v[0], PyStr.of("rb")}, 2, null);
        }));
        set(m, "text_encoding", new PyBuiltinFunction("text_encoding", "text_encoding", m, (self, a, n, kw) -> {
            BuiltinArgs.positional("text_encoding", n, kw, 1, 2);
            if (a[0] != PyNone.NONE) {
                return a[0];
            }
            return PyStr.of("locale");
        }));
        set(m, "DEFAULT_BUFFER_SIZE", PyInt.of(Io.DEFAULT_BUFFER_SIZE));
        set(m, "UnsupportedOperation", Io.UNSUPPORTED);
        set(m, "BlockingIOError", PyExc.BlockingIOError);
        set(m, "_IOBase", PyIOBase.TYPE);
        set(m, "_RawIOBase", PyIOBase.RAW);
        set(m, "_BufferedIOBase", PyIOBase.BUFFERED);
        set(m, "_TextIOBase", PyIOBase.TEXT);
        set(m, "IncrementalNewlineDecoder", PyIncrementalNewlineDecoder.TYPE);
        set(m, "FileIO", PyFileIO.TYPE);
        set(m, "BytesIO", PyBytesIO.TYPE);
        set(m, "StringIO", PyStringIO.TYPE);
        set(m, "BufferedReader", PyBuffered.READER);
        set(m, "BufferedWriter", PyBuffered.WRITER);
        set(m, "BufferedRandom", PyBuffered.RANDOM);
        set(m, "BufferedRWPair", PyBufferedRWPair.TYPE);
        set(m, "TextIOWrapper", PyTextIOWrapper.TYPE);
        interp.builtins.setItem(PyStr.of("open"), openFunc);
        interp.exitHooks.add(IoModule::flushPending);
    }

    private static void set(PyModule m, String name, PyObject v) {
        m.dict.setItem(PyStr.of(name), v);
    }
}
