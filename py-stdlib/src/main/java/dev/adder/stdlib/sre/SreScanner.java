package dev.adder.stdlib.sre;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.stdlib.sre.internal.SreState;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one subject (what {@code finditer} iterates).
 *
 * <p>CPython: Modules/_sre/sre.c ({@code ScannerObject}, {@code scanner_match},
 * {@code scanner_search}).
 */
public final class SreScanner extends PyObject {
    /** {@code _sre.SRE_Scanner}. */
    public static final PyType TYPE = PyType.builtin("SRE_Scanner", SreScanner.class, 0);

    private final SrePattern pattern;
    private final Subject subject;
    private final SreState state;
    private boolean executing;

    SreScanner(SrePattern pattern, Subject subject, SreState state) {
        super(TYPE);
        this.pattern = pattern;
        this.subject = subject;
        this.state = state;
    }

    private PyObject next(boolean search) {
        SreState st = state;
        if (st.exhausted) {
            return PyNone.NONE;
        }
        if (executing) {
            throw PyErr.valueError("regular expression scanner already executing");
        }
        executing = true;
        try {
            st.reset();
            st.ptr = st.start;
            boolean ok = SrePattern.run(st, search ? 2 : 0);
            if (!ok) {
                st.exhausted = true;
                return PyNone.NONE;
            }
            PyObject m = new SreMatch(pattern, subject, st);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
            return m;
        } finally {
            executing = false;
        }
    }

    static {
        TYPE.setAttribute("__module__", PyStr.of("_sre"));
        TYPE.tp_new = (t, a, n, kw) -> {
            throw PyErr.typeError("cannot create '_sre.SRE_Scanner' instances");
        };
        TYPE.ready();
        PyMethodDescr.noArgs(TYPE, "match", o -> ((SreScanner) o).next(false));
        PyMethodDescr.noArgs(TYPE, "search", o -> ((SreScanner) o).next(true));
        TYPE.setAttribute("pattern", new PyGetSetDescr(TYPE, "pattern", o -> ((SreScanner) o).pattern, null));
    }
}
