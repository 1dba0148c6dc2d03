package dev.adder.stdlib.functools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code _functools} module: {@code reduce}, {@code cmp_to_key} (with its
 * {@code functools.KeyWrapper} type), {@link PyPartial partial} and
 * {@link LruCacheWrapper _lru_cache_wrapper}.
 *
 * <p>CPython: {@code Modules/_functoolsmodule.c} ({@code functools_reduce}, {@code keyobject},
 * {@code partialobject}, {@code lru_cache_object}).
 */
public final class FunctoolsModule implements BuiltinModule {
    @Override
    public String name() {
        return "_functools";
    }

    /** {@code functools.KeyWrapper}: the key {@code cmp_to_key} makes. */
    static final class KeyWrapper extends PyObject {
        static final PyType TYPE = PyType.builtin("functools.KeyWrapper", KeyWrapper.class, 0);
        final PyObject cmp;
        PyObject obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            super(TYPE);
            this.cmp = cmp;
            this.obj = obj;
        }

        private static final String[] CALL = {"obj"};

        static {
            TYPE.tp_call = (self, a, n, kw) -> {
                PyObject[] v = BuiltinArgs.unpack("K", a, n, kw, CALL, 0, 1, 1, 0);
                return new KeyWrapper(((KeyWrapper) self).cmp, v[0]);
            };
            TYPE.tp_richcompare = (a, b, op) -> {
                if (!(b instanceof KeyWrapper y)) {
                    throw PyErr.typeError("other argument must be K instance");
                }
                KeyWrapper x = (KeyWrapper) a;
                if (x.obj == null || y.obj == null) {
                    throw PyErr.format(PyExc.AttributeError, "object");
                }
                PyObject r = Abstract.call(x.cmp, x.obj, y.obj);
                return Abstract.richCompare(r, PyInt.ZERO, op);
            };
            TYPE.ready();
            TYPE.setAttribute("obj", new PyGetSetDescr(TYPE, "obj", o -> {
                PyObject v = ((KeyWrapper) o).obj;
                if (v == null) {
                    throw PyErr.attributeError("obj");
                }
                return v;
            }, (o, v) -> ((KeyWrapper) o).obj = v));
        }
    }

    private static final String[] CMP = {"mycmp"};

    static PyObject reduce(PyObject[] a, int n, dev.adder.runtime.objects.PyTuple kw) {
        BuiltinArgs.noKeywords("reduce", kw);
        BuiltinArgs.checkPositional("reduce", n, 2, 3);
        PyObject func = a[0];
        PyObject result = n == 3 ? a[2] : null;
        PyObject it;
        try {
            it = Abstract.iter(a[1]);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            result = result == null ? x : Abstract.call(func, result, x);
        }
        if (result == null) {
            throw PyErr.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("Tools that operate on functions."));
        def(m, "reduce", (self, a, n, kw) -> reduce(a, n, kw));
        def(m, "cmp_to_key", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("cmp_to_key", a, n, kw, CMP, 0, 1, 1, 0);
            return new KeyWrapper(v[0], null);
        });
        m.dict.setItem(PyStr.of("partial"), PyPartial.TYPE);
        m.dict.setItem(PyStr.of("_lru_cache_wrapper"), LruCacheWrapper.TYPE);
    }
}
