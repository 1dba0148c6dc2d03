package dev.adder.stdlib.binascii;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.io.ByteArrayOutputStream;

/**
 * The {@code binascii} module: conversions between binary data and ASCII encodings (hex, base64,
 * quoted-printable, uuencode) and the CRC-32 and CRC-CCITT checksums.
 *
 * <p>CPython: {@code Modules/binascii.c}.
 */
public final class BinasciiModule implements BuiltinModule {
    static final PyType ERROR;
    static final PyType INCOMPLETE;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("binascii"));
        ERROR = PyType.newHeapType(PyType.TYPE, "Error", new PyType[] {PyExc.ValueError}, ns);
        PyDict ns2 = new PyDict();
        ns2.setItem(PyStr.of("__module__"), PyStr.of("binascii"));
        INCOMPLETE = PyType.newHeapType(PyType.TYPE, "Incomplete", new PyType[] {PyExc.Exception}, ns2);
    }

    private static final byte[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] A2B64 = new byte[256];
    private static final int[] CRC32 = new int[256];
    private static final int[] CRC_HQX = new int[256];

    static {
        java.util.Arrays.fill(A2B64, (byte) -1);
        for (int i = 0; i < 64; i++) {
            A2B64[B64[i]] = (byte) i;
        }
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            CRC_HQX[n] = h & 0xffff;
        }
    }

    @Override
    public String name() {
        return "binascii";
    }

    static PyException error(String msg) {
        return PyErr.format(ERROR, "%s", msg);
    }

    /** {@code ascii_buffer_converter}: an ASCII str or a bytes-like object. */
    static byte[] asciiData(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            byte[] b = new byte[v.length()];
            for (int i = 0; i < b.length; i++) {
                char c = v.charAt(i);
                if (c > 127) {
                    throw PyErr.valueError("string argument should contain only ASCII characters");
                }
                b[i] = (byte) c;
            }
            return b;
        }
        if (!BytesOps.isBytesLike(o)) {
            throw PyErr.typeError("argument should be bytes, buffer or ASCII string, not '%s'", o.type().name());
        }
        return BytesOps.contiguousBuffer(o);
    }

    /** The clinic's {@code bool(accept={int})} converter. */
    private static boolean flag(PyObject o, boolean dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return i.value != 0;
    }

    /** {@code unsigned_int(bitwise=True)}: the low 32 bits of an index. */
    private static long uintMask(PyObject o) {
        if (o instanceof dev.adder.runtime.objects.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        long v = i.isSmall() ? i.value : i.bigValue().longValue();
        return v & 0xffffffffL;
    }

    // ------------------------------------------------------------------ base64

    static byte[] b2aBase64(byte[] b, boolean newline) {
        int n = b.length;
        byte[] out = new byte[(n + 2) / 3 * 4 + (newline ? 1 : 0)];
        int o = 0;
        int i = 0;
        for (; i + 2 < n; i += 3) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
            out[o++] = B64[v >>> 18];
            out[o++] = B64[(v >>> 12) & 63];
            out[o++] = B64[(v >>> 6) & 63];
            out[o++] = B64[v & 63];
        }
        if (n - i == 1) {
            int v = (b[i] & 0xff) << 16;
            out[o++] = B64[v >>> 18];
            out[o++] = B64[(v >>> 12) & 63];
            out[o++] = '=';
            out[o++] = '=';
        } else if (n - i == 2) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8;
            out[o++] = B64[v >>> 18];
            out[o++] = B64[(v >>> 12) & 63];
            out[o++] = B64[(v >>> 6) & 63];
            out[o++] = '=';
        }
        if (newline) {
            out[o] = '\n';
        }
        return out;
    }

    static byte[] a2bBase64(byte[] a, boolean strict) {
        int n = a.length;
        byte[] out = new byte[(n + 3) / 4 * 3];
        int o = 0;
        if (strict && n > 0 && a[0] == '=') {
            throw error("Leading padding not allowed");
        }
        int quad = 0;
        int left = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < n; i++) {
            int ch = a[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < n) {
                        throw error("Excess data after padding");
                    }
                    return java.util.Arrays.copyOf(out, o);
                }
                continue;
            }
            int v = A2B64[ch];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad) {
                case 0:
                    quad = 1;
                    left = v;
                    break;
                case 1:
                    quad = 2;
                    out[o++] = (byte) ((left << 2) | (v >> 4));
                    left = v & 0x0f;
                    break;
                case 2:
                    quad = 3;
                    out[o++] = (byte) ((left << 4) | (v >> 2));
                    left = v & 0x03;
                    break;
                default:
                    quad = 0;
                    out[o++] = (byte) ((left << 6) | v);
                    left = 0;
                    break;
            }
        }
        if (quad != 0) {
            if (quad == 1) {
                throw error("Invalid base64-encoded string: number of data characters (" + (o / 3 * 4 + 1)
                        + ") cannot be 1 more than a multiple of 4");
            }
            throw error("Incorrect padding");
        }
        return java.util.Arrays.copyOf(out, o);
    }

    // ------------------------------------------------------------------ hex

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static byte[] a2bHex(byte[] a) {
        if ((a.length & 1) != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[a.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = hexValue(a[2 * i] & 0xff);
            int lo = hexValue(a[2 * i + 1] & 0xff);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    // ------------------------------------------------------------------ uu

    static byte[] b2aUu(byte[] b, boolean backtick) {
        int n = b.length;
        if (n > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + (n + 2) / 3 * 4);
        out.write(backtick && n == 0 ? '`' : ' ' + n);
        int left = 0;
        int bits = 0;
        for (int i = 0; i < n || bits != 0; i++) {
            left = (left << 8) | (i < n ? b[i] & 0xff : 0);
            bits += 8;
            while (bits >= 6) {
                int ch = (left >> (bits - 6)) & 0x3f;
                bits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
            left &= (1 << bits) - 1;
        }
        out.write('\n');
        return out.toByteArray();
    }

    static byte[] a2bUu(byte[] a) {
        int n = a.length;
        int pos = 0;
        // CPython reads the terminating NUL of an empty buffer as the length byte
        int first = n > 0 ? a[pos++] & 0xff : 0;
        int len = (first - ' ') & 077;
        int rem = n - 1;
        byte[] out = new byte[len];
        int o = 0;
        int left = 0;
        int bits = 0;
        for (; len > 0; rem--, pos++) {
            int ch = rem > 0 ? a[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || rem <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw error("Illegal char");
                }
                ch = (ch - ' ') & 077;
            }
            left = (left << 6) | ch;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (left >> bits);
                left &= (1 << bits) - 1;
                len--;
            }
        }
        while (rem-- > 0) {
            int ch = a[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw error("Trailing garbage");
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ quoted-printable

    static byte[] a2bQp(byte[] a, boolean header) {
        int n = a.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int in = 0;
        while (in < n) {
            int c = a[in] & 0xff;
            if (c == '=') {
                in++;
                if (in >= n) {
                    break;
                }
                int d = a[in] & 0xff;
                if (d == '\n' || d == '\r') {
                    if (d != '\n') {
                        while (in < n && a[in] != '\n') {
                            in++;
                        }
                    }
                    if (in < n) {
                        in++;
                    }
                } else if (d == '=') {
                    out.write('=');
                    in++;
                } else if (in + 1 < n && hexValue(d) >= 0 && hexValue(a[in + 1] & 0xff) >= 0) {
                    out.write(hexValue(d) << 4 | hexValue(a[in + 1] & 0xff));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(c);
                in++;
            }
        }
        return out.toByteArray();
    }

    private static final int MAXLINESIZE = 76;
    private static final byte[] HEXLOW = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] HEXUP = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static byte[] b2aQp(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        int n = d.length;
        boolean crlf = false;
        for (int i = 0; i < n; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        byte[] out = new byte[n * 3 + 16];
        int o = 0;
        int in = 0;
        int linelen = 0;
        while (in < n) {
            if (out.length - o < 16) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            int c = d[in] & 0xff;
            boolean encode = c > 126 || c == '='
                    || (header && c == '_')
                    || (c == '.' && linelen == 0 && (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r'
                            || d[in + 1] == 0))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == '\t' || c == ' ') && in + 1 == n)
                    || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (encode) {
                if (linelen + 3 >= MAXLINESIZE) {
                    out[o++] = '=';
                    if (crlf) {
                        out[o++] = '\r';
                    }
                    out[o++] = '\n';
                    linelen = 0;
                }
                out[o++] = '=';
                out[o++] = HEXUP[c >> 4];
                out[o++] = HEXUP[c & 15];
                in++;
                linelen += 3;
            } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
                linelen = 0;
                if (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\t')) {
                    int ch = out[o - 1] & 0xff;
                    out[o - 1] = '=';
                    out[o++] = HEXUP[ch >> 4];
                    out[o++] = HEXUP[ch & 15];
                }
                if (crlf) {
                    out[o++] = '\r';
                }
                out[o++] = '\n';
                in += c == '\r' ? 2 : 1;
            } else {
                if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
                    out[o++] = '=';
                    if (crlf) {
                        out[o++] = '\r';
                    }
                    out[o++] = '\n';
                    linelen = 0;
                }
                linelen++;
                if (header && c == ' ') {
                    out[o++] = '_';
                } else {
                    out[o++] = (byte) c;
                }
                in++;
            }
        }
        return java.util.Arrays.copyOf(out, o);
    }

    // ------------------------------------------------------------------ checksums

    static long crc32(byte[] b, long crc) {
        if (crc == 0) {
            // the JDK's CRC-32 is the same polynomial and runs on the CPU's carry-less multiply
            java.util.zip.CRC32 z = new java.util.zip.CRC32();
            z.update(b, 0, b.length);
            return z.getValue();
        }
        int c = ~(int) crc;
        for (byte x : b) {
            c = CRC32[(c ^ x) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    static long crcHqx(byte[] b, long crc) {
        int c = (int) crc & 0xffff;
        for (byte x : b) {
            c = ((c << 8) & 0xff00) ^ CRC_HQX[((c >> 8) ^ x) & 0xff];
        }
        return c;
    }

    // ------------------------------------------------------------------ module

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private static final String[] DATA = {"data"};
    private static final String[] B2A_UU = {"data", "backtick"};
    private static final String[] B2A_B64 = {"data", "newline"};
    private static final String[] A2B_B64 = {"data", "strict_mode"};
    private static final String[] A2B_QP = {"data", "header"};
    private static final String[] B2A_QP = {"data", "quotetabs", "istext", "header"};
    private static final String[] HEX = {"data", "sep", "bytes_per_sep"};

    private static PyObject hexlify(String name, PyObject[] a, int n, dev.adder.runtime.objects.PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(name, a, n, kw, HEX, 0, 1, 3, 0);
        byte[] b = BytesOps.contiguousBuffer(v[0]);
        PyObject sep = v[1];
        if (sep == null) {
            if (v[2] != null) {
                Abstract.index(v[2]); // still checked, as the clinic converts it
            }
            byte[] r = new byte[b.length * 2];
            for (int i = 0; i < b.length; i++) {
                r[2 * i] = HEXLOW[(b[i] >> 4) & 15];
                r[2 * i + 1] = HEXLOW[b[i] & 15];
            }
            return PyBytes.wrap(r);
        }
        // _Py_strhex_impl: the length first, then the type; any one-byte separator for bytes output
        if (Abstract.len(sep) != 1) {
            throw PyErr.valueError("sep must be length 1.");
        }
        int sepChar;
        if (sep instanceof PyStr s) {
            sepChar = s.value().codePointAt(0);
            if (sepChar > 255) {
                throw PyErr.valueError("sep must be ASCII.");
            }
        } else if (sep instanceof PyBytes sb) {
            sepChar = sb.byteAt(0);
        } else {
            throw PyErr.typeError("sep must be str or bytes.");
        }
        // the digits never contain NUL: put the separator in afterwards
        byte[] r = BytesOps.fromLatin1(BytesOps.hex(b, b.length, PyStr.of("\0"), v[2]));
        for (int i = 0; i < r.length; i++) {
            if (r[i] == 0) {
                r[i] = (byte) sepChar;
            }
        }
        return PyBytes.wrap(r);
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("Conversion between binary data and ASCII"));
        m.dict.setItem(PyStr.of("Error"), ERROR);
        m.dict.setItem(PyStr.of("Incomplete"), INCOMPLETE);
        def(m, "a2b_uu", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("binascii.a2b_uu", n, kw);
            return PyBytes.wrap(a2bUu(asciiData(a[0])));
        });
        def(m, "b2a_uu", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("b2a_uu", a, n, kw, B2A_UU, 1, 1, 1, 0);
            return PyBytes.wrap(b2aUu(BytesOps.contiguousBuffer(v[0]), flag(v[1], false)));
        });
        def(m, "a2b_base64", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("a2b_base64", a, n, kw, A2B_B64, 1, 1, 1, 0);
            return PyBytes.wrap(a2bBase64(asciiData(v[0]), flag(v[1], false)));
        });
        def(m, "b2a_base64", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("b2a_base64", a, n, kw, B2A_B64, 1, 1, 1, 0);
            return PyBytes.wrap(b2aBase64(BytesOps.contiguousBuffer(v[0]), flag(v[1], true)));
        });
        def(m, "a2b_qp", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("a2b_qp", a, n, kw, A2B_QP, 0, 1, 2, 0);
            return PyBytes.wrap(a2bQp(asciiData(v[0]), flag(v[1], false)));
        });
        def(m, "b2a_qp", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("b2a_qp", a, n, kw, B2A_QP, 0, 1, 4, 0);
            return PyBytes.wrap(b2aQp(BytesOps.contiguousBuffer(v[0]), flag(v[1], false), flag(v[2], true),
                    flag(v[3], false)));
        });
        def(m, "crc_hqx", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("binascii.crc_hqx", kw);
            BuiltinArgs.checkPositional("crc_hqx", n, 2, 2);
            byte[] b = BytesOps.contiguousBuffer(a[0]);
            return PyInt.of(crcHqx(b, uintMask(a[1])));
        });
        def(m, "crc32", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("binascii.crc32", kw);
            BuiltinArgs.checkPositional("crc32", n, 1, 2);
            byte[] b = BytesOps.contiguousBuffer(a[0]);
            return PyInt.of(crc32(b, n > 1 ? uintMask(a[1]) : 0));
        });
        def(m, "b2a_hex", (self, a, n, kw) -> hexlify("b2a_hex", a, n, kw));
        def(m, "hexlify", (self, a, n, kw) -> hexlify("hexlify", a, n, kw));
        def(m, "a2b_hex", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("binascii.a2b_hex", n, kw);
            return PyBytes.wrap(a2bHex(asciiData(a[0])));
        });
        def(m, "unhexlify", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("binascii.unhexlify", n, kw);
            return PyBytes.wrap(a2bHex(asciiData(a[0])));
        });
    }
}
