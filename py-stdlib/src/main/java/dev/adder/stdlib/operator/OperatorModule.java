package dev.adder.stdlib.operator;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code _operator} module, in part: {@code _compare_digest} (which {@code hmac}, and so
 * {@code secrets}, import from it) and the module's docstring. Its other functions are not here:
 * {@code operator.py} defines them all in Python and replaces them only with the names this
 * module exports, so {@code operator} keeps its pure-Python functions.
 *
 * <p>CPython: {@code Modules/_operator.c} ({@code _operator__compare_digest_impl}, {@code _tscmp}).
 */
public final class OperatorModule implements BuiltinModule {
    /** The docstring {@code operator} takes over ({@code from _operator import __doc__}). */
    private static final String DOC = "Operator interface.\n"
            + "\n"
            + "This module exports a set of functions implemented in C corresponding\n"
            + "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
            + "is equivalent to the expression x+y.  The function names are those\n"
            + "used for special methods; variants without leading and trailing\n"
            + "'__' are also provided for convenience.";

    @Override
    public String name() {
        return "_operator";
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        PyBuiltinFunction f = new PyBuiltinFunction("_compare_digest", "_compare_digest", m, (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("_operator._compare_digest", kw);
            BuiltinArgs.checkPositional("_compare_digest", n, 2, 2);
            return PyBool.of(compareDigest(a[0], a[1]));
        });
        m.dict.setItem(PyStr.of("_compare_digest"), f);
        // index: operator.py's own calls a.__index__(), an AttributeError for a float where
        // CPython's (PyNumber_Index) raises TypeError
        PyBuiltinFunction index = new PyBuiltinFunction("index", "index", m, (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("_operator.index", kw);
            if (n != 1) {
                throw PyErr.typeError("_operator.index() takes exactly one argument (%d given)", n);
            }
            return dev.adder.runtime.Abstract.index(a[0]).exact();
        });
        m.dict.setItem(PyStr.of("index"), index);
    }

    /**
     * {@code a == b} for two ASCII strs or two bytes-like objects, in a time that depends on the
     * lengths only, not on where the contents first differ.
     */
    static boolean compareDigest(PyObject a, PyObject b) {
        byte[] x;
        byte[] y;
        if (a instanceof PyStr s && b instanceof PyStr t) {
            x = ascii(s);
            y = ascii(t);
            if (x == null || y == null) {
                throw PyErr.typeError("comparing strings with non-ASCII characters is not supported");
            }
        } else {
            if (BytesOps.bufferOrNull(a) == null && BytesOps.bufferOrNull(b) == null) {
                throw PyErr.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                        a.type().name(), b.type().name());
            }
            x = BytesOps.contiguousBuffer(a);
            y = BytesOps.contiguousBuffer(b);
        }
        return sameInConstantTime(x, y);
    }

    private static byte[] ascii(PyStr s) {
        String v = s.value();
        byte[] r = new byte[v.length()];
        for (int i = 0; i < r.length; i++) {
            char c = v.charAt(i);
            if (c > 127) {
                return null;
            }
            r[i] = (byte) c;
        }
        return r;
    }

    /**
     * Every byte of {@code b} is read whatever the contents; when the lengths differ, {@code b}
     * is compared with itself and the answer is false (CPython's {@code _tscmp}).
     */
    private static boolean sameInConstantTime(byte[] a, byte[] b) {
        byte[] left = a.length == b.length ? a : b;
        int result = a.length == b.length ? 0 : 1;
        for (int i = 0; i < b.length; i++) {
            result |= left[i] ^ b[i];
        }
        return result == 0;
    }
}
