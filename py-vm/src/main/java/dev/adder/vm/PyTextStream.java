package dev.adder.vm;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A text output stream over a Java byte stream, UTF-8 encoded: {@code sys.stdout} and
 * {@code sys.stderr} until the io module exists.
 *
 * <p>CPython: Modules/_io/textio.c ({@code TextIOWrapper}), reduced to writing.
 */
public final class PyTextStream extends PyObject {
    /** {@code _io.TextIOWrapper}. */
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyTextStream.class, 0);

    static {
        TYPE.ready();
        PyMethodDescr.oneArg(TYPE, "write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw PyErr.typeError("write() argument must be str, not %s", s.type().name());
            }
            ((PyTextStream) self).write(str.value());
            return PyInt.of(str.length());
        });
        PyMethodDescr.noArgs(TYPE, "flush", self -> {
            ((PyTextStream) self).flush();
            return PyNone.NONE;
        });
    }

    private final OutputStream out;
    private final boolean lineBuffered;
    private final StringBuilder buf = new StringBuilder();
    /** Whether every write goes out at once ({@code -u}, {@code PYTHONUNBUFFERED}). */
    public boolean writeThrough;

    /** A stream writing to {@code out}; a line-buffered one flushes at each newline. */
    public PyTextStream(OutputStream out, boolean lineBuffered) {
        super(TYPE);
        this.out = out;
        this.lineBuffered = lineBuffered;
    }

    /** Writes {@code s}. */
    public void write(String s) {
        buf.append(s);
        if (writeThrough || buf.length() > 8192 || (lineBuffered && s.indexOf('\n') >= 0)) {
            flush();
        }
    }

    /** Writes out what is buffered. */
    public void flush() {
        if (buf.length() == 0) {
            return;
        }
        try {
            out.write(buf.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            if (writeThrough || String.valueOf(e.getMessage()).startsWith("Broken pipe")) {
                buf.setLength(0); // nothing is kept to write again at exit, as in CPython
            }
            throw osError(e);
        }
        buf.setLength(0);
    }

    /** The OSError (or subclass) CPython raises for the failed write that {@code e} reports. */
    static dev.adder.runtime.PyException osError(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("Broken pipe")) {
            return PyErr.of(dev.adder.runtime.exceptions.PyExc.BrokenPipeError, PyInt.of(32), PyStr.of("Broken pipe"));
        }
        if (m.startsWith("No space left on device")) {
            return PyErr.of(dev.adder.runtime.exceptions.PyExc.OSError, PyInt.of(28),
                    PyStr.of("No space left on device"));
        }
        return PyErr.format(dev.adder.runtime.exceptions.PyExc.OSError, "%s", m);
    }
}
