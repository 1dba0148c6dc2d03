package dev.adder.stdlib.weakref;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.BaseObject;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStaticMethod;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code weakref.ReferenceType} ({@code _weakref.ref}): a weak reference, callable to get its
 * referent (or None once the referent is gone), with an optional callback, hashable by its
 * referent and equal by its referent while both are alive. Subclassable ({@code WeakMethod},
 * {@code KeyedRef}).
 *
 * <p>The referent is held through a {@link java.lang.ref.WeakReference}: it stays alive while
 * anything else holds it, and dies when the JVM's collector finds it unreachable, not at
 * {@code del} as under CPython's reference counting; callbacks then run at the next safe moment
 * (see {@link WeakrefRegistry}).
 *
 * <p>CPython: {@code Objects/weakrefobject.c} ({@code _PyWeakref_RefType}, {@code weakref___new__},
 * {@code weakref_hash}, {@code weakref_richcompare}, {@code weakref_repr}, {@code weakref_vectorcall}).
 */
public class PyWeakref extends PyObject {
    /** {@code weakref.ReferenceType}. */
    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType", PyWeakref.class, PyType.BASETYPE);

    static final int NOT_BASIC = 0;
    static final int BASIC_REF = 1;
    static final int BASIC_PROXY = 2;

    private final WeakrefRegistry.Cell cell;
    private final int kind;
    /** The callback, or null (none, or already called). */
    PyObject callback;
    private long hash = -1;

    PyWeakref(PyType type, PyObject referent, PyObject callback, int kind) {
        super(type);
        this.callback = callback;
        this.kind = kind;
        this.cell = WeakrefRegistry.link(referent, this);
    }

    /** The referent, or null when it has been collected. */
    public final PyObject get() {
        return cell.get();
    }

    final int basicKind() {
        return kind;
    }

    /** Can {@code o} be weakly referenced (CPython: {@code _PyType_SUPPORTS_WEAKREFS})? */
    public static boolean supportsWeakrefs(PyObject o) {
        if (o instanceof PyType) {
            return true;
        }
        PyType t = o.type();
        if (!t.instancesHaveWeakref()) {
            return false;
        }
        if (t.isHeapType()) {
            // subclasses of the variable-size builtins get no weak reference list in CPython
            Class<?> jc = t.javaClass();
            return !(PyInt.class.isAssignableFrom(jc) || PyTuple.class.isAssignableFrom(jc)
                    || PyBytes.class.isAssignableFrom(jc));
        }
        return true;
    }

    static void checkSupports(PyObject o) {
        if (!supportsWeakrefs(o)) {
            throw PyErr.typeError("cannot create weak reference to '%s' object", o.type().name());
        }
    }

    /** {@code weakref(ob, callback=None)}: the basic reference is shared, as in CPython. */
    static PyObject newRef(PyType type, PyObject[] a, int n, PyTuple kw) {
        if (type == TYPE) {
            BuiltinArgs.noKeywords("ref", kw);
        }
        PyMethodDescr.checkArity("__new__", n, 1, 2);
        PyObject ob = a[0];
        PyObject cb = n > 1 && a[1] != PyNone.NONE ? a[1] : null;
        WeakrefRegistry.drain();
        checkSupports(ob);
        if (type == TYPE && cb == null) {
            PyWeakref r = WeakrefRegistry.basic(ob, BASIC_REF);
            if (r != null) {
                return r;
            }
            return new PyWeakref(TYPE, ob, null, BASIC_REF);
        }
        if (type == TYPE) {
            return new PyWeakref(TYPE, ob, cb, NOT_BASIC);
        }
        return new Sub(type, ob, cb);
    }

    private static String addr(PyObject o) {
        return BaseObject.address(o);
    }

    private static PyStr repr(PyObject self) {
        PyWeakref r = (PyWeakref) self;
        PyObject o = r.get();
        if (o == null) {
            return PyStr.of("<weakref at " + addr(r) + "; dead>");
        }
        PyObject name = null;
        try {
            name = Abstract.lookupAttr(o, PyStr.of("__name__"));
        } catch (dev.adder.runtime.PyException e) {
            name = null;
        }
        String base = "<weakref at " + addr(r) + "; to '" + o.type().name() + "' at " + addr(o);
        if (name instanceof PyStr s) {
            return PyStr.of(base + " (" + s.value() + ")>");
        }
        return PyStr.of(base + ">");
    }

    static {
        PyType t = TYPE;
        t.tp_new = PyWeakref::newRef;
        t.setNewInitializes();
        t.tp_call = (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("weakref", kw);
            if (n != 0) {
                throw PyErr.typeError("weakref expected 0 arguments, got %d", n);
            }
            WeakrefRegistry.drain();
            PyObject o = ((PyWeakref) self).get();
            return o == null ? PyNone.NONE : o;
        };
        t.tp_hash = self -> {
            PyWeakref r = (PyWeakref) self;
            if (r.hash != -1) {
                return r.hash;
            }
            PyObject o = r.get();
            if (o == null) {
                throw PyErr.typeError("weak object has gone away");
            }
            r.hash = Abstract.hash(o);
            return r.hash;
        };
        t.tp_richcompare = (a, b, op) -> {
            if ((op != CompareOp.EQ && op != CompareOp.NE) || !(b instanceof PyWeakref)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject x = ((PyWeakref) a).get();
            PyObject y = ((PyWeakref) b).get();
            if (x == null || y == null) {
                boolean same = a == b;
                return PyBool.of(op == CompareOp.EQ ? same : !same);
            }
            return Abstract.richCompare(x, y, op);
        };
        t.tp_repr = PyWeakref::repr;
        t.ready();
        SlotWrappers.addWrapper(t, "__init__", (f, self, a, n, kw) -> {
            PyMethodDescr.checkArity("__init__", n, 1, 2);
            return PyNone.NONE;
        });
        t.setAttribute("__callback__", new PyGetSetDescr(t, "__callback__", self -> {
            PyObject cb = ((PyWeakref) self).callback;
            return cb == null ? PyNone.NONE : cb;
        }, null));
        t.setAttribute("__class_getitem__", PyStaticMethod.classMethod(new PyBuiltinFunction("__class_getitem__",
                "ReferenceType.__class_getitem__", null, (s, a, n, kw) -> {
                    PyMethodDescr.noKeywords("__class_getitem__", kw);
                    PyMethodDescr.checkArity("__class_getitem__", n, 2, 2);
                    return Abstract.genericAliasMaker.apply(a[0], a[1]);
                })));
    }

    /** An instance of a class defined in Python whose base is {@code ref}. */
    static final class Sub extends PyWeakref implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type, PyObject referent, PyObject callback) {
            super(type, referent, callback, NOT_BASIC);
            dict = type.instancesHaveDict() ? new PyDict() : null;
            slots = type.slotCount() == 0 ? null : new PyObject[type.slotCount()];
        }

        @Override
        public PyObject[] slotArray() {
            return slots;
        }

        @Override
        public PyDict instanceDict() {
            return dict;
        }
    }
}
