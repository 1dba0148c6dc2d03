package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots.BinaryFunc;
import dev.adder.runtime.internal.StrOps;

/**
 * Python's {@code complex}: two doubles.
 *
 * <p>CPython: {@code Objects/complexobject.c} ({@code _Py_c_sum}, {@code _Py_c_quot} (Smith's
 * method), {@code _Py_c_pow}, {@code c_powi}, {@code complex_hash}, {@code complex_richcompare},
 * {@code complex_subtype_from_string}, {@code complex_new_impl}).
 */
public class PyComplex extends PyObject {
    /** {@code complex}. */
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, PyType.BASETYPE);

    /** The real part. */
    public final double real;
    /** The imaginary part. */
    public final double imag;

    /** For subclasses defined in Python. */
    protected PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    /** The complex {@code real + imag*1j}. */
    public static PyComplex of(double real, double imag) {
        return new PyComplex(TYPE, real, imag);
    }

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** A complex, float or int operand as {re, im}; null for other types (NotImplemented). */
    private static double[] operand(PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        if (o instanceof PyFloat f) {
            return new double[] {f.value, 0.0};
        }
        if (o instanceof PyInt i) {
            return new double[] {IntOps.toDouble(i), 0.0};
        }
        return null;
    }

    /** {@code _Py_c_prod}. */
    static double[] prod(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    /** {@code _Py_c_quot}; null when the divisor is zero. */
    static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static double[] powu(double xr, double xi, long n) {
        double[] r = {1.0, 0.0};
        double[] p = {xr, xi};
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r[0], r[1], p[0], p[1]);
            }
            mask <<= 1;
            p = prod(p[0], p[1], p[0], p[1]);
        }
        return r;
    }

    /** {@code a ** b} with CPython's errors. */
    public static PyComplex pow(double ar, double ai, double br, double bi) {
        double[] p;
        boolean edom = false;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            if (n > 0) {
                p = powu(ar, ai, n);
            } else {
                double[] d = powu(ar, ai, -n);
                p = quot(1.0, 0.0, d[0], d[1]);
                if (p == null) {
                    edom = true;
                    p = new double[] {0.0, 0.0};
                }
            }
        } else if (br == 0.0 && bi == 0.0) {
            p = new double[] {1.0, 0.0};
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                edom = true;
            }
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = Math.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = Math.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            if (Double.isInfinite(phase)) {
                edom = true; // C's cos/sin of an infinity set errno to EDOM
            }
            p = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (edom) {
            throw PyErr.zeroDivisionError("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw PyErr.overflowError("complex exponentiation");
        }
        return of(p[0], p[1]);
    }

    /** {@code abs(z)}. */
    public static double abs(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw PyErr.overflowError("absolute value too large");
        }
        return r;
    }

    /** {@code hash(z)}: combines the parts' numeric hashes as CPython does. */
    public long hash() {
        long hr = FloatOps.hash(real, this);
        long hi = FloatOps.hash(imag, this);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    /** {@code repr(z)}. */
    public String repr() {
        return Formatter.complexRepr(real, imag);
    }

    @FunctionalInterface
    private interface CBin {
        PyObject apply(double ar, double ai, double br, double bi);
    }

    private static BinaryFunc bin(CBin f) {
        return (a, b) -> {
            double[] x = operand(a);
            double[] y = operand(b);
            if (x == null || y == null) {
                return NI;
            }
            return f.apply(x[0], x[1], y[0], y[1]);
        };
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return NI;
        }
        PyComplex x = (PyComplex) a;
        boolean eq;
        if (b instanceof PyInt i) {
            if (x.imag != 0.0 || Double.isNaN(x.real)) {
                eq = false;
            } else {
                eq = FloatOps.compareWithInt(x.real, i) == 0;
            }
        } else if (b instanceof PyFloat f) {
            eq = x.real == f.value && x.imag == 0.0;
        } else if (b instanceof PyComplex c) {
            eq = x.real == c.real && x.imag == c.imag;
        } else {
            return NI;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    /** Parses {@code complex(s)}; ValueError "complex() arg is a malformed string". */
    public static PyComplex parse(String s) {
        if (s.indexOf('_') >= 0) {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) == '_' && (k == 0 || k + 1 >= s.length() || !isAsciiDigit(s.charAt(k - 1))
                        || !isAsciiDigit(s.charAt(k + 1)))) {
                    throw PyErr.valueError("could not convert string to complex: %s", StrOps.repr(s));
                }
            }
            s = s.replace("_", "");
        }
        String t = StrOps.stripSpace(s);
        if (t.startsWith("(") && t.endsWith(")") && t.length() >= 2) {
            t = StrOps.stripSpace(t.substring(1, t.length() - 1));
        }
        double[] r = parseParts(t);
        if (r == null) {
            throw PyErr.valueError("complex() arg is a malformed string");
        }
        return of(r[0], r[1]);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The longest prefix of {@code t} from {@code i} that is a Python float; end index or -1. */
    private static int floatEnd(String t, int i) {
        int n = t.length();
        int best = -1;
        // try every end where the prefix is a valid float; floats are short, so this is cheap
        for (int e = i + 1; e <= n; e++) {
            char c = t.charAt(e - 1);
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                break;
            }
            if (FloatOps.validFloat(t.substring(i, e)) != null) {
                best = e;
            }
        }
        return best;
    }

    private static double[] parseParts(String t) {
        int n = t.length();
        if (n == 0) {
            return null;
        }
        int e1 = floatEnd(t, 0);
        if (e1 < 0) {
            // "j", "+j", "-j"
            if (t.equals("j") || t.equals("J") || t.equals("+j") || t.equals("+J")) {
                return new double[] {0.0, 1.0};
            }
            if (t.equals("-j") || t.equals("-J")) {
                return new double[] {0.0, -1.0};
            }
            return null;
        }
        double x = FloatOps.parseValid(FloatOps.validFloat(t.substring(0, e1)));
        if (e1 == n) {
            return new double[] {x, 0.0};
        }
        char c = t.charAt(e1);
        if ((c == 'j' || c == 'J') && e1 + 1 == n) {
            return new double[] {0.0, x};
        }
        if (c != '+' && c != '-') {
            return null;
        }
        // real part followed by a signed imaginary part
        int e2 = floatEnd(t, e1);
        double y;
        int after;
        if (e2 < 0) {
            y = c == '-' ? -1.0 : 1.0;
            after = e1 + 1;
        } else {
            y = FloatOps.parseValid(FloatOps.validFloat(t.substring(e1, e2)));
            after = e2;
        }
        if (after + 1 == n && (t.charAt(after) == 'j' || t.charAt(after) == 'J')) {
            return new double[] {x, y};
        }
        return null;
    }

    private static boolean isComplexArg(PyObject o) {
        return o instanceof PyComplex || o.type().lookup("__complex__") != null;
    }

    /** {@code complex(o)} for an object with {@code __complex__} or a number. */
    private static double[] toComplexParts(PyObject o, boolean first) {
        if (o.getClass() == PyComplex.class) {
            PyComplex c = (PyComplex) o;
            return new double[] {c.real, c.imag};
        }
        PyObject m = o.type().lookup("__complex__");
        if (m != null) {
            PyObject r = Abstract.call(m, o);
            if (!(r instanceof PyComplex)) {
                throw PyErr.typeError("__complex__ returned non-complex (type %s)", r.type().name());
            }
            PyComplex c = (PyComplex) r;
            return new double[] {c.real, c.imag};
        }
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        PyType t = o.type();
        if (t.nb_float == null && t.nb_index == null) {
            if (first) {
                throw PyErr.typeError("complex() first argument must be a string or a number, not '%s'", t.name());
            }
            throw PyErr.typeError("complex() second argument must be a number, not '%s'", t.name());
        }
        return new double[] {Abstract.toFloat(o).value, 0.0};
    }

    private static PyObject complexNew(PyType type, PyObject[] args, int nargs, PyTuple kw) {
        PyObject r = null;
        PyObject i = null;
        if (nargs > 2) {
            throw PyErr.typeError("complex() takes at most 2 arguments (%d given)", nargs);
        }
        if (nargs >= 1) {
            r = args[0];
        }
        if (nargs >= 2) {
            i = args[1];
        }
        for (int k = 0; kw != null && k < kw.size(); k++) {
            String name = ((PyStr) kw.get(k)).value();
            PyObject v = args[nargs + k];
            if (name.equals("real")) {
                if (r != null) {
                    throw PyErr.typeError("argument for complex() given by name ('real') and position (1)");
                }
                r = v;
            } else if (name.equals("imag")) {
                if (i != null) {
                    throw PyErr.typeError("argument for complex() given by name ('imag') and position (2)");
                }
                i = v;
            } else {
                throw PyErr.typeError("'%s' is an invalid keyword argument for complex()", name);
            }
        }
        double re;
        double im;
        if (r == null) {
            re = 0.0;
            im = 0.0;
            if (i instanceof PyComplex c) {
                re = 0.0 - c.imag;
                im = c.real;
            } else if (i != null) {
                im = toComplexParts(i, false)[0];
            }
        } else if (r instanceof PyStr s) {
            if (i != null) {
                throw PyErr.typeError("complex() can't take second arg if first is a string");
            }
            PyComplex c = parse(s.value());
            re = c.real;
            im = c.imag;
        } else {
            if (i instanceof PyStr) {
                throw PyErr.typeError("complex() second arg can't be a string");
            }
            if (r.getClass() == PyComplex.class && i == null && type == TYPE) {
                return r;
            }
            boolean crIsComplex = isComplexArg(r);
            double[] cr = toComplexParts(r, true);
            double ciReal;
            double ciImag = 0.0;
            boolean ciIsComplex = false;
            if (i == null) {
                ciReal = cr[1];
            } else if (i instanceof PyComplex c) {
                ciReal = c.real;
                ciImag = c.imag;
                ciIsComplex = true;
            } else {
                ciReal = toComplexParts(i, false)[0];
            }
            re = cr[0];
            if (ciIsComplex) {
                re -= ciImag;
            }
            if (crIsComplex && i != null) {
                ciReal += cr[1];
            }
            im = ciReal;
        }
        return type == TYPE ? of(re, im) : new PyComplexSub(type, re, im);
    }

    /** A subclass of complex defined in Python. */
    static final class PyComplexSub extends PyComplex implements dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

        private dev.adder.runtime.objects.PyDict dict;

        PyComplexSub(PyType type, double re, double im) {
            super(type, re, im);
        }

        @Override
        public PyDict instanceDict() {
            if (dict == null && type().instancesHaveDict()) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    static {
        PyType t = TYPE;
        t.nb_binary[NumberOp.ADD.ordinal()] = bin((ar, ai, br, bi) -> of(ar + br, ai + bi));
        t.nb_binary[NumberOp.SUBTRACT.ordinal()] = bin((ar, ai, br, bi) -> of(ar - br, ai - bi));
        t.nb_binary[NumberOp.MULTIPLY.ordinal()] = bin((ar, ai, br, bi) -> {
            double[] p = prod(ar, ai, br, bi);
            return of(p[0], p[1]);
        });
        t.nb_binary[NumberOp.TRUE_DIVIDE.ordinal()] = bin((ar, ai, br, bi) -> {
            double[] q = quot(ar, ai, br, bi);
            if (q == null) {
                throw PyErr.zeroDivisionError("complex division by zero");
            }
            return of(q[0], q[1]);
        });
        t.nb_binary[NumberOp.POWER.ordinal()] = bin(PyComplex::pow);
        t.nb_negative = a -> of(-((PyComplex) a).real, -((PyComplex) a).imag);
        t.nb_positive = a -> a.getClass() == PyComplex.class ? a : of(((PyComplex) a).real, ((PyComplex) a).imag);
        t.nb_absolute = a -> PyFloat.of(abs(((PyComplex) a).real, ((PyComplex) a).imag));
        t.nb_bool = a -> ((PyComplex) a).real != 0.0 || ((PyComplex) a).imag != 0.0;
        t.tp_hash = a -> ((PyComplex) a).hash();
        t.tp_repr = a -> PyStr.of(((PyComplex) a).repr());
        t.tp_richcompare = PyComplex::richCompare;
        t.tp_new = PyComplex::complexNew;
        PyMethodDescr.noArgs(t, "conjugate", a -> of(((PyComplex) a).real, -((PyComplex) a).imag));
        PyMethodDescr.noArgs(t, "__getnewargs__", a -> PyTuple.of(PyFloat.of(((PyComplex) a).real),
                PyFloat.of(((PyComplex) a).imag)));
        PyMethodDescr.noArgs(t, "__complex__", a -> a.getClass() == PyComplex.class ? a
                : of(((PyComplex) a).real, ((PyComplex) a).imag));
        PyMethodDescr.oneArg(t, "__format__", (a, spec) -> {
            PyComplex c = (PyComplex) a;
            String s = Formatter.specArg(spec).value();
            if (s.isEmpty()) {
                return Abstract.str(a);
            }
            return PyStr.of(Formatter.formatComplex(c.real, c.imag, s, a.type().name()));
        });
        t.setAttribute("real", new PyMemberDescr(t, "real", a -> PyFloat.of(((PyComplex) a).real), null));
        t.setAttribute("imag", new PyMemberDescr(t, "imag", a -> PyFloat.of(((PyComplex) a).imag), null));
        t.ready();
    }

    /** {@code x ** y} for a float base and exponent when the result is complex (negative base, fractional power). */
    static PyObject floatPowComplex(double x, double y) {
        return pow(x, 0.0, y, 0.0);
    }
}
