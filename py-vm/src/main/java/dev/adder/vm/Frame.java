package dev.adder.vm;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyDict;

/**
 * An execution frame: a lean Java object (a Python-visible frame object is made only on demand).
 * {@link #localsplus} holds the fast locals, then the cells and free variables, then the value stack.
 *
 * <p>CPython: Include/internal/pycore_frame.h ({@code _PyInterpreterFrame}), Objects/frameobject.c.
 */
public final class Frame {
    /** Block types of the block stack (CPython 3.10's {@code SETUP_FINALLY} and the handler block). */
    static final int SETUP_FINALLY = 0;
    static final int EXCEPT_HANDLER = 1;
    /** CPython's {@code CO_MAXBLOCKS}. */
    static final int MAXBLOCKS = 20;

    final PyCode code;
    final PyDict globals;
    final PyDict builtins;
    /** The locals mapping of module and class bodies (null in functions). */
    final PyObject locals;
    final PyObject[] localsplus;
    /** Byte offset of the instruction being executed. */
    int lasti;
    /** Value-stack pointer (absolute index into {@link #localsplus}) saved at calls and exceptions. */
    int sp;
    /** The block stack as (type, handler, level) triples (made at the first SETUP_FINALLY). */
    int[] blocks;
    int nblocks;
    /** The calling frame. */
    Frame back;
    /** The Python-visible frame object, made on demand. */
    PyFrame frameObject;
    /** Set when the frame returned from the loop at a yield (CPython's {@code FRAME_SUSPENDED}). */
    boolean suspended;
    /** Set when compiled code handed this frame to the evaluation loop, which then finishes it. */
    boolean interpOnly;
    /** The generator, coroutine or async generator that runs this frame, else null. */
    PyGenerator generator;

    Frame(PyCode code, PyDict globals, PyDict builtins, PyObject locals) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.localsplus = new PyObject[code.nlocalsplus + code.stacksize + 1];
        this.sp = code.nlocalsplus;
    }

    /** The code being run. */
    public PyCode code() {
        return code;
    }

    /** The Python-visible {@code frame} object of this frame (made at the first request). */
    public PyFrame frameObject() {
        PyFrame fo = frameObject;
        if (fo == null) {
            fo = new PyFrame(this);
            frameObject = fo;
        }
        return fo;
    }

    /** The calling frame, or null. */
    public Frame back() {
        return back;
    }

    /** The current line number. */
    public int lineno() {
        return code.lineForOffset(lasti);
    }
}
