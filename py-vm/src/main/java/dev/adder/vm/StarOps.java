package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code IMPORT_STAR} and the {@code except*} opcodes {@code CHECK_EG_MATCH} and
 * {@code PREP_RERAISE_STAR} (3.11's, added to the 3.10 instruction set; see docs/decisions.md).
 *
 * <p>CPython: Python/ceval.c ({@code import_all_from}, {@code exception_group_match},
 * {@code check_except_star_type_valid}), Objects/exceptions.c ({@code _PyExc_PrepReraiseStar},
 * {@code exception_group_projection}, {@code exceptiongroup_subset}).
 */
final class StarOps {
    private StarOps() {
    }

    static int rare(ThreadState ts, Frame f, int op, int arg, int sp) {
        PyObject[] s = f.localsplus;
        switch (op) {
            case 84: { // IMPORT_STAR: module ->
                PyObject from = s[--sp];
                s[sp] = null;
                if (f.locals == null) {
                    throw PyErr.systemError("no locals found during 'import *'");
                }
                importAllFrom(f.locals, from);
                return sp;
            }
            case 37: { // CHECK_EG_MATCH: exc type -> rest match | exc None
                PyObject matchType = s[--sp];
                s[sp] = null;
                checkExceptStarType(matchType);
                PyObject[] mr = exceptionGroupMatch(s[sp - 1], matchType);
                if (mr[0] == PyNone.NONE) {
                    s[sp++] = PyNone.NONE;
                } else {
                    s[sp - 1] = mr[1];
                    s[sp++] = mr[0];
                    ts.excInfo = mr[0];
                }
                return sp;
            }
            case 88: { // PREP_RERAISE_STAR: orig list -> exc | None
                PyList excs = (PyList) s[--sp];
                s[sp] = null;
                s[sp - 1] = prepReraiseStar(s[sp - 1], excs);
                return sp;
            }
            default:
                throw PyErr.systemError("unknown opcode %d", op);
        }
    }

    // ------------------------------------------------------------------ import *

    static void importAllFrom(PyObject locals, PyObject v) {
        PyObject all = Abstract.lookupAttr(v, PyStr.of("__all__"));
        boolean skipUnderscores = false;
        if (all == null) {
            PyObject dict = Abstract.lookupAttr(v, PyStr.of("__dict__"));
            if (dict == null) {
                throw PyErr.format(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = dict instanceof PyDict d ? PyList.wrap(d.keysArray(), d.size())
                    : Abstract.call(PyList.TYPE, Abstract.callMethod(dict, "keys"));
            skipUnderscores = true;
        }
        for (int pos = 0;; pos++) {
            PyObject name;
            try {
                name = Abstract.getItem(all, dev.adder.runtime.objects.PyInt.of(pos));
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError)) {
                    break;
                }
                throw e;
            }
            if (!(name instanceof PyStr ns)) {
                PyObject modname = Abstract.getAttr(v, PyStr.of("__name__"));
                if (!(modname instanceof PyStr mn)) {
                    throw PyErr.typeError("module __name__ must be a string, not %s", modname.type().name());
                }
                throw PyErr.typeError("%s in %s.%s must be str, not %s", skipUnderscores ? "Key" : "Item", mn.value(),
                        skipUnderscores ? "__dict__" : "__all__", name.type().name());
            }
            if (skipUnderscores && ns.value().startsWith("_")) {
                continue;
            }
            PyObject value = Abstract.getAttr(v, ns);
            if (locals instanceof PyDict d && locals.getClass() == PyDict.class) {
                d.setItem(ns, value);
            } else {
                Abstract.setItem(locals, ns, value);
            }
        }
    }

    // ------------------------------------------------------------------ except*

    private static boolean isExceptionClass(PyObject x) {
        return x instanceof PyType t && t.isSubtype(PyExc.BaseException);
    }

    static void checkExceptStarType(PyObject right) {
        boolean group = false;
        if (right instanceof PyTuple t) {
            for (PyObject x : t.items()) {
                if (!isExceptionClass(x)) {
                    throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
            }
            for (PyObject x : t.items()) {
                if (((PyType) x).isSubtype(PyExc.BaseExceptionGroup)) {
                    group = true;
                    break;
                }
            }
        } else {
            if (!isExceptionClass(right)) {
                throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            group = ((PyType) right).isSubtype(PyExc.BaseExceptionGroup);
        }
        if (group) {
            throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    private static boolean givenMatches(PyObject exc, PyObject type) {
        PyType t = exc.type();
        if (type instanceof PyTuple tt) {
            for (PyObject x : tt.items()) {
                if (t.isSubtype((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        return t.isSubtype((PyType) type);
    }

    private static boolean isGroup(PyObject e) {
        return e.type().isSubtype(PyExc.BaseExceptionGroup);
    }

    /** {@code {match, rest}}. CPython: {@code exception_group_match}. */
    static PyObject[] exceptionGroupMatch(PyObject exc, PyObject matchType) {
        if (exc == PyNone.NONE) {
            return new PyObject[] {PyNone.NONE, PyNone.NONE};
        }
        if (givenMatches(exc, matchType)) {
            if (isGroup(exc)) {
                return new PyObject[] {exc, PyNone.NONE};
            }
            PyObject wrapped = makeGroup(PyTuple.of(exc));
            PyObject tb = ((PyBaseException) exc).traceback();
            if (tb != null && wrapped instanceof PyBaseException w) {
                w.setTraceback(tb);
            }
            return new PyObject[] {wrapped, PyNone.NONE};
        }
        if (isGroup(exc)) {
            PyObject pair = Abstract.callMethod(exc, "split", matchType);
            if (!(pair instanceof PyTuple p) || p.size() != 2) {
                throw PyErr.typeError("split must return a 2-tuple");
            }
            return new PyObject[] {p.get(0), p.get(1)};
        }
        return new PyObject[] {PyNone.NONE, PyNone.NONE};
    }

    private static boolean sameMetadata(PyObject a, PyObject b) {
        PyBaseException x = (PyBaseException) a;
        PyBaseException y = (PyBaseException) b;
        return Abstract.lookupAttr(x, PyStr.of("__notes__")) == Abstract.lookupAttr(y, PyStr.of("__notes__"))
                && x.traceback() == y.traceback() && x.cause() == y.cause() && x.context() == y.context();
    }

    /** CPython: {@code _PyExc_PrepReraiseStar}. */
    static PyObject prepReraiseStar(PyObject orig, PyList excs) {
        int n = excs.size();
        if (n == 0) {
            return PyNone.NONE;
        }
        if (!isGroup(orig)) {
            return excs.get(0);
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PyObject e = excs.get(i);
            if (e == PyNone.NONE) {
                continue;
            }
            (sameMetadata(e, orig) ? reraised : raised).add(e);
        }
        PyObject reraisedEg = projection(orig, reraised);
        if (raised.isEmpty()) {
            return reraisedEg;
        }
        if (reraisedEg != PyNone.NONE) {
            raised.add(reraisedEg);
        }
        if (raised.size() > 1) {
            return makeGroup(PyList.wrap(raised.toArray(new PyObject[0]), raised.size()));
        }
        return raised.get(0);
    }

    /** {@code BaseExceptionGroup("", excs)}: an ExceptionGroup when all are Exceptions, as its __new__ picks. */
    private static PyObject makeGroup(PyObject excs) {
        PyObject[] items = excs instanceof PyTuple t ? t.items() : ((PyList) excs).toArray();
        boolean allExceptions = true;
        for (PyObject e : items) {
            if (!e.type().isSubtype(PyExc.Exception)) {
                allExceptions = false;
            }
        }
        return Abstract.call(allExceptions ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup, PyStr.of(""), excs);
    }

    private static PyObject[] groupExceptions(PyObject eg) {
        PyObject excs = Abstract.getAttr(eg, "exceptions");
        return excs instanceof PyTuple t ? t.items() : PyTuple.fromIterable(excs).items();
    }

    private static void collectLeaves(PyObject e, Map<PyObject, Boolean> leaves) {
        if (e == PyNone.NONE) {
            return;
        }
        if (isGroup(e)) {
            for (PyObject x : groupExceptions(e)) {
                collectLeaves(x, leaves);
            }
        } else {
            leaves.put(e, Boolean.TRUE);
        }
    }

    /** The part of {@code eg} whose leaves are among those of {@code keep}, or None. */
    private static PyObject projection(PyObject eg, List<PyObject> keep) {
        Map<PyObject, Boolean> leaves = new IdentityHashMap<>();
        for (PyObject e : keep) {
            collectLeaves(e, leaves);
        }
        PyObject r = splitByLeaves(eg, leaves);
        return r == null ? PyNone.NONE : r;
    }

    /** CPython: {@code exception_group_split_recursive} matching leaf identities, match part only. */
    private static PyObject splitByLeaves(PyObject exc, Map<PyObject, Boolean> leaves) {
        if (!isGroup(exc)) {
            return leaves.containsKey(exc) ? exc : null;
        }
        List<PyObject> match = new ArrayList<>();
        PyObject[] items = groupExceptions(exc);
        for (PyObject e : items) {
            PyObject m = splitByLeaves(e, leaves);
            if (m != null) {
                match.add(m);
            }
        }
        if (match.isEmpty()) {
            return null;
        }
        PyObject eg = Abstract.callMethod(exc, "derive", PyList.wrap(match.toArray(new PyObject[0]), match.size()));
        if (!isGroup(eg)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        PyBaseException o = (PyBaseException) exc;
        PyBaseException r = (PyBaseException) eg;
        if (o.traceback() != null) {
            r.setTraceback(o.traceback());
        }
        r.setContext(o.context());
        r.setCause(o.cause());
        PyObject notes = Abstract.lookupAttr(o, PyStr.of("__notes__"));
        if (notes != null && (notes instanceof PyList || notes instanceof PyTuple)) {
            Abstract.setAttr(r, PyStr.of("__notes__"), Abstract.call(PyList.TYPE, notes));
        }
        return eg;
    }
}
