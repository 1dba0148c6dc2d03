package dev.adder.stdlib.json;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.util.IdentityHashMap;

/**
 * {@code _json.make_encoder}: the one-shot encoder {@code json.JSONEncoder.iterencode} uses when
 * {@code indent} is None, and the string quoting functions.
 *
 * <p>CPython: {@code Modules/_json.c} ({@code encoder_listencode_obj}, {@code encoder_listencode_dict},
 * {@code encoder_listencode_list}, {@code ascii_escape_unicode}, {@code escape_unicode}).
 */
final class JsonEncoder {
    static volatile PyObject asciiFn;
    static volatile PyObject uniFn;

    final boolean checkCircular;
    final PyObject dflt;
    final PyObject encoder;
    final String keySep;
    final String itemSep;
    final boolean sortKeys;
    final boolean skipKeys;
    final boolean allowNan;
    final IdentityHashMap<PyObject, Boolean> markers = new IdentityHashMap<>();
    int depth;

    private JsonEncoder(PyObject[] a) {
        checkCircular = a[0] != PyNone.NONE;
        dflt = a[1];
        encoder = a[2];
        if (!(a[4] instanceof PyStr ks)) {
            throw PyErr.typeError("make_encoder() argument 5 must be str, not %s", a[4].type().name());
        }
        if (!(a[5] instanceof PyStr is)) {
            throw PyErr.typeError("make_encoder() argument 6 must be str, not %s", a[5].type().name());
        }
        keySep = ks.value();
        itemSep = is.value();
        sortKeys = Abstract.isTrue(a[6]);
        skipKeys = Abstract.isTrue(a[7]);
        allowNan = Abstract.isTrue(a[8]);
    }

    static PyObject make(PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.positional("make_encoder", n, kw, 9, 9);
        JsonEncoder enc = new JsonEncoder(a);
        return new PyBuiltinFunction("_iterencode", "_iterencode", null, (self, b, nb, kw2) -> {
            BuiltinArgs.positional("_iterencode", nb, kw2, 2, 2);
            StringBuilder sb = new StringBuilder();
            enc.markers.clear();
            enc.depth = 0;
            enc.encode(sb, b[0]);
            return PyTuple.of(PyStr.of(sb.toString()));
        });
    }

    private String string(PyObject s) {
        PyObject e = encoder;
        if (e == asciiFn) {
            return quote(((PyStr) s).value(), true);
        } else if (e == uniFn) {
            return quote(((PyStr) s).value(), false);
        }
        PyObject r = Abstract.call(e, s);
        if (!(r instanceof PyStr rs)) {
            throw PyErr.typeError("encoder() must return a string, not %s", r.type().name());
        }
        return rs.value();
    }

    private String floatText(PyObject o) {
        double d = ((PyFloat) o).value;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            if (!allowNan) {
                throw PyErr.valueError("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        return ((PyStr) PyFloat.TYPE.tp_repr.apply(o)).value();
    }

    private void enter(PyObject o) {
        if (++depth > 900) {
            depth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        }
        if (checkCircular) {
            if (markers.containsKey(o)) {
                throw PyErr.valueError("Circular reference detected");
            }
            markers.put(o, Boolean.TRUE);
        }
    }

    private void leave(PyObject o) {
        depth--;
        if (checkCircular) {
            markers.remove(o);
        }
    }

    void encode(StringBuilder sb, PyObject o) {
        if (o == PyNone.NONE) {
            sb.append("null");
        } else if (o == PyBool.TRUE) {
            sb.append("true");
        } else if (o == PyBool.FALSE) {
            sb.append("false");
        } else if (o instanceof PyStr) {
            sb.append(string(o));
        } else if (o instanceof PyInt) {
            sb.append(((PyStr) PyInt.TYPE.tp_repr.apply(o)).value());
        } else if (o instanceof PyFloat) {
            sb.append(floatText(o));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            enter(o);
            PyObject[] items = o instanceof PyList l ? l.toArray() : ((PyTuple) o).items();
            sb.append('[');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(itemSep);
                }
                encode(sb, items[i]);
            }
            sb.append(']');
            leave(o);
        } else if (o instanceof PyDict d) {
            enter(o);
            encodeDict(sb, d);
            leave(o);
        } else {
            enter(o);
            PyObject n = Abstract.call(dflt, o);
            encode(sb, n);
            leave(o);
        }
    }

    private void encodeDict(StringBuilder sb, PyDict d) {
        if (d.size() == 0) {
            sb.append("{}");
            return;
        }
        PyObject[] keys;
        PyObject[] values;
        if (sortKeys || d.getClass() != PyDict.class) {
            PyObject items = Abstract.callMethod(d, "items");
            PyList list = new PyList();
            PyObject it = Abstract.iter(items);
            for (PyObject x; (x = Abstract.next(it)) != null;) {
                list.append(x);
            }
            if (sortKeys) {
                Abstract.callMethod(list, "sort");
            }
            PyObject[] arr = list.toArray();
            keys = new PyObject[arr.length];
            values = new PyObject[arr.length];
            for (int i = 0; i < arr.length; i++) {
                if (!(arr[i] instanceof PyTuple t) || t.size() != 2) {
                    throw PyErr.valueError("items must return 2-tuples");
                }
                keys[i] = t.get(0);
                values[i] = t.get(1);
            }
        } else {
            keys = d.keysArray();
            values = new PyObject[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = d.getItem(keys[i]);
            }
        }
        sb.append('{');
        boolean first = true;
        for (int i = 0; i < keys.length; i++) {
            PyObject k = keys[i];
            String ks;
            if (k instanceof PyStr) {
                ks = string(k);
            } else {
                String t;
                if (k instanceof PyFloat) {
                    t = floatText(k);
                } else if (k == PyBool.TRUE) {
                    t = "true";
                } else if (k == PyBool.FALSE) {
                    t = "false";
                } else if (k == PyNone.NONE) {
                    t = "null";
                } else if (k instanceof PyInt) {
                    t = ((PyStr) PyInt.TYPE.tp_repr.apply(k)).value();
                } else if (skipKeys) {
                    continue;
                } else {
                    throw PyErr.typeError("keys must be str, int, float, bool or None, not %s", k.type().name());
                }
                ks = string(PyStr.of(t));
            }
            if (!first) {
                sb.append(itemSep);
            }
            first = false;
            sb.append(ks).append(keySep);
            encode(sb, values[i]);
        }
        sb.append('}');
    }

    /** {@code encode_basestring_ascii} ({@code ascii} true) and {@code encode_basestring}. */
    static String quote(String s, boolean ascii) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || (ascii && c >= 0x7f)) {
                        sb.append("\\u");
                        String h = Integer.toHexString(c);
                        for (int k = h.length(); k < 4; k++) {
                            sb.append('0');
                        }
                        sb.append(h);
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
