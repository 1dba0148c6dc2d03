package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.internal.ReprGuard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code tuple}: an immutable array of objects.
 *
 * <p>CPython: {@code Objects/tupleobject.c} ({@code tuplehash} is CPython's xxHash-based one, so
 * hashes of tuples of ints match CPython's).
 */
public class PyTuple extends PyObject {
    /** {@code tuple}. */
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, PyType.BASETYPE | PyType.TUPLE_SUBCLASS);
    private static final PyObject[] NO_ITEMS = new PyObject[0];
    /** {@code ()}. */
    public static final PyTuple EMPTY = new PyTuple(TYPE, NO_ITEMS);

    final PyObject[] items;

    /** For subclasses defined in Python; {@code items} is not copied. */
    protected PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    /** A tuple of {@code items} (the array is copied). */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(TYPE, items.clone());
    }

    /** A tuple that takes ownership of {@code items} (the caller must not change the array). */
    public static PyTuple wrap(PyObject[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(TYPE, items);
    }

    /** {@code tuple(iterable)}. */
    public static PyTuple fromIterable(PyObject o) {
        if (o.type() == TYPE) {
            return (PyTuple) o;
        }
        if (o.type() == PyList.TYPE) { // exact: a subclass may iterate otherwise (PySequence_Tuple)
            PyList l = (PyList) o;
            return wrap(Arrays.copyOf(l.items, l.size));
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = Abstract.iter(o);
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            out.add(x);
        }
        return wrap(out.toArray(NO_ITEMS));
    }

    /** The number of items. */
    public final int size() {
        return items.length;
    }

    /** Item {@code i} (0 <= i < size()). */
    public final PyObject get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public final PyObject[] items() {
        return items.clone();
    }

    /** The items array itself, not to be modified (for fast iteration in the runtime). */
    public final PyObject[] itemsArray() {
        return items;
    }

    /** {@code hash(t)}: CPython's tuplehash. */
    public long hash() {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject o : items) {
            long lane = Abstract.hash(o);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** {@code repr(t)}. */
    public PyStr repr() {
        if (items.length == 0) {
            return PyStr.of("()");
        }
        if (!ReprGuard.enter(this)) {
            return PyStr.of("(...)");
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value());
            }
            if (items.length == 1) {
                sb.append(',');
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    /** Lexicographic rich comparison of two item arrays, as {@code tuplerichcompare}/{@code list_richcompare}. */
    static PyObject compareItems(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.richCompareBool(a[i], b[i], CompareOp.EQ)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    static {
        PyType t = TYPE;
        t.tp_hash = o -> ((PyTuple) o).hash();
        t.tp_repr = o -> ((PyTuple) o).repr();
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyTuple)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyTuple x = (PyTuple) a;
            PyTuple y = (PyTuple) b;
            return compareItems(x.items, x.items.length, y.items, y.items.length, op);
        };
        t.sq_length = o -> ((PyTuple) o).items.length;
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyTuple)) {
                throw PyErr.typeError("can only concatenate tuple (not \"%s\") to tuple", b.type().name());
            }
            PyObject[] x = ((PyTuple) a).items;
            PyObject[] y = ((PyTuple) b).items;
            PyObject[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return wrap(r);
        };
        t.sq_repeat = (a, nobj) -> wrap(PyList.repeatItems(((PyTuple) a).items, ((PyTuple) a).items.length,
                Abstract.asRepeatCount(nobj)));
        t.sq_contains = (a, k) -> {
            for (PyObject x : ((PyTuple) a).items) {
                if (x == k || Abstract.richCompareBool(x, k, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.mp_subscript = (a, key) -> {
            PyTuple s = (PyTuple) a;
            if (key instanceof PySlice) {
                int[] r = ((PySlice) key).indices(s.items.length);
                if (r[2] == 1 && r[3] == s.items.length && s.type() == TYPE) {
                    return s;
                }
                return wrap(PyList.sliceItems(s.items, r));
            }
            if (!Abstract.isIndex(key)) {
                throw PyErr.typeError("tuple indices must be integers or slices, not %s", key.type().name());
            }
            long i = Abstract.asItemIndex(key);
            if (i < 0) {
                i += s.items.length;
            }
            if (i < 0 || i >= s.items.length) {
                throw PyErr.indexError("tuple index out of range");
            }
            return s.items[(int) i];
        };
        t.tp_iter = o -> new PySeqIter(o, ((PyTuple) o).items.length);
        t.tp_new = (type, args, nargs, kw) -> {
            // keywords are the business of a subclass's own __init__ (CPython's tuple_new)
            if (kw != null && kw.size() > 0 && (type == TYPE
                    || type.lookup(PyStr.of("__init__")) == TYPE.lookup(PyStr.of("__init__")))) {
                throw PyErr.typeError("tuple() takes no keyword arguments");
            }
            if (nargs > 1) {
                throw PyErr.typeError("tuple expected at most 1 argument, got %d", nargs);
            }
            PyTuple r = nargs == 0 ? EMPTY : fromIterable(args[0]);
            return type == TYPE ? r : new PyTupleSub(type, r.items);
        };
        PyMethodDescr.noArgs(t, "__getnewargs__", self -> PyTuple.of(self.getClass() == PyTuple.class ? self
                : PyTuple.of(((PyTuple) self).items().clone())));
        PyMethodDescr.oneArg(t, "count", (self, v) -> {
            int c = 0;
            for (PyObject x : ((PyTuple) self).items) {
                if (x == v || Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        PyMethodDescr.varArgs(t, "index", 1, 3, (self, a, n) -> {
            PyObject[] items = ((PyTuple) self).items;
            int[] r = PyList.searchRange(a, n, items.length);
            for (int i = r[0]; i < r[1]; i++) {
                if (items[i] == a[0] || Abstract.richCompareBool(items[i], a[0], CompareOp.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError("tuple.index(x): x not in tuple");
        });
        t.ready();
    }
}
