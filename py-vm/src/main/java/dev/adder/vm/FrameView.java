package dev.adder.vm;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;

/**
 * A read-only view of a suspended generator's {@link Frame} for {@code gi_frame}, {@code cr_frame}
 * and {@code ag_frame}, until the full frame object exists: {@code f_code}, {@code f_lineno},
 * {@code f_lasti}, {@code f_globals}, {@code f_back} (None while suspended).
 *
 * <p>CPython: Objects/frameobject.c ({@code PyFrameObject}).
 */
final class FrameView extends PyObject {
    /** {@code frame}. */
    static final PyType TYPE = PyType.builtin("frame", FrameView.class, 0);

    final Frame frame;

    private FrameView(Frame frame) {
        super(TYPE);
        this.frame = frame;
    }

    static PyObject of(Frame f) {
        return new FrameView(f);
    }

    /** The current line; before the first instruction ran, the definition's line (3.11's RESUME line). */
    static int lineno(Frame f) {
        int line = f.lineno();
        return line < 0 && f.lasti == 0 ? f.code.unit.co_firstlineno() : line;
    }

    static {
        TYPE.ready();
        TYPE.setAttribute("f_code", new PyGetSetDescr(TYPE, "f_code", o -> ((FrameView) o).frame.code, null));
        TYPE.setAttribute("f_lineno", new PyGetSetDescr(TYPE, "f_lineno",
                o -> PyInt.of(lineno(((FrameView) o).frame)), null));
        TYPE.setAttribute("f_lasti", new PyGetSetDescr(TYPE, "f_lasti",
                o -> PyInt.of(((FrameView) o).frame.lasti), null));
        TYPE.setAttribute("f_globals", new PyGetSetDescr(TYPE, "f_globals", o -> ((FrameView) o).frame.globals,
                null));
        TYPE.setAttribute("f_back", new PyGetSetDescr(TYPE, "f_back", o -> PyNone.NONE, null));
    }
}
