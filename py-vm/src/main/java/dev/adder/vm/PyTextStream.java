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

    /** A stream writing to {@code out}; a line-buffered one flushes at each newline. */
    public PyTextStream(OutputStream out, boolean lineBuffered) {
        super(TYPE);
        this.out = out;
        this.lineBuffered = lineBuffered;
    }

    /** Writes {@code s}. */
    public void write(String s) {
        buf.append(s);
        if (buf.length() > 8192 || (lineBuffered && s.indexOf('\n') >= 0)) {
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
            throw PyErr.format(dev.adder.runtime.exceptions.PyExc.OSError, "%s", e.getMessage());
        }
        buf.setLength(0);
    }
}
