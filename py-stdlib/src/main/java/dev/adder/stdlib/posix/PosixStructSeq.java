package dev.adder.stdlib.posix;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The struct sequences of {@code posix} ({@code os.stat_result}, {@code os.terminal_size},
 * {@code posix.uname_result}, {@code posix.times_result}): a tuple of the visible fields plus
 * attributes that are not in the tuple (such as {@code st_mtime_ns}). Instances can be made from
 * Python with {@code T(sequence, dict=None)} as in CPython.
 *
 * <p>CPython: Objects/structseq.c ({@code structseq_new}, {@code structseq_repr},
 * {@code structseq_reduce}), Modules/posixmodule.c ({@code statresult_new}).
 */
public final class PosixStructSeq extends PyTuple {
    /** The fields past the visible ones. */
    final PyObject[] hidden;

    PosixStructSeq(PyType type, PyObject[] visible, PyObject[] hidden) {
        super(type, visible);
        this.hidden = hidden;
    }

    /** The description of one struct sequence type. */
    static final class Desc {
        final String fullName;
        /** All field names; null for a visible field without a name. */
        final String[] fields;
        /** The names the repr shows for the visible fields. */
        final String[] reprNames;
        final int nSeq;
        final boolean stat;

        Desc(String fullName, String[] fields, String[] reprNames, int nSeq, boolean stat) {
            this.fullName = fullName;
            this.fields = fields;
            this.reprNames = reprNames;
            this.nSeq = nSeq;
            this.stat = stat;
        }
    }

    private static final String[] NEW_KW = {"sequence", "dict"};

    /**
     * A new type {@code module.name}: {@code fields} are all the names (null for a visible field
     * without a name), the first {@code nSeq} of them in the tuple; {@code reprNames} are the names
     * the repr shows for the visible ones.
     */
    static PyType newType(String module, String name, String[] fields, String[] reprNames, int nSeq, boolean stat) {
        PyType t = PyType.builtin(name, PosixStructSeq.class, 0, PyTuple.TYPE);
        Desc d = new Desc(module + "." + name, fields, reprNames, nSeq, stat);
        t.tp_repr = o -> {
            PyTuple tu = (PyTuple) o;
            StringBuilder sb = new StringBuilder(d.fullName).append('(');
            for (int i = 0; i < d.nSeq; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(d.reprNames[i]).append('=').append(Abstract.repr(tu.get(i)).value());
            }
            return PyStr.of(sb.append(')').toString());
        };
        t.tp_new = (type, a, n, kw) -> make(d, type, a, n, kw);
        t.ready();
        int nUnnamed = 0;
        java.util.List<PyObject> match = new java.util.ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            final int k = i;
            if (fields[i] == null) {
                nUnnamed++;
                continue;
            }
            PyGetSetDescr g;
            if (i < nSeq) {
                g = new PyGetSetDescr(t, fields[i], o -> ((PyTuple) o).get(k), null);
                match.add(PyStr.of(fields[i]));
            } else {
                g = new PyGetSetDescr(t, fields[i], o -> ((PosixStructSeq) o).hidden[k - nSeq], null);
            }
            t.setAttribute(fields[i], g);
        }
        PyMethodDescr.noArgs(t, "__reduce__", o -> {
            PosixStructSeq s = (PosixStructSeq) o;
            PyDict dict = new PyDict();
            for (int i = d.nSeq; i < d.fields.length; i++) {
                dict.setItem(PyStr.of(d.fields[i]), s.hidden[i - d.nSeq]);
            }
            return PyTuple.of(o.type(), PyTuple.of(PyTuple.of(s.itemsArray()), dict));
        });
        t.setAttribute("__module__", PyStr.of(module));
        t.setAttribute("n_sequence_fields", PyInt.of(nSeq));
        t.setAttribute("n_fields", PyInt.of(fields.length));
        t.setAttribute("n_unnamed_fields", PyInt.of(nUnnamed));
        t.setAttribute("__match_args__", PyTuple.of(match.toArray(new PyObject[0])));
        return t;
    }

    private static PyObject make(Desc d, PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(d.fullName, a, n, kw, NEW_KW, 0, 1, 2, 0);
        PyObject dict = v[1];
        if (dict == PyNone.NONE) {
            dict = null;
        }
        if (dict != null && !(dict instanceof PyDict)) {
            throw PyErr.typeError("%s() takes a dict as second arg, if any", d.fullName);
        }
        PyObject[] items;
        try {
            items = PyTuple.fromIterable(v[0]).itemsArray();
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            throw PyErr.typeError("constructor requires a sequence");
        }
        int len = items.length;
        int max = d.fields.length;
        if (len < d.nSeq) {
            if (d.nSeq == max) {
                throw PyErr.typeError("%s() takes a %d-sequence (%d-sequence given)", d.fullName, d.nSeq, len);
            }
            throw PyErr.typeError("%s() takes an at least %d-sequence (%d-sequence given)", d.fullName, d.nSeq, len);
        }
        if (len > max) {
            if (d.nSeq == max) {
                throw PyErr.typeError("%s() takes a %d-sequence (%d-sequence given)", d.fullName, d.nSeq, len);
            }
            throw PyErr.typeError("%s() takes an at most %d-sequence (%d-sequence given)", d.fullName, max, len);
        }
        PyObject[] vis = new PyObject[d.nSeq];
        System.arraycopy(items, 0, vis, 0, d.nSeq);
        PyObject[] hid = new PyObject[max - d.nSeq];
        for (int i = d.nSeq; i < max; i++) {
            PyObject x = null;
            if (i < len) {
                x = items[i];
            } else if (dict != null) {
                x = ((PyDict) dict).getItem(PyStr.of(d.fields[i]));
            }
            hid[i - d.nSeq] = x == null ? PyNone.NONE : x;
        }
        if (d.stat) {
            // st_atime, st_mtime, st_ctime (floats) default to the integer times of the tuple
            for (int i = 0; i < 3; i++) {
                if (hid[i] == PyNone.NONE) {
                    hid[i] = vis[7 + i];
                }
            }
        }
        return new PosixStructSeq(type, vis, hid);
    }

    /** An instance of {@code type} (made by {@link #newType}) from its visible and hidden values. */
    static PosixStructSeq of(PyType type, PyObject[] visible, PyObject[] hidden) {
        return new PosixStructSeq(type, visible, hidden);
    }
}
