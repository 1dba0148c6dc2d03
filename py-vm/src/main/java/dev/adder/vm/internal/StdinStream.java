package dev.adder.vm.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A text input stream over a Java byte stream, UTF-8 decoded: {@code sys.stdin} until the io
 * module provides one ({@code read}, {@code readline}, {@code readlines}, iteration).
 *
 * <p>CPython: Modules/_io/textio.c ({@code TextIOWrapper}), reduced to reading.
 */
public final class StdinStream extends PyObject {
    /** {@code _io.TextIOWrapper} (reading). */
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", StdinStream.class, 0);

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> {
            String line = ((StdinStream) o).readLine();
            return line.isEmpty() ? null : PyStr.of(line);
        };
        TYPE.tp_repr = o -> PyStr.of("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
        TYPE.ready();
        PyMethodDescr.varArgs(TYPE, "read", 0, 1, (self, a, n) -> {
            long size = n == 0 || a[0] == PyNone.NONE ? -1 : Abstract.index(a[0]).clampedLong();
            return PyStr.of(((StdinStream) self).read(size));
        });
        PyMethodDescr.varArgs(TYPE, "readline", 0, 1, (self, a, n) -> PyStr.of(((StdinStream) self).readLine()));
        PyMethodDescr.varArgs(TYPE, "readlines", 0, 1, (self, a, n) -> {
            PyList l = new PyList();
            for (String s = ((StdinStream) self).readLine(); !s.isEmpty(); s = ((StdinStream) self).readLine()) {
                l.append(PyStr.of(s));
            }
            return l;
        });
        PyMethodDescr.noArgs(TYPE, "fileno", self -> PyInt.of(0));
        PyMethodDescr.noArgs(TYPE, "isatty", self -> PyBool.of(System.console() != null));
        PyMethodDescr.noArgs(TYPE, "readable", self -> PyBool.TRUE);
        PyMethodDescr.noArgs(TYPE, "writable", self -> PyBool.FALSE);
        PyMethodDescr.noArgs(TYPE, "close", self -> PyNone.NONE);
        TYPE.setAttribute("name", PyStr.of("<stdin>"));
        TYPE.setAttribute("encoding", PyStr.of("utf-8"));
        TYPE.setAttribute("errors", PyStr.of("strict"));
        TYPE.setAttribute("mode", PyStr.of("r"));
    }

    private final InputStream in;
    /** Characters read ahead by {@code read(n)} and not yet returned. */
    private String pending = "";

    /** A stream reading {@code in}. */
    public StdinStream(InputStream in) {
        super(TYPE);
        this.in = in;
    }

    /** One line with its newline, or "" at the end. */
    public String readLine() {
        if (!pending.isEmpty()) {
            int nl = pending.indexOf('\n');
            if (nl >= 0) {
                String r = pending.substring(0, nl + 1);
                pending = pending.substring(nl + 1);
                return r;
            }
            String r = pending;
            pending = "";
            return r + readLine();
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            for (int c = in.read(); c >= 0; c = in.read()) {
                b.write(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private String read(long size) {
        try {
            if (size < 0) {
                String r = pending + new String(in.readAllBytes(), StandardCharsets.UTF_8);
                pending = "";
                return r;
            }
            StringBuilder sb = new StringBuilder(pending);
            pending = "";
            while (sb.codePointCount(0, sb.length()) < size) {
                String l = readLine();
                if (l.isEmpty()) {
                    break;
                }
                sb.append(l);
            }
            if (sb.codePointCount(0, sb.length()) > size) {
                int cut = sb.offsetByCodePoints(0, (int) size);
                pending = sb.substring(cut);
                sb.setLength(cut);
            }
            return sb.toString();
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        }
    }
}
