package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * A bound method: a function and the object it was looked up on.
 *
 * <p>CPython: Objects/classobject.c ({@code PyMethodObject}).
 */
public final class PyMethod extends PyObject {
    /** {@code method}. */
    public static final PyType TYPE = PyType.builtin("method", PyMethod.class, 0);

    static {
        TYPE.tp_call = (m, args, nargs, kw) -> {
            PyMethod pm = (PyMethod) m;
            int total = nargs + (kw == null ? 0 : kw.size());
            PyObject[] all = new PyObject[total + 1];
            all[0] = pm.self;
            System.arraycopy(args, 0, all, 1, total);
            return Abstract.call(pm.func, all, nargs + 1, kw);
        };
        TYPE.tp_repr = m -> {
            PyMethod pm = (PyMethod) m;
            String qn = pm.func instanceof PyFunction f ? f.qualname : "?";
            return PyStr.of("<bound method " + qn + " of " + Abstract.repr(pm.self).value() + ">");
        };
        TYPE.tp_new = (type, a, n, kw) -> {
            dev.adder.runtime.objects.BuiltinArgs.noKeywords("method", kw);
            dev.adder.runtime.objects.BuiltinArgs.checkPositional("method", n, 2, 2);
            if (a[0].type().tp_call == null) {
                throw dev.adder.runtime.PyErr.typeError("first argument must be callable");
            }
            if (a[1] == dev.adder.runtime.objects.PyNone.NONE) {
                throw dev.adder.runtime.PyErr.typeError("instance must not be None");
            }
            return new PyMethod(a[0], a[1]);
        };
        // method_richcompare / method_hash: the same instance and equal functions
        TYPE.tp_richcompare = (a, b, op) -> {
            if ((op != dev.adder.runtime.CompareOp.EQ && op != dev.adder.runtime.CompareOp.NE)
                    || !(b instanceof PyMethod y)) {
                return dev.adder.runtime.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyMethod x = (PyMethod) a;
            boolean eq = x.self == y.self && Abstract.richCompareBool(x.func, y.func, dev.adder.runtime.CompareOp.EQ);
            return dev.adder.runtime.objects.PyBool.of(op == dev.adder.runtime.CompareOp.EQ ? eq : !eq);
        };
        TYPE.tp_hash = m -> {
            long h = System.identityHashCode(((PyMethod) m).self) ^ Abstract.hash(((PyMethod) m).func);
            return h == -1 ? -2 : h;
        };
        // method_getattro: the method's own attributes, then the function's
        TYPE.tp_getattro = (m, name) -> {
            PyObject r = Abstract.genericGetAttr(m, name);
            return r != null ? r : Abstract.getAttr(((PyMethod) m).func, name);
        };
        TYPE.ready();
        TYPE.setNewInitializes();
        TYPE.setAttribute("__func__", new dev.adder.runtime.objects.PyGetSetDescr(TYPE, "__func__",
                m -> ((PyMethod) m).func, null));
        TYPE.setAttribute("__self__", new dev.adder.runtime.objects.PyGetSetDescr(TYPE, "__self__",
                m -> ((PyMethod) m).self, null));
        // method_reduce: getattr(self, the function's name)
        dev.adder.runtime.objects.PyMethodDescr.noArgs(TYPE, "__reduce__", m -> PyTuple.of(
                dev.adder.runtime.VmHooks.builtin.apply("getattr"), PyTuple.of(((PyMethod) m).self,
                        Abstract.getAttr(((PyMethod) m).func, "__name__"))));
        for (String a : new String[] {"__name__", "__qualname__", "__doc__", "__module__"}) {
            TYPE.setAttribute(a, new dev.adder.runtime.objects.PyGetSetDescr(TYPE, a,
                    m -> Abstract.getAttr(((PyMethod) m).func, a), null));
        }
    }

    /** {@code __func__}. */
    public final PyObject func;
    /** {@code __self__}. */
    public final PyObject self;

    /** {@code func} bound to {@code self}. */
    public PyMethod(PyObject func, PyObject self) {
        super(TYPE);
        this.func = func;
        this.self = self;
    }
}
