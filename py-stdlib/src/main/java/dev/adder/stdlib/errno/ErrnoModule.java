package dev.adder.stdlib.errno;

import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code errno} module: the symbolic error numbers of Linux and {@code errorcode}, the map
 * from a number to its name (the later name wins where two share a number, as in CPython).
 *
 * <p>CPython: {@code Modules/errnomodule.c}.
 */
public final class ErrnoModule implements BuiltinModule {
    @Override
    public String name() {
        return "errno";
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        PyDict codes = new PyDict();
        for (int i = 0; i < ErrnoTable.NAMES.length; i++) {
            PyStr name = PyStr.intern(ErrnoTable.NAMES[i]);
            PyInt v = PyInt.of(ErrnoTable.VALUES[i]);
            m.dict.setItem(name, v);
            codes.setItem(v, name);
        }
        m.dict.setItem(PyStr.of("errorcode"), codes);
    }

    private static final String DOC = "This module makes available standard errno system symbols.\n\n"
            + "The value of each symbol is the corresponding integer value,\n"
            + "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
            + "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
            + "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
            + "Symbols that are not relevant to the underlying system are not defined.\n\n"
            + "To map error codes to error messages, use the function os.strerror(),\n"
            + "e.g. os.strerror(2) could return 'No such file or directory'.";
}
