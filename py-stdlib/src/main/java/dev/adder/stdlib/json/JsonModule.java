package dev.adder.stdlib.json;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.IntParse;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.Import;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import dev.adder.vm.ThreadState;

/**
 * The {@code _json} module: {@code scanstring}, {@code make_scanner} (the decoder's
 * {@code scan_once}), {@code make_encoder} and the string encoders
 * {@code encode_basestring_ascii} / {@code encode_basestring}.
 *
 * <p>CPython: {@code Modules/_json.c}.
 */
public final class JsonModule implements BuiltinModule {
    @Override
    public String name() {
        return "_json";
    }

    private static final int MAX_DEPTH = 900;

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    /** {@code json.decoder.JSONDecodeError(msg, s, pos)}. */
    static PyException decodeError(String msg, String s, int pos) {
        PyObject mod = Import.importModule(ThreadState.current(), "json.decoder");
        PyObject cls = Abstract.getAttr(mod, "JSONDecodeError");
        PyObject e = Abstract.call(cls, PyStr.of(msg), PyStr.of(s), PyInt.of(pos));
        return new PyException((dev.adder.runtime.exceptions.PyBaseException) e);
    }

    static PyException stopIteration(int idx) {
        return PyErr.of(PyExc.StopIteration, PyInt.of(idx));
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The result of {@link #scanstring}: the text and the index after the closing quote. */
    record Scanned(String value, int end) {
    }

    /** {@code scanstring(s, end, strict)}: {@code end} is the index after the opening quote. */
    static Scanned scanstring(String s, int end, boolean strict) {
        int len = s.length();
        if (end < 0 || end > len) {
            throw PyErr.valueError("end is out of bounds");
        }
        int begin = end - 1;
        StringBuilder sb = null;
        int next = end;
        while (true) {
            int chunk = next;
            char c = 0;
            while (next < len) {
                c = s.charAt(next);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw decodeError("Invalid control character at", s, next);
                }
                next++;
            }
            if (next >= len) {
                throw decodeError("Unterminated string starting at", s, begin);
            }
            if (c == '"') {
                if (sb == null) {
                    return new Scanned(s.substring(chunk, next), next + 1);
                }
                sb.append(s, chunk, next);
                return new Scanned(sb.toString(), next + 1);
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(s, chunk, next);
            next++;
            if (next >= len) {
                throw decodeError("Unterminated string starting at", s, begin);
            }
            c = s.charAt(next);
            if (c != 'u') {
                next++;
                char r;
                switch (c) {
                    case '"': r = '"'; break;
                    case '\\': r = '\\'; break;
                    case '/': r = '/'; break;
                    case 'b': r = '\b'; break;
                    case 'f': r = '\f'; break;
                    case 'n': r = '\n'; break;
                    case 'r': r = '\r'; break;
                    case 't': r = '\t'; break;
                    default:
                        throw decodeError("Invalid \\escape", s, next - 2);
                }
                sb.append(r);
                continue;
            }
            next++;
            int e = next + 4;
            if (e >= len) {
                throw decodeError("Invalid \\uXXXX escape", s, next - 1);
            }
            int cp = 0;
            for (; next < e; next++) {
                int h = hex(s.charAt(next));
                if (h < 0) {
                    throw decodeError("Invalid \\uXXXX escape", s, e - 5);
                }
                cp = cp * 16 + h;
            }
            if (cp >= 0xd800 && cp <= 0xdbff && e + 6 < len && s.charAt(e) == '\\' && s.charAt(e + 1) == 'u') {
                int c2 = 0;
                int e2 = e + 6;
                for (int k = e + 2; k < e2; k++) {
                    int h = hex(s.charAt(k));
                    if (h < 0) {
                        throw decodeError("Invalid \\uXXXX escape", s, e2 - 5);
                    }
                    c2 = c2 * 16 + h;
                }
                if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                    sb.append((char) cp).append((char) c2);
                    next = e2;
                    continue;
                }
            }
            sb.append((char) cp);
            next = e;
        }
    }

    /** The scanner made by {@code make_scanner(context)}. */
    static final class Scanner {
        final boolean strict;
        final PyObject objectHook;
        final PyObject pairsHook;
        final PyObject parseFloat;
        final PyObject parseInt;
        final PyObject parseConstant;
        final PyDict memo = new PyDict();
        int depth;

        Scanner(PyObject ctx) {
            strict = Abstract.isTrue(Abstract.getAttr(ctx, "strict"));
            objectHook = Abstract.getAttr(ctx, "object_hook");
            pairsHook = Abstract.getAttr(ctx, "object_pairs_hook");
            parseFloat = Abstract.getAttr(ctx, "parse_float");
            parseInt = Abstract.getAttr(ctx, "parse_int");
            parseConstant = Abstract.getAttr(ctx, "parse_constant");
        }

        /** Returns the value; {@code end[0]} receives the index after it. */
        PyObject scanOnce(String s, int idx, int[] end) {
            int len = s.length();
            if (idx < 0) {
                throw PyErr.valueError("idx cannot be negative");
            }
            if (idx >= len) {
                throw stopIteration(idx);
            }
            char c = s.charAt(idx);
            switch (c) {
                case '"': {
                    Scanned r = scanstring(s, idx + 1, strict);
                    end[0] = r.end();
                    return PyStr.of(r.value());
                }
                case '{':
                    enter(" while decoding a JSON object from a unicode string");
                    try {
                        return parseObject(s, idx + 1, end);
                    } finally {
                        depth--;
                    }
                case '[':
                    enter(" while decoding a JSON array from a unicode string");
                    try {
                        return parseArray(s, idx + 1, end);
                    } finally {
                        depth--;
                    }
                case 'n':
                    if (s.startsWith("null", idx)) {
                        end[0] = idx + 4;
                        return PyNone.NONE;
                    }
                    break;
                case 't':
                    if (s.startsWith("true", idx)) {
                        end[0] = idx + 4;
                        return PyBool.TRUE;
                    }
                    break;
                case 'f':
                    if (s.startsWith("false", idx)) {
                        end[0] = idx + 5;
                        return PyBool.FALSE;
                    }
                    break;
                case 'N':
                    if (s.startsWith("NaN", idx)) {
                        end[0] = idx + 3;
                        return Abstract.call(parseConstant, PyStr.of("NaN"));
                    }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", idx)) {
                        end[0] = idx + 8;
                        return Abstract.call(parseConstant, PyStr.of("Infinity"));
                    }
                    break;
                case '-':
                    if (s.startsWith("-Infinity", idx)) {
                        end[0] = idx + 9;
                        return Abstract.call(parseConstant, PyStr.of("-Infinity"));
                    }
                    break;
                default:
                    break;
            }
            return matchNumber(s, idx, end);
        }

        private void enter(String where) {
            if (++depth > MAX_DEPTH) {
                depth--;
                throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded%s", where);
            }
        }

        private PyObject matchNumber(String s, int start, int[] end) {
            int len = s.length();
            int idx = start;
            if (idx < len && s.charAt(idx) == '-') {
                idx++;
                if (idx >= len) {
                    throw stopIteration(start);
                }
            }
            char c = s.charAt(idx);
            if (c >= '1' && c <= '9') {
                idx++;
                while (idx < len && s.charAt(idx) >= '0' && s.charAt(idx) <= '9') {
                    idx++;
                }
            } else if (c == '0') {
                idx++;
            } else {
                throw stopIteration(start);
            }
            boolean isFloat = false;
            if (idx < len - 1 && s.charAt(idx) == '.' && s.charAt(idx + 1) >= '0' && s.charAt(idx + 1) <= '9') {
                isFloat = true;
                idx += 2;
                while (idx < len && s.charAt(idx) >= '0' && s.charAt(idx) <= '9') {
                    idx++;
                }
            }
            if (idx < len - 1 && (s.charAt(idx) == 'e' || s.charAt(idx) == 'E')) {
                int e = idx + 1;
                if (e < len - 1 && (s.charAt(e) == '-' || s.charAt(e) == '+')) {
                    e++;
                }
                int d = e;
                while (e < len && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
                    e++;
                }
                if (e > d) {
                    isFloat = true;
                    idx = e;
                }
            }
            String num = s.substring(start, idx);
            end[0] = idx;
            if (isFloat) {
                if (parseFloat == PyFloat.TYPE) {
                    return PyFloat.of(Double.parseDouble(num));
                }
                return Abstract.call(parseFloat, PyStr.of(num));
            }
            if (parseInt == PyInt.TYPE) {
                if (num.length() < 18) {
                    return PyInt.of(Long.parseLong(num));
                }
                return IntParse.parse(num, 10); // int()'s digit limit (sys.set_int_max_str_digits)
            }
            return Abstract.call(parseInt, PyStr.of(num));
        }

        private static int skipWs(String s, int idx) {
            int len = s.length();
            while (idx < len) {
                char c = s.charAt(idx);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                idx++;
            }
            return idx;
        }

        private PyObject parseObject(String s, int idx, int[] end) {
            int len = s.length();
            boolean pairs = pairsHook != PyNone.NONE;
            PyList items = pairs ? new PyList() : null;
            PyDict d = pairs ? null : new PyDict();
            idx = skipWs(s, idx);
            if (idx >= len || s.charAt(idx) != '}') {
                while (true) {
                    if (idx >= len || s.charAt(idx) != '"') {
                        throw decodeError("Expecting property name enclosed in double quotes", s, idx);
                    }
                    Scanned k = scanstring(s, idx + 1, strict);
                    PyStr key = PyStr.of(k.value());
                    PyObject memoKey = memo.getItem((PyObject) key);
                    if (memoKey == null) {
                        memo.setItem(key, key);
                    } else {
                        key = (PyStr) memoKey;
                    }
                    idx = skipWs(s, k.end());
                    if (idx >= len || s.charAt(idx) != ':') {
                        throw decodeError("Expecting ':' delimiter", s, idx);
                    }
                    idx = skipWs(s, idx + 1);
                    PyObject val = scanOnce(s, idx, end);
                    if (pairs) {
                        items.append(PyTuple.of(key, val));
                    } else {
                        d.setItem(key, val);
                    }
                    idx = skipWs(s, end[0]);
                    if (idx < len && s.charAt(idx) == '}') {
                        break;
                    }
                    if (idx >= len || s.charAt(idx) != ',') {
                        throw decodeError("Expecting ',' delimiter", s, idx);
                    }
                    idx = skipWs(s, idx + 1);
                }
            }
            end[0] = idx + 1;
            if (pairs) {
                return Abstract.call(pairsHook, items);
            }
            if (objectHook != PyNone.NONE) {
                return Abstract.call(objectHook, d);
            }
            return d;
        }

        private PyObject parseArray(String s, int idx, int[] end) {
            int len = s.length();
            PyList list = new PyList();
            idx = skipWs(s, idx);
            if (idx >= len || s.charAt(idx) != ']') {
                while (true) {
                    PyObject val = scanOnce(s, idx, end);
                    list.append(val);
                    idx = skipWs(s, end[0]);
                    if (idx < len && s.charAt(idx) == ']') {
                        break;
                    }
                    if (idx >= len || s.charAt(idx) != ',') {
                        throw decodeError("Expecting ',' delimiter", s, idx);
                    }
                    idx = skipWs(s, idx + 1);
                }
            }
            end[0] = idx + 1;
            return list;
        }
    }

    private static final String[] SCAN = {"string", "idx"};
    private static final String[] SCANSTRING = {"string", "end", "strict"};

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("json speedups\n"));
        def(m, "scanstring", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("scanstring", a, n, kw, SCANSTRING, 3, 2, 3, 0);
            if (!(v[0] instanceof PyStr s)) {
                throw PyErr.typeError("first argument must be a string, not %s", v[0].type().name());
            }
            long end = Abstract.asIndexClamped(v[1]);
            boolean strict = v[2] == null || Abstract.isTrue(v[2]);
            if (end < 0 || end > s.value().length()) {
                throw PyErr.valueError("end is out of bounds");
            }
            Scanned r = scanstring(s.value(), (int) end, strict);
            return PyTuple.of(PyStr.of(r.value()), PyInt.of(r.end()));
        });
        def(m, "make_scanner", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("make_scanner", n, kw);
            Scanner sc = new Scanner(a[0]);
            return new PyBuiltinFunction("scan_once", "scan_once", null, (self2, b, nb, kw2) -> {
                PyObject[] v = BuiltinArgs.unpack("scan_once", b, nb, kw2, SCAN, 0, 2, 2, 0);
                if (!(v[0] instanceof PyStr s)) {
                    throw PyErr.typeError("first argument must be a string, not %s", v[0].type().name());
                }
                int[] end = new int[1];
                try {
                    PyObject r = sc.scanOnce(s.value(), (int) Abstract.asIndexClamped(v[1]), end);
                    return PyTuple.of(r, PyInt.of(end[0]));
                } finally {
                    sc.memo.clear();
                    sc.depth = 0;
                }
            });
        });
        def(m, "encode_basestring_ascii", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("encode_basestring_ascii", n, kw);
            return PyStr.of(JsonEncoder.quote(strArg(a[0]), true));
        });
        def(m, "encode_basestring", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("encode_basestring", n, kw);
            return PyStr.of(JsonEncoder.quote(strArg(a[0]), false));
        });
        def(m, "make_encoder", (self, a, n, kw) -> JsonEncoder.make(a, n, kw));
        JsonEncoder.asciiFn = m.dict.getItem(PyStr.of("encode_basestring_ascii"));
        JsonEncoder.uniFn = m.dict.getItem(PyStr.of("encode_basestring"));
    }

    static String strArg(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("first argument must be a string, not %s", o.type().name());
    }
}
