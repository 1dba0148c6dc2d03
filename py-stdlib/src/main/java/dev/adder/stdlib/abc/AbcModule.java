package dev.adder.stdlib.abc;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;

/**
 * The {@code _abc} module: per-class registries and positive/negative caches of
 * {@code abc.ABCMeta}, held weakly (a {@link WeakHashMap} keyed by the class: type objects
 * compare by identity in Java), and the abstract-method computation of {@code _abc_init}.
 *
 * <p>CPython: {@code Modules/_abc.c} ({@code _abc_data}, {@code compute_abstract_methods},
 * {@code _abc__abc_register_impl}, {@code _abc__abc_instancecheck_impl},
 * {@code _abc__abc_subclasscheck_impl}).
 */
public final class AbcModule implements BuiltinModule {
    @Override
    public String name() {
        return "_abc";
    }

    /** {@code _abc._abc_data}: what {@code cls._abc_impl} holds. */
    static final class AbcData extends PyObject {
        static final PyType TYPE = PyType.builtin("_abc._abc_data", AbcData.class, 0);
        final WeakHashMap<PyType, Boolean> registry = new WeakHashMap<>();
        final WeakHashMap<PyType, Boolean> cache = new WeakHashMap<>();
        final WeakHashMap<PyType, Boolean> negativeCache = new WeakHashMap<>();
        long negativeCacheVersion = invalidationCounter;

        AbcData() {
            super(TYPE);
        }

        static {
            TYPE.ready();
        }
    }

    /** {@code abc_invalidation_counter}: bumped by every registration. */
    static long invalidationCounter;

    private static AbcData impl(PyObject self) {
        PyObject d = Abstract.getAttr(self, "_abc_impl");
        if (!(d instanceof AbcData a)) {
            throw PyErr.typeError("_abc_impl is set to a wrong type");
        }
        return a;
    }

    private static boolean isAbstract(PyObject v) {
        PyObject a = Abstract.lookupAttr(v, PyStr.of("__isabstractmethod__"));
        return a != null && Abstract.isTrue(a);
    }

    /** {@code compute_abstract_methods}. */
    private static void computeAbstractMethods(PyObject self) {
        List<PyObject> abstracts = new ArrayList<>();
        PyObject ns = Abstract.getAttr(self, "__dict__");
        PyObject items = Abstract.iter(Abstract.callMethod(ns, "items"));
        for (PyObject kv; (kv = Abstract.next(items)) != null;) {
            if (!(kv instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("items() returned item which is not a 2-tuple");
            }
            if (isAbstract(t.get(1))) {
                abstracts.add(t.get(0));
            }
        }
        PyObject bases = Abstract.getAttr(self, "__bases__");
        if (!(bases instanceof PyTuple bt)) {
            throw PyErr.typeError("__bases__ is not tuple");
        }
        PyStr am = PyStr.of("__abstractmethods__");
        for (PyObject base : bt.items()) {
            PyObject names = Abstract.lookupAttr(base, am);
            if (names == null) {
                continue;
            }
            PyObject it = Abstract.iter(names);
            for (PyObject key; (key = Abstract.next(it)) != null;) {
                if (!(key instanceof PyStr ks)) {
                    continue;
                }
                PyObject value = Abstract.lookupAttr(self, ks);
                if (value != null && isAbstract(value)) {
                    abstracts.add(key);
                }
            }
        }
        PyObject fs = Abstract.call(PySet.FROZENSET_TYPE, PyList.of(abstracts.toArray(new PyObject[0])));
        Abstract.setAttr(self, am, fs);
    }

    private static PyObject subclassCheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        AbcData impl = impl(self);
        if (impl.cache.containsKey(sub)) {
            return PyBool.TRUE;
        }
        if (impl.negativeCacheVersion < invalidationCounter) {
            impl.negativeCache.clear();
            impl.negativeCacheVersion = invalidationCounter;
        } else if (impl.negativeCache.containsKey(sub)) {
            return PyBool.FALSE;
        }
        PyObject ok = Abstract.callMethod(self, "__subclasshook__", sub);
        if (ok == PyBool.TRUE) {
            impl.cache.put(sub, Boolean.TRUE);
            return PyBool.TRUE;
        }
        if (ok == PyBool.FALSE) {
            impl.negativeCache.put(sub, Boolean.TRUE);
            return PyBool.FALSE;
        }
        if (ok != PyNotImplemented.NOT_IMPLEMENTED) {
            throw PyErr.format(PyExc.AssertionError, "__subclasshook__ must return either False, True, or "
                    + "NotImplemented");
        }
        if (self instanceof PyType st && sub.isSubtype(st)) {
            impl.cache.put(sub, Boolean.TRUE);
            return PyBool.TRUE;
        }
        for (PyType r : new ArrayList<>(impl.registry.keySet())) {
            if (r != null && Abstract.objectIsSubclass(sub, r)) {
                impl.cache.put(sub, Boolean.TRUE);
                return PyBool.TRUE;
            }
        }
        PyObject subs = Abstract.callMethod(self, "__subclasses__");
        PyObject it = Abstract.iter(subs);
        for (PyObject s; (s = Abstract.next(it)) != null;) {
            if (Abstract.objectIsSubclass(sub, s)) {
                impl.cache.put(sub, Boolean.TRUE);
                return PyBool.TRUE;
            }
        }
        impl.negativeCache.put(sub, Boolean.TRUE);
        return PyBool.FALSE;
    }

    private static PyObject instanceCheck(PyObject self, PyObject instance) {
        AbcData impl = impl(self);
        PyObject subclass = Abstract.getAttr(instance, "__class__");
        if (subclass instanceof PyType sc && impl.cache.containsKey(sc)) {
            return PyBool.TRUE;
        }
        PyType subtype = instance.type();
        if (subtype == subclass) {
            if (impl.negativeCacheVersion == invalidationCounter && impl.negativeCache.containsKey(subtype)) {
                return PyBool.FALSE;
            }
            return Abstract.callMethod(self, "__subclasscheck__", subclass);
        }
        PyObject r = Abstract.callMethod(self, "__subclasscheck__", subclass);
        if (Abstract.isTrue(r)) {
            return r;
        }
        return Abstract.callMethod(self, "__subclasscheck__", subtype);
    }

    private static PyObject register(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyErr.typeError("Can only register classes");
        }
        if (Abstract.objectIsSubclass(sub, self)) {
            return sub;
        }
        if (Abstract.objectIsSubclass(self, sub)) {
            throw PyErr.format(PyExc.RuntimeError, "Refusing to create an inheritance cycle");
        }
        impl(self).registry.put(sub, Boolean.TRUE);
        invalidationCounter++;
        // a class registered with Sequence or Mapping is one for the match statement
        if (self instanceof PyType st && (st.flags() & (PyType.SEQUENCE | PyType.MAPPING)) != 0
                && !sub.hasFlags(PyType.IMMUTABLETYPE)) {
            sub.setCollectionFlag(st.flags());
        }
        return sub;
    }

    private static PyObject weakSet(WeakHashMap<PyType, Boolean> m) {
        PySet s = (PySet) Abstract.call(PySet.TYPE);
        for (PyType t : new ArrayList<>(m.keySet())) {
            if (t != null) {
                s.add(t);
            }
        }
        return s;
    }

    private static void def(PyModule m, String name, int nargs, java.util.function.Function<PyObject[], PyObject> f) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, (self, a, n, kw) -> {
            BuiltinArgs.positional(name, n, kw, nargs, nargs);
            return f.apply(a);
        }));
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("Module contains faster C implementation of abc.ABCMeta"));
        m.dict.setItem(PyStr.of("_abc_data"), AbcData.TYPE);
        def(m, "get_cache_token", 0, a -> PyInt.of(invalidationCounter));
        def(m, "_abc_init", 1, a -> {
            computeAbstractMethods(a[0]);
            AbcData data = new AbcData();
            Abstract.setAttr(a[0], PyStr.of("_abc_impl"), data);
            if (a[0] instanceof PyType t) {
                PyDict d = t.dict();
                PyObject fl = d.getItem(PyStr.of("__abc_tpflags__"));
                if (fl != null) {
                    if (fl.getClass() == PyInt.class) {
                        long v = ((PyInt) fl).clampedLong() & (PyType.SEQUENCE | PyType.MAPPING);
                        if (v == (PyType.SEQUENCE | PyType.MAPPING)) {
                            throw PyErr.typeError(
                                    "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                        }
                        if (v != 0) {
                            t.setCollectionFlag((int) v);
                        }
                    }
                    d.delItem(PyStr.of("__abc_tpflags__"));
                    t.modified();
                }
            }
            return PyNone.NONE;
        });
        def(m, "_abc_register", 2, a -> register(a[0], a[1]));
        def(m, "_abc_instancecheck", 2, a -> instanceCheck(a[0], a[1]));
        def(m, "_abc_subclasscheck", 2, a -> subclassCheck(a[0], a[1]));
        def(m, "_get_dump", 1, a -> {
            AbcData d = impl(a[0]);
            return PyTuple.of(weakSet(d.registry), weakSet(d.cache), weakSet(d.negativeCache),
                    PyInt.of(d.negativeCacheVersion));
        });
        def(m, "_reset_registry", 1, a -> {
            impl(a[0]).registry.clear();
            return PyNone.NONE;
        });
        def(m, "_reset_caches", 1, a -> {
            AbcData d = impl(a[0]);
            d.cache.clear();
            d.negativeCache.clear();
            return PyNone.NONE;
        });
    }
}
