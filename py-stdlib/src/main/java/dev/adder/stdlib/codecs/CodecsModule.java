package dev.adder.stdlib.codecs;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.Codecs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.Import;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import dev.adder.vm.ThreadState;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _codecs} module: the codec search registry ({@code register}, {@code lookup},
 * {@code encode}, {@code decode}), the error handler registry ({@code register_error},
 * {@code lookup_error}) and the functions of the builtin codecs used by {@code Lib/encodings}
 * ({@code utf_8_encode}, {@code latin_1_decode}, {@code charmap_encode}, ...). The text codecs
 * themselves are py-runtime's {@link Codecs}, shared with {@code str.encode}/{@code bytes.decode}.
 *
 * <p>CPython: {@code Modules/_codecsmodule.c}, {@code Python/codecs.c}.
 */
public final class CodecsModule implements BuiltinModule {
    @Override
    public String name() {
        return "_codecs";
    }

    /** The per-interpreter registries ({@code PyInterpreterState.codec_*}). */
    static final class State {
        final List<PyObject> searchPath = new ArrayList<>();
        final PyDict searchCache = new PyDict();
        final PyDict errorRegistry = new PyDict();
        boolean initialized;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private static final String[] ENC2 = {"str", "errors"};
    private static final String[] DEC3 = {"data", "errors", "final"};
    private static final String[] DEC2 = {"data", "errors"};
    private static final String[] ENC3 = {"str", "errors", "byteorder"};
    private static final String[] DEC4 = {"data", "errors", "byteorder", "final"};
    private static final String[] CODEC = {"obj", "encoding", "errors"};
    private static final String[] CHARMAP = {"str", "errors", "mapping"};
    private static final String[] CHARMAPD = {"data", "errors", "mapping"};

    // ------------------------------------------------------------------ argument helpers

    static PyStr strArg(String fname, PyObject o, int pos) {
        if (o instanceof PyStr s) {
            return s;
        }
        if (pos == 0) {
            throw PyErr.typeError("%s() argument must be str, not %s", fname, o.type().name());
        }
        throw PyErr.typeError("%s() argument %d must be str, not %s", fname, pos, o.type().name());
    }

    static PyStr namedStr(String fname, String name, PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("%s() argument '%s' must be str, not %s", fname, name, o.type().name());
    }

    static String errorsArg(String fname, PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return "strict";
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() argument 2 must be str or None, not %s", fname, o.type().name());
    }

    static boolean finalArg(PyObject o) {
        return o != null && Abstract.isTrue(o);
    }

    static int intArg(PyObject o, int dflt) {
        return o == null ? dflt : (int) Abstract.asIndexClamped(o);
    }

    static PyObject pair(PyObject a, int n) {
        return PyTuple.of(a, PyInt.of(n));
    }

    static PyObject bytesPair(byte[] b, int n) {
        return PyTuple.of(PyBytes.wrap(b), PyInt.of(n));
    }

    // ------------------------------------------------------------------ the text codecs

    /** Encodes with the runtime's codec, or, for a registered error handler, piecewise calling it. */
    static byte[] encodeText(State st, PyStr s, String enc, String errors) {
        if (isBuiltinHandler(errors)) {
            return Codecs.encode(s, enc, errors);
        }
        PyObject handler = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String v = s.value();
        int n = s.length();
        int pos = 0;
        boolean first = true;
        while (pos < n) {
            PyStr rest = pos == 0 ? s : PyStr.of(v.substring(s.charIndex(pos)));
            String e = enc;
            if (!first && (enc.equals("utf-16") || enc.equals("utf-32"))) {
                e = enc + "-le";
            }
            try {
                out.writeBytes(Codecs.encode(rest, e, "strict"));
                break;
            } catch (PyException ex) {
                if (!ex.matches(PyExc.UnicodeEncodeError)) {
                    throw ex;
                }
                int start = pos + (int) Abstract.asIndexClamped(Abstract.getAttr(ex.value, "start"));
                int end = pos + (int) Abstract.asIndexClamped(Abstract.getAttr(ex.value, "end"));
                PyStr head = PyStr.of(v.substring(s.charIndex(pos), s.charIndex(start)));
                out.writeBytes(Codecs.encode(head, e, "strict"));
                first = false;
                PyObject reason = Abstract.getAttr(ex.value, "reason");
                PyObject exc = Abstract.call(PyExc.UnicodeEncodeError, Abstract.getAttr(ex.value, "encoding"), s,
                        PyInt.of(start), PyInt.of(end), reason);
                if (handler == null) {
                    handler = lookupError(st, errors);
                }
                PyObject r = Abstract.call(handler, exc);
                if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(1) instanceof PyInt)) {
                    throw PyErr.typeError("encoding error handler must return (str/bytes, int) tuple");
                }
                PyObject rep = t.get(0);
                if (rep instanceof PyStr rs) {
                    for (int k = 0; k < rs.length(); k++) {
                        if (rs.codePointAt(k) >= 128) {
                            throw ex;
                        }
                    }
                    out.writeBytes(Codecs.encode(rs, e.startsWith("utf-16") || e.startsWith("utf-32") ? e : "ascii",
                            "strict"));
                } else if (rep instanceof PyBytes rb) {
                    out.writeBytes(rb.toByteArray());
                } else {
                    throw PyErr.typeError("encoding error handler must return (str/bytes, int) tuple");
                }
                long np = ((PyInt) t.get(1)).clampedLong();
                if (np < 0) {
                    np += n;
                }
                if (np < 0 || np > n) {
                    throw PyErr.indexError("position %d from error handler out of bounds", np);
                }
                pos = (int) np;
            }
        }
        return out.toByteArray();
    }

    /** Decodes {@code b[0:len]} with the runtime's codec, or piecewise with a registered handler. */
    static PyStr decodeText(State st, byte[] b, int len, String enc, String errors, PyObject src) {
        if (isBuiltinHandler(errors)) {
            return Codecs.decode(b, len, enc, errors, src);
        }
        PyObject handler = null;
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        PyBytes whole = PyBytes.wrap(java.util.Arrays.copyOf(b, len));
        while (pos < len) {
            byte[] rest = java.util.Arrays.copyOfRange(b, pos, len);
            try {
                sb.append(Codecs.decode(rest, rest.length, enc, "strict", null).value());
                break;
            } catch (PyException ex) {
                if (!ex.matches(PyExc.UnicodeDecodeError)) {
                    throw ex;
                }
                int start = pos + (int) Abstract.asIndexClamped(Abstract.getAttr(ex.value, "start"));
                int end = pos + (int) Abstract.asIndexClamped(Abstract.getAttr(ex.value, "end"));
                sb.append(Codecs.decode(java.util.Arrays.copyOfRange(b, pos, start), start - pos, enc, "strict", null)
                        .value());
                PyObject exc = Abstract.call(PyExc.UnicodeDecodeError, Abstract.getAttr(ex.value, "encoding"), whole,
                        PyInt.of(start), PyInt.of(end), Abstract.getAttr(ex.value, "reason"));
                if (handler == null) {
                    handler = lookupError(st, errors);
                }
                PyObject r = Abstract.call(handler, exc);
                if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr)
                        || !(t.get(1) instanceof PyInt)) {
                    throw PyErr.typeError("decoding error handler must return (str, int) tuple");
                }
                sb.append(((PyStr) t.get(0)).value());
                long np = ((PyInt) t.get(1)).clampedLong();
                if (np < 0) {
                    np += len;
                }
                if (np < 0 || np > len) {
                    throw PyErr.indexError("position %d from error handler out of bounds", np);
                }
                pos = (int) np;
            }
        }
        return PyStr.of(sb.toString());
    }

    static boolean isBuiltinHandler(String e) {
        return Codecs.isBuiltinHandler(e);
    }

    private static final java.util.Map<InterpreterState, State> STATES = new java.util.WeakHashMap<>();

    /** The registries of the current interpreter (for {@code str.encode} with a registered handler). */
    static State currentState(String errors) {
        InterpreterState interp = ThreadState.current().interp;
        synchronized (STATES) {
            State st = STATES.get(interp);
            if (st != null) {
                return st;
            }
        }
        Import.importModule(ThreadState.current(), "_codecs");
        synchronized (STATES) {
            State st = STATES.get(interp);
            if (st == null) {
                throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
            }
            return st;
        }
    }

    /** Routes {@code str.encode}/{@code bytes.decode} with a registered error handler here. */
    public static final class Custom implements Codecs.CustomErrors {
        /** The instance {@link java.util.ServiceLoader} makes. */
        public Custom() {
        }

        @Override
        public byte[] encode(PyStr s, String encoding, String errors) {
            return encodeText(currentState(errors), s, encoding, errors);
        }

        @Override
        public PyStr decode(byte[] b, int len, String encoding, String errors, PyObject src) {
            return decodeText(currentState(errors), b, len, encoding, errors, src);
        }

        @Override
        public byte[] encodeOther(PyStr s, String encoding, String errors) {
            PyObject f = textCodec(encoding, 0, "encode");
            PyObject r = result(callCodec(f, s, PyStr.of(errors), true, encoding), true);
            if (!(r instanceof PyBytes b)) {
                throw PyErr.typeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to "
                        + "encode to arbitrary types", encoding, r.type().name());
            }
            return b.toByteArray();
        }

        @Override
        public PyStr decodeOther(byte[] b, int len, String encoding, String errors, PyObject src) {
            PyObject f = textCodec(encoding, 1, "decode");
            PyObject data = src instanceof PyBytes && ((PyBytes) src).size() == len ? src
                    : PyBytes.wrap(java.util.Arrays.copyOf(b, len));
            PyObject r = result(callCodec(f, data, PyStr.of(errors), false, encoding), false);
            if (!(r instanceof PyStr rs)) {
                throw PyErr.typeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to "
                        + "decode to arbitrary types", encoding, r.type().name());
            }
            return rs;
        }
    }

    /**
     * Calls a codec's encoder or decoder; an exception of a plain builtin type is replaced by one of
     * the same type naming the codec, caused by the original (CPython's {@code wrap_codec_error},
     * {@code _PyErr_TrySetFromCause}).
     */
    static PyObject callCodec(PyObject f, PyObject data, PyObject errors, boolean encode, String encoding) {
        try {
            return Abstract.call(f, data, errors);
        } catch (PyException e) {
            dev.adder.runtime.PyType t = e.value.type();
            boolean plain = t == PyExc.TypeError || t == PyExc.ValueError || t == PyExc.AttributeError
                    || t == PyExc.LookupError || t == PyExc.IndexError || t == PyExc.RuntimeError
                    || t == PyExc.NotImplementedError || t == PyExc.ZeroDivisionError || t == PyExc.OverflowError
                    || t == PyExc.Exception;
            PyDict d = plain ? e.value.instanceDict() : null;
            if (!plain || (d != null && d.size() > 0)) {
                throw e;
            }
            String msg = String.format("%s with '%s' codec failed (%s: %s)", encode ? "encoding" : "decoding",
                    encoding, t.name(), Abstract.str(e.value).value());
            PyException w = PyErr.of(t, PyStr.of(msg));
            w.value.setCause(e.value);
            throw w;
        }
    }

    /** {@code _PyCodec_LookupTextEncoding}: the encoder or decoder of a codec marked as a text encoding. */
    static PyObject textCodec(String encoding, int which, String alt) {
        State st = currentState("strict");
        PyObject info = lookup(st, encoding);
        PyObject flag = null;
        try {
            flag = Abstract.getAttr(info, "_is_text_encoding");
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) {
                throw e;
            }
        }
        if (flag != null && !Abstract.isTrue(flag)) {
            throw PyErr.format(PyExc.LookupError, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary "
                    + "codecs", encoding, alt);
        }
        return ((PyTuple) info).get(which);
    }

    static PyObject result(PyObject r, boolean encode) {
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError(encode ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object, integer)");
        }
        return t.get(0);
    }

    /** The length of {@code b} to decode when more data may follow (an incomplete sequence at the end waits). */
    static int utf8Complete(byte[] b) {
        int len = b.length;
        for (int k = 1; k <= 3 && k <= len; k++) {
            int c = b[len - k] & 0xff;
            if ((c & 0xc0) == 0x80) {
                continue;
            }
            int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
            if (need >= k) {
                if (k >= 2) {
                    int d = b[len - k + 1] & 0xff;
                    int lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
                    int hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
                    if (d < lo || d > hi) {
                        return len;
                    }
                }
                return len - k;
            }
            return len;
        }
        return len;
    }

    static int wideComplete(byte[] b, int start, boolean sixteen, boolean big) {
        int unit = sixteen ? 2 : 4;
        int len = start + (b.length - start) / unit * unit;
        if (sixteen && len - start >= 2) {
            int u = big ? ((b[len - 2] & 0xff) << 8) | (b[len - 1] & 0xff) : ((b[len - 1] & 0xff) << 8) | (b[len - 2] & 0xff);
            if (u >= 0xd800 && u <= 0xdbff) {
                len -= 2;
            }
        }
        return len;
    }

    static PyObject simpleDecode(State st, String fname, String enc, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, DEC3, 3, 1, 3, 0);
        byte[] b = BytesOps.buffer(v[0]);
        String errors = errorsArg(fname, v[1]);
        int len = b.length;
        if (!finalArg(v[2])) {
            if (enc.equals("utf-8")) {
                len = utf8Complete(b);
            } else if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
                len = wideComplete(b, 0, enc.startsWith("utf-16"), enc.endsWith("-be"));
            }
        }
        return pair(decodeText(st, b, len, enc, errors, len == b.length && v[0] instanceof PyBytes ? v[0] : null),
                len);
    }

    static PyObject simpleDecodeNoFinal(State st, String fname, String enc, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, DEC2, 2, 1, 2, 0);
        byte[] b = BytesOps.buffer(v[0]);
        return pair(decodeText(st, b, b.length, enc, errorsArg(fname, v[1]), v[0] instanceof PyBytes ? v[0] : null),
                b.length);
    }

    static PyObject simpleEncode(State st, String fname, String enc, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, ENC2, 2, 1, 2, 0);
        PyStr s = strArg(fname, v[0], 1);
        return bytesPair(encodeText(st, s, enc, errorsArg(fname, v[1])), s.length());
    }

    static PyObject wideEncode(State st, String fname, String base, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, ENC3, 3, 1, 3, 0);
        PyStr s = strArg(fname, v[0], 1);
        int bo = intArg(v[2], 0);
        String enc = bo == 0 ? base : bo < 0 ? base + "-le" : base + "-be";
        return bytesPair(encodeText(st, s, enc, errorsArg(fname, v[1])), s.length());
    }

    /** {@code utf_16_ex_decode} / {@code utf_32_ex_decode}: returns (str, consumed, byteorder). */
    static PyObject exDecode(State st, String fname, boolean sixteen, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, DEC4, 4, 1, 4, 0);
        byte[] b = BytesOps.buffer(v[0]);
        String errors = errorsArg(fname, v[1]);
        int bo = intArg(v[2], 0);
        boolean fin = finalArg(v[3]);
        String base = sixteen ? "utf-16" : "utf-32";
        int start = 0;
        if (bo == 0) {
            if (sixteen && b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                bo = -1;
                start = 2;
            } else if (sixteen && b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                bo = 1;
                start = 2;
            } else if (!sixteen && b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0
                    && b[3] == 0) {
                bo = -1;
                start = 4;
            } else if (!sixteen && b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe
                    && (b[3] & 0xff) == 0xff) {
                bo = 1;
                start = 4;
            } else if (!fin && b.length < (sixteen ? 2 : 4)) {
                return PyTuple.of(PyStr.EMPTY, PyInt.ZERO, PyInt.ZERO);
            }
        }
        boolean big = bo > 0;
        int len = fin ? b.length : wideComplete(b, start, sixteen, big);
        byte[] body = java.util.Arrays.copyOfRange(b, start, len);
        PyStr s = decodeText(st, body, body.length, base + (big ? "-be" : "-le"), errors, null);
        return PyTuple.of(s, PyInt.of(len), PyInt.of(bo));
    }

    // ------------------------------------------------------------------ registry

    static void init(State st) {
        if (!st.initialized) {
            st.initialized = true;
            Import.importModule(ThreadState.current(), "encodings");
        }
    }

    /**
     * CPython's {@code _Py_normalize_encoding}: ASCII letters lower-cased, digits and dots kept,
     * each run of other characters made one underscore (none at either end).
     */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean punct = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = c < 128 && (Character.isLetterOrDigit(c) || c == '.');
            if (alnum) {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    static PyObject lookup(State st, String encoding) {
        init(st);
        PyStr key = PyStr.of(normalize(encoding));
        PyObject r = st.searchCache.getItem((PyObject) key);
        if (r != null) {
            return r;
        }
        for (PyObject f : new ArrayList<>(st.searchPath)) {
            PyObject res = Abstract.call(f, key);
            if (res == PyNone.NONE) {
                continue;
            }
            if (!(res instanceof PyTuple t) || t.size() != 4) {
                throw PyErr.typeError("codec search functions must return 4-tuples");
            }
            st.searchCache.setItem(key, res);
            return res;
        }
        throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
    }

    static PyObject lookupError(State st, String name) {
        PyObject h = st.errorRegistry.getItem((PyObject) PyStr.of(name));
        if (h == null) {
            throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", name);
        }
        return h;
    }

    static PyObject codec(State st, boolean encode, PyObject[] a, int n, PyTuple kw) {
        String fname = encode ? "encode" : "decode";
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, CODEC, 0, 1, 3, 0);
        String enc = v[1] == null ? "utf-8" : namedStr(fname, "encoding", v[1]).value();
        PyObject errors = v[2] == null ? PyStr.of("strict") : namedStr(fname, "errors", v[2]);
        PyObject info = lookup(st, enc);
        PyObject f = ((PyTuple) info).get(encode ? 0 : 1);
        PyObject r = callCodec(f, v[0], errors, encode, enc);
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError(encode ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object, integer)");
        }
        return t.get(0);
    }

    // ------------------------------------------------------------------ module

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        State st = new State();
        synchronized (STATES) {
            STATES.put(interp, st);
        }
        if (Codecs.customErrors == null) {
            Codecs.customErrors = new Custom();
        }
        def(m, "register", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("register", n, kw);
            if (a[0].type().tp_call == null) {
                throw PyErr.typeError("argument must be callable");
            }
            st.searchPath.add(a[0]);
            return PyNone.NONE;
        });
        def(m, "unregister", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("unregister", n, kw);
            for (int i = 0; i < st.searchPath.size(); i++) {
                if (st.searchPath.get(i) == a[0]) {
                    st.searchPath.remove(i);
                    st.searchCache.clear();
                    break;
                }
            }
            return PyNone.NONE;
        });
        def(m, "lookup", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("lookup", n, kw);
            return lookup(st, strArg("lookup", a[0], 0).value());
        });
        def(m, "encode", (self, a, n, kw) -> codec(st, true, a, n, kw));
        def(m, "decode", (self, a, n, kw) -> codec(st, false, a, n, kw));
        def(m, "register_error", (self, a, n, kw) -> {
            BuiltinArgs.positional("register_error", n, kw, 2, 2);
            PyStr name = strArg("register_error", a[0], 1);
            if (a[1].type().tp_call == null) {
                throw PyErr.typeError("handler must be callable");
            }
            st.errorRegistry.setItem(name, a[1]);
            return PyNone.NONE;
        });
        def(m, "lookup_error", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("lookup_error", n, kw);
            return lookupError(st, strArg("lookup_error", a[0], 0).value());
        });
        ErrorHandlers.install(m, st.errorRegistry);

        String[][] simple = {{"utf_8", "utf-8"}, {"ascii", "ascii"}, {"latin_1", "latin-1"},
                {"utf_16_le", "utf-16-le"}, {"utf_16_be", "utf-16-be"}, {"utf_32_le", "utf-32-le"},
                {"utf_32_be", "utf-32-be"}, {"utf_16", "utf-16"}, {"utf_32", "utf-32"}};
        for (String[] p : simple) {
            String fe = p[0] + "_encode";
            String fd = p[0] + "_decode";
            String enc = p[1];
            if (enc.equals("utf-16") || enc.equals("utf-32")) {
                def(m, fe, (self, a, n, kw) -> wideEncode(st, fe, enc, a, n, kw));
            } else {
                def(m, fe, (self, a, n, kw) -> simpleEncode(st, fe, enc, a, n, kw));
            }
            if (enc.equals("ascii") || enc.equals("latin-1")) {
                def(m, fd, (self, a, n, kw) -> simpleDecodeNoFinal(st, fd, enc, a, n, kw));
            } else {
                def(m, fd, (self, a, n, kw) -> simpleDecode(st, fd, enc, a, n, kw));
            }
        }
        def(m, "utf_16_ex_decode", (self, a, n, kw) -> exDecode(st, "utf_16_ex_decode", true, a, n, kw));
        def(m, "utf_32_ex_decode", (self, a, n, kw) -> exDecode(st, "utf_32_ex_decode", false, a, n, kw));
        EscapeCodecs.install(m);
        Charmap.install(m, st);
        Utf7.install(m, st);
        def(m, "readbuffer_encode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("readbuffer_encode", a, n, kw, DEC2, 2, 1, 2, 0);
            byte[] b = v[0] instanceof PyStr s ? Codecs.encode(s, "utf-8", "strict") : BytesOps.buffer(v[0]);
            return bytesPair(b.clone(), b.length);
        });
    }
}
