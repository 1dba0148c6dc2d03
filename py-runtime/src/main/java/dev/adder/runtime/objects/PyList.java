package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.internal.ReprGuard;
import java.util.Arrays;

/**
 * Python's {@code list}: a growable array of objects.
 *
 * <p>CPython: {@code Objects/listobject.c}. Sorting is in {@link ListSort}.
 */
public class PyList extends PyObject {
    /** {@code list}. */
    public static final PyType TYPE = PyType.builtin("list", PyList.class, PyType.BASETYPE | PyType.LIST_SUBCLASS);
    private static final PyObject[] NO_ITEMS = new PyObject[0];

    PyObject[] items;
    int size;

    /** An empty list. */
    public PyList() {
        super(TYPE);
        items = NO_ITEMS;
    }

    /** For subclasses defined in Python. */
    protected PyList(PyType type) {
        super(type);
        items = NO_ITEMS;
    }

    private PyList(PyObject[] items, int size) {
        super(TYPE);
        this.items = items;
        this.size = size;
    }

    /** A list that takes ownership of {@code items[0..size)}. */
    public static PyList wrap(PyObject[] items, int size) {
        return new PyList(items, size);
    }

    /** A list of copies of the given items. */
    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
    }

    /** The number of items. */
    public final int size() {
        return size;
    }

    /** Item {@code i} (0 <= i < size()). */
    public final PyObject get(int i) {
        return items[i];
    }

    /** Replaces item {@code i} (0 <= i < size()). */
    public final void set(int i, PyObject v) {
        items[i] = v;
    }

    /** A copy of the items. */
    public final PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    private void ensure(int n) {
        if (n > items.length) {
            // CPython's growth pattern (about 1.125x plus a little) for short lists; long ones grow
            // by half, since a JVM array cannot be extended in place as realloc often extends
            // CPython's: fewer copies of a long list built by appends (not observable: getsizeof
            // answers from the length)
            long cap = n < 4096 ? (long) n + (n >> 3) + 6 : (long) n + (n >> 1);
            if (cap > Integer.MAX_VALUE - 8) {
                throw PyErr.memoryError();
            }
            items = Arrays.copyOf(items, (int) cap);
        }
    }

    /** {@code list.append(v)}. */
    public final void append(PyObject v) {
        if (size == items.length) {
            ensure(size + 1);
        }
        items[size++] = v;
    }

    /** {@code list.extend(iterable)}. */
    public void extend(PyObject iterable) {
        if (iterable.type() == PyList.TYPE || iterable.type() == PyTuple.TYPE) {
            PyObject[] src = iterable instanceof PyList ? ((PyList) iterable).items : ((PyTuple) iterable).items;
            int n = iterable instanceof PyList ? ((PyList) iterable).size : src.length;
            ensure(size + n);
            System.arraycopy(src, 0, items, size, n);
            size += n;
            return;
        }
        PyType t = iterable.type();
        if (t.sq_length != null || t.mp_length != null) {
            // CPython's length hint: __len__'s errors other than TypeError propagate
            // (list(range(2**70)) is an OverflowError, not a loop until memory runs out)
            long n;
            try {
                n = Abstract.lenAsLong(iterable);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
                n = 0;
            }
            if (n > Integer.MAX_VALUE - 8 - size) {
                throw PyErr.memoryError(); // more items than a JVM array holds
            }
            ensure(size + (int) Math.min(n, 1 << 16));
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x; (x = Abstract.next(it)) != null;) {
            append(x);
        }
    }

    /** {@code list.insert(i, v)}. */
    public void insert(long i, PyObject v) {
        if (i < 0) {
            i += size;
            if (i < 0) {
                i = 0;
            }
        }
        if (i > size) {
            i = size;
        }
        ensure(size + 1);
        System.arraycopy(items, (int) i, items, (int) i + 1, size - (int) i);
        items[(int) i] = v;
        size++;
    }

    /** {@code list.pop(i)}. */
    public PyObject pop(long i) {
        if (size == 0) {
            throw PyErr.indexError("pop from empty list");
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("pop index out of range");
        }
        PyObject v = items[(int) i];
        removeAt((int) i);
        return v;
    }

    private void removeAt(int i) {
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
    }

    /** {@code l[i]} with a Python index. */
    public PyObject getItem(long i) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("list index out of range");
        }
        return items[(int) i];
    }

    /** {@code l[i] = v} with a Python index. */
    public void setItem(long i, PyObject v) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("list assignment index out of range");
        }
        items[(int) i] = v;
    }

    /** {@code list.sort(key=..., reverse=...)}; {@code key} may be null. */
    public void sort(PyObject key, boolean reverse) {
        PyObject[] saved = items;
        int n = size;
        items = NO_ITEMS;
        size = 0;
        try {
            ListSort.sort(saved, n, key, reverse);
        } finally {
            boolean modified = items != NO_ITEMS || size != 0;
            items = saved;
            size = n;
            if (modified) {
                throw PyErr.valueError("list modified during sort");
            }
        }
    }

    /** {@code repr(l)}. */
    public PyStr repr() {
        if (size == 0) {
            return PyStr.of("[]");
        }
        if (!ReprGuard.enter(this)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(items[i]).value());
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    static PyObject[] repeatItems(PyObject[] src, int n, long count) {
        if (count <= 0 || n == 0) {
            return NO_ITEMS;
        }
        if (count > (Integer.MAX_VALUE - 8) / n) { // (n * count could pass a long)
            throw PyErr.memoryError();
        }
        PyObject[] r = new PyObject[(int) (n * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(src, 0, r, i * n, n);
        }
        return r;
    }

    /** The items of a slice given by {@code r} = {start, stop, step, count}. */
    static PyObject[] sliceItems(PyObject[] src, int[] r) {
        PyObject[] out = new PyObject[Math.max(r[3], 0)];
        for (int i = 0, j = r[0]; i < out.length; i++, j += r[2]) {
            out[i] = src[j];
        }
        return out;
    }

    /** The {@code [start, stop)} range of {@code index(x, start, stop)} arguments {@code a[1..n)}. */
    static int[] searchRange(PyObject[] a, int n, int len) {
        long start = n > 1 ? Abstract.sliceIndex(a[1]) : 0;
        long stop = n > 2 ? Abstract.sliceIndex(a[2]) : len;
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + len);
        }
        return new int[] {(int) Math.min(start, len), (int) Math.min(stop, len)};
    }

    private void assignSlice(PySlice s, PyObject value) {
        int[] r = s.indices(size);
        int start = r[0];
        int step = r[2];
        int count = r[3];
        if (value == null) {
            if (step == 1) {
                System.arraycopy(items, start + count, items, start, size - start - count);
                Arrays.fill(items, size - count, size, null);
                size -= count;
                return;
            }
            boolean[] drop = new boolean[size];
            for (int i = 0, j = start; i < count; i++, j += step) {
                drop[j] = true;
            }
            int w = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    items[w++] = items[i];
                }
            }
            Arrays.fill(items, w, size, null);
            size = w;
            return;
        }
        PyObject[] src = value == this ? toArray() : PyTuple.fromIterable(value).items;
        if (step == 1) {
            int delta = src.length - count;
            ensure(size + Math.max(delta, 0));
            System.arraycopy(items, start + count, items, start + src.length, size - start - count);
            System.arraycopy(src, 0, items, start, src.length);
            if (delta < 0) {
                Arrays.fill(items, size + delta, size, null);
            }
            size += delta;
            return;
        }
        if (src.length != count) {
            throw PyErr.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                    src.length, count);
        }
        for (int i = 0, j = start; i < count; i++, j += step) {
            items[j] = src[i];
        }
    }

    static {
        ListMethods.init(TYPE);
    }

    static void initSlots(PyType t) {
        t.tp_repr = o -> ((PyList) o).repr();
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyList)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyList x = (PyList) a;
            PyList y = (PyList) b;
            return PyTuple.compareItems(x.items, x.size, y.items, y.size, op);
        };
        t.sq_length = o -> ((PyList) o).size;
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyList)) {
                throw PyErr.typeError("can only concatenate list (not \"%s\") to list", b.type().name());
            }
            PyList x = (PyList) a;
            PyList y = (PyList) b;
            PyObject[] r = Arrays.copyOf(x.items, x.size + y.size);
            System.arraycopy(y.items, 0, r, x.size, y.size);
            return wrap(r, r.length);
        };
        t.sq_repeat = (a, n) -> {
            PyObject[] r = repeatItems(((PyList) a).items, ((PyList) a).size, Abstract.asRepeatCount(n));
            return wrap(r, r.length);
        };
        t.sq_contains = (a, k) -> {
            PyList l = (PyList) a;
            for (int i = 0; i < l.size; i++) {
                PyObject x = l.items[i];
                if (x == k || Abstract.richCompareBool(x, k, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.mp_subscript = (a, key) -> {
            PyList l = (PyList) a;
            if (key instanceof PySlice) {
                PyObject[] r = sliceItems(l.items, ((PySlice) key).indices(l.size));
                return wrap(r, r.length);
            }
            if (!Abstract.isIndex(key)) {
                throw PyErr.typeError("list indices must be integers or slices, not %s", key.type().name());
            }
            return l.getItem(Abstract.asItemIndex(key));
        };
        t.mp_ass_subscript = (a, key, v) -> {
            PyList l = (PyList) a;
            if (key instanceof PySlice) {
                l.assignSlice((PySlice) key, v);
                return;
            }
            if (!Abstract.isIndex(key)) {
                throw PyErr.typeError("list indices must be integers or slices, not %s", key.type().name());
            }
            long i = Abstract.asItemIndex(key);
            if (v == null) {
                if (i < 0) {
                    i += l.size;
                }
                if (i < 0 || i >= l.size) {
                    throw PyErr.indexError("list assignment index out of range");
                }
                l.removeAt((int) i);
            } else {
                l.setItem(i, v);
            }
        };
        t.nb_inplace[dev.adder.runtime.NumberOp.ADD.ordinal()] = (a, b) -> {
            ((PyList) a).extend(b);
            return a;
        };
        t.nb_inplace[dev.adder.runtime.NumberOp.MULTIPLY.ordinal()] = (a, n) -> {
            if (!Abstract.isIndex(n)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyList l = (PyList) a;
            PyObject[] r = repeatItems(l.items, l.size, Abstract.asRepeatCount(n));
            l.items = r;
            l.size = r.length;
            return a;
        };
        t.tp_iter = o -> new PySeqIter(o, -1);
    }
}
