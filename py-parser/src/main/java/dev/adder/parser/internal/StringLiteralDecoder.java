package dev.adder.parser.internal;

import dev.adder.lexer.Token;
import dev.adder.source.PythonSyntaxError;

/**
 * Decodes the escape sequences of str and bytes literals, with CPython's results and error
 * messages.
 *
 * <p>CPython works on the UTF-8 bytes of the token: before the {@code unicodeescape} codec runs,
 * {@code decode_unicode_with_escapes} rewrites every non-ASCII character as a 10-byte
 * {@code \UXXXXXXXX} escape and a backslash that precedes a non-ASCII character (or ends the
 * text) as {@code \u005c}. The results are the same as decoding the characters directly, which
 * this class does; only the byte positions in error messages depend on the rewriting, and
 * {@link #rewrittenOffset} recomputes them when an error occurs. Invalid escapes are kept as they
 * are (CPython also warns, which this class does not).
 *
 * <p>CPython: Parser/string_parser.c ({@code decode_unicode_with_escapes},
 * {@code decode_bytes_with_escapes}), Objects/unicodeobject.c
 * ({@code _PyUnicode_DecodeUnicodeEscapeInternal}), Objects/bytesobject.c
 * ({@code _PyBytes_DecodeEscape}).
 */
final class StringLiteralDecoder {

    private StringLiteralDecoder() {
    }

    /** The largest code point. */
    private static final int MAX_UNICODE = 0x10FFFF;

    /**
     * Decodes the str literal text {@code text[from, to)} (no prefix, no quotes) and appends it
     * to {@code sb}: escapes are replaced, everything else is kept. An escape may make a surrogate
     * code point, which {@code sb} keeps apart from its neighbours.
     *
     * @param ctx where errors are made
     * @param last the last STRING token of the atom (errors are placed after it)
     */
    static void decodeUnicode(String text, int from, int to, StrBuilder sb, LiteralContext ctx, Token last) {
        int i = from;
        while (i < to) {
            int bs = text.indexOf('\\', i);
            if (bs < 0 || bs >= to) {
                sb.append(text, i, to);
                return;
            }
            if (bs > i) {
                sb.append(text, i, bs);
                i = bs;
            }
            int start = i;
            i++;
            if (i >= to) {
                // CPython turns a final backslash into \u005c: a backslash.
                sb.appendChar('\\');
                break;
            }
            char c = text.charAt(i);
            if (c >= 0x80) {
                // Likewise a backslash before a non-ASCII character stays a backslash.
                sb.appendChar('\\');
                continue;
            }
            i++;
            switch (c) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    sb.appendChar(c);
                    break;
                case 'b':
                    sb.appendChar('\b');
                    break;
                case 'f':
                    sb.appendChar('\f');
                    break;
                case 't':
                    sb.appendChar('\t');
                    break;
                case 'n':
                    sb.appendChar('\n');
                    break;
                case 'r':
                    sb.appendChar('\r');
                    break;
                case 'v':
                    sb.appendChar('\u000b');
                    break;
                case 'a':
                    sb.appendChar('\u0007');
                    break;
                case '0': case '1': case '2': case '3':
                case '4': case '5': case '6': case '7': {
                    int ch = c - '0';
                    if (i < to && isOctal(text.charAt(i))) {
                        ch = (ch << 3) + text.charAt(i++) - '0';
                        if (i < to && isOctal(text.charAt(i))) {
                            ch = (ch << 3) + text.charAt(i++) - '0';
                        }
                    }
                    sb.appendChar((char) ch);
                    break;
                }
                case 'x':
                case 'u':
                case 'U': {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String message = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    int ch = 0;
                    for (; count > 0; count--, i++) {
                        if (i >= to) {
                            throw unicodeError(text, from, to, start, i, message, ctx, last);
                        }
                        int d = Character.digit(text.charAt(i), 16);
                        if (d < 0 || text.charAt(i) >= 0x80) {
                            throw unicodeError(text, from, to, start, i, message, ctx, last);
                        }
                        // Eight hex digits may exceed 31 bits: keep the value as unsigned.
                        ch = (ch << 4) + d;
                    }
                    if (Integer.compareUnsigned(ch, MAX_UNICODE) > 0) {
                        throw unicodeError(text, from, to, start, i, "illegal Unicode character", ctx, last);
                    }
                    sb.appendCodePoint(ch);
                    break;
                }
                case 'N': {
                    String message = "malformed \\N character escape";
                    if (i >= to) {
                        throw unicodeError(text, from, to, start, i, message, ctx, last);
                    }
                    if (text.charAt(i) == '{') {
                        int nameStart = ++i;
                        while (i < to && text.charAt(i) != '}') {
                            i++;
                        }
                        if (i >= to) {
                            throw unicodeError(text, from, to, start, i, message, ctx, last);
                        }
                        if (i > nameStart) {
                            String name = text.substring(nameStart, i);
                            i++;
                            int cp = LiteralUnicodeNames.lookup(name);
                            if (cp >= 0) {
                                sb.appendCodePoint(cp);
                                break;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw unicodeError(text, from, to, start, i, message, ctx, last);
                }
                default:
                    sb.appendChar('\\');
                    sb.appendChar(c);
                    break;
            }
        }
    }

    /**
     * Decodes the bytes literal text {@code text[from, to)}, which holds only ASCII characters.
     */
    static byte[] decodeBytes(String text, int from, int to, LiteralContext ctx, Token last) {
        byte[] out = new byte[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '\\') {
                out[n++] = (byte) c;
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= to) {
                throw ctx.syntaxErrorAfterStrings(last, "(value error) Trailing \\ in string");
            }
            c = text.charAt(i++);
            switch (c) {
                case '\n':
                    break;
                case '\\':
                case '\'':
                case '"':
                    out[n++] = (byte) c;
                    break;
                case 'b':
                    out[n++] = '\b';
                    break;
                case 'f':
                    out[n++] = '\f';
                    break;
                case 't':
                    out[n++] = '\t';
                    break;
                case 'n':
                    out[n++] = '\n';
                    break;
                case 'r':
                    out[n++] = '\r';
                    break;
                case 'v':
                    out[n++] = 0x0b;
                    break;
                case 'a':
                    out[n++] = 0x07;
                    break;
                case '0': case '1': case '2': case '3':
                case '4': case '5': case '6': case '7': {
                    int ch = c - '0';
                    if (i < to && isOctal(text.charAt(i))) {
                        ch = (ch << 3) + text.charAt(i++) - '0';
                        if (i < to && isOctal(text.charAt(i))) {
                            ch = (ch << 3) + text.charAt(i++) - '0';
                        }
                    }
                    out[n++] = (byte) ch;
                    break;
                }
                case 'x':
                    if (i + 1 < to) {
                        int d1 = Character.digit(text.charAt(i), 16);
                        int d2 = Character.digit(text.charAt(i + 1), 16);
                        if (d1 >= 0 && d2 >= 0 && text.charAt(i) < 0x80 && text.charAt(i + 1) < 0x80) {
                            out[n++] = (byte) ((d1 << 4) + d2);
                            i += 2;
                            break;
                        }
                    }
                    throw ctx.syntaxErrorAfterStrings(last,
                            "(value error) invalid \\x escape at position " + (start - from));
                default:
                    out[n++] = '\\';
                    i--;
                    break;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /**
     * The error CPython reports when the unicodeescape codec fails on the escape that starts at
     * {@code start} and fails at {@code end} (char indices in text).
     */
    private static PythonSyntaxError unicodeError(String text, int from, int to, int start, int end,
                                                  String reason, LiteralContext ctx, Token last) {
        int s = rewrittenOffset(text, from, to, start);
        int e = rewrittenOffset(text, from, to, end);
        String what = e - s == 1
                ? "can't decode byte 0x5c in position " + s
                : "can't decode bytes in position " + s + "-" + (e - 1);
        return ctx.syntaxErrorAfterStrings(last, "(unicode error) 'unicodeescape' codec " + what + ": " + reason);
    }

    /**
     * The offset of char index {@code index} in the byte string that CPython's
     * decode_unicode_with_escapes makes of {@code text[from, to)} before decoding it: each
     * non-ASCII code point takes 10 bytes ({@code \UXXXXXXXX}); a backslash followed by a non-ASCII
     * character or by the end takes 6 ({@code \u005c}); a backslash and the ASCII character after it
     * are copied as a pair.
     */
    static int rewrittenOffset(String text, int from, int to, int index) {
        int off = 0;
        int i = from;
        while (i < to && i < index) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
                off++;
                if (i >= to || text.charAt(i) >= 0x80) {
                    off += 5;
                    if (i >= to) {
                        break;
                    }
                }
                if (i >= index) {
                    break;
                }
                c = text.charAt(i);
            }
            if (c >= 0x80) {
                off += 10;
                i += Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
                        ? 2 : 1;
            } else {
                off++;
                i++;
            }
        }
        return off;
    }
}
