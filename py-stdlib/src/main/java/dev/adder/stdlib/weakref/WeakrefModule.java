package dev.adder.stdlib.weakref;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMemoryView;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyGenericAlias;
import dev.adder.runtime.PyErr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyAsyncGenerator;
import dev.adder.vm.PyCode;
import dev.adder.vm.PyFunction;
import dev.adder.vm.PyGenerator;
import dev.adder.vm.PyMethod;
import dev.adder.vm.PyModule;
import java.util.List;

/**
 * The {@code _weakref} module: {@code ref}, {@code proxy}, {@code getweakrefcount},
 * {@code getweakrefs}, {@code _remove_dead_weakref} and the three types.
 *
 * <p>Decision (the JVM has no reference counts): a referent lives while anything holds it and
 * dies when the collector finds it unreachable, so after {@code del x} a weak reference to
 * {@code x} may still return it for a while; the callbacks of dead referents run at safe moments
 * (when a weak reference is made, called or counted), never in the middle of another operation.
 * See {@link WeakrefRegistry}.
 *
 * <p>CPython: {@code Modules/_weakref.c}.
 */
public final class WeakrefModule implements BuiltinModule {
    @Override
    public String name() {
        return "_weakref";
    }

    private static boolean marked;

    /** The builtin types whose instances CPython lets one weakly reference. */
    private static synchronized void markBuiltinTypes() {
        if (marked) {
            return;
        }
        marked = true;
        for (PyType t : new PyType[] {PyFunction.TYPE, PyBuiltinFunction.TYPE, PyMethod.TYPE, PyCode.TYPE,
            PyGenerator.GENERATOR, PyGenerator.COROUTINE, PyAsyncGenerator.TYPE, PyModule.TYPE, PySet.TYPE,
            PySet.FROZENSET_TYPE, PyMemoryView.TYPE, PyGenericAlias.TYPE, PyType.TYPE}) {
            t.setInstancesHaveWeakref();
        }
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        markBuiltinTypes();
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("Weak-reference support module."));
        m.dict.setItem(PyStr.of("ref"), PyWeakref.TYPE);
        m.dict.setItem(PyStr.of("ReferenceType"), PyWeakref.TYPE);
        m.dict.setItem(PyStr.of("ProxyType"), PyWeakProxy.PROXY);
        m.dict.setItem(PyStr.of("CallableProxyType"), PyWeakProxy.CALLABLE);
        def(m, "getweakrefcount", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("_weakref.getweakrefcount", n, kw);
            WeakrefRegistry.drain();
            return PyInt.of(WeakrefRegistry.refsOf(a[0]).size());
        });
        def(m, "getweakrefs", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("_weakref.getweakrefs", n, kw);
            WeakrefRegistry.drain();
            List<PyWeakref> refs = WeakrefRegistry.refsOf(a[0]);
            return PyList.of(refs.toArray(new PyObject[0]));
        });
        def(m, "proxy", (self, a, n, kw) -> {
            BuiltinArgs.positional("proxy", n, kw, 1, 2);
            return PyWeakProxy.make(a[0], n > 1 && a[1] != PyNone.NONE ? a[1] : null);
        });
        def(m, "_remove_dead_weakref", (self, a, n, kw) -> {
            BuiltinArgs.positional("_remove_dead_weakref", n, kw, 2, 2);
            if (!(a[0] instanceof PyDict d)) {
                throw PyErr.typeError("_remove_dead_weakref() argument 1 must be dict, not %s", a[0].type().name());
            }
            PyObject v = d.getItem(a[1]);
            if (v != null) {
                if (!(v instanceof PyWeakref w)) {
                    throw PyErr.typeError("not a weakref");
                }
                if (w.get() == null) {
                    d.delItem(a[1]);
                }
            }
            return PyNone.NONE;
        });
        WeakrefRegistry.unraisable = (cb, e) -> interp.writeUnraisable(null, cb, e);
        dev.adder.runtime.VmHooks.weakrefAttribute = o -> {
            List<PyWeakref> refs = WeakrefRegistry.refsOf(o);
            return refs.isEmpty() ? PyNone.NONE : refs.get(0);
        };
    }
}
