package dev.adder.runtime.objects;

import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots.BinaryFunc;
import java.math.BigInteger;

/**
 * The arithmetic of {@code int}, with CPython's semantics: floor division and modulo take the
 * sign of the divisor, {@code **} with a negative exponent gives a float, shifts refuse negative
 * counts, hashes are reduced modulo 2**61 - 1. Each operation has a {@code long} fast path (with
 * {@code Math.*Exact} overflow checks) and a {@link BigInteger} slow path.
 *
 * <p>CPython: {@code Objects/longobject.c} ({@code long_add}, {@code l_divmod}, {@code long_pow},
 * {@code long_lshift}, {@code long_hash}, {@code long_true_divide}, ...).
 */
public final class IntOps {
    private IntOps() {
    }

    /** 2**61 - 1, the modulus of numeric hashes ({@code _PyHASH_MODULUS}). */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    /** {@code _PyHASH_INF}. */
    public static final long HASH_INF = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);
    /** The limit of {@code sys.get_int_max_str_digits()} (CPython's default). */
    public static final int MAX_STR_DIGITS = 4300;
    /** The current limit ({@code sys.set_int_max_str_digits()}); 0 means no limit. */
    public static volatile int maxStrDigits = MAX_STR_DIGITS;

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return PyInt.of(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
            }
            return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return PyInt.of(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
            }
            return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
            return PyInt.of(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
        }
        return PyInt.of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        return PyInt.of(bigDivMod(a.bigValue(), b.bigValue())[0]);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        return PyInt.of(bigDivMod(a.bigValue(), b.bigValue())[1]);
    }

    public static PyTuple divmod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyTuple.of(PyInt.of(Math.floorDiv(a.value, b.value)), PyInt.of(Math.floorMod(a.value, b.value)));
        }
        BigInteger[] qr = bigDivMod(a.bigValue(), b.bigValue());
        return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
    }

    /** Floor division and modulo (remainder with the divisor's sign). */
    static BigInteger[] bigDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code a / b}: the correctly rounded quotient as a float. */
    public static PyFloat trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivisionError("division by zero");
        }
        if (a.big == null && b.big == null) {
            long x = a.value;
            long y = b.value;
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                return PyFloat.of((double) x / (double) y);
            }
        }
        return PyFloat.of(trueDivide(a.bigValue(), b.bigValue()));
    }

    static double trueDivide(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        if (a.signum() == 0) {
            return b.signum() < 0 ? -0.0 : 0.0;
        }
        a = a.abs();
        b = b.abs();
        int s = 55 + b.bitLength() - a.bitLength();
        BigInteger num = s >= 0 ? a.shiftLeft(s) : a;
        BigInteger den = s >= 0 ? b : b.shiftLeft(-s);
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        int qbits = q.bitLength();
        double r;
        if (qbits - s > 1024) {
            throw PyErr.overflowError("integer division result too large for a float");
        }
        if (qbits - s < -1021) {
            // subnormal or underflow: round once, at the right binary place
            int shift = -1074 + s; // keep bits of weight >= 2**-1074
            BigInteger kept = q.shiftRight(shift);
            BigInteger rest = q.subtract(kept.shiftLeft(shift));
            BigInteger half = BigInteger.ONE.shiftLeft(shift - 1);
            int c = rest.compareTo(half);
            if (c > 0 || (c == 0 && kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
            r = kept.doubleValue() * Double.MIN_VALUE;
        } else {
            r = Math.scalb(q.doubleValue(), -s);
            if (Double.isInfinite(r)) {
                throw PyErr.overflowError("integer division result too large for a float");
            }
        }
        return negative ? -r : r;
    }

    /** {@code a ** b} (int ** int): an int, or a float when {@code b} is negative. */
    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double x = toDouble(a);
            double y = toDouble(b);
            return FloatOps.pow(x, y);
        }
        if (a.big == null) {
            long x = a.value;
            if (x == 0 || x == 1) {
                return b.signum() == 0 ? PyInt.ONE : a.exact();
            }
            if (x == -1) {
                return b.big == null ? ((b.value & 1) == 0 ? PyInt.ONE : PyInt.MINUS_ONE)
                        : (b.big.testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE);
            }
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw PyErr.memoryError();
        }
        int e = (int) b.value;
        if (a.big == null) {
            long base = a.value;
            long result = 1;
            int n = e;
            boolean overflow = false;
            while (n > 0) {
                if ((n & 1) != 0) {
                    long hi = Math.multiplyHigh(result, base);
                    long lo = result * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                n >>= 1;
                if (n > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    base = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        return PyInt.of(a.bigValue().pow(e));
    }

    /** {@code pow(a, b, m)} for ints. */
    public static PyInt powMod(PyInt a, PyInt b, PyInt m) {
        if (m.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = m.bigValue();
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        BigInteger base = a.bigValue();
        BigInteger exp = b.bigValue();
        BigInteger r;
        if (am.equals(BigInteger.ONE)) {
            r = BigInteger.ZERO;
        } else if (exp.signum() < 0) {
            try {
                base = base.mod(am).modInverse(am);
            } catch (ArithmeticException ex) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            r = base.modPow(exp.negate(), am);
        } else {
            r = base.mod(am).modPow(exp, am);
        }
        if (negMod && r.signum() != 0) {
            r = r.subtract(am);
        }
        return PyInt.of(r);
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.ZERO;
        }
        if (b.big != null) {
            throw hugeShift(a, b.big);
        }
        long s = b.value;
        if (a.big == null && s < 63) {
            long r = a.value << s;
            if (r >> s == a.value) {
                return PyInt.of(r);
            }
        }
        if (s > Integer.MAX_VALUE - 64) {
            throw hugeShift(a, java.math.BigInteger.valueOf(s));
        }
        return PyInt.of(a.bigValue().shiftLeft((int) s));
    }

    /**
     * A left shift whose result no memory holds: CPython's OverflowError when the result has more
     * 30-bit digits than an object can (MAX_LONG_DIGITS), else its failed allocation (MemoryError).
     */
    private static PyException hugeShift(PyInt a, java.math.BigInteger shift) {
        long maxDigits = (Long.MAX_VALUE - 24) / 4;
        java.math.BigInteger digits = shift.divide(java.math.BigInteger.valueOf(30))
                .add(java.math.BigInteger.valueOf((a.bigValue().abs().bitLength() + 29) / 30 + 1));
        if (digits.compareTo(java.math.BigInteger.valueOf(maxDigits)) > 0) {
            return PyErr.overflowError("too many digits in integer");
        }
        return PyErr.memoryError();
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (b.big != null || b.value >= Integer.MAX_VALUE) {
            return a.signum() < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        }
        long s = b.value;
        if (a.big == null) {
            return PyInt.of(s >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> s);
        }
        return PyInt.of(a.big.shiftRight((int) s));
    }

    public static PyInt and(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value & b.value);
        }
        return PyInt.of(a.bigValue().and(b.bigValue()));
    }

    public static PyInt or(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value | b.value);
        }
        return PyInt.of(a.bigValue().or(b.bigValue()));
    }

    public static PyInt xor(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return PyInt.of(a.value ^ b.value);
        }
        return PyInt.of(a.bigValue().xor(b.bigValue()));
    }

    public static PyInt neg(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.bigValue().negate());
    }

    public static PyInt abs(PyInt a) {
        return a.signum() < 0 ? neg(a) : a.exact();
    }

    public static PyInt invert(PyInt a) {
        if (a.big == null) {
            return PyInt.of(~a.value);
        }
        return PyInt.of(a.big.not());
    }

    /** Three-way comparison. */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    /** {@code hash(n)}: CPython's numeric hash (n mod 2**61-1 with n's sign; -1 becomes -2). */
    public static long hash(PyInt a) {
        long h;
        if (a.big == null) {
            long v = a.value;
            if (v == Long.MIN_VALUE) {
                h = -(Long.MAX_VALUE % HASH_MODULUS + 1) % HASH_MODULUS;
            } else {
                h = v < 0 ? -((-v) % HASH_MODULUS) : v % HASH_MODULUS;
            }
        } else {
            BigInteger r = a.big.abs().mod(BIG_MODULUS);
            h = a.big.signum() < 0 ? -r.longValue() : r.longValue();
        }
        return h == -1 ? -2 : h;
    }

    /** The int as a float, or OverflowError "int too large to convert to float". */
    public static double toDouble(PyInt a) {
        if (a.big == null) {
            return a.value;
        }
        double d = a.big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code str(n)}/{@code repr(n)}, refusing more than {@link #MAX_STR_DIGITS} digits as CPython does. */
    public static String toDecimalString(PyInt a) {
        if (a.big == null) {
            return Long.toString(a.value);
        }
        int limit = maxStrDigits;
        // a value of b bits is at least 2**(b-1), so it has more than (b-1)*log10(2) digits
        if (limit > 0 && (a.big.bitLength() - 1) * 0.30102999566 >= limit + 1) {
            throw tooManyDigits();
        }
        String s = a.big.toString();
        if (limit > 0 && s.length() - (a.big.signum() < 0 ? 1 : 0) > limit) {
            throw tooManyDigits();
        }
        return s;
    }

    private static RuntimeException tooManyDigits() {
        return PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", maxStrDigits);
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    interface IntBin {
        PyObject apply(PyInt a, PyInt b);
    }

    private static BinaryFunc bin(IntBin f) {
        return (a, b) -> (a instanceof PyInt && b instanceof PyInt) ? f.apply((PyInt) a, (PyInt) b) : NI;
    }

    static void initType(PyType t) {
        t.nb_binary[NumberOp.ADD.ordinal()] = bin(IntOps::add);
        t.nb_binary[NumberOp.SUBTRACT.ordinal()] = bin(IntOps::sub);
        t.nb_binary[NumberOp.MULTIPLY.ordinal()] = bin(IntOps::mul);
        t.nb_binary[NumberOp.FLOOR_DIVIDE.ordinal()] = bin(IntOps::floorDiv);
        t.nb_binary[NumberOp.REMAINDER.ordinal()] = bin(IntOps::mod);
        t.nb_binary[NumberOp.DIVMOD.ordinal()] = bin(IntOps::divmod);
        t.nb_binary[NumberOp.TRUE_DIVIDE.ordinal()] = bin(IntOps::trueDiv);
        t.nb_binary[NumberOp.POWER.ordinal()] = bin(IntOps::pow);
        t.nb_binary[NumberOp.LSHIFT.ordinal()] = bin(IntOps::lshift);
        t.nb_binary[NumberOp.RSHIFT.ordinal()] = bin(IntOps::rshift);
        t.nb_binary[NumberOp.AND.ordinal()] = bin(IntOps::and);
        t.nb_binary[NumberOp.OR.ordinal()] = bin(IntOps::or);
        t.nb_binary[NumberOp.XOR.ordinal()] = bin(IntOps::xor);
        t.nb_negative = a -> neg((PyInt) a);
        t.nb_positive = a -> ((PyInt) a).exact();
        t.nb_absolute = a -> abs((PyInt) a);
        t.nb_invert = a -> invert((PyInt) a);
        t.nb_bool = a -> ((PyInt) a).signum() != 0;
        t.nb_int = a -> ((PyInt) a).exact();
        t.nb_index = a -> ((PyInt) a).exact();
        t.nb_float = a -> PyFloat.of(toDouble((PyInt) a));
        t.tp_hash = a -> hash((PyInt) a);
        t.tp_repr = a -> PyStr.of(toDecimalString((PyInt) a));
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyInt)) {
                return NI;
            }
            return PyBool.of(op.test(compare((PyInt) a, (PyInt) b)));
        };
        t.tp_new = IntParse::intNew;
        NumberMethods.initInt(t);
        PyMethodDescr.noArgs(t, "bit_length", a -> {
            PyInt i = (PyInt) a;
            return PyInt.of(i.big == null ? 64 - Long.numberOfLeadingZeros(Math.abs(i.value))
                    : i.big.abs().bitLength());
        });
        PyMethodDescr.noArgs(t, "bit_count", a -> {
            PyInt i = (PyInt) a;
            return PyInt.of(i.big == null && i.value != Long.MIN_VALUE ? Long.bitCount(Math.abs(i.value))
                    : i.bigValue().abs().bitCount());
        });
        PyMethodDescr.noArgs(t, "as_integer_ratio", a -> PyTuple.of(((PyInt) a).exact(), PyInt.ONE));
        PyMethodDescr.noArgs(t, "conjugate", a -> ((PyInt) a).exact());
        t.setAttribute("real", new PyGetSetDescr(t, "real", a -> ((PyInt) a).exact(), null));
        t.setAttribute("imag", new PyGetSetDescr(t, "imag", a -> PyInt.ZERO, null));
        t.setAttribute("numerator", new PyGetSetDescr(t, "numerator", a -> ((PyInt) a).exact(), null));
        t.setAttribute("denominator", new PyGetSetDescr(t, "denominator", a -> PyInt.ONE, null));
        t.ready();
    }
}
