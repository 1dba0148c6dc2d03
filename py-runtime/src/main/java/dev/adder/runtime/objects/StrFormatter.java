package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields with automatic or explicit
 * indexes, keyword names, attribute and item access, conversions and nested format specs.
 *
 * <p>CPython: {@code Objects/stringlib/unicode_format.h} ({@code MarkupIterator_next},
 * {@code parse_field}, {@code field_name_split}, {@code FieldNameIterator_next},
 * {@code build_string}), with its error messages.
 */
final class StrFormatter {
    private final PyObject[] args;
    private final int nargs;
    /** Keyword values: a mapping (format_map) or null. */
    private final PyObject mapping;
    private final PyStr[] kwnames;
    private final PyObject[] kwvalues;
    private final boolean positionalAllowed;
    /** 0: not yet known; 1: automatic; 2: manual. */
    private int autoState;
    private int autoNext;

    private StrFormatter(PyObject[] args, int nargs, PyObject mapping, PyStr[] kwnames, PyObject[] kwvalues,
            boolean positionalAllowed) {
        this.args = args;
        this.nargs = nargs;
        this.mapping = mapping;
        this.kwnames = kwnames;
        this.kwvalues = kwvalues;
        this.positionalAllowed = positionalAllowed;
    }

    /** {@code fmt.format(*args, **kw)} with vectorcall arguments. */
    static PyStr format(String fmt, PyObject[] a, int n, PyTuple kw) {
        int nk = kw == null ? 0 : kw.size();
        PyStr[] names = new PyStr[nk];
        PyObject[] values = new PyObject[nk];
        for (int i = 0; i < nk; i++) {
            names[i] = (PyStr) kw.get(i);
            values[i] = a[n + i];
        }
        return PyStr.of(new StrFormatter(a, n, null, names, values, true).build(fmt, 2));
    }

    /** {@code fmt.format_map(mapping)}. */
    static PyStr formatMap(String fmt, PyObject mapping) {
        return PyStr.of(new StrFormatter(new PyObject[0], 0, mapping, null, null, false).build(fmt, 2));
    }

    private String build(String s, int depth) {
        if (depth <= 0) {
            throw PyErr.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '{' && c != '}') {
                sb.append(c);
                i++;
                continue;
            }
            boolean atEnd = i + 1 >= n;
            if (c == '}') {
                if (atEnd || s.charAt(i + 1) != '}') {
                    throw PyErr.valueError("Single '}' encountered in format string");
                }
                sb.append('}');
                i += 2;
                continue;
            }
            if (atEnd) {
                throw PyErr.valueError("Single '{' encountered in format string");
            }
            if (s.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            i = field(s, i + 1, sb, depth);
        }
        return sb.toString();
    }

    /** Parses and renders one field starting after its '{'; returns the index after its '}'. */
    private int field(String s, int start, StringBuilder out, int depth) {
        int n = s.length();
        int i = start;
        char c = 0;
        boolean terminated = false;
        while (i < n) {
            c = s.charAt(i++);
            if (c == '[') {
                while (i < n && s.charAt(i) != ']') {
                    i++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                terminated = true;
                break;
            }
        }
        int nameEnd = terminated ? i - 1 : i;
        String name = s.substring(start, nameEnd);
        char conversion = 0;
        String spec = "";
        boolean expand = false;
        if (terminated && (c == '!' || c == ':')) {
            if (c == '!') {
                if (i >= n) {
                    throw PyErr.valueError("end of string while looking for conversion specifier");
                }
                conversion = s.charAt(i++);
                if (i < n) {
                    char d = s.charAt(i++);
                    if (d == '}') {
                        render(name, conversion, "", false, out, depth);
                        return i;
                    }
                    if (d != ':') {
                        throw PyErr.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = i;
            int count = 1;
            while (i < n) {
                char d = s.charAt(i++);
                if (d == '{') {
                    expand = true;
                    count++;
                } else if (d == '}') {
                    count--;
                    if (count == 0) {
                        spec = s.substring(specStart, i - 1);
                        render(name, conversion, spec, expand, out, depth);
                        return i;
                    }
                }
            }
            throw PyErr.valueError("unmatched '{' in format spec");
        } else if (!terminated || c != '}') {
            throw PyErr.valueError("expected '}' before end of string");
        }
        render(name, conversion, spec, expand, out, depth);
        return i;
    }

    private void render(String name, char conversion, String spec, boolean expand, StringBuilder out, int depth) {
        PyObject v = fieldObject(name);
        if (conversion != 0) {
            switch (conversion) {
                case 'r': v = Abstract.repr(v); break;
                case 's': v = Abstract.str(v); break;
                case 'a': v = PyStr.of(Formatter.ascii(Abstract.repr(v).value())); break;
                default:
                    if (conversion > 32 && conversion < 127) {
                        throw PyErr.valueError("Unknown conversion specifier %s", conversion);
                    }
                    throw PyErr.valueError("Unknown conversion specifier \\x%s", Integer.toHexString(conversion));
            }
        }
        if (expand) {
            spec = build(spec, depth - 1);
        }
        if (spec.isEmpty() && v.getClass() == PyStr.class) {
            out.append(((PyStr) v).value());
        } else {
            out.append(Formatter.format(v, PyStr.of(spec)).value());
        }
    }

    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    private PyObject fieldObject(String field) {
        int n = field.length();
        int i = 0;
        while (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
            i++;
        }
        String first = field.substring(0, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        boolean numeric = empty || index != -1;
        {
            if (autoState == 0 && numeric) {
                autoState = empty ? 1 : 2;
            }
            if (numeric) {
                if (autoState == 2 && empty) {
                    throw PyErr.valueError(
                            "cannot switch from manual field specification to automatic field numbering");
                }
                if (autoState == 1 && !empty) {
                    throw PyErr.valueError(
                            "cannot switch from automatic field numbering to manual field specification");
                }
            }
            if (empty) {
                index = autoNext++;
            }
        }
        PyObject obj;
        if (index == -1) {
            PyStr key = PyStr.of(first);
            if (mapping != null) {
                obj = Abstract.getItem(mapping, key);
            } else {
                obj = null;
                for (int k = 0; k < kwnames.length; k++) {
                    if (kwnames[k].value().equals(first)) {
                        obj = kwvalues[k];
                    }
                }
                if (obj == null) {
                    throw PyErr.keyError(key);
                }
            }
        } else {
            if (!positionalAllowed) {
                throw PyErr.valueError("Format string contains positional fields");
            }
            if (index >= nargs) {
                throw PyErr.indexError("Replacement index %d out of range for positional args tuple", index);
            }
            obj = args[(int) index];
        }
        while (i < n) {
            char c = field.charAt(i++);
            String name;
            boolean attr;
            if (c == '.') {
                attr = true;
                int st = i;
                while (i < n && field.charAt(i) != '.' && field.charAt(i) != '[') {
                    i++;
                }
                name = field.substring(st, i);
            } else if (c == '[') {
                attr = false;
                int st = i;
                while (i < n && field.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw PyErr.valueError("Missing ']' in format string");
                }
                name = field.substring(st, i);
                i++;
            } else {
                throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (name.isEmpty()) {
                throw PyErr.valueError("Empty attribute in format string");
            }
            if (attr) {
                obj = Abstract.getAttr(obj, PyStr.of(name));
            } else {
                long idx = integer(name);
                obj = Abstract.getItem(obj, idx == -1 ? PyStr.of(name) : PyInt.of(idx));
            }
        }
        return obj;
    }
}
