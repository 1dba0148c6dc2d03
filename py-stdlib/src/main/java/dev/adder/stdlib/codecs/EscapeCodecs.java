package dev.adder.stdlib.codecs;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.Codecs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.PyModule;
import java.io.ByteArrayOutputStream;

/**
 * The escape codecs: {@code escape_encode}/{@code escape_decode} (bytes literals),
 * {@code unicode_escape_*} and {@code raw_unicode_escape_*}.
 *
 * <p>CPython: {@code Objects/bytesobject.c} ({@code _PyBytes_DecodeEscape}),
 * {@code Objects/unicodeobject.c} ({@code _PyUnicode_DecodeUnicodeEscapeInternal},
 * {@code PyUnicode_AsUnicodeEscapeString}, {@code PyUnicode_DecodeRawUnicodeEscape}).
 */
final class EscapeCodecs {
    private EscapeCodecs() {
    }

    private static final String[] DEC2 = {"data", "errors"};
    private static final String[] DEC3 = {"data", "errors", "final"};
    private static final String[] ENC2 = {"str", "errors"};

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private static byte[] data(PyObject o) {
        if (o instanceof PyStr s) {
            return Codecs.encode(s, "utf-8", "strict");
        }
        return BytesOps.buffer(o);
    }

    static void install(PyModule m) {
        def(m, "escape_encode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("escape_encode", a, n, kw, DEC2, 2, 1, 2, 0);
            if (!(v[0] instanceof PyBytes b)) {
                throw PyErr.typeError("escape_encode() argument 1 must be bytes, not %s", v[0].type().name());
            }
            byte[] in = b.toByteArray();
            StringBuilder sb = new StringBuilder(in.length);
            for (byte x : in) {
                int c = x & 0xff;
                switch (c) {
                    case '\'': sb.append("\\'"); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\t': sb.append("\\t"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\r': sb.append("\\r"); break;
                    default:
                        if (c < 0x20 || c >= 0x7f) {
                            sb.append(String.format("\\x%02x", c));
                        } else {
                            sb.append((char) c);
                        }
                }
            }
            return PyTuple.of(PyBytes.wrap(latin1(sb)), PyInt.of(in.length));
        });
        def(m, "escape_decode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("escape_decode", a, n, kw, DEC2, 2, 1, 2, 0);
            byte[] in = data(v[0]);
            String errors = CodecsModule.errorsArg("escape_decode", v[1]);
            return PyTuple.of(PyBytes.wrap(escapeDecode(in, errors)), PyInt.of(in.length));
        });
        def(m, "unicode_escape_encode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("unicode_escape_encode", a, n, kw, ENC2, 2, 1, 2, 0);
            PyStr s = CodecsModule.strArg("unicode_escape_encode", v[0], 1);
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                int c = s.codePointAt(i);
                switch (c) {
                    case '\\': sb.append("\\\\"); break;
                    case '\t': sb.append("\\t"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\r': sb.append("\\r"); break;
                    default:
                        if (c >= 0x20 && c < 0x7f) {
                            sb.append((char) c);
                        } else {
                            sb.append(ErrorHandlers.backslash(c));
                        }
                }
            }
            return PyTuple.of(PyBytes.wrap(latin1(sb)), PyInt.of(s.length()));
        });
        def(m, "raw_unicode_escape_encode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("raw_unicode_escape_encode", a, n, kw, ENC2, 2, 1, 2, 0);
            PyStr s = CodecsModule.strArg("raw_unicode_escape_encode", v[0], 1);
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                int c = s.codePointAt(i);
                if (c < 0x100) {
                    sb.append((char) c);
                } else {
                    sb.append(ErrorHandlers.backslash(c));
                }
            }
            return PyTuple.of(PyBytes.wrap(latin1(sb)), PyInt.of(s.length()));
        });
        def(m, "unicode_escape_decode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("unicode_escape_decode", a, n, kw, DEC3, 3, 1, 3, 0);
            byte[] in = data(v[0]);
            String errors = CodecsModule.errorsArg("unicode_escape_decode", v[1]);
            return PyTuple.of(unicodeEscapeDecode(in, errors, false), PyInt.of(in.length));
        });
        def(m, "raw_unicode_escape_decode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("raw_unicode_escape_decode", a, n, kw, DEC3, 3, 1, 3, 0);
            byte[] in = data(v[0]);
            String errors = CodecsModule.errorsArg("raw_unicode_escape_decode", v[1]);
            return PyTuple.of(unicodeEscapeDecode(in, errors, true), PyInt.of(in.length));
        });
    }

    private static byte[] latin1(CharSequence sb) {
        byte[] out = new byte[sb.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) sb.charAt(i);
        }
        return out;
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static byte[] escapeDecode(byte[] in, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int n = in.length;
        int i = 0;
        while (i < n) {
            int c = in[i] & 0xff;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw PyErr.valueError("Trailing \\ in string");
            }
            c = in[i++] & 0xff;
            switch (c) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0b); break;
                case 'a': out.write(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int val = c - '0';
                    for (int k = 0; k < 2 && i < n && in[i] >= '0' && in[i] <= '7'; k++) {
                        val = val * 8 + (in[i++] - '0');
                    }
                    out.write(val & 0xff);
                    break;
                }
                case 'x': {
                    int h1 = i < n ? hex(in[i] & 0xff) : -1;
                    int h2 = i + 1 < n ? hex(in[i + 1] & 0xff) : -1;
                    if (h1 >= 0 && h2 >= 0) {
                        out.write(h1 * 16 + h2);
                        i += 2;
                        break;
                    }
                    if (errors.equals("strict")) {
                        throw PyErr.valueError("invalid \\x escape at position %d", i - 2);
                    } else if (errors.equals("replace")) {
                        out.write('?');
                    } else if (!errors.equals("ignore")) {
                        throw PyErr.valueError("decoding error; unknown error handling code: %s", errors);
                    }
                    i += h1 >= 0 ? 1 : 0;
                    break;
                }
                default:
                    out.write('\\');
                    out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static PyException decodeError(byte[] in, int start, int end, String reason, boolean raw) {
        PyBaseException e = PyBaseException.of(PyExc.UnicodeDecodeError,
                PyStr.of(raw ? "rawunicodeescape" : "unicodeescape"), PyBytes.wrap(in), PyInt.of(start),
                PyInt.of(end), PyStr.of(reason));
        var d = e.fields();
        d.setItem(PyStr.of("encoding"), PyStr.of(raw ? "rawunicodeescape" : "unicodeescape"));
        d.setItem(PyStr.of("object"), PyBytes.wrap(in));
        d.setItem(PyStr.of("start"), PyInt.of(start));
        d.setItem(PyStr.of("end"), PyInt.of(end));
        d.setItem(PyStr.of("reason"), PyStr.of(reason));
        return new PyException(e);
    }

    /** Applies the error handler (strict, ignore, replace, backslashreplace); others are strict. */
    private static void error(StringBuilder sb, byte[] in, int start, int end, String reason, String errors,
            boolean raw) {
        switch (errors) {
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", in[k] & 0xff));
                }
                return;
            default:
                throw decodeError(in, start, end, reason, raw);
        }
    }

    static PyStr unicodeEscapeDecode(byte[] in, String errors, boolean raw) {
        StringBuilder sb = new StringBuilder(in.length);
        int n = in.length;
        int i = 0;
        while (i < n) {
            int c = in[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            int start = i;
            if (raw) {
                // count the backslashes: an escape needs an odd number
                int j = i;
                while (j < n && in[j] == '\\') {
                    j++;
                }
                int count = j - i;
                if (count % 2 == 0 || j >= n || (in[j] != 'u' && in[j] != 'U')) {
                    for (int k = 0; k < count; k++) {
                        sb.append('\\');
                    }
                    i = j;
                    continue;
                }
                for (int k = 0; k < count - 1; k++) {
                    sb.append('\\');
                }
                start = j - 1;
                i = j;
            } else {
                i++;
                if (i >= n) {
                    error(sb, in, start, n, "\\ at end of string", errors, false);
                    break;
                }
            }
            c = in[i++] & 0xff;
            int digits;
            switch (c) {
                case '\n': continue;
                case '\\': sb.append('\\'); continue;
                case '\'': sb.append('\''); continue;
                case '"': sb.append('"'); continue;
                case 'b': sb.append('\b'); continue;
                case 'f': sb.append('\f'); continue;
                case 't': sb.append('\t'); continue;
                case 'n': sb.append('\n'); continue;
                case 'r': sb.append('\r'); continue;
                case 'v': sb.append('\u000b'); continue;
                case 'a': sb.append('\u0007'); continue;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int val = c - '0';
                    for (int k = 0; k < 2 && i < n && in[i] >= '0' && in[i] <= '7'; k++) {
                        val = val * 8 + (in[i++] - '0');
                    }
                    sb.append((char) val);
                    continue;
                }
                case 'x': digits = 2; break;
                case 'u': digits = 4; break;
                case 'U': digits = 8; break;
                case 'N': {
                    int close = -1;
                    if (i < n && in[i] == '{') {
                        for (int k = i + 1; k < n; k++) {
                            if (in[k] == '}') {
                                close = k;
                                break;
                            }
                        }
                    }
                    if (close > i + 1) {
                        String name = new String(in, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
                        int cp = -1;
                        try {
                            cp = Character.codePointOf(name);
                        } catch (IllegalArgumentException e) {
                            cp = -1;
                        }
                        if (cp >= 0) {
                            sb.appendCodePoint(cp);
                            i = close + 1;
                            continue;
                        }
                        error(sb, in, start, close + 1, "unknown Unicode character name", errors, false);
                        i = close + 1;
                        continue;
                    }
                    int end = close < 0 ? n : close + 1;
                    error(sb, in, start, end, "malformed \\N character escape", errors, false);
                    i = end;
                    continue;
                }
                default:
                    sb.append('\\').append((char) c);
                    continue;
            }
            int val = 0;
            int k = 0;
            for (; k < digits && i < n; k++, i++) {
                int h = hex(in[i] & 0xff);
                if (h < 0) {
                    break;
                }
                val = val * 16 + h;
            }
            if (k < digits) {
                String what = digits == 2 ? "truncated \\xXX escape" : digits == 4 ? "truncated \\uXXXX escape"
                        : "truncated \\UXXXXXXXX escape";
                error(sb, in, start, i, what, errors, raw);
                continue;
            }
            if (val > 0x10ffff) {
                error(sb, in, start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character", errors, raw);
                continue;
            }
            sb.appendCodePoint(val);
        }
        return PyStr.of(sb.toString());
    }
}
