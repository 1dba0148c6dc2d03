package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import java.math.BigInteger;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args}.
 *
 * <p>CPython: {@code Objects/unicodeobject.c} ({@code PyUnicode_Format}, {@code formatlong},
 * {@code formatfloat}, {@code formatchar}) and {@code Objects/bytesobject.c}
 * ({@code _PyBytes_FormatEx}). For bytes the text is built as Latin-1 chars, one per byte.
 */
final class PercentFormat {
    private final String fmt;
    private final boolean bytes;
    private PyObject args;
    private PyObject[] items;
    private final PyObject dict;
    private int argIndex;

    private PercentFormat(String fmt, PyObject args, boolean bytes) {
        this.fmt = fmt;
        this.bytes = bytes;
        this.args = args;
        if (args instanceof PyTuple t) {
            items = t.items();
        } else {
            items = null;
        }
        // not a mapping of names: str for str formatting; bytes, bytearray and str for bytes formatting
        boolean isStr = bytes ? args instanceof PyBytes || args instanceof PyByteArray || args instanceof PyStr
                : args instanceof PyStr;
        dict = args.type().mp_subscript != null && !(args instanceof PyTuple) && !isStr ? args : null;
    }

    /** {@code fmt % args} for str. */
    static PyStr format(PyStr fmt, PyObject args) {
        return PyStr.of(new PercentFormat(fmt.value(), args, false).run());
    }

    /** {@code fmt % args} for bytes and bytearray: the result as bytes. */
    static byte[] formatBytes(byte[] fmt, PyObject args) {
        String s = new PercentFormat(BytesOps.latin1(fmt, fmt.length), args, true).run();
        return BytesOps.fromLatin1(s);
    }

    /** After a %(key) lookup, CPython's formatter has one pseudo-argument, already used. */
    private boolean keyUsed;

    private int argCount() {
        return keyUsed ? 0 : items == null ? 1 : items.length;
    }

    private PyObject nextArg() {
        int n = argCount();
        if (argIndex >= n) {
            throw PyErr.typeError("not enough arguments for format string");
        }
        PyObject v = items == null ? args : items[argIndex];
        argIndex++;
        return v;
    }

    private String run() {
        String f = fmt;
        int n = f.length();
        StringBuilder sb = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (c != '%') {
                int j = f.indexOf('%', i);
                if (j < 0) {
                    j = n;
                }
                sb.append(f, i, j);
                i = j;
                continue;
            }
            i++;
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            if (f.charAt(i) == '%') {
                sb.append('%');
                i++;
                continue;
            }
            PyObject value = null;
            boolean haveValue = false;
            if (f.charAt(i) == '(') {
                if (dict == null) {
                    throw PyErr.typeError("format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    char k = f.charAt(i);
                    if (k == ')') {
                        depth--;
                    } else if (k == '(') {
                        depth++;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyErr.valueError("incomplete format key");
                }
                String key = f.substring(keyStart, i - 1);
                PyObject keyObj = bytes ? PyBytes.wrap(BytesOps.fromLatin1(key)) : PyStr.of(key);
                value = Abstract.getItem(dict, keyObj);
                haveValue = true;
                keyUsed = true;
                argIndex = 0;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            for (; i < n; i++) {
                char k = f.charAt(i);
                if (k == '-') {
                    left = true;
                } else if (k == '+') {
                    plus = true;
                } else if (k == ' ') {
                    space = true;
                } else if (k == '#') {
                    alt = true;
                } else if (k == '0') {
                    zero = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && f.charAt(i) == '*') {
                PyObject w = nextArg();
                if (!(w instanceof PyInt)) {
                    throw PyErr.typeError("* wants int");
                }
                long wl = Abstract.asSsizeArg(w);
                if (wl < 0) {
                    left = true;
                    wl = -wl;
                }
                if (wl > Integer.MAX_VALUE - 1) {
                    throw PyErr.valueError("width too big");
                }
                width = (int) wl;
                i++;
            } else {
                long w = -1;
                while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                    w = (w < 0 ? 0 : w) * 10 + (f.charAt(i++) - '0');
                    if (w > Integer.MAX_VALUE - 1) {
                        throw PyErr.valueError("width too big");
                    }
                }
                width = (int) w;
            }
            int prec = -1;
            if (i < n && f.charAt(i) == '.') {
                i++;
                if (i < n && f.charAt(i) == '*') {
                    PyObject p = nextArg();
                    if (!(p instanceof PyInt)) {
                        throw PyErr.typeError("* wants int");
                    }
                    long pl = ((PyInt) p).intValueExact(); // a C int, as CPython
                    if (pl > Integer.MAX_VALUE - 1) {
                        throw PyErr.valueError("precision too big");
                    }
                    prec = (int) Math.max(0, pl);
                    i++;
                } else {
                    long p = 0;
                    while (i < n && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
                        p = p * 10 + (f.charAt(i++) - '0');
                        if (p > Integer.MAX_VALUE - 1) {
                            throw PyErr.valueError("precision too big");
                        }
                    }
                    prec = (int) p;
                }
            }
            while (i < n && (f.charAt(i) == 'h' || f.charAt(i) == 'l' || f.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            char type = f.charAt(i);
            int typeIndex = i;
            i++;
            if (!haveValue) {
                value = nextArg();
            }
            if (type == '%') {
                throw unsupported(type, typeIndex);
            }
            String body;
            boolean numeric = false;
            String signStr = "";
            String prefix = "";
            switch (type) {
                case 's': case 'r': case 'a': case 'b':
                    body = textOf(value, type, typeIndex);
                    if (prec >= 0 && prec < body.codePointCount(0, body.length())) {
                        body = body.substring(0, body.offsetByCodePoints(0, prec));
                    }
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
                    PyInt iv = asInt(value, type);
                    BigInteger b = iv.bigValue();
                    int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                    body = b.abs().toString(radix);
                    if (type == 'X') {
                        body = body.toUpperCase();
                    }
                    if (prec > body.length()) {
                        body = "0".repeat(prec - body.length()) + body;
                    }
                    if (alt && radix != 10) {
                        prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
                    }
                    signStr = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
                    numeric = true;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    double d = asDouble(value);
                    body = Formatter.doubleToString(Math.abs(d), Character.toLowerCase(type), prec < 0 ? 6 : prec,
                            alt, false);
                    if (Character.isUpperCase(type)) {
                        body = body.toUpperCase();
                    }
                    boolean neg = Double.doubleToRawLongBits(d) < 0 && d == d;
                    signStr = neg ? "-" : plus ? "+" : space ? " " : "";
                    numeric = true;
                    break;
                }
                case 'c':
                    body = charOf(value);
                    break;
                default:
                    throw unsupported(type, typeIndex);
            }
            int len = signStr.length() + prefix.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int pad = width - len;
                if (left) {
                    sb.append(signStr).append(prefix).append(body);
                    sb.append(" ".repeat(pad));
                } else if (zero && numeric) {
                    sb.append(signStr).append(prefix).append("0".repeat(pad)).append(body);
                } else {
                    sb.append(" ".repeat(pad)).append(signStr).append(prefix).append(body);
                }
            } else {
                sb.append(signStr).append(prefix).append(body);
            }
        }
        if (argIndex < argCount() && dict == null) {
            throw PyErr.typeError(bytes ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private PyException unsupported(char type, int index) {
        if (type >= 32 && type < 127) {
            return PyErr.valueError("unsupported format character '%s' (0x%s) at index %d", type,
                    Integer.toHexString(type), index);
        }
        if (bytes) {
            return PyErr.valueError("unsupported format character '%s' (0x%s) at index %d", type,
                    Integer.toHexString(type), index);
        }
        return PyErr.valueError("unsupported format character '%s' (0x%s) at index %d", type,
                Integer.toHexString(type), index);
    }

    private String textOf(PyObject v, char type, int index) {
        if (!bytes) {
            if (type == 'b') {
                throw unsupported(type, index);
            }
            PyStr s = type == 's' ? Abstract.str(v) : Abstract.repr(v);
            return type == 'a' ? Formatter.ascii(s.value()) : s.value();
        }
        if (type == 'r' || type == 'a') {
            return Formatter.ascii(Abstract.repr(v).value());
        }
        byte[] b = BytesOps.bufferOrNull(v);
        if (b == null) {
            PyObject m = v.type().lookup("__bytes__");
            if (m != null) {
                PyObject r = Abstract.call(m, v);
                if (!(r instanceof PyBytes)) {
                    throw PyErr.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
                }
                b = ((PyBytes) r).value;
            }
        }
        if (b == null) {
            throw PyErr.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                    v.type().name());
        }
        return BytesOps.latin1(b, b.length);
    }

    private PyInt asInt(PyObject v, char type) {
        if (v instanceof PyInt) {
            return (PyInt) v;
        }
        PyType t = v.type();
        boolean isNumber = t.nb_index != null || t.nb_int != null || t.nb_float != null || v instanceof PyComplex;
        boolean needIndex = type == 'o' || type == 'x' || type == 'X';
        if (isNumber) {
            try {
                return needIndex ? Abstract.index(v) : Abstract.toInt(v);
            } catch (PyException e) {
                if (!e.type().isSubtype(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        throw PyErr.typeError("%%%s format: %s is required, not %s", type, needIndex ? "an integer" : "a real number",
                v.type().name());
    }

    private static double asDouble(PyObject v) {
        if (v instanceof PyFloat) {
            return ((PyFloat) v).value;
        }
        if (v instanceof PyInt) {
            return IntOps.toDouble((PyInt) v);
        }
        PyType t = v.type();
        if (t.nb_float == null && t.nb_index == null) {
            throw PyErr.typeError("must be real number, not %s", v.type().name());
        }
        return Abstract.toFloat(v).value;
    }

    private String charOf(PyObject v) {
        if (bytes) {
            if (v instanceof PyBytes b && b.size() == 1) {
                return String.valueOf((char) b.byteAt(0));
            }
            if (v instanceof PyByteArray b && b.size() == 1) {
                return String.valueOf((char) b.byteAt(0));
            }
            if (!Abstract.isIndex(v)) {
                throw PyErr.typeError("%%c requires an integer in range(256) or a single byte");
            }
            PyInt i = Abstract.index(v);
            if (i.big != null || i.value < 0 || i.value > 255) {
                throw PyErr.overflowError("%%c arg not in range(256)");
            }
            return String.valueOf((char) i.value);
        }
        if (v instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErr.typeError("%%c requires int or char");
            }
            return s.value();
        }
        if (!(v instanceof PyInt) && !Abstract.isIndex(v)) {
            throw PyErr.typeError("%%c requires int or char");
        }
        PyInt i = Abstract.index(v);
        if (i.big != null || i.value < 0 || i.value > 0x10ffff) {
            throw PyErr.overflowError("%%c arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) i.value));
    }
}
