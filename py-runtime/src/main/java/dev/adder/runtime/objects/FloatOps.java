package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots.BinaryFunc;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.internal.FloatRepr;
import dev.adder.runtime.internal.StrOps;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The arithmetic of {@code float} with CPython's semantics: floor division and modulo as
 * {@code float_floor_div}/{@code float_rem}/{@code float_divmod}, {@code float_pow}'s special
 * cases, exact comparison with ints of any size, and the numeric hash shared with int.
 *
 * <p>CPython: {@code Objects/floatobject.c}, {@code Python/pyhash.c} ({@code _Py_HashDouble}).
 */
public final class FloatOps {
    private FloatOps() {
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** True for a float or an int operand. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    /** A float or int operand as a double (OverflowError for a huge int). */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        return IntOps.toDouble((PyInt) o);
    }

    public static PyFloat mod(double vx, double wx) {
        if (wx == 0.0) {
            throw PyErr.zeroDivisionError("float modulo");
        }
        return PyFloat.of(rem(vx, wx));
    }

    static double rem(double vx, double wx) {
        double mod = vx % wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    /** {@code divmod(vx, wx)} as CPython's {@code _float_div_mod}: {floordiv, mod}. */
    static double[] divMod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    public static PyFloat floorDiv(double vx, double wx) {
        if (wx == 0.0) {
            throw PyErr.zeroDivisionError("float floor division by zero");
        }
        return PyFloat.of(divMod(vx, wx)[0]);
    }

    public static PyTuple divmod(double vx, double wx) {
        if (wx == 0.0) {
            throw PyErr.zeroDivisionError("float divmod()");
        }
        double[] r = divMod(vx, wx);
        return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
    }

    public static PyFloat trueDiv(double vx, double wx) {
        if (wx == 0.0) {
            throw PyErr.zeroDivisionError("float division by zero");
        }
        return PyFloat.of(vx / wx);
    }

    private static boolean isOddInteger(double w) {
        return Math.floor(w) == w && Math.abs(w) < 9007199254740992.0 && Math.abs(w % 2.0) == 1.0;
    }

    /** {@code float_pow} for two doubles. */
    public static PyObject pow(double iv, double iw) {
        if (iw == 0) {
            return PyFloat.of(1.0);
        }
        if (Double.isNaN(iv)) {
            return PyFloat.of(iv);
        }
        if (Double.isNaN(iw)) {
            return PyFloat.of(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) {
                return PyFloat.of(1.0);
            }
            return PyFloat.of((iw > 0) == (iv > 1.0) ? Math.abs(iw) : 0.0);
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0) {
                return PyFloat.of(odd ? iv : Math.abs(iv));
            }
            return PyFloat.of(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0) {
                throw PyErr.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                // negative numbers raised to fractional powers become complex
                return PyComplex.floatPowComplex(iv, iw);
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return PyFloat.of(negate ? -1.0 : 1.0);
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw PyErr.of(PyExc.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return PyFloat.of(negate ? -r : r);
    }

    /** {@code hash(x)} for a float: equal to the hash of an equal int or fraction. */
    public static long hash(double v, PyObject self) {
        if (Double.isInfinite(v)) {
            return v > 0 ? IntOps.HASH_INF : -IntOps.HASH_INF;
        }
        if (Double.isNaN(v)) {
            return System.identityHashCode(self);
        }
        if (v == 0.0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(v);
        int be = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = be - 1075;
        }
        // v = m * 2^e; 2^61 == 1 (mod 2^61-1), so 2^e == 2^(e mod 61)
        long x = m % IntOps.HASH_MODULUS;
        int k = Math.floorMod(e, 61);
        if (k != 0) {
            x = ((x << k) & IntOps.HASH_MODULUS) | (x >>> (61 - k));
        }
        if (x >= IntOps.HASH_MODULUS) {
            x -= IntOps.HASH_MODULUS;
        }
        long h = v < 0 ? -x : x;
        return h == -1 ? -2 : h;
    }

    /** Three-way comparison of a (non-NaN) double with an int, exact for ints of any size. */
    public static int compareWithInt(double d, PyInt i) {
        if (i.big == null && Math.abs(i.value) <= (1L << 53)) {
            return Double.compare(d == 0.0 ? 0.0 : d, (double) i.value);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        return new BigDecimal(d).compareTo(new BigDecimal(i.bigValue()));
    }

    /** {@code float_richcompare}: against floats and ints (exactly); NotImplemented otherwise. */
    public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        double x = ((PyFloat) a).value;
        if (b instanceof PyFloat) {
            double y = ((PyFloat) b).value;
            boolean r;
            switch (op) {
                case LT: r = x < y; break;
                case LE: r = x <= y; break;
                case EQ: r = x == y; break;
                case NE: r = x != y; break;
                case GT: r = x > y; break;
                default: r = x >= y; break;
            }
            return PyBool.of(r);
        }
        if (b instanceof PyInt) {
            if (Double.isNaN(x)) {
                return PyBool.of(op == CompareOp.NE);
            }
            return PyBool.of(op.test(compareWithInt(x, (PyInt) b)));
        }
        return NI;
    }

    /** {@code int(x)} for a float: truncation toward zero. */
    public static PyInt toInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** {@code float(s)}: Python's float syntax (with underscores, inf, nan), else ValueError. */
    public static double parse(String s) {
        return parse(toAsciiDigits(s), StrOps.repr(s));
    }

    /**
     * Non-ASCII decimal digits to ASCII digits and Unicode white space to spaces
     * ({@code _PyUnicode_TransformDecimalAndSpaceToASCII}); other text is kept.
     */
    static String toAsciiDigits(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; ) {
            int c = s.codePointAt(k);
            k += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (StrOps.isSpace(c)) {
                sb.append(' ');
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    static double parse(String s, String shown) {
        String t = StrOps.stripSpace(s);
        String clean = validFloat(t);
        if (clean == null) {
            throw PyErr.valueError("could not convert string to float: %s", shown);
        }
        return parseValid(clean);
    }

    /** NaN with the sign bit set: what CPython makes of {@code float("-nan")}. */
    static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** The value of a text {@link #validFloat} made (Java's parser drops the sign of "-NaN"). */
    static double parseValid(String clean) {
        return clean.equals("-NaN") ? NEGATIVE_NAN : Double.parseDouble(clean);
    }

    /** The text in Java's syntax if {@code t} is a valid Python float literal (after sign), else null. */
    static String validFloat(String t) {
        int i = 0;
        int n = t.length();
        StringBuilder sb = new StringBuilder(n);
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            sb.append(t.charAt(i));
            i++;
        }
        String rest = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return sb.append("Infinity").toString();
        }
        if (rest.equals("nan")) {
            return sb.append("NaN").toString();
        }
        long scan = scanDigits(t, i, sb);
        if (scan < 0) {
            return null;
        }
        int digitsBefore = (int) (scan >>> 32);
        i += (int) scan;
        int digitsAfter = 0;
        if (i < n && t.charAt(i) == '.') {
            sb.append('.');
            i++;
            scan = scanDigits(t, i, sb);
            if (scan < 0) {
                return null;
            }
            digitsAfter = (int) (scan >>> 32);
            i += (int) scan;
        }
        if (digitsBefore == 0 && digitsAfter == 0) {
            return null;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            sb.append('e');
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                sb.append(t.charAt(i));
                i++;
            }
            scan = scanDigits(t, i, sb);
            if (scan < 0 || (scan >>> 32) == 0) {
                return null;
            }
            i += (int) scan;
        }
        return i == n ? sb.toString() : null;
    }

    /**
     * Scans digits with single underscores between them; returns -1 on a misplaced underscore,
     * else (digit count << 32) | chars consumed.
     */
    private static long scanDigits(String t, int i, StringBuilder sb) {
        int start = i;
        int count = 0;
        boolean lastUnderscore = false;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
                count++;
                lastUnderscore = false;
            } else if (c == '_' && count > 0 && !lastUnderscore) {
                lastUnderscore = true;
            } else {
                break;
            }
            i++;
        }
        if (lastUnderscore) {
            return -1;
        }
        return ((long) count << 32) | (i - start);
    }

    interface FloatBin {
        PyObject apply(double a, double b);
    }

    private static BinaryFunc bin(FloatBin f) {
        return (a, b) -> {
            if (!isNumber(a) || !isNumber(b)) {
                return NI;
            }
            return f.apply(asDouble(a), asDouble(b));
        };
    }

    static void initType(PyType t) {
        t.nb_binary[NumberOp.ADD.ordinal()] = bin((x, y) -> PyFloat.of(x + y));
        t.nb_binary[NumberOp.SUBTRACT.ordinal()] = bin((x, y) -> PyFloat.of(x - y));
        t.nb_binary[NumberOp.MULTIPLY.ordinal()] = bin((x, y) -> PyFloat.of(x * y));
        t.nb_binary[NumberOp.TRUE_DIVIDE.ordinal()] = bin(FloatOps::trueDiv);
        t.nb_binary[NumberOp.FLOOR_DIVIDE.ordinal()] = bin(FloatOps::floorDiv);
        t.nb_binary[NumberOp.REMAINDER.ordinal()] = bin(FloatOps::mod);
        t.nb_binary[NumberOp.DIVMOD.ordinal()] = bin(FloatOps::divmod);
        t.nb_binary[NumberOp.POWER.ordinal()] = bin(FloatOps::pow);
        t.nb_negative = a -> PyFloat.of(-((PyFloat) a).value);
        t.nb_positive = a -> a.type() == PyFloat.TYPE ? a : PyFloat.of(((PyFloat) a).value);
        t.nb_absolute = a -> PyFloat.of(Math.abs(((PyFloat) a).value));
        t.nb_bool = a -> ((PyFloat) a).value != 0.0;
        t.nb_int = a -> toInt(((PyFloat) a).value);
        t.nb_float = a -> a.type() == PyFloat.TYPE ? a : PyFloat.of(((PyFloat) a).value);
        t.tp_hash = a -> hash(((PyFloat) a).value, a);
        t.tp_repr = a -> PyStr.of(FloatRepr.repr(((PyFloat) a).value));
        t.tp_richcompare = FloatOps::richCompare;
        t.tp_new = (type, args, nargs, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("float() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw PyErr.typeError("float expected at most 1 argument, got %d", nargs);
            }
            PyFloat r;
            if (nargs == 0) {
                r = PyFloat.of(0.0);
            } else if (args[0] instanceof PyStr) {
                r = PyFloat.of(parse(((PyStr) args[0]).value()));
            } else if (args[0] instanceof PyBytes || args[0] instanceof PyByteArray) {
                byte[] b = BytesOps.buffer(args[0]);
                r = PyFloat.of(parse(BytesOps.latin1(b, b.length), Abstract.repr(args[0]).value()));
            } else {
                r = Abstract.toFloat(args[0]);
            }
            return type == PyFloat.TYPE ? r : new PyFloatSub(type, r.value);
        };
        NumberMethods.initFloat(t);
        PyMethodDescr.noArgs(t, "is_integer", self -> {
            double d = ((PyFloat) self).value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        PyMethodDescr.noArgs(t, "as_integer_ratio", self -> {
            double d = ((PyFloat) self).value;
            if (Double.isInfinite(d)) {
                throw PyErr.overflowError("cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(d)) {
                throw PyErr.valueError("cannot convert NaN to integer ratio");
            }
            BigDecimal bd = new BigDecimal(d);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (bd.scale() > 0) {
                den = BigInteger.TEN.pow(bd.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        t.ready();
    }
}
