package dev.adder.bytecode.internal;

import java.math.BigDecimal;

/**
 * Python's {@code repr()} of the constant types: {@code float} (shortest round-trip digits),
 * {@code complex}, {@code str} and {@code bytes}.
 *
 * <p>CPython: {@code Python/pystrtod.c} ({@code PyOS_double_to_string}, {@code format_float_short}
 * with format code 'r'), {@code Objects/complexobject.c} ({@code complex_repr}),
 * {@code Objects/unicodeobject.c} ({@code unicode_repr}), {@code Objects/bytesobject.c}
 * ({@code PyBytes_Repr}).
 */
public final class Reprs {
    private Reprs() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code repr(float)}: e.g. "0.1", "1e+16", "1e-05", "-0.0", "inf", "nan". */
    public static String floatRepr(double d) {
        StringBuilder sb = new StringBuilder(24);
        formatDouble(sb, d, true, false);
        return sb.toString();
    }

    /** {@code repr(complex(re, im))}: e.g. "1j", "(1+2j)", "(-0-0j)", "(1+nanj)". */
    public static String complexRepr(double re, double im) {
        StringBuilder sb = new StringBuilder(48);
        if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
            // real part is +0: only the imaginary part, no parentheses
            formatDouble(sb, im, false, false);
            sb.append('j');
        } else {
            sb.append('(');
            formatDouble(sb, re, false, false);
            formatDouble(sb, im, false, true);
            sb.append("j)");
        }
        return sb.toString();
    }

    /**
     * Appends the shortest repr of {@code d}, as {@code PyOS_double_to_string(d, 'r', 0, flags)}:
     * {@code addDot0} for Py_DTSF_ADD_DOT_0 (float's repr), {@code alwaysSign} for Py_DTSF_SIGN.
     */
    static void formatDouble(StringBuilder sb, double d, boolean addDot0, boolean alwaysSign) {
        if (Double.isNaN(d)) {
            // the sign of a NaN is never shown
            if (alwaysSign) {
                sb.append('+');
            }
            sb.append("nan");
            return;
        }
        boolean negative = (Double.doubleToRawLongBits(d) < 0);
        if (negative) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (Double.isInfinite(d)) {
            sb.append("inf");
            return;
        }
        double a = Math.abs(d);
        String digits;
        int decpt; // value = 0.digits * 10**decpt
        if (a == 0.0) {
            digits = "0";
            decpt = 1;
        } else {
            int[] point = new int[1];
            digits = shortest(a, point);
            decpt = point[0];
        }
        int ndigits = digits.length();
        if (decpt <= -4 || decpt > 16) {
            // exponent notation: d[.ddd]e(+|-)XX
            sb.append(digits.charAt(0));
            if (ndigits > 1) {
                sb.append('.').append(digits, 1, ndigits);
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
        } else if (decpt >= ndigits) {
            sb.append(digits);
            for (int i = ndigits; i < decpt; i++) {
                sb.append('0');
            }
            if (addDot0) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, ndigits);
        }
    }

    /**
     * The digits of the shortest decimal that reads back as {@code a} (finite, positive), with
     * {@code point[0]} set to the position of the decimal point (value = 0.DIGITS * 10**point);
     * among several of that length, the one nearest to {@code a}'s exact value (ties to even).
     * This is what David Gay's {@code dtoa} mode 0 gives CPython's repr.
     *
     * <p>For each length n only two n-digit decimals can read back: the exact value truncated to n
     * digits and the next one up, since the decimals that read back form an interval around the
     * exact value; the nearer one is tried first. If n digits can read back, so can n + 1, so the
     * search starts from the length of {@link Double#toString}'s digits (which read back) and goes
     * down until a length fails.
     */
    private static String shortest(double a, int[] point) {
        BigDecimal exact = new BigDecimal(a);
        boolean sticky = false; // nonzero digits beyond those in `all`
        if (exact.precision() > 24) {
            BigDecimal cut = exact.round(new java.math.MathContext(20, java.math.RoundingMode.DOWN));
            sticky = cut.compareTo(exact) != 0;
            exact = cut;
        }
        String all = exact.unscaledValue().toString();
        int len = all.length();
        int decpt = len - exact.scale();
        while (all.charAt(len - 1) == '0') {
            len--;
        }
        int[] p = new int[1];
        String best = tryLength(all, len, sticky, decpt, toStringDigits(a), a, p);
        if (best == null) {
            // cannot happen (Double.toString's digits read back); fall back to 17 digits
            best = tryLength(all, len, sticky, decpt, 17, a, p);
        }
        int bestPoint = p[0];
        for (int n = best.length() - 1; n >= 1; n--) {
            String shorter = tryLength(all, len, sticky, decpt, n, a, p);
            if (shorter == null) {
                break;
            }
            best = shorter;
            bestPoint = p[0];
        }
        point[0] = bestPoint;
        return best;
    }

    /** The number of significant digits in {@code Double.toString(a)} (a finite, positive). */
    private static int toStringDigits(double a) {
        String s = Double.toString(a);
        int e = s.indexOf('E');
        int end = e < 0 ? s.length() : e;
        int count = 0;
        int zerosRun = 0;
        boolean leading = true;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            if (leading && c == '0') {
                continue;
            }
            leading = false;
            count++;
            zerosRun = c == '0' ? zerosRun + 1 : 0;
        }
        return Math.max(1, count - zerosRun);
    }

    /**
     * The n-digit decimal that reads back as {@code a}, trailing zeros removed, and its point in
     * {@code point[0]}; null if none does. {@code all[0..len)} are the leading digits of the exact
     * value (more nonzero digits follow if {@code sticky}), {@code decpt} its decimal point.
     */
    private static String tryLength(String all, int len, boolean sticky, int decpt, int n, double a, int[] point) {
        if (len <= n && !sticky) {
            // the exact value itself has n digits or fewer
            point[0] = decpt;
            return all.substring(0, len);
        }
        char[] floor = new char[n];
        for (int i = 0; i < n; i++) {
            floor[i] = i < len ? all.charAt(i) : '0';
        }
        char next = n < len ? all.charAt(n) : '0';
        boolean more = n + 1 < len || sticky;
        boolean ceilNearer = next > '5' || (next == '5' && (more || ((floor[n - 1] - '0') & 1) == 1));
        char[] ceil = floor.clone();
        int ceilPoint = increment(ceil, n) + decpt;
        if (ceilNearer) {
            if (readsBack(ceil, n, ceilPoint, a)) {
                point[0] = ceilPoint;
                return trimmed(ceil, n);
            }
            if (readsBack(floor, n, decpt, a)) {
                point[0] = decpt;
                return trimmed(floor, n);
            }
        } else {
            if (readsBack(floor, n, decpt, a)) {
                point[0] = decpt;
                return trimmed(floor, n);
            }
            if (readsBack(ceil, n, ceilPoint, a)) {
                point[0] = ceilPoint;
                return trimmed(ceil, n);
            }
        }
        return null;
    }

    /** Adds 1 to the n-digit number in {@code d}; returns 1 if it carried out (999 -> 100). */
    private static int increment(char[] d, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (d[i] != '9') {
                d[i]++;
                return 0;
            }
            d[i] = '0';
        }
        d[0] = '1';
        return 1;
    }

    private static String trimmed(char[] d, int n) {
        while (n > 1 && d[n - 1] == '0') {
            n--;
        }
        return new String(d, 0, n);
    }

    private static boolean readsBack(char[] d, int n, int decpt, double a) {
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(d, 0, n).append('E').append(decpt - n);
        return Double.parseDouble(sb.toString()) == a;
    }

    /** {@code repr(str)}: quoted with ' (or " when the text has ' but no "), with Python's escapes. */
    public static String strRepr(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7F) {
                hexEscape(sb, 'x', cp, 2);
            } else if (cp < 0x7F) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                hexEscape(sb, 'x', cp, 2);
            } else if (cp <= 0xFFFF) {
                hexEscape(sb, 'u', cp, 4);
            } else {
                hexEscape(sb, 'U', cp, 8);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /**
     * {@code str.isprintable()} for one code point: everything but the Unicode categories Cc, Cf,
     * Cs, Co, Cn, Zl, Zp and Zs, except that the ASCII space is printable. (Java's Unicode tables
     * decide the category; where the JDK's Unicode version is older than CPython's, newly assigned
     * characters count as unassigned.)
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** {@code repr(bytes)}: b'...' with Python's quoting and escapes. */
    public static String bytesRepr(byte[] b) {
        byte quote = '\'';
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            if (x == '\'') {
                hasSingle = true;
            } else if (x == '"') {
                hasDouble = true;
            }
        }
        if (hasSingle && !hasDouble) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append((char) quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7F) {
                hexEscape(sb, 'x', c, 2);
            } else {
                sb.append((char) c);
            }
        }
        sb.append((char) quote);
        return sb.toString();
    }

    private static void hexEscape(StringBuilder sb, char kind, int value, int width) {
        sb.append('\\').append(kind);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >>> shift) & 0xF]);
        }
    }
}
