package dev.adder.runtime;

import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMappingProxy;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The methods and attributes of {@code object} and {@code type} beyond their slots:
 * {@code object.__init__}, {@code __init_subclass__}, {@code __subclasshook__}, {@code __format__},
 * {@code __reduce_ex__}, {@code __dir__}, {@code __sizeof__}; {@code type.__name__},
 * {@code __qualname__}, {@code __module__}, {@code __doc__}, {@code __dict__}, {@code __bases__},
 * {@code __mro__}, {@code mro()}, {@code __subclasses__()}, {@code __prepare__},
 * {@code __instancecheck__}, {@code __subclasscheck__}, {@code __abstractmethods__}.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code object_methods}, {@code object_getsets},
 * {@code type_methods}, {@code type_getsets}, {@code type_members}).
 */
final class TypeAttributes {
    private TypeAttributes() {
    }

    private static PyType asType(PyObject o) {
        if (!(o instanceof PyType t)) {
            throw PyErr.typeError("descriptor requires a 'type' object but received a '%s'", o.type().name());
        }
        return t;
    }

    private static void checkHeapSet(PyType t, String attr, PyObject v) {
        if (!t.isHeapType()) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", attr, t.name());
        }
        if (v == null) {
            throw PyErr.typeError("cannot delete '%s' attribute of immutable type '%s'", attr, t.name());
        }
    }

    /** A {@code classmethod_descriptor} of object or type ({@code "object.name"}, {@code "type.name"}). */
    private static PyObject classMethod(String qualname, PyBuiltinFunction.Impl impl) {
        PyType owner = qualname.startsWith("type.") ? PyType.TYPE : PyType.OBJECT;
        return new dev.adder.runtime.objects.PyClassMethodDescr(qualname.substring(qualname.indexOf('.') + 1), owner,
                (cls, a, n, kw) -> {
                    // the body takes the class as its first argument
                    PyObject[] all = new PyObject[a.length + 1];
                    all[0] = cls;
                    System.arraycopy(a, 0, all, 1, a.length);
                    return impl.call(null, all, n + 1, kw);
                });
    }

    static void install() {
        PyType o = PyType.OBJECT;
        PyType t = PyType.TYPE;
        SlotWrappers.addWrapper(o, "__init__", (f, self, a, n, kw) -> TypeNew.objectInit(self, a, n, kw));
        TypeNew.objectInit = o.dict().getItem(PyStr.of("__init__"));
        PyMethodDescr.noArgs(o, "__reduce__", self -> commonReduce(self, 0));
        PyObject objectReduce = o.dict().getItem(PyStr.of("__reduce__"));
        PyMethodDescr.oneArg(o, "__reduce_ex__", (self, p) -> {
            long proto = Abstract.asSsizeArg(Abstract.index(p));
            // object___reduce_ex___impl: an overriding __reduce__ wins
            PyObject r = self.type().lookup("__reduce__");
            if (r != null && r != objectReduce) {
                return Abstract.call(Abstract.getAttr(self, "__reduce__"));
            }
            return commonReduce(self, proto);
        });
        PyMethodDescr.noArgs(o, "__getstate__", TypeAttributes::objectGetState);
        o.dict().setItem(PyStr.of("__subclasshook__"), classMethod("object.__subclasshook__",
                (s, a, n, kw) -> PyNotImplemented.NOT_IMPLEMENTED));
        o.dict().setItem(PyStr.of("__init_subclass__"), classMethod("object.__init_subclass__", (s, a, n, kw) -> {
            if (n < 1) {
                throw PyErr.typeError("__init_subclass__() needs the class");
            }
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("%s.__init_subclass__() takes no keyword arguments", asType(a[0]).name());
            }
            if (n > 1) {
                throw PyErr.typeError("%s.__init_subclass__() takes no arguments (%d given)", asType(a[0]).name(),
                        n - 1);
            }
            return PyNone.NONE;
        }));
        PyMethodDescr.oneArg(o, "__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw PyErr.typeError("__format__() argument must be str, not %s", spec.type().name());
            }
            if (!s.value().isEmpty()) {
                throw PyErr.typeError("unsupported format string passed to %s.__format__", self.type().name());
            }
            return Abstract.str(self);
        });
        PyMethodDescr.noArgs(o, "__sizeof__", self -> PyInt.of(self.type().isHeapType() ? 24 + 8L
                * self.type().slotCount() : 16));
        PyMethodDescr.noArgs(o, "__dir__", TypeAttributes::objectDir);
        // object has no __dict__ attribute (dir(5) lists none): the builtin types whose instances
        // have a dict define their own, as CPython's do (BaseException's is set with its methods)
        for (PyType withDict : new PyType[] {dev.adder.runtime.objects.PyStaticMethod.TYPE,
            dev.adder.runtime.objects.PyStaticMethod.CLASSMETHOD}) {
            BaseObject.addInstanceDictDescriptor(withDict);
        }
        o.setAttribute("__class__", new PyGetSetDescr(o, "__class__", PyObject::type, TypeAttributes::setClass));
        o.setAttribute("__doc__", PyStr.of("The base class of the class hierarchy.\n\nWhen called, it accepts no "
                + "arguments and returns a new featureless\ninstance that has no instance attributes and cannot be "
                + "given any.\n"));

        // ---- type ----
        SlotWrappers.addWrapper(t, "__init__", (f, self, a, n, kw) -> {
            if (kw != null && kw.size() > 0 && n == 1) {
                throw PyErr.typeError("type.__init__() takes no keyword arguments");
            }
            if (n != 1 && n != 3) {
                throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PyNone.NONE;
        });
        t.setAttribute("__name__", new PyGetSetDescr(t, "__name__", self -> PyStr.of(asType(self).shortName()),
                (self, v) -> {
                    PyType ty = asType(self);
                    checkHeapSet(ty, "__name__", v);
                    if (!(v instanceof PyStr s)) {
                        throw PyErr.typeError("can only assign string to %s.__name__, not '%s'", ty.name(),
                                v.type().name());
                    }
                    if (s.value().indexOf('\0') >= 0) {
                        throw PyErr.valueError("type name must not contain null characters");
                    }
                    ty.setName(s.value());
                }));
        t.setAttribute("__qualname__", new PyGetSetDescr(t, "__qualname__",
                self -> PyStr.of(asType(self).qualname()), (self, v) -> {
                    PyType ty = asType(self);
                    checkHeapSet(ty, "__qualname__", v);
                    if (!(v instanceof PyStr s)) {
                        throw PyErr.typeError("can only assign string to %s.__qualname__, not '%s'", ty.name(),
                                v.type().name());
                    }
                    ty.setQualname(s.value());
                }));
        t.setAttribute("__module__", new PyGetSetDescr(t, "__module__", self -> {
            PyType ty = asType(self);
            if (ty.isHeapType()) {
                PyObject m = ty.dict().getItem(PyStr.of("__module__"));
                if (m == null) {
                    throw PyErr.attributeError("__module__");
                }
                return m;
            }
            // a builtin type defined outside builtins names its module in its dict (re.Pattern) or its name
            PyObject m = ty.dict().getItem(PyStr.of("__module__"));
            return m instanceof PyStr ? m : PyStr.of(BaseObject.moduleOf(ty));
        }, (self, v) -> {
            PyType ty = asType(self);
            checkHeapSet(ty, "__module__", v);
            ty.dict().setItem(PyStr.of("__module__"), v);
            ty.modified();
        }));
        t.setAttribute("__doc__", new PyGetSetDescr(t, "__doc__", self -> {
            PyType ty = asType(self);
            PyObject d = ty.dict().getItem(PyStr.of("__doc__"));
            if (d == null) {
                return PyNone.NONE;
            }
            Slots.DescrGetFunc g = d.type().tp_descr_get;
            return g == null ? d : g.get(d, null, ty);
        }, (self, v) -> {
            PyType ty = asType(self);
            checkHeapSet(ty, "__doc__", v);
            ty.dict().setItem(PyStr.of("__doc__"), v);
            ty.modified();
        }));
        t.setAttribute("__dict__", new PyGetSetDescr(t, "__dict__", self -> new PyMappingProxy(asType(self).dict()),
                null));
        t.setAttribute("__mro__", new PyGetSetDescr(t, "__mro__", self -> PyTuple.of(asType(self).mro()), null));
        t.setAttribute("__bases__", new PyGetSetDescr(t, "__bases__", self -> PyTuple.of(asType(self).bases()),
                (self, v) -> {
                    PyType ty = asType(self);
                    checkHeapSet(ty, "__bases__", v);
                    if (!(v instanceof PyTuple)) {
                        throw PyErr.typeError("can only assign tuple to %s.__bases__, not %s", ty.name(),
                                v.type().name());
                    }
                    throw PyErr.typeError("assignment to %s.__bases__ is not supported", ty.name());
                }));
        t.setAttribute("__base__", new PyGetSetDescr(t, "__base__", self -> {
            PyType b = asType(self).base();
            return b == null ? PyNone.NONE : b;
        }, null));
        t.setAttribute("__flags__", new PyGetSetDescr(t, "__flags__", self -> PyInt.of(asType(self).flags()),
                null));
        t.setAttribute("__abstractmethods__", new PyGetSetDescr(t, "__abstractmethods__", self -> {
            PyType ty = asType(self);
            PyObject v = ty == PyType.TYPE ? null : ty.dict().getItem(PyStr.of("__abstractmethods__"));
            if (v == null) {
                throw PyErr.attributeError("__abstractmethods__");
            }
            return v;
        }, (self, v) -> {
            PyType ty = asType(self);
            PyStr key = PyStr.of("__abstractmethods__");
            if (v == null) {
                if (!ty.dict().delItem(key)) {
                    throw PyErr.attributeError("__abstractmethods__");
                }
                ty.setFlag(PyType.IS_ABSTRACT, false);
            } else {
                boolean abs = Abstract.isTrue(v);
                ty.dict().setItem(key, v);
                ty.setFlag(PyType.IS_ABSTRACT, abs);
            }
            ty.modified();
        }));
        t.setAttribute("__annotations__", new PyGetSetDescr(t, "__annotations__", self -> {
            PyType ty = asType(self);
            if (!ty.isHeapType()) {
                throw PyErr.attributeError("type object '%s' has no attribute '__annotations__'", ty.name());
            }
            PyObject a = ty.dict().getItem(PyStr.of("__annotations__"));
            if (a == null) {
                a = new PyDict();
                ty.dict().setItem(PyStr.of("__annotations__"), a);
            } else if (a.type().tp_descr_get != null) {
                a = a.type().tp_descr_get.get(a, null, ty);
            }
            return a;
        }, (self, v) -> {
            PyType ty = asType(self);
            checkHeapSet(ty, "__annotations__", v);
            ty.dict().setItem(PyStr.of("__annotations__"), v);
            ty.modified();
        }));
        t.setAttribute("__text_signature__", new PyGetSetDescr(t, "__text_signature__", self -> PyNone.NONE, null));
        PyMethodDescr.noArgs(t, "mro", self -> {
            PyType ty = asType(self);
            return PyList.of(ty.mro());
        });
        PyMethodDescr.noArgs(t, "__subclasses__", self -> PyList.of(asType(self).subclassList().toArray(new PyObject[0])));
        t.dict().setItem(PyStr.of("__prepare__"), classMethod("type.__prepare__", (s, a, n, kw) -> new PyDict()));
        PyMethodDescr.oneArg(t, "__instancecheck__", (self, inst) -> PyBool.of(Abstract.recursiveIsInstance(inst,
                self)));
        PyMethodDescr.oneArg(t, "__subclasscheck__", (self, sub) -> PyBool.of(Abstract.recursiveIsSubclass(sub,
                self)));
        PyMethodDescr.noArgs(t, "__sizeof__", self -> PyInt.of(asType(self).isHeapType() ? 1072 : 416));
        PyMethodDescr.noArgs(t, "__dir__", TypeAttributes::typeDir);
        o.modified();
        t.modified();
    }

    /**
     * CPython's {@code _common_reduce}: protocol 2 and later reduce with {@code __newobj__};
     * protocols 0 and 1 (and {@code object.__reduce__()}) with {@code copyreg._reduce_ex}.
     */
    private static PyObject commonReduce(PyObject self, long proto) {
        if (proto >= 2) {
            return reduceNewObj(self);
        }
        PyObject copyreg = Abstract.call(VmHooks.builtin.apply("__import__"), PyStr.of("copyreg"));
        return Abstract.call(Abstract.getAttr(copyreg, "_reduce_ex"), self, PyInt.of(proto));
    }

    /** copyreg.__newobj__: {@code cls.__new__(cls, *args)}, as reductions name it. */
    private static PyObject newObj() {
        PyObject copyreg = Abstract.call(VmHooks.builtin.apply("__import__"), PyStr.of("copyreg"));
        return Abstract.getAttr(copyreg, "__newobj__");
    }

    /**
     * {@code object.__getstate__}: the instance dict (None when empty), paired with a dict of the
     * values of the slots set when the class has {@code __slots__}: {@code (dict or None, slots)}.
     */
    private static PyObject objectGetState(PyObject self) {
        PyDict d = self.instanceDict();
        PyObject state = d == null || d.size() == 0 ? PyNone.NONE : d;
        PyObject[] names = copyregSlotNames(self.type());
        if (names.length > 0) {
            PyDict slots = new PyDict();
            for (PyObject name : names) {
                PyObject v = Abstract.lookupAttr(self, (PyStr) name);
                if (v != null) {
                    slots.setItem(name, v);
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }

    private static final PyStr SLOTNAMES = PyStr.intern("__slotnames__");

    /**
     * The names of the slots of a class's instances along its MRO ({@code copyreg._slotnames}):
     * {@code __dict__} and {@code __weakref__} left out, private names mangled; kept in the
     * class's {@code __slotnames__}, as copyreg keeps them.
     */
    static PyObject[] copyregSlotNames(PyType t) {
        if (!t.isHeapType()) {
            return new PyObject[0];
        }
        PyObject cached = t.dict().getItem(SLOTNAMES);
        if (cached instanceof PyList l) {
            return l.toArray();
        }
        java.util.List<PyObject> names = new java.util.ArrayList<>();
        for (PyType c : t.mro()) {
            PyObject slots = c.dict().getItem(PyStr.of("__slots__"));
            if (slots == null) {
                continue;
            }
            PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : PyTuple.fromIterable(slots).items();
            for (PyObject it : items) {
                String n = ((PyStr) it).value();
                if (n.equals("__dict__") || n.equals("__weakref__")) {
                    continue;
                }
                if (n.startsWith("__") && !n.endsWith("__")) {
                    String stripped = c.name().replaceFirst("^_+", "");
                    if (!stripped.isEmpty()) {
                        n = "_" + stripped + n;
                    }
                }
                names.add(PyStr.of(n));
            }
        }
        PyObject[] r = names.toArray(new PyObject[0]);
        t.setAttribute("__slotnames__", PyList.of(r));
        return r;
    }

    /**
     * {@code reduce_newobj}: {@code (__newobj__, (cls, *args), state, listitems, dictitems)}, what
     * {@code copy} and protocol-2 pickling use for objects without their own {@code __reduce__}.
     */
    private static PyObject reduceNewObj(PyObject self) {
        PyType t = self.type();
        if (t.tp_new == null) {
            throw PyErr.typeError("cannot pickle '%s' object", t.name());
        }
        PyObject[] args = new PyObject[] {t};
        boolean hasArgs = false;
        PyObject gnaEx = Abstract.lookupAttr(self, PyStr.of("__getnewargs_ex__"));
        PyObject gna = gnaEx != null ? null : Abstract.lookupAttr(self, PyStr.of("__getnewargs__"));
        PyObject newObj = null;
        if (gnaEx != null) {
            // _PyObject_GetNewArguments: (args, kwargs); keywords need copyreg.__newobj_ex__
            PyObject r = Abstract.call(gnaEx);
            if (!(r instanceof PyTuple rt)) {
                throw PyErr.typeError("__getnewargs_ex__ should return a tuple, not '%s'", r.type().name());
            }
            if (rt.size() != 2) {
                throw PyErr.format(dev.adder.runtime.exceptions.PyExc.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %d",
                        rt.size());
            }
            PyObject a = rt.items()[0];
            PyObject kw = rt.items()[1];
            if (!(a instanceof PyTuple at)) {
                throw PyErr.typeError(
                        "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        a.type().name());
            }
            if (!(kw instanceof PyDict kd)) {
                throw PyErr.typeError(
                        "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        kw.type().name());
            }
            hasArgs = true;
            if (kd.size() == 0) {
                args = new PyObject[at.size() + 1];
                args[0] = t;
                System.arraycopy(at.items(), 0, args, 1, at.size());
            } else {
                PyObject copyreg = Abstract.call(VmHooks.builtin.apply("__import__"), PyStr.of("copyreg"));
                newObj = Abstract.getAttr(copyreg, "__newobj_ex__");
                args = new PyObject[] {t, at, kd};
            }
        }
        if (gna != null) {
            PyObject r = Abstract.call(gna);
            if (!(r instanceof PyTuple rt)) {
                throw PyErr.typeError("__getnewargs__ should return a tuple, not '%s'", r.type().name());
            }
            hasArgs = true;
            args = new PyObject[rt.size() + 1];
            args[0] = t;
            System.arraycopy(rt.items(), 0, args, 1, rt.size());
        }
        boolean isList = self instanceof PyList;
        boolean isDict = self instanceof PyDict;
        if (!hasArgs && !isList && !isDict) {
            // object_getstate_default: an instance with state beyond object's needs its own reduce
            PyType solid = t;
            while (solid.isHeapType() && solid.base() != null) {
                solid = solid.base();
            }
            if (solid.name().equals("memoryview")) {
                throw PyErr.typeError("cannot pickle %s objects", solid.name());
            }
            if (!t.isHeapType() && t != PyType.OBJECT && t != PyNone.NONE.type() && self.instanceDict() == null
                    || solid == dev.adder.runtime.objects.PyStaticMethod.TYPE
                    || solid == dev.adder.runtime.objects.PyStaticMethod.CLASSMETHOD) {
                throw PyErr.typeError("cannot pickle '%s' object", t.name());
            }
        }
        PyObject state = Abstract.callMethod(self, "__getstate__");
        PyObject listItems = isList ? Abstract.iter(self) : PyNone.NONE;
        PyObject dictItems = isDict ? Abstract.iter(Abstract.callMethod(self, "items")) : PyNone.NONE;
        return PyTuple.of(newObj != null ? newObj : newObj(), PyTuple.of(args), state, listItems, dictItems);
    }

    private static void addNames(PyDict into, PyObject from) {
        if (from instanceof PyDict d) {
            for (int j = d.nextEntry(0); j >= 0; j = d.nextEntry(j + 1)) {
                into.setItem(d.keyAt(j), PyNone.NONE);
            }
        }
    }

    private static PyObject typeDir(PyObject self) {
        PyDict names = new PyDict();
        for (PyType k : asType(self).mro()) {
            addNames(names, k.dict());
        }
        return PyList.of(names.keysArray());
    }

    private static PyObject objectDir(PyObject self) {
        PyDict names = new PyDict();
        PyObject d = Abstract.lookupAttr(self, PyStr.of("__dict__"));
        if (d != null) {
            addNames(names, d);
        }
        PyObject cls = Abstract.lookupAttr(self, PyStr.of("__class__"));
        if (cls instanceof PyType ct) {
            for (PyType k : ct.mro()) {
                addNames(names, k.dict());
            }
        }
        return PyList.of(names.keysArray());
    }

    /** {@code object.__class__ = v}. CPython: Objects/typeobject.c ({@code object_set_class}). */
    private static void setClass(PyObject self, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("can't delete __class__ attribute");
        }
        if (!(v instanceof PyType newto)) {
            throw PyErr.typeError("__class__ must be set to a class, not '%s' object", v.type().name());
        }
        PyType oldto = self.type();
        boolean modules = isModuleType(newto) && isModuleType(oldto);
        if (!modules && (newto.hasFlags(PyType.IMMUTABLETYPE) || oldto.hasFlags(PyType.IMMUTABLETYPE))) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        // the same Java layout: instance class, dict or not, and the same __slots__ cells
        // a module carries its dict whatever its class
        boolean dictsDiffer = !modules && newto.instancesHaveDict() != oldto.instancesHaveDict();
        if (newto.javaClass() != oldto.javaClass() || dictsDiffer || newto.slotCount() != oldto.slotCount()
                || !slotNames(newto).equals(slotNames(oldto))) {
            throw PyErr.typeError("__class__ assignment: '%s' object layout differs from '%s'", newto.name(),
                    oldto.name());
        }
        self.setType(newto);
    }

    /** True for {@code types.ModuleType} and its subclasses. */
    private static boolean isModuleType(PyType t) {
        for (PyType bt : t.mro()) {
            if (!bt.isHeapType() && bt.name().equals("module")) {
                return true;
            }
        }
        return false;
    }

    /** The names of the {@code __slots__} cells of {@code t}'s instances, in cell order. */
    private static java.util.List<String> slotNames(PyType t) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (PyType b = t; b != null && b.slotCount() > 0; b = b.base()) {
            java.util.List<String> own = new java.util.ArrayList<>();
            for (PyObject k : b.dict().keysArray()) {
                if (b.dict().getItem(k) instanceof dev.adder.runtime.objects.PyMemberDescr) {
                    own.add(((PyStr) k).value());
                }
            }
            names.addAll(0, own);
        }
        return names;
    }
}
