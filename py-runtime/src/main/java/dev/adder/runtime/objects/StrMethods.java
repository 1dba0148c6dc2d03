package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.StrOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The methods of {@code str} (those that need no formatting mini-language), with code-point
 * indexes and CPython's argument handling and messages.
 *
 * <p>CPython: {@code Objects/unicodeobject.c} ({@code unicode_split_impl}, {@code unicode_find},
 * {@code do_strip}, {@code replace}, {@code unicode_title_impl}, ...), {@code Objects/stringlib/}.
 */
final class StrMethods {
    private StrMethods() {
    }

    private static final String[] SPLIT_ARGS = {"sep", "maxsplit"};
    private static final String[] KEEPENDS = {"keepends"};
    private static final String[] TABSIZE = {"tabsize"};

    private static String s(PyObject self) {
        return ((PyStr) self).value;
    }

    // ---- split family

    static List<String> splitWhitespace(String v, long maxsplit) {
        List<String> out = new ArrayList<>();
        int n = v.length();
        int i = 0;
        while (true) {
            while (i < n && StrOps.isSpace(v.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (maxsplit == 0) {
                out.add(v.substring(i, n));
                break;
            }
            int j = i;
            while (j < n && !StrOps.isSpace(v.charAt(j))) {
                j++;
            }
            out.add(v.substring(i, j));
            maxsplit--;
            i = j;
        }
        return out;
    }

    static List<String> rsplitWhitespace(String v, long maxsplit) {
        List<String> out = new ArrayList<>();
        int j = v.length();
        while (true) {
            while (j > 0 && StrOps.isSpace(v.charAt(j - 1))) {
                j--;
            }
            if (j <= 0) {
                break;
            }
            if (maxsplit == 0) {
                out.add(0, v.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !StrOps.isSpace(v.charAt(i - 1))) {
                i--;
            }
            out.add(0, v.substring(i, j));
            maxsplit--;
            j = i;
        }
        return out;
    }

    static List<String> split(String v, String sep, long maxsplit) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (maxsplit != 0) {
            int k = v.indexOf(sep, i);
            if (k < 0) {
                break;
            }
            out.add(v.substring(i, k));
            i = k + sep.length();
            maxsplit--;
        }
        out.add(v.substring(i));
        return out;
    }

    static List<String> rsplit(String v, String sep, long maxsplit) {
        List<String> out = new ArrayList<>();
        int j = v.length();
        while (maxsplit != 0) {
            int k = v.lastIndexOf(sep, j - sep.length());
            if (k < 0) {
                break;
            }
            out.add(0, v.substring(k + sep.length(), j));
            j = k;
            maxsplit--;
        }
        out.add(0, v.substring(0, j));
        return out;
    }

    private static PyObject doSplit(PyObject self, PyObject[] a, int n, PyTuple kw, boolean right) {
        String name = right ? "rsplit" : "split";
        PyObject[] p = StrOps.parseArgs(name, a, n, kw, SPLIT_ARGS);
        long maxsplit = p[1] == null ? -1 : Abstract.asSsizeArg(p[1]);
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        String v = s(self);
        if (p[0] == null || p[0] == PyNone.NONE) {
            return PyStr.listOf(right ? rsplitWhitespace(v, maxsplit) : splitWhitespace(v, maxsplit));
        }
        if (!(p[0] instanceof PyStr)) {
            throw PyErr.typeError("must be str or None, not %s", p[0].type().name());
        }
        String sep = s(p[0]);
        if (sep.isEmpty()) {
            throw PyErr.valueError("empty separator");
        }
        return PyStr.listOf(right ? rsplit(v, sep, maxsplit) : split(v, sep, maxsplit));
    }

    // ---- strip family (mode 0 both, 1 left, 2 right)

    private static PyObject strip(PyObject self, PyObject[] a, int n, int mode, String name) {
        String v = s(self);
        int i = 0;
        int j = v.length();
        if (n == 0 || a[0] == PyNone.NONE) {
            if (mode != 2) {
                while (i < j && StrOps.isSpace(v.charAt(i))) {
                    i++;
                }
            }
            if (mode != 1) {
                while (j > i && StrOps.isSpace(v.charAt(j - 1))) {
                    j--;
                }
            }
        } else {
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("%s arg must be None or str", name);
            }
            String chars = s(a[0]);
            if (mode != 2) {
                while (i < j) {
                    int c = v.codePointAt(i);
                    if (chars.indexOf(c) < 0) {
                        break;
                    }
                    i += Character.charCount(c);
                }
            }
            if (mode != 1) {
                while (j > i) {
                    int c = v.codePointBefore(j);
                    if (chars.indexOf(c) < 0) {
                        break;
                    }
                    j -= Character.charCount(c);
                }
            }
        }
        if (i == 0 && j == v.length() && self.type() == PyStr.TYPE) {
            return self;
        }
        return PyStr.of(v.substring(i, j));
    }

    // ---- find family

    /** [subStr, startChar, endChar] for find-like arguments, or null when start > len. */
    private static int[] range(PyStr self, PyObject[] a, int n, String name) {
        if (n < 1) {
            throw PyErr.typeError("%s() takes at least 1 argument (0 given)", name);
        }
        if (n > 3) {
            throw PyErr.typeError("%s() takes at most 3 arguments (%d given)", name, n);
        }
        int len = self.length();
        long start = n > 1 && a[1] != PyNone.NONE ? Abstract.sliceIndex(a[1]) : 0;
        long end = n > 2 && a[2] != PyNone.NONE ? Abstract.sliceIndex(a[2]) : len;
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (start > len) {
            return null;
        }
        return new int[] {(int) start, (int) end};
    }

    /** Argument Clinic's message for a str parameter: "f() argument must be str, not int". */
    private static PyStr clinicStr(PyObject o, String fname) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("%s() argument must be str, not %s", fname,
                    o == PyNone.NONE ? "None" : o.type().name());
        }
        return (PyStr) o;
    }

    private static PyStr subArg(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("must be str, not %s", o.type().name());
        }
        return (PyStr) o;
    }

    /** find/rfind as code-point index or -1. */
    private static long find(PyObject selfObj, PyObject[] a, int n, boolean right, String name) {
        PyStr self = (PyStr) selfObj;
        int[] r = range(self, a, n, name);
        PyStr sub = subArg(a[0]);
        if (r == null || r[1] - r[0] < sub.length()) {
            return -1;
        }
        String v = self.value;
        int cs = self.charIndex(r[0]);
        int ce = self.charIndex(r[1]);
        String sv = sub.value;
        int k;
        if (right) {
            k = v.lastIndexOf(sv, ce - sv.length());
            if (k < cs) {
                k = -1;
            }
        } else {
            k = v.indexOf(sv, cs);
            if (k >= 0 && k + sv.length() > ce) {
                k = -1;
            }
        }
        return k < 0 ? -1 : self.cpIndex(k);
    }

    private static long count(PyObject selfObj, PyObject[] a, int n) {
        PyStr self = (PyStr) selfObj;
        int[] r = range(self, a, n, "count");
        PyStr sub = subArg(a[0]);
        if (r == null || r[1] < r[0]) {
            return 0;
        }
        if (sub.value.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        String v = self.value.substring(self.charIndex(r[0]), self.charIndex(r[1]));
        long c = 0;
        for (int i = v.indexOf(sub.value); i >= 0; i = v.indexOf(sub.value, i + sub.value.length())) {
            c++;
        }
        return c;
    }

    private static boolean startsEnds(PyObject selfObj, PyObject[] a, int n, boolean ends) {
        PyStr self = (PyStr) selfObj;
        String name = ends ? "endswith" : "startswith";
        int[] r = range(self, a, n, name);
        PyObject p = a[0];
        PyObject[] options;
        if (p instanceof PyTuple) {
            options = ((PyTuple) p).items;
        } else if (p instanceof PyStr) {
            options = new PyObject[] {p};
        } else {
            throw PyErr.typeError("%s first arg must be str or a tuple of str, not %s", name, p.type().name());
        }
        for (PyObject o : options) {
            if (!(o instanceof PyStr)) {
                throw PyErr.typeError("tuple for %s must only contain str, not %s", name, o.type().name());
            }
            if (r == null) {
                continue;
            }
            String v = self.value;
            int cs = self.charIndex(r[0]);
            int ce = Math.max(cs, self.charIndex(Math.max(r[0], r[1])));
            String x = ((PyStr) o).value;
            if (ce - cs < x.length()) {
                continue;
            }
            if (ends ? v.startsWith(x, ce - x.length()) : v.startsWith(x, cs)) {
                return true;
            }
        }
        return false;
    }

    static String replace(String v, String old, String rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            int n = v.length();
            while (i <= n) {
                if (count > 0) {
                    sb.append(rep);
                    count--;
                } else {
                    sb.append(v, i, n);
                    break;
                }
                if (i == n) {
                    break;
                }
                int c = v.codePointAt(i);
                sb.appendCodePoint(c);
                i += Character.charCount(c);
            }
            return sb.toString();
        }
        int i = 0;
        while (count > 0) {
            int k = v.indexOf(old, i);
            if (k < 0) {
                break;
            }
            sb.append(v, i, k).append(rep);
            i = k + old.length();
            count--;
        }
        if (i == 0) {
            return v;
        }
        return sb.append(v, i, v.length()).toString();
    }

    // ---- case

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean caseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019;
        }
    }

    /** The lower case of the code point at {@code i}, with CPython's final-sigma rule for U+03A3. */
    static String lowerAt(String v, int i, int c) {
        if (c != 0x3a3) {
            return new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
        }
        boolean before = false;
        for (int j = i; j > 0;) {
            int p = v.codePointBefore(j);
            j -= Character.charCount(p);
            if (!caseIgnorable(p)) {
                before = isCased(p);
                break;
            }
        }
        boolean after = false;
        for (int j = i + 1; j < v.length();) {
            int p = v.codePointAt(j);
            j += Character.charCount(p);
            if (!caseIgnorable(p)) {
                after = isCased(p);
                break;
            }
        }
        return before && !after ? "\u03c2" : "\u03c3";
    }

    static String casefold(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length();) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    static String title(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        boolean prevCased = false;
        for (int i = 0; i < v.length();) {
            int c = v.codePointAt(i);
            int at = i;
            i += Character.charCount(c);
            if (prevCased) {
                sb.append(lowerAt(v, at, c));
            } else {
                sb.append(titleCase(c));
            }
            prevCased = isCased(c);
        }
        return sb.toString();
    }

    private static String titleCase(int c) {
        if (c == 0x149) {
            return "\u02bcN"; // SpecialCasing.txt: title case of U+0149 keeps the N upper case
        }
        int t = Character.toTitleCase(c);
        if (t != c || !Character.isLowerCase(c)) {
            return new String(Character.toChars(t));
        }
        // full mappings such as 'ß' -> 'Ss'
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.length() > 1) {
            return up.substring(0, 1) + up.substring(1).toLowerCase(Locale.ROOT);
        }
        return up;
    }

    static String capitalize(String v) {
        if (v.isEmpty()) {
            return v;
        }
        int c = v.codePointAt(0);
        return titleCase(c) + v.substring(Character.charCount(c)).toLowerCase(Locale.ROOT);
    }

    static String swapcase(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length();) {
            int c = v.codePointAt(i);
            int at = i;
            i += Character.charCount(c);
            String one = new String(Character.toChars(c));
            if (Character.isUpperCase(c)) {
                sb.append(lowerAt(v, at, c));
            } else if (Character.isLowerCase(c)) {
                sb.append(one.toUpperCase(Locale.ROOT));
            } else {
                sb.append(one);
            }
        }
        return sb.toString();
    }

    // ---- predicates

    interface CpTest {
        boolean test(int c);
    }

    private static PyObject all(PyObject self, CpTest t) {
        String v = s(self);
        if (v.isEmpty()) {
            return PyBool.FALSE;
        }
        for (int i = 0; i < v.length();) {
            int c = v.codePointAt(i);
            if (!t.test(c)) {
                return PyBool.FALSE;
            }
            i += Character.charCount(c);
        }
        return PyBool.TRUE;
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (Character.getType(c) == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(c);
            return v >= 0 && v <= 9;
        }
        return false;
    }

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    /** {@code str.islower()}/{@code isupper()}: some cased characters, all of the given case. */
    private static PyObject caseTest(PyObject self, boolean lower) {
        String v = s(self);
        boolean cased = false;
        for (int i = 0; i < v.length();) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (lower ? (Character.isUpperCase(c) || Character.isTitleCase(c))
                    : (Character.isLowerCase(c) || Character.isTitleCase(c))) {
                return PyBool.FALSE;
            }
            if (!cased && (lower ? Character.isLowerCase(c) : Character.isUpperCase(c))) {
                cased = true;
            }
        }
        return PyBool.of(cased);
    }

    private static PyObject isTitle(PyObject self) {
        String v = s(self);
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < v.length();) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return PyBool.FALSE;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return PyBool.FALSE;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return PyBool.of(cased);
    }

    static boolean isIdentifier(String v) {
        if (v.isEmpty()) {
            return false;
        }
        int c0 = v.codePointAt(0);
        if (!(c0 == '_' || Character.isUnicodeIdentifierStart(c0))) {
            return false;
        }
        for (int i = Character.charCount(c0); i < v.length();) {
            int c = v.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    // ---- padding

    private static int fillChar(PyObject[] a, int n, int idx) {
        if (n <= idx) {
            return ' ';
        }
        if (!(a[idx] instanceof PyStr)) {
            throw PyErr.typeError("The fill character must be a unicode character, not %s", a[idx].type().name());
        }
        PyStr f = (PyStr) a[idx];
        if (f.length() != 1) {
            throw PyErr.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    private static PyObject pad(PyObject self, long left, long right, int fill) {
        if (left <= 0 && right <= 0 && self.type() == PyStr.TYPE) {
            return self;
        }
        String v = s(self);
        long chars = Math.max(left, 0) + Math.max(right, 0);
        if (chars > (Integer.MAX_VALUE - 8 - v.length()) / Character.charCount(fill)) {
            throw PyErr.memoryError(); // longer than a JVM string: CPython's failed allocation
        }
        StringBuilder sb = new StringBuilder(v.length() + (int) chars * Character.charCount(fill));
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(v);
        for (long i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return PyStr.of(sb.toString());
    }

    static List<String> splitlines(String v, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = v.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !StrOps.isLineBreak(v.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.add(v.substring(i, eol));
            i = j;
        }
        return out;
    }

    static String expandtabs(String v, long tabsize) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - (col % tabsize);
                    for (long k = 0; k < spaces; k++) {
                        sb.append(' ');
                    }
                    col += spaces;
                }
            } else {
                sb.append(c);
                col++;
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    static void init(PyType t) {
        PyMethodDescr.oneArg(t, "join", (self, it) -> {
            PyObject[] items;
            if (it instanceof PyList) {
                items = ((PyList) it).toArray();
            } else if (it instanceof PyTuple) {
                items = ((PyTuple) it).items;
            } else {
                if (it.type().tp_iter == null) {
                    throw PyErr.typeError("can only join an iterable");
                }
                items = PyTuple.fromIterable(it).items;
            }
            String sep = s(self);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr)) {
                    throw PyErr.typeError("sequence item %d: expected str instance, %s found", i,
                            items[i].type().name());
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(((PyStr) items[i]).value);
            }
            if (items.length == 1 && items[0].type() == PyStr.TYPE) {
                return items[0];
            }
            return PyStr.of(sb.toString());
        });
        PyMethodDescr.full(t, "split", (self, a, n, kw) -> doSplit(self, a, n, kw, false));
        PyMethodDescr.full(t, "rsplit", (self, a, n, kw) -> doSplit(self, a, n, kw, true));
        PyMethodDescr.full(t, "splitlines", (self, a, n, kw) -> {
            PyObject[] p = StrOps.parseArgs("splitlines", a, n, kw, KEEPENDS);
            boolean keep = p[0] != null && Abstract.index(p[0]).intValueExact() != 0;
            return PyStr.listOf(splitlines(s(self), keep));
        });
        PyMethodDescr.varArgs(t, "strip", 0, 1, (self, a, n) -> strip(self, a, n, 0, "strip"));
        PyMethodDescr.varArgs(t, "lstrip", 0, 1, (self, a, n) -> strip(self, a, n, 1, "lstrip"));
        PyMethodDescr.varArgs(t, "rstrip", 0, 1, (self, a, n) -> strip(self, a, n, 2, "rstrip"));
        PyMethodDescr.varArgs(t, "replace", 2, 3, (self, a, n) -> {
            String old = subArg(a[0]).value;
            String rep = subArg(a[1]).value;
            long count = n > 2 ? Abstract.asSsizeArg(a[2]) : -1;
            String v = s(self);
            String r = replace(v, old, rep, count);
            return r == v && self.type() == PyStr.TYPE ? self : PyStr.of(r);
        });
        PyMethodDescr.full(t, "find", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("str.find", kw);
            return PyInt.of(find(self, a, n, false, "find"));
        });
        PyMethodDescr.full(t, "rfind", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("str.rfind", kw);
            return PyInt.of(find(self, a, n, true, "rfind"));
        });
        PyMethodDescr.full(t, "index", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("str.index", kw);
            long r = find(self, a, n, false, "index");
            if (r < 0) {
                throw PyErr.valueError("substring not found");
            }
            return PyInt.of(r);
        });
        PyMethodDescr.full(t, "rindex", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("str.rindex", kw);
            long r = find(self, a, n, true, "rindex");
            if (r < 0) {
                throw PyErr.valueError("substring not found");
            }
            return PyInt.of(r);
        });
        PyMethodDescr.full(t, "count", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("str.count", kw);
            return PyInt.of(count(self, a, n));
        });
        PyMethodDescr.full(t, "startswith", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("str.startswith", kw);
            return PyBool.of(startsEnds(self, a, n, false));
        });
        PyMethodDescr.full(t, "endswith", (self, a, n, kw) -> {
            PyMethodDescr.noKeywords("str.endswith", kw);
            return PyBool.of(startsEnds(self, a, n, true));
        });
        PyMethodDescr.noArgs(t, "__getnewargs__", self -> PyTuple.of(self.getClass() == PyStr.class ? self
                : PyStr.of(s(self))));
        PyMethodDescr.noArgs(t, "lower", self -> PyStr.of(s(self).toLowerCase(Locale.ROOT)));
        PyMethodDescr.noArgs(t, "upper", self -> PyStr.of(s(self).toUpperCase(Locale.ROOT)));
        PyMethodDescr.noArgs(t, "casefold", self ->
                PyStr.of(casefold(s(self))));
        PyMethodDescr.noArgs(t, "title", self -> PyStr.of(title(s(self))));
        PyMethodDescr.noArgs(t, "capitalize", self -> PyStr.of(capitalize(s(self))));
        PyMethodDescr.noArgs(t, "swapcase", self -> PyStr.of(swapcase(s(self))));
        PyMethodDescr.noArgs(t, "isalpha", self -> all(self, StrMethods::isAlpha));
        PyMethodDescr.noArgs(t, "isdecimal", self -> all(self, StrMethods::isDecimal));
        PyMethodDescr.noArgs(t, "isdigit", self -> all(self, StrMethods::isDigit));
        PyMethodDescr.noArgs(t, "isnumeric", self -> all(self, StrMethods::isNumeric));
        PyMethodDescr.noArgs(t, "isalnum", self -> all(self, c -> isAlpha(c) || isNumeric(c)));
        PyMethodDescr.noArgs(t, "isspace", self -> all(self, StrOps::isSpace));
        PyMethodDescr.noArgs(t, "isascii", self -> {
            String v = s(self);
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) >= 128) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        PyMethodDescr.noArgs(t, "isprintable", self -> PyBool.of(s(self).isEmpty()
                || all(self, StrOps::isPrintable) == PyBool.TRUE));
        PyMethodDescr.noArgs(t, "islower", self -> caseTest(self, true));
        PyMethodDescr.noArgs(t, "isupper", self -> caseTest(self, false));
        PyMethodDescr.noArgs(t, "istitle", StrMethods::isTitle);
        PyMethodDescr.noArgs(t, "isidentifier", self -> PyBool.of(isIdentifier(s(self))));
        PyMethodDescr.varArgs(t, "center", 1, 2, (self, a, n) -> {
            long width = Abstract.asSsizeArg(a[0]);
            int fill = fillChar(a, n, 1);
            long marg = width - ((PyStr) self).length();
            if (marg <= 0) {
                return pad(self, 0, 0, fill);
            }
            long left = marg / 2 + (marg & width & 1);
            return pad(self, left, marg - left, fill);
        });
        PyMethodDescr.varArgs(t, "ljust", 1, 2, (self, a, n) ->
                pad(self, 0, Abstract.asSsizeArg(a[0]) - ((PyStr) self).length(), fillChar(a, n, 1)));
        PyMethodDescr.varArgs(t, "rjust", 1, 2, (self, a, n) ->
                pad(self, Abstract.asSsizeArg(a[0]) - ((PyStr) self).length(), 0, fillChar(a, n, 1)));
        PyMethodDescr.oneArg(t, "zfill", (self, w) -> {
            long width = Abstract.asSsizeArg(w);
            String v = s(self);
            long fill = width - ((PyStr) self).length();
            if (fill <= 0) {
                return self.type() == PyStr.TYPE ? self : PyStr.of(v);
            }
            StringBuilder sb = new StringBuilder();
            int start = 0;
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                sb.append(v.charAt(0));
                start = 1;
            }
            for (long i = 0; i < fill; i++) {
                sb.append('0');
            }
            return PyStr.of(sb.append(v, start, v.length()).toString());
        });
        PyMethodDescr.oneArg(t, "partition", (self, sepObj) -> {
            String sep = subArg(sepObj).value;
            if (sep.isEmpty()) {
                throw PyErr.valueError("empty separator");
            }
            String v = s(self);
            int k = v.indexOf(sep);
            if (k < 0) {
                return PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
            }
            return PyTuple.of(PyStr.of(v.substring(0, k)), sepObj, PyStr.of(v.substring(k + sep.length())));
        });
        PyMethodDescr.oneArg(t, "rpartition", (self, sepObj) -> {
            String sep = subArg(sepObj).value;
            if (sep.isEmpty()) {
                throw PyErr.valueError("empty separator");
            }
            String v = s(self);
            int k = v.lastIndexOf(sep);
            if (k < 0) {
                return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self);
            }
            return PyTuple.of(PyStr.of(v.substring(0, k)), sepObj, PyStr.of(v.substring(k + sep.length())));
        });
        PyMethodDescr.full(t, "expandtabs", (self, a, n, kw) -> {
            PyObject[] p = StrOps.parseArgs("expandtabs", a, n, kw, TABSIZE);
            long tabsize = p[0] == null ? 8 : Abstract.index(p[0]).intValueExact();
            return PyStr.of(expandtabs(s(self), tabsize));
        });
        PyMethodDescr.oneArg(t, "removeprefix", (self, p) -> {
            String x = clinicStr(p, "removeprefix").value;
            String v = s(self);
            return v.startsWith(x) && !x.isEmpty() ? PyStr.of(v.substring(x.length())) : self;
        });
        PyMethodDescr.oneArg(t, "removesuffix", (self, p) -> {
            String x = clinicStr(p, "removesuffix").value;
            String v = s(self);
            return v.endsWith(x) && !x.isEmpty() ? PyStr.of(v.substring(0, v.length() - x.length())) : self;
        });
        StrMethodsExtra.init(t);
    }
}
