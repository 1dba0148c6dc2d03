package dev.adder.runtime.internal;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.runtime.objects.PyStr;

/**
 * Text helpers shared by {@code str} and the parsers: Python's {@code repr} of text, Python's
 * definitions of whitespace, printable characters and line boundaries, and argument parsing for
 * methods that take keywords.
 *
 * <p>CPython: {@code Objects/unicodeobject.c} ({@code unicode_repr}), {@code Objects/unicodectype.c}
 * ({@code _PyUnicode_IsWhitespace}, {@code _PyUnicode_IsPrintable}, {@code _PyUnicode_IsLinebreak}),
 * {@code Python/getargs.c} (keyword argument messages). Character classes come from the JDK's
 * Unicode tables, which may be one Unicode version behind CPython's.
 */
public final class StrOps {
    private StrOps() {
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Python's {@code str.isspace()} for one code point. */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** Python's line boundaries ({@code str.splitlines}). */
    public static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    /** Python's {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int c) {
        if (c < 128) {
            return c >= 0x20 && c < 0x7f;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Strips Python whitespace from both ends. */
    public static String stripSpace(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(s.charAt(n - 1))) {
            n--;
        }
        return s.substring(i, n);
    }

    /** {@code repr(s)}: quoted with ' (or " when the text has ' and no "), with Python's escapes. */
    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0, n = s.length(); i < n;) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else if (c <= 0xffff) {
                sb.append("\\u");
                for (int k = 12; k >= 0; k -= 4) {
                    sb.append(HEX[(c >> k) & 15]);
                }
            } else {
                sb.append("\\U");
                for (int k = 28; k >= 0; k -= 4) {
                    sb.append(HEX[(c >> k) & 15]);
                }
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * Parses the arguments of a method taking keywords as Argument Clinic does: returns an array
     * of {@code names.length} values with null for those not given; at most {@code names.length}
     * positional arguments.
     */
    public static PyObject[] parseArgs(String fname, PyObject[] args, int nargs, PyTuple kwnames, String[] names) {
        if (nargs > names.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fname, names.length,
                    names.length == 1 ? "" : "s", nargs);
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, nargs);
        int nkw = kwnames == null ? 0 : kwnames.size();
        for (int i = 0; i < nkw; i++) {
            String k = ((PyStr) kwnames.get(i)).value();
            int slot = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(k)) {
                    slot = j;
                    break;
                }
            }
            if (slot < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", k, fname);
            }
            if (slot < nargs) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fname, k, slot + 1);
            }
            out[slot] = args[nargs + i];
        }
        return out;
    }
}
