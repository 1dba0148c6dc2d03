package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import java.io.ByteArrayOutputStream;

/**
 * The builtin text codecs ({@code utf-8}, {@code ascii}, {@code latin-1}, {@code utf-16},
 * {@code utf-32} and their byte-order variants) with the error handlers {@code strict},
 * {@code ignore}, {@code replace}, {@code surrogateescape}, {@code surrogatepass},
 * {@code backslashreplace} and {@code xmlcharrefreplace} (encoding), raising
 * {@code UnicodeEncodeError}/{@code UnicodeDecodeError} with CPython's messages and attributes.
 *
 * <p>CPython: {@code Objects/unicodeobject.c} ({@code PyUnicode_Encode*}, {@code PyUnicode_Decode*},
 * {@code unicode_decode_utf8}, {@code unicode_encode_ucs1}), {@code Objects/stringlib/codecs.h},
 * {@code Python/codecs.c} (the error handlers), {@code Objects/exceptions.c}
 * ({@code UnicodeEncodeError_str}, {@code UnicodeDecodeError_str}).
 */
public final class Codecs {
    private Codecs() {
    }

    static {
        PyExc.UnicodeDecodeError.tp_str = Codecs::unicodeErrorStr;
        PyExc.UnicodeEncodeError.tp_str = Codecs::unicodeErrorStr;
    }

    /** CPython's codec name normalization, then the canonical name for the builtin codecs, else null. */
    static String canonical(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (e) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4":
                return "utf-8";
            case "ascii": case "us_ascii": case "646": case "us": case "ansi_x3.4_1968": case "iso646_us":
                return "ascii";
            case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1":
            case "8859": case "cp819": case "iso_ir_100": case "iso8859": case "iso_8859_1:1987":
                return "latin-1";
            case "utf_16": case "utf16": case "u16":
                return "utf-16";
            case "utf_16_le": case "utf_16le":
                return "utf-16-le";
            case "utf_16_be": case "utf_16be":
                return "utf-16-be";
            case "utf_32": case "utf32": case "u32":
                return "utf-32";
            case "utf_32_le": case "utf_32le":
                return "utf-32-le";
            case "utf_32_be": case "utf_32be":
                return "utf-32-be";
            default:
                return null;
        }
    }

    private static String codecName(String canonical) {
        // the name in error messages
        switch (canonical) {
            case "utf-8": return "utf-8";
            case "ascii": return "ascii";
            case "latin-1": return "latin-1";
            case "utf-16": return "utf-16";
            case "utf-16-le": return "utf-16-le";
            case "utf-16-be": return "utf-16-be";
            case "utf-32": return "utf-32";
            case "utf-32-le": return "utf-32-le";
            default: return "utf-32-be";
        }
    }

    private static String lookup(String encoding) {
        String c = canonical(encoding);
        if (c == null) {
            throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
        return c;
    }

    private static PyException unknownHandler(String errors) {
        return PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
    }

    // ------------------------------------------------------------------ encoding

    /**
     * Encoding and decoding with an error handler registered by {@code codecs.register_error}
     * (installed by the {@code _codecs} module); null until then.
     */
    public interface CustomErrors {
        /** {@code s.encode(encoding, errors)} for a handler name that is not builtin. */
        byte[] encode(PyStr s, String encoding, String errors);

        /** {@code b.decode(encoding, errors)} for a handler name that is not builtin. */
        PyStr decode(byte[] b, int len, String encoding, String errors, PyObject src);

        /** {@code s.encode(encoding, errors)} for an encoding that is not builtin (the codec registry). */
        byte[] encodeOther(PyStr s, String encoding, String errors);

        /** {@code b.decode(encoding, errors)} for an encoding that is not builtin (the codec registry). */
        PyStr decodeOther(byte[] b, int len, String encoding, String errors, PyObject src);
    }

    /**
     * The codec registry's entry points: found with {@link java.util.ServiceLoader} (py-stdlib's
     * {@code _codecs} provides it) the first time an encoding or error handler that is not builtin is used.
     */
    public static volatile CustomErrors customErrors;

    private static volatile boolean searched;

    private static CustomErrors customErrors() {
        CustomErrors ce = customErrors;
        if (ce == null && !searched) {
            synchronized (Codecs.class) {
                if (!searched) {
                    for (CustomErrors c : java.util.ServiceLoader.load(CustomErrors.class, Codecs.class.getClassLoader())) {
                        if (customErrors == null) {
                            customErrors = c;
                        }
                        break;
                    }
                    searched = true;
                }
            }
            ce = customErrors;
        }
        return ce;
    }

    /** True for the error handler names this class implements itself. */
    public static boolean isBuiltinHandler(String e) {
        switch (e) {
            case "strict": case "ignore": case "replace": case "surrogateescape": case "surrogatepass":
            case "backslashreplace": case "xmlcharrefreplace": case "namereplace":
                return true;
            default:
                return false;
        }
    }

    /** {@code s.encode(encoding, errors)}. */
    public static byte[] encode(PyStr s, String encoding, String errors) {
        CustomErrors ce = canonical(encoding) == null ? customErrors() : null;
        if (ce != null) {
            return ce.encodeOther(s, encoding, errors);
        }
        String enc = lookup(encoding);
        if (!isBuiltinHandler(errors) && (ce = customErrors()) != null) {
            return ce.encode(s, enc, errors);
        }
        int n = s.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 8);
        int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : 0x110000;
        boolean utf8 = enc.equals("utf-8");
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            return encodeWide(s, enc, errors);
        }
        int i = 0;
        while (i < n) {
            int c = s.codePointAt(i);
            boolean ok = c < limit && !(utf8 && c >= 0xd800 && c <= 0xdfff);
            if (ok) {
                putCodePoint(out, c, utf8);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n) {
                int d = s.codePointAt(end);
                if (d < limit && !(utf8 && d >= 0xd800 && d <= 0xdfff)) {
                    break;
                }
                end++;
            }
            String reason = utf8 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            switch (errors) {
                case "strict":
                    throw encodeError(codecName(enc), s, i, end, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++) {
                        int d = s.codePointAt(k);
                        if (d < 0xdc80 || d > 0xdcff) {
                            throw encodeError(codecName(enc), s, i, end, reason);
                        }
                        out.write(d - 0xdc00);
                    }
                    break;
                case "surrogatepass":
                    if (!utf8) {
                        throw encodeError(codecName(enc), s, i, end, reason);
                    }
                    for (int k = i; k < end; k++) {
                        int d = s.codePointAt(k);
                        if (d < 0xd800 || d > 0xdfff) {
                            throw encodeError(codecName(enc), s, i, end, reason);
                        }
                        out.write(0xe0 | (d >> 12));
                        out.write(0x80 | ((d >> 6) & 0x3f));
                        out.write(0x80 | (d & 0x3f));
                    }
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) {
                        writeAscii(out, backslash(s.codePointAt(k)));
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) {
                        writeAscii(out, "&#" + s.codePointAt(k) + ";");
                    }
                    break;
                case "namereplace":
                    for (int k = i; k < end; k++) {
                        int d = s.codePointAt(k);
                        String name = Character.getName(d);
                        writeAscii(out, name == null ? backslash(d) : "\\N{" + name + "}");
                    }
                    break;
                default:
                    throw unknownHandler(errors);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    private static String backslash(int c) {
        if (c < 0x100) {
            return String.format("\\x%02x", c);
        } else if (c < 0x10000) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    private static void putCodePoint(ByteArrayOutputStream out, int c, boolean utf8) {
        if (!utf8 || c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | (c >> 6));
            out.write(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out.write(0xe0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        } else {
            out.write(0xf0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3f));
            out.write(0x80 | ((c >> 6) & 0x3f));
            out.write(0x80 | (c & 0x3f));
        }
    }

    private static byte[] encodeWide(PyStr s, String enc, String errors) {
        boolean sixteen = enc.startsWith("utf-16");
        boolean big = enc.endsWith("-be");
        boolean bom = !enc.endsWith("-le") && !enc.endsWith("-be");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            writeUnit(out, sixteen ? 0xfeff : 0xfeff, sixteen, false);
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int c = s.codePointAt(i);
            if (c >= 0xd800 && c <= 0xdfff) {
                if (errors.equals("surrogatepass")) {
                    writeUnit(out, c, sixteen, big);
                    continue;
                }
                int end = i + 1;
                while (end < n && s.codePointAt(end) >= 0xd800 && s.codePointAt(end) <= 0xdfff) {
                    end++;
                }
                switch (errors) {
                    case "strict":
                        throw encodeError(codecName(enc), s, i, end, "surrogates not allowed");
                    case "ignore":
                        break;
                    case "replace":
                        for (int k = i; k < end; k++) {
                            writeUnit(out, '?', sixteen, big);
                        }
                        break;
                    case "backslashreplace":
                    case "xmlcharrefreplace":
                        for (int k = i; k < end; k++) {
                            String r = errors.equals("backslashreplace") ? backslash(s.codePointAt(k))
                                    : "&#" + s.codePointAt(k) + ";";
                            for (int q = 0; q < r.length(); q++) {
                                writeUnit(out, r.charAt(q), sixteen, big);
                            }
                        }
                        break;
                    default:
                        throw encodeError(codecName(enc), s, i, end, "surrogates not allowed");
                }
                i = end - 1;
                continue;
            }
            if (sixteen && c >= 0x10000) {
                writeUnit(out, Character.highSurrogate(c), true, big);
                writeUnit(out, Character.lowSurrogate(c), true, big);
            } else {
                writeUnit(out, c, sixteen, big);
            }
        }
        return out.toByteArray();
    }

    private static void writeUnit(ByteArrayOutputStream out, int u, boolean sixteen, boolean big) {
        int bytes = sixteen ? 2 : 4;
        for (int k = 0; k < bytes; k++) {
            int shift = big ? 8 * (bytes - 1 - k) : 8 * k;
            out.write((u >>> shift) & 0xff);
        }
    }

    private static PyException encodeError(String enc, PyStr s, int start, int end, String reason) {
        return unicodeError(PyExc.UnicodeEncodeError, enc, s, start, end, reason);
    }

    private static PyException unicodeError(PyType type, String enc, PyObject obj, int start, int end,
            String reason) {
        PyBaseException e = PyBaseException.of(type, PyStr.of(enc), obj, PyInt.of(start), PyInt.of(end),
                PyStr.of(reason));
        PyDict d = e.fields();
        d.setItem(PyStr.of("encoding"), PyStr.of(enc));
        d.setItem(PyStr.of("object"), obj);
        d.setItem(PyStr.of("start"), PyInt.of(start));
        d.setItem(PyStr.of("end"), PyInt.of(end));
        d.setItem(PyStr.of("reason"), PyStr.of(reason));
        return new PyException(e);
    }

    /** {@code UnicodeEncodeError.__str__} and {@code UnicodeDecodeError.__str__}. */
    private static PyObject unicodeErrorStr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        // the attributes as they are now (they may have been set since construction)
        PyObject[] a = e.field("object") == null ? e.args().items() : new PyObject[] {e.field("encoding"),
            e.field("object"), e.field("start"), e.field("end"), e.field("reason")};
        if (a.length != 5 || !(a[0] instanceof PyStr) || !(a[2] instanceof PyInt) || !(a[3] instanceof PyInt)) {
            return e.str();
        }
        String enc = ((PyStr) a[0]).value();
        long start = ((PyInt) a[2]).clampedLong();
        long end = ((PyInt) a[3]).clampedLong();
        String reason = a[4] == null ? "None" : Abstract.str(a[4]).value();
        if (e.type().isSubtype(PyExc.UnicodeDecodeError) && a[1] instanceof PyBytes b) {
            if (start >= 0 && start < b.size() && end == start + 1) {
                return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc,
                        b.byteAt((int) start), start, reason));
            }
            return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start,
                    end - 1, reason));
        }
        if (a[1] instanceof PyStr s) {
            if (start >= 0 && start < s.length() && end == start + 1) {
                int c = s.codePointAt((int) start);
                String ch = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c);
                return PyStr.of(String.format("'%s' codec can't encode character '%s' in position %d: %s", enc, ch,
                        start, reason));
            }
            return PyStr.of(String.format("'%s' codec can't encode characters in position %d-%d: %s", enc, start,
                    end - 1, reason));
        }
        return e.str();
    }

    // ------------------------------------------------------------------ decoding

    /** {@code b.decode(encoding, errors)} of {@code b[0:len]}; {@code src} is the object for the error. */
    public static PyStr decode(byte[] b, int len, String encoding, String errors, PyObject src) {
        CustomErrors ce = canonical(encoding) == null ? customErrors() : null;
        if (ce != null) {
            return ce.decodeOther(b, len, encoding, errors, src);
        }
        String enc = lookup(encoding);
        if (!isBuiltinHandler(errors) && (ce = customErrors()) != null) {
            return ce.decode(b, len, enc, errors, src);
        }
        switch (enc) {
            case "utf-8":
                return decodeUtf8(b, len, errors, src);
            case "ascii":
            case "latin-1": {
                int limit = enc.equals("ascii") ? 128 : 256;
                StringBuilder sb = new StringBuilder(len);
                for (int i = 0; i < len; i++) {
                    int c = b[i] & 0xff;
                    if (c < limit) {
                        sb.append((char) c);
                    } else {
                        handleDecode(sb, "ascii", b, len, i, i + 1, "ordinal not in range(128)", errors, src);
                    }
                }
                return PyStr.of(sb.toString());
            }
            default:
                return decodeWide(b, len, enc, errors, src);
        }
    }

    private static PyObject bytesFor(byte[] b, int len, PyObject src) {
        if (src instanceof PyBytes) {
            return src;
        }
        return PyBytes.wrap(java.util.Arrays.copyOf(b, len));
    }

    private static void handleDecode(StringBuilder sb, String enc, byte[] b, int len, int start, int end,
            String reason, String errors, PyObject src) {
        switch (errors) {
            case "strict":
                throw unicodeError(PyExc.UnicodeDecodeError, enc, bytesFor(b, len, src), start, end, reason);
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    int c = b[k] & 0xff;
                    if (c < 128) {
                        throw unicodeError(PyExc.UnicodeDecodeError, enc, bytesFor(b, len, src), start, end,
                                reason);
                    }
                    sb.append((char) (0xdc00 + c));
                }
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
                return;
            case "surrogatepass":
            case "xmlcharrefreplace":
            case "namereplace":
                throw unicodeError(PyExc.UnicodeDecodeError, enc, bytesFor(b, len, src), start, end, reason);
            default:
                throw unknownHandler(errors);
        }
    }

    private static boolean cont(int c) {
        return (c & 0xc0) == 0x80;
    }

    private static PyStr decodeUtf8(byte[] b, int len, String errors, PyObject src) {
        StringBuilder sb = new StringBuilder(len);
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int min2 = 0x80;
            int max2 = 0xbf;
            if (c == 0xed && i + 2 < len && (b[i + 1] & 0xe0) == 0xa0 && cont(b[i + 2] & 0xff)
                    && errors.equals("surrogatepass")) {
                // an encoded surrogate, let through by surrogatepass
                sb.append((char) (0xd000 | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)));
                i += 3;
                continue;
            }
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    min2 = 0xa0;
                } else if (c == 0xed) {
                    max2 = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    min2 = 0x90;
                } else if (c == 0xf4) {
                    max2 = 0x8f;
                }
            } else {
                handleDecode(sb, "utf-8", b, len, i, i + 1, "invalid start byte", errors, src);
                i++;
                continue;
            }
            int k = 1;
            boolean bad = false;
            while (k <= need) {
                if (i + k >= len) {
                    break;
                }
                int d = b[i + k] & 0xff;
                boolean ok = k == 1 ? d >= min2 && d <= max2 : cont(d);
                if (!ok) {
                    bad = true;
                    break;
                }
                k++;
            }
            if (bad) {
                handleDecode(sb, "utf-8", b, len, i, i + k, "invalid continuation byte", errors, src);
                i += k;
                continue;
            }
            if (k <= need) {
                // ran out of data
                handleDecode(sb, "utf-8", b, len, i, len, "unexpected end of data", errors, src);
                i = len;
                continue;
            }
            int cp;
            if (need == 1) {
                cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
            } else if (need == 2) {
                cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
            } else {
                cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return PyStr.of(sb.toString());
    }

    private static PyStr decodeWide(byte[] b, int len, String enc, String errors, PyObject src) {
        boolean sixteen = enc.startsWith("utf-16");
        int unit = sixteen ? 2 : 4;
        boolean big = enc.endsWith("-be");
        int i = 0;
        String name = enc;
        if (!enc.endsWith("-le") && !enc.endsWith("-be")) {
            if (sixteen && len >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                i = 2;
            } else if (sixteen && len >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                i = 2;
                big = true;
            } else if (!sixteen && len >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0
                    && b[3] == 0) {
                i = 4;
            } else if (!sixteen && len >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe
                    && (b[3] & 0xff) == 0xff) {
                i = 4;
                big = true;
            }
            name = sixteen ? (big ? "utf-16-be" : "utf-16-le") : (big ? "utf-32-be" : "utf-32-le");
        }
        StringBuilder sb = new StringBuilder(len / unit);
        while (i < len) {
            if (i + unit > len) {
                handleDecode(sb, name, b, len, i, len, "truncated data", errors, src);
                break;
            }
            int u = 0;
            for (int k = 0; k < unit; k++) {
                int shift = big ? 8 * (unit - 1 - k) : 8 * k;
                u |= (b[i + k] & 0xff) << shift;
            }
            if (sixteen) {
                if (u >= 0xd800 && u <= 0xdbff) {
                    if (i + 4 > len) {
                        handleDecode(sb, name, b, len, i, len, "unexpected end of data", errors, src);
                        break;
                    }
                    int lo = big ? ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff)
                            : ((b[i + 3] & 0xff) << 8) | (b[i + 2] & 0xff);
                    if (lo >= 0xdc00 && lo <= 0xdfff) {
                        sb.appendCodePoint(Character.toCodePoint((char) u, (char) lo));
                        i += 4;
                        continue;
                    }
                    handleDecode(sb, name, b, len, i, i + 2, "illegal UTF-16 surrogate", errors, src);
                    i += 2;
                    continue;
                }
                if (u >= 0xdc00 && u <= 0xdfff) {
                    handleDecode(sb, name, b, len, i, i + 2, "illegal encoding", errors, src);
                    i += 2;
                    continue;
                }
                sb.append((char) u);
            } else {
                if (u < 0 || u > 0x10ffff) {
                    handleDecode(sb, name, b, len, i, i + 4, "code point not in range(0x110000)", errors, src);
                    i += 4;
                    continue;
                }
                if (u >= 0xd800 && u <= 0xdfff) {
                    handleDecode(sb, name, b, len, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)",
                            errors, src);
                    i += 4;
                    continue;
                }
                sb.appendCodePoint(u);
            }
            i += unit;
        }
        return PyStr.of(sb.toString());
    }
}
