package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The opcodes of the {@code match} statement: {@code GET_LEN}, {@code MATCH_MAPPING},
 * {@code MATCH_SEQUENCE}, {@code MATCH_KEYS}, {@code COPY_DICT_WITHOUT_KEYS}, {@code MATCH_CLASS}.
 *
 * <p>CPython: Python/ceval.c ({@code match_keys}, {@code match_class}, {@code match_class_attr}); the
 * type flags {@code Py_TPFLAGS_SEQUENCE}, {@code Py_TPFLAGS_MAPPING} and
 * {@code _Py_TPFLAGS_MATCH_SELF} are read here from the builtin classes in the type's MRO.
 */
final class MatchOps {
    private MatchOps() {
    }

    private static final Set<String> SEQUENCES = Set.of("list", "tuple", "range", "memoryview", "collections.deque",
            "array.array");
    private static final Set<String> MAPPINGS = Set.of("dict", "mappingproxy");
    private static final Set<String> MATCH_SELF = Set.of("bool", "bytearray", "bytes", "dict", "float", "frozenset",
            "int", "list", "set", "str", "tuple");

    private static boolean builtinBase(PyType t, Set<String> names) {
        for (PyType b : t.mro()) {
            if (!b.hasFlags(PyType.HEAPTYPE) && names.contains(b.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING of {@code t}, or 0: from the first class of its MRO
     * that has one (set by {@code _abc}, or a builtin sequence or mapping type).
     */
    static int collectionFlag(PyType t) {
        for (PyType b : t.mro()) {
            int f = b.flags() & (PyType.SEQUENCE | PyType.MAPPING);
            if (f != 0) {
                return f;
            }
            if (!b.hasFlags(PyType.HEAPTYPE)) {
                if (SEQUENCES.contains(b.name())) {
                    return PyType.SEQUENCE;
                }
                if (MAPPINGS.contains(b.name())) {
                    return PyType.MAPPING;
                }
            }
        }
        return 0;
    }

    static int rare(ThreadState ts, Frame f, int op, int arg, int sp) {
        PyObject[] s = f.localsplus;
        switch (op) {
            case 30: // GET_LEN: o -> o len(o)
                s[sp] = PyInt.of(Abstract.len(s[sp - 1]));
                return sp + 1;
            case 31: // MATCH_MAPPING: o -> o bool
                s[sp] = PyBool.of(collectionFlag(s[sp - 1].type()) == PyType.MAPPING);
                return sp + 1;
            case 32: // MATCH_SEQUENCE: o -> o bool
                s[sp] = PyBool.of(collectionFlag(s[sp - 1].type()) == PyType.SEQUENCE);
                return sp + 1;
            case 33: { // MATCH_KEYS: map keys -> map keys (values|None) bool
                PyObject values = matchKeys(s[sp - 2], (PyTuple) s[sp - 1]);
                s[sp] = values;
                s[sp + 1] = PyBool.of(values != PyNone.NONE);
                return sp + 2;
            }
            case 34: { // COPY_DICT_WITHOUT_KEYS: map keys -> map rest
                PyDict rest = new PyDict();
                CevalOps.dictUpdate(rest, s[sp - 2], false);
                for (PyObject k : ((PyTuple) s[sp - 1]).items()) {
                    if (!rest.delItem(k)) {
                        throw PyErr.keyError(k);
                    }
                }
                s[sp - 1] = rest;
                return sp;
            }
            case 152: { // MATCH_CLASS: subject cls names -> (attrs True) | (subject False)
                PyTuple names = (PyTuple) s[--sp];
                s[sp] = null;
                PyObject attrs = matchClass(s[sp - 2], s[sp - 1], arg, names);
                if (attrs != null) {
                    s[sp - 2] = attrs;
                }
                s[sp - 1] = PyBool.of(attrs != null);
                return sp;
            }
            default:
                throw PyErr.systemError("unknown opcode %d", op);
        }
    }

    /** The values of {@code keys} in {@code map} as a tuple, or None when one is missing. */
    static PyObject matchKeys(PyObject map, PyTuple keys) {
        int n = keys.size();
        if (n == 0) {
            return PyTuple.of(new PyObject[0]);
        }
        PyObject get = map.getClass() == PyDict.class ? null : Abstract.getAttr(map, "get");
        PyObject dummy = get == null ? null : Abstract.call(PyType.OBJECT);
        PySet seen = PySet.newSet();
        PyObject[] values = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject key = keys.get(i);
            if (seen.contains(key)) {
                throw PyErr.valueError("mapping pattern checks duplicate key (%s)", Abstract.repr(key).value());
            }
            seen.add(key);
            PyObject v;
            if (get == null) {
                v = ((PyDict) map).getItem(key);
            } else {
                v = Abstract.call(get, key, dummy);
                if (v == dummy) {
                    v = null;
                }
            }
            if (v == null) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    private static PyObject matchClassAttr(PyObject subject, PyType type, PyObject name, PySet seen) {
        if (seen.contains(name)) {
            throw PyErr.typeError("%s() got multiple sub-patterns for attribute %s", type.name(),
                    Abstract.repr(name).value());
        }
        seen.add(name);
        try {
            return Abstract.lookupAttr(subject, (PyStr) name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** The attributes a class pattern matches, or null when the subject does not match. */
    static PyObject matchClass(PyObject subject, PyObject cls, int nargs, PyTuple kwargs) {
        if (!(cls instanceof PyType type)) {
            throw PyErr.typeError("called match pattern must be a type");
        }
        if (!isInstance(subject, type)) {
            return null;
        }
        PySet seen = PySet.newSet();
        List<PyObject> attrs = new ArrayList<>();
        if (nargs > 0) {
            boolean matchSelf = false;
            PyObject matchArgs;
            try {
                matchArgs = Abstract.lookupAttr(type, PyStr.of("__match_args__"));
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError)) {
                    throw e;
                }
                matchArgs = null;
            }
            if (matchArgs != null) {
                if (matchArgs.getClass() != PyTuple.class) {
                    throw PyErr.typeError("%s.__match_args__ must be a tuple (got %s)", type.name(),
                            matchArgs.type().name());
                }
            } else {
                matchArgs = PyTuple.of(new PyObject[0]);
                matchSelf = builtinBase(type, MATCH_SELF);
            }
            PyTuple ma = (PyTuple) matchArgs;
            int allowed = matchSelf ? 1 : ma.size();
            if (allowed < nargs) {
                throw PyErr.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.name(), allowed,
                        allowed == 1 ? "" : "s", nargs);
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = ma.get(i);
                    if (name.getClass() != PyStr.class) {
                        throw PyErr.typeError("__match_args__ elements must be strings (got %s)", name.type().name());
                    }
                    PyObject a = matchClassAttr(subject, type, name, seen);
                    if (a == null) {
                        return null;
                    }
                    attrs.add(a);
                }
            }
        }
        for (PyObject name : kwargs.items()) {
            PyObject a = matchClassAttr(subject, type, name, seen);
            if (a == null) {
                return null;
            }
            attrs.add(a);
        }
        return PyTuple.of(attrs.toArray(new PyObject[0]));
    }

    /** {@code isinstance(o, t)}, with a metaclass's {@code __instancecheck__}. */
    private static boolean isInstance(PyObject o, PyType t) {
        if (o.type() == t) {
            return true;
        }
        PyType meta = t.type();
        if (meta != PyType.TYPE) {
            PyObject check = GenOps.special(t, "__instancecheck__");
            if (check != null) {
                return Abstract.isTrue(Abstract.call(check, o));
            }
        }
        return o.type().isSubtype(t);
    }
}
