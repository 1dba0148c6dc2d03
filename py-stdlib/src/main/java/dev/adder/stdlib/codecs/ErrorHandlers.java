package dev.adder.stdlib.codecs;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.PyModule;
import java.io.ByteArrayOutputStream;

/**
 * The builtin codec error handlers as callables ({@code codecs.lookup_error("replace")} and so on),
 * taking a {@code UnicodeError} and returning (replacement, resume position).
 *
 * <p>CPython: {@code Python/codecs.c} ({@code PyCodec_StrictErrors}, {@code PyCodec_IgnoreErrors},
 * {@code PyCodec_ReplaceErrors}, {@code PyCodec_BackslashReplaceErrors}, ...).
 */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    interface Handler {
        PyObject handle(PyObject exc);
    }

    static void install(PyModule m, PyDict registry) {
        add(m, registry, "strict", ErrorHandlers::strict);
        add(m, registry, "ignore", ErrorHandlers::ignore);
        add(m, registry, "replace", ErrorHandlers::replace);
        add(m, registry, "backslashreplace", ErrorHandlers::backslashreplace);
        add(m, registry, "xmlcharrefreplace", ErrorHandlers::xmlcharrefreplace);
        add(m, registry, "namereplace", ErrorHandlers::namereplace);
        add(m, registry, "surrogateescape", ErrorHandlers::surrogateescape);
        add(m, registry, "surrogatepass", ErrorHandlers::surrogatepass);
    }

    private static void add(PyModule m, PyDict registry, String name, Handler h) {
        String fname = name.startsWith("surrogate") ? name : name + "_errors";
        registry.setItem(PyStr.of(name), new PyBuiltinFunction(fname, fname, m, (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne(fname, n, kw);
            return h.handle(a[0]);
        }));
    }

    private static boolean is(PyObject exc, dev.adder.runtime.PyType t) {
        return exc.type().isSubtype(t);
    }

    private static PyException wrongType(PyObject exc) {
        return PyErr.typeError("don't know how to handle %s in error callback", exc.type().name());
    }

    private static int attr(PyObject exc, String name) {
        return (int) Abstract.asIndexClamped(Abstract.getAttr(exc, name));
    }

    private static PyStr object(PyObject exc) {
        PyObject o = Abstract.getAttr(exc, "object");
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("object attribute must be unicode");
        }
        return s;
    }

    private static PyObject result(String s, int end) {
        return PyTuple.of(PyStr.of(s), PyInt.of(end));
    }

    static PyObject strict(PyObject exc) {
        if (exc instanceof PyBaseException e) {
            throw new PyException(e);
        }
        throw PyErr.typeError("codec must pass exception instance");
    }

    static PyObject ignore(PyObject exc) {
        if (is(exc, PyExc.UnicodeEncodeError) || is(exc, PyExc.UnicodeDecodeError)
                || is(exc, PyExc.UnicodeTranslateError)) {
            return result("", attr(exc, "end"));
        }
        throw wrongType(exc);
    }

    static PyObject replace(PyObject exc) {
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        if (is(exc, PyExc.UnicodeEncodeError)) {
            return result("?".repeat(Math.max(0, end - start)), end);
        } else if (is(exc, PyExc.UnicodeDecodeError)) {
            return result("\ufffd", end);
        } else if (is(exc, PyExc.UnicodeTranslateError)) {
            return result("\ufffd".repeat(Math.max(0, end - start)), end);
        }
        throw wrongType(exc);
    }

    static String backslash(int c) {
        if (c < 0x100) {
            return String.format("\\x%02x", c);
        } else if (c < 0x10000) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    static PyObject backslashreplace(PyObject exc) {
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        StringBuilder sb = new StringBuilder();
        if (is(exc, PyExc.UnicodeDecodeError)) {
            byte[] b = BytesOps.buffer(Abstract.getAttr(exc, "object"));
            for (int k = Math.max(0, start); k < Math.min(end, b.length); k++) {
                sb.append(String.format("\\x%02x", b[k] & 0xff));
            }
            return result(sb.toString(), end);
        }
        if (!is(exc, PyExc.UnicodeEncodeError) && !is(exc, PyExc.UnicodeTranslateError)) {
            throw wrongType(exc);
        }
        PyStr s = object(exc);
        for (int k = Math.max(0, start); k < Math.min(end, s.length()); k++) {
            sb.append(backslash(s.codePointAt(k)));
        }
        return result(sb.toString(), end);
    }

    static PyObject xmlcharrefreplace(PyObject exc) {
        if (!is(exc, PyExc.UnicodeEncodeError)) {
            throw wrongType(exc);
        }
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        PyStr s = object(exc);
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, start); k < Math.min(end, s.length()); k++) {
            sb.append("&#").append(s.codePointAt(k)).append(';');
        }
        return result(sb.toString(), end);
    }

    static PyObject namereplace(PyObject exc) {
        if (!is(exc, PyExc.UnicodeEncodeError)) {
            throw wrongType(exc);
        }
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        PyStr s = object(exc);
        StringBuilder sb = new StringBuilder();
        for (int k = Math.max(0, start); k < Math.min(end, s.length()); k++) {
            int c = s.codePointAt(k);
            String name = Character.isSurrogate((char) c) && c < 0x10000 ? null : Character.getName(c);
            sb.append(name == null ? backslash(c) : "\\N{" + name + "}");
        }
        return result(sb.toString(), end);
    }

    static PyObject surrogateescape(PyObject exc) {
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        if (is(exc, PyExc.UnicodeDecodeError)) {
            byte[] b = BytesOps.buffer(Abstract.getAttr(exc, "object"));
            StringBuilder sb = new StringBuilder();
            int k = start;
            for (; k < end && k < start + 4 && k < b.length; k++) {
                int c = b[k] & 0xff;
                if (c < 128) {
                    break;
                }
                sb.append((char) (0xdc00 + c));
            }
            if (k == start) {
                strict(exc);
            }
            return result(sb.toString(), k);
        }
        if (is(exc, PyExc.UnicodeEncodeError)) {
            PyStr s = object(exc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int k = start; k < end; k++) {
                int c = s.codePointAt(k);
                if (c < 0xdc80 || c > 0xdcff) {
                    strict(exc);
                }
                out.write(c - 0xdc00);
            }
            return PyTuple.of(PyBytes.wrap(out.toByteArray()), PyInt.of(end));
        }
        throw wrongType(exc);
    }

    static PyObject surrogatepass(PyObject exc) {
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        String enc = Abstract.str(Abstract.getAttr(exc, "encoding")).value().toLowerCase().replace('_', '-');
        if (is(exc, PyExc.UnicodeEncodeError)) {
            PyStr s = object(exc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int k = start; k < end; k++) {
                int c = s.codePointAt(k);
                if (c < 0xd800 || c > 0xdfff) {
                    strict(exc);
                }
                switch (enc) {
                    case "utf-8": case "utf8":
                        out.write(0xe0 | (c >> 12));
                        out.write(0x80 | ((c >> 6) & 0x3f));
                        out.write(0x80 | (c & 0x3f));
                        break;
                    case "utf-16-le": case "utf-16":
                        out.write(c & 0xff);
                        out.write(c >> 8);
                        break;
                    case "utf-16-be":
                        out.write(c >> 8);
                        out.write(c & 0xff);
                        break;
                    default:
                        strict(exc);
                }
            }
            return PyTuple.of(PyBytes.wrap(out.toByteArray()), PyInt.of(end));
        }
        if (is(exc, PyExc.UnicodeDecodeError)) {
            byte[] b = BytesOps.buffer(Abstract.getAttr(exc, "object"));
            if ((enc.equals("utf-8") || enc.equals("utf8")) && start + 3 <= b.length) {
                int c0 = b[start] & 0xff;
                int c1 = b[start + 1] & 0xff;
                int c2 = b[start + 2] & 0xff;
                if ((c0 & 0xf0) == 0xe0 && (c1 & 0xc0) == 0x80 && (c2 & 0xc0) == 0x80) {
                    int c = ((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
                    if (c >= 0xd800 && c <= 0xdfff) {
                        return result(String.valueOf((char) c), start + 3);
                    }
                }
            }
            strict(exc);
        }
        throw wrongType(exc);
    }
}
