package dev.adder.vm.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code format(value, spec)} for int, float and str with the format-specification mini-language
 * (fill, align, sign, {@code #}, {@code 0}, width, grouping, precision, type).
 *
 * <p>CPython: Python/formatter_unicode.c.
 */
public final class Format {
    private Format() {
    }

    /** {@code ascii()} of an already computed repr. */
    public static String ascii(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    /** {@code format(v, spec)}. */
    public static PyStr format(PyObject v, String spec) {
        if (v.type().isHeapType()) {
            PyStr fname = PyStr.of("__format__");
            for (dev.adder.runtime.PyType k : v.type().mro()) {
                PyObject m = k.dict().getItem(fname);
                if (m != null) {
                    if (k.isHeapType()) {
                        PyObject r = dev.adder.runtime.HeapTypeSlots.callMethod(m, v, PyStr.of(spec));
                        if (!(r instanceof PyStr rs)) {
                            throw dev.adder.runtime.PyErr.typeError("__format__ must return a str, not %s",
                                    r.type().name());
                        }
                        return rs;
                    }
                    break;
                }
            }
        }
        if (spec.isEmpty()) {
            return Abstract.str(v);
        }
        int i = 0;
        int n = spec.length();
        char fill = ' ';
        char align = 0;
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = 0;
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean alt = false;
        if (i < n && spec.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int width = 0;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            width = width * 10 + (spec.charAt(i++) - '0');
        }
        char group = 0;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            group = spec.charAt(i++);
        }
        int prec = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            prec = 0;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                prec = prec * 10 + (spec.charAt(i++) - '0');
            }
        }
        char type = 0;
        if (i < n) {
            type = spec.charAt(i++);
        }
        if (i < n) {
            throw PyErr.valueError("Invalid format specifier '%s' for object of type '%s'", spec, v.type().name());
        }
        String body;
        boolean negative = false;
        boolean numeric = true;
        if (v instanceof PyStr s && (type == 0 || type == 's')) {
            body = s.value();
            if (prec >= 0 && prec < s.length()) {
                body = body.substring(0, s.charIndex(prec));
            }
            numeric = false;
            if (align == 0) {
                align = '<';
            }
        } else if (v instanceof PyInt iv && type != 'f' && type != 'F' && type != 'e' && type != 'E' && type != 'g'
                && type != 'G' && type != '%') {
            BigInteger b = iv.bigValue();
            negative = b.signum() < 0;
            b = b.abs();
            String prefix = "";
            switch (type) {
                case 'x': body = b.toString(16); prefix = "0x"; break;
                case 'X': body = b.toString(16).toUpperCase(); prefix = "0X"; break;
                case 'o': body = b.toString(8); prefix = "0o"; break;
                case 'b': body = b.toString(2); prefix = "0b"; break;
                case 'c': body = new String(Character.toChars(b.intValue())); break;
                case 0: case 'd': case 'n': body = b.toString(); break;
                default:
                    throw PyErr.valueError("Unknown format code '%c' for object of type '%s'", type, v.type().name());
            }
            if (group != 0) {
                body = group(body, group, type == 0 || type == 'd' ? 3 : 4);
            }
            if (alt) {
                body = prefix + body;
            }
        } else if (v instanceof PyFloat || v instanceof PyInt) {
            double d = v instanceof PyFloat f ? f.value : Abstract.toFloat(v).value;
            negative = d < 0 || (d == 0 && 1 / d < 0);
            d = Math.abs(d);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                body = Double.isNaN(d) ? "nan" : "inf";
                if (Character.isUpperCase(type)) {
                    body = body.toUpperCase();
                }
            } else {
                switch (type) {
                    case 'f': case 'F': body = fixed(d, prec < 0 ? 6 : prec); break;
                    case '%': body = fixed(d * 100, prec < 0 ? 6 : prec) + "%"; break;
                    case 'e': case 'E': body = expo(d, prec < 0 ? 6 : prec, type == 'E'); break;
                    case 0:
                        if (prec < 0) {
                            body = Abstract.repr(PyFloat.of(d)).value();
                            break;
                        }
                        body = general(d, prec == 0 ? 1 : prec, false, true);
                        break;
                    case 'g': case 'G': body = general(d, prec < 0 ? 6 : prec == 0 ? 1 : prec, type == 'G', false);
                        break;
                    default:
                        throw PyErr.valueError("Unknown format code '%c' for object of type '%s'", type,
                                v.type().name());
                }
            }
            if (group != 0) {
                int dot = body.indexOf('.');
                int end = dot >= 0 ? dot : body.length();
                int k = 0;
                while (k < end && Character.isDigit(body.charAt(k))) {
                    k++;
                }
                body = group(body.substring(0, k), group, 3) + body.substring(k);
            }
        } else {
            throw PyErr.typeError("unsupported format string passed to %s.__format__", v.type().name());
        }
        if (numeric) {
            String sg = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
            if (align == 0) {
                align = '>';
            }
            if (align == '=') {
                int pad = width - sg.length() - body.length();
                return PyStr.of(sg + String.valueOf(fill).repeat(Math.max(0, pad)) + body);
            }
            body = sg + body;
        }
        int len = body.codePointCount(0, body.length());
        int pad = Math.max(0, width - len);
        String f = String.valueOf(fill);
        switch (align) {
            case '>': return PyStr.of(f.repeat(pad) + body);
            case '^': return PyStr.of(f.repeat(pad / 2) + body + f.repeat(pad - pad / 2));
            default: return PyStr.of(body + f.repeat(pad));
        }
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String fixed(double d, int prec) {
        return new BigDecimal(d).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String expo(double d, int prec, boolean upper) {
        String s = String.format("%." + prec + "e", new BigDecimal(d));
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        String r = mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return upper ? r.toUpperCase() : r;
    }

    private static String general(double d, int prec, boolean upper, boolean keepPoint) {
        if (d == 0) {
            return keepPoint ? "0.0" : "0";
        }
        BigDecimal bd = new BigDecimal(d).round(new java.math.MathContext(prec, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String r;
        if (exp >= -4 && exp < prec) {
            r = bd.setScale(Math.max(0, prec - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (r.indexOf('.') >= 0) {
                r = r.replaceAll("0+$", "").replaceAll("\\.$", keepPoint ? ".0" : "");
            } else if (keepPoint) {
                r = r + ".0";
            }
        } else {
            String m = expo(d, prec - 1, upper);
            int e = m.indexOf(upper ? 'E' : 'e');
            String mant = m.substring(0, e);
            if (mant.indexOf('.') >= 0) {
                mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            r = mant + m.substring(e);
        }
        return upper ? r.toUpperCase() : r;
    }
}
