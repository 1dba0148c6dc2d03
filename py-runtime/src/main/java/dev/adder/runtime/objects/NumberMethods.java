package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.StrOps;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The methods of {@code int} and {@code float} beyond arithmetic: {@code to_bytes},
 * {@code from_bytes}, {@code __round__}, {@code __trunc__}/{@code __floor__}/{@code __ceil__},
 * {@code __format__}, {@code float.hex}/{@code fromhex}, {@code conjugate}, {@code real},
 * {@code imag}, {@code __getnewargs__}.
 *
 * <p>CPython: {@code Objects/longobject.c} ({@code int_to_bytes_impl}, {@code int_from_bytes_impl},
 * {@code int___round___impl}), {@code Objects/floatobject.c} ({@code float_hex},
 * {@code float_fromhex}, {@code double_round}, {@code float___round___impl}).
 */
final class NumberMethods {
    private NumberMethods() {
    }

    // ------------------------------------------------------------------ int

    private static boolean littleEndian(PyObject o) {
        if (o == null) {
            return false;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("to_bytes() argument 'byteorder' must be str, not %s", o.type().name());
        }
        switch (s.value()) {
            case "little": return true;
            case "big": return false;
            default: throw PyErr.valueError("byteorder must be either 'little' or 'big'");
        }
    }

    static PyObject toBytes(PyObject self, PyObject[] a, int n, PyTuple kw) {
        int npos = n;
        PyObject signedObj = null;
        PyObject[] pos = new PyObject[2];
        if (npos > 2) {
            throw PyErr.typeError("to_bytes() takes at most 2 positional arguments (%d given)", npos);
        }
        System.arraycopy(a, 0, pos, 0, npos);
        for (int k = 0; kw != null && k < kw.size(); k++) {
            String name = ((PyStr) kw.get(k)).value();
            PyObject v = a[n + k];
            switch (name) {
                case "length": pos[0] = v; break;
                case "byteorder": pos[1] = v; break;
                case "signed": signedObj = v; break;
                default:
                    throw PyErr.typeError("to_bytes() got an unexpected keyword argument '%s'", name);
            }
        }
        long length = pos[0] == null ? 1 : Abstract.asSsizeArg(pos[0]);
        boolean little = littleEndian(pos[1]);
        boolean signed = signedObj != null && Abstract.isTrue(signedObj);
        if (length < 0) {
            throw PyErr.valueError("length argument must be non-negative");
        }
        BigInteger v = ((PyInt) self).bigValue();
        if (!signed && v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8 && !(v.signum() == 0)) {
            throw PyErr.overflowError("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        byte[] out = new byte[(int) length];
        byte[] tc = v.toByteArray();
        for (int i = 0; i < length; i++) {
            int src = tc.length - 1 - i;
            byte b = src >= 0 ? tc[src] : (byte) (v.signum() < 0 ? 0xff : 0);
            out[little ? i : (int) length - 1 - i] = b;
        }
        return PyBytes.wrap(out);
    }

    static PyObject fromBytes(PyType cls, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = StrOps.parseArgs("from_bytes", a, n, kw, new String[] {"bytes", "byteorder", "signed"});
        if (p[0] == null) {
            throw PyErr.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
        }
        if (n > 2) {
            throw PyErr.typeError("from_bytes() takes at most 2 positional arguments (%d given)", n);
        }
        boolean little = littleEndian(p[1]);
        boolean signed = p[2] != null && Abstract.isTrue(p[2]);
        if (p[0] instanceof PyStr) {
            throw PyErr.typeError("cannot convert 'str' object to bytes");
        }
        byte[] b = BytesOps.fromObject(p[0], true);
        byte[] be = new byte[b.length + 1];
        for (int i = 0; i < b.length; i++) {
            be[i + 1] = little ? b[b.length - 1 - i] : b[i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && b.length > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * b.length));
        }
        PyInt r = PyInt.of(v);
        if (cls == PyInt.TYPE) {
            return r;
        }
        return Abstract.call(cls, r);
    }

    static PyObject intRound(PyObject self, PyObject[] a, int n) {
        PyInt x = ((PyInt) self).exact();
        if (n == 0) {
            return x;
        }
        PyInt nd = Abstract.index(a[0]);
        if (nd.signum() >= 0) {
            return x;
        }
        BigInteger v = x.bigValue();
        if (nd.big != null || nd.value < -100000) {
            return PyInt.ZERO;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -nd.value);
        BigDecimal q = new BigDecimal(v).divide(new BigDecimal(pow)).setScale(0, RoundingMode.HALF_EVEN);
        return PyInt.of(q.toBigInteger().multiply(pow));
    }

    static void initInt(PyType t) {
        PyMethodDescr.full(t, "to_bytes", NumberMethods::toBytes);
        t.setAttribute("from_bytes", new PyClassMethodDescr("from_bytes", t, NumberMethods::fromBytes));
        PyMethodDescr.varArgs(t, "__round__", 0, 1, NumberMethods::intRound);
        PyMethodDescr.noArgs(t, "__trunc__", a -> ((PyInt) a).exact());
        PyMethodDescr.noArgs(t, "__floor__", a -> ((PyInt) a).exact());
        PyMethodDescr.noArgs(t, "__ceil__", a -> ((PyInt) a).exact());
        PyMethodDescr.noArgs(t, "__getnewargs__", a -> PyTuple.of(((PyInt) a).exact()));
        PyMethodDescr.oneArg(t, "__format__", (a, spec) -> {
            String s = Formatter.specArg(spec).value();
            return PyStr.of(Formatter.formatInt((PyInt) a, s, a.type().name()));
        });
    }

    // ------------------------------------------------------------------ float

    /** {@code float.hex()}. */
    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        int e = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        if (e == 0 && m == 0) {
            return sign + "0x0.0p+0";
        }
        String mant = String.format("%013x", m);
        if (e == 0) {
            return sign + "0x0." + mant + "p-1022";
        }
        int exp = e - 1023;
        return sign + "0x1." + mant + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** {@code float.fromhex(s)}. */
    static double fromHex(String s) {
        String t = StrOps.stripSpace(s);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        boolean neg = false;
        if (i < lower.length() && (lower.charAt(i) == '+' || lower.charAt(i) == '-')) {
            neg = lower.charAt(i) == '-';
            i++;
        }
        String rest = lower.substring(i);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return neg ? FloatOps.NEGATIVE_NAN : Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        int k = 0;
        StringBuilder digits = new StringBuilder();
        int intDigits = 0;
        boolean dot = false;
        while (k < rest.length()) {
            char c = rest.charAt(k);
            if (Character.digit(c, 16) >= 0 && c < 128) {
                digits.append(c);
                if (!dot) {
                    intDigits++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
            k++;
        }
        if (digits.length() == 0) {
            throw invalidHex();
        }
        long exp = 0;
        if (k < rest.length()) {
            if (rest.charAt(k) != 'p') {
                throw invalidHex();
            }
            k++;
            int st = k;
            if (k < rest.length() && (rest.charAt(k) == '+' || rest.charAt(k) == '-')) {
                k++;
            }
            int ds = k;
            while (k < rest.length() && rest.charAt(k) >= '0' && rest.charAt(k) <= '9') {
                k++;
            }
            if (k == ds || k != rest.length()) {
                throw invalidHex();
            }
            String es = rest.substring(st, k);
            try {
                exp = Long.parseLong(es.startsWith("+") ? es.substring(1) : es);
            } catch (NumberFormatException ex) {
                exp = es.startsWith("-") ? -Long.MAX_VALUE / 4 : Long.MAX_VALUE / 4;
            }
        }
        // value = digits (hex) * 16^-(fraction digits) * 2^exp
        BigInteger mant = new BigInteger(digits.toString(), 16);
        if (mant.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        long binExp = exp - 4L * (digits.length() - intDigits);
        // top bit position
        long top = mant.bitLength() - 1 + binExp;
        if (top > 1023) {
            throw PyErr.overflowError("hexadecimal value too large to represent as a float");
        }
        if (top < -1080) {
            return neg ? -0.0 : 0.0;
        }
        double r = Double.parseDouble("0x" + mant.toString(16) + "p" + binExp);
        if (Double.isInfinite(r)) {
            throw PyErr.overflowError("hexadecimal value too large to represent as a float");
        }
        return neg ? -r : r;
    }

    private static RuntimeException invalidHex() {
        return PyErr.valueError("invalid hexadecimal floating-point string");
    }

    /** {@code round(x, ndigits)} for a float (correctly rounded, half-even on the exact value). */
    static double roundDouble(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double y = Double.parseDouble(r.toString());
        if (y == 0.0) {
            return 0.0 * x;
        }
        if (Double.isInfinite(y)) {
            throw PyErr.overflowError("rounded value too large to represent");
        }
        return y;
    }

    static PyObject floatRound(PyObject self, PyObject[] a, int n) {
        double x = ((PyFloat) self).value;
        if (n == 0 || a[0] == PyNone.NONE) {
            double r = Math.rint(x);
            return FloatOps.toInt(r);
        }
        long nd = Abstract.index(a[0]).clampedLong();
        return PyFloat.of(roundDouble(x, nd));
    }

    private static PyClassMethodDescr fromhexMethod(PyType t) {
        return new PyClassMethodDescr("fromhex", t, (cls, a, n, kw) -> {
            PyMethodDescr.noKeywords("float.fromhex", kw);
            PyMethodDescr.checkArity("fromhex", n, 1, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw PyErr.typeError("fromhex() argument must be str, not %s", a[0].type().name());
            }
            PyFloat r = PyFloat.of(fromHex(s.value()));
            return cls == PyFloat.TYPE ? r : Abstract.call(cls, r);
        });
    }

    static void initFloat(PyType t) {
        PyMethodDescr.noArgs(t, "hex", a -> PyStr.of(floatHex(((PyFloat) a).value)));
        t.setAttribute("fromhex", fromhexMethod(t));
        t.setAttribute("__getformat__", new PyClassMethodDescr("__getformat__", t, (cls, a, n, kw) -> {
            PyMethodDescr.noKeywords("float.__getformat__", kw);
            if (n != 1) {
                throw PyErr.typeError("float.__getformat__() takes exactly one argument (%d given)", n);
            }
            if (!(a[0] instanceof PyStr s)) {
                throw PyErr.typeError("__getformat__() argument must be str, not %s", a[0].type().name());
            }
            if (!s.value().equals("double") && !s.value().equals("float")) {
                throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            // the JVM's float and double are IEEE 754; the byte order is the machine's
            return PyStr.of(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                    ? "IEEE, little-endian" : "IEEE, big-endian");
        }));
        PyMethodDescr.varArgs(t, "__round__", 0, 1, NumberMethods::floatRound);
        PyMethodDescr.noArgs(t, "__trunc__", a -> FloatOps.toInt(((PyFloat) a).value));
        PyMethodDescr.noArgs(t, "__floor__", a -> FloatOps.toInt(Math.floor(((PyFloat) a).value)));
        PyMethodDescr.noArgs(t, "__ceil__", a -> FloatOps.toInt(Math.ceil(((PyFloat) a).value)));
        PyMethodDescr.noArgs(t, "conjugate", a -> a.getClass() == PyFloat.class ? a : PyFloat.of(((PyFloat) a).value));
        PyMethodDescr.noArgs(t, "__getnewargs__", a -> PyTuple.of(PyFloat.of(((PyFloat) a).value)));
        t.setAttribute("real", new PyGetSetDescr(t, "real", a -> a.getClass() == PyFloat.class ? a
                : PyFloat.of(((PyFloat) a).value), null));
        t.setAttribute("imag", new PyGetSetDescr(t, "imag", a -> PyFloat.of(0.0), null));
        PyMethodDescr.oneArg(t, "__format__", (a, spec) -> {
            String s = Formatter.specArg(spec).value();
            if (s.isEmpty()) {
                return Abstract.str(a);
            }
            return PyStr.of(Formatter.formatFloat(((PyFloat) a).value, s, a.type().name()));
        });
    }
}
