package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.internal.FloatRepr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code format(value, spec)}: the format-specification mini-language for {@code int},
 * {@code float}, {@code complex} and {@code str}, {@code PyObject_Format}, and the float-to-text
 * conversions ({@code 'e'}, {@code 'f'}, {@code 'g'}, {@code 'r'}) shared with {@code %}
 * formatting, {@code round} and the complex repr.
 *
 * <p>CPython: {@code Python/formatter_unicode.c}, {@code Objects/abstract.c} ({@code PyObject_Format}),
 * {@code Python/pystrtod.c} ({@code PyOS_double_to_string}, {@code format_float_short}). Decimal
 * digits are exact: a double converts exactly to a {@link BigDecimal}, rounded half-even, which is
 * what CPython's correctly rounded dtoa gives.
 */
public final class Formatter {
    private Formatter() {
    }

    /** {@code format(v, spec)} ({@code PyObject_Format}): the fast paths, else {@code type(v).__format__(v, spec)}. */
    public static PyStr format(PyObject v, PyStr spec) {
        Class<?> c = v.getClass();
        String s = spec.value();
        if (s.isEmpty() && (c == PyStr.class || c == PyInt.class)) {
            return Abstract.str(v);
        }
        if (c == PyStr.class) {
            return PyStr.of(formatStr((PyStr) v, s));
        } else if (c == PyInt.class) {
            return PyStr.of(formatInt((PyInt) v, s, "int"));
        } else if (c == PyFloat.class) {
            return PyStr.of(formatFloat(((PyFloat) v).value, s, "float"));
        }
        PyObject m = v.type().lookup("__format__");
        if (m == null) {
            return objectFormat(v, spec);
        }
        PyObject r = Abstract.call(m, v, spec);
        if (!(r instanceof PyStr)) {
            throw PyErr.typeError("__format__ must return a str, not %s", r.type().name());
        }
        return (PyStr) r;
    }

    /** {@code format(v, spec)} with a Java spec. */
    public static PyStr format(PyObject v, String spec) {
        return format(v, PyStr.of(spec));
    }

    /** {@code object.__format__}: {@code str(self)} for an empty spec, else TypeError. */
    public static PyStr objectFormat(PyObject v, PyObject spec) {
        PyStr s = specArg(spec);
        if (!s.value().isEmpty()) {
            throw PyErr.typeError("unsupported format string passed to %s.__format__", v.type().name());
        }
        return Abstract.str(v);
    }

    /** The argument of a {@code __format__} method, which must be a str. */
    static PyStr specArg(PyObject spec) {
        if (!(spec instanceof PyStr)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", spec.type().name());
        }
        return (PyStr) spec;
    }

    /** {@code ascii()} of an already computed repr: non-ASCII code points as escapes. */
    public static String ascii(String r) {
        int n = r.length();
        int i = 0;
        while (i < n && r.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return r;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(r, 0, i);
        while (i < n) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append("\\x").append(hex(c, 2));
            } else if (c < 0x10000) {
                sb.append("\\u").append(hex(c, 4));
            } else {
                sb.append("\\U").append(hex(c, 8));
            }
        }
        return sb.toString();
    }

    private static String hex(int c, int width) {
        String h = Integer.toHexString(c);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    // ------------------------------------------------------------------ str

    /** {@code str.__format__}. */
    public static String formatStr(PyStr v, String spec) {
        if (spec.isEmpty()) {
            return v.value();
        }
        FormatSpec f = FormatSpec.parse(spec, v.type().name(), '<', 's');
        if (f.type != 's') {
            throw FormatSpec.unknownCode(f.type, v.type().name());
        }
        if (f.sign == ' ') {
            throw PyErr.valueError("Space not allowed in string format specifier");
        }
        if (f.sign != 0) {
            throw PyErr.valueError("Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        String body = v.value();
        if (f.precision >= 0 && f.precision < v.length()) {
            body = body.substring(0, v.charIndex(f.precision));
        }
        return f.pad(body, '<');
    }

    // ------------------------------------------------------------------ int

    /** {@code int.__format__} ({@code typeName} for messages). */
    public static String formatInt(PyInt v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return Abstract.str(v).value();
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, '>', 'd');
        switch (f.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatDouble(IntOps.toDouble(v), f);
            default:
                throw FormatSpec.unknownCode(f.type, typeName);
        }
        if (f.precision >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.big != null) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            if (v.value < 0 || v.value > 0x10ffff) {
                throw PyErr.overflowError("%c arg not in range(0x110000)");
            }
            return f.number("", "", new String(Character.toChars((int) v.value)), "", false);
        }
        boolean neg = v.signum() < 0;
        String digits;
        String prefix = "";
        if (v.big == null) {
            long a = v.value;
            switch (f.type) {
                case 'b': digits = Long.toBinaryString(Math.abs(a)); prefix = "0b"; break;
                case 'o': digits = Long.toOctalString(Math.abs(a)); prefix = "0o"; break;
                case 'x': digits = Long.toHexString(Math.abs(a)); prefix = "0x"; break;
                case 'X': digits = Long.toHexString(Math.abs(a)).toUpperCase(); prefix = "0X"; break;
                default: digits = Long.toString(a); break;
            }
            if (a == Long.MIN_VALUE) {
                digits = new BigInteger(Long.toString(a)).abs().toString(radixOf(f.type));
                if (f.type == 'X') {
                    digits = digits.toUpperCase();
                }
            } else if (neg && digits.charAt(0) == '-') {
                digits = digits.substring(1);
            }
        } else {
            BigInteger b = v.big.abs();
            digits = b.toString(radixOf(f.type));
            switch (f.type) {
                case 'b': prefix = "0b"; break;
                case 'o': prefix = "0o"; break;
                case 'x': prefix = "0x"; break;
                case 'X': prefix = "0X"; digits = digits.toUpperCase(); break;
                default: break;
            }
        }
        if (!f.alternate) {
            prefix = "";
        }
        return f.number(signOf(neg, f.sign), prefix, digits, "", true);
    }

    private static int radixOf(char type) {
        switch (type) {
            case 'b': return 2;
            case 'o': return 8;
            case 'x': case 'X': return 16;
            default: return 10;
        }
    }

    private static String signOf(boolean neg, char sign) {
        return neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    // ------------------------------------------------------------------ float

    /** {@code float.__format__}. */
    public static String formatFloat(double d, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(d);
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, '>', (char) 0);
        switch (f.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return formatDouble(d, f);
            default:
                throw FormatSpec.unknownCode(f.type, typeName);
        }
    }

    private static String formatDouble(double d, FormatSpec f) {
        char type = f.type;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == 0) {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        String suffix = "";
        if (type == '%') {
            type = 'f';
            d *= 100;
            suffix = "%";
        }
        int precision = f.precision;
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        String s = doubleToString(Math.abs(d), Character.toLowerCase(type), precision, f.alternate, addDot0);
        boolean neg = Double.doubleToRawLongBits(d) < 0 && d == d;
        if (neg && f.noNegZero && isZeroText(s)) {
            neg = false;
        }
        if (upper) {
            s = s.toUpperCase();
        }
        return layoutFloat(s, neg, f, suffix);
    }

    private static boolean isZeroText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Splits the float text into integer digits and the rest and lays it out. */
    private static String layoutFloat(String s, boolean neg, FormatSpec f, String suffix) {
        int k = 0;
        while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        String digits = s.substring(0, k);
        String rest = s.substring(k) + suffix;
        if (digits.isEmpty()) {
            // inf / nan: no grouping
            return f.number(signOf(neg, f.sign), "", "", rest, false);
        }
        return f.number(signOf(neg, f.sign), "", digits, rest, true);
    }

    /**
     * {@code PyOS_double_to_string} for a non-negative (or NaN) {@code d}: type 'e', 'f', 'g' or
     * 'r' (repr; precision ignored), lower case, no sign; {@code alt} is the '#' flag,
     * {@code addDot0} adds ".0" to an integral result without exponent.
     */
    public static String doubleToString(double d, char type, int precision, boolean alt, boolean addDot0) {
        if (d != d) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return "inf";
        }
        d = Math.abs(d);
        switch (type) {
            case 'r': {
                StringBuilder sb = new StringBuilder(24);
                FloatRepr.append(sb, d, addDot0);
                if (alt) {
                    int e = sb.indexOf("e");
                    int end = e < 0 ? sb.length() : e;
                    if (sb.lastIndexOf(".", end) < 0) {
                        sb.insert(end, '.');
                    }
                }
                return sb.toString();
            }
            case 'f': {
                String r = fastFixed(d, precision);
                if (r == null) {
                    r = new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
                }
                if (alt && precision == 0) {
                    r += ".";
                }
                return r;
            }
            case 'e':
                return expo(d, precision, alt);
            case 'g': {
                int p = precision == 0 ? 1 : precision;
                int exp;
                BigDecimal r;
                if (d == 0) {
                    exp = 0;
                    r = BigDecimal.ZERO;
                } else {
                    r = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
                    exp = r.precision() - r.scale() - 1;
                }
                String out;
                if (exp < -4 || exp >= (addDot0 ? p - 1 : p)) {
                    out = expo(d, p - 1, alt);
                    if (!alt) {
                        int e = out.indexOf('e');
                        out = stripZeros(out.substring(0, e)) + out.substring(e);
                    }
                    return out;
                }
                int decimals = Math.max(0, p - 1 - exp);
                out = r.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
                if (alt) {
                    if (out.indexOf('.') < 0) {
                        out += ".";
                    }
                } else {
                    out = stripZeros(out);
                    if (addDot0 && out.indexOf('.') < 0) {
                        out += ".0";
                    }
                }
                return out;
            }
            default:
                throw new IllegalArgumentException("bad float format type " + type);
        }
    }

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * {@code 'f'} formatting of a finite non-negative double with 128-bit integer arithmetic:
     * the exact value times 10^p, rounded half-even. Null when the value or precision is outside
     * the fast range (then the exact BigDecimal path is used).
     */
    static String fastFixed(double d, int p) {
        if (p > 18 || d == 0.0) {
            return null;
        }
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) (bits >>> 52) & 0x7ff;
        if (be == 0) {
            return null;
        }
        long m = (bits & ((1L << 52) - 1)) | (1L << 52);
        int s = 1075 - be; // d = m / 2^s
        if (s <= 0 || s >= 127) {
            return null;
        }
        long pow = POW10[p];
        long lo = m * pow;
        long hi = Math.multiplyHigh(m, pow);
        long q;
        int cmp; // remainder compared with half
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return null;
            }
            q = (hi << (64 - s)) | (lo >>> s);
            if (q < 0) {
                return null;
            }
            long rem = lo & ((1L << s) - 1);
            long half = 1L << (s - 1);
            cmp = Long.compareUnsigned(rem, half);
        } else if (s == 64) {
            q = hi;
            if (q < 0) {
                return null;
            }
            cmp = Long.compareUnsigned(lo, 1L << 63);
        } else {
            int t = s - 64;
            q = hi >>> t;
            long remHi = hi & ((1L << t) - 1);
            long halfHi = 1L << (t - 1);
            cmp = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : (lo == 0 ? 0 : 1);
        }
        if (cmp > 0 || (cmp == 0 && (q & 1) != 0)) {
            q++;
        }
        String digits = Long.toString(q);
        if (p == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(digits.length() + p + 2);
        if (digits.length() <= p) {
            sb.append("0.");
            for (int i = digits.length(); i < p; i++) {
                sb.append('0');
            }
            return sb.append(digits).toString();
        }
        int k = digits.length() - p;
        return sb.append(digits, 0, k).append('.').append(digits, k, digits.length()).toString();
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int e = s.length();
        while (s.charAt(e - 1) == '0') {
            e--;
        }
        if (s.charAt(e - 1) == '.') {
            e--;
        }
        return s.substring(0, e);
    }

    private static String expo(double d, int precision, boolean alt) {
        String digits;
        int exp;
        if (d == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(d).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String u = r.unscaledValue().toString();
            exp = u.length() - 1 - r.scale();
            if (u.length() < precision + 1) {
                u = u + "0".repeat(precision + 1 - u.length());
            } else if (u.length() > precision + 1) {
                u = u.substring(0, precision + 1);
            }
            digits = u;
        }
        StringBuilder sb = new StringBuilder(precision + 8);
        sb.append(digits.charAt(0));
        if (precision > 0 || alt) {
            sb.append('.');
        }
        sb.append(digits, 1, digits.length());
        sb.append('e').append(exp < 0 ? '-' : '+');
        int ax = Math.abs(exp);
        if (ax < 10) {
            sb.append('0');
        }
        return sb.append(ax).toString();
    }

    // ------------------------------------------------------------------ complex

    /** {@code complex.__format__}. */
    public static String formatComplex(double re, double im, String spec, String typeName) {
        if (spec.isEmpty()) {
            return complexRepr(re, im);
        }
        FormatSpec f = FormatSpec.parse(spec, typeName, '>', (char) 0);
        if (f.fill == '0') {
            throw PyErr.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PyErr.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        char type = f.type;
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw FormatSpec.unknownCode(type, typeName);
        }
        boolean skipRe = false;
        boolean parens = false;
        int defaultPrecision = 6;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        int precision = f.precision;
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        char lt = Character.toLowerCase(type);
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(part(re, lt, precision, f, upper, f.sign));
        }
        sb.append(part(im, lt, precision, f, upper, skipRe ? f.sign : '+'));
        sb.append('j');
        if (parens) {
            sb.append(')');
        }
        return f.pad(sb.toString(), '>');
    }

    private static String part(double x, char type, int precision, FormatSpec f, boolean upper, char sign) {
        String s = doubleToString(x, type, precision, f.alternate, false);
        if (upper) {
            s = s.toUpperCase();
        }
        boolean neg = Double.doubleToRawLongBits(x) < 0 && x == x;
        if (neg && f.noNegZero && isZeroText(s)) {
            neg = false;
        }
        if (f.grouping != 0) {
            int k = 0;
            while (k < s.length() && Character.isDigit(s.charAt(k))) {
                k++;
            }
            if (k > 0) {
                s = FormatSpec.group(s.substring(0, k), f.grouping, 3, 0) + s.substring(k);
            }
        }
        return signOf(neg, sign) + s;
    }

    /** {@code repr(complex)}: "(1+2j)", "2j", "(-0-1j)", "(nan+infj)". */
    public static String complexRepr(double re, double im) {
        StringBuilder sb = new StringBuilder(32);
        if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
            FloatRepr.append(sb, im, false);
            return sb.append('j').toString();
        }
        sb.append('(');
        FloatRepr.append(sb, re, false);
        if (!(Double.doubleToRawLongBits(im) < 0 && im == im)) {
            sb.append('+');
        }
        FloatRepr.append(sb, im, false);
        return sb.append("j)").toString();
    }
}
