package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code _io.IncrementalNewlineDecoder(decoder, translate, errors='strict')}: wraps an incremental
 * decoder (or none, for str input) with universal newline handling.
 *
 * <p>CPython: Modules/_io/textio.c ({@code nldecoder_object}).
 */
public class PyIncrementalNewlineDecoder extends PyObject implements dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

    /** {@code _io.IncrementalNewlineDecoder}. */
    public static final PyType TYPE = PyType.builtin("_io.IncrementalNewlineDecoder",
            PyIncrementalNewlineDecoder.class, PyType.BASETYPE);

    private PyObject decoder = PyNone.NONE;
    private NewlineState state;
    private PyObject errors;
    private final PyDict dict;

    PyIncrementalNewlineDecoder(PyType type) {
        super(type);
        dict = type == TYPE ? null : new PyDict();
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    private static final String[] INIT_NAMES = {"decoder", "translate", "errors"};

    private NewlineState st() {
        if (state == null) {
            throw PyErr.valueError("IncrementalNewlineDecoder.__init__() not called");
        }
        return state;
    }

    static PyIncrementalNewlineDecoder self(PyObject o) {
        return (PyIncrementalNewlineDecoder) o;
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> new PyIncrementalNewlineDecoder(type);
        t.ready();
        SlotWrappers.addWrapper(t, "__init__", (f, s, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("IncrementalNewlineDecoder", a, n, kw, INIT_NAMES, 0, 2, 3, 0);
            PyIncrementalNewlineDecoder d = self(s);
            d.decoder = v[0];
            d.state = new NewlineState(Abstract.isTrue(v[1]));
            d.errors = v[2] == null ? PyStr.of("strict") : v[2];
            return PyNone.NONE;
        });
        PyMethodDescr.full(t, "decode", (s, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("decode", a, n, kw, new String[] {"input", "final"}, 0, 1, 2, 0);
            PyIncrementalNewlineDecoder d = self(s);
            NewlineState st = d.st();
            boolean fin = v[1] != null && Abstract.isTrue(v[1]);
            PyObject out;
            if (d.decoder == PyNone.NONE) {
                out = v[0];
            } else {
                out = Abstract.call(Abstract.getAttr(d.decoder, "decode"), new PyObject[] {v[0], v[1] == null
                        ? dev.adder.runtime.objects.PyBool.FALSE : v[1]}, 1, PyTuple.of(PyStr.of("final")));
            }
            if (!(out instanceof PyStr so)) {
                throw PyErr.typeError("decoder should return a string result, not '%s'", out.type().name());
            }
            return PyStr.of(st.decode(so.value(), fin));
        });
        PyMethodDescr.noArgs(t, "getstate", s -> {
            PyIncrementalNewlineDecoder d = self(s);
            NewlineState st = d.st();
            PyObject buf = PyBytes.EMPTY;
            long flag = 0;
            if (d.decoder != PyNone.NONE) {
                PyObject r = Abstract.callMethod(d.decoder, "getstate");
                if (!(r instanceof PyTuple tr) || tr.size() != 2) {
                    throw PyErr.typeError("illegal decoder state");
                }
                buf = tr.get(0);
                flag = Abstract.index(tr.get(1)).value;
            }
            flag <<= 1;
            if (st.pendingCR) {
                flag |= 1;
            }
            return PyTuple.of(buf, PyInt.of(flag));
        });
        PyMethodDescr.oneArg(t, "setstate", (s, state) -> {
            PyIncrementalNewlineDecoder d = self(s);
            NewlineState st = d.st();
            if (!(state instanceof PyTuple ts) || ts.size() != 2) {
                throw PyErr.typeError("state argument must be a tuple");
            }
            long flag = Abstract.index(ts.get(1)).value;
            st.pendingCR = (flag & 1) != 0;
            if (d.decoder != PyNone.NONE) {
                Abstract.callMethod(d.decoder, "setstate", PyTuple.of(ts.get(0), PyInt.of(flag >> 1)));
            }
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "reset", s -> {
            PyIncrementalNewlineDecoder d = self(s);
            d.st().reset();
            if (d.decoder != PyNone.NONE) {
                Abstract.callMethod(d.decoder, "reset");
            }
            return PyNone.NONE;
        });
        PyIOBase.getter(t, "newlines", s -> self(s).st().newlines());
        t.setAttribute("__doc__", PyStr.of("Codec used when reading a file in universal newlines mode."));
    }
}
