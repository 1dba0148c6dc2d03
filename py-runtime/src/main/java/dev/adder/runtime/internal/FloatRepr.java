package dev.adder.runtime.internal;

import java.math.BigInteger;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back as the same double (the
 * nearest such one, ties to even), laid out as CPython's {@code float_repr} does (exponent form
 * when the decimal point would be at position -4 or beyond 16).
 *
 * <p>CPython: {@code Python/pystrtod.c} ({@code PyOS_double_to_string} with format code 'r', which
 * uses David Gay's {@code dtoa} mode 0). The digits come from Raffaello Giulietti's Schubfach
 * algorithm ("The Schubfach way to render doubles", 2020), written here from the paper: one
 * 128-bit multiplication by a cached power of ten per conversion, no big numbers, no loops over
 * digits. The table of powers of ten is computed with {@link BigInteger} when the class loads.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (P - 1);
    private static final long C_TINY = 3; // cTiny = ceil(2^-Q_MIN * 10^(K_MIN)) per the paper
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    private static final long[] G = new long[2 * (K_MAX - K_MIN + 1)];

    static {
        // g(k) = floor(10^-k * 2^-r) + 1 with r chosen so that 2^125 <= 10^-k * 2^-r < 2^126
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = flog2pow10(e) - 125;
            BigInteger num;
            BigInteger den;
            if (e >= 0) {
                num = BigInteger.TEN.pow(e);
                den = BigInteger.ONE;
            } else {
                num = BigInteger.ONE;
                den = BigInteger.TEN.pow(-e);
            }
            if (r >= 0) {
                den = den.shiftLeft(r);
            } else {
                num = num.shiftLeft(-r);
            }
            BigInteger g = num.divide(den).add(BigInteger.ONE);
            int i = 2 * (k - K_MIN);
            G[i] = g.shiftRight(63).longValue();
            G[i + 1] = g.longValue() & MASK_63;
        }
    }

    /** floor(e * log10(2)), for |e| <= 5456721. */
    static int flog10pow2(int e) {
        return (int) ((e * 661_971_961_083L) >> 41);
    }

    /** floor(e * log10(3/4 * 2)), i.e. floor(log10(3/4 * 2^e)). */
    static int flog10threeQuartersPow2(int e) {
        return (int) ((e * 661_971_961_083L + -274_743_187_321L) >> 41);
    }

    /** floor(e * log2(10)). */
    static int flog2pow10(int e) {
        return (int) ((e * 913_124_641_741L) >> 38);
    }


    /**
     * Computes the shortest decimal {@code f * 10^e} for a finite positive double; returns f and
     * stores e in {@code exp[0]}.
     */
    public static long shortest(double v, int[] exp) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & ((1L << 52) - 1);
        int bq = (int) (bits >>> 52) & 0x7ff;
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;
            long c = C_MIN | t;
            if (0 < mq && mq < P) {
                long f = c >> mq;
                if (f << mq == c) {
                    exp[0] = 0;
                    return f;
                }
            }
            return toDecimal(-mq, c, 0, exp);
        }
        if (t < C_TINY) {
            // the two smallest subnormals: Schubfach would give two digits (4.9e-324, 9.9e-324);
            // the shortest decimals that read back are 5e-324 and 1e-323
            exp[0] = t == 1 ? -324 : -323;
            return t == 1 ? 5 : 1;
        }
        long f = toDecimal(Q_MIN, t, 0, exp);
        if (f < 100 && f % 10 != 0) {
            // Schubfach yields at least two digits; a tiny subnormal may read back from one
            f = oneDigit(v, f, exp);
        }
        return f;
    }

    /** For a two-digit result {@code f * 10^exp[0]}: the nearest one-digit decimal that reads back, if any. */
    private static long oneDigit(double v, long f, int[] exp) {
        int e = exp[0] + 1;
        long lo = f / 10;
        long hi = lo + 1;
        boolean loOk = lo > 0 && Double.parseDouble(lo + "e" + e) == v;
        boolean hiOk = Double.parseDouble(hi + "e" + e) == v;
        if (!loOk && !hiOk) {
            return f;
        }
        exp[0] = e;
        if (loOk && hiOk) {
            java.math.BigDecimal x = new java.math.BigDecimal(v);
            java.math.BigDecimal dl = x.subtract(new java.math.BigDecimal(lo + "e" + e)).abs();
            java.math.BigDecimal dh = x.subtract(new java.math.BigDecimal(hi + "e" + e)).abs();
            int c = dl.compareTo(dh);
            return c < 0 || (c == 0 && (lo & 1) == 0) ? lo : hi;
        }
        if (hi == 10) {
            exp[0] = e + 1;
            return 1;
        }
        return loOk ? lo : hi;
    }

    private static long toDecimal(int q, long c, int dk, int[] exp) {
        int out = (int) c & 0x1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN | q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int gi = 2 * (k - K_MIN);
        long g1 = G[gi];
        long g0 = G[gi + 1];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                exp[0] = k;
                return upin ? sp10 : tp10;
            }
        }
        long tt = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (tt << 2) + out <= vbr;
        if (uin != win) {
            exp[0] = k + dk;
            return uin ? s : tt;
        }
        long cmp = vb - (s + tt << 1);
        exp[0] = k + dk;
        return cmp < 0 || cmp == 0 && (s & 0x1) == 0 ? s : tt;
    }

    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** {@code repr(d)}: e.g. "0.1", "1e+16", "1e-05", "-0.0", "inf", "nan", "100.0". */
    public static String repr(double d) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, d, true);
        return sb.toString();
    }

    /**
     * Appends the repr of {@code d}; {@code addDot0} adds ".0" to integral values in positional
     * form (float's repr does; complex's parts do not).
     */
    public static void append(StringBuilder sb, double d, boolean addDot0) {
        if (d != d) {
            sb.append("nan");
            return;
        }
        if (Double.doubleToRawLongBits(d) < 0) {
            sb.append('-');
            d = -d;
        }
        if (d == Double.POSITIVE_INFINITY) {
            sb.append("inf");
            return;
        }
        if (d == 0.0) {
            sb.append(addDot0 ? "0.0" : "0");
            return;
        }
        int[] e = new int[1];
        long f = shortest(d, e);
        int exp = e[0];
        while (f % 10 == 0) {
            f /= 10;
            exp++;
        }
        String digits = Long.toString(f);
        int n = digits.length();
        int decpt = n + exp; // value = 0.DIGITS * 10^decpt
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int x = decpt - 1;
            sb.append('e').append(x < 0 ? '-' : '+');
            int ax = Math.abs(x);
            if (ax < 10) {
                sb.append('0');
            }
            sb.append(ax);
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
}
