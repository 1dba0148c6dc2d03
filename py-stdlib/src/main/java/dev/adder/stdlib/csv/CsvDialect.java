package dev.adder.stdlib.csv;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code _csv.Dialect}: the checked, immutable set of formatting parameters that readers and
 * writers use. It is built from an optional base (a registered name, another dialect, or any
 * object or class with the parameters as attributes) overridden by keyword arguments, with
 * CPython's defaults, type checks and messages.
 *
 * <p>CPython: {@code Modules/_csv.c} ({@code DialectObj}, {@code dialect_new}).
 */
class CsvDialect extends PyObject {
    /** {@code _csv.Dialect}. */
    static final PyType TYPE = PyType.builtin("_csv.Dialect", CsvDialect.class, PyType.BASETYPE);

    /** A character parameter that is not set (None). */
    static final int NOT_SET = -1;

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;

    /** The parameter names, in the order of the constructor's arguments after {@code dialect}. */
    static final String[] PARAMS = {"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
        "quoting", "skipinitialspace", "strict"};

    int delimiter;
    boolean doublequote;
    int escapechar;
    PyStr lineterminator;
    int quotechar;
    int quoting;
    boolean skipinitialspace;
    boolean strict;

    CsvDialect(PyType type) {
        super(type);
    }

    /**
     * {@code Dialect(dialect=None, delimiter=..., ...)}: the arguments bound as by
     * {@code PyArg_ParseTupleAndKeywords} without a function name.
     */
    static PyObject create(PyType type, PyObject[] args, int nargs, PyTuple kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.size();
        int max = PARAMS.length + 1;
        if (nargs + nkw > max) {
            throw PyErr.typeError("function takes at most %d %sarguments (%d given)", max,
                    nargs == 0 ? "keyword " : "", nargs + nkw);
        }
        PyObject[] v = new PyObject[max];
        System.arraycopy(args, 0, v, 0, nargs);
        for (int k = 0; k < nkw; k++) {
            String name = ((PyStr) kwnames.get(k)).value();
            int i = indexOf(name);
            if (i < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for this function", name);
            }
            if (i < nargs) {
                throw PyErr.typeError("argument for function given by name ('%s') and position (%d)", name, i + 1);
            }
            v[i] = args[nargs + k];
        }
        PyObject[] params = new PyObject[PARAMS.length];
        System.arraycopy(v, 1, params, 0, params.length);
        return create(type, v[0], params);
    }

    private static int indexOf(String name) {
        if (name.equals("dialect")) {
            return 0;
        }
        for (int i = 0; i < PARAMS.length; i++) {
            if (PARAMS[i].equals(name)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A dialect of {@code type} from {@code base} (may be null) and {@code params} (null: not given). */
    static PyObject create(PyType type, PyObject base, PyObject[] params) {
        boolean anyParam = false;
        for (PyObject p : params) {
            anyParam |= p != null;
        }
        if (base != null) {
            if (base instanceof PyStr) {
                base = CsvModule.currentState().lookup(base);
            }
            if (base instanceof CsvDialect && !anyParam) {
                return base;
            }
        }
        PyObject[] p = params.clone();
        if (base != null) {
            for (int i = 0; i < p.length; i++) {
                if (p[i] == null) {
                    try {
                        p[i] = Abstract.getAttr(base, PARAMS[i]);
                    } catch (PyException e) {
                        p[i] = null;
                    }
                }
            }
        }
        CsvDialect d = type == TYPE ? new CsvDialect(type) : new Sub(type);
        d.delimiter = charParam("delimiter", p[0], ',', false);
        d.doublequote = p[1] == null || Abstract.isTrue(p[1]);
        d.escapechar = charParam("escapechar", p[2], NOT_SET, true);
        d.lineterminator = strParam("lineterminator", p[3], "\r\n");
        d.quotechar = charParam("quotechar", p[4], '"', true);
        d.quoting = intParam("quoting", p[5], QUOTE_MINIMAL);
        d.skipinitialspace = p[6] != null && Abstract.isTrue(p[6]);
        d.strict = p[7] != null && Abstract.isTrue(p[7]);
        if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NONE) {
            throw PyErr.typeError("bad \"quoting\" value");
        }
        if (d.delimiter == NOT_SET) {
            throw PyErr.typeError("\"delimiter\" must be a 1-character string");
        }
        if (p[4] == PyNone.NONE && p[5] == null) {
            d.quoting = QUOTE_NONE;
        }
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
            throw PyErr.typeError("quotechar must be set if quoting enabled");
        }
        if (d.lineterminator == null) {
            throw PyErr.typeError("lineterminator must be set");
        }
        return d;
    }

    private static int charParam(String name, PyObject v, int dflt, boolean noneAllowed) {
        if (v == null) {
            return dflt;
        }
        if (v == PyNone.NONE && noneAllowed) {
            return NOT_SET;
        }
        if (!(v instanceof PyStr)) {
            throw PyErr.typeError("\"%s\" must be string%s, not %s", name, noneAllowed ? " or None" : "",
                    v.type().name());
        }
        PyStr s = (PyStr) v;
        if (s.length() != 1) {
            throw PyErr.typeError("\"%s\" must be a 1-character string", name);
        }
        return s.codePointAt(0);
    }

    private static PyStr strParam(String name, PyObject v, String dflt) {
        if (v == null) {
            return PyStr.of(dflt);
        }
        if (v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof PyStr)) {
            throw PyErr.typeError("\"%s\" must be a string", name);
        }
        return (PyStr) v;
    }

    private static int intParam(String name, PyObject v, int dflt) {
        if (v == null) {
            return dflt;
        }
        if (v.type() != PyInt.TYPE) {
            throw PyErr.typeError("\"%s\" must be an integer", name);
        }
        return ((PyInt) v).intValueExact();
    }

    private static PyObject charOrNone(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.ofCodePoint(c);
    }

    private static CsvDialect self(PyObject o) {
        return (CsvDialect) o;
    }

    /** A read-only attribute with the message of a read-only member ({@code T_BOOL, READONLY}). */
    static void readonlyMember(PyType t, String name, java.util.function.Function<PyObject, PyObject> getter) {
        t.setAttribute(name, new PyGetSetDescr(t, name, getter, (o, v) -> {
            throw PyErr.attributeError("readonly attribute");
        }));
    }

    static {
        PyType t = TYPE;
        t.tp_new = CsvDialect::create;
        t.ready();
        t.setNewInitializes();
        readonlyMember(t, "skipinitialspace", o -> PyBool.of(self(o).skipinitialspace));
        readonlyMember(t, "doublequote", o -> PyBool.of(self(o).doublequote));
        readonlyMember(t, "strict", o -> PyBool.of(self(o).strict));
        t.setAttribute("delimiter", new PyGetSetDescr(t, "delimiter", o -> charOrNone(self(o).delimiter), null));
        t.setAttribute("escapechar", new PyGetSetDescr(t, "escapechar", o -> charOrNone(self(o).escapechar), null));
        t.setAttribute("lineterminator", new PyGetSetDescr(t, "lineterminator", o -> self(o).lineterminator, null));
        t.setAttribute("quotechar", new PyGetSetDescr(t, "quotechar", o -> charOrNone(self(o).quotechar), null));
        t.setAttribute("quoting", new PyGetSetDescr(t, "quoting", o -> PyInt.of(self(o).quoting), null));
        t.setAttribute("__doc__",
                PyStr.of("CSV dialect\n\nThe checked formatting parameters of CSV readers and writers."));
    }

    /** An instance of a class defined in Python whose base is {@code Dialect}. */
    static final class Sub extends CsvDialect implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type) {
            super(type);
            dict = type.instancesHaveDict() ? new PyDict() : null;
            slots = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
        }

        @Override
        public PyObject[] slotArray() {
            return slots;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }
}
