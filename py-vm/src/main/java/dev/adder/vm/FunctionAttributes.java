package dev.adder.vm;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;


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

    private static final String[] NAMES = {"__name__", "__qualname__", "__code__", "__defaults__",
        "__kwdefaults__", "__closure__", "__globals__", "__builtins__", "__annotations__", "__dict__", "__module__",
        "__doc__"};

    static void install(PyType t) {
        // one getter and one setter for all names: each lambda expression costs a class at start-up
        for (String name : NAMES) {
            switch (name) {
                // func_memberlist: member_descriptors (types.MemberDescriptorType is __globals__'s type)
                case "__closure__", "__globals__", "__builtins__" ->
                    t.setAttribute(name, new PyMemberDescr(t, name, o -> get((PyFunction) o, name), null));
                case "__doc__", "__module__" -> t.setAttribute(name, new PyMemberDescr(t, name,
                        o -> get((PyFunction) o, name), (o, v) -> set((PyFunction) o, name, v)));
                default -> t.setAttribute(name, new PyGetSetDescr(t, name, o -> get((PyFunction) o, name),
                        (o, v) -> set((PyFunction) o, name, v)));
            }
        }
    }

    private static PyObject get(PyFunction f, String name) {
        switch (name) {
            case "__name__": return PyStr.of(f.name);
            case "__qualname__": return PyStr.of(f.qualname);
            case "__code__": return f.code;
            case "__defaults__": return f.defaults == null ? PyNone.NONE : f.defaults;
            case "__kwdefaults__": return f.kwdefaults == null ? PyNone.NONE : f.kwdefaults;
            case "__closure__": return f.closure == null ? PyNone.NONE : f.closure;
            case "__globals__": return f.globals;
            case "__builtins__": return f.builtins;
            case "__annotations__": return annotations(f);
            case "__dict__": return f.instanceDict();
            case "__module__": return f.module;
            default: return f.doc;
        }
    }

    private static void set(PyFunction f, String name, PyObject v) {
        switch (name) {
            case "__name__" -> f.name = str(v, "__name__");
            case "__qualname__" -> f.qualname = str(v, "__qualname__");
            case "__code__" -> {
                if (!(v instanceof PyCode c)) {
                    throw PyErr.typeError("__code__ must be set to a code object");
                }
                int have = f.closure == null ? 0 : f.closure.size();
                if (c.nfree != have) {
                    throw PyErr.valueError("%s() requires a code object with %d free vars, not %d", f.name, have,
                            c.nfree);
                }
                f.code = c;
            }
            case "__defaults__" -> {
                if (v == null || v == PyNone.NONE) {
                    f.defaults = null;
                } else if (v instanceof PyTuple tu) {
                    f.defaults = tu;
                } else {
                    throw PyErr.typeError("__defaults__ must be set to a tuple object");
                }
            }
            case "__kwdefaults__" -> {
                if (v == null || v == PyNone.NONE) {
                    f.kwdefaults = null;
                } else if (v instanceof PyDict d) {
                    f.kwdefaults = d;
                } else {
                    throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
                }
            }
            case "__annotations__" -> {
                if (v == null || v == PyNone.NONE) {
                    f.annotations = null;
                } else if (v instanceof PyDict) {
                    f.annotations = v;
                } else {
                    throw PyErr.typeError("__annotations__ must be set to a dict object");
                }
            }
            case "__dict__" -> {
                if (v == null) {
                    throw PyErr.typeError("cannot delete __dict__");
                }
                if (!(v instanceof PyDict d)) {
                    throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().name());
                }
                f.dict = d;
            }
            case "__module__" -> f.module = v == null ? PyNone.NONE : v;
            case "__doc__" -> f.doc = v == null ? PyNone.NONE : v;
            default -> throw PyErr.attributeError("readonly attribute"); // __closure__, __globals__, __builtins__
        }
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
}
