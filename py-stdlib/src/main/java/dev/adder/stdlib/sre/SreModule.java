package dev.adder.stdlib.sre;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.stdlib.sre.internal.SreChars;
import dev.adder.stdlib.sre.internal.SreConstants;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code _sre} module: the regular-expression engine that Lib/re drives. Lib/re/_compiler.py
 * turns a pattern into a list of codes and calls {@code compile}, which makes a
 * {@link SrePattern}.
 *
 * <p>CPython: Modules/_sre/sre.c (module functions and constants).
 */
public final class SreModule implements BuiltinModule {
    /** {@code SRE_MAXREPEAT}. */
    static final long MAXREPEAT = 0xFFFFFFFFL;
    /** {@code SRE_MAXGROUPS}. */
    static final long MAXGROUPS = Integer.MAX_VALUE / 2;

    @Override
    public String name() {
        return "_sre";
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        PyDict d = m.dict;
        d.setItem(PyStr.of("MAGIC"), PyInt.of(SreConstants.MAGIC));
        d.setItem(PyStr.of("CODESIZE"), PyInt.of(4));
        d.setItem(PyStr.of("MAXREPEAT"), PyInt.of(MAXREPEAT));
        d.setItem(PyStr.of("MAXGROUPS"), PyInt.of(MAXGROUPS));
        d.setItem(PyStr.of("copyright"), PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        fn(m, "getcodesize", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("getcodesize", n, kw);
            return PyInt.of(4);
        });
        fn(m, "ascii_iscased", (self, a, n, kw) -> PyBool.of(SreChars.asciiIsCased(charArg("ascii_iscased", a, n, kw))));
        fn(m, "unicode_iscased",
                (self, a, n, kw) -> PyBool.of(SreChars.unicodeIsCased(charArg("unicode_iscased", a, n, kw))));
        fn(m, "ascii_tolower", (self, a, n, kw) -> {
            int c = charArg("ascii_tolower", a, n, kw);
            return PyInt.of(c < 0 ? c : SreChars.lowerAscii(c));
        });
        fn(m, "unicode_tolower", (self, a, n, kw) -> {
            int c = charArg("unicode_tolower", a, n, kw);
            return PyInt.of(c < 0 ? c : SreChars.lowerUnicode(c));
        });
        fn(m, "compile", SreModule::compile);
    }

    /** {@code __class_getitem__}: {@code re.Pattern[str]} is a {@code types.GenericAlias}. */
    static PyObject classGetItem(String owner) {
        return dev.adder.runtime.objects.PyStaticMethod.classMethod(new PyBuiltinFunction("__class_getitem__",
                owner + ".__class_getitem__", null, (self, a, n, kw) -> {
                    BuiltinArgs.noKeywords("__class_getitem__", kw);
                    if (n != 2) {
                        throw PyErr.typeError("__class_getitem__() takes exactly one argument (%d given)", n - 1);
                    }
                    dev.adder.runtime.Slots.BinaryFunc f = Abstract.genericAliasMaker;
                    if (f == null) {
                        throw PyErr.typeError("type '%s' is not subscriptable", owner);
                    }
                    return f.apply(a[0], a[1]);
                }));
    }

    private static void fn(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private static int charArg(String name, PyObject[] a, int n, dev.adder.runtime.objects.PyTuple kw) {
        BuiltinArgs.exactlyOne(name, n, kw);
        return SrePattern.toCInt(a[0]);
    }

    private static final String[] COMPILE_ARGS = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};

    /** {@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}. */
    private static PyObject compile(PyObject self, PyObject[] args, int nargs, PyTuple kwnames) {
        PyObject[] a = BuiltinArgs.unpack("compile", args, nargs, kwnames, COMPILE_ARGS, 0, 6, 6, 0);
        int flags = SrePattern.toCInt(a[1]);
        if (!(a[2] instanceof PyList codeList)) {
            throw PyErr.typeError("compile() argument 'code' must be list, not %s", a[2].type().name());
        }
        long groups = Abstract.index(a[3]).value;
        if (!(a[4] instanceof PyDict groupindex)) {
            throw PyErr.typeError("compile() argument 'groupindex' must be dict, not %s", a[4].type().name());
        }
        if (!(a[5] instanceof PyTuple indexgroup)) {
            throw PyErr.typeError("compile() argument 'indexgroup' must be tuple, not %s", a[5].type().name());
        }
        int n = codeList.size();
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            PyObject o = codeList.get(i);
            if (!(o instanceof PyInt v)) {
                throw PyErr.typeError("an integer is required");
            }
            if (v.big != null || v.value < 0 || v.value > 0xFFFFFFFFL) {
                throw PyErr.overflowError("regular expression code size limit exceeded");
            }
            code[i] = (int) v.value;
        }
        if (groups < 0 || groups > MAXGROUPS) {
            throw PyErr.format(dev.adder.runtime.exceptions.PyExc.RuntimeError, "invalid SRE code");
        }
        return new SrePattern(a[0], flags, code, (int) groups, groupindex, indexgroup);
    }
}
