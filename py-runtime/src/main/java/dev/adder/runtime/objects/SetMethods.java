package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;

import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots.BinaryFunc;

/**
 * The slots and methods of {@code set} and {@code frozenset}.
 *
 * <p>CPython: {@code Objects/setobject.c} ({@code set_or}, {@code set_intersection},
 * {@code set_difference}, {@code set_symmetric_difference_update}, {@code set_richcompare}, ...).
 * Results of binary operations take the type of the left operand, as CPython's do.
 */
final class SetMethods {
    private SetMethods() {
    }

    private static PySet asSet(PyObject o) {
        if (o instanceof PySet) {
            return (PySet) o;
        }
        PySet s = PySet.newSet();
        s.update(o);
        return s;
    }

    /** set or frozenset: what copies and results of a subclass's operations are ({@code make_new_set_basetype}). */
    private static PyType baseType(PyObject self) {
        return self.type().isSubtype(PySet.FROZENSET_TYPE) ? PySet.FROZENSET_TYPE : PySet.TYPE;
    }

    static PySet union(PySet a, PyObject b) {
        PySet r = a.copyAs(baseType(a));
        r.update(b);
        return r;
    }

    static PySet intersection(PySet a, PyObject other) {
        PySet r = new PySet(baseType(a));
        if (other instanceof PySet) {
            PySet so = a;
            PySet ot = (PySet) other;
            if (ot.size() > so.size()) {
                PySet t = so;
                so = ot;
                ot = t;
            }
            PyObject[] t = ot.table;
            long[] hs = ot.hashes;
            for (int j = 0; j < t.length; j++) {
                PyObject k = t[j];
                if (k != null && !PySet.isDummy(k, hs[j]) && so.containsHashed(k, hs[j])) {
                    r.addHashed(k, hs[j]);
                }
            }
            return r;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject k; (k = Abstract.next(it)) != null;) {
            if (a.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    static PySet difference(PySet a, PyObject other) {
        PySet o = asSet(other);
        PySet r = new PySet(baseType(a));
        if ((a.size() >> 2) > o.size()) {
            r.merge(a);
            PyObject[] t = o.table;
            long[] hs = o.hashes;
            for (int j = 0; j < t.length; j++) {
                PyObject k = t[j];
                if (k != null && !PySet.isDummy(k, hs[j])) {
                    r.discardHashed(k, hs[j]);
                }
            }
            return r;
        }
        PyObject[] t = a.table;
        long[] hs = a.hashes;
        for (int j = 0; j < t.length; j++) {
            PyObject k = t[j];
            if (k != null && !PySet.isDummy(k, hs[j]) && !o.containsHashed(k, hs[j])) {
                r.addHashed(k, hs[j]);
            }
        }
        return r;
    }

    static PySet symmetricDifference(PySet a, PyObject other) {
        PySet r = asSet(other).copyAs(baseType(a));
        PyObject[] t = a.table;
        long[] hs = a.hashes;
        for (int j = 0; j < t.length; j++) {
            PyObject k = t[j];
            if (k != null && !PySet.isDummy(k, hs[j]) && !r.discardHashed(k, hs[j])) {
                r.addHashed(k, hs[j]);
            }
        }
        return r;
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        PyObject[] t = a.table;
        long[] hs = a.hashes;
        for (int j = 0; j < t.length; j++) {
            PyObject k = t[j];
            if (k != null && !PySet.isDummy(k, hs[j]) && !b.containsHashed(k, hs[j])) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.discard(k)} for each key of {@code other}, with a dict's stored hashes. */
    private static void discardAll(PySet s, PyObject other) {
        if (other.getClass() == PyDict.class) {
            PyDict d = (PyDict) other;
            for (int j = d.nextEntry(0); j >= 0; j = d.nextEntry(j + 1)) {
                s.discardHashed(d.keyAt(j), d.hashAt(j));
            }
            return;
        }
        if (other instanceof PySet o) {
            PyObject[] t = o.table;
            long[] hs = o.hashes;
            for (int j = 0; j < t.length; j++) {
                PyObject k = t[j];
                if (k != null && !PySet.isDummy(k, hs[j])) {
                    s.discardHashed(k, hs[j]);
                }
            }
            return;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject k; (k = Abstract.next(it)) != null;) {
            s.discard(k);
        }
    }

    private static BinaryFunc setOp(java.util.function.BiFunction<PySet, PyObject, PyObject> f) {
        return (a, b) -> (a instanceof PySet && b instanceof PySet) ? f.apply((PySet) a, b)
                : PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static BinaryFunc inplace(java.util.function.BiFunction<PySet, PyObject, PySet> f) {
        return (a, b) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySet s = (PySet) a;
            PySet r = f.apply(s, b);
            s.clear();
            s.merge(r);
            return s;
        };
    }

    /** {@code s.discard(k)}, a set key looked up as the frozenset of its items ({@code set_discard}). */
    private static boolean discardKey(PySet s, PyObject k) {
        try {
            return s.discard(k);
        } catch (dev.adder.runtime.PyException e) {
            if (k instanceof PySet && e.matches(dev.adder.runtime.exceptions.PyExc.TypeError)) {
                return s.discard(((PySet) k).copyAs(PySet.FROZENSET_TYPE));
            }
            throw e;
        }
    }

    static void init(PyType t, boolean frozen) {
        t.tp_repr = o -> ((PySet) o).repr();
        t.sq_length = o -> ((PySet) o).size();
        t.sq_contains = (o, k) -> {
            try {
                return ((PySet) o).contains(k);
            } catch (dev.adder.runtime.PyException e) {
                if (k instanceof PySet && e.matches(dev.adder.runtime.exceptions.PyExc.TypeError)) {
                    return ((PySet) o).contains(((PySet) k).copyAs(PySet.FROZENSET_TYPE));
                }
                throw e;
            }
        };
        t.tp_iter = o -> new PySet.SetIterator((PySet) o);
        t.nb_binary[NumberOp.OR.ordinal()] = setOp(SetMethods::union);
        t.nb_binary[NumberOp.AND.ordinal()] = setOp(SetMethods::intersection);
        t.nb_binary[NumberOp.SUBTRACT.ordinal()] = setOp(SetMethods::difference);
        t.nb_binary[NumberOp.XOR.ordinal()] = setOp(SetMethods::symmetricDifference);
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PySet)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PySet x = (PySet) a;
            PySet y = (PySet) b;
            switch (op) {
                case EQ: return PyBool.of(x.size() == y.size() && isSubset(x, y));
                case NE: return PyBool.of(!(x.size() == y.size() && isSubset(x, y)));
                case LE: return PyBool.of(isSubset(x, y));
                case GE: return PyBool.of(isSubset(y, x));
                case LT: return PyBool.of(x.size() < y.size() && isSubset(x, y));
                default: return PyBool.of(x.size() > y.size() && isSubset(y, x));
            }
        };
        t.tp_new = (type, args, nargs, kw) -> {
            if (!frozen && type != PySet.TYPE) {
                return new PySetSub(type);
            }
            // frozenset_new: keywords are the subclass's __init__'s business when it has one
            if (!frozen || type == PySet.FROZENSET_TYPE || type.lookup("__init__") == PyType.OBJECT.lookup("__init__")) {
                PyMethodDescr.noKeywords(frozen ? "frozenset" : "set", kw);
            }
            PyMethodDescr.checkArity(type.name(), nargs, 0, 1);
            if (frozen && type == PySet.FROZENSET_TYPE && nargs == 1 && args[0].type() == PySet.FROZENSET_TYPE) {
                return args[0];
            }
            PySet s = type == PySet.TYPE || type == PySet.FROZENSET_TYPE ? new PySet(type) : new PySetSub(type);
            if (nargs == 1) {
                s.update(args[0]);
            }
            return s;
        };
        if (frozen) {
            t.tp_hash = o -> ((PySet) o).frozenHash();
        } else {
            t.setNewInitializes();
            dev.adder.runtime.SlotWrappers.addWrapper(t, "__init__", (f, self, a, n, kw) -> {
                PyMethodDescr.noKeywords("set", kw);
                PyMethodDescr.checkArity(self.type().name(), n, 0, 1);
                PySet fresh = (PySet) PySet.TYPE.tp_new.make(PySet.TYPE, a, n, null);
                PySet s = (PySet) self;
                s.clear();
                s.update(fresh);
                return PyNone.NONE;
            });
        }
        // set_reduce: (type, (list of the items,), the instance's state)
        PyMethodDescr.noArgs(t, "__reduce__", self -> PyTuple.of(self.type(),
                PyTuple.of(PyList.of(PyTuple.fromIterable(self).items())),
                dev.adder.runtime.Abstract.callMethod(self, "__getstate__")));
        PyMethodDescr.noArgs(t, "copy", self -> self.type() == PySet.FROZENSET_TYPE ? self
                : ((PySet) self).copyAs(baseType(self)));
        PyMethodDescr.varArgs(t, "union", 0, Integer.MAX_VALUE, (self, a, n) -> {
            PySet r = ((PySet) self).copyAs(baseType(self));
            for (int i = 0; i < n; i++) {
                r.update(a[i]);
            }
            return r;
        });
        PyMethodDescr.varArgs(t, "intersection", 0, Integer.MAX_VALUE, (self, a, n) -> {
            PySet r = ((PySet) self).copyAs(baseType(self));
            for (int i = 0; i < n; i++) {
                r = intersection(r, a[i]);
            }
            return r;
        });
        PyMethodDescr.varArgs(t, "difference", 0, Integer.MAX_VALUE, (self, a, n) -> {
            PySet r = ((PySet) self).copyAs(baseType(self));
            for (int i = 0; i < n; i++) {
                if (a[i] == self) {
                    r.clear();
                    continue;
                }
                discardAll(r, a[i]);
            }
            return r;
        });
        PyMethodDescr.oneArg(t, "symmetric_difference", (self, o) -> symmetricDifference((PySet) self, o));
        PyMethodDescr.oneArg(t, "issubset", (self, o) -> PyBool.of(isSubset((PySet) self, asSet(o))));
        PyMethodDescr.oneArg(t, "issuperset", (self, o) -> PyBool.of(isSubset(asSet(o), (PySet) self)));
        PyMethodDescr.oneArg(t, "isdisjoint", (self, o) -> {
            PySet s = (PySet) self;
            PyObject it = Abstract.iter(o);
            for (PyObject k; (k = Abstract.next(it)) != null;) {
                if (s.contains(k)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        if (!frozen) {
            t.nb_inplace[NumberOp.OR.ordinal()] = (a, b) -> {
                if (!(b instanceof PySet)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                ((PySet) a).update(b);
                return a;
            };
            t.nb_inplace[NumberOp.AND.ordinal()] = inplace(SetMethods::intersection);
            t.nb_inplace[NumberOp.SUBTRACT.ordinal()] = inplace(SetMethods::difference);
            t.nb_inplace[NumberOp.XOR.ordinal()] = inplace(SetMethods::symmetricDifference);
            PyMethodDescr.oneArg(t, "add", (self, k) -> {
                ((PySet) self).add(k);
                return PyNone.NONE;
            });
            PyMethodDescr.oneArg(t, "discard", (self, k) -> {
                discardKey((PySet) self, k);
                return PyNone.NONE;
            });
            PyMethodDescr.oneArg(t, "remove", (self, k) -> {
                if (!discardKey((PySet) self, k)) {
                    throw PyErr.keyError(k);
                }
                return PyNone.NONE;
            });
            PyMethodDescr.varArgs(t, "difference_update", 0, Integer.MAX_VALUE, (self, a, n) -> {
                PySet s = (PySet) self;
                for (int i = 0; i < n; i++) {
                    if (a[i] == self) {
                        s.clear();
                        continue;
                    }
                    discardAll(s, a[i]);
                }
                return PyNone.NONE;
            });
            PyMethodDescr.varArgs(t, "intersection_update", 0, Integer.MAX_VALUE, (self, a, n) -> {
                PySet s = (PySet) self;
                PySet r = s;
                for (int i = 0; i < n; i++) {
                    r = intersection(r, a[i]);
                }
                if (r != s) {
                    s.clear();
                    s.merge(r);
                }
                return PyNone.NONE;
            });
            PyMethodDescr.oneArg(t, "symmetric_difference_update", (self, o) -> {
                PySet s = (PySet) self;
                PySet r = symmetricDifference(s, o);
                s.clear();
                s.merge(r);
                return PyNone.NONE;
            });
            PyMethodDescr.noArgs(t, "pop", self -> ((PySet) self).pop());
            PyMethodDescr.noArgs(t, "clear", self -> {
                ((PySet) self).clear();
                return PyNone.NONE;
            });
            PyMethodDescr.varArgs(t, "update", 0, Integer.MAX_VALUE, (self, a, n) -> {
                for (int i = 0; i < n; i++) {
                    ((PySet) self).update(a[i]);
                }
                return PyNone.NONE;
            });
        }
        t.ready();
    }

}
