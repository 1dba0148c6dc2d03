package dev.adder.vm.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * Methods of builtin types that the object-model core does not define yet and simple programs
 * need: {@code dict.keys/values/items} (views) and {@code str.format}. Installed once at start-up.
 *
 * <p>CPython: Objects/dictobject.c (dict views), Objects/stringlib/unicode_format.h.
 */
public final class RuntimeExtras {
    private RuntimeExtras() {
    }

    private static boolean installed;

    /** A view of a dict's keys, values or items. */
    static final class DictView extends PyObject {
        final PyDict dict;
        final int kind;

        DictView(PyType t, PyDict dict, int kind) {
            super(t);
            this.dict = dict;
            this.kind = kind;
        }

        PyObject[] snapshot() {
            PyObject[] r = new PyObject[dict.size()];
            int k = 0;
            for (int j = dict.nextEntry(0); j >= 0 && k < r.length; j = dict.nextEntry(j + 1)) {
                PyObject key = dict.keyAt(j);
                r[k++] = kind == 0 ? key : kind == 1 ? dict.valueAt(j) : PyTuple.of(key, dict.valueAt(j));
            }
            return r;
        }
    }

    private static final PyType[] VIEWS = {view("dict_keys", 0), view("dict_values", 1), view("dict_items", 2)};

    private static PyType view(String name, int kind) {
        PyType t = PyType.builtin(name, DictView.class, 0);
        t.tp_iter = o -> Abstract.iter(PyTuple.of(((DictView) o).snapshot()));
        t.sq_length = o -> ((DictView) o).dict.size();
        t.tp_repr = o -> {
            StringBuilder sb = new StringBuilder(name).append("([");
            PyObject[] items = ((DictView) o).snapshot();
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Abstract.repr(items[i]).value());
            }
            return PyStr.of(sb.append("])").toString());
        };
        t.sq_contains = (o, k) -> {
            DictView v = (DictView) o;
            if (v.kind == 0) {
                return v.dict.containsKey(k);
            }
            for (PyObject x : v.snapshot()) {
                if (Abstract.richCompareBool(x, k, dev.adder.runtime.CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.ready();
        return t;
    }

    /** Installs the extras (idempotent). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        String[] names = {"keys", "values", "items"};
        for (int i = 0; i < 3; i++) {
            int kind = i;
            if (PyDict.TYPE.lookup(names[i]) == null) {
                PyMethodDescr.noArgs(PyDict.TYPE, names[i], self -> new DictView(VIEWS[kind], (PyDict) self, kind));
            }
        }
        int rem = dev.adder.runtime.NumberOp.REMAINDER.ordinal();
        if (PyStr.TYPE.nb_binary[rem] == null) {
            PyStr.TYPE.nb_binary[rem] = (a, b) -> a instanceof PyStr s ? percent(s.value(), b)
                    : dev.adder.runtime.objects.PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (PyStr.TYPE.lookup("format") == null) {
            PyMethodDescr.full(PyStr.TYPE, "format", (self, a, n, kw) -> strFormat(((PyStr) self).value(), a, n, kw));
        }
    }

    /** {@code fmt % args}: printf-style formatting (CPython: {@code PyUnicode_Format}). */
    static PyObject percent(String fmt, PyObject args) {
        PyObject[] items = args instanceof PyTuple t && !(args.type() != PyTuple.TYPE && false) ? t.items()
                : new PyObject[] {args};
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyStr) && args.type().mp_subscript != null;
        int next = 0;
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (++i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            PyObject key = null;
            if (fmt.charAt(i) == '(') {
                int e = fmt.indexOf(')', i);
                key = PyStr.of(fmt.substring(i + 1, e));
                i = e + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            String width = "";
            if (i < n && fmt.charAt(i) == '*') {
                width = String.valueOf(Abstract.index(items[next++]).value);
                i++;
            }
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                width += fmt.charAt(i++);
            }
            String prec = "";
            if (i < n && fmt.charAt(i) == '.') {
                prec = ".";
                i++;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    prec += fmt.charAt(i++);
                }
                if (prec.equals(".")) {
                    prec = ".0";
                }
            }
            if (i >= n) {
                throw PyErr.valueError("incomplete format");
            }
            char type = fmt.charAt(i);
            if (type == '%') {
                sb.append('%');
                continue;
            }
            PyObject v;
            if (key != null) {
                v = Abstract.getItem(args, key);
            } else {
                if (next >= items.length) {
                    throw PyErr.typeError("not enough arguments for format string");
                }
                v = items[next++];
            }
            String f = flags.toString();
            String align = f.indexOf('-') >= 0 ? "<" : "";
            String sign = f.indexOf('+') >= 0 ? "+" : f.indexOf(' ') >= 0 ? " " : "";
            String zero = f.indexOf('0') >= 0 && align.isEmpty() ? "0" : "";
            String alt = f.indexOf('#') >= 0 ? "#" : "";
            switch (type) {
                case 's': case 'r': case 'a': {
                    PyObject sv = type == 's' ? Abstract.str(v) : Abstract.repr(v);
                    if (type == 'a') {
                        sv = PyStr.of(Format.ascii(((PyStr) sv).value()));
                    }
                    sb.append(Format.format(sv, (align.isEmpty() ? ">" : align) + width + prec).value());
                    break;
                }
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'e': case 'E': case 'f': case 'F':
                case 'g': case 'G': {
                    boolean intType = "diuxXo".indexOf(type) >= 0;
                    PyObject num;
                    if (intType) {
                        if (!(v instanceof PyInt) && !(v instanceof dev.adder.runtime.objects.PyFloat)) {
                            throw PyErr.typeError("%%%c format: a real number is required, not %s", type,
                                    v.type().name());
                        }
                        num = Abstract.toInt(v);
                    } else {
                        if (!(v instanceof PyInt) && !(v instanceof dev.adder.runtime.objects.PyFloat)) {
                            throw PyErr.typeError("must be real number, not %s", v.type().name());
                        }
                        num = Abstract.toFloat(v);
                    }
                    char t = type == 'i' || type == 'u' ? 'd' : type;
                    String spec = align + sign + alt + zero + width + (intType ? "" : prec.isEmpty() ? ".6" : prec) + t;
                    sb.append(Format.format(num, spec).value());
                    break;
                }
                case 'c':
                    sb.append(v instanceof PyStr cs ? cs.value() : new String(Character.toChars(
                            (int) Abstract.index(v).value)));
                    break;
                default:
                    throw PyErr.valueError("unsupported format character '%c' (0x%x) at index %d", type, (int) type, i);
            }
        }
        if (!mapping && next < items.length) {
            throw PyErr.typeError("not all arguments converted during string formatting");
        }
        return PyStr.of(sb.toString());
    }

    /** {@code str.format}: replacement fields with auto or explicit indexes, names, attributes, conversion and spec. */
    static PyStr strFormat(String fmt, PyObject[] a, int n, PyTuple kw) {
        StringBuilder sb = new StringBuilder();
        int auto = 0;
        int len = fmt.length();
        for (int i = 0; i < len; i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < len && fmt.charAt(i + 1) == '{') {
                    sb.append('{');
                    i++;
                    continue;
                }
                int depth = 1;
                int j = i + 1;
                while (j < len && depth > 0) {
                    char d = fmt.charAt(j);
                    if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyErr.valueError("expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, j - 1);
                i = j - 1;
                String spec = "";
                char conv = 0;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                if (spec.indexOf('{') >= 0) {
                    spec = strFormat(spec, a, n, kw).value();
                }
                int k = 0;
                while (k < field.length() && field.charAt(k) != '.' && field.charAt(k) != '[') {
                    k++;
                }
                String first = field.substring(0, k);
                PyObject v;
                if (first.isEmpty()) {
                    if (auto < 0) {
                        throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering");
                    }
                    if (auto >= n) {
                        throw PyErr.indexError("Replacement index %d out of range for positional args tuple", auto);
                    }
                    v = a[auto++];
                } else if (Character.isDigit(first.charAt(0))) {
                    int idx = Integer.parseInt(first);
                    if (auto > 0) {
                        throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification");
                    }
                    auto = -1;
                    if (idx >= n) {
                        throw PyErr.indexError("Replacement index %d out of range for positional args tuple", idx);
                    }
                    v = a[idx];
                } else {
                    v = null;
                    for (int q = 0; kw != null && q < kw.size(); q++) {
                        if (((PyStr) kw.get(q)).value().equals(first)) {
                            v = a[n + q];
                        }
                    }
                    if (v == null) {
                        throw PyErr.keyError(PyStr.of(first));
                    }
                }
                while (k < field.length()) {
                    if (field.charAt(k) == '.') {
                        int e = k + 1;
                        while (e < field.length() && field.charAt(e) != '.' && field.charAt(e) != '[') {
                            e++;
                        }
                        v = Abstract.getAttr(v, PyStr.of(field.substring(k + 1, e)));
                        k = e;
                    } else {
                        int e = field.indexOf(']', k);
                        String key = field.substring(k + 1, e);
                        v = Abstract.getItem(v, key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                                ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
                        k = e + 1;
                    }
                }
                if (conv == 'r') {
                    v = Abstract.repr(v);
                } else if (conv == 's') {
                    v = Abstract.str(v);
                } else if (conv == 'a') {
                    v = PyStr.of(Format.ascii(Abstract.repr(v).value()));
                }
                sb.append(Format.format(v, spec).value());
            } else if (c == '}') {
                if (i + 1 < len && fmt.charAt(i + 1) == '}') {
                    i++;
                    sb.append('}');
                } else {
                    throw PyErr.valueError("Single '}' encountered in format string");
                }
            } else {
                sb.append(c);
            }
        }
        return PyStr.of(sb.toString());
    }
}
