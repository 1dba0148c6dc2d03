package dev.adder.cli.internal;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyStr;

/**
 * The {@code exit} and {@code quit} builtins that {@code site} adds: their repr tells how to
 * leave the interactive loop, and calling them raises {@code SystemExit(code)}.
 *
 * <p>CPython: Lib/_sitebuiltins.py ({@code Quitter}), Lib/site.py ({@code setquit}).
 */
public final class Quitter extends PyObject {
    /** {@code _sitebuiltins.Quitter}. */
    public static final PyType TYPE = PyType.builtin("Quitter", Quitter.class, 0);

    static {
        TYPE.tp_repr = o -> PyStr.of("Use " + ((Quitter) o).name + "() or Ctrl-D (i.e. EOF) to exit");
        TYPE.tp_call = (o, a, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("Quitter.__call__() got an unexpected keyword argument '%s'",
                        ((PyStr) kw.get(0)).value());
            }
            if (n > 1) {
                throw PyErr.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                        n + 1);
            }
            throw PyErr.of(PyExc.SystemExit, n == 0 ? dev.adder.runtime.objects.PyNone.NONE : a[0]);
        };
        TYPE.ready();
    }

    private final String name;

    private Quitter(String name) {
        super(TYPE);
        this.name = name;
    }

    /** Adds {@code exit} and {@code quit} to {@code builtins}, as {@code site} does. */
    public static void install(PyDict builtins) {
        builtins.setItem(PyStr.of("exit"), new Quitter("exit"));
        builtins.setItem(PyStr.of("quit"), new Quitter("quit"));
    }
}
