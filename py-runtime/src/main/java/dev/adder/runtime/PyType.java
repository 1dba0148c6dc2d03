package dev.adder.runtime;

import dev.adder.runtime.Slots.BinaryFunc;
import dev.adder.runtime.Slots.CallFunc;
import dev.adder.runtime.Slots.DescrGetFunc;
import dev.adder.runtime.Slots.DescrSetFunc;
import dev.adder.runtime.Slots.GetAttroFunc;
import dev.adder.runtime.Slots.HashFunc;
import dev.adder.runtime.Slots.Inquiry;
import dev.adder.runtime.Slots.IterNextFunc;
import dev.adder.runtime.Slots.LenFunc;
import dev.adder.runtime.Slots.NewFunc;
import dev.adder.runtime.Slots.ObjObjArgProc;
import dev.adder.runtime.Slots.ObjObjProc;
import dev.adder.runtime.Slots.RichCmpFunc;
import dev.adder.runtime.Slots.SetAttroFunc;
import dev.adder.runtime.Slots.UnaryFunc;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyStr;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python type object: name, bases, method resolution order, dictionary, flags, version tag and
 * the slots through which the abstract operations reach a type's behaviour.
 *
 * <p>CPython: {@code Objects/typeobject.c} ({@code PyTypeObject}, {@code mro_internal},
 * {@code inherit_slots}, {@code _PyType_Lookup}, {@code type_getattro}), and
 * {@code Objects/object.c} ({@code PyObject_GenericGetAttr}, {@code PyObject_GenericSetAttr}).
 *
 * <p>Slots are public mutable fields, filled by builtin types in their static initializers and
 * inherited from the bases by {@link #ready()}. Binary number slots are kept in one array indexed
 * by {@link NumberOp} so that the generic binary-operation code is one piece of code.
 */
public final class PyType extends PyObject {
    // ---- flags (CPython's Py_TPFLAGS_* values) ----
    /** Py_TPFLAGS_SEQUENCE: set by {@code _abc} on a class ({@code __abc_tpflags__}, register). */
    public static final int SEQUENCE = 1 << 5;
    /** Py_TPFLAGS_MAPPING: set by {@code _abc} on a class ({@code __abc_tpflags__}, register). */
    public static final int MAPPING = 1 << 6;
    /** Py_TPFLAGS_IMMUTABLETYPE: attributes cannot be set on the type. */
    public static final int IMMUTABLETYPE = 1 << 8;
    /** Py_TPFLAGS_HEAPTYPE: a class created at run time. */
    public static final int HEAPTYPE = 1 << 9;
    /** Py_TPFLAGS_BASETYPE: the type can be subclassed. */
    public static final int BASETYPE = 1 << 10;
    /**
     * Py_TPFLAGS_HAVE_VECTORCALL: a builtin type whose instances are called without the eval
     * loop's recursion check for calls to objects (CPython checks only in {@code _PyObject_MakeTpCall}).
     * Not inherited by classes defined in Python.
     */
    public static final int HAVE_VECTORCALL = 1 << 11;
    /** Py_TPFLAGS_IS_ABSTRACT: the class has abstract methods and cannot be instantiated. */
    public static final int IS_ABSTRACT = 1 << 20;
    /** Py_TPFLAGS_METHOD_DESCRIPTOR: instances are called unbound with self first. */
    public static final int METHOD_DESCRIPTOR = 1 << 17;
    /** Py_TPFLAGS_LONG_SUBCLASS. */
    public static final int LONG_SUBCLASS = 1 << 24;
    /** Py_TPFLAGS_LIST_SUBCLASS. */
    public static final int LIST_SUBCLASS = 1 << 25;
    /** Py_TPFLAGS_TUPLE_SUBCLASS. */
    public static final int TUPLE_SUBCLASS = 1 << 26;
    /** Py_TPFLAGS_BYTES_SUBCLASS. */
    public static final int BYTES_SUBCLASS = 1 << 27;
    /** Py_TPFLAGS_UNICODE_SUBCLASS. */
    public static final int UNICODE_SUBCLASS = 1 << 28;
    /** Py_TPFLAGS_DICT_SUBCLASS. */
    public static final int DICT_SUBCLASS = 1 << 29;
    /** Py_TPFLAGS_BASE_EXC_SUBCLASS. */
    public static final int BASE_EXC_SUBCLASS = 1 << 30;
    /** Py_TPFLAGS_TYPE_SUBCLASS. */
    public static final int TYPE_SUBCLASS = 1 << 31;
    private static final int INHERITED_SUBCLASS_FLAGS = LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS
            | BYTES_SUBCLASS | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS;

    /** {@code type}, the metatype. */
    public static final PyType TYPE;
    /** {@code object}, the root of every MRO. */
    public static final PyType OBJECT;

    /**
     * The next version tag. Declared before the static initializer that makes {@code type} and
     * {@code object} (and, through {@link BaseObject#init}, the other core types), so that no later
     * initializer resets it and gives two types one tag.
     */
    private static int nextVersionTag = 1;

    static {
        TYPE = new PyType("type", PyType.class, BASETYPE | IMMUTABLETYPE | TYPE_SUBCLASS);
        OBJECT = new PyType(TYPE, "object", PyObject.class, BASETYPE | IMMUTABLETYPE, new PyType[0]);
        TYPE.setBasesInternal(new PyType[] {OBJECT});
        BaseObject.init();
    }

    private String name;
    private String qualname;
    private final Class<?> javaClass;
    private int flags;
    private PyType[] bases;
    private PyType base;
    private PyType[] mro;
    private PyDict dict;
    private int versionTag;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>(0);
    private boolean operatorsAdded;
    /** See {@link #setNewInitializes()}. */
    boolean newInitializes;
    /** Instances of this class defined in Python have a {@code __dict__}. */
    boolean instancesHaveDict;
    /** A class defined in Python with a {@code __del__} (its instances are {@link dev.adder.runtime.objects.PyFinalizedInstance}). */
    public boolean hasDel;
    /** Instances of this class defined in Python support weak references ({@code __weakref__}). */
    boolean instancesHaveWeakref;
    /** The number of {@code __slots__} storage cells of an instance (own and inherited). */
    int nslots;

    // ---- slots ----
    /** {@code tp_repr}: returns a {@code str}. */
    public UnaryFunc tp_repr;
    /** {@code tp_str}: returns a {@code str}. */
    public UnaryFunc tp_str;
    /** {@code tp_hash}. */
    public HashFunc tp_hash;
    /** {@code tp_richcompare}. */
    public RichCmpFunc tp_richcompare;
    /** {@code tp_getattro}. */
    public GetAttroFunc tp_getattro;
    /** {@code tp_setattro}. */
    public SetAttroFunc tp_setattro;
    /** {@code tp_iter}. */
    public UnaryFunc tp_iter;
    /** {@code tp_iternext}. */
    public IterNextFunc tp_iternext;
    /** {@code tp_call}. */
    public CallFunc tp_call;
    /** {@code tp_new}. */
    public NewFunc tp_new;
    /** {@code tp_descr_get}. */
    public DescrGetFunc tp_descr_get;
    /** {@code tp_descr_set}. */
    public DescrSetFunc tp_descr_set;
    /** {@code nb_bool}. */
    public Inquiry nb_bool;
    /** {@code nb_int}. */
    public UnaryFunc nb_int;
    /** {@code nb_float}. */
    public UnaryFunc nb_float;
    /** {@code nb_index}. */
    public UnaryFunc nb_index;
    /** {@code nb_negative}. */
    public UnaryFunc nb_negative;
    /** {@code nb_positive}. */
    public UnaryFunc nb_positive;
    /** {@code nb_absolute}. */
    public UnaryFunc nb_absolute;
    /** {@code nb_invert}. */
    public UnaryFunc nb_invert;
    /** The binary number slots ({@code nb_add}...), indexed by {@link NumberOp#ordinal()}. */
    public final BinaryFunc[] nb_binary = new BinaryFunc[NumberOp.COUNT];
    /** The in-place number slots ({@code nb_inplace_add}...), indexed by {@link NumberOp#ordinal()}. */
    public final BinaryFunc[] nb_inplace = new BinaryFunc[NumberOp.COUNT];
    /** {@code sq_length}. */
    public LenFunc sq_length;
    /** {@code mp_length}. */
    public LenFunc mp_length;
    /** {@code sq_concat}. */
    public BinaryFunc sq_concat;
    /** {@code sq_repeat} (the count already converted to an int object by the caller's check). */
    public BinaryFunc sq_repeat;
    /** {@code sq_contains}. */
    public ObjObjProc sq_contains;
    /** {@code mp_subscript}. */
    public BinaryFunc mp_subscript;
    /** {@code mp_ass_subscript}. */
    public ObjObjArgProc mp_ass_subscript;

    /** The metatype {@code type} itself. */
    private PyType(String name, Class<?> javaClass, int flags) {
        super();
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.flags = flags;
        this.bases = new PyType[0];
        this.mro = new PyType[] {this};
        this.versionTag = nextVersionTag++;
    }

    private PyType(PyType metatype, String name, Class<?> javaClass, int flags, PyType[] bases) {
        super(metatype);
        this.name = name;
        // a builtin type of another module is named "module.name" (CPython's tp_name)
        this.qualname = (flags & HEAPTYPE) != 0 ? name : name.substring(name.lastIndexOf('.') + 1);
        this.javaClass = javaClass;
        this.flags = flags;
        this.versionTag = nextVersionTag++;
        setBasesInternal(bases);
    }

    /**
     * Makes a builtin type whose instances are Java objects of {@code javaClass}. The caller fills
     * its slots and methods, then calls {@link #ready()}.
     */
    public static PyType builtin(String name, Class<?> javaClass, int flags, PyType... bases) {
        PyType t = new PyType(TYPE, name, javaClass, flags | IMMUTABLETYPE,
                bases.length == 0 ? new PyType[] {OBJECT} : bases);
        t.flags |= t.base.flags & INHERITED_SUBCLASS_FLAGS;
        return t;
    }

    /**
     * Makes a class at run time with no further checks than the bases' ({@code type(name, bases,
     * dict)} without metaclass selection, {@code __slots__} or {@code __init_subclass__}; the full
     * {@code type.__new__} is {@link TypeNew#typeNew}): computes the MRO (raising CPython's
     * {@code TypeError} when there is none), copies {@code ns} into the new type's dictionary and
     * computes its slots.
     */
    public static PyType newHeapType(PyType metatype, String name, PyType[] bases, PyDict ns) {
        PyType t = allocHeapType(metatype, name, bases);
        if (ns != null) {
            t.dict().update(ns);
        }
        PyStr eq = PyStr.of("__eq__");
        PyStr hash = PyStr.of("__hash__");
        if (t.dict().getItem(eq) != null && t.dict().getItem(hash) == null) {
            t.dict().setItem(hash, dev.adder.runtime.objects.PyNone.NONE);
        }
        t.instancesHaveDict = true;
        if (t.lookup(PyStr.of("__dict__")) == null) {
            TypeNew.addDictDescr(t, t.dict()); // as type() gives a class whose bases have no dict
        }
        t.ready();
        return t;
    }

    /** The bare heap type: checked bases, MRO, inherited flags; no dictionary contents yet. */
    static PyType allocHeapType(PyType metatype, String name, PyType[] bases) {
        for (PyType b : bases) {
            if ((b.flags & BASETYPE) == 0) {
                throw PyErr.typeError("type '%s' is not an acceptable base type", b.name);
            }
        }
        PyType t = new PyType(metatype, name, null, BASETYPE | HEAPTYPE,
                bases.length == 0 ? new PyType[] {OBJECT} : bases);
        t.flags |= t.base.flags & INHERITED_SUBCLASS_FLAGS;
        return t;
    }

    private void setBasesInternal(PyType[] newBases) {
        this.bases = newBases.clone();
        this.base = newBases.length == 0 ? null : bestBase(newBases);
        this.mro = newBases.length == 0 ? new PyType[] {this} : Mro.compute(this, newBases);
        for (PyType b : newBases) {
            b.subclasses.add(new WeakReference<>(this));
        }
    }

    /** The base whose instance layout this type extends (CPython's {@code best_base}, simplified). */
    private static PyType bestBase(PyType[] bases) {
        PyType best = bases[0];
        for (PyType b : bases) {
            PyType winner = best.solidBase();
            PyType candidate = b.solidBase();
            if (winner.isSubtype(candidate)) {
                continue;
            }
            if (candidate.isSubtype(winner)) {
                best = b;
            } else {
                throw PyErr.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    private PyType solidBase() {
        PyType t = this;
        while (t.base != null && (t.javaClass == null ? t.nslots == t.base.nslots : t.javaClass == t.base.javaClass)) {
            t = t.base;
        }
        return t;
    }

    /**
     * Finishes a type: for a builtin type, adds the slot wrappers of the slots it defines to its
     * dictionary ({@code add_operators}) and inherits unset slots from the MRO
     * ({@code inherit_slots}); for a class defined in Python, computes every slot from the
     * special methods along its MRO. Then fixes the version tag.
     */
    public void ready() {
        if ((flags & HEAPTYPE) != 0) {
            modified();
            return;
        }
        if (!operatorsAdded) {
            operatorsAdded = true;
            SlotWrappers.addOperators(this);
        }
        boolean noNew = tp_new == null && base == OBJECT;
        for (int i = 1; i < mro.length; i++) {
            inheritFrom(mro[i]);
        }
        if (noNew) {
            tp_new = null;
        }
        modified();
    }

    /** Sets every slot to null (before {@link HeapTypeSlots#update} recomputes them). */
    void clearSlots() {
        tp_repr = null;
        tp_str = null;
        tp_hash = null;
        tp_richcompare = null;
        tp_getattro = null;
        tp_setattro = null;
        tp_iter = null;
        tp_iternext = null;
        tp_call = null;
        tp_new = null;
        tp_descr_get = null;
        tp_descr_set = null;
        nb_bool = null;
        nb_int = null;
        nb_float = null;
        nb_index = null;
        nb_negative = null;
        nb_positive = null;
        nb_absolute = null;
        nb_invert = null;
        java.util.Arrays.fill(nb_binary, null);
        java.util.Arrays.fill(nb_inplace, null);
        sq_length = null;
        mp_length = null;
        sq_concat = null;
        sq_repeat = null;
        sq_contains = null;
        mp_subscript = null;
        mp_ass_subscript = null;
    }

    /**
     * {@code inherit_slots} for a class defined in Python: each unset slot from {@code b}, except
     * {@code tp_hash}, which {@link HeapTypeSlots#update} takes from the owner of {@code __hash__}.
     */
    void inheritEach(PyType b) {
        if (tp_richcompare == null) {
            tp_richcompare = b.tp_richcompare;
        }
        Slots.HashFunc h = tp_hash;
        tp_hash = PLACEHOLDER_HASH;
        inheritFrom(b);
        tp_hash = h;
    }

    private static final Slots.HashFunc PLACEHOLDER_HASH = o -> 0;

    private void inheritFrom(PyType b) {
        if (tp_repr == null) tp_repr = b.tp_repr;
        if (tp_str == null) tp_str = b.tp_str;
        if (tp_hash == null && tp_richcompare == null) {
            tp_hash = b.tp_hash;
            tp_richcompare = b.tp_richcompare;
        }
        if (tp_getattro == null) tp_getattro = b.tp_getattro;
        if (tp_setattro == null) tp_setattro = b.tp_setattro;
        if (tp_iter == null) tp_iter = b.tp_iter;
        if (tp_iternext == null) tp_iternext = b.tp_iternext;
        if (tp_call == null) tp_call = b.tp_call;
        if (tp_new == null) tp_new = b.tp_new;
        if (tp_descr_get == null) tp_descr_get = b.tp_descr_get;
        if (tp_descr_set == null) tp_descr_set = b.tp_descr_set;
        if (nb_bool == null) nb_bool = b.nb_bool;
        if (nb_int == null) nb_int = b.nb_int;
        if (nb_float == null) nb_float = b.nb_float;
        if (nb_index == null) nb_index = b.nb_index;
        if (nb_negative == null) nb_negative = b.nb_negative;
        if (nb_positive == null) nb_positive = b.nb_positive;
        if (nb_absolute == null) nb_absolute = b.nb_absolute;
        if (nb_invert == null) nb_invert = b.nb_invert;
        for (int i = 0; i < NumberOp.COUNT; i++) {
            if (nb_binary[i] == null) nb_binary[i] = b.nb_binary[i];
            if (nb_inplace[i] == null) nb_inplace[i] = b.nb_inplace[i];
        }
        if (sq_length == null) sq_length = b.sq_length;
        if (mp_length == null) mp_length = b.mp_length;
        if (sq_concat == null) sq_concat = b.sq_concat;
        if (sq_repeat == null) sq_repeat = b.sq_repeat;
        if (sq_contains == null) sq_contains = b.sq_contains;
        if (mp_subscript == null) mp_subscript = b.mp_subscript;
        if (mp_ass_subscript == null) mp_ass_subscript = b.mp_ass_subscript;
    }

    // ---- accessors ----

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /**
     * {@code __name__}: the name, without the module prefix that a builtin type of another module
     * has in {@link #name()} (CPython's {@code _PyType_Name}).
     */
    public String shortName() {
        return (flags & HEAPTYPE) != 0 ? name : name.substring(name.lastIndexOf('.') + 1);
    }

    /** {@code __qualname__}. */
    public String qualname() {
        return qualname;
    }

    /** Sets {@code __qualname__}. */
    public void setQualname(String q) {
        this.qualname = q;
    }

    /** The Java class of this type's instances (for a class defined in Python, its solid base's). */
    public Class<?> javaClass() {
        PyType t = this;
        while (t.javaClass == null) {
            t = t.base;
        }
        return t.javaClass;
    }

    /** {@code tp_flags}. */
    public int flags() {
        return flags;
    }

    /** True when every flag in {@code f} is set. */
    public boolean hasFlags(int f) {
        return (flags & f) == f;
    }

    /** {@code __bases__} (a copy). */
    public PyType[] bases() {
        return bases.clone();
    }

    /** {@code __base__}: the solid base, or null for {@code object}. */
    public PyType base() {
        return base;
    }

    /** {@code __mro__} (a copy). */
    public PyType[] mro() {
        return mro.clone();
    }

    /** {@code tp_version_tag}: changes whenever this type's or a base's dictionary changes. */
    public int versionTag() {
        return versionTag;
    }

    /** {@code __dict__} (the real dictionary; changes must be followed by {@link #modified()}). */
    public PyDict dict() {
        PyDict d = dict;
        if (d == null || d.type() == null) {
            // a dictionary made while class dict itself was being initialized has no type yet
            PyDict nd = new PyDict();
            if (d != null) {
                nd.update(d);
            }
            d = nd;
            dict = d;
        }
        return d;
    }

    /** The MRO array itself (not to be changed). */
    PyType[] mroArray() {
        return mro;
    }

    /** The dictionary, or null when it was never made. */
    PyDict dictOrNull() {
        return dict;
    }

    /**
     * {@code PyType_Modified}: gives this type and all its subclasses a new version tag (and, for
     * classes defined in Python, recomputes the slots from their special methods).
     */
    public void modified() {
        versionTag = nextVersionTag++;
        if ((flags & HEAPTYPE) != 0) {
            HeapTypeSlots.update(this);
        }
        for (WeakReference<PyType> r : subclasses) {
            PyType s = r.get();
            if (s != null) {
                s.modified();
            }
        }
    }

    /** {@code PyType_IsSubtype}: is {@code other} in this type's MRO? */
    public boolean isSubtype(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code _PyType_Lookup}: the first value for {@code name} in the dictionaries along the
     * MRO, or null. Does not call descriptors.
     */
    public PyObject lookup(PyStr name) {
        int tag = versionTag;
        int h = (tag * 31 + (int) name.hash()) & (MCACHE_SIZE - 1);
        MCacheEntry[] cache = MCacheEntry.TABLE;
        MCacheEntry e = cache[h];
        if (e != null && e.version == tag && (e.name == name || e.name.equalsStr(name))) {
            return e.value;
        }
        PyObject v = lookupUncached(name);
        cache[h] = new MCacheEntry(tag, name, v);
        return v;
    }

    /**
     * The method cache ({@code type_cache} in CPython's typeobject.c): entries keyed by a type's
     * version tag and a name. A tag is never reused, so an entry of a modified type can never
     * match again; entries are immutable, so a racing reader sees a whole entry or none.
     */
    private static final int MCACHE_SIZE = 4096;
    private record MCacheEntry(int version, PyStr name, PyObject value) {
        /** In its own class, so that it exists before PyType's static initializer needs it. */
        static final MCacheEntry[] TABLE = new MCacheEntry[MCACHE_SIZE];
    }

    private PyObject lookupUncached(PyStr name) {
        for (PyType t : mro) {
            PyDict d = t.dict;
            if (d != null) {
                PyObject v = d.getItem(name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** {@link #lookup(PyStr)} by a Java name. */
    public PyObject lookup(String name) {
        return lookup(PyStr.of(name));
    }

    /** Stores {@code value} in this type's dictionary under {@code name} and marks it modified. */
    public void setAttribute(String name, PyObject value) {
        dict().setItem(PyStr.of(name), value);
        modified();
    }

    /** {@code __subclasses__()}: the live direct subclasses, oldest first. */
    public List<PyType> subclassList() {
        List<PyType> r = new ArrayList<>();
        for (WeakReference<PyType> w : subclasses) {
            PyType s = w.get();
            if (s != null && !r.contains(s)) {
                r.add(s);
            }
        }
        return r;
    }

    /** True for a class defined at run time ({@code Py_TPFLAGS_HEAPTYPE}). */
    /**
     * The {@code __init__} that a call of this class runs after {@code object.__new__} made a
     * plain instance ({@link dev.adder.runtime.objects.PyInstance}), when calling it does no more
     * than that: a class defined in Python, not abstract, whose {@code __new__} is object's and whose
     * metaclass keeps type's {@code __call__}. Else null. (The evaluation loop's fast path for
     * making instances.)
     */
    public PyObject plainInit() {
        if ((flags & (HEAPTYPE | IS_ABSTRACT)) != HEAPTYPE || tp_new != TypeNew.OBJECT_NEW
                || type().tp_call != TypeNew.TYPE_CALL) {
            return null;
        }
        return lookup(TypeNew.Names.INIT);
    }

    public boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    /** True when instances of this type carry a {@code __dict__} (classes defined in Python). */
    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /** The keys shared by this class's instance dictionaries ({@code ht_cached_keys}), made on first use. */
    private PyDict.SharedKeys cachedKeys;

    /** A new, empty instance dictionary for an instance of this class, sharing the class's keys. */
    public PyDict newInstanceDict() {
        PyDict.SharedKeys k = cachedKeys;
        if (k == null) {
            k = cachedKeys = new PyDict.SharedKeys();
        }
        return new PyDict(k);
    }

    /**
     * True when instances support weak references (CPython: {@code tp_weaklistoffset != 0}): set
     * for classes defined in Python that have {@code __weakref__}, and by builtin types with
     * {@link #setInstancesHaveWeakref()}.
     */
    public boolean instancesHaveWeakref() {
        return instancesHaveWeakref;
    }

    /** Marks a builtin type whose instances support weak references. */
    public void setInstancesHaveWeakref() {
        instancesHaveWeakref = true;
    }

    /** The number of {@code __slots__} cells an instance of this type needs. */
    public int slotCount() {
        return nslots;
    }

    /**
     * Marks a builtin type whose {@code tp_new} already initializes an instance of the exact type,
     * so that {@code type.__call__} does not run its {@code __init__} a second time.
     */
    public void setNewInitializes() {
        newInitializes = true;
    }

    /**
     * Sets {@link #SEQUENCE} or {@link #MAPPING} (clearing the other), as {@code _abc} does for a
     * class whose {@code __abc_tpflags__} names one and for a class registered with such an ABC.
     */
    public void setCollectionFlag(int flag) {
        flags = (flags & ~(SEQUENCE | MAPPING)) | (flag & (SEQUENCE | MAPPING));
    }

    /** Sets or clears flag bits (for {@code __abstractmethods__}). */
    void setFlag(int f, boolean on) {
        flags = on ? flags | f : flags & ~f;
    }

    /** Changes {@code __name__}. */
    public void setName(String name) {
        this.name = name;
    }
}
