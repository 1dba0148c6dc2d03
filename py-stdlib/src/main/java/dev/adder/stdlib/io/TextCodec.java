package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.Codecs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.Import;
import dev.adder.vm.ThreadState;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The incremental decoders and encoders of {@code TextIOWrapper}: UTF-8, Latin-1 and ASCII in
 * Java; any other encoding through the codec registry's incremental decoder and encoder.
 *
 * <p>CPython: Modules/_io/textio.c ({@code encodefuncs}, the decoder calls).
 */
final class TextCodec {
    private TextCodec() {
    }

    static final int UTF8 = 1;
    static final int LATIN1 = 2;
    static final int ASCII = 3;
    static final int OTHER = 0;

    /** The Java codec for {@code encoding}, or OTHER. */
    static int kind(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (e) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001":
                return UTF8;
            case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1":
            case "8859": case "cp819": case "iso_ir_100": case "iso8859":
                return LATIN1;
            case "ascii": case "us_ascii": case "646": case "us": case "iso646_us": case "ansi_x3.4_1968":
                return ASCII;
            default:
                return OTHER;
        }
    }

    static PyObject codecs() {
        return Import.importModule(ThreadState.current(), "codecs");
    }

    /** {@code codecs.lookup(encoding)}: LookupError "unknown encoding: x" when there is none. */
    static void lookup(String encoding) {
        Abstract.callMethod(codecs(), "lookup", PyStr.of(encoding));
    }

    /** An incremental decoder. */
    abstract static class Decoder {
        final String errors;

        Decoder(String errors) {
            this.errors = errors;
        }

        abstract String decode(byte[] b, int len, boolean fin);

        /** The number of bytes received but not yet decoded. */
        abstract int pending();

        abstract void reset();
    }

    static Decoder decoder(String encoding, String errors) {
        switch (kind(encoding)) {
            case UTF8:
                return new Utf8(errors);
            case LATIN1:
                return new Latin1(errors);
            case ASCII:
                return new Ascii(errors);
            default:
                return new Other(encoding, errors);
        }
    }

    static boolean allAscii(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    static final class Utf8 extends Decoder {
        private byte[] pend = new byte[0];

        Utf8(String errors) {
            super(errors);
        }

        @Override
        String decode(byte[] b, int len, boolean fin) {
            if (pend.length > 0) {
                byte[] c = Arrays.copyOf(pend, pend.length + len);
                System.arraycopy(b, 0, c, pend.length, len);
                b = c;
                len = c.length;
                pend = new byte[0];
            }
            int cut = len;
            if (!fin) {
                int i = len - 1;
                while (i >= 0 && i >= len - 3 && (b[i] & 0xC0) == 0x80) {
                    i--;
                }
                if (i >= 0 && i >= len - 3) {
                    int lead = b[i] & 0xff;
                    int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                    if (need > 1 && len - i < need && lead <= 0xF4) {
                        cut = i;
                    }
                }
                if (cut < len) {
                    pend = Arrays.copyOfRange(b, cut, len);
                }
            }
            // the JDK's decoder replaces malformed input with U+FFFD: then decode strictly
            String fast = new String(b, 0, cut, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
            byte[] x = Arrays.copyOf(b, cut);
            return Codecs.decode(x, cut, "utf-8", errors, PyBytes.wrap(x)).value();
        }

        @Override
        int pending() {
            return pend.length;
        }

        @Override
        void reset() {
            pend = new byte[0];
        }
    }

    static final class Latin1 extends Decoder {
        Latin1(String errors) {
            super(errors);
        }

        @Override
        String decode(byte[] b, int len, boolean fin) {
            return new String(b, 0, len, StandardCharsets.ISO_8859_1);
        }

        @Override
        int pending() {
            return 0;
        }

        @Override
        void reset() {
        }
    }

    static final class Ascii extends Decoder {
        Ascii(String errors) {
            super(errors);
        }

        @Override
        String decode(byte[] b, int len, boolean fin) {
            if (allAscii(b, len)) {
                return new String(b, 0, len, StandardCharsets.ISO_8859_1);
            }
            byte[] x = Arrays.copyOf(b, len);
            return Codecs.decode(x, len, "ascii", errors, PyBytes.wrap(x)).value();
        }

        @Override
        int pending() {
            return 0;
        }

        @Override
        void reset() {
        }
    }

    /** The codec registry's incremental decoder. */
    static final class Other extends Decoder {
        final PyObject dec;

        Other(String encoding, String errors) {
            super(errors);
            PyObject factory = Abstract.callMethod(codecs(), "getincrementaldecoder", PyStr.of(encoding));
            dec = Abstract.call(factory, PyStr.of(errors));
        }

        @Override
        String decode(byte[] b, int len, boolean fin) {
            PyObject r = Abstract.call(Abstract.getAttr(dec, "decode"), new PyObject[] {Io.bytes(b, 0, len),
                PyBool.of(fin)}, 2, null);
            if (!(r instanceof PyStr s)) {
                throw PyErr.typeError("decoder should return a string result, not '%s'", r.type().name());
            }
            return s.value();
        }

        @Override
        int pending() {
            PyObject st = Abstract.callMethod(dec, "getstate");
            if (st instanceof PyTuple t && t.size() > 0) {
                return Abstract.len(t.get(0));
            }
            return 0;
        }

        @Override
        void reset() {
            Abstract.callMethod(dec, "reset");
        }
    }

    /** An incremental encoder. */
    static final class Encoder {
        final int kind;
        final String encoding;
        final String errors;
        PyObject enc;

        Encoder(String encoding, String errors) {
            this.kind = kind(encoding);
            this.encoding = encoding;
            this.errors = errors;
            if (kind == OTHER) {
                PyObject factory = Abstract.callMethod(codecs(), "getincrementalencoder", PyStr.of(encoding));
                enc = Abstract.call(factory, PyStr.of(errors));
            }
        }

        byte[] encode(String s) {
            if (kind != OTHER) {
                boolean simple = true;
                int limit = kind == LATIN1 ? 0x100 : 0x80;
                for (int i = 0, n = s.length(); i < n; i++) {
                    if (s.charAt(i) >= limit) {
                        simple = false;
                        break;
                    }
                }
                if (simple) {
                    return s.getBytes(StandardCharsets.ISO_8859_1);
                }
                return Codecs.encode(PyStr.of(s), kind == UTF8 ? "utf-8" : kind == LATIN1 ? "latin-1" : "ascii",
                        errors);
            }
            PyObject r = Abstract.callMethod(enc, "encode", PyStr.of(s));
            if (!(r instanceof PyBytes b)) {
                throw PyErr.typeError("encoder should return a bytes object, not '%s'", r.type().name());
            }
            return b.toByteArray();
        }

        /** The number of bytes {@code s} encodes to (for tell()). */
        long length(String s) {
            if (kind == UTF8) {
                long n = 0;
                for (int i = 0, len = s.length(); i < len; i++) {
                    char c = s.charAt(i);
                    if (c < 0x80) {
                        n++;
                    } else if (c < 0x800) {
                        n += 2;
                    } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                        n += 4;
                        i++;
                    } else if (c >= 0xDC80 && c <= 0xDCFF && errors.equals("surrogateescape")) {
                        n++;
                    } else {
                        n += 3;
                    }
                }
                return n;
            }
            if (kind != OTHER) {
                return s.length();
            }
            PyObject codecs = codecs();
            PyObject r = Abstract.call(Abstract.getAttr(codecs, "encode"), PyStr.of(s), PyStr.of(encoding),
                    PyStr.of(errors));
            return Abstract.len(r);
        }

        void reset() {
            if (enc != null) {
                Abstract.callMethod(enc, "reset");
            }
        }

        /** After a seek away from the start: no byte order mark any more. */
        void setState0() {
            if (enc != null) {
                try {
                    Abstract.callMethod(enc, "setstate", dev.adder.runtime.objects.PyInt.of(0));
                } catch (dev.adder.runtime.PyException e) {
                    // encoders without state
                }
            }
        }
    }
}
