package dev.adder.vm;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The attributes of {@code function} objects: {@code __name__}, {@code __qualname__},
 * {@code __code__}, {@code __defaults__}, {@code __kwdefaults__} (assignable with CPython's
 * checks), {@code __closure__}, {@code __globals__}, {@code __builtins__} (read-only),
 * {@code __annotations__}, {@code __dict__}, {@code __module__} and {@code __doc__}.
 *
 * <p>CPython: Objects/funcobject.c ({@code func_getsetlist}, {@code func_memberlist}).
 */
final class FunctionAttributes {
    private FunctionAttributes() {
    }

    static void install(PyType t) {
        attr(t, "__name__", f -> PyStr.of(f.name), (f, v) -> f.name = str(v, "__name__"));
        attr(t, "__qualname__", f -> PyStr.of(f.qualname), (f, v) -> f.qualname = str(v, "__qualname__"));
        attr(t, "__code__", f -> f.code, (f, v) -> {
            if (!(v instanceof PyCode c)) {
                throw PyErr.typeError("__code__ must be set to a code object");
            }
            int have = f.closure == null ? 0 : f.closure.size();
            if (c.nfree != have) {
                throw PyErr.valueError("%s() requires a code object with %d free vars, not %d", f.name, have,
                        c.nfree);
            }
            f.code = c;
        });
        attr(t, "__defaults__", f -> f.defaults == null ? PyNone.NONE : f.defaults, (f, v) -> {
            if (v == null || v == PyNone.NONE) {
                f.defaults = null;
            } else if (v instanceof PyTuple tu) {
                f.defaults = tu;
            } else {
                throw PyErr.typeError("__defaults__ must be set to a tuple object");
            }
        });
        attr(t, "__kwdefaults__", f -> f.kwdefaults == null ? PyNone.NONE : f.kwdefaults, (f, v) -> {
            if (v == null || v == PyNone.NONE) {
                f.kwdefaults = null;
            } else if (v instanceof PyDict d) {
                f.kwdefaults = d;
            } else {
                throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
            }
        });
        attr(t, "__closure__", f -> f.closure == null ? PyNone.NONE : f.closure, null);
        attr(t, "__globals__", f -> f.globals, null);
        attr(t, "__builtins__", f -> f.builtins, null);
        attr(t, "__annotations__", FunctionAttributes::annotations, (f, v) -> {
            if (v == null || v == PyNone.NONE) {
                f.annotations = null;
            } else if (v instanceof PyDict) {
                f.annotations = v;
            } else {
                throw PyErr.typeError("__annotations__ must be set to a dict object");
            }
        });
        attr(t, "__dict__", f -> f.instanceDict(), (f, v) -> {
            if (v == null) {
                throw PyErr.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict d)) {
                throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().name());
            }
            f.dict = d;
        });
        attr(t, "__module__", f -> f.module, (f, v) -> f.module = v == null ? PyNone.NONE : v);
        attr(t, "__doc__", f -> f.doc, (f, v) -> f.doc = v == null ? PyNone.NONE : v);
    }

    /** {@code __annotations__}: a dict, made from MAKE_FUNCTION's name/value tuple or empty at first use. */
    private static PyObject annotations(PyFunction f) {
        PyObject a = f.annotations;
        if (a instanceof PyDict) {
            return a;
        }
        PyDict d = new PyDict();
        if (a instanceof PyTuple tu) {
            for (int i = 0; i + 1 < tu.size(); i += 2) {
                d.setItem(tu.get(i), tu.get(i + 1));
            }
        }
        f.annotations = d;
        return d;
    }

    private static String str(PyObject v, String name) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("%s must be set to a string object", name);
        }
        return s.value();
    }

    private static void attr(PyType t, String name, Function<PyFunction, PyObject> get,
            BiConsumer<PyFunction, PyObject> set) {
        t.setAttribute(name, new PyGetSetDescr(t, name, o -> get.apply((PyFunction) o),
                set == null ? (o, v) -> {
                    throw PyErr.attributeError("readonly attribute");
                } : (o, v) -> set.accept((PyFunction) o, v)));
    }
}
