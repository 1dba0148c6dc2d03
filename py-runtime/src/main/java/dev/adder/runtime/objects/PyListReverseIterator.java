package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.VmHooks;

/**
 * {@code list_reverseiterator}: what {@code reversed(lst)} and {@code lst.__reversed__()} return.
 * It reads the list's storage (a subclass's own {@code __getitem__} or {@code __len__} is not
 * called) from the end; a list that shrinks under it ends the iteration. {@code next} returns
 * null when exhausted.
 *
 * <p>CPython: {@code Objects/listobject.c} ({@code listreviter_next}, {@code listreviter_len},
 * {@code listiter_reduce_general}, {@code listreviter_setstate}).
 */
public final class PyListReverseIterator extends PyObject {
    /** {@code list_reverseiterator}. */
    public static final PyType TYPE = PyType.builtin("list_reverseiterator", PyListReverseIterator.class, 0);

    private PyList list;
    private int index;

    /** {@code reversed(list)}. */
    public PyListReverseIterator(PyList list) {
        super(TYPE);
        this.list = list;
        this.index = list.size() - 1;
    }

    /** The next item from the end, or null when exhausted. */
    public PyObject next() {
        PyList l = list;
        int i = index;
        if (l != null && i >= 0 && i < l.size()) {
            index = i - 1;
            return l.get(i);
        }
        index = -1;
        list = null;
        return null;
    }

    static {
        TYPE.tp_iter = o -> o;
        TYPE.tp_iternext = o -> ((PyListReverseIterator) o).next();
        PyMethodDescr.noArgs(TYPE, "__length_hint__", o -> {
            PyListReverseIterator it = (PyListReverseIterator) o;
            int n = it.index + 1;
            return PyInt.of(it.list == null || it.list.size() < n ? 0 : n);
        });
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            // the lookup first: it may run code (a key's __eq__) that exhausts this iterator
            PyObject reversed = VmHooks.builtin.apply("reversed");
            PyListReverseIterator it = (PyListReverseIterator) o;
            return it.list == null ? PyTuple.of(VmHooks.builtin.apply("iter"), PyTuple.of(new PyList()))
                    : PyTuple.of(reversed, PyTuple.of(it.list), PyInt.of(it.index));
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            PyListReverseIterator it = (PyListReverseIterator) o;
            if (!(state instanceof PyInt)) {
                throw PyErr.typeError("an integer is required");
            }
            long i = Abstract.asSsizeArg(state);
            if (it.list != null) {
                int last = it.list.size() - 1;
                it.index = (int) (i < -1 ? -1 : Math.min(i, last));
            }
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
