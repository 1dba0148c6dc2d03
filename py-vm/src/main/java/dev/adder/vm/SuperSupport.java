package dev.adder.vm;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.VmHooks;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyProperty;
import dev.adder.runtime.objects.PyStaticMethod;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PySuper;

/**
 * What the object model needs from frames: the zero-argument {@code super()} (the calling
 * frame's first argument and its {@code __class__} cell), bound methods, the {@code __class__}
 * cell of a class body and the caller's module name for {@code type(name, bases, dict)}. Also
 * puts the descriptor types ({@code super}, {@code property}, {@code classmethod},
 * {@code staticmethod}) into builtins.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code super_init_without_args}) and
 * {@code Python/bltinmodule.c} (the builtins' type entries).
 */
final class SuperSupport {
    private SuperSupport() {
    }

    /** Installs the hooks and the builtins' descriptor types. */
    static void install(PyDict builtins) {
        VmHooks.newMethod = PyMethod::new;
        VmHooks.setCell = (c, v) -> {
            if (c instanceof PyCell cell) {
                cell.ref = v;
                return true;
            }
            return false;
        };
        VmHooks.callerModule = () -> {
            Frame f = ThreadState.current().frame;
            PyObject n = f == null ? null : f.globals.getItem(PyStr.of("__name__"));
            return n == null ? new PyObject[0] : new PyObject[] {n};
        };
        VmHooks.superArgs = SuperSupport::superArgs;
        VmHooks.recursion = new VmHooks.Recursion() {
            @Override
            public void enter(String where) {
                ThreadState ts = ThreadState.current();
                if (++ts.recursionDepth > ts.recursionLimit) {
                    ts.recursionDepth--;
                    throw PyErr.format(dev.adder.runtime.exceptions.PyExc.RecursionError,
                            "maximum recursion depth exceeded%s", where);
                }
            }

            @Override
            public void leave() {
                ThreadState.current().recursionDepth--;
            }
        };
        VmHooks.builtin = name -> {
            PyObject v = ThreadState.current().interp.builtins.getItem(PyStr.of(name));
            if (v == null) {
                throw PyErr.format(dev.adder.runtime.exceptions.PyExc.RuntimeError, "lost builtins.%s", name);
            }
            return v;
        };
        dev.adder.runtime.objects.PickleSupport.install();
        builtins.setItem(PyStr.of("super"), PySuper.TYPE);
        builtins.setItem(PyStr.of("property"), PyProperty.TYPE);
        builtins.setItem(PyStr.of("classmethod"), PyStaticMethod.CLASSMETHOD);
        builtins.setItem(PyStr.of("staticmethod"), PyStaticMethod.TYPE);
        builtins.setItem(PyStr.of("EnvironmentError"), PyExc.OSError);
        builtins.setItem(PyStr.of("IOError"), PyExc.OSError);
    }

    private static PyObject[] superArgs() {
        Frame f = ThreadState.current().frame;
        if (f == null) {
            throw PyErr.format(PyExc.RuntimeError, "super(): no current frame");
        }
        PyCode co = f.code;
        if (co.argcount == 0) {
            throw PyErr.format(PyExc.RuntimeError, "super(): no arguments");
        }
        PyObject first = f.localsplus[0];
        for (int i = 0; i < co.ncells; i++) {
            if (co.cell2arg[i] == 0 && f.localsplus[co.nlocals + i] instanceof PyCell c) {
                first = c.ref;
            }
        }
        if (first == null) {
            throw PyErr.format(PyExc.RuntimeError, "super(): arg[0] deleted");
        }
        for (int i = co.ncells; i < co.ncells + co.nfree; i++) {
            if (co.cellAndFree[i].value().equals("__class__")) {
                PyObject c = f.localsplus[co.nlocals + i];
                PyObject t = c instanceof PyCell cell ? cell.ref : null;
                if (t == null) {
                    throw PyErr.format(PyExc.RuntimeError, "super(): empty __class__ cell");
                }
                if (!(t instanceof PyType)) {
                    throw PyErr.format(PyExc.RuntimeError, "super(): __class__ is not a type (%s)", t.type().name());
                }
                return new PyObject[] {t, first};
            }
        }
        throw PyErr.format(PyExc.RuntimeError, "super(): __class__ cell not found");
    }
}
