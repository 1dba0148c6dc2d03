package dev.adder.vm;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;

/**
 * One entry of an exception's traceback: a frame's code and the offset of the failing
 * instruction, linked to the entry of the frame it called.
 *
 * <p>CPython: Python/traceback.c ({@code PyTracebackObject}).
 */
public final class PyTraceback extends PyObject {
    /** {@code traceback}. */
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, 0);

    static {
        TYPE.ready();
        TYPE.setAttribute("tb_next", new PyGetSetDescr(TYPE, "tb_next",
                o -> ((PyTraceback) o).next == null ? PyNone.NONE : ((PyTraceback) o).next, null));
        TYPE.setAttribute("tb_lineno", new PyGetSetDescr(TYPE, "tb_lineno",
                o -> PyInt.of(((PyTraceback) o).lineno()), null));
        TYPE.setAttribute("tb_lasti", new PyGetSetDescr(TYPE, "tb_lasti", o -> PyInt.of(((PyTraceback) o).lasti),
                null));
    }

    /** The entry of the called frame, or null. */
    public final PyTraceback next;
    /** The frame's code. */
    public final PyCode code;
    /** Byte offset of the instruction that raised. */
    public final int lasti;

    PyTraceback(PyTraceback next, PyCode code, int lasti) {
        super(TYPE);
        this.next = next;
        this.code = code;
        this.lasti = lasti;
    }

    /** The line number of the failing instruction. */
    public int lineno() {
        int line = code.lineForOffset(lasti);
        // a generator entered by throw() before it started stops at GEN_START, which has no line:
        // 3.11 reports the definition's line, as for its RESUME
        return line < 0 && lasti == 0 ? code.unit.co_firstlineno() : line;
    }
}
