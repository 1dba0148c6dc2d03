package dev.adder.vm;

import dev.adder.bytecode.LineTable;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

/**
 * The Python-visible {@code frame} object, made on demand for a lean {@link Frame} (by
 * {@code sys._getframe}, tracebacks and trace functions) and kept with it afterwards. It also
 * holds the per-frame tracing state ({@code f_trace}, {@code f_trace_lines},
 * {@code f_trace_opcodes}) and the locals dictionary of function frames.
 *
 * <p>CPython: Objects/frameobject.c ({@code PyFrameObject}, {@code PyFrame_FastToLocalsWithError},
 * {@code PyFrame_LocalsToFast}).
 */
public final class PyFrame extends PyObject {
    /** {@code frame}. */
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, 0);

    private static final String[] NAMES = {"f_code", "f_back", "f_globals", "f_builtins", "f_locals", "f_lasti",
        "f_lineno", "f_trace", "f_trace_lines", "f_trace_opcodes"};

    static {
        TYPE.tp_repr = o -> {
            PyFrame fo = (PyFrame) o;
            return PyStr.of("<frame at " + dev.adder.runtime.BaseObject.address(o) + ", file '"
                    + fo.frame.code.unit.co_filename() + "', line " + fo.lineno() + ", code " + fo.frame.code.name
                    + ">");
        };
        TYPE.ready();
        // one getter and one setter for all names: each lambda expression costs a class at start-up
        for (String name : NAMES) {
            TYPE.setAttribute(name, new PyGetSetDescr(TYPE, name, o -> ((PyFrame) o).get(name),
                    (o, v) -> ((PyFrame) o).set(name, v)));
        }
        PyMethodDescr.noArgs(TYPE, "clear", o -> {
            ((PyFrame) o).clear();
            return PyNone.NONE;
        });
    }

    private PyObject get(String name) {
        switch (name) {
            case "f_code": return frame.code;
            case "f_back": return frame.back == null ? PyNone.NONE : frame.back.frameObject();
            case "f_globals": return frame.globals;
            case "f_builtins": return frame.builtins;
            case "f_locals": return locals();
            case "f_lasti": return PyInt.of(frame.lasti);
            case "f_lineno": {
                int line = lineno();
                return line < 0 ? PyNone.NONE : PyInt.of(line);
            }
            case "f_trace": return trace == null ? PyNone.NONE : trace;
            case "f_trace_lines": return PyBool.of(traceLines);
            default: return PyBool.of(traceOpcodes);
        }
    }

    private void set(String name, PyObject v) {
        switch (name) {
            case "f_lineno" -> LineJump.setLineno(ThreadState.current(), this, v);
            case "f_trace" -> trace = v == null || v == PyNone.NONE ? null : v;
            case "f_trace_lines" -> traceLines = boolAttr(v);
            case "f_trace_opcodes" -> traceOpcodes = boolAttr(v);
            default -> throw PyErr.attributeError("attribute '%s' of 'frame' objects is not writable", name);
        }
    }

    private static boolean boolAttr(PyObject v) {
        if (v == null) {
            throw PyErr.attributeError("can't delete attribute");
        }
        if (!(v instanceof PyBool b)) {
            throw PyErr.typeError("attribute value type must be bool");
        }
        return b == PyBool.TRUE;
    }

    /** The frame this object shows. */
    final Frame frame;
    /** {@code f_trace}, or null. */
    PyObject trace;
    boolean traceLines = true;
    boolean traceOpcodes;
    /** True until the first instruction of a frame entered while tracing ran: its first line is always reported. */
    boolean atStart;
    /** While the 'call' event runs, the line reported is the first line ({@code co_firstlineno}). */
    boolean atEntry;
    /**
     * After a jump to a function's def line (which has no instruction of its own here): the line
     * reported until the first instruction's line starts.
     */
    boolean atDefLine;
    /** After a {@code throw()} into the suspended frame: the yield it was suspended at, else -1. */
    int resumedFrom = -1;
    /** The locals dictionary of a function frame (made at the first {@code f_locals}). */
    private PyDict localsDict;

    PyFrame(Frame frame) {
        super(TYPE);
        this.frame = frame;
    }

    /** The Java frame behind this object. */
    public Frame frame() {
        return frame;
    }

    /** {@code f_lineno}: the line of the current instruction (-1 if it has none). */
    public int lineno() {
        if (atEntry || atDefLine) {
            return frame.code.unit.co_firstlineno();
        }
        return frame.code.lineForOffset(frame.lasti);
    }

    /**
     * {@code f_locals}: the locals mapping of module and class bodies; for functions a dictionary
     * refreshed from the fast locals, cells and free variables ({@code PyFrame_FastToLocals}).
     */
    public PyObject locals() {
        if (frame.locals != null) {
            return frame.locals;
        }
        PyDict d = localsDict;
        if (d == null) {
            d = new PyDict();
            localsDict = d;
        }
        fastToLocals(frame, d);
        return d;
    }

    static void fastToLocals(Frame f, PyDict d) {
        PyCode co = f.code;
        PyObject[] s = f.localsplus;
        for (int i = 0; i < co.nlocals; i++) {
            PyObject v = s[i];
            int cell = cellOfArg(co, i);
            if (cell >= 0 && s[co.nlocals + cell] instanceof PyCell c) {
                v = c.ref;
            }
            put(d, co.varnames[i], v);
        }
        for (int i = 0; i < co.ncells + co.nfree; i++) {
            if (i < co.ncells && co.cell2arg[i] >= 0) {
                continue;
            }
            if (i >= co.ncells && (co.flags & 0x01) == 0) {
                continue; // free variables show only in optimized (function) frames
            }
            PyObject c = s[co.nlocals + i];
            put(d, co.cellAndFree[i], c instanceof PyCell cell ? cell.ref : null);
        }
    }

    private static int cellOfArg(PyCode co, int local) {
        for (int j = 0; j < co.ncells; j++) {
            if (co.cell2arg[j] == local) {
                return j;
            }
        }
        return -1;
    }

    private static void put(PyDict d, PyStr name, PyObject v) {
        if (v == null) {
            d.delItem(name);
        } else {
            d.setItem(name, v);
        }
    }

    /** Writes the locals dictionary back to the fast locals after a trace function ran ({@code PyFrame_LocalsToFast}). */
    void localsToFast() {
        PyDict d = localsDict;
        if (d == null || frame.locals != null) {
            return;
        }
        PyCode co = frame.code;
        PyObject[] s = frame.localsplus;
        for (int i = 0; i < co.nlocals; i++) {
            PyObject v = d.getItem(co.varnames[i]);
            int cell = cellOfArg(co, i);
            if (cell >= 0 && s[co.nlocals + cell] instanceof PyCell c) {
                c.ref = v;
            } else {
                s[i] = v;
            }
        }
        for (int i = 0; i < co.ncells + co.nfree; i++) {
            if ((i < co.ncells && co.cell2arg[i] >= 0) || (i >= co.ncells && (co.flags & 0x01) == 0)) {
                continue;
            }
            if (s[co.nlocals + i] instanceof PyCell c) {
                PyObject v = d.getItem(co.cellAndFree[i]);
                if (v != c.ref) {
                    c.ref = v;
                }
            }
        }
    }

    /** True while the frame runs on this thread (it is on the thread's frame stack). */
    private boolean executing() {
        for (Frame x = ThreadState.current().frame; x != null; x = x.back) {
            if (x == frame) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code frame.clear()}: drops the locals of a frame that has finished; a suspended
     * generator's frame closes the generator (CPython: {@code _PyGen_Finalize}).
     */
    void clear() {
        PyGenerator g = frame.generator;
        if (executing() || (g != null && g.running)) {
            throw PyErr.format(PyExc.RuntimeError, "cannot clear an executing frame");
        }
        if (g != null && g.frame == frame) {
            ThreadState ts = ThreadState.current();
            try {
                g.close(ts);
            } catch (PyException e) {
                ts.interp.atexit.unraisable.write(null, g, e);
            }
            return;
        }
        trace = null;
        java.util.Arrays.fill(frame.localsplus, null);
        if (localsDict != null) {
            localsDict.clear();
        }
    }

    /** {@code co_lines} line of {@code offset}, or {@link LineTable#NO_LINE}. */
    static int line(PyCode co, int offset) {
        return co.lineForOffset(offset);
    }
}
