package dev.adder.stdlib.sre;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyByteArray;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyCallableIterator;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMappingProxy;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.stdlib.sre.internal.SreState;
import dev.adder.vm.Import;
import dev.adder.vm.ThreadState;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * {@code re.Pattern}: a compiled regular expression, with the matching methods.
 *
 * <p>CPython: Modules/_sre/sre.c ({@code PatternObject}, {@code pattern_match},
 * {@code pattern_search}, {@code pattern_findall}, {@code pattern_split}, {@code pattern_subx},
 * {@code pattern_repr}, {@code pattern_richcompare}).
 */
public final class SrePattern extends PyObject {
    /** {@code re.Pattern}. */
    public static final PyType TYPE = PyType.builtin("Pattern", SrePattern.class, 0);

    final PyObject pattern;
    final int flags;
    final int[] code;
    final int groups;
    /** The group names (null when there are none). */
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** 1: bytes, 0: str, -1: either (no source pattern). */
    final int isBytes;

    SrePattern(PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup) {
        super(TYPE);
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        if (groupindex.size() > 0) {
            this.groupindex = groupindex;
            this.indexgroup = indexgroup.size() > 0 ? indexgroup : null;
        } else {
            this.groupindex = null;
            this.indexgroup = null;
        }
        if (pattern == PyNone.NONE) {
            isBytes = -1;
        } else {
            Subject s = Subject.check(pattern);
            isBytes = s.isBytes ? 1 : 0;
        }
    }

    /** A C {@code int} argument (OverflowError beyond 32 bits). */
    static int toCInt(PyObject o) {
        if (o instanceof dev.adder.runtime.objects.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt v = Abstract.index(o);
        if (v.big != null || v.value > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (v.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) v.value;
    }

    /** A {@code Py_ssize_t} argument. */
    static long ssize(PyObject o, long dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof dev.adder.runtime.objects.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt v = Abstract.index(o);
        if (v.big != null) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return v.value;
    }

    /** Runs the engine, turning an internal failure into RuntimeError. */
    static boolean run(SreState st, int kind) {
        try {
            switch (kind) {
                case 0:
                    return st.match(false);
                case 1:
                    return st.match(true);
                default:
                    return st.search();
            }
        } catch (PyException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw PyErr.memoryError();
        } catch (RuntimeException e) {
            throw PyErr.format(PyExc.RuntimeError, "internal error in regular expression engine");
        }
    }

    private static final String[] MATCH_ARGS = {"string", "pos", "endpos"};

    private PyObject doMatch(String name, PyObject[] args, int nargs, PyTuple kw, int kind) {
        PyObject[] a = BuiltinArgs.unpack(name, args, nargs, kw, MATCH_ARGS, 0, 1, 3, 0);
        long pos = ssize(a[1], 0);
        long endpos = ssize(a[2], Long.MAX_VALUE);
        Subject s = Subject.check(a[0]);
        SreState st = s.state(this, pos, endpos);
        if (!run(st, kind)) {
            return PyNone.NONE;
        }
        return new SreMatch(this, s, st);
    }

    private PyObject findall(PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("findall", args, nargs, kw, MATCH_ARGS, 0, 1, 3, 0);
        long pos = ssize(a[1], 0);
        long endpos = ssize(a[2], Long.MAX_VALUE);
        Subject s = Subject.check(a[0]);
        SreState st = s.state(this, pos, endpos);
        PyList list = new PyList();
        while (st.start <= st.endpos) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, 2)) {
                break;
            }
            PyObject item;
            if (groups == 0) {
                item = s.slice(st.start, st.ptr);
            } else if (groups == 1) {
                item = groupSliceOrEmpty(s, st, 1);
            } else {
                PyObject[] t = new PyObject[groups];
                for (int i = 0; i < groups; i++) {
                    t[i] = groupSliceOrEmpty(s, st, i + 1);
                }
                item = PyTuple.wrap(t);
            }
            list.append(item);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        return list;
    }

    private static PyObject groupSliceOrEmpty(Subject s, SreState st, int g) {
        int b = st.groupStart(g);
        if (b < 0) {
            return s.empty();
        }
        return checkedSlice(s, b, st.groupEnd(g));
    }

    /** {@code state_getslice}'s check of a group's span. */
    static PyObject checkedSlice(Subject s, int b, int e) {
        if (b > e) {
            throw PyErr.systemError("The span of capturing group is wrong, please report a bug for the re module.");
        }
        return s.slice(b, e);
    }

    private PyObject scanner(String name, PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack(name, args, nargs, kw, MATCH_ARGS, 0, 1, 3, 0);
        long pos = ssize(a[1], 0);
        long endpos = ssize(a[2], Long.MAX_VALUE);
        Subject s = Subject.check(a[0]);
        SreState st = s.state(this, pos, endpos);
        return new SreScanner(this, s, st);
    }

    private static final String[] SPLIT_ARGS = {"string", "maxsplit"};

    private PyObject split(PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("split", args, nargs, kw, SPLIT_ARGS, 0, 1, 2, 0);
        long maxsplit = ssize(a[1], 0);
        Subject s = Subject.check(a[0]);
        SreState st = s.state(this, 0, Long.MAX_VALUE);
        PyList list = new PyList();
        long n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, 2)) {
                break;
            }
            list.append(s.slice(last, st.start));
            for (int i = 0; i < groups; i++) {
                int b = st.groupStart(i + 1);
                list.append(b < 0 ? PyNone.NONE : checkedSlice(s, b, st.groupEnd(i + 1)));
            }
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        list.append(s.slice(last, st.endpos));
        return list;
    }

    private static final String[] SUB_ARGS = {"repl", "string", "count"};

    private PyObject subx(String name, PyObject[] args, int nargs, PyTuple kw, boolean subn) {
        PyObject[] a = BuiltinArgs.unpack(name, args, nargs, kw, SUB_ARGS, 0, 2, 3, 0);
        PyObject template = a[0];
        long count = ssize(a[2], 0);
        PyObject filter;
        boolean callable;
        if (template.type().tp_call != null) {
            filter = template;
            callable = true;
        } else {
            boolean literal;
            Subject t = Subject.of(template);
            if (t == null) {
                literal = false;
            } else {
                literal = true;
                for (int i = 0; i < t.length; i++) {
                    if (t.charAt(i) == '\\') {
                        literal = false;
                        break;
                    }
                }
            }
            if (literal) {
                filter = template;
                callable = false;
            } else {
                PyObject re = Import.importModule(ThreadState.current(), "re");
                filter = Abstract.call(Abstract.getAttr(re, "_subx"), this, template);
                callable = filter.type().tp_call != null;
            }
        }
        Subject s = Subject.check(a[1]);
        SreState st = s.state(this, 0, Long.MAX_VALUE);
        PyList list = new PyList();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (!run(st, 2)) {
                break;
            }
            int b = st.start;
            int e = st.ptr;
            if (i < b) {
                list.append(s.slice(i, b));
            }
            PyObject item;
            if (callable) {
                item = Abstract.call(filter, new SreMatch(this, s, st));
            } else {
                item = filter;
            }
            if (item != PyNone.NONE) {
                list.append(item);
            }
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) {
            list.append(s.slice(i, st.endpos));
        }
        PyObject joined = join(s, list);
        if (subn) {
            return PyTuple.of(joined, PyInt.of(n));
        }
        return joined;
    }

    /** {@code join_list}: str or bytes join with CPython's messages for wrong items. */
    private static PyObject join(Subject s, PyList list) {
        int n = list.size();
        if (n == 0) {
            return s.empty();
        }
        if (!s.isBytes) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                PyObject o = list.get(k);
                if (!(o instanceof PyStr ps)) {
                    throw PyErr.typeError("sequence item %d: expected str instance, %s found", k, o.type().name());
                }
                sb.append(ps.value());
            }
            return PyStr.of(sb.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < n; k++) {
            PyObject o = list.get(k);
            byte[] b;
            if (o instanceof PyBytes pb) {
                b = pb.toByteArray();
            } else if (o instanceof PyByteArray ba) {
                b = ba.toByteArray();
            } else if (o instanceof dev.adder.runtime.objects.PyMemoryView) {
                b = ((PyBytes) Abstract.callMethod(o, "tobytes")).toByteArray();
            } else {
                throw PyErr.typeError("sequence item %d: expected a bytes-like object, %s found", k,
                        o.type().name());
            }
            out.write(b, 0, b.length);
        }
        return PyBytes.wrap(out.toByteArray());
    }

    private static final String[][] FLAG_NAMES = {
        {"re.TEMPLATE", "1"}, {"re.IGNORECASE", "2"}, {"re.LOCALE", "4"}, {"re.MULTILINE", "8"},
        {"re.DOTALL", "16"}, {"re.UNICODE", "32"}, {"re.VERBOSE", "64"}, {"re.DEBUG", "128"},
        {"re.ASCII", "256"},
    };

    private PyStr repr() {
        String pr = Abstract.repr(pattern).value();
        if (pr.codePointCount(0, pr.length()) > 200) {
            pr = pr.substring(0, pr.offsetByCodePoints(0, 200));
        }
        int f = flags;
        if ((f & (4 | 32 | 256)) == 32) {
            f &= ~32;
        }
        StringBuilder sb = new StringBuilder("re.compile(").append(pr);
        if (f != 0) {
            sb.append(", ");
            boolean first = true;
            for (String[] fn : FLAG_NAMES) {
                int bit = Integer.parseInt(fn[1]);
                if ((f & bit) != 0) {
                    if (!first) {
                        sb.append('|');
                    }
                    sb.append(fn[0]);
                    first = false;
                    f &= ~bit;
                }
            }
            if (f != 0) {
                if (!first) {
                    sb.append('|');
                }
                sb.append("0x").append(Integer.toHexString(f));
            }
        }
        sb.append(')');
        return PyStr.of(sb.toString());
    }

    private static PyObject richcompare(PyObject a, PyObject b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof SrePattern)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        SrePattern l = (SrePattern) a;
        SrePattern r = (SrePattern) b;
        boolean eq;
        if (l == r) {
            eq = true;
        } else {
            eq = l.flags == r.flags && l.isBytes == r.isBytes && Arrays.equals(l.code, r.code)
                    && Abstract.richCompareBool(l.pattern, r.pattern, CompareOp.EQ);
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    private static SrePattern self(PyObject o) {
        return (SrePattern) o;
    }

    static {
        TYPE.setAttribute("__module__", PyStr.of("re"));
        TYPE.tp_new = (t, a, n, kw) -> {
            throw PyErr.typeError("cannot create 're.Pattern' instances");
        };
        TYPE.tp_repr = o -> self(o).repr();
        TYPE.tp_richcompare = SrePattern::richcompare;
        TYPE.tp_hash = o -> {
            SrePattern p = self(o);
            long h = Abstract.hash(p.pattern) ^ Arrays.hashCode(p.code);
            return h == -1 ? -2 : h;
        };
        TYPE.ready();
        PyMethodDescr.full(TYPE, "match", (o, a, n, kw) -> self(o).doMatch("match", a, n, kw, 0));
        PyMethodDescr.full(TYPE, "fullmatch", (o, a, n, kw) -> self(o).doMatch("fullmatch", a, n, kw, 1));
        PyMethodDescr.full(TYPE, "search", (o, a, n, kw) -> self(o).doMatch("search", a, n, kw, 2));
        PyMethodDescr.full(TYPE, "findall", (o, a, n, kw) -> self(o).findall(a, n, kw));
        PyMethodDescr.full(TYPE, "finditer", (o, a, n, kw) -> {
            SreScanner sc = (SreScanner) self(o).scanner("finditer", a, n, kw);
            return new PyCallableIterator(Abstract.getAttr(sc, "search"), PyNone.NONE);
        });
        PyMethodDescr.full(TYPE, "scanner", (o, a, n, kw) -> self(o).scanner("scanner", a, n, kw));
        PyMethodDescr.full(TYPE, "split", (o, a, n, kw) -> self(o).split(a, n, kw));
        PyMethodDescr.full(TYPE, "sub", (o, a, n, kw) -> self(o).subx("sub", a, n, kw, false));
        PyMethodDescr.full(TYPE, "subn", (o, a, n, kw) -> self(o).subx("subn", a, n, kw, true));
        TYPE.setAttribute("__class_getitem__", SreModule.classGetItem("Pattern"));
        PyMethodDescr.noArgs(TYPE, "__copy__", o -> o);
        PyMethodDescr.oneArg(TYPE, "__deepcopy__", (o, memo) -> o);
        TYPE.setAttribute("pattern", new PyGetSetDescr(TYPE, "pattern", o -> self(o).pattern, null));
        TYPE.setAttribute("flags", new PyGetSetDescr(TYPE, "flags", o -> PyInt.of(self(o).flags), null));
        TYPE.setAttribute("groups", new PyGetSetDescr(TYPE, "groups", o -> PyInt.of(self(o).groups), null));
        TYPE.setAttribute("groupindex", new PyGetSetDescr(TYPE, "groupindex", o -> {
            SrePattern p = self(o);
            if (p.groupindex == null) {
                return new PyDict();
            }
            return new PyMappingProxy(p.groupindex);
        }, null));
    }
}
