package dev.adder.vm;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

/**
 * One entry of an exception's traceback: a frame and the offset of the failing instruction, linked
 * to the entry of the frame it called ({@code tb_next}).
 *
 * <p>CPython: Python/traceback.c ({@code PyTracebackObject}, {@code tb_new}, {@code tb_next_set}).
 */
public final class PyTraceback extends PyObject {
    /** {@code traceback}. */
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, 0);

    static {
        TYPE.tp_new = (type, a, nargs, kw) -> {
            String[] names = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
            int nkw = kw == null ? 0 : kw.size();
            if (nargs + nkw > 4) {
                throw PyErr.typeError("TracebackType() takes at most 4 arguments (%d given)", nargs + nkw);
            }
            PyObject[] v = new PyObject[4];
            System.arraycopy(a, 0, v, 0, nargs);
            for (int i = 0; i < nkw; i++) {
                String k = ((PyStr) kw.get(i)).value();
                int j = java.util.Arrays.asList(names).indexOf(k);
                if (j < 0) {
                    throw PyErr.typeError("TracebackType() got an unexpected keyword argument '%s'", k);
                }
                if (j < nargs) {
                    throw PyErr.typeError("argument for TracebackType() given by name ('%s') and position (%d)", k,
                            j + 1);
                }
                v[j] = a[nargs + i];
            }
            for (int j = 0; j < 4; j++) {
                if (v[j] == null) {
                    throw PyErr.typeError("TracebackType() missing required argument '%s' (pos %d)", names[j], j + 1);
                }
            }
            PyTraceback next = checkNext(v[0]);
            if (!(v[1] instanceof PyFrame fo)) {
                throw PyErr.typeError("TracebackType() argument 'tb_frame' must be frame, not %s", v[1].type().name());
            }
            int lasti = intArg(v[2]);
            int lineno = intArg(v[3]);
            PyTraceback tb = new PyTraceback(next, fo.frame, lasti);
            tb.explicitLineno = lineno;
            return tb;
        };
        TYPE.ready();
        // tb_dir: the four attributes
        dev.adder.runtime.objects.PyMethodDescr.noArgs(TYPE, "__dir__", o -> dev.adder.runtime.objects.PyList.of(
                PyStr.of("tb_frame"), PyStr.of("tb_next"), PyStr.of("tb_lasti"), PyStr.of("tb_lineno")));
        TYPE.setAttribute("tb_next", new PyGetSetDescr(TYPE, "tb_next",
                o -> ((PyTraceback) o).next == null ? PyNone.NONE : ((PyTraceback) o).next, (o, v) -> {
                    if (v == null) {
                        throw PyErr.typeError("can't delete tb_next attribute");
                    }
                    PyTraceback self = (PyTraceback) o;
                    if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
                        throw PyErr.typeError("expected traceback object, got '%s'", v.type().name());
                    }
                    PyTraceback n = checkNext(v);
                    for (PyTraceback c = n; c != null; c = c.next) {
                        if (c == self) {
                            throw PyErr.valueError("traceback loop detected");
                        }
                    }
                    self.next = n;
                }));
        TYPE.setAttribute("tb_frame", new PyMemberDescr(TYPE, "tb_frame", o -> ((PyTraceback) o).frame.frameObject(),
                null));
        TYPE.setAttribute("tb_lineno", new PyGetSetDescr(TYPE, "tb_lineno",
                o -> PyInt.of(((PyTraceback) o).lineno()), null));
        TYPE.setAttribute("tb_lasti", new PyMemberDescr(TYPE, "tb_lasti", o -> PyInt.of(((PyTraceback) o).lasti),
                null));
    }

    private static PyTraceback checkNext(PyObject v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyTraceback t) {
            return t;
        }
        throw PyErr.typeError("expected traceback object or None, got '%s'", v.type().name());
    }

    private static int intArg(PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", v.type().name());
        }
        return i.intValueExact();
    }

    /** The entry of the called frame, or null. */
    public PyTraceback next;
    /** The frame. */
    public final Frame frame;
    /** The frame's code. */
    public final PyCode code;
    /** Byte offset of the instruction that raised. */
    public final int lasti;
    /** The line given to the constructor ({@code TracebackType(...)}), or -2 to compute it from {@link #lasti}. */
    private int explicitLineno = -2;

    PyTraceback(PyTraceback next, Frame frame, int lasti) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.code = frame.code;
        this.lasti = lasti;
    }

    /** The line number of the failing instruction. */
    public int lineno() {
        if (explicitLineno != -2) {
            return explicitLineno;
        }
        int line = code.lineForOffset(lasti);
        // a generator entered by throw() before it started stops at GEN_START, which has no line:
        // 3.11 reports the definition's line, as for its RESUME
        return line < 0 && lasti == 0 ? code.unit.co_firstlineno() : line;
    }
}
