package dev.adder.stdlib.math;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.HeapTypeSlots;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.FloatOps;
import dev.adder.runtime.objects.IntOps;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.stdlib.math.internal.IntMath;
import dev.adder.stdlib.math.internal.Libm;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module: the C99 functions on floats with CPython's error rules (a NaN from
 * non-NaN arguments raises ValueError "math domain error", an infinity from finite ones
 * OverflowError "math range error" or ValueError at a singularity), exact summation
 * ({@code fsum}), norms ({@code hypot}, {@code dist}), and the integer functions
 * ({@code factorial}, {@code comb}, {@code perm}, {@code isqrt}, {@code gcd}, {@code lcm}) on
 * integers of any size.
 *
 * <p>CPython: Modules/mathmodule.c.
 */
public final class MathModule implements BuiltinModule {
    /** Creates the module definition (found through {@link java.util.ServiceLoader}). */
    public MathModule() {
    }

    @Override
    public String name() {
        return "math";
    }

    private PyDict dict;
    private PyModule module;

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        MathModule d = new MathModule();
        d.dict = m.dict;
        d.module = m;
        d.fill();
    }

    private void fill() {
        dict.setItem(PyStr.of("__doc__"), PyStr.of("This module provides access to the mathematical functions\n"
                + "defined by the C standard."));
        fn1("acos", Libm::acos, false);
        fn1("acosh", Libm::acosh, false);
        fn1("asin", Libm::asin, false);
        fn1("asinh", Libm::asinh, false);
        fn1("atan", Libm::atan, false);
        fn2("atan2", Libm::atan2);
        fn1("atanh", Libm::atanh, false);
        fn1("cbrt", Libm::cbrt, false);
        one("ceil", MathModule::ceil);
        fn2("copysign", Math::copySign);
        fn1("cos", Libm::cos, false);
        fn1("cosh", Libm::cosh, true);
        one("degrees", x -> PyFloat.of(asDouble(x) * RAD_TO_DEG));
        def("dist", MathModule::dist);
        errnoFn("erf", (x, err) -> Libm.erf(x));
        errnoFn("erfc", (x, err) -> Libm.erfc(x));
        fn1("exp", Libm::exp, true);
        fn1("exp2", Libm::exp2, true);
        fn1("expm1", Libm::expm1, true);
        fn1("fabs", Math::abs, false);
        one("factorial", MathModule::factorial);
        one("floor", MathModule::floor);
        def("fmod", MathModule::fmod);
        one("frexp", MathModule::frexp);
        one("fsum", MathModule::fsum);
        errnoFn("gamma", Libm::gamma);
        def("gcd", MathModule::gcd);
        def("hypot", MathModule::hypot);
        def("isclose", MathModule::isclose);
        one("isfinite", x -> PyBool.of(Double.isFinite(asDouble(x))));
        one("isinf", x -> PyBool.of(Double.isInfinite(asDouble(x))));
        one("isnan", x -> PyBool.of(Double.isNaN(asDouble(x))));
        one("isqrt", MathModule::isqrt);
        def("lcm", MathModule::lcm);
        def("ldexp", MathModule::ldexp);
        errnoFn("lgamma", Libm::lgamma);
        def("log", MathModule::log);
        fn1("log1p", Libm::log1p, false);
        one("log10", x -> logHelper(x, MathModule::mLog10));
        one("log2", x -> logHelper(x, MathModule::mLog2));
        one("modf", MathModule::modf);
        def("pow", MathModule::pow);
        one("radians", x -> PyFloat.of(asDouble(x) * DEG_TO_RAD));
        fn2("remainder", Libm::remainder);
        fn1("sin", Libm::sin, false);
        fn1("sinh", Libm::sinh, true);
        fn1("sqrt", Math::sqrt, false);
        fn1("tan", Libm::tan, false);
        fn1("tanh", Libm::tanh, false);
        one("trunc", MathModule::trunc);
        def("prod", MathModule::prod);
        def("perm", MathModule::perm);
        def("comb", MathModule::comb);
        def("nextafter", (self, a, n, kw) -> {
            twoArgs("nextafter", n, kw);
            return PyFloat.of(Math.nextAfter(asDouble(a[0]), asDouble(a[1])));
        });
        one("ulp", x -> PyFloat.of(ulp(asDouble(x))));
        dict.setItem(PyStr.of("pi"), PyFloat.of(Math.PI));
        dict.setItem(PyStr.of("e"), PyFloat.of(Math.E));
        dict.setItem(PyStr.of("tau"), PyFloat.of(2 * Math.PI));
        dict.setItem(PyStr.of("inf"), PyFloat.of(Double.POSITIVE_INFINITY));
        dict.setItem(PyStr.of("nan"), PyFloat.of(Double.NaN));
    }

    private static final double DEG_TO_RAD = Math.PI / 180.0;
    private static final double RAD_TO_DEG = 180.0 / Math.PI;

    // ------------------------------------------------------------------ registration

    private void def(String name, PyBuiltinFunction.Impl impl) {
        dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, module, impl));
    }

    /** A {@code METH_O} function. */
    private void one(String name, Slots.UnaryFunc f) {
        String shown = "math." + name;
        def(name, (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne(shown, n, kw);
            return f.apply(a[0]);
        });
    }

    /** CPython's {@code math_1}: a libm function of one float. */
    private void fn1(String name, DoubleUnaryOperator f, boolean canOverflow) {
        one(name, o -> {
            double x = asDouble(o);
            return PyFloat.of(checked1(x, f.applyAsDouble(x), canOverflow));
        });
    }

    /** A libm-like function that reports errors as C's errno would. */
    private interface ErrnoFunc {
        double apply(double x, int[] err);
    }

    /** CPython's {@code math_1a}: the function itself says when the result is an error. */
    private void errnoFn(String name, ErrnoFunc f) {
        one(name, o -> {
            double x = asDouble(o);
            int[] err = new int[1];
            double r = f.apply(x, err);
            if (err[0] != Libm.OK) {
                checkErrno(err[0], r);
            }
            return PyFloat.of(r);
        });
    }

    /** CPython's {@code math_2}: a libm function of two floats. */
    private void fn2(String name, DoubleBinaryOperator f) {
        def(name, (self, a, n, kw) -> {
            twoArgs(name, n, kw);
            double x = asDouble(a[0]);
            double y = asDouble(a[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r)) {
                if (!Double.isNaN(x) && !Double.isNaN(y)) {
                    throw domainError();
                }
            } else if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                checkErrno(Libm.ERANGE, r);
            }
            return PyFloat.of(r);
        });
    }

    private static void twoArgs(String name, int n, dev.adder.runtime.objects.PyTuple kw) {
        BuiltinArgs.noKeywords("math." + name, kw);
        BuiltinArgs.checkPositional(name, n, 2, 2);
    }

    // ------------------------------------------------------------------ conversions and errors

    /** {@code PyFloat_AsDouble} with CPython's "must be real number" message. */
    static double asDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        PyType t = o.type();
        if (t == PyInt.TYPE || t == PyBool.TYPE) {
            return IntOps.toDouble((PyInt) o);
        }
        Slots.UnaryFunc f = t.nb_float;
        if (f == null) {
            if (t.nb_index != null || o instanceof PyInt) {
                return IntOps.toDouble(Abstract.index(o));
            }
            throw PyErr.typeError("must be real number, not %s", t.name());
        }
        PyObject r = f.apply(o);
        if (!(r instanceof PyFloat)) {
            throw PyErr.typeError("%s.__float__ returned non-float (type %s)", t.name(), r.type().name());
        }
        return ((PyFloat) r).value;
    }

    /** {@code ASSIGN_DOUBLE}: exact floats and ints directly, anything else as {@link #asDouble}. */
    private static double assignDouble(PyObject o) {
        return asDouble(o);
    }

    private static PyException domainError() {
        return PyErr.valueError("math domain error");
    }

    private static PyException rangeError() {
        return PyErr.overflowError("math range error");
    }

    /** CPython's {@code is_error}: EDOM always raises; ERANGE raises unless the result is small. */
    private static void checkErrno(int err, double r) {
        if (err == Libm.EDOM) {
            throw domainError();
        }
        if (err == Libm.ERANGE && Math.abs(r) >= 1.5) {
            throw rangeError();
        }
    }

    /** The result checks of {@code math_1}. */
    private static double checked1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    // ------------------------------------------------------------------ rounding

    private static final PyStr FLOOR = PyStr.of("__floor__");
    private static final PyStr CEIL = PyStr.of("__ceil__");
    private static final PyStr TRUNC = PyStr.of("__trunc__");

    private static PyObject floor(PyObject o) {
        if (o.type() == PyFloat.TYPE) {
            return FloatOps.toInt(Math.floor(((PyFloat) o).value));
        }
        if (o.type() == PyInt.TYPE) {
            return o;
        }
        PyObject m = o.type().lookup(FLOOR);
        if (m != null) {
            return HeapTypeSlots.callMethod(m, o);
        }
        return FloatOps.toInt(Math.floor(asDouble(o)));
    }

    private static PyObject ceil(PyObject o) {
        if (o.type() == PyInt.TYPE) {
            return o;
        }
        if (o.type() != PyFloat.TYPE) {
            PyObject m = o.type().lookup(CEIL);
            if (m != null) {
                return HeapTypeSlots.callMethod(m, o);
            }
        }
        return FloatOps.toInt(Math.ceil(asDouble(o)));
    }

    private static PyObject trunc(PyObject o) {
        if (o.type() == PyFloat.TYPE) {
            return FloatOps.toInt(((PyFloat) o).value);
        }
        if (o.type() == PyInt.TYPE) {
            return o;
        }
        PyObject m = o.type().lookup(TRUNC);
        if (m == null) {
            throw PyErr.typeError("type %s doesn't define __trunc__ method", o.type().name());
        }
        return HeapTypeSlots.callMethod(m, o);
    }

    // ------------------------------------------------------------------ float functions

    private static PyObject fmod(PyObject self, PyObject[] a, int n, PyTuple kw) {
        twoArgs("fmod", n, kw);
        double x = asDouble(a[0]);
        double y = asDouble(a[1]);
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return PyFloat.of(x);
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return PyFloat.of(r);
    }

    private static PyObject frexp(PyObject o) {
        double x = asDouble(o);
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return PyTuple.of(PyFloat.of(x), PyInt.ZERO);
        }
        int e = Math.getExponent(x);
        double s = x;
        int adj = 0;
        if (e == Double.MIN_EXPONENT - 1) {
            s = x * 0x1p54;
            adj = -54;
            e = Math.getExponent(s);
        }
        double m = Math.scalb(s, -e - 1);
        return PyTuple.of(PyFloat.of(m), PyInt.of(e + 1 + adj));
    }

    private static PyObject ldexp(PyObject self, PyObject[] a, int n, PyTuple kw) {
        twoArgs("ldexp", n, kw);
        double x = asDouble(a[0]);
        if (!(a[1] instanceof PyInt)) {
            throw PyErr.typeError("Expected an int as second argument to ldexp.");
        }
        long exp = ((PyInt) a[1]).clampedLong();
        double r;
        if (x == 0.0 || !Double.isFinite(x)) {
            r = x;
        } else if (exp > Integer.MAX_VALUE) {
            throw rangeError();
        } else if (exp < Integer.MIN_VALUE) {
            r = Math.copySign(0.0, x);
        } else {
            r = scalb(x, (int) exp);
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
        }
        return PyFloat.of(r);
    }

    /** x * 2**e with a single rounding, as C's ldexp (also for subnormal results). */
    private static double scalb(double x, int e) {
        return Math.scalb(x, e);
    }

    private static PyObject modf(PyObject o) {
        double x = asDouble(o);
        if (Double.isInfinite(x)) {
            return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(PyFloat.of(x), PyFloat.of(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        double fp = Math.copySign(x - ip, x);
        return PyTuple.of(PyFloat.of(fp), PyFloat.of(ip));
    }

    private static PyObject pow(PyObject self, PyObject[] a, int n, PyTuple kw) {
        twoArgs("pow", n, kw);
        double x = asDouble(a[0]);
        double y = asDouble(a[1]);
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    r = oddY ? x : Math.abs(x);
                } else if (y == 0.0) {
                    r = 1.0;
                } else {
                    r = oddY ? Math.copySign(0.0, x) : 0.0;
                }
            } else {
                if (Math.abs(x) == 1.0) {
                    r = 1.0;
                } else if (y > 0.0 && Math.abs(x) > 1.0) {
                    r = y;
                } else if (y < 0.0 && Math.abs(x) < 1.0) {
                    r = -y;
                } else {
                    r = 0.0;
                }
            }
            return PyFloat.of(r);
        }
        r = Libm.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            if (x == 0.0) {
                throw domainError();
            }
            throw rangeError();
        }
        return PyFloat.of(r);
    }

    private static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double x2 = Math.nextUp(x);
        if (Double.isInfinite(x2)) {
            return x - Math.nextDown(x);
        }
        return x2 - x;
    }

    private static final String[] ISCLOSE_NAMES = {"a", "b", "rel_tol", "abs_tol"};

    private static PyObject isclose(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("isclose", args, nargs, kw, ISCLOSE_NAMES, 0, 2, 2, 0);
        double x = asDouble(a[0]);
        double y = asDouble(a[1]);
        double relTol = a[2] == null ? 1e-09 : asDouble(a[2]);
        double absTol = a[3] == null ? 0.0 : asDouble(a[3]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
    }

    // ------------------------------------------------------------------ logarithms

    private static double mLog(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Libm.log(x);
            }
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        return Double.NaN;
    }

    private static double mLog2(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Libm.log2(x);
            }
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        return Double.NaN;
    }

    private static double mLog10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Libm.log10(x);
            }
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        return Double.NaN;
    }

    /** CPython's {@code loghelper}: ints of any size directly, anything else through {@code math_1}. */
    private static PyFloat logHelper(PyObject o, DoubleUnaryOperator func) {
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            if (i.signum() <= 0) {
                throw domainError();
            }
            if (i.big == null || i.big.bitLength() <= 1024) {
                double d = i.big == null ? (double) i.value : i.big.doubleValue();
                if (!Double.isInfinite(d)) {
                    return PyFloat.of(func.applyAsDouble(d));
                }
            }
            // x = m * 2**e with m in [0.5, 1): the top bits, rounded to nearest
            BigInteger b = i.big;
            int e = b.bitLength();
            int shift = e - 62;
            BigInteger top = b.shiftRight(shift);
            long t = top.longValue();
            if (b.getLowestSetBit() < shift) {
                t |= 1;
            }
            double m = Math.scalb((double) t, -62);
            return PyFloat.of(func.applyAsDouble(m) + func.applyAsDouble(2.0) * e);
        }
        double x = asDouble(o);
        return PyFloat.of(checked1(x, func.applyAsDouble(x), false));
    }

    private static PyObject log(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.noKeywords("log", kw);
        if (n < 1 || n > 2) {
            throw PyErr.typeError("math.log requires 1 to 2 arguments");
        }
        PyFloat num = logHelper(a[0], MathModule::mLog);
        if (n == 1) {
            return num;
        }
        PyFloat den = logHelper(a[1], MathModule::mLog);
        if (den.value == 0.0) {
            throw PyErr.zeroDivisionError("float division by zero");
        }
        return PyFloat.of(num.value / den.value);
    }

    // ------------------------------------------------------------------ sums and norms

    private static PyObject fsum(PyObject seq) {
        PyObject it = Abstract.iter(seq);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            double x = assignDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw PyErr.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErr.valueError("-inf + inf in fsum");
            }
            return PyFloat.of(specialSum);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return PyFloat.of(hi);
    }

    private static PyObject hypot(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.noKeywords("math.hypot", kw);
        double[] coords = new double[n];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(assignDouble(a[i]));
            coords[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return PyFloat.of(Libm.vectorNorm(n, coords, max, foundNan));
    }

    private static PyObject dist(PyObject self, PyObject[] a, int n, PyTuple kw) {
        twoArgs("dist", n, kw);
        PyTuple p = a[0] instanceof PyTuple ? (PyTuple) a[0] : PyTuple.fromIterable(a[0]);
        PyTuple q = a[1] instanceof PyTuple ? (PyTuple) a[1] : PyTuple.fromIterable(a[1]);
        int m = p.size();
        if (m != q.size()) {
            throw PyErr.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[m];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < m; i++) {
            double px = assignDouble(p.get(i));
            double qx = assignDouble(q.get(i));
            double x = Math.abs(px - qx);
            diffs[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return PyFloat.of(Libm.vectorNorm(m, diffs, max, foundNan));
    }

    private static final String[] PROD_NAMES = {"", "start"};

    private static PyObject prod(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("prod", args, nargs, kw, PROD_NAMES, 1, 1, 1, 0);
        PyObject it = Abstract.iter(a[0]);
        PyObject result = a[1] == null ? PyInt.ONE : a[1];
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = Abstract.multiply(result, item);
        }
        return result;
    }

    // ------------------------------------------------------------------ integer functions

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static PyObject factorial(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            if (i.big.signum() > 0) {
                throw PyErr.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            throw PyErr.valueError("factorial() not defined for negative values");
        }
        if (i.value < 0) {
            throw PyErr.valueError("factorial() not defined for negative values");
        }
        return PyInt.of(IntMath.factorial(i.value));
    }

    private static PyObject isqrt(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.signum() < 0) {
            throw PyErr.valueError("isqrt() argument must be nonnegative");
        }
        if (i.big == null) {
            return PyInt.of(IntMath.isqrt(i.value));
        }
        return PyInt.of(IntMath.isqrt(i.big));
    }

    private static PyObject gcd(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.noKeywords("math.gcd", kw);
        if (n == 0) {
            return PyInt.ZERO;
        }
        PyInt res = IntOps.abs(Abstract.index(a[0]).exact());
        for (int i = 1; i < n; i++) {
            PyInt x = Abstract.index(a[i]);
            if (res.big == null && res.value == 1) {
                continue;
            }
            res = gcd2(res, x);
        }
        return res;
    }

    private static PyInt gcd2(PyInt a, PyInt b) {
        if (a.big == null && b.big == null && a.value != Long.MIN_VALUE && b.value != Long.MIN_VALUE) {
            return PyInt.of(IntMath.gcd(Math.abs(a.value), Math.abs(b.value)));
        }
        return PyInt.of(a.bigValue().gcd(b.bigValue()));
    }

    private static PyObject lcm(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.noKeywords("math.lcm", kw);
        if (n == 0) {
            return PyInt.ONE;
        }
        PyInt res = IntOps.abs(Abstract.index(a[0]).exact());
        for (int i = 1; i < n; i++) {
            PyInt x = Abstract.index(a[i]);
            if (res.signum() == 0) {
                continue;
            }
            if (x.signum() == 0) {
                res = PyInt.ZERO;
                continue;
            }
            PyInt g = gcd2(res, x);
            res = IntOps.abs(IntOps.mul(IntOps.floorDiv(res, g), x));
        }
        return res;
    }

    private static PyObject perm(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.noKeywords("math.perm", kw);
        BuiltinArgs.checkPositional("perm", n, 1, 2);
        if (n == 1 || a[1] == dev.adder.runtime.objects.PyNone.NONE) {
            return factorial(a[0]);
        }
        PyInt ni = Abstract.index(a[0]);
        PyInt ki = Abstract.index(a[1]);
        if (ni.signum() < 0) {
            throw PyErr.valueError("n must be a non-negative integer");
        }
        if (ki.signum() < 0) {
            throw PyErr.valueError("k must be a non-negative integer");
        }
        if (IntOps.compare(ni, ki) < 0) {
            return PyInt.ZERO;
        }
        if (ki.big != null) {
            throw PyErr.overflowError("k must not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(IntMath.fallingProduct(ni.bigValue(), ki.value));
    }

    private static PyObject comb(PyObject self, PyObject[] a, int n, PyTuple kw) {
        twoArgs("comb", n, kw);
        PyInt ni = Abstract.index(a[0]);
        PyInt ki = Abstract.index(a[1]);
        if (ni.signum() < 0) {
            throw PyErr.valueError("n must be a non-negative integer");
        }
        if (ki.signum() < 0) {
            throw PyErr.valueError("k must be a non-negative integer");
        }
        long k;
        if (ni.big == null) {
            if (ki.big != null || ki.value > ni.value) {
                return PyInt.ZERO;
            }
            k = Math.min(ki.value, ni.value - ki.value);
        } else {
            BigInteger diff = ni.big.subtract(ki.bigValue());
            if (diff.signum() < 0) {
                return PyInt.ZERO;
            }
            BigInteger kb = diff.compareTo(ki.bigValue()) < 0 ? diff : ki.bigValue();
            if (kb.compareTo(LONG_MAX) > 0) {
                throw PyErr.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
            }
            k = kb.longValue();
        }
        if (k == 1) {
            return ni.exact();
        }
        return PyInt.of(IntMath.comb(ni.bigValue(), k));
    }
}
