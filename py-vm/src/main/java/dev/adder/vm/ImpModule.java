package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

/**
 * The {@code _imp} module: the primitives importlib builds on. Adder has no frozen modules and
 * no C extension modules ({@code extension_suffixes()} is empty, so no CPython {@code .so} is ever
 * tried), and one import lock that is never contended.
 *
 * <p>CPython: Python/import.c (the {@code _imp} module's functions).
 */
final class ImpModule {
    private ImpModule() {
    }

    static void exec(InterpreterState interp, PyModule m) {
        fn(m, "lock_held", 0, 0, a -> PyBool.FALSE);
        fn(m, "acquire_lock", 0, 0, a -> PyNone.NONE);
        fn(m, "release_lock", 0, 0, a -> PyNone.NONE);
        fn(m, "is_builtin", 1, 1, a -> {
            String name = str(a[0], "is_builtin");
            if (name.equals("sys") || name.equals("builtins")) {
                return PyInt.of(-1);
            }
            return PyInt.of(BuiltinModules.find(name) != null ? 1 : 0);
        });
        fn(m, "create_builtin", 1, 1, a -> {
            PyObject n = Abstract.getAttr(a[0], PyStr.of("name"));
            String name = str(n, "create_builtin");
            if (name.equals("sys")) {
                return interp.sys;
            }
            if (name.equals("builtins")) {
                return interp.builtinsModule;
            }
            BuiltinModule b = BuiltinModules.find(name);
            if (b == null) {
                return PyNone.NONE;
            }
            PyModule mod = new PyModule(name);
            b.exec(interp, mod);
            return mod;
        });
        fn(m, "exec_builtin", 1, 1, a -> PyInt.of(0));
        fn(m, "exec_dynamic", 1, 1, a -> PyInt.of(0));
        fn(m, "create_dynamic", 1, 2, a -> {
            throw Import.importError("Adder cannot load extension modules", PyNone.NONE, PyNone.NONE);
        });
        fn(m, "is_frozen", 1, 1, a -> PyBool.FALSE);
        fn(m, "is_frozen_package", 1, 1, a -> {
            throw Import.importError("No such frozen object named " + Abstract.repr(a[0]).value(), a[0],
                    PyNone.NONE);
        });
        fn(m, "find_frozen", 1, 2, a -> PyNone.NONE);
        fn(m, "get_frozen_object", 1, 2, a -> {
            throw Import.importError("No such frozen object named " + Abstract.repr(a[0]).value(), a[0],
                    PyNone.NONE);
        });
        fn(m, "init_frozen", 1, 1, a -> PyNone.NONE);
        fn(m, "extension_suffixes", 0, 0, a -> new PyList());
        fn(m, "_fix_co_filename", 2, 2, a -> PyNone.NONE);
        fn(m, "_override_frozen_modules_for_tests", 1, 1, a -> PyNone.NONE);
        m.dict.setItem(PyStr.of("check_hash_based_pycs"), PyStr.of("default"));
    }

    private interface Body {
        PyObject call(PyObject[] a);
    }

    private static void fn(PyModule m, String name, int min, int max, Body body) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, (self, a, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("%s() takes no keyword arguments", name);
            }
            if (n < min || n > max) {
                throw PyErr.typeError(min == max ? "%s expected %d argument%s, got %d"
                        : "%s expected at most %d argument%s, got %d", name, n < min ? min : max,
                        (n < min ? min : max) == 1 ? "" : "s", n);
            }
            return body.call(a);
        }));
    }

    private static String str(PyObject o, String fn) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("%s() argument must be str, not %s", fn, o.type().name());
        }
        return s.value();
    }
}
