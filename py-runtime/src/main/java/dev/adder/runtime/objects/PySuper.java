package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.VmHooks;
import dev.adder.runtime.internal.ArgParse;

/**
 * {@code super}: attribute lookup that starts after a given class in the MRO of an object's type.
 * The two-argument form is complete here; the zero-argument form asks the VM
 * ({@link VmHooks#superArgs}) for the calling frame's {@code __class__} cell and first argument.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code super_init}, {@code super_getattro},
 * {@code supercheck}, {@code super_descr_get}, {@code super_repr}).
 */
public final class PySuper extends PyObject {
    /** {@code super}. */
    public static final PyType TYPE = PyType.builtin("super", PySuper.class, PyType.BASETYPE);

    private PyType thisType;
    private PyObject obj;
    private PyType objType;
    private final PyDict dict;

    /** An uninitialized super object of {@code type}. */
    public PySuper(PyType type) {
        super(type);
        dict = type.isHeapType() ? new PyDict() : null;
    }

    /** {@code super(type, obj)} (obj null for the unbound form). */
    public static PySuper of(PyType type, PyObject obj) {
        PySuper s = new PySuper(TYPE);
        s.init(type, obj);
        return s;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    private void init(PyObject type, PyObject o) {
        if (!(type instanceof PyType t)) {
            throw PyErr.typeError("super() argument 1 must be a type, not %s", type.type().name());
        }
        this.thisType = t;
        this.obj = o;
        this.objType = o == null ? null : check(t, o);
    }

    /** {@code supercheck}: the type whose MRO is searched. */
    private static PyType check(PyType type, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtype(type)) {
            return ot;
        }
        if (obj.type().isSubtype(type)) {
            return obj.type();
        }
        PyObject cls = Abstract.lookupAttr(obj, PyStr.of("__class__"));
        if (cls instanceof PyType ct && ct != obj.type() && ct.isSubtype(type)) {
            return ct;
        }
        throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private static PyObject getAttr(PyObject self, PyStr name) {
        PySuper su = (PySuper) self;
        PyType start = su.objType;
        if (start != null && !name.value().equals("__class__")) {
            PyType[] mro = start.mro();
            int i = 0;
            while (i < mro.length && mro[i] != su.thisType) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject res = mro[i].dict().getItem(name);
                if (res != null) {
                    Slots.DescrGetFunc g = res.type().tp_descr_get;
                    if (g != null) {
                        return g.get(res, su.obj == start ? null : su.obj, start);
                    }
                    return res;
                }
            }
        }
        return Abstract.genericGetAttr(self, name);
    }

    static {
        TYPE.tp_new = (type, a, n, kw) -> new PySuper(type);
        TYPE.tp_getattro = PySuper::getAttr;
        TYPE.tp_descr_get = (d, o, type) -> {
            PySuper su = (PySuper) d;
            if (o == null || su.obj != null) {
                return d;
            }
            if (su.type() != TYPE) {
                return Abstract.call(su.type(), su.thisType, o);
            }
            return of(su.thisType, o);
        };
        TYPE.tp_repr = o -> {
            PySuper su = (PySuper) o;
            String tn = su.thisType == null ? "NULL" : su.thisType.name();
            if (su.objType != null) {
                return PyStr.of("<super: <class '" + tn + "'>, <" + su.objType.name() + " object>>");
            }
            return PyStr.of("<super: <class '" + tn + "'>, NULL>");
        };
        TYPE.ready();
        SlotWrappers.addWrapper(TYPE, "__init__", (f, s, a, n, kw) -> {
            ArgParse.noKeywords("super", kw);
            if (n > 2) {
                throw PyErr.typeError("super() takes at most 2 arguments (%d given)", n);
            }
            PySuper su = (PySuper) s;
            if (n == 0) {
                PyObject[] r = VmHooks.superArgs.query();
                su.init(r[0], r[1]);
            } else {
                su.init(a[0], n == 2 && a[1] != PyNone.NONE ? a[1] : null);
            }
            return PyNone.NONE;
        });
        TYPE.setAttribute("__thisclass__", new PyMemberDescr(TYPE, "__thisclass__",
                o -> orNone(((PySuper) o).thisType), null));
        TYPE.setAttribute("__self__", new PyMemberDescr(TYPE, "__self__", o -> orNone(((PySuper) o).obj), null));
        TYPE.setAttribute("__self_class__", new PyMemberDescr(TYPE, "__self_class__",
                o -> orNone(((PySuper) o).objType), null));
        SlotWrappers.addGeneratedWrappers(TYPE);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
