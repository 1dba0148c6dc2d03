package dev.adder.vm.internal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

/**
 * The names the {@code site} module adds to builtins: {@code exit} and {@code quit}
 * ({@code Quitter}), {@code copyright}, {@code credits} and {@code license} ({@code _Printer}),
 * and {@code help} ({@code _Helper}, which delegates to {@code pydoc}).
 *
 * <p>CPython: Lib/_sitebuiltins.py, Lib/site.py ({@code setquit}, {@code setcopyright}).
 */
public final class SiteBuiltins {
    private SiteBuiltins() {
    }

    /** An object with a fixed repr and a call behaviour. */
    static final class SiteObject extends PyObject {
        final String repr;
        final String name;

        SiteObject(PyType t, String name, String repr) {
            super(t);
            this.name = name;
            this.repr = repr;
        }
    }

    /** {@code Quitter}. */
    public static final PyType QUITTER = PyType.builtin("Quitter", SiteObject.class, 0);
    /** {@code _Printer}. */
    public static final PyType PRINTER = PyType.builtin("_Printer", SiteObject.class, 0);
    /** {@code _Helper}. */
    public static final PyType HELPER = PyType.builtin("_Helper", SiteObject.class, 0);

    private static PyDict sysDict;

    static {
        for (PyType t : new PyType[] {QUITTER, PRINTER, HELPER}) {
            t.tp_repr = o -> PyStr.of(((SiteObject) o).repr);
        }
        QUITTER.tp_call = (self, a, n, kw) -> {
            PyObject[] args = BuiltinArgs.unpack("__call__", a, n, kw, new String[] {"code"}, 0, 0, 1, 0);
            PyObject stdin = sysDict == null ? null : sysDict.getItem(PyStr.of("stdin"));
            if (stdin != null && stdin != PyNone.NONE) {
                try {
                    Abstract.callMethod(stdin, "close");
                } catch (PyException ignored) {
                    // as _sitebuiltins: closing may fail, exiting goes on
                }
            }
            throw PyErr.of(PyExc.SystemExit, args[0] == null ? PyNone.NONE : args[0]);
        };
        PRINTER.tp_call = (self, a, n, kw) -> {
            BuiltinArgs.noArgs("__call__", n, kw);
            SiteObject p = (SiteObject) self;
            String text = p.name.equals("license") ? "See https://www.python.org/psf/license/" : p.repr;
            PyObject out = sysDict.getItem(PyStr.of("stdout"));
            Abstract.callMethod(out, "write", PyStr.of(text + "\n"));
            return PyNone.NONE;
        };
        HELPER.tp_call = (self, a, n, kw) -> {
            PyObject builtinsImport = Abstract.getAttr(
                    (PyObject) sysDict.getItem(PyStr.of("modules")), "get");
            PyObject pydoc = Abstract.call(builtinsImport, PyStr.of("pydoc"));
            if (pydoc == PyNone.NONE) {
                throw PyErr.format(PyExc.NotImplementedError, "help() needs the pydoc module, which is not "
                        + "available yet");
            }
            return Abstract.call(Abstract.getAttr(pydoc, "help"), a, n, kw);
        };
        QUITTER.ready();
        PRINTER.ready();
        HELPER.ready();
    }

    private static final String COPYRIGHT = "Copyright (c) 2001-2023 Python Software Foundation.\n"
            + "All Rights Reserved.\n\n"
            + "Copyright (c) 2000 BeOpen.com.\n"
            + "All Rights Reserved.\n\n"
            + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
            + "All Rights Reserved.\n\n"
            + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n"
            + "All Rights Reserved.";
    private static final String CREDITS = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
            + "    for supporting Python development.  See www.python.org for more information.";

    /** Adds the site builtins to {@code builtins}. */
    public static void install(PyDict builtins, PyDict sys) {
        sysDict = sys;
        builtins.setItem(PyStr.of("exit"), new SiteObject(QUITTER, "exit", "Use exit() or Ctrl-D (i.e. EOF) to exit"));
        builtins.setItem(PyStr.of("quit"), new SiteObject(QUITTER, "quit", "Use quit() or Ctrl-D (i.e. EOF) to exit"));
        builtins.setItem(PyStr.of("copyright"), new SiteObject(PRINTER, "copyright", COPYRIGHT));
        builtins.setItem(PyStr.of("credits"), new SiteObject(PRINTER, "credits", CREDITS));
        builtins.setItem(PyStr.of("license"), new SiteObject(PRINTER, "license",
                "Type license() to see the full license text"));
        builtins.setItem(PyStr.of("help"), new SiteObject(HELPER, "help",
                "Type help() for interactive help, or help(object) for help about object."));
        if (sys.getItem(PyStr.of("copyright")) == null) {
            sys.setItem(PyStr.of("copyright"), PyStr.of(COPYRIGHT));
        }
    }

}
