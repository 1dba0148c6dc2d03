package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;

/**
 * {@code mappingproxy}: a read-only view of a mapping, as {@code type.__dict__} returns.
 *
 * <p>CPython: {@code Objects/descrobject.c} ({@code mappingproxyobject}).
 */
public final class PyMappingProxy extends PyObject {
    /** {@code mappingproxy}. */
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, 0);

    private final PyObject mapping;

    /** A view of {@code mapping}. */
    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    private static PyObject m(PyObject o) {
        return ((PyMappingProxy) o).mapping;
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> {
            if (n != 1) {
                throw PyErr.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
            }
            if (a[0].type().mp_subscript == null || a[0] instanceof PyList || a[0] instanceof PyTuple) {
                throw PyErr.typeError("mappingproxy() argument must be a mapping, not %s", a[0].type().name());
            }
            return new PyMappingProxy(a[0]);
        };
        TYPE.mp_subscript = (o, k) -> Abstract.getItem(m(o), k);
        TYPE.mp_length = o -> Abstract.len(m(o));
        TYPE.sq_contains = (o, k) -> Abstract.contains(m(o), k);
        TYPE.tp_iter = o -> Abstract.iter(m(o));
        TYPE.tp_repr = o -> PyStr.of("mappingproxy(" + Abstract.repr(m(o)).value() + ")");
        TYPE.tp_str = o -> Abstract.str(m(o));
        TYPE.tp_richcompare = (a, b, op) -> Abstract.richCompare(m(a), b, op);
        TYPE.nb_binary[dev.adder.runtime.NumberOp.OR.ordinal()] = (a, b) -> {
            PyObject x = a instanceof PyMappingProxy p ? p.mapping : a;
            PyObject y = b instanceof PyMappingProxy p ? p.mapping : b;
            return Abstract.binaryOp(x, y, dev.adder.runtime.NumberOp.OR);
        };
        // mappingproxy_ior: a proxy is read-only
        TYPE.nb_inplace[dev.adder.runtime.NumberOp.OR.ordinal()] = (a, b) -> {
            throw PyErr.typeError("'|=' is not supported by %s; use '|' instead", a.type().name());
        };
        TYPE.ready();
        // mappingproxy_reversed: the mapping's __reversed__ (a dict's is its reversed() iterator)
        PyMethodDescr.noArgs(TYPE, "__reversed__", o -> {
            PyObject map = m(o);
            if (map instanceof PyDict && map.type().lookup("__reversed__") == null) {
                return Abstract.call(dev.adder.runtime.VmHooks.builtin.apply("reversed"), map);
            }
            return Abstract.callMethod(map, "__reversed__");
        });
        PyMethodDescr.noArgs(TYPE, "keys", o -> Abstract.callMethod(m(o), "keys"));
        PyMethodDescr.noArgs(TYPE, "values", o -> Abstract.callMethod(m(o), "values"));
        PyMethodDescr.noArgs(TYPE, "items", o -> Abstract.callMethod(m(o), "items"));
        PyMethodDescr.noArgs(TYPE, "copy", o -> Abstract.callMethod(m(o), "copy"));
        PyMethodDescr.varArgs(TYPE, "get", 1, 2, (o, a, n) -> n == 1 ? Abstract.callMethod(m(o), "get", a[0])
                : Abstract.callMethod(m(o), "get", a[0], a[1]));
        SlotWrappers.addGeneratedWrappers(TYPE);
    }
}
