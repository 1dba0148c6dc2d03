package dev.adder.runtime;

import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInstance;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMemberDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStaticMethod;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PySuper;
import dev.adder.runtime.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Making classes and instances: {@code type.__new__} (metaclass selection, {@code __slots__},
 * {@code __qualname__}, {@code __classcell__}, {@code __set_name__}, {@code __init_subclass__}),
 * {@code type.__call__} and the argument rules of {@code object.__new__} and
 * {@code object.__init__}.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code type_new}, {@code type_new_impl},
 * {@code _PyType_CalculateMetaclass}, {@code type_new_slots}, {@code type_new_set_names},
 * {@code type_new_init_subclass}, {@code type_call}, {@code object_new}, {@code object_init},
 * {@code excess_args}).
 */
public final class TypeNew {
    private TypeNew() {
    }

    /** Names made on first use, after the builtin types exist. */
    static final class Names {
        static final PyStr INIT = PyStr.intern("__init__");
    }
    /** {@code object.__init__}'s wrapper in object's dictionary (set when object is made). */
    static PyObject objectInit;
    /** {@code object_new}. */
    static final Slots.NewFunc OBJECT_NEW = TypeNew::objectNew;
    /** {@code type_new}. */
    static final Slots.NewFunc TYPE_NEW = TypeNew::typeNew;
    /** {@code type_call}. */
    static final Slots.CallFunc TYPE_CALL = TypeNew::typeCall;

    private static boolean excess(int nargs, PyTuple kw) {
        return nargs > 0 || (kw != null && kw.size() > 0);
    }

    /** {@code object_new}. */
    static PyObject objectNew(PyType type, PyObject[] args, int nargs, PyTuple kw) {
        if (excess(nargs, kw)) {
            if (type.tp_new != OBJECT_NEW) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.lookup(Names.INIT) == objectInit) {
                throw PyErr.typeError("%s() takes no arguments", type.name());
            }
        }
        if (type.hasFlags(PyType.IS_ABSTRACT)) {
            throw abstractError(type);
        }
        return type.hasDel ? new dev.adder.runtime.objects.PyFinalizedInstance(type) : new PyInstance(type);
    }

    private static PyException abstractError(PyType type) {
        PyObject am = type.lookup(PyStr.of("__abstractmethods__"));
        List<String> names = new ArrayList<>();
        if (am != null && am.type() != PyGetSetDescr.TYPE) {
            PyObject it = Abstract.iter(am);
            for (PyObject x; (x = Abstract.next(it)) != null;) {
                names.add(Abstract.str(x).value());
            }
        }
        java.util.Collections.sort(names);
        return PyErr.typeError("Can't instantiate abstract class %s with abstract method%s %s", type.name(),
                names.size() == 1 ? "" : "s", String.join(", ", names));
    }

    /** {@code object_init}. */
    static PyObject objectInit(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
        if (excess(nargs, kw)) {
            PyType type = self.type();
            if (type.lookup(Names.INIT) != objectInit) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.tp_new == OBJECT_NEW) {
                throw PyErr.typeError("%s.__init__() takes exactly one argument (the instance to initialize)",
                        type.name());
            }
        }
        return PyNone.NONE;
    }

    /** {@code type_call}: {@code tp_new}, then {@code __init__} when the result is an instance of the type. */
    static PyObject typeCall(PyObject self, PyObject[] args, int nargs, PyTuple kwnames) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE && nargs == 1 && (kwnames == null || kwnames.size() == 0)) {
            return args[0].type();
        }
        if (type.tp_new == null) {
            throw PyErr.typeError("cannot create '%s' instances", type.name());
        }
        PyObject obj = type.tp_new.make(type, args, nargs, kwnames);
        PyType ot = obj.type();
        if (ot != type && !ot.isSubtype(type)) {
            return obj;
        }
        if (ot == type && type.newInitializes) {
            return obj;
        }
        PyObject init = ot.lookup(Names.INIT);
        if (init == objectInit) {
            objectInit(obj, args, nargs, kwnames);
        } else if (init != null) {
            PyObject r;
            if (init.type().hasFlags(PyType.METHOD_DESCRIPTOR)) {
                int total = nargs + (kwnames == null ? 0 : kwnames.size());
                PyObject[] all = new PyObject[total + 1];
                all[0] = obj;
                System.arraycopy(args, 0, all, 1, total);
                r = Abstract.call(init, all, nargs + 1, kwnames);
            } else {
                Slots.DescrGetFunc g = init.type().tp_descr_get;
                PyObject bound = g == null ? init : g.get(init, obj, ot);
                r = Abstract.call(bound, args, nargs, kwnames);
            }
            if (r != PyNone.NONE) {
                throw PyErr.typeError("__init__() should return None, not '%s'", r.type().name());
            }
        }
        return obj;
    }

    /** {@code _PyType_CalculateMetaclass}: the most derived metaclass of {@code meta} and the bases'. */
    public static PyType calculateMetaclass(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType t = b.type();
            if (winner.isSubtype(t)) {
                continue;
            }
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type_new}: {@code type(name, bases, dict, **kwds)} and {@code type(x)}. */
    static PyObject typeNew(PyType metatype, PyObject[] args, int nargs, PyTuple kw) {
        boolean noKw = kw == null || kw.size() == 0;
        if (metatype == PyType.TYPE && nargs == 1 && noKw) {
            return args[0].type();
        }
        if (nargs != 3) {
            if (nargs == 1 || metatype == PyType.TYPE) {
                throw PyErr.typeError("type() takes 1 or 3 arguments");
            }
            throw PyErr.typeError("type.__new__() takes exactly 3 arguments (%d given)", nargs);
        }
        if (!(args[0] instanceof PyStr name)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not %s", args[0].type().name());
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not %s", args[1].type().name());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not %s", args[2].type().name());
        }
        PyObject[] bobjs = basesTuple.items();
        PyType winner = calculateMetaclass(metatype, bobjs);
        if (winner != metatype) {
            if (winner.tp_new != TYPE_NEW) {
                return winner.tp_new.make(winner, args, nargs, kw);
            }
            metatype = winner;
        }
        PyType[] bases = new PyType[bobjs.length];
        for (int i = 0; i < bobjs.length; i++) {
            if (!(bobjs[i] instanceof PyType b)) {
                throw PyErr.typeError("bases must be types");
            }
            bases[i] = b;
        }
        PyObject[] kwvals = new PyObject[noKw ? 0 : kw.size()];
        System.arraycopy(args, nargs, kwvals, 0, kwvals.length);
        return newClass(metatype, name, bases, ns, kw, kwvals);
    }

    private static boolean isPlainFunction(PyObject v) {
        PyType t = v.type();
        return !t.isHeapType() && t.name().equals("function");
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String c = className;
        int i = 0;
        while (i < c.length() && c.charAt(i) == '_') {
            i++;
        }
        if (i == c.length()) {
            return name;
        }
        return "_" + c.substring(i) + name;
    }

    /** The rest of {@code type_new} once the metaclass and bases are known. */
    public static PyType newClass(PyType metatype, PyStr name, PyType[] bases, PyDict ns, PyTuple kw,
            PyObject[] kwvals) {
        if (name.value().indexOf('\0') >= 0) {
            throw PyErr.valueError("type name must not contain null characters");
        }
        PyType t = PyType.allocHeapType(metatype, name.value(), bases);
        PyType base = t.base();
        PyDict dict = t.dict();
        dict.update(ns);
        // __module__
        PyStr modKey = PyStr.of("__module__");
        if (dict.getItem(modKey) == null) {
            PyStr m = VmHooks.callerModuleName();
            if (m != null) {
                dict.setItem(modKey, m);
            }
        }
        // __qualname__
        PyStr qnKey = PyStr.of("__qualname__");
        PyObject qn = dict.getItem(qnKey);
        if (qn != null) {
            if (!(qn instanceof PyStr q)) {
                throw PyErr.typeError("type __qualname__ must be a str, not %s", qn.type().name());
            }
            t.setQualname(q.value());
            dict.delItem(qnKey);
        }
        // special methods that are implicitly static or class methods
        PyStr newKey = PyStr.of("__new__");
        PyObject nv = dict.getItem(newKey);
        if (nv != null && isPlainFunction(nv)) {
            dict.setItem(newKey, PyStaticMethod.staticMethod(nv));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject v = dict.getItem(PyStr.of(cm));
            if (v != null && isPlainFunction(v)) {
                dict.setItem(PyStr.of(cm), PyStaticMethod.classMethod(v));
            }
        }
        setupSlots(t, base, bases, dict);
        // after the slots, which may name __doc__ (typing's _SpecialForm does)
        PyStr docKey = PyStr.of("__doc__");
        if (dict.getItem(docKey) == null) {
            dict.setItem(docKey, PyNone.NONE);
        }
        if (dict.getItem(PyStr.of("__eq__")) != null && dict.getItem(PyStr.of("__hash__")) == null) {
            dict.setItem(PyStr.of("__hash__"), PyNone.NONE);
        }
        // __classcell__
        PyStr cellKey = PyStr.of("__classcell__");
        PyObject cell = dict.getItem(cellKey);
        if (cell != null) {
            if (!VmHooks.setCell.set(cell, t)) {
                throw PyErr.typeError("__classcell__ must be a nonlocal cell, not %s", Abstract.repr(cell.type()).value());
            }
            dict.delItem(cellKey);
        }
        t.ready();
        setNames(t);
        initSubclass(t, kw, kwvals);
        return t;
    }

    private static void setupSlots(PyType t, PyType base, PyType[] bases, PyDict dict) {
        PyObject slots = dict.getItem(PyStr.of("__slots__"));
        boolean baseDict = false;
        boolean baseWeak = false;
        for (PyType b : bases) {
            baseDict |= b.instancesHaveDict;
            baseWeak |= b.instancesHaveWeakref;
        }
        t.nslots = base.nslots;
        if (slots == null) {
            t.instancesHaveDict = true;
            t.instancesHaveWeakref = true;
            // exceptions and types keep their own __dict__ (CPython: the base's tp_dictoffset)
            if (!baseDict && !dev.adder.runtime.exceptions.PyBaseException.class.isAssignableFrom(t.javaClass())
                    && !t.isSubtype(PyType.TYPE)) {
                addDictDescr(t, dict);
            }
            if (!baseWeak) {
                dict.setItem(PyStr.of("__weakref__"), new PyGetSetDescr(t, "__weakref__", o -> VmHooks.weakrefAttribute.apply(o), null));
            }
            return;
        }
        PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : PyTuple.fromIterable(slots).items();
        boolean addDict = false;
        boolean addWeak = false;
        TreeSet<String> names = new TreeSet<>();
        for (PyObject it : items) {
            if (!(it instanceof PyStr s)) {
                throw PyErr.typeError("__slots__ items must be strings, not '%s'", it.type().name());
            }
            if (!isIdentifier(s.value())) {
                throw PyErr.typeError("__slots__ must be identifiers");
            }
            if (s.value().equals("__dict__")) {
                if (baseDict || addDict) {
                    throw PyErr.typeError("__dict__ slot disallowed: we already got one");
                }
                addDict = true;
                continue;
            }
            if (s.value().equals("__weakref__")) {
                if (baseWeak || addWeak) {
                    throw PyErr.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                addWeak = true;
                continue;
            }
            // a repeated name makes one descriptor (CPython 3.11 accepts repeats: datetime's
            // __slots__ = date.__slots__ + time.__slots__ names '_hashcode' twice)
            names.add(mangle(t.name(), s.value()));
        }
        for (String n : names) {
            if (dict.getItem(PyStr.of(n)) != null) {
                throw PyErr.valueError("'%s' in __slots__ conflicts with class variable", n);
            }
        }
        if (!names.isEmpty()) {
            Class<?> jc = base.javaClass();
            if (jc == PyInt.class || jc == dev.adder.runtime.objects.PyTuple.class
                    || jc == dev.adder.runtime.objects.PyBytes.class) {
                throw PyErr.typeError("nonempty __slots__ not supported for subtype of '%s'", base.name());
            }
        }
        int i = t.nslots;
        for (String n : names) {
            dict.setItem(PyStr.of(n), new PyMemberDescr(t, n, i++));
        }
        t.nslots = i;
        t.instancesHaveDict = baseDict || addDict;
        t.instancesHaveWeakref = baseWeak || addWeak;
        if (addDict) {
            addDictDescr(t, dict);
        }
        if (addWeak) {
            dict.setItem(PyStr.of("__weakref__"), new PyGetSetDescr(t, "__weakref__", o -> VmHooks.weakrefAttribute.apply(o), null));
        }
    }

    static void addDictDescr(PyType t, PyDict dict) {
        dict.setItem(PyStr.of("__dict__"), new PyGetSetDescr(t, "__dict__", o -> {
            PyDict d = o.instanceDict();
            if (d == null) {
                throw PyErr.noAttribute(o, PyStr.of("__dict__"));
            }
            return d;
        }, (o, v) -> {
            if (v == null) {
                throw PyErr.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict d)) {
                throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().name());
            }
            if (o instanceof PyInstance pi) {
                pi.setInstanceDict(d);
            } else {
                PyDict own = o.instanceDict();
                own.clear();
                own.update(d);
            }
        }));
    }

    /** {@code type_new_set_names}: {@code __set_name__} on every attribute that has it. */
    private static void setNames(PyType t) {
        PyDict d = t.dict().copy();
        PyStr sn = PyStr.of("__set_name__");
        for (int j = d.nextEntry(0); j >= 0; j = d.nextEntry(j + 1)) {
            PyObject k = d.keyAt(j);
            PyObject v = d.valueAt(j);
            PyObject m = v.type().lookup(sn);
            if (m == null) {
                continue;
            }
            try {
                HeapTypeSlots.callMethod(m, v, t, k);
            } catch (PyException e) {
                PyException r = PyErr.format(PyExc.RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'",
                        v.type().name(), Abstract.repr(k).value(), t.name());
                r.value.setCause(e.value);
                r.value.setContext(e.value);
                throw r;
            }
        }
    }

    /** {@code type_new_init_subclass}: {@code super(t, t).__init_subclass__(**kwds)}. */
    private static void initSubclass(PyType t, PyTuple kw, PyObject[] kwvals) {
        PyObject f = Abstract.getAttr(PySuper.of(t, t), PyStr.of("__init_subclass__"));
        Abstract.call(f, kwvals, 0, kwvals.length == 0 ? null : kw);
    }

    /** Is {@code o} an exception object (for callers that must not touch its dictionary)? */
    static boolean isException(PyObject o) {
        return o instanceof PyBaseException;
    }
}
