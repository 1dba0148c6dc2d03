package dev.adder.stdlib.weakref;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.BaseObject;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;

/**
 * {@code weakref.ProxyType} and {@code weakref.CallableProxyType}: a weak reference that stands
 * for its referent, forwarding attribute access, operators, iteration and calls; unhashable; any
 * use after the referent is gone raises {@code ReferenceError}.
 *
 * <p>CPython: {@code Objects/weakrefobject.c} ({@code _PyWeakref_ProxyType},
 * {@code _PyWeakref_CallableProxyType}, {@code proxy_checkref}, {@code WRAP_BINARY} ...).
 */
final class PyWeakProxy extends PyWeakref {
    /** {@code weakref.ProxyType}. */
    static final PyType PROXY = PyType.builtin("weakref.ProxyType", PyWeakProxy.class, 0);
    /** {@code weakref.CallableProxyType}. */
    static final PyType CALLABLE = PyType.builtin("weakref.CallableProxyType", PyWeakProxy.class, 0);

    PyWeakProxy(PyType type, PyObject referent, PyObject callback) {
        super(type, referent, callback, callback == null ? BASIC_PROXY : NOT_BASIC);
    }

    /** {@code proxy(ob, callback=None)}. */
    static PyObject make(PyObject ob, PyObject cb) {
        WeakrefRegistry.drain();
        checkSupports(ob);
        PyType t = ob.type().tp_call != null ? CALLABLE : PROXY;
        if (cb == null) {
            PyWeakref r = WeakrefRegistry.basic(ob, BASIC_PROXY);
            if (r != null) {
                return r;
            }
        }
        return new PyWeakProxy(t, ob, cb);
    }

    /** The referent, or {@code ReferenceError}. */
    static PyObject ref(PyObject p) {
        PyObject o = ((PyWeakProxy) p).get();
        if (o == null) {
            throw PyErr.format(PyExc.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy ? ref(o) : o;
    }

    private static void install(PyType t) {
        t.tp_getattro = (p, name) -> Abstract.getAttr(ref(p), name);
        t.tp_setattro = (p, name, v) -> {
            if (v == null) {
                Abstract.delAttr(ref(p), name);
            } else {
                Abstract.setAttr(ref(p), name, v);
            }
        };
        t.tp_repr = p -> {
            PyObject o = ((PyWeakProxy) p).get();
            String tn = o == null ? "NoneType" : o.type().name();
            return PyStr.of("<weakproxy at " + BaseObject.address(p) + " to " + tn + " at "
                    + BaseObject.address(o == null ? PyNone.NONE : o) + ">");
        };
        t.tp_str = p -> Abstract.str(ref(p));
        t.tp_richcompare = (a, b, op) -> Abstract.richCompare(unwrap(a), unwrap(b), op);
        for (NumberOp op : NumberOp.values()) {
            t.nb_binary[op.ordinal()] = (a, b) -> Abstract.binaryOp(unwrap(a), unwrap(b), op);
            if (op != NumberOp.DIVMOD) {
                t.nb_inplace[op.ordinal()] = (a, b) -> Abstract.inplaceOp(unwrap(a), unwrap(b), op);
            }
        }
        t.nb_negative = p -> Abstract.negative(ref(p));
        t.nb_positive = p -> Abstract.positive(ref(p));
        t.nb_absolute = p -> Abstract.absolute(ref(p));
        t.nb_invert = p -> Abstract.invert(ref(p));
        t.nb_int = p -> Abstract.toInt(ref(p));
        t.nb_float = p -> Abstract.toFloat(ref(p));
        t.nb_index = p -> Abstract.index(ref(p));
        t.nb_bool = p -> Abstract.isTrue(ref(p));
        t.mp_length = p -> Abstract.len(ref(p));
        t.sq_contains = (p, v) -> Abstract.contains(ref(p), v);
        t.mp_subscript = (p, k) -> Abstract.getItem(ref(p), k);
        t.mp_ass_subscript = (p, k, v) -> {
            if (v == null) {
                Abstract.delItem(ref(p), k);
            } else {
                Abstract.setItem(ref(p), k, v);
            }
        };
        t.tp_iter = p -> Abstract.iter(ref(p));
        t.tp_iternext = p -> {
            PyObject o = ref(p);
            if (o.type().tp_iternext == null) {
                throw PyErr.typeError("Weakref proxy referenced a non-iterator '%s' object", o.type().name());
            }
            return o.type().tp_iternext.next(o);
        };
        t.ready();
        PyMethodDescr.noArgs(t, "__reversed__", p -> Abstract.callMethod(ref(p), "__reversed__"));
        PyMethodDescr.noArgs(t, "__bytes__", p -> Abstract.call(dev.adder.runtime.objects.PyBytes.TYPE, ref(p)));
    }

    static {
        CALLABLE.tp_call = (p, a, n, kw) -> Abstract.call(ref(p), a, n, kw);
        install(PROXY);
        install(CALLABLE);
    }
}
