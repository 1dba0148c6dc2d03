package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.StrOps;

/**
 * The {@code str} methods for formatting, encoding and translation: {@code format},
 * {@code format_map}, {@code __format__}, {@code %} ({@code __mod__}), {@code encode},
 * {@code maketrans} and {@code translate}.
 *
 * <p>CPython: {@code Objects/unicodeobject.c} ({@code unicode_format}, {@code unicode_encode_impl},
 * {@code unicode_maketrans_impl}, {@code unicode_translate}).
 */
final class StrMethodsExtra {
    private StrMethodsExtra() {
    }

    private static String s(PyObject self) {
        return ((PyStr) self).value;
    }

    static PyObject maketrans(PyObject[] a, int n) {
        PyMethodDescr.checkArity("maketrans", n, 1, 3);
        PyDict d = new PyDict();
        if (n == 1) {
            if (!(a[0] instanceof PyDict src)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int j = src.nextEntry(0); j >= 0; j = src.nextEntry(j + 1)) {
                PyObject k = src.keyAt(j);
                PyObject v = src.valueAt(j);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyErr.valueError("string keys in translate table must be of length 1");
                    }
                    d.setItem(PyInt.of(ks.codePointAt(0)), v);
                } else if (k instanceof PyInt) {
                    d.setItem(k, v);
                } else {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        if (!(a[0] instanceof PyStr x)) {
            throw PyErr.typeError("maketrans() argument 1 must be str, not %s", a[0].type().name());
        }
        if (!(a[1] instanceof PyStr y)) {
            throw PyErr.typeError("maketrans() argument 2 must be str, not %s", a[1].type().name());
        }
        if (x.length() != y.length()) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length(); i++) {
            d.setItem(PyInt.of(x.codePointAt(i)), PyInt.of(y.codePointAt(i)));
        }
        if (n == 3) {
            if (!(a[2] instanceof PyStr z)) {
                throw PyErr.typeError("maketrans() argument 3 must be str, not %s", a[2].type().name());
            }
            for (int i = 0; i < z.length(); i++) {
                d.setItem(PyInt.of(z.codePointAt(i)), PyNone.NONE);
            }
        }
        return d;
    }

    static PyObject translate(PyObject self, PyObject table) {
        PyStr str = (PyStr) self;
        StringBuilder sb = new StringBuilder(str.value.length());
        int n = str.length();
        for (int i = 0; i < n; i++) {
            int c = str.codePointAt(i);
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(c));
            } catch (dev.adder.runtime.PyException e) {
                if (e.type().isSubtype(dev.adder.runtime.exceptions.PyExc.LookupError)) {
                    sb.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.NONE) {
                continue;
            }
            if (r instanceof PyInt ri) {
                if (ri.big != null || ri.value < 0 || ri.value > 0x10ffff) {
                    throw PyErr.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) ri.value);
            } else if (r instanceof PyStr rs) {
                sb.append(rs.value);
            } else {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(sb.toString());
    }

    static void init(PyType t) {
        PyMethodDescr.full(t, "format", (self, a, n, kw) -> StrFormatter.format(s(self), a, n, kw));
        PyMethodDescr.oneArg(t, "format_map", (self, m) -> StrFormatter.formatMap(s(self), m));
        PyMethodDescr.oneArg(t, "__format__", (self, spec) -> {
            PyStr sp = Formatter.specArg(spec);
            if (sp.value.isEmpty()) {
                return Abstract.str(self);
            }
            return PyStr.of(Formatter.formatStr((PyStr) self, sp.value));
        });
        t.nb_binary[NumberOp.REMAINDER.ordinal()] = (a, b) -> a instanceof PyStr sa ? PercentFormat.format(sa, b)
                : PyNotImplemented.NOT_IMPLEMENTED;
        PyMethodDescr.full(t, "encode", (self, a, n, kw) -> {
            PyObject[] p = StrOps.parseArgs("encode", a, n, kw, new String[] {"encoding", "errors"});
            String enc = "utf-8";
            String errors = "strict";
            if (p[0] != null) {
                if (!(p[0] instanceof PyStr)) {
                    throw PyErr.typeError("encode() argument 'encoding' must be str, not %s", p[0].type().name());
                }
                enc = ((PyStr) p[0]).value;
            }
            if (p[1] != null) {
                if (!(p[1] instanceof PyStr)) {
                    throw PyErr.typeError("encode() argument 'errors' must be str, not %s", p[1].type().name());
                }
                errors = ((PyStr) p[1]).value;
            }
            return PyBytes.wrap(Codecs.encode((PyStr) self, enc, errors));
        });
        t.setAttribute("maketrans", new PyBuiltinFunction("maketrans", "str.maketrans", t, (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("str.maketrans", kw);
            return maketrans(a, n);
        }));
        PyMethodDescr.oneArg(t, "translate", StrMethodsExtra::translate);
    }
}
