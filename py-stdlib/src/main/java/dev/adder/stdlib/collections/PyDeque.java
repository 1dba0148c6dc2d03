package dev.adder.stdlib.collections;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.NumberOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
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
import java.util.IdentityHashMap;

/**
 * {@code collections.deque}: a double-ended queue in a circular array whose capacity is a power of
 * two, with an optional maximum length (items fall off the other end), a mutation counter that
 * iterators check ("deque mutated during iteration"), CPython's comparison, repetition,
 * concatenation and messages.
 *
 * <p>CPython: {@code Modules/_collectionsmodule.c} ({@code dequeobject}, {@code dequeiterobject});
 * CPython keeps blocks of 64 items, the behaviour is the same.
 */
public class PyDeque extends PyObject {
    /** {@code collections.deque}. */
    public static final PyType TYPE = PyType.builtin("collections.deque", PyDeque.class, PyType.BASETYPE);
    /** {@code _collections._deque_iterator}. */
    static final PyType ITER = PyType.builtin("_collections._deque_iterator", DequeIter.class, 0);
    /** {@code _collections._deque_reverse_iterator}. */
    static final PyType REVITER = PyType.builtin("_collections._deque_reverse_iterator", DequeIter.class, 0);

    private static final PyObject[] EMPTY = new PyObject[0];

    private PyObject[] buf = EMPTY;
    private int head;
    private int size;
    /** The maximum length, or -1 for none. */
    int maxlen = -1;
    /** Changes at every mutation; iterators compare it. */
    long state;

    /** An empty deque of {@code type}. */
    public PyDeque(PyType type) {
        super(type);
    }

    /** An empty deque without a maximum length. */
    public PyDeque() {
        super(TYPE);
    }

    /** The number of items. */
    public final int size() {
        return size;
    }

    /** The item at {@code i} (0 ≤ i < size). */
    public final PyObject get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    private void set(int i, PyObject v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
        int cap = buf.length == 0 ? 8 : buf.length * 2;
        if (cap < 0) {
            throw PyErr.memoryError();
        }
        PyObject[] nb = new PyObject[cap];
        for (int i = 0; i < size; i++) {
            nb[i] = get(i);
        }
        buf = nb;
        head = 0;
    }

    /** {@code append(x)}: at the right end; with a full maximum length the leftmost item goes. */
    public final void append(PyObject v) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeftRaw();
        }
        if (size == buf.length) {
            grow();
        }
        set(size++, v);
    }

    /** {@code appendleft(x)}. */
    public final void appendLeft(PyObject v) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popRaw();
        }
        if (size == buf.length) {
            grow();
        }
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
    }

    private PyObject popRaw() {
        int i = (head + size - 1) & (buf.length - 1);
        PyObject v = buf[i];
        buf[i] = null;
        size--;
        return v;
    }

    private PyObject popLeftRaw() {
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        return v;
    }

    /** {@code pop()}. */
    public final PyObject pop() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        state++;
        return popRaw();
    }

    /** {@code popleft()}. */
    public final PyObject popLeft() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        state++;
        return popLeftRaw();
    }

    /** {@code clear()}. */
    public final void clear() {
        state++;
        buf = EMPTY;
        head = 0;
        size = 0;
    }

    /** {@code extend(iterable)}. */
    public final void extend(PyObject iterable) {
        if (iterable == this) {
            iterable = snapshot();
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            append(x);
        }
    }

    private void extendLeft(PyObject iterable) {
        if (iterable == this) {
            iterable = snapshot();
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            appendLeft(x);
        }
    }

    private PyTuple snapshot() {
        PyObject[] a = new PyObject[size];
        for (int i = 0; i < size; i++) {
            a[i] = get(i);
        }
        return PyTuple.wrap(a);
    }

    /** {@code rotate(n)}: right by {@code n} steps (left when negative). */
    public final void rotate(long n) {
        if (size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) {
            return;
        }
        state++;
        PyObject[] nb = new PyObject[buf.length];
        for (int i = 0; i < size; i++) {
            nb[(i + k) % size] = get(i);
        }
        buf = nb;
        head = 0;
    }

    private void reverse() {
        state++;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    private void insertAt(int i, PyObject v) {
        if (size == buf.length) {
            grow();
        }
        state++;
        head = (head - 1) & (buf.length - 1);
        size++;
        for (int j = 0; j < i; j++) {
            set(j, get(j + 1));
        }
        set(i, v);
    }

    private void deleteAt(int i) {
        state++;
        for (int j = i; j < size - 1; j++) {
            set(j, get(j + 1));
        }
        set(size - 1, null);
        size--;
    }

    private int checkIndex(PyObject key) {
        if (!Abstract.isIndex(key)) {
            throw PyErr.typeError("sequence index must be integer, not '%s'", key.type().name());
        }
        long i = Abstract.asItemIndex(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("deque index out of range");
        }
        return (int) i;
    }

    private static PyDeque self(PyObject o) {
        return (PyDeque) o;
    }

    /** A new deque of the same type and maximum length holding the same items ({@code deque_copy}). */
    static PyObject copy(PyObject o) {
        PyDeque d = self(o);
        if (d.type() == TYPE) {
            PyDeque r = new PyDeque();
            r.maxlen = d.maxlen;
            for (int i = 0; i < d.size; i++) {
                r.append(d.get(i));
            }
            return r;
        }
        if (d.maxlen < 0) {
            return Abstract.call(d.type(), d);
        }
        return Abstract.call(d.type(), d, PyInt.of(d.maxlen));
    }

    private static final IdentityHashMap<PyObject, Boolean> IN_REPR = new IdentityHashMap<>();

    private static PyStr repr(PyObject o) {
        PyDeque d = self(o);
        String name = o.type().name();
        name = name.substring(name.lastIndexOf('.') + 1);
        if (IN_REPR.containsKey(o)) {
            return PyStr.of("[...]");
        }
        IN_REPR.put(o, Boolean.TRUE);
        StringBuilder sb = new StringBuilder(name).append("([");
        try {
            PyTuple items = d.snapshot();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items.get(i)).value());
            }
        } finally {
            IN_REPR.remove(o);
        }
        sb.append(']');
        if (d.maxlen >= 0) {
            sb.append(", maxlen=").append(d.maxlen);
        }
        return PyStr.of(sb.append(')').toString());
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyDeque) || !(a instanceof PyDeque)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDeque x = self(a);
        PyDeque y = self(b);
        int vs = x.size;
        int ws = y.size;
        if (vs != ws && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        PyTuple xs = x.snapshot();
        PyTuple ys = y.snapshot();
        int i = 0;
        for (; i < vs && i < ws; i++) {
            if (!Abstract.richCompareBool(xs.get(i), ys.get(i), CompareOp.EQ)) {
                break;
            }
        }
        if (i < vs && i < ws) {
            if (op == CompareOp.EQ) {
                return PyBool.FALSE;
            }
            if (op == CompareOp.NE) {
                return PyBool.TRUE;
            }
            return Abstract.richCompare(xs.get(i), ys.get(i), op);
        }
        int c = Integer.compare(vs, ws);
        return PyBool.of(op.test(c));
    }

    private static final String[] INIT_NAMES = {"iterable", "maxlen"};

    private static PyObject init(PyObject o, PyObject[] a, int n, PyTuple kw) {
        PyDeque d = self(o);
        PyObject[] v = BuiltinArgs.unpack("deque", a, n, kw, INIT_NAMES, 0, 0, 2, 0);
        int maxlen = -1;
        if (v[1] != null && v[1] != PyNone.NONE) {
            if (!(v[1] instanceof PyInt)) {
                if (!Abstract.isIndex(v[1])) {
                    throw PyErr.typeError("an integer is required");
                }
            }
            long m = Abstract.asSsizeArg(v[1]);
            if (m < 0) {
                throw PyErr.valueError("maxlen must be non-negative");
            }
            maxlen = (int) Math.min(m, Integer.MAX_VALUE);
        }
        d.maxlen = maxlen;
        if (d.size > 0) {
            d.clear();
        }
        if (v[0] != null) {
            d.extend(v[0]);
        }
        return PyNone.NONE;
    }

    private static final String[] INDEX_NAMES = {"value", "start", "stop"};

    private static long sliceIndex(PyObject o, long dflt) {
        if (o == null) {
            return dflt;
        }
        if (!Abstract.isIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        return Abstract.asIndexClamped(o);
    }

    private static PyObject index(PyObject o, PyObject[] a, int n, PyTuple kw) {
        PyDeque d = self(o);
        BuiltinArgs.positional("index", n, kw, 1, 3);
        long start = sliceIndex(n > 1 ? a[1] : null, 0);
        long stop = sliceIndex(n > 2 ? a[2] : null, Long.MAX_VALUE);
        if (start < 0) {
            start = Math.max(0, start + d.size);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + d.size);
        }
        stop = Math.min(stop, d.size);
        long st = d.state;
        for (long i = start; i < stop; i++) {
            PyObject x = d.get((int) i);
            if (x == a[0] || Abstract.richCompareBool(x, a[0], CompareOp.EQ)) {
                return PyInt.of(i);
            }
            if (st != d.state) {
                throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
            }
        }
        throw PyErr.valueError("%s is not in deque", Abstract.repr(a[0]).value());
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> type == TYPE ? new PyDeque() : new Sub(type);
        t.tp_repr = PyDeque::repr;
        t.tp_richcompare = PyDeque::richCompare;
        t.tp_iter = o -> new DequeIter(ITER, self(o), false);
        t.sq_length = o -> self(o).size;
        t.sq_contains = (o, v) -> {
            PyDeque d = self(o);
            long st = d.state;
            for (int i = 0; i < d.size; i++) {
                PyObject x = d.get(i);
                if (x == v || Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                    return true;
                }
                if (st != d.state) {
                    throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
                }
            }
            return false;
        };
        t.mp_subscript = (o, k) -> {
            PyDeque d = self(o);
            return d.get(d.checkIndex(k));
        };
        t.mp_ass_subscript = (o, k, v) -> {
            PyDeque d = self(o);
            int i = d.checkIndex(k);
            if (v == null) {
                d.deleteAt(i);
            } else {
                d.set(i, v);
            }
        };
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyDeque)) {
                throw PyErr.typeError("can only concatenate deque (not \"%s\") to deque", b.type().name());
            }
            PyDeque r = (PyDeque) copy(a);
            r.extend(b);
            return r;
        };
        t.sq_repeat = (a, b) -> {
            PyDeque r = (PyDeque) copy(a);
            repeatInPlace(r, Abstract.index(b));
            return r;
        };
        t.nb_inplace[NumberOp.ADD.ordinal()] = (a, b) -> {
            if (!(a instanceof PyDeque)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            self(a).extend(b);
            return a;
        };
        t.nb_inplace[NumberOp.MULTIPLY.ordinal()] = (a, b) -> {
            if (!(a instanceof PyDeque)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (!Abstract.isIndex(b)) {
                throw PyErr.typeError("can't multiply sequence by non-int of type '%s'", b.type().name());
            }
            repeatInPlace(self(a), Abstract.index(b));
            return a;
        };
        t.ready();
        t.setInstancesHaveWeakref();
        SlotWrappers.addWrapper(t, "__init__", (f, self, a, n, kw) -> init(self, a, n, kw));
        PyMethodDescr.oneArg(t, "append", (o, v) -> {
            self(o).append(v);
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "appendleft", (o, v) -> {
            self(o).appendLeft(v);
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "pop", o -> self(o).pop());
        PyMethodDescr.noArgs(t, "popleft", o -> self(o).popLeft());
        PyMethodDescr.oneArg(t, "extend", (o, v) -> {
            self(o).extend(v);
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "extendleft", (o, v) -> {
            self(o).extendLeft(v);
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "clear", o -> {
            self(o).clear();
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "copy", PyDeque::copy);
        PyMethodDescr.noArgs(t, "__copy__", PyDeque::copy);
        PyMethodDescr.oneArg(t, "count", (o, v) -> {
            PyDeque d = self(o);
            long st = d.state;
            long c = 0;
            for (int i = 0; i < d.size; i++) {
                PyObject x = d.get(i);
                if (x == v || Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                    c++;
                }
                if (st != d.state) {
                    throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
                }
            }
            return PyInt.of(c);
        });
        PyMethodDescr.full(t, "index", PyDeque::index);
        PyMethodDescr.varArgs(t, "insert", 2, 2, (o, a, n) -> {
            PyDeque d = self(o);
            long i = Abstract.asSsizeArg(a[0]);
            if (d.maxlen >= 0 && d.size >= d.maxlen) {
                throw PyErr.indexError("deque already at its maximum size");
            }
            if (i < 0) {
                i = Math.max(0, i + d.size);
            }
            i = Math.min(i, d.size);
            d.insertAt((int) i, a[1]);
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "remove", (o, v) -> {
            PyDeque d = self(o);
            int n = d.size;
            for (int i = 0; i < n; i++) {
                PyObject x = d.get(i);
                boolean eq = x == v || Abstract.richCompareBool(x, v, CompareOp.EQ);
                if (n != d.size) {
                    throw PyErr.indexError("deque mutated during remove().");
                }
                if (eq) {
                    d.deleteAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError("%s is not in deque", Abstract.repr(v).value());
        });
        PyMethodDescr.noArgs(t, "reverse", o -> {
            self(o).reverse();
            return PyNone.NONE;
        });
        PyMethodDescr.varArgs(t, "rotate", 0, 1, (o, a, n) -> {
            long k = 1;
            if (n == 1) {
                k = Abstract.asSsizeArg(a[0]);
            }
            self(o).rotate(k);
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "__reversed__", o -> new DequeIter(REVITER, self(o), true));
        PyMethodDescr.noArgs(t, "__reduce__", o -> {
            PyDeque d = self(o);
            PyDict dict = o.instanceDict();
            PyObject st = dict == null || dict.size() == 0 ? PyNone.NONE : dict;
            PyObject args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(d.maxlen));
            return PyTuple.of(o.type(), args, st, Abstract.iter(o));
        });
        PyMethodDescr.noArgs(t, "__sizeof__", o -> PyInt.of(624 + 8L * self(o).buf.length));
        t.setAttribute("maxlen", new PyGetSetDescr(t, "maxlen", o -> {
            int m = self(o).maxlen;
            return m < 0 ? PyNone.NONE : PyInt.of(m);
        }, null));
        t.setAttribute("__class_getitem__", PyStaticMethod.classMethod(new PyBuiltinFunction("__class_getitem__",
                "deque.__class_getitem__", null, (s, a, n, kw) -> Abstract.genericAliasMaker.apply(a[0], a[1]))));
        t.setAttribute("__doc__", PyStr.of("A list-like sequence optimized for data accesses near its endpoints."));

        ITER.tp_iter = o -> o;
        ITER.tp_iternext = o -> ((DequeIter) o).next();
        ITER.ready();
        PyMethodDescr.noArgs(ITER, "__length_hint__", o -> PyInt.of(((DequeIter) o).left));
        REVITER.tp_iter = o -> o;
        REVITER.tp_iternext = o -> ((DequeIter) o).next();
        REVITER.ready();
        PyMethodDescr.noArgs(REVITER, "__length_hint__", o -> PyInt.of(((DequeIter) o).left));
    }

    private static void repeatInPlace(PyDeque d, PyInt count) {
        long n = count.big != null ? (count.big.signum() < 0 ? 0 : Long.MAX_VALUE) : count.value;
        if (n <= 0 || d.size == 0) {
            d.clear();
            return;
        }
        if (n == 1) {
            return;
        }
        PyTuple items = d.snapshot();
        long reps = n - 1;
        if (d.maxlen >= 0) {
            // only the last maxlen items survive: the last repetitions that cover them are enough
            reps = Math.min(reps, (d.maxlen + items.size() - 1) / items.size());
        } else if ((long) items.size() * n > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        for (long r = 0; r < reps; r++) {
            for (int i = 0; i < items.size(); i++) {
                d.append(items.get(i));
            }
        }
    }

    /** {@code _deque_iterator} and {@code _deque_reverse_iterator}. */
    static final class DequeIter extends PyObject {
        private final PyDeque deque;
        private final boolean reverse;
        private final long state;
        private int index;
        int left;

        DequeIter(PyType type, PyDeque d, boolean reverse) {
            super(type);
            this.deque = d;
            this.reverse = reverse;
            this.state = d.state;
            this.left = d.size;
            this.index = reverse ? d.size - 1 : 0;
        }

        PyObject next() {
            if (deque.state != state) {
                left = 0;
                throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
            }
            if (left <= 0) {
                return null;
            }
            PyObject v = deque.get(index);
            index += reverse ? -1 : 1;
            left--;
            return v;
        }
    }

    /** An instance of a class defined in Python whose base is {@code deque}. */
    static final class Sub extends PyDeque implements PyMemberDescr.SlotHolder {
        private final PyDict dict;
        private final PyObject[] slots;

        Sub(PyType type) {
            super(type);
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
