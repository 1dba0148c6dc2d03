package dev.adder.stdlib.codecs;

import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.PyModule;
import java.io.ByteArrayOutputStream;

/**
 * The UTF-7 codec ({@code utf_7_encode}, {@code utf_7_decode}; RFC 2152). Decoding errors are
 * handled by {@code strict}, {@code ignore} and {@code replace}.
 *
 * <p>CPython: {@code Objects/unicodeobject.c} ({@code PyUnicode_DecodeUTF7Stateful},
 * {@code _PyUnicode_EncodeUTF7}).
 */
final class Utf7 {
    private Utf7() {
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String SET_D = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:?";
    private static final String SET_O = "!\"#$%&*;<=>@[]^_`{|}";
    private static final String[] ENC = {"str", "errors"};
    private static final String[] DEC = {"data", "errors", "final"};

    private static boolean direct(int c) {
        return c > 0 && c < 128 && (SET_D.indexOf(c) >= 0 || SET_O.indexOf(c) >= 0 || c == ' ' || c == '\t'
                || c == '\r' || c == '\n');
    }

    private static boolean isBase64(int c) {
        return c < 128 && B64.indexOf(c) >= 0;
    }

    static void install(PyModule m, CodecsModule.State st) {
        m.dict.setItem(PyStr.of("utf_7_encode"), new PyBuiltinFunction("utf_7_encode", "utf_7_encode", m,
                (self, a, n, kw) -> {
                    PyObject[] v = BuiltinArgs.unpack("utf_7_encode", a, n, kw, ENC, 2, 1, 2, 0);
                    PyStr s = CodecsModule.strArg("utf_7_encode", v[0], 1);
                    CodecsModule.errorsArg("utf_7_encode", v[1]);
                    return PyTuple.of(PyBytes.wrap(encode(s.value())), PyInt.of(s.length()));
                }));
        m.dict.setItem(PyStr.of("utf_7_decode"), new PyBuiltinFunction("utf_7_decode", "utf_7_decode", m,
                (self, a, n, kw) -> {
                    PyObject[] v = BuiltinArgs.unpack("utf_7_decode", a, n, kw, DEC, 3, 1, 3, 0);
                    byte[] b = BytesOps.buffer(v[0]);
                    String errors = CodecsModule.errorsArg("utf_7_decode", v[1]);
                    boolean fin = CodecsModule.finalArg(v[2]);
                    int[] consumed = new int[1];
                    String r = decode(b, errors, fin, consumed);
                    return PyTuple.of(PyStr.of(r), PyInt.of(consumed[0]));
                }));
    }

    static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        boolean inShift = false;
        long buffer = 0;
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (inShift) {
                if (direct(ch)) {
                    if (bits > 0) {
                        out.write(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') {
                        out.write('-');
                    }
                    out.write(ch);
                    continue;
                }
            } else {
                if (ch == '+') {
                    out.write('+');
                    out.write('-');
                    continue;
                } else if (direct(ch)) {
                    out.write(ch);
                    continue;
                }
                out.write('+');
                inShift = true;
            }
            bits += 16;
            buffer = (buffer << 16) | ch;
            while (bits >= 6) {
                out.write(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) {
            out.write(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
        }
        if (inShift) {
            out.write('-');
        }
        return out.toByteArray();
    }

    private static PyException error(byte[] b, int start, int end, String reason) {
        PyBaseException e = PyBaseException.of(PyExc.UnicodeDecodeError, PyStr.of("utf7"), PyBytes.wrap(b),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
        PyDict d = e.fields();
        d.setItem(PyStr.of("encoding"), PyStr.of("utf7"));
        d.setItem(PyStr.of("object"), PyBytes.wrap(b));
        d.setItem(PyStr.of("start"), PyInt.of(start));
        d.setItem(PyStr.of("end"), PyInt.of(end));
        d.setItem(PyStr.of("reason"), PyStr.of(reason));
        return new PyException(e);
    }

    private static void bad(StringBuilder sb, byte[] b, int start, int end, String reason, String errors) {
        switch (errors) {
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            default:
                throw error(b.clone(), start, end, reason);
        }
    }

    static String decode(byte[] b, String errors, boolean fin, int[] consumed) {
        StringBuilder sb = new StringBuilder(b.length);
        boolean inShift = false;
        long buffer = 0;
        int bits = 0;
        int surrogate = 0;
        int shiftStart = 0;
        int shiftOutLen = 0;
        int n = b.length;
        int i = 0;
        while (i < n) {
            int ch = b[i] & 0xff;
            if (inShift) {
                if (isBase64(ch)) {
                    buffer = (buffer << 6) | B64.indexOf(ch);
                    bits += 6;
                    i++;
                    if (bits >= 16) {
                        int c = (int) ((buffer >> (bits - 16)) & 0xffff);
                        bits -= 16;
                        buffer &= (1L << bits) - 1;
                        if (surrogate != 0) {
                            if (c >= 0xdc00 && c <= 0xdfff) {
                                sb.appendCodePoint(Character.toCodePoint((char) surrogate, (char) c));
                                surrogate = 0;
                                continue;
                            }
                            sb.append((char) surrogate);
                            surrogate = 0;
                        }
                        if (c >= 0xd800 && c <= 0xdbff) {
                            surrogate = c;
                        } else {
                            sb.append((char) c);
                        }
                    }
                } else {
                    inShift = false;
                    if (bits >= 6) {
                        i++;
                        bad(sb, b, shiftStart, i, "partial character in shift sequence", errors);
                        continue;
                    }
                    if (bits > 0 && buffer != 0) {
                        i++;
                        bad(sb, b, shiftStart, i, "non-zero padding bits in shift sequence", errors);
                        continue;
                    }
                    if (surrogate != 0) {
                        sb.append((char) surrogate);
                        surrogate = 0;
                    }
                    if (ch == '-') {
                        i++;
                    }
                }
            } else if (ch == '+') {
                shiftStart = i;
                shiftOutLen = sb.length();
                i++;
                if (i < n && b[i] == '-') {
                    i++;
                    sb.append('+');
                } else if (i < n && !isBase64(b[i] & 0xff)) {
                    i++;
                    bad(sb, b, shiftStart, i, "ill-formed sequence", errors);
                } else {
                    inShift = true;
                    surrogate = 0;
                    buffer = 0;
                    bits = 0;
                }
            } else if (ch < 128) {
                sb.append((char) ch);
                i++;
            } else {
                i++;
                bad(sb, b, i - 1, i, "unexpected special character", errors);
            }
        }
        if (inShift && !fin) {
            consumed[0] = shiftStart;
            sb.setLength(shiftOutLen);
            return sb.toString();
        }
        if (inShift && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))) {
            bad(sb, b, shiftStart, n, "unterminated shift sequence", errors);
        }
        consumed[0] = n;
        return sb.toString();
    }
}
