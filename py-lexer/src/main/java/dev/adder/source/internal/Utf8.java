package dev.adder.source.internal;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding with CPython's error reporting: where the first undecodable sequence is and
 * what {@code str(UnicodeDecodeError)} says about it, and decoding that keeps undecodable bytes
 * as lone surrogates U+DC80..U+DCFF (the {@code surrogateescape} error handler) or replaces
 * them with U+FFFD (the {@code replace} handler).
 *
 * <p>CPython: Objects/stringlib/codecs.h (utf8_decode), Objects/exceptions.c
 * (UnicodeDecodeError_str).
 */
public final class Utf8 {
    private Utf8() {}

    /** Reason codes of a decoding error. */
    public static final int INVALID_START = 1, INVALID_CONTINUATION = 2, UNEXPECTED_END = 3;

    private static final String[] REASONS = {
        null, "invalid start byte", "invalid continuation byte", "unexpected end of data"
    };

    /** Start index of an error found by {@link #findError}. */
    public static int errorStart(long err) { return (int) err; }

    /** End index (exclusive) of an error found by {@link #findError}. */
    public static int errorEnd(long err) { return (int) err + (int) ((err >>> 32) & 0xff); }

    /** Reason code of an error found by {@link #findError}. */
    public static int errorReason(long err) { return (int) (err >>> 40); }

    private static long pack(int start, int len, int reason) {
        return (start & 0xffffffffL) | ((long) len << 32) | ((long) reason << 40);
    }

    /**
     * Checks the multi-byte sequence starting at {@code b[i]} (a byte >= 0x80); returns 0 if it is
     * valid, else the packed error. Written as CPython's decoder classifies errors.
     */
    private static long sequenceErrorAt(byte[] b, int i, int to) {
        int c = b[i] & 0xff;
        if (c < 0xC2) {
            return pack(i, 1, INVALID_START);
        }
        if (c < 0xE0) {
            if (to - i < 2) {
                return pack(i, to - i, UNEXPECTED_END);
            }
            if (!cont(b[i + 1])) {
                return pack(i, 1, INVALID_CONTINUATION);
            }
            return 0;
        }
        if (c < 0xF0) {
            if (to - i < 2) {
                return pack(i, to - i, UNEXPECTED_END);
            }
            int c2 = b[i + 1] & 0xff;
            if (!cont(b[i + 1]) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0)) {
                return pack(i, 1, INVALID_CONTINUATION);
            }
            if (to - i < 3) {
                return pack(i, to - i, UNEXPECTED_END);
            }
            if (!cont(b[i + 2])) {
                return pack(i, 2, INVALID_CONTINUATION);
            }
            return 0;
        }
        if (c < 0xF5) {
            if (to - i < 2) {
                return pack(i, to - i, UNEXPECTED_END);
            }
            int c2 = b[i + 1] & 0xff;
            if (!cont(b[i + 1]) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90)) {
                return pack(i, 1, INVALID_CONTINUATION);
            }
            if (to - i < 3) {
                return pack(i, to - i, UNEXPECTED_END);
            }
            if (!cont(b[i + 2])) {
                return pack(i, 2, INVALID_CONTINUATION);
            }
            if (to - i < 4) {
                return pack(i, to - i, UNEXPECTED_END);
            }
            if (!cont(b[i + 3])) {
                return pack(i, 3, INVALID_CONTINUATION);
            }
            return 0;
        }
        return pack(i, 1, INVALID_START);
    }

    private static boolean cont(byte x) {
        return (x & 0xC0) == 0x80;
    }

    /**
     * The first undecodable sequence in {@code b[from, to)}, packed as
     * {@code start | (end - start) << 32 | reason << 40}, or -1 if the range is valid UTF-8.
     * {@code start} and {@code end} are absolute indexes in {@code b}.
     */
    public static long findError(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            long e = sequenceErrorAt(b, i, to);
            if (e != 0) {
                return e;
            }
            c &= 0xff;
            i += c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        }
        return -1;
    }

    /**
     * What {@code str(UnicodeDecodeError)} says for an error found by {@link #findError}, with
     * positions relative to {@code base}, e.g.
     * {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte}.
     */
    public static String message(byte[] b, int base, long err) {
        return decodeErrorMessage("utf-8", errorStart(err) - base, errorEnd(err) - base,
                b[errorStart(err)] & 0xff, REASONS[errorReason(err)]);
    }

    /** As CPython's UnicodeDecodeError.__str__. */
    public static String decodeErrorMessage(String codec, int start, int end, int firstByte,
                                            String reason) {
        if (end == start + 1) {
            return "'" + codec + "' codec can't decode byte 0x" + hex2(firstByte) + " in position " + start
                    + ": " + reason;
        }
        return "'" + codec + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": "
                + reason;
    }

    private static String hex2(int b) {
        String h = Integer.toHexString(b);
        return h.length() == 1 ? "0" + h : h;
    }

    /**
     * Decodes {@code b[from, to)}; each byte of an undecodable sequence becomes the lone surrogate
     * U+DC00 + byte (CPython's {@code surrogateescape}).
     */
    public static String decodeEscaping(byte[] b, int from, int to) {
        long err = findError(b, from, to);
        if (err == -1) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (err != -1) {
            int s = errorStart(err);
            int e = errorEnd(err);
            sb.append(new String(b, i, s - i, StandardCharsets.UTF_8));
            for (int k = s; k < e; k++) {
                sb.append((char) (0xDC00 + (b[k] & 0xff)));
            }
            i = e;
            err = findError(b, i, to);
        }
        sb.append(new String(b, i, to - i, StandardCharsets.UTF_8));
        return sb.toString();
    }

    /** Decodes {@code b[from, to)}, each undecodable sequence becoming one U+FFFD ({@code replace}). */
    public static String decodeReplacing(byte[] b, int from, int to) {
        long err = findError(b, from, to);
        if (err == -1) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (err != -1) {
            int s = errorStart(err);
            sb.append(new String(b, i, s - i, StandardCharsets.UTF_8)).append('\uFFFD');
            i = errorEnd(err);
            err = findError(b, i, to);
        }
        sb.append(new String(b, i, to - i, StandardCharsets.UTF_8));
        return sb.toString();
    }

    /** True for the lone surrogates that stand for undecodable bytes. */
    public static boolean isEscapedByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /**
     * True if {@code s.charAt(i)} stands for an undecodable byte: a U+DC80..U+DCFF that is not the
     * second half of a surrogate pair (the low half of U+1F4D7 is U+DCD7, for one).
     */
    public static boolean isEscapedByteAt(CharSequence s, int i) {
        return isEscapedByte(s.charAt(i)) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /**
     * The bytes a decoded text came from: UTF-8, except that U+DC80..U+DCFF become the single
     * bytes 0x80..0xFF they stand for.
     */
    public static byte[] encodeEscaped(CharSequence s, int from, int to) {
        byte[] out = new byte[(to - from) * 3];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (isEscapedByte(c)) {
                out[n++] = (byte) (c - 0xDC00);
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
