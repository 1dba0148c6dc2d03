package dev.adder.source;

import dev.adder.source.internal.PyCodecs;
import dev.adder.source.internal.Utf8;

/**
 * Decodes source bytes as CPython's {@code compile()} does when given bytes: a UTF-8 byte order
 * mark, else a PEP 263 coding declaration on line 1 (or on line 2 when line 1 holds only a
 * comment or blanks), else UTF-8.
 *
 * <p>As in CPython, UTF-8 source (no declaration, a BOM, or a declaration spelled exactly
 * {@code utf-8} after normalization) is not checked here: CPython finds undecodable bytes only
 * when the tokenizer reaches them in an identifier or the parser in a string literal, and ignores
 * them in comments. Such bytes are kept as the lone surrogates U+DC80..U+DCFF
 * ({@link SourceText#hasUndecodableBytes()}). Any other declared encoding decodes the whole source
 * first, and its errors are reported as CPython reports them (line 0, offset -1).
 *
 * <p>CPython: Parser/tokenizer.c (decode_str, check_bom, check_coding_spec, get_coding_spec,
 * get_normal_name), Parser/pegen_errors.c (_PyPegen_raise_tokenizer_init_error).
 */
final class SourceDecoder {
    private SourceDecoder() {}

    static SourceText decode(String name, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                        "source code string cannot contain null bytes", name, 0, 0, 0, 0, null);
            }
        }
        int start = 0;
        String encoding = null; // tok->encoding
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
            encoding = "utf-8";
        }
        // The first two lines, as the C tokenizer sees them after translate_newlines.
        int end1 = lineEnd(bytes, start);
        String declared = null; // tok->enc: the codec to decode with
        boolean normal = false; // tok->decoding_state == STATE_NORMAL
        if (end1 >= 0 || start <= bytes.length) {
            // translate_newlines always leaves a '\n' at the end, so line 1 always exists
            int e1 = end1 < 0 ? bytes.length : end1;
            String[] r = checkCodingSpec(name, bytes, start, e1, e1 - start, encoding);
            if (r != null) {
                normal = true;
                if (encoding == null) {
                    encoding = r[0];
                    if (!r[0].equals("utf-8")) {
                        declared = r[0];
                    }
                }
            } else if (!isBlankOrComment(bytes, start, e1)) {
                normal = true;
            }
            if (declared == null && !normal && end1 >= 0) {
                int s2 = next(bytes, end1);
                if (s2 < bytes.length) {
                    int end2 = lineEnd(bytes, s2);
                    int e2 = end2 < 0 ? bytes.length : end2;
                    // CPython passes line 2 with its newline counted in its size
                    r = checkCodingSpec(name, bytes, s2, e2, e2 - s2 + 1, encoding);
                    if (r != null && encoding == null) {
                        encoding = r[0];
                        if (!r[0].equals("utf-8")) {
                            declared = r[0];
                        }
                    }
                }
            }
        }
        if (declared == null) {
            String text = Utf8.decodeEscaping(bytes, start, bytes.length);
            return new SourceText(name, text, encoding, text.length() != 0 && hasEscapes(text), null);
        }
        PyCodecs.Codec codec = PyCodecs.lookup(declared);
        if (codec == null) {
            throw initError(name, "unknown encoding: " + declared);
        }
        if (!codec.text()) {
            throw initError(name, "'" + declared
                    + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
        }
        if (!PyCodecs.supported(codec)) {
            throw initError(name, "unknown encoding: " + declared);
        }
        byte[] translated = translateNewlines(bytes, start);
        try {
            return new SourceText(name, PyCodecs.decode(codec, translated, 0, translated.length), encoding, false,
                    translated);
        } catch (PyCodecs.DecodeException e) {
            throw initError(name, e.getMessage());
        }
    }

    private static boolean hasEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Utf8.isEscapedByteAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** As _PyPegen_raise_tokenizer_init_error: a SyntaxError at line 0, offset -1. */
    private static PythonSyntaxError initError(String name, String msg) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, name, 0, -1, 0, 0, null);
    }

    /** Index of the line terminator ('\n', '\r' or "\r\n") at or after i, or -1. */
    private static int lineEnd(byte[] b, int i) {
        for (; i < b.length; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Index just past the line terminator at i. */
    private static int next(byte[] b, int i) {
        return b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n' ? i + 2 : i + 1;
    }

    private static boolean isBlankOrComment(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /**
     * check_coding_spec for one line {@code b[from, to)} (without terminator) whose size CPython
     * counts as {@code size}: returns {encoding} if the line declares one, null if not.
     */
    private static String[] checkCodingSpec(String name, byte[] b, int from, int to, int size, String bomEncoding) {
        String cs = getCodingSpec(b, from, to, size);
        if (cs == null) {
            return null;
        }
        if (bomEncoding != null && !bomEncoding.equals(cs)) {
            throw initError(name, "encoding problem: " + cs + " with BOM");
        }
        return new String[] {cs};
    }

    /** get_coding_spec: the normalized name declared in the comment on this line, or null. */
    static String getCodingSpec(byte[] b, int from, int to, int size) {
        int limit = from + size - 6;
        int i = from;
        for (; i < limit; i++) {
            byte c = at(b, i, to);
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return null;
            }
        }
        for (; i < limit; i++) {
            if (at(b, i, to) == 'c' && at(b, i + 1, to) == 'o' && at(b, i + 2, to) == 'd'
                    && at(b, i + 3, to) == 'i' && at(b, i + 4, to) == 'n' && at(b, i + 5, to) == 'g') {
                int t = i + 6;
                byte c = at(b, t, to);
                if (c != ':' && c != '=') {
                    continue;
                }
                do {
                    t++;
                    c = at(b, t, to);
                } while (c == ' ' || c == '\t');
                int begin = t;
                while (isAsciiAlnum(c) || c == '-' || c == '_' || c == '.') {
                    t++;
                    c = at(b, t, to);
                }
                if (begin < t) {
                    return getNormalName(new String(b, begin, t - begin, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return null;
    }

    /** The byte at i of a line ending at {@code to}; the terminator reads as '\n'. */
    private static byte at(byte[] b, int i, int to) {
        return i < to ? b[i] : i == to ? (byte) '\n' : 0;
    }

    private static boolean isAsciiAlnum(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** get_normal_name: utf-8 and latin-1 spellings to their canonical names (first 12 chars). */
    static String getNormalName(String s) {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < s.length() && i < 12; i++) {
            char c = s.charAt(i);
            sb.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = sb.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /** translate_newlines: "\r\n" and "\r" to "\n", and a final "\n" if missing. */
    private static byte[] translateNewlines(byte[] b, int start) {
        byte[] out = new byte[b.length - start + 2];
        int n = 0;
        for (int i = start; i < b.length; i++) {
            byte c = b[i];
            if (c == '\r') {
                out[n++] = '\n';
                if (i + 1 < b.length && b[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = c;
            }
        }
        boolean crlfLast = b.length - start >= 2 && b[b.length - 2] == '\r' && b[b.length - 1] == '\n';
        if (crlfLast || n == 0 || out[n - 1] != '\n') {
            out[n++] = '\n'; // CPython adds one after a final "\r\n" too
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
