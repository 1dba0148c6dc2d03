package dev.adder.stdlib.codecs;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
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
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.PyModule;
import java.io.ByteArrayOutputStream;

/**
 * The charmap codec ({@code charmap_encode}, {@code charmap_decode}, {@code charmap_build}) used by
 * the table-driven codecs of {@code Lib/encodings} (cp1252, ...). {@code charmap_build} returns a
 * dict from code point to byte.
 *
 * <p>CPython: {@code Objects/unicodeobject.c} ({@code PyUnicode_DecodeCharmap},
 * {@code _PyUnicode_EncodeCharmap}, {@code PyUnicode_BuildEncodingMap}).
 */
final class Charmap {
    private Charmap() {
    }

    private static final String[] ENC = {"str", "errors", "mapping"};
    private static final String[] DEC = {"data", "errors", "mapping"};
    private static final String UNDEFINED = "character maps to <undefined>";

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private static PyException error(dev.adder.runtime.PyType type, PyObject obj, int start, int end) {
        PyBaseException e = PyBaseException.of(type, PyStr.of("charmap"), obj, PyInt.of(start), PyInt.of(end),
                PyStr.of(UNDEFINED));
        PyDict d = e.fields();
        d.setItem(PyStr.of("encoding"), PyStr.of("charmap"));
        d.setItem(PyStr.of("object"), obj);
        d.setItem(PyStr.of("start"), PyInt.of(start));
        d.setItem(PyStr.of("end"), PyInt.of(end));
        d.setItem(PyStr.of("reason"), PyStr.of(UNDEFINED));
        return new PyException(e);
    }

    static void install(PyModule m, CodecsModule.State st) {
        def(m, "charmap_build", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("charmap_build", n, kw);
            PyStr s = CodecsModule.strArg("charmap_build", a[0], 0);
            PyDict d = new PyDict();
            for (int i = 0; i < s.length(); i++) {
                d.setItem(PyInt.of(s.codePointAt(i)), PyInt.of(i));
            }
            return d;
        });
        def(m, "charmap_decode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("charmap_decode", a, n, kw, DEC, 3, 1, 3, 0);
            byte[] b = BytesOps.buffer(v[0]);
            String errors = CodecsModule.errorsArg("charmap_decode", v[1]);
            PyObject map = v[2] == null ? PyNone.NONE : v[2];
            if (map == PyNone.NONE) {
                return CodecsModule.pair(CodecsModule.decodeText(st, b, b.length, "latin-1", errors, null), b.length);
            }
            StringBuilder sb = new StringBuilder(b.length);
            PyStr table = map instanceof PyStr t ? t : null;
            for (int i = 0; i < b.length; i++) {
                int c = b[i] & 0xff;
                int cp = -1;
                String rep = null;
                if (table != null) {
                    if (c < table.length() && table.codePointAt(c) != 0xfffe) {
                        cp = table.codePointAt(c);
                    }
                } else {
                    PyObject x;
                    try {
                        x = Abstract.getItem(map, PyInt.of(c));
                    } catch (PyException e) {
                        if (!e.matches(PyExc.LookupError)) {
                            throw e;
                        }
                        x = PyNone.NONE;
                    }
                    if (x instanceof PyInt xi) {
                        long l = xi.clampedLong();
                        if (l < 0 || l > 0x10ffff) {
                            throw PyErr.typeError("character mapping must be in range(0x110000)");
                        }
                        cp = (int) l;
                    } else if (x instanceof PyStr xs) {
                        if (!(xs.length() == 1 && xs.codePointAt(0) == 0xfffe)) {
                            rep = xs.value();
                        }
                    } else if (x != PyNone.NONE) {
                        throw PyErr.typeError("character mapping must return integer, None or str");
                    }
                }
                if (cp >= 0) {
                    sb.appendCodePoint(cp);
                } else if (rep != null) {
                    sb.append(rep);
                } else {
                    switch (errors) {
                        case "ignore":
                            break;
                        case "replace":
                            sb.append('\ufffd');
                            break;
                        case "backslashreplace":
                            sb.append(String.format("\\x%02x", c));
                            break;
                        case "surrogateescape":
                            if (c >= 128) {
                                sb.append((char) (0xdc00 + c));
                                break;
                            }
                            throw error(PyExc.UnicodeDecodeError, PyBytes.wrap(b.clone()), i, i + 1);
                        default:
                            throw error(PyExc.UnicodeDecodeError, PyBytes.wrap(b.clone()), i, i + 1);
                    }
                }
            }
            return CodecsModule.pair(PyStr.of(sb.toString()), b.length);
        });
        def(m, "charmap_encode", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("charmap_encode", a, n, kw, ENC, 3, 1, 3, 0);
            PyStr s = CodecsModule.strArg("charmap_encode", v[0], 1);
            String errors = CodecsModule.errorsArg("charmap_encode", v[1]);
            PyObject map = v[2] == null ? PyNone.NONE : v[2];
            if (map == PyNone.NONE) {
                return CodecsModule.bytesPair(CodecsModule.encodeText(st, s, "latin-1", errors), s.length());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
            int len = s.length();
            for (int i = 0; i < len; i++) {
                int c = s.codePointAt(i);
                if (encodeOne(map, c, out)) {
                    continue;
                }
                int end = i + 1;
                while (end < len && !encodable(map, s.codePointAt(end))) {
                    end++;
                }
                String rep;
                switch (errors) {
                    case "ignore":
                        rep = "";
                        break;
                    case "replace":
                        rep = "?".repeat(end - i);
                        break;
                    case "backslashreplace":
                    case "xmlcharrefreplace": {
                        StringBuilder sb = new StringBuilder();
                        for (int k = i; k < end; k++) {
                            int d = s.codePointAt(k);
                            if (errors.equals("backslashreplace")) {
                                sb.append(ErrorHandlers.backslash(d));
                            } else {
                                sb.append("&#").append(d).append(';');
                            }
                        }
                        rep = sb.toString();
                        break;
                    }
                    default:
                        throw error(PyExc.UnicodeEncodeError, s, i, end);
                }
                for (int k = 0; k < rep.length(); k++) {
                    if (!encodeOne(map, rep.charAt(k), out)) {
                        throw error(PyExc.UnicodeEncodeError, s, i, end);
                    }
                }
                i = end - 1;
            }
            return CodecsModule.bytesPair(out.toByteArray(), len);
        });
    }

    private static PyObject mapped(PyObject map, int c) {
        try {
            return Abstract.getItem(map, PyInt.of(c));
        } catch (PyException e) {
            if (!e.matches(PyExc.LookupError)) {
                throw e;
            }
            return PyNone.NONE;
        }
    }

    private static boolean encodable(PyObject map, int c) {
        return mapped(map, c) != PyNone.NONE;
    }

    private static boolean encodeOne(PyObject map, int c, ByteArrayOutputStream out) {
        PyObject x = mapped(map, c);
        if (x == PyNone.NONE) {
            return false;
        }
        if (x instanceof PyInt xi) {
            long l = xi.clampedLong();
            if (l < 0 || l > 255) {
                throw PyErr.typeError("character mapping must be in range(256)");
            }
            out.write((int) l);
        } else if (x instanceof PyBytes xb) {
            out.writeBytes(xb.toByteArray());
        } else {
            throw PyErr.typeError("character mapping must return integer, bytes or None, not %s", x.type().name());
        }
        return true;
    }
}
