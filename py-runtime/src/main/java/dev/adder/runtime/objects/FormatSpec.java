package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.exceptions.PyExc;

/**
 * A parsed format specification ({@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}).
 *
 * <p>CPython: {@code Python/formatter_unicode.c} ({@code InternalFormatSpec},
 * {@code parse_internal_render_format_spec}), with its error messages.
 */
final class FormatSpec {
    /** The fill code point. */
    int fill = ' ';
    boolean fillSpecified;
    /** '<', '>', '=', '^' or 0 when not given. */
    char align;
    /** '+', '-', ' ' or 0. */
    char sign;
    boolean noNegZero;
    boolean alternate;
    int width = -1;
    /** ',' or '_' or 0. */
    char grouping;
    int precision = -1;
    /** The presentation type or 0. */
    char type;

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Parses {@code spec} for an object of type {@code typeName}; {@code defaultAlign} is '<' or '>'. */
    static FormatSpec parse(String spec, String typeName, char defaultAlign, char defaultType) {
        FormatSpec f = new FormatSpec();
        f.type = defaultType;
        int n = spec.length();
        int pos = 0;
        int first = n > 0 ? spec.codePointAt(0) : -1;
        int firstLen = first > 0xffff ? 2 : 1;
        if (n > firstLen && isAlign(spec.charAt(firstLen))) {
            f.fill = first;
            f.fillSpecified = true;
            f.align = spec.charAt(firstLen);
            pos = firstLen + 1;
        } else if (n > 0 && isAlign(first)) {
            f.align = (char) first;
            pos = 1;
        }
        if (pos < n && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            f.sign = spec.charAt(pos++);
        }
        if (pos < n && spec.charAt(pos) == 'z') {
            f.noNegZero = true;
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '#') {
            f.alternate = true;
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '0' && !f.fillSpecified) {
            f.fill = '0';
            f.fillSpecified = true;
            if (f.align == 0 && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        pos = digits(spec, pos);
        if (pos > start) {
            f.width = number(spec, start, pos);
        }
        if (pos < n && spec.charAt(pos) == ',') {
            f.grouping = ',';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '_') {
            if (f.grouping != 0) {
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
            f.grouping = '_';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == ',') {
            throw PyErr.valueError(f.grouping == '_' ? "Cannot specify both ',' and '_'." : "Cannot specify ',' with ','.");
        }
        if (pos < n && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            pos = digits(spec, pos);
            if (pos == start) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            f.precision = number(spec, start, pos);
        }
        if (n - pos > 1) {
            throw PyErr.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        if (pos < n) {
            f.type = spec.charAt(pos);
        }
        if (f.grouping != 0) {
            switch (f.type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.grouping == '_') {
                        break;
                    }
                    throw invalidGrouping(f.grouping, f.type);
                default:
                    throw invalidGrouping(f.grouping, f.type);
            }
        }
        return f;
    }

    private static RuntimeException invalidGrouping(char g, char type) {
        if (type > 32 && type < 127) {
            return PyErr.valueError("Cannot specify '%s' with '%s'.", g, type);
        }
        return PyErr.valueError("Cannot specify '%s' with '\\x%s'.", g, Integer.toHexString(type));
    }

    private static int digits(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos;
    }

    /**
     * A width or precision: up to {@code sys.maxsize} as CPython (past it, ValueError), then
     * clamped to the longest JVM string (a result that long is a MemoryError when it is built).
     */
    private static int number(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** The "Unknown format code" error. */
    static RuntimeException unknownCode(char type, String typeName) {
        if (type > 32 && type < 127) {
            return PyErr.valueError("Unknown format code '%s' for object of type '%s'", type, typeName);
        }
        return PyErr.valueError("Unknown format code '\\x%s' for object of type '%s'", Integer.toHexString(type),
                typeName);
    }

    /** Appends {@code count} fill code points. */
    void fill(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.appendCodePoint(fill);
        }
    }

    /** Pads {@code body} (already signed) to the width with the alignment ({@code dflt} when none given). */
    String pad(String body, char dflt) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) {
            return body;
        }
        int padding = width - len;
        char a = align == 0 ? dflt : align;
        StringBuilder sb = new StringBuilder(body.length() + padding);
        int left = a == '>' ? padding : a == '^' ? padding / 2 : 0;
        fill(sb, left);
        sb.append(body);
        fill(sb, padding - left);
        return sb.toString();
    }

    /**
     * Lays out a number: sign, prefix, digits (the integer part, grouped when asked), rest
     * (fraction, exponent, suffix), padded to the width; '=' alignment pads between prefix and digits,
     * with zero fill the padding is grouped too. CPython: {@code calc_number_widths}, {@code fill_number}.
     */
    String number(String signStr, String prefix, String digits, String rest, boolean groupDigits) {
        int every = type == 'b' || type == 'o' || type == 'x' || type == 'X' ? 4 : 3;
        char a = align == 0 ? '>' : align;
        String body;
        if (grouping != 0 && groupDigits) {
            int minWidth = 0;
            if (a == '=' && fill == '0' && width > 0) {
                minWidth = width - signStr.length() - prefix.length() - rest.length();
            }
            body = group(digits, grouping, every, minWidth);
        } else {
            body = digits;
        }
        int len = signStr.length() + prefix.length() + body.length() + rest.codePointCount(0, rest.length());
        if (width <= len) {
            return signStr + prefix + body + rest;
        }
        int padding = width - len;
        StringBuilder sb = new StringBuilder(len + padding);
        if (a == '=') {
            sb.append(signStr).append(prefix);
            fill(sb, padding);
            return sb.append(body).append(rest).toString();
        }
        int left = a == '>' ? padding : a == '^' ? padding / 2 : 0;
        fill(sb, left);
        sb.append(signStr).append(prefix).append(body).append(rest);
        fill(sb, padding - left);
        return sb.toString();
    }

    /** Inserts {@code sep} every {@code every} digits from the right, zero-padding to at least {@code minWidth}. */
    static String group(String digits, char sep, int every, int minWidth) {
        String d = digits;
        while (true) {
            int n = d.length();
            int groups = (n - 1) / every;
            if (n + groups >= minWidth) {
                break;
            }
            d = "0" + d;
        }
        int n = d.length();
        StringBuilder sb = new StringBuilder(n + n / every);
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(d.charAt(i));
        }
        return sb.toString();
    }

    static RuntimeException overflowC() {
        return PyErr.format(PyExc.OverflowError, "%c arg not in range(0x110000)");
    }
}
