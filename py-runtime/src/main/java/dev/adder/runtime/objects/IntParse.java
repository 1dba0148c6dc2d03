package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.StrOps;
import java.math.BigInteger;

/**
 * {@code int(x)} and {@code int(s, base)}: conversion of numbers, and parsing of text with signs,
 * base prefixes, underscores between digits, surrounding whitespace and Unicode decimal digits.
 *
 * <p>CPython: {@code Objects/longobject.c} ({@code long_new_impl}, {@code PyLong_FromString},
 * {@code PyLong_FromUnicodeObject}).
 */
public final class IntParse {
    private IntParse() {
    }

    static PyObject intNew(PyType type, PyObject[] args, int nargs, PyTuple kwnames) {
        PyObject x = null;
        PyObject base = null;
        int nkw = kwnames == null ? 0 : kwnames.size();
        if (nargs > 2 || nargs + nkw > 2) {
            throw PyErr.typeError("int() takes at most 2 arguments (%d given)", nargs + nkw);
        }
        if (nargs >= 1) {
            x = args[0];
        }
        if (nargs == 2) {
            base = args[1];
        }
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kwnames.get(i)).value();
            if (k.equals("base") && base == null) {
                base = args[nargs + i];
            } else {
                throw PyErr.typeError("'%s' is an invalid keyword argument for int()", k);
            }
        }
        PyInt r;
        if (x == null) {
            if (base != null) {
                throw PyErr.typeError("int() missing string argument");
            }
            r = PyInt.ZERO;
        } else if (base == null && (x instanceof PyBytes || x instanceof PyByteArray)) {
            r = parseBytes(x, 10);
        } else if (base == null) {
            r = Abstract.toInt(x);
        } else {
            long b = Abstract.asIndexClamped(base);
            if (x instanceof PyBytes || x instanceof PyByteArray) {
                r = parseBytes(x, b == Long.MIN_VALUE || b > 36 ? 99 : (int) b);
                return type != PyInt.TYPE ? new PyIntSub(type, r.value, r.big) : r;
            }
            if (!(x instanceof PyStr)) {
                throw PyErr.typeError("int() can't convert non-string with explicit base");
            }
            r = parse(((PyStr) x).value(), b == Long.MIN_VALUE || b > 36 ? 99 : (int) b);
        }
        if (type != PyInt.TYPE) {
            return new PyIntSub(type, r.value, r.big);
        }
        return r;
    }

    /** {@code int(b, base)} for bytes or bytearray (ASCII digits only). */
    static PyInt parseBytes(PyObject x, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        byte[] b = BytesOps.buffer(x);
        String s = BytesOps.latin1(b, b.length);
        PyInt r = null;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            ascii &= s.charAt(i) < 128;
        }
        if (ascii) {
            r = tryParse(s, base);
        }
        if (r == null) {
            throw PyErr.valueError("invalid literal for int() with base %d: %s", base, Abstract.repr(x).value());
        }
        return r;
    }

    /** {@code int(s, base)} for a str; {@code base} 0 or 2..36. */
    public static PyInt parse(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        PyInt r = tryParse(s, base);
        if (r == null) {
            String shown = StrOps.repr(s);
            if (shown.length() > 200) {
                shown = shown.substring(0, 200); // CPython's %.200R
            }
            throw PyErr.valueError("invalid literal for int() with base %d: %s", base, shown);
        }
        return r;
    }

    /** Parses, returning null for invalid text (the caller makes the error). */
    static PyInt tryParse(String s, int base) {
        int n = s.length();
        int i = 0;
        while (i < n && StrOps.isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && StrOps.isSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean base0 = false;
        if (base == 0) {
            base = 10;
            base0 = true;
        }
        // digits with single underscores between them (or right after a prefix)
        StringBuilder digits = null;
        long acc = 0;
        boolean accOverflow = false;
        int ndigits = 0;
        boolean lastUnderscore = false;
        boolean prevDigit = false;
        boolean underscoreAllowed = prefixed; // a prefix may be followed by one underscore
        boolean allZero = true;
        for (int j = i; j < n; j++) {
            int cp = s.codePointAt(j);
            if (cp > 0xFFFF) {
                j++;
            }
            if (cp == '_') {
                if (!(prevDigit || underscoreAllowed)) {
                    return null;
                }
                underscoreAllowed = false;
                prevDigit = false;
                lastUnderscore = true;
                continue;
            }
            int d = digitValue(cp);
            if (d < 0 || d >= base) {
                return null;
            }
            lastUnderscore = false;
            prevDigit = true;
            underscoreAllowed = false;
            if (d != 0) {
                allZero = false;
            }
            ndigits++;
            if (!accOverflow) {
                long next = acc * base + d;
                if (acc > (Long.MAX_VALUE - d) / base) {
                    accOverflow = true;
                    digits = new StringBuilder();
                    digits.append(Long.toString(acc, base));
                    digits.append(Character.forDigit(d, base));
                } else {
                    acc = next;
                }
            } else {
                digits.append(Character.forDigit(d, base));
            }
        }
        if (ndigits == 0 || lastUnderscore) {
            return null;
        }
        if (base0 && !prefixed && !allZero && digitValue(s.codePointAt(i)) == 0) {
            return null; // "010" is not allowed with base 0
        }
        int limit = IntOps.maxStrDigits;
        if ((base & (base - 1)) != 0 && limit > 0 && ndigits > limit) {
            throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits;"
                    + " use sys.set_int_max_str_digits() to increase the limit", limit, ndigits);
        }
        if (!accOverflow) {
            return PyInt.of(negative ? -acc : acc);
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return PyInt.of(negative ? v.negate() : v);
    }

    private static int digitValue(int cp) {
        if (cp < 128) {
            if (cp >= '0' && cp <= '9') {
                return cp - '0';
            }
            if (cp >= 'a' && cp <= 'z') {
                return cp - 'a' + 10;
            }
            if (cp >= 'A' && cp <= 'Z') {
                return cp - 'A' + 10;
            }
            return -1;
        }
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(cp, 10);
        }
        return -1;
    }
}
