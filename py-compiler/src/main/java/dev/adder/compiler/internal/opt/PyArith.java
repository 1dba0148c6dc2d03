package dev.adder.compiler.internal.opt;

import dev.adder.ast.Operator;
import dev.adder.ast.UnaryOpKind;
import dev.adder.bytecode.Constant;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The operators the AST optimizer folds, with Python's results on constants, and null where
 * Python raises (TypeError, ZeroDivisionError, OverflowError, ValueError, IndexError) or where
 * the optimizer's size limits forbid folding.
 *
 * <p>CPython: {@code fold_binop}, {@code fold_unaryop}, {@code fold_subscr}, {@code safe_multiply},
 * {@code safe_power}, {@code safe_lshift}, {@code safe_mod}, {@code check_complexity} in
 * Python/ast_opt.c (3.10), and the number protocols of Objects/longobject.c
 * ({@code long_true_divide}, {@code long_pow}), Objects/floatobject.c ({@code float_pow},
 * {@code float_divmod}, {@code float_rem}) and Objects/complexobject.c ({@code _Py_c_quot},
 * {@code _Py_c_pow}, {@code c_powi}).
 */
final class PyArith {
    private PyArith() {
    }

    static final int MAX_INT_SIZE = 128;
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_TOTAL_ITEMS = 1024;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static boolean isInt(Constant c) {
        return PyValues.isInt(c);
    }

    private static BigInteger big(Constant c) {
        return PyValues.intValue(c);
    }

    private static Constant integer(BigInteger v) {
        return Constant.Int.of(v);
    }

    private static boolean isFloat(Constant c) {
        return c instanceof Constant.Float;
    }

    private static boolean isComplex(Constant c) {
        return c instanceof Constant.Complex;
    }

    private static boolean isReal(Constant c) {
        return isInt(c) || isFloat(c);
    }

    private static boolean isNumber(Constant c) {
        return isReal(c) || isComplex(c);
    }

    /** {@code float(c)} for an int or float; NaN-free null on overflow. */
    private static Double toDouble(Constant c) {
        if (c instanceof Constant.Float f) {
            return f.value();
        }
        double d = big(c).doubleValue();
        if (Double.isInfinite(d)) {
            return null; // OverflowError: int too large to convert to float
        }
        return d;
    }

    private static double[] toComplex(Constant c) {
        if (c instanceof Constant.Complex x) {
            return new double[] {x.re(), x.im()};
        }
        Double d = toDouble(c);
        return d == null ? null : new double[] {d, 0.0};
    }

    private static int numBits(BigInteger v) {
        return v.abs().bitLength();
    }

    // ---- unary -----------------------------------------------------------------------------

    static Constant unary(UnaryOpKind op, Constant v) {
        switch (op) {
            case Not:
                return Constant.Bool.of(!dev.adder.compiler.internal.cfg.ConstKey.isTrue(v));
            case Invert:
                return isInt(v) ? integer(big(v).not()) : null;
            case UAdd:
                if (isInt(v)) {
                    return integer(big(v));
                }
                return isFloat(v) || isComplex(v) ? v : null;
            case USub:
                if (isInt(v)) {
                    return integer(big(v).negate());
                }
                if (v instanceof Constant.Float f) {
                    return new Constant.Float(-f.value());
                }
                if (v instanceof Constant.Complex c) {
                    return new Constant.Complex(-c.re(), -c.im());
                }
                return null;
            default:
                return null;
        }
    }

    // ---- binary ----------------------------------------------------------------------------

    static Constant binary(Operator op, Constant l, Constant r) {
        switch (op) {
            case Add:
                return add(l, r);
            case Sub:
                return arith(op, l, r);
            case Mult:
                return safeMultiply(l, r);
            case Div:
                return trueDivide(l, r);
            case FloorDiv:
            case Mod:
                if (op == Operator.Mod && (l instanceof Constant.Str || l instanceof Constant.Bytes)) {
                    return null;
                }
                return arith(op, l, r);
            case Pow:
                return safePower(l, r);
            case LShift:
                return safeLshift(l, r);
            case RShift:
                return rshift(l, r);
            case BitOr:
            case BitXor:
            case BitAnd:
                return bitwise(op, l, r);
            default:
                return null;
        }
    }

    private static Constant add(Constant l, Constant r) {
        if (l instanceof Constant.Str a && r instanceof Constant.Str b) {
            return new Constant.Str(a.value() + b.value());
        }
        if (l instanceof Constant.Bytes a && r instanceof Constant.Bytes b) {
            byte[] x = a.value();
            byte[] y = b.value();
            byte[] z = new byte[x.length + y.length];
            System.arraycopy(x, 0, z, 0, x.length);
            System.arraycopy(y, 0, z, x.length, y.length);
            return new Constant.Bytes(z);
        }
        if (l instanceof Constant.Tuple a && r instanceof Constant.Tuple b) {
            List<Constant> z = new ArrayList<>(a.items());
            z.addAll(b.items());
            return new Constant.Tuple(z);
        }
        return arith(Operator.Add, l, r);
    }

    /** +, -, *, //, % on numbers. */
    private static Constant arith(Operator op, Constant l, Constant r) {
        if (!isNumber(l) || !isNumber(r)) {
            return null;
        }
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l);
            BigInteger b = big(r);
            switch (op) {
                case Add:
                    return integer(a.add(b));
                case Sub:
                    return integer(a.subtract(b));
                case Mult:
                    return integer(a.multiply(b));
                case FloorDiv:
                    if (b.signum() == 0) {
                        return null;
                    }
                    return integer(floorDiv(a, b));
                case Mod:
                    if (b.signum() == 0) {
                        return null;
                    }
                    return integer(a.subtract(b.multiply(floorDiv(a, b))));
                default:
                    return null;
            }
        }
        if (isComplex(l) || isComplex(r)) {
            double[] a = toComplex(l);
            double[] b = toComplex(r);
            if (a == null || b == null) {
                return null;
            }
            switch (op) {
                case Add:
                    return new Constant.Complex(a[0] + b[0], a[1] + b[1]);
                case Sub:
                    return new Constant.Complex(a[0] - b[0], a[1] - b[1]);
                case Mult:
                    return new Constant.Complex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
                default:
                    return null; // complex has no // or %
            }
        }
        Double a = toDouble(l);
        Double b = toDouble(r);
        if (a == null || b == null) {
            return null;
        }
        double x = a;
        double y = b;
        switch (op) {
            case Add:
                return new Constant.Float(x + y);
            case Sub:
                return new Constant.Float(x - y);
            case Mult:
                return new Constant.Float(x * y);
            case Mod: {
                if (y == 0.0) {
                    return null;
                }
                double mod = x % y;
                if (mod != 0.0) {
                    if ((y < 0) != (mod < 0)) {
                        mod += y;
                    }
                } else {
                    mod = Math.copySign(0.0, y);
                }
                return new Constant.Float(mod);
            }
            case FloorDiv: {
                if (y == 0.0) {
                    return null;
                }
                double mod = x % y;
                double div = (x - mod) / y;
                if (mod != 0.0) {
                    if ((y < 0) != (mod < 0)) {
                        div -= 1.0;
                    }
                }
                double floordiv;
                if (div != 0.0) {
                    floordiv = Math.floor(div);
                    if (div - floordiv > 0.5) {
                        floordiv += 1.0;
                    }
                } else {
                    floordiv = Math.copySign(0.0, x / y);
                }
                return new Constant.Float(floordiv);
            }
            default:
                return null;
        }
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static Constant trueDivide(Constant l, Constant r) {
        if (!isNumber(l) || !isNumber(r)) {
            return null;
        }
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l);
            BigInteger b = big(r);
            if (b.signum() == 0) {
                return null;
            }
            Double d = longTrueDivide(a, b);
            return d == null ? null : new Constant.Float(d);
        }
        if (isComplex(l) || isComplex(r)) {
            double[] a = toComplex(l);
            double[] b = toComplex(r);
            if (a == null || b == null) {
                return null;
            }
            double[] q = cQuot(a, b);
            return q == null ? null : new Constant.Complex(q[0], q[1]);
        }
        Double a = toDouble(l);
        Double b = toDouble(r);
        if (a == null || b == null || b == 0.0) {
            return null;
        }
        return new Constant.Float(a / b);
    }

    /** {@code a / b} for ints, correctly rounded; null on overflow. CPython: {@code long_true_divide}. */
    static Double longTrueDivide(BigInteger a, BigInteger b) {
        boolean negate = (a.signum() < 0) ^ (b.signum() < 0);
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return negate ? -0.0 : 0.0;
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            double d = a.doubleValue() / b.doubleValue();
            return negate ? -d : d;
        }
        int shift = a.bitLength() - b.bitLength();
        int k = Math.max(0, 60 - shift);
        BigInteger[] qr = a.shiftLeft(k).divideAndRemainder(b.shiftLeft(Math.max(0, shift - 60)));
        if (shift - 60 > 0) {
            k = -(shift - 60);
        }
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int len = q.bitLength();
        int exp = len - 1 - k; // value in [2^exp, 2^(exp+1))
        if (exp > 1023) {
            return null;
        }
        int keep = exp >= -1022 ? 53 : 53 - (-1022 - exp);
        double result;
        if (keep <= 0) {
            if (keep == 0) {
                BigInteger half = BigInteger.ONE.shiftLeft(len - 1);
                boolean above = q.compareTo(half) > 0 || (q.equals(half) && sticky);
                result = above ? Double.MIN_VALUE : 0.0;
            } else {
                result = 0.0;
            }
        } else {
            int drop = len - keep;
            long mant;
            if (drop > 0) {
                mant = q.shiftRight(drop).longValue();
                BigInteger rest = q.subtract(BigInteger.valueOf(mant).shiftLeft(drop));
                BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
                int cmp = rest.compareTo(half);
                if (cmp > 0 || (cmp == 0 && (sticky || (mant & 1) == 1))) {
                    mant++;
                }
            } else {
                mant = q.shiftLeft(-drop).longValue();
                drop = 0;
            }
            result = Math.scalb((double) mant, drop - k);
            if (Double.isInfinite(result)) {
                return null;
            }
        }
        return negate ? -result : result;
    }

    /** CPython: {@code _Py_c_quot}; null for division by zero. */
    static double[] cQuot(double[] a, double[] b) {
        double absBreal = b[0] < 0 ? -b[0] : b[0];
        double absBimag = b[1] < 0 ? -b[1] : b[1];
        double re;
        double im;
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return null;
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            re = (a[0] + a[1] * ratio) / denom;
            im = (a[1] - a[0] * ratio) / denom;
        } else if (absBimag >= absBreal) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            re = (a[0] * ratio + a[1]) / denom;
            im = (a[1] * ratio - a[0]) / denom;
        } else {
            re = Double.NaN;
            im = Double.NaN;
        }
        return new double[] {re, im};
    }

    // ---- multiplication with limits ------------------------------------------------------

    private static int seqSize(Constant c) {
        if (c instanceof Constant.Tuple t) {
            return t.items().size();
        }
        if (c instanceof Constant.FrozenSet f) {
            return f.items().size();
        }
        if (c instanceof Constant.Str s) {
            return s.value().codePointCount(0, s.value().length());
        }
        if (c instanceof Constant.Bytes b) {
            return b.length();
        }
        return -1;
    }

    /** CPython: {@code check_complexity}. */
    static long checkComplexity(Constant obj, long limit) {
        if (obj instanceof Constant.Tuple t) {
            limit -= t.items().size();
            for (int i = 0; limit >= 0 && i < t.items().size(); i++) {
                limit = checkComplexity(t.items().get(i), limit);
            }
            return limit;
        }
        if (obj instanceof Constant.FrozenSet f) {
            limit -= f.items().size();
            for (int i = 0; limit >= 0 && i < f.items().size(); i++) {
                limit = checkComplexity(f.items().get(i), limit);
            }
        }
        return limit;
    }

    /** CPython: {@code safe_multiply}. */
    private static Constant safeMultiply(Constant v, Constant w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() != 0) {
            if ((long) numBits(big(v)) + numBits(big(w)) > MAX_INT_SIZE) {
                return null;
            }
        } else if (isInt(v) && (w instanceof Constant.Tuple || w instanceof Constant.FrozenSet)) {
            int size = seqSize(w);
            if (size != 0) {
                BigInteger n = big(v);
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / size)) > 0) {
                    return null;
                }
                long nn = n.longValue();
                if (nn != 0 && checkComplexity(w, MAX_TOTAL_ITEMS / nn) < 0) {
                    return null;
                }
            }
        } else if (isInt(v) && (w instanceof Constant.Str || w instanceof Constant.Bytes)) {
            int size = seqSize(w);
            if (size != 0) {
                BigInteger n = big(v);
                if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
                    return null;
                }
            }
        } else if (isInt(w) && (v instanceof Constant.Tuple || v instanceof Constant.FrozenSet
                || v instanceof Constant.Str || v instanceof Constant.Bytes)) {
            return safeMultiply(w, v);
        }
        return multiply(v, w);
    }

    private static Constant multiply(Constant v, Constant w) {
        if (isInt(v) && seqSize(w) >= 0 && !(w instanceof Constant.FrozenSet)) {
            return repeat(w, big(v));
        }
        if (isInt(w) && seqSize(v) >= 0 && !(v instanceof Constant.FrozenSet)) {
            return repeat(v, big(w));
        }
        return arith(Operator.Mult, v, w);
    }

    private static Constant repeat(Constant seq, BigInteger count) {
        if (count.compareTo(LONG_MIN) < 0 || count.compareTo(LONG_MAX) > 0) {
            return null; // OverflowError: cannot fit 'int' into an index-sized integer
        }
        long n = Math.max(0, count.longValue());
        int size = seqSize(seq);
        if (size == 0 || n == 0) {
            return emptyLike(seq);
        }
        if (n * size > Integer.MAX_VALUE / 4) {
            return null;
        }
        int times = (int) n;
        if (seq instanceof Constant.Str s) {
            return new Constant.Str(s.value().repeat(times));
        }
        if (seq instanceof Constant.Bytes b) {
            byte[] x = b.value();
            byte[] z = new byte[x.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(x, 0, z, i * x.length, x.length);
            }
            return new Constant.Bytes(z);
        }
        List<Constant> items = ((Constant.Tuple) seq).items();
        List<Constant> z = new ArrayList<>(items.size() * times);
        for (int i = 0; i < times; i++) {
            z.addAll(items);
        }
        return new Constant.Tuple(z);
    }

    private static Constant emptyLike(Constant seq) {
        if (seq instanceof Constant.Str) {
            return new Constant.Str("");
        }
        if (seq instanceof Constant.Bytes) {
            return new Constant.Bytes(new byte[0]);
        }
        return Constant.Tuple.EMPTY;
    }

    // ---- power -----------------------------------------------------------------------------

    /** CPython: {@code safe_power}. */
    private static Constant safePower(Constant v, Constant w) {
        if (isInt(v) && isInt(w) && big(v).signum() != 0 && big(w).signum() > 0) {
            BigInteger wv = big(w);
            if (wv.bitLength() > 63) {
                return null;
            }
            long vbits = numBits(big(v));
            long wbits = wv.longValue();
            if (vbits > MAX_INT_SIZE / wbits) {
                return null;
            }
        }
        return power(v, w);
    }

    private static Constant power(Constant v, Constant w) {
        if (!isNumber(v) || !isNumber(w)) {
            return null;
        }
        if (isInt(v) && isInt(w)) {
            BigInteger a = big(v);
            BigInteger b = big(w);
            if (b.signum() < 0) {
                Double x = toDouble(v);
                Double y = toDouble(w);
                if (x == null || y == null) {
                    return null;
                }
                return floatPow(x, y);
            }
            if (b.bitLength() > 31) {
                if (a.abs().compareTo(BigInteger.ONE) <= 0) {
                    return integer(a.signum() == 0 ? BigInteger.ZERO
                            : a.signum() > 0 || !b.testBit(0) ? BigInteger.ONE : BigInteger.ONE.negate());
                }
                return null;
            }
            return integer(a.pow(b.intValue()));
        }
        if (isComplex(v) || isComplex(w)) {
            double[] a = toComplex(v);
            double[] b = toComplex(w);
            if (a == null || b == null) {
                return null;
            }
            return complexPow(a, b);
        }
        Double x = toDouble(v);
        Double y = toDouble(w);
        if (x == null || y == null) {
            return null;
        }
        return floatPow(x, y);
    }

    /** CPython: {@code float_pow}; a complex result for a negative base and fractional exponent. */
    static Constant floatPow(double iv, double iw) {
        if (iw == 0) {
            return new Constant.Float(1.0);
        }
        if (Double.isNaN(iv)) {
            return new Constant.Float(iv);
        }
        if (Double.isNaN(iw)) {
            return new Constant.Float(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) {
                return new Constant.Float(1.0);
            } else if ((iw > 0.0) == (iv > 1.0)) {
                return new Constant.Float(Math.abs(iw));
            } else {
                return new Constant.Float(0.0);
            }
        }
        if (Double.isInfinite(iv)) {
            boolean iwIsOdd = isOdd(iw);
            if (iw > 0.0) {
                return new Constant.Float(iwIsOdd ? iv : Math.abs(iv));
            } else {
                return new Constant.Float(iwIsOdd ? Math.copySign(0.0, iv) : 0.0);
            }
        }
        if (iv == 0.0) {
            boolean iwIsOdd = isOdd(iw);
            if (iw < 0.0) {
                return null; // ZeroDivisionError
            }
            return new Constant.Float(iwIsOdd ? iv : 0.0);
        }
        boolean negateResult = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return complexPow(new double[] {iv, 0.0}, new double[] {iw, 0.0});
            }
            iv = -iv;
            negateResult = isOdd(iw);
        }
        if (iv == 1.0) {
            return new Constant.Float(negateResult ? -1.0 : 1.0);
        }
        double ix = StrictMath.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            return null; // OverflowError
        }
        return new Constant.Float(negateResult ? -ix : ix);
    }

    private static boolean isOdd(double iw) {
        return Math.abs(iw % 2.0) == 1.0;
    }

    private static double[] cProd(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    private static double[] cPowu(double[] x, long n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = cProd(r, p);
            }
            mask <<= 1;
            p = cProd(p, p);
        }
        return r;
    }

    /** CPython: {@code _Py_c_pow}; null for zero to a negative or complex power. */
    private static double[] cPow(double[] a, double[] b) {
        if (b[0] == 0.0 && b[1] == 0.0) {
            return new double[] {1.0, 0.0};
        }
        if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) {
                return null;
            }
            return new double[] {0.0, 0.0};
        }
        double vabs = Math.hypot(a[0], a[1]);
        double len = StrictMath.pow(vabs, b[0]);
        double at = Math.atan2(a[1], a[0]);
        double phase = at * b[0];
        if (b[1] != 0.0) {
            len /= Math.exp(at * b[1]);
            phase += b[1] * Math.log(vabs);
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    /** CPython: {@code complex_pow} (3.10). */
    private static Constant complexPow(double[] a, double[] b) {
        double[] p;
        if (b[1] == 0.0 && b[0] == Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
            long n = (long) b[0];
            if (n > 0) {
                p = cPowu(a, n);
            } else {
                p = cQuot(new double[] {1.0, 0.0}, cPowu(a, -n));
            }
        } else {
            p = cPow(a, b);
        }
        if (p == null) {
            return null; // ZeroDivisionError
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            return null; // OverflowError
        }
        return new Constant.Complex(p[0], p[1]);
    }

    // ---- shifts and bitwise ----------------------------------------------------------------

    /** CPython: {@code safe_lshift}. */
    private static Constant safeLshift(Constant v, Constant w) {
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        if (a.signum() != 0 && b.signum() != 0) {
            if (b.signum() < 0 || b.bitLength() > 63) {
                return null;
            }
            long vbits = numBits(a);
            long wbits = b.longValue();
            if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) {
                return null;
            }
        }
        if (b.signum() < 0) {
            return null; // ValueError: negative shift count
        }
        if (a.signum() == 0) {
            return integer(BigInteger.ZERO);
        }
        return integer(a.shiftLeft(b.intValue()));
    }

    private static Constant rshift(Constant v, Constant w) {
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        if (b.signum() < 0) {
            return null;
        }
        if (b.bitLength() > 31) {
            return integer(a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO);
        }
        return integer(a.shiftRight(b.intValue()));
    }

    private static Constant bitwise(Operator op, Constant v, Constant w) {
        if (!isInt(v) || !isInt(w)) {
            return null;
        }
        if (v instanceof Constant.Bool a && w instanceof Constant.Bool b) {
            boolean x = a.value();
            boolean y = b.value();
            return Constant.Bool.of(switch (op) {
                case BitOr -> x | y;
                case BitXor -> x ^ y;
                default -> x & y;
            });
        }
        BigInteger a = big(v);
        BigInteger b = big(w);
        return integer(switch (op) {
            case BitOr -> a.or(b);
            case BitXor -> a.xor(b);
            default -> a.and(b);
        });
    }

    // ---- subscripts ------------------------------------------------------------------------

    /** {@code v[i]} for a constant sequence and an int index; null where Python raises. */
    static Constant subscript(Constant v, Constant idx) {
        if (!isInt(idx)) {
            return null;
        }
        int size = seqSize(v);
        if (size < 0 || v instanceof Constant.FrozenSet) {
            return null;
        }
        BigInteger i = big(idx);
        if (i.signum() < 0) {
            i = i.add(BigInteger.valueOf(size));
        }
        if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(size)) >= 0) {
            return null;
        }
        int k = i.intValue();
        if (v instanceof Constant.Str s) {
            String str = s.value();
            int start = str.offsetByCodePoints(0, k);
            int cp = str.codePointAt(start);
            return new Constant.Str(new String(Character.toChars(cp)));
        }
        if (v instanceof Constant.Bytes b) {
            return Constant.Int.of(b.byteAt(k));
        }
        return ((Constant.Tuple) v).items().get(k);
    }
}
