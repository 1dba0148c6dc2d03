package dev.adder.stdlib.sre;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.stdlib.sre.internal.SreState;
import dev.adder.vm.Import;
import dev.adder.vm.ThreadState;

/**
 * {@code re.Match}: the result of a successful match, with its groups' spans.
 *
 * <p>CPython: Modules/_sre/sre.c ({@code MatchObject}, {@code pattern_new_match},
 * {@code match_getindex}, {@code match_getslice}, {@code match_repr}).
 */
public final class SreMatch extends PyObject {
    /** {@code re.Match}. */
    public static final PyType TYPE = PyType.builtin("Match", SreMatch.class, 0);

    private final SrePattern pattern;
    private final Subject subject;
    /** Start and end of each group (group 0 first); -1 when a group did not take part. */
    private final int[] regs;
    private final int pos;
    private final int endpos;
    private final int lastindex;

    SreMatch(SrePattern pattern, Subject subject, SreState st) {
        super(TYPE);
        this.pattern = pattern;
        this.subject = subject;
        int g = pattern.groups;
        int[] r = new int[2 * (g + 1)];
        r[0] = st.start;
        r[1] = st.ptr;
        for (int i = 0, j = 0; i < g; i++, j += 2) {
            if (j + 1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
                r[j + 2] = st.mark[j];
                r[j + 3] = st.mark[j + 1];
                if (r[j + 2] > r[j + 3]) {
                    throw PyErr.systemError(
                            "The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                r[j + 2] = -1;
                r[j + 3] = -1;
            }
        }
        this.regs = r;
        this.pos = st.pos;
        this.endpos = st.endpos;
        this.lastindex = st.lastindex;
    }

    /** {@code match_getindex}. */
    private int index(PyObject index) {
        long i;
        if (Abstract.isIndex(index)) {
            PyInt v = Abstract.index(index);
            i = v.big != null ? -1 : v.value;
        } else {
            i = -1;
            if (pattern.groupindex != null) {
                PyObject v = pattern.groupindex.getItem(index);
                if (v instanceof PyInt vi && vi.big == null) {
                    i = vi.value;
                }
            }
        }
        if (i < 0 || i > pattern.groups) {
            throw PyErr.indexError("no such group");
        }
        return (int) i;
    }

    private PyObject slice(int g, PyObject dflt) {
        int b = regs[2 * g];
        if (b < 0) {
            return dflt;
        }
        return subject.slice(b, regs[2 * g + 1]);
    }

    private PyObject group(PyObject[] a, int n) {
        if (n == 0) {
            return slice(0, PyNone.NONE);
        }
        if (n == 1) {
            return slice(index(a[0]), PyNone.NONE);
        }
        PyObject[] t = new PyObject[n];
        for (int k = 0; k < n; k++) {
            t[k] = slice(index(a[k]), PyNone.NONE);
        }
        return PyTuple.wrap(t);
    }

    private static final String[] DEFAULT_ARG = {"default"};

    private PyObject groups(PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("groups", args, nargs, kw, DEFAULT_ARG, 0, 0, 1, 0);
        PyObject dflt = a[0] == null ? PyNone.NONE : a[0];
        PyObject[] t = new PyObject[pattern.groups];
        for (int g = 1; g <= pattern.groups; g++) {
            t[g - 1] = slice(g, dflt);
        }
        return PyTuple.wrap(t);
    }

    private PyObject groupdict(PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("groupdict", args, nargs, kw, DEFAULT_ARG, 0, 0, 1, 0);
        PyObject dflt = a[0] == null ? PyNone.NONE : a[0];
        PyDict d = new PyDict();
        PyDict gi = pattern.groupindex;
        if (gi != null) {
            for (PyObject key : gi.keysArray()) {
                d.setItem(key, slice(index(key), dflt));
            }
        }
        return d;
    }

    private int groupArg(String name, PyObject[] a, int n) {
        PyMethodDescr.checkArity(name, n, 0, 1);
        return n == 0 ? 0 : index(a[0]);
    }

    private PyStr repr() {
        String r = Abstract.repr(slice(0, PyNone.NONE)).value();
        if (r.codePointCount(0, r.length()) > 50) {
            r = r.substring(0, r.offsetByCodePoints(0, 50));
        }
        return PyStr.of("<re.Match object; span=(" + regs[0] + ", " + regs[1] + "), match=" + r + ">");
    }

    private static SreMatch self(PyObject o) {
        return (SreMatch) o;
    }

    private static PyObject span(SreMatch m, int g) {
        return PyTuple.of(PyInt.of(m.regs[2 * g]), PyInt.of(m.regs[2 * g + 1]));
    }

    private static final String[] EXPAND_ARGS = {"template"};

    static {
        TYPE.setAttribute("__module__", PyStr.of("re"));
        TYPE.tp_new = (t, a, n, kw) -> {
            throw PyErr.typeError("cannot create 're.Match' instances");
        };
        TYPE.tp_repr = o -> self(o).repr();
        TYPE.mp_subscript = (o, key) -> {
            SreMatch m = self(o);
            return m.slice(m.index(key), PyNone.NONE);
        };
        TYPE.ready();
        PyMethodDescr.full(TYPE, "group", (o, a, n, kw) -> {
            BuiltinArgs.noKeywords("group", kw);
            return self(o).group(a, n);
        });
        PyMethodDescr.full(TYPE, "groups", (o, a, n, kw) -> self(o).groups(a, n, kw));
        PyMethodDescr.full(TYPE, "groupdict", (o, a, n, kw) -> self(o).groupdict(a, n, kw));
        PyMethodDescr.varArgs(TYPE, "start", 0, 1, (o, a, n) -> {
            SreMatch m = self(o);
            return PyInt.of(m.regs[2 * m.groupArg("start", a, n)]);
        });
        PyMethodDescr.varArgs(TYPE, "end", 0, 1, (o, a, n) -> {
            SreMatch m = self(o);
            return PyInt.of(m.regs[2 * m.groupArg("end", a, n) + 1]);
        });
        PyMethodDescr.varArgs(TYPE, "span", 0, 1, (o, a, n) -> {
            SreMatch m = self(o);
            return span(m, m.groupArg("span", a, n));
        });
        PyMethodDescr.full(TYPE, "expand", (o, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("expand", a, n, kw, EXPAND_ARGS, 0, 1, 1, 0);
            SreMatch m = self(o);
            PyObject re = Import.importModule(ThreadState.current(), "re");
            return Abstract.call(Abstract.getAttr(re, "_expand"), m.pattern, m, v[0]);
        });
        TYPE.setAttribute("__class_getitem__", SreModule.classGetItem("Match"));
        PyMethodDescr.noArgs(TYPE, "__copy__", o -> o);
        PyMethodDescr.oneArg(TYPE, "__deepcopy__", (o, memo) -> o);
        TYPE.setAttribute("string", new PyGetSetDescr(TYPE, "string", o -> self(o).subject.string, null));
        TYPE.setAttribute("re", new PyGetSetDescr(TYPE, "re", o -> self(o).pattern, null));
        TYPE.setAttribute("pos", new PyGetSetDescr(TYPE, "pos", o -> PyInt.of(self(o).pos), null));
        TYPE.setAttribute("endpos", new PyGetSetDescr(TYPE, "endpos", o -> PyInt.of(self(o).endpos), null));
        TYPE.setAttribute("lastindex", new PyGetSetDescr(TYPE, "lastindex", o -> {
            SreMatch m = self(o);
            return m.lastindex >= 0 ? PyInt.of(m.lastindex) : PyNone.NONE;
        }, null));
        TYPE.setAttribute("lastgroup", new PyGetSetDescr(TYPE, "lastgroup", o -> {
            SreMatch m = self(o);
            if (m.pattern.indexgroup != null && m.lastindex >= 0 && m.lastindex < m.pattern.indexgroup.size()) {
                return m.pattern.indexgroup.get(m.lastindex);
            }
            return PyNone.NONE;
        }, null));
        TYPE.setAttribute("regs", new PyGetSetDescr(TYPE, "regs", o -> {
            SreMatch m = self(o);
            PyObject[] t = new PyObject[m.pattern.groups + 1];
            for (int g = 0; g < t.length; g++) {
                t[g] = span(m, g);
            }
            return PyTuple.wrap(t);
        }, null));
    }
}
