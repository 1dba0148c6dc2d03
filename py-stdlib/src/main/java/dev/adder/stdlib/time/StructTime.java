package dev.adder.stdlib.time;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code time.struct_time}: a struct sequence of nine visible fields (a tuple) and two more
 * attributes, {@code tm_zone} and {@code tm_gmtoff}.
 *
 * <p>CPython: {@code Modules/timemodule.c} ({@code struct_time_type_desc}), Objects/structseq.c.
 */
public final class StructTime extends PyTuple {
    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
    /** {@code time.struct_time}. */
    public static final PyType TYPE = PyType.builtin("time.struct_time", StructTime.class, 0, PyTuple.TYPE);

    final PyObject zone;
    final PyObject gmtoff;

    StructTime(PyObject[] nine, PyObject zone, PyObject gmtoff) {
        super(TYPE, nine);
        this.zone = zone;
        this.gmtoff = gmtoff;
    }

    static StructTime of(long[] f, String zone, long gmtoff) {
        PyObject[] v = new PyObject[9];
        for (int i = 0; i < 9; i++) {
            v[i] = PyInt.of(f[i]);
        }
        return new StructTime(v, PyStr.of(zone), PyInt.of(gmtoff));
    }

    private static final String[] NEW_KW = {"sequence", "dict"};

    private static PyObject extra(PyObject dict, String name) {
        if (dict == null) {
            return PyNone.NONE;
        }
        PyObject v = ((dev.adder.runtime.objects.PyDict) dict).getItem(PyStr.of(name));
        return v == null ? PyNone.NONE : v;
    }

    static {
        PyType t = TYPE;
        t.tp_repr = o -> {
            PyTuple tu = (PyTuple) o;
            StringBuilder sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < 9; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(FIELDS[i]).append('=').append(Abstract.repr(tu.get(i)).value());
            }
            return PyStr.of(sb.append(')').toString());
        };
        t.tp_new = (type, a, n, kw) -> {
            PyObject[] v = dev.adder.runtime.objects.BuiltinArgs.unpack("structseq", a, n, kw, NEW_KW, 0, 1, 2, 0);
            PyObject seq = v[0];
            PyObject dict = v[1];
            if (dict != null && !(dict instanceof dev.adder.runtime.objects.PyDict)) {
                throw PyErr.typeError("time.struct_time() takes a dict as second arg, if any");
            }
            PyObject[] items;
            try {
                items = PyTuple.fromIterable(seq).itemsArray();
            } catch (dev.adder.runtime.PyException e) {
                if (!e.matches(dev.adder.runtime.exceptions.PyExc.TypeError)) {
                    throw e;
                }
                throw PyErr.typeError("constructor requires a sequence");
            }
            if (items.length < 9) {
                throw PyErr.typeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)",
                        items.length);
            }
            if (items.length > 11) {
                throw PyErr.typeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)",
                        items.length);
            }
            PyObject[] nine = new PyObject[9];
            System.arraycopy(items, 0, nine, 0, 9);
            PyObject zone = items.length > 9 ? items[9] : extra(dict, "tm_zone");
            PyObject off = items.length > 10 ? items[10] : extra(dict, "tm_gmtoff");
            return new StructTime(nine, zone, off);
        };
        t.ready();
        PyObject[] names = new PyObject[9];
        for (int i = 0; i < 11; i++) {
            final int k = i;
            PyGetSetDescr d;
            if (i < 9) {
                d = new PyGetSetDescr(t, FIELDS[i], o -> ((PyTuple) o).get(k), null);
                names[i] = PyStr.of(FIELDS[i]);
            } else if (i == 9) {
                d = new PyGetSetDescr(t, FIELDS[i], o -> ((StructTime) o).zone, null);
            } else {
                d = new PyGetSetDescr(t, FIELDS[i], o -> ((StructTime) o).gmtoff, null);
            }
            t.setAttribute(FIELDS[i], d);
        }
        dev.adder.runtime.objects.PyMethodDescr.noArgs(t, "__reduce__", o -> {
            StructTime st = (StructTime) o;
            dev.adder.runtime.objects.PyDict d = new dev.adder.runtime.objects.PyDict();
            d.setItem(PyStr.of("tm_zone"), st.zone);
            d.setItem(PyStr.of("tm_gmtoff"), st.gmtoff);
            return PyTuple.of(TYPE, PyTuple.of(PyTuple.of(st.itemsArray()), d));
        });
        t.setAttribute("__module__", PyStr.of("time"));
        t.setAttribute("n_sequence_fields", PyInt.of(9));
        t.setAttribute("n_fields", PyInt.of(11));
        t.setAttribute("n_unnamed_fields", PyInt.of(0));
        t.setAttribute("__match_args__", PyTuple.of(names));
    }
}
