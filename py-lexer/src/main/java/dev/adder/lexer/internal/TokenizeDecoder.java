package dev.adder.lexer.internal;

import dev.adder.lexer.TokenizeException;
import dev.adder.source.internal.PyCodecs;
import dev.adder.source.internal.Utf8;
import java.nio.charset.StandardCharsets;

/**
 * The decoding {@code tokenize.tokenize} does before tokenizing: {@code detect_encoding} (a UTF-8
 * BOM, a coding cookie on line 1, or on line 2 when line 1 is blank or a comment), then each line
 * decoded on its own as {@code _tokenize} reads it. An error found by {@code detect_encoding} is
 * raised at once; an undecodable line is raised when the tokenizer reads it.
 *
 * <p>CPython: Lib/tokenize.py (detect_encoding, _get_normal_name, cookie_re, blank_re).
 */
public final class TokenizeDecoder {
    private TokenizeDecoder() {}

    /**
     * The decoded text (the lines before any undecodable one), the ENCODING token's string, and
     * the line whose reading fails (0 if none) with its error.
     */
    public record Decoded(String text, String encoding, int failingLine, TokenizeException error, int[] lineEnds) {
        Decoded(String text, String encoding, int failingLine, TokenizeException error) {
            this(text, encoding, failingLine, error, null);
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static Decoded decode(byte[] src) {
        int pos = 0;
        boolean bom = false;
        String dflt = "utf-8";
        int end1 = lineEnd(src, 0);
        if (src.length >= 3 && src[0] == BOM[0] && src[1] == BOM[1] && src[2] == BOM[2]) {
            bom = true;
            pos = 3;
            dflt = "utf-8-sig";
        }
        String encoding = null;
        if (end1 > pos) {
            encoding = findCookie(src, pos, end1, bom);
            if (encoding == null && isBlank(src, pos, end1) && end1 < src.length) {
                int end2 = lineEnd(src, end1);
                encoding = findCookie(src, end1, end2, bom);
            }
        }
        if (encoding == null) {
            encoding = dflt;
        }
        String tokenEncoding = encoding.equals("utf-8-sig") ? "utf-8" : encoding;
        if (tokenEncoding.equals("utf-8")) {
            long err = Utf8.findError(src, pos, src.length);
            if (err == -1) {
                return new Decoded(new String(src, pos, src.length - pos, StandardCharsets.UTF_8), tokenEncoding, 0, null);
            }
            // the line holding the first undecodable byte
            int at = Utf8.errorStart(err);
            int line = 1;
            int ls = pos;
            for (int i = pos; i < at; i++) {
                if (src[i] == '\n') {
                    line++;
                    ls = i + 1;
                }
            }
            int le = lineEnd(src, ls);
            long lineErr = Utf8.findError(src, ls, le);
            String text = new String(src, pos, ls - pos, StandardCharsets.UTF_8);
            return new Decoded(text, tokenEncoding, line,
                    TokenizeException.unlocated("UnicodeDecodeError", Utf8.message(src, ls, lineErr)));
        }
        PyCodecs.Codec codec = PyCodecs.lookup(tokenEncoding);
        if (codec == null || !PyCodecs.supported(codec) && codec.text()) {
            return new Decoded("", tokenEncoding, 1,
                    TokenizeException.unlocated("LookupError", "unknown encoding: " + tokenEncoding));
        }
        if (!codec.text()) {
            return new Decoded("", tokenEncoding, 1, TokenizeException.unlocated("LookupError", "'" + tokenEncoding
                    + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs"));
        }
        // each line as readline returns it, decoded on its own: with a codec that is not ASCII
        // compatible a decoded line need not end in its one '\n', so the line ends are kept
        StringBuilder sb = new StringBuilder(src.length);
        int[] ends = new int[16];
        int line = 1;
        int ls = pos;
        while (ls < src.length) {
            int le = lineEnd(src, ls);
            try {
                sb.append(PyCodecs.decode(codec, src, ls, le));
            } catch (PyCodecs.DecodeException e) {
                return new Decoded(sb.toString(), tokenEncoding, line,
                        TokenizeException.unlocated("UnicodeDecodeError", e.getMessage()), null);
            }
            if (line > ends.length) {
                ends = java.util.Arrays.copyOf(ends, ends.length * 2);
            }
            ends[line - 1] = sb.length();
            ls = le;
            line++;
        }
        return new Decoded(sb.toString(), tokenEncoding, 0, null, java.util.Arrays.copyOf(ends, line - 1));
    }

    /** End (exclusive) of the line starting at i: after its '\n', or the end of input. */
    private static int lineEnd(byte[] b, int i) {
        for (; i < b.length; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return b.length;
    }

    /** blank_re: {@code ^[ \t\f]*(?:[#\r\n]|$)}. */
    private static boolean isBlank(byte[] b, int s, int e) {
        int i = s;
        while (i < e && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) {
            i++;
        }
        return i == e || b[i] == '#' || b[i] == '\r' || b[i] == '\n';
    }

    /** find_cookie: the normalized encoding this line declares, or null. */
    private static String findCookie(byte[] b, int s, int e, boolean bom) {
        if (Utf8.findError(b, s, e) != -1) {
            throw TokenizeException.unlocated("SyntaxError", "invalid or missing encoding declaration");
        }
        String name = matchCookie(b, s, e);
        if (name == null) {
            return null;
        }
        String encoding = normalName(name);
        if (PyCodecs.lookup(encoding) == null) {
            throw TokenizeException.unlocated("SyntaxError", "unknown encoding: " + encoding);
        }
        if (bom) {
            if (!encoding.equals("utf-8")) {
                throw TokenizeException.unlocated("SyntaxError", "encoding problem: utf-8");
            }
            encoding += "-sig";
        }
        return encoding;
    }

    /**
     * cookie_re, {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)} with re.ASCII, matched at the start
     * of the line: group 1 or null. Works on the UTF-8 bytes: every character the pattern names is
     * ASCII, and {@code .} matches any character but '\n'.
     */
    private static String matchCookie(byte[] b, int s, int e) {
        int i = s;
        while (i < e && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f')) {
            i++;
        }
        if (i >= e || b[i] != '#') {
            return null;
        }
        i++;
        // .*? : try each later position, the leftmost first; '.' does not match '\n'
        for (int p = i; p < e && b[p] != '\n'; p++) {
            if (p + 6 < e && b[p] == 'c' && b[p + 1] == 'o' && b[p + 2] == 'd' && b[p + 3] == 'i'
                    && b[p + 4] == 'n' && b[p + 5] == 'g' && (b[p + 6] == ':' || b[p + 6] == '=')) {
                int q = p + 7;
                while (q < e && (b[q] == ' ' || b[q] == '\t')) {
                    q++;
                }
                int g = q;
                while (q < e && isCookieChar(b[q])) {
                    q++;
                }
                if (q > g) {
                    return new String(b, g, q - g, StandardCharsets.US_ASCII);
                }
            }
        }
        return null;
    }

    private static boolean isCookieChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '.';
    }

    /** _get_normal_name. */
    static String normalName(String orig) {
        String enc = (orig.length() > 12 ? orig.substring(0, 12) : orig).toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-');
        if (enc.equals("utf-8") || enc.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (enc.equals("latin-1") || enc.equals("iso-8859-1") || enc.equals("iso-latin-1")
                || enc.startsWith("latin-1-") || enc.startsWith("iso-8859-1-") || enc.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return orig;
    }
}
