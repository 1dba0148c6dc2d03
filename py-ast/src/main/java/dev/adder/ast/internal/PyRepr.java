package dev.adder.ast.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Python's {@code repr()} of the constant types, and the character classification it needs.
 *
 * <p>CPython: Objects/floatobject.c {@code float_repr} and Python/pystrtod.c
 * {@code format_float_short} (the 'r' mode: the shortest digits that round-trip, fixed notation
 * for decimal exponents in (-4, 16], exponent notation otherwise); Objects/complexobject.c
 * {@code complex_repr}; Objects/unicodeobject.c {@code unicode_repr} and
 * {@code Py_UNICODE_ISPRINTABLE}; Objects/bytesobject.c {@code PyBytes_Repr}; the
 * {@code unicode_escape} codec (Objects/unicodeobject.c
 * {@code PyUnicode_AsUnicodeEscapeString}).
 */
public final class PyRepr {

    private PyRepr() {
    }

    /** Sorted, disjoint [start, end] code point ranges for which str.isprintable() is false. */
    private static final int[] NONPRINTABLE = loadNonPrintable();

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static int[] loadNonPrintable() {
        int[] out = new int[2048];
        int n = 0;
        try (InputStream in = PyRepr.class.getResourceAsStream("nonprintable.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource nonprintable.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int sp = line.indexOf(' ');
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = Integer.parseInt(line, 0, sp, 16);
                out[n++] = Integer.parseInt(line, sp + 1, line.length(), 16);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.copyOf(out, n);
    }

    /** Python's {@code chr(cp).isprintable()} (Unicode 14.0 as in CPython 3.11). */
    public static boolean isPrintable(int cp) {
        if (cp >= 0x20 && cp < 0x7f) {
            return true;
        }
        int lo = 0;
        int hi = NONPRINTABLE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < NONPRINTABLE[2 * mid]) {
                hi = mid - 1;
            } else if (cp > NONPRINTABLE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return false;
            }
        }
        return true;
    }

    // ----------------------------------------------------------------------------------- float

    /** {@code repr(float)}: e.g. {@code 1.0}, {@code 0.1}, {@code 1e+16}, {@code inf}, {@code -0.0}. */
    public static String floatRepr(double v) {
        StringBuilder sb = new StringBuilder(24);
        formatDouble(sb, v, true, false);
        return sb.toString();
    }

    /**
     * {@code repr(complex)}: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}, {@code infj},
     * {@code (nan+nanj)}.
     */
    public static String complexRepr(double re, double im) {
        StringBuilder sb = new StringBuilder(48);
        if (re == 0.0 && Double.doubleToRawLongBits(re) == 0L) {
            formatDouble(sb, im, false, false);
            return sb.append('j').toString();
        }
        sb.append('(');
        formatDouble(sb, re, false, false);
        formatDouble(sb, im, false, true);
        return sb.append("j)").toString();
    }

    /**
     * Appends a double as PyOS_double_to_string(v, 'r', 0, flags) does.
     *
     * @param addDot0 Py_DTSF_ADD_DOT_0: append ".0" to an integral value in fixed notation
     * @param alwaysSign Py_DTSF_SIGN: prefix '+' to non-negative values (and nan)
     */
    static void formatDouble(StringBuilder sb, double v, boolean addDot0, boolean alwaysSign) {
        if (Double.isNaN(v)) {
            sb.append(alwaysSign ? "+nan" : "nan");
            return;
        }
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        if (negative) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (Double.isInfinite(v)) {
            sb.append("inf");
            return;
        }
        double a = Math.abs(v);
        String digits;
        int decpt;
        if (a == 0.0) {
            digits = "0";
            decpt = 1;
        } else {
            BigDecimal d = shortest(a);
            digits = d.unscaledValue().toString();
            decpt = digits.length() - d.scale();
        }
        int n = digits.length();
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = decpt; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= n) {
            sb.append(digits);
            for (int i = n; i < decpt; i++) {
                sb.append('0');
            }
            if (addDot0) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
    }

    /**
     * The shortest decimal that reads back as {@code a} (positive, finite), nearest to
     * {@code a} among the shortest; without trailing zeros. CPython: Python/dtoa.c mode 0.
     */
    static BigDecimal shortest(double a) {
        BigDecimal exact = new BigDecimal(a);
        for (int p = 1; p <= 17; p++) {
            BigDecimal lo = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal hi = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean loOk = Double.parseDouble(lo.toString()) == a;
            boolean hiOk = Double.parseDouble(hi.toString()) == a;
            BigDecimal pick;
            if (loOk && hiOk) {
                int c = exact.subtract(lo).compareTo(hi.subtract(exact));
                if (c < 0) {
                    pick = lo;
                } else if (c > 0) {
                    pick = hi;
                } else {
                    pick = lo.unscaledValue().testBit(0) ? hi : lo;
                }
            } else if (loOk) {
                pick = lo;
            } else if (hiOk) {
                pick = hi;
            } else {
                continue;
            }
            return pick.stripTrailingZeros();
        }
        // 17 significant digits always round-trip; not reached
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    // ------------------------------------------------------------------------------ str, bytes

    /** {@code repr(str)}: quotes and escapes as CPython's unicode_repr. */
    public static String strRepr(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendStrRepr(sb, s);
        return sb.toString();
    }

    /** {@code repr()} of the str made of the given code points. */
    public static String strRepr(int[] codePoints) {
        StringBuilder sb = new StringBuilder(codePoints.length + 2);
        appendStrRepr(sb, codePoints);
        return sb.toString();
    }

    /** Appends {@code repr(s)}. */
    public static void appendStrRepr(StringBuilder sb, String s) {
        boolean squote = s.indexOf('\'') >= 0;
        boolean dquote = s.indexOf('"') >= 0;
        char quote = squote && !dquote ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendReprCodePoint(sb, cp, quote);
        }
        sb.append(quote);
    }

    /** Appends {@code repr()} of the str made of the given code points. */
    public static void appendStrRepr(StringBuilder sb, int[] codePoints) {
        boolean squote = false;
        boolean dquote = false;
        for (int cp : codePoints) {
            squote |= cp == '\'';
            dquote |= cp == '"';
        }
        char quote = squote && !dquote ? '"' : '\'';
        sb.append(quote);
        for (int cp : codePoints) {
            appendReprCodePoint(sb, cp, quote);
        }
        sb.append(quote);
    }

    /** Appends one code point of a str's repr whose quote is {@code quote}. */
    private static void appendReprCodePoint(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').append((char) cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < ' ' || cp == 0x7f) {
            appendHex(sb, "\\x", cp, 2);
        } else if (cp < 0x7f) {
            sb.append((char) cp);
        } else if (isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            appendHex(sb, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            appendHex(sb, "\\u", cp, 4);
        } else {
            appendHex(sb, "\\U", cp, 8);
        }
    }

    /** {@code repr(bytes)}: {@code b'...'} with CPython's quote choice and escapes. */
    public static String bytesRepr(byte[] b) {
        boolean squote = false;
        boolean dquote = false;
        for (byte x : b) {
            squote |= x == '\'';
            dquote |= x == '"';
        }
        char quote = squote && !dquote ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                appendHex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * Appends one code point as the {@code unicode_escape} codec encodes it: {@code \\},
     * {@code \t}, {@code \n}, {@code \r}, {@code \xhh} for other code points below 0x20 and in
     * 0x7f..0xff, <code>&#92;uhhhh</code>, <code>&#92;Uhhhhhhhh</code>, and printable ASCII as itself.
     */
    public static void appendUnicodeEscape(StringBuilder sb, int cp) {
        if (cp == '\\') {
            sb.append("\\\\");
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp >= 0x20 && cp < 0x7f) {
            sb.append((char) cp);
        } else if (cp <= 0xff) {
            appendHex(sb, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            appendHex(sb, "\\u", cp, 4);
        } else {
            appendHex(sb, "\\U", cp, 8);
        }
    }

    private static void appendHex(StringBuilder sb, String prefix, int v, int digits) {
        sb.append(prefix);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 0xf]);
        }
    }
}
