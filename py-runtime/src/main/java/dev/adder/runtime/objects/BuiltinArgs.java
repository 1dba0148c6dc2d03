package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;

/**
 * Argument checking for functions and constructors written in Java, with CPython's messages.
 *
 * <p>CPython: Python/getargs.c ({@code _PyArg_CheckPositional}, {@code _PyArg_NoKeywords},
 * {@code _PyArg_UnpackKeywords}, {@code error_unexpected_keyword_arg}). The calling convention is
 * the vectorcall one of {@link dev.adder.runtime.Slots.CallFunc}: positional arguments
 * {@code args[0..nargs)}, then keyword values named by {@code kwnames} (null for none).
 */
public final class BuiltinArgs {
    private BuiltinArgs() {
    }

    /** The number of keyword arguments ({@code kwnames} may be null). */
    public static int kwCount(PyTuple kwnames) {
        return kwnames == null ? 0 : kwnames.size();
    }

    /** "{@code name}() takes no keyword arguments" when any keyword is given. */
    public static void noKeywords(String name, PyTuple kwnames) {
        if (kwnames != null && kwnames.size() > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    /** {@code METH_O}: exactly one positional argument, no keywords. */
    public static void exactlyOne(String name, int nargs, PyTuple kwnames) {
        noKeywords(name, kwnames);
        if (nargs != 1) {
            throw PyErr.typeError("%s() takes exactly one argument (%d given)", name, nargs);
        }
    }

    /** {@code METH_NOARGS}: no arguments at all. */
    public static void noArgs(String name, int nargs, PyTuple kwnames) {
        noKeywords(name, kwnames);
        if (nargs != 0) {
            throw PyErr.typeError("%s() takes no arguments (%d given)", name, nargs);
        }
    }

    /** {@code _PyArg_CheckPositional}: "{@code name} expected [at least/at most ]N argument(s), got M". */
    public static void checkPositional(String name, int nargs, int min, int max) {
        if (nargs < min) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                    min == 1 ? "" : "s", nargs);
        }
        if (nargs > max) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                    max == 1 ? "" : "s", nargs);
        }
    }

    /** Positional-only arguments in {@code min..max} and no keywords (the common builtin form). */
    public static void positional(String name, int nargs, PyTuple kwnames, int min, int max) {
        noKeywords(name, kwnames);
        checkPositional(name, nargs, min, max);
    }

    /**
     * {@code _PyArg_UnpackKeywords}: binds positional and keyword arguments to the parameters
     * {@code names}, of which the first {@code posonly} are positional-only; {@code minpos}
     * parameters are required, at most {@code maxpos} may be given by position, and the
     * parameters after {@code maxpos} are keyword-only ({@code minkw} of them required). Returns
     * one slot per parameter, null where nothing was given.
     */
    public static PyObject[] unpack(String fname, PyObject[] args, int nargs, PyTuple kwnames, String[] names,
            int posonly, int minpos, int maxpos, int minkw) {
        int maxargs = names.length;
        int nkw = kwCount(kwnames);
        PyObject[] out = new PyObject[maxargs];
        if (nkw == 0 && minkw == 0 && minpos <= nargs && nargs <= maxpos) {
            System.arraycopy(args, 0, out, 0, nargs);
            return out;
        }
        if (nargs + nkw > maxargs) {
            throw PyErr.typeError("%s() takes at most %d %sargument%s (%d given)", fname, maxargs,
                    nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
        }
        if (nargs > maxpos) {
            if (maxpos == 0) {
                throw PyErr.typeError("%s() takes no positional arguments", fname);
            }
            throw PyErr.typeError("%s() takes %s %d positional argument%s (%d given)", fname,
                    minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        }
        int minposonly = Math.min(posonly, minpos);
        if (nargs < minposonly) {
            throw PyErr.typeError("%s() takes %s %d positional argument%s (%d given)", fname,
                    minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
        }
        System.arraycopy(args, 0, out, 0, nargs);
        int reqlimit = minkw != 0 ? maxpos + minkw : minpos;
        int left = nkw;
        for (int i = Math.max(nargs, posonly); i < maxargs; i++) {
            PyObject v;
            if (left > 0) {
                v = findKeyword(args, nargs, kwnames, names[i]);
            } else if (i >= reqlimit) {
                break;
            } else {
                v = null;
            }
            out[i] = v;
            if (v != null) {
                left--;
            } else if (i < minpos || (maxpos <= i && i < reqlimit)) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            }
        }
        if (left > 0) {
            for (int i = posonly; i < nargs; i++) {
                if (findKeyword(args, nargs, kwnames, names[i]) != null) {
                    throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fname,
                            names[i], i + 1);
                }
            }
            throw invalidKeyword(fname, kwnames, names, posonly);
        }
        return out;
    }

    private static PyObject findKeyword(PyObject[] args, int nargs, PyTuple kwnames, String name) {
        for (int i = 0; i < kwnames.size(); i++) {
            if (((PyStr) kwnames.get(i)).value().equals(name)) {
                return args[nargs + i];
            }
        }
        return null;
    }

    /** "'k' is an invalid keyword argument for f()" for the first keyword not among the names. */
    public static RuntimeException invalidKeyword(String fname, PyTuple kwnames, String[] names, int posonly) {
        for (int i = 0; i < kwnames.size(); i++) {
            String k = ((PyStr) kwnames.get(i)).value();
            boolean known = false;
            for (int j = posonly; j < names.length; j++) {
                if (names[j].equals(k)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                return PyErr.typeError("'%s' is an invalid keyword argument for %s()", k, fname);
            }
        }
        return PyErr.typeError("invalid keyword argument for %s()", fname);
    }
}
