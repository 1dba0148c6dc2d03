package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.util.Arrays;

/**
 * {@code _io.StringIO}: a text stream in memory, positions counted in code points, with
 * CPython's newline handling ({@code None}: universal and translated on write; {@code ''}:
 * universal without translation; {@code '\r'} or {@code '\r\n'}: {@code '\n'} written as that).
 *
 * <p>CPython: Modules/_io/stringio.c.
 */
public class PyStringIO extends PyIOBase {
    /** {@code _io.StringIO}. */
    public static final PyType TYPE = PyType.builtin("_io.StringIO", PyStringIO.class, PyType.BASETYPE,
            PyIOBase.TEXT);

    private static final int[] EMPTY = new int[0];
    int[] buf = EMPTY;
    int size;
    int pos;
    boolean closed;
    boolean initialized;
    /** Translates \r and \r\n to \n on write (newline=None). */
    NewlineState decoder;
    String writenl;
    String readnl;
    boolean readuniversal;
    boolean readtranslate;

    PyStringIO(PyType type) {
        super(type);
    }

    private void check() {
        if (!initialized) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file");
        }
    }

    private int avail(long n) {
        int left = Math.max(0, size - pos);
        return n < 0 || n > left ? left : (int) n;
    }

    String read(long n) {
        check();
        int k = avail(n);
        if (k == 0) {
            return "";
        }
        String r = new String(buf, pos, k);
        pos += k;
        return r;
    }

    String readline(long limit) {
        check();
        if (pos >= size) {
            return "";
        }
        int start = pos;
        int stop = pos + avail(limit);
        int end = start;
        if (readtranslate || !readuniversal) {
            String nl = readtranslate ? "\n" : readnl;
            if (nl.length() == 1) {
                char c = nl.charAt(0);
                while (end < stop) {
                    if (buf[end++] == c) {
                        break;
                    }
                }
            } else {
                // "\r\n"
                while (end < stop) {
                    if (buf[end] == '\r' && end + 1 < stop && buf[end + 1] == '\n') {
                        end += 2;
                        break;
                    }
                    end++;
                }
            }
        } else {
            while (end < stop) {
                int c = buf[end++];
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if (end < stop && buf[end] == '\n') {
                        end++;
                    }
                    break;
                }
            }
        }
        pos = end;
        return new String(buf, start, end - start);
    }

    int write(String s) {
        check();
        int n0 = s.codePointCount(0, s.length());
        if (decoder != null) {
            s = decoder.decode(s, true);
        }
        if (writenl != null) {
            s = s.replace("\n", writenl);
        }
        int len = s.length();
        int n = len == n0 && decoder == null && writenl == null ? n0 : s.codePointCount(0, len);
        if (n == 0) {
            return n0;
        }
        int end = pos + n;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2 + 16));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, 0);
        }
        int[] b = buf;
        int j = pos;
        if (n == len) {
            for (int i = 0; i < len; i++) {
                b[j++] = s.charAt(i);
            }
        } else {
            for (int i = 0; i < len;) {
                int cp = s.codePointAt(i);
                b[j++] = cp;
                i += Character.charCount(cp);
            }
        }
        pos = end;
        if (end > size) {
            size = end;
        }
        return n0;
    }

    private static final String[] INIT_NAMES = {"initial_value", "newline"};

    static PyStringIO self(PyObject o) {
        return (PyStringIO) o;
    }

    static void init(PyStringIO s, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack("StringIO", a, n, kw, INIT_NAMES, 0, 0, 2, 0);
        PyObject value = v[0];
        PyObject nlObj = v[1];
        String newline = "\n";
        if (nlObj != null) {
            if (nlObj == PyNone.NONE) {
                newline = null;
            } else if (nlObj instanceof PyStr ns) {
                newline = ns.value();
            } else {
                throw PyErr.typeError("newline must be str or None, not %s", nlObj.type().name());
            }
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", Abstract.repr(nlObj).value());
        }
        if (value != null && value != PyNone.NONE && !(value instanceof PyStr)) {
            throw PyErr.typeError("initial_value must be str or None, not %s", value.type().name());
        }
        s.readuniversal = newline == null || newline.isEmpty();
        s.readtranslate = newline == null;
        s.readnl = newline;
        s.writenl = newline != null && !newline.isEmpty() && newline.charAt(0) == '\r' ? newline : null;
        s.decoder = s.readuniversal ? new NewlineState(s.readtranslate) : null;
        s.buf = EMPTY;
        s.size = 0;
        s.pos = 0;
        s.closed = false;
        s.initialized = true;
        if (value instanceof PyStr str && str.length() > 0) {
            s.write(str.value());
            s.pos = 0;
        }
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> new PyStringIO(type);
        t.tp_iter = o -> {
            self(o).check();
            return o;
        };
        t.tp_iternext = o -> {
            if (o.type() == TYPE) {
                String line = self(o).readline(-1);
                return line.isEmpty() ? null : PyStr.of(line);
            }
            PyObject line = Abstract.callMethod(o, "readline");
            if (!(line instanceof PyStr ls)) {
                throw PyErr.format(PyExc.OSError, "readline() should have returned a str object, not '%s'",
                        line.type().name());
            }
            return ls.length() == 0 ? null : ls;
        };
        t.ready();
        t.setInstancesHaveWeakref();
        SlotWrappers.addWrapper(t, "__init__", (f, s, a, n, kw) -> {
            init(self(s), a, n, kw);
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
        def(t, "close", (s, a, n, kw) -> {
            self(s).closed = true;
            self(s).buf = EMPTY;
            return PyNone.NONE;
        });
        getter(t, "closed", s -> {
            if (!self(s).initialized) {
                throw PyErr.valueError("I/O operation on uninitialized object");
            }
            return PyBool.of(self(s).closed);
        });
        getter(t, "line_buffering", s -> {
            self(s).check();
            return PyBool.FALSE;
        });
        getter(t, "newlines", s -> {
            self(s).check();
            return self(s).decoder == null ? PyNone.NONE : self(s).decoder.newlines();
        });
        def(t, "getvalue", (s, a, n, kw) -> {
            PyStringIO b = self(s);
            b.check();
            return PyStr.of(new String(b.buf, 0, b.size));
        });
        def(t, "read", (s, a, n, kw) -> {
            args("read", n, kw, 0, 1);
            return PyStr.of(self(s).read(Io.size(n > 0 ? a[0] : null)));
        });
        def(t, "readline", (s, a, n, kw) -> {
            args("readline", n, kw, 0, 1);
            return PyStr.of(self(s).readline(Io.size(n > 0 ? a[0] : null)));
        });
        def(t, "write", (s, a, n, kw) -> {
            args("write", n, kw, 1, 1);
            self(s).check();
            if (!(a[0] instanceof PyStr str)) {
                throw PyErr.typeError("string argument expected, got '%s'", a[0].type().name());
            }
            return PyInt.of(self(s).write(str.value()));
        });
        def(t, "seek", (s, a, n, kw) -> {
            args("seek", n, kw, 1, 2);
            PyStringIO b = self(s);
            long p = Io.index(a[0]);
            long whence = n > 1 ? Io.index(a[1]) : 0;
            b.check();
            if (whence != 0 && whence != 1 && whence != 2) {
                throw PyErr.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            if (p < 0 && whence == 0) {
                throw PyErr.valueError("Negative seek position %d", p);
            }
            if (whence != 0 && p != 0) {
                throw PyErr.format(PyExc.OSError, "Can't do nonzero cur-relative seeks");
            }
            if (whence == 1) {
                p = b.pos;
            } else if (whence == 2) {
                p = b.size;
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
            PyStringIO b = self(s);
            b.check();
            long size = n > 0 && a[0] != PyNone.NONE ? Io.size(a[0]) : b.pos;
            if (size < 0) {
                throw PyErr.valueError("Negative size value %d", size);
            }
            if (size < b.size) {
                b.size = (int) size;
            }
            return PyInt.of(size);
        });
        def(t, "__getstate__", (s, a, n, kw) -> {
            PyStringIO b = self(s);
            b.check();
            return PyTuple.of(PyStr.of(new String(b.buf, 0, b.size)),
                    b.readnl == null ? PyNone.NONE : PyStr.of(b.readnl), PyInt.of(b.pos), b.instanceDict().copy());
        });
        def(t, "__setstate__", (s, a, n, kw) -> {
            args("__setstate__", n, kw, 1, 1);
            PyStringIO b = self(s);
            if (b.closed) {
                throw PyErr.valueError("I/O operation on closed file");
            }
            if (!(a[0] instanceof PyTuple st) || st.size() < 4) {
                throw PyErr.typeError("%s.__setstate__ argument should be 4-tuple, got %s", s.type().name(),
                        a[0].type().name());
            }
            init(b, new PyObject[] {st.get(0), st.get(1)}, 2, null);
            // the buffer as it was, without the newline translation __init__ applies
            if (st.get(0) instanceof PyStr v) {
                b.buf = v.value().codePoints().toArray();
                b.size = b.buf.length;
            } else {
                b.buf = EMPTY;
                b.size = 0;
            }
            if (!(st.get(2) instanceof PyInt)) {
                throw PyErr.typeError("third item of state must be an integer, got %s", st.get(2).type().name());
            }
            long pos = Abstract.asSsizeArg(st.get(2));
            if (pos < 0) {
                throw PyErr.valueError("position value cannot be negative");
            }
            b.pos = (int) Math.min(pos, Integer.MAX_VALUE - 16);
            PyObject d = st.get(3);
            if (d != PyNone.NONE) {
                if (!(d instanceof dev.adder.runtime.objects.PyDict dd)) {
                    throw PyErr.typeError("fourth item of state should be a dict, got a %s", d.type().name());
                }
                b.instanceDict().update(dd);
            }
            return PyNone.NONE;
        });
        t.setAttribute("__doc__", PyStr.of("Text I/O implementation using an in-memory buffer."));
    }
}
