package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * The methods of {@code list}.
 *
 * <p>CPython: {@code Objects/listobject.c} ({@code list_append}, {@code list_pop_impl}, ...).
 */
final class ListMethods {
    private ListMethods() {
    }

    static void init(PyType t) {
        PyList.initSlots(t);
        t.tp_new = (type, args, nargs, kw) -> {
            if (type != PyList.TYPE) {
                return new PyListSub(type);
            }
            PyMethodDescr.noKeywords("list", kw);
            PyMethodDescr.checkArity("list", nargs, 0, 1);
            PyList l = new PyList();
            if (nargs == 1) {
                l.extend(args[0]);
            }
            return l;
        };
        t.setNewInitializes();
        dev.adder.runtime.SlotWrappers.addWrapper(t, "__init__", (f, self, a, n, kw) -> {
            // keywords are the business of a subclass's own __new__ (CPython's list___init__)
            if (kw != null && kw.size() > 0 && self.type().tp_new != PyList.TYPE.tp_new) {
                kw = null;
            }
            PyList fresh = (PyList) PyList.TYPE.tp_new.make(PyList.TYPE, a, n, kw);
            PyList l = (PyList) self;
            java.util.Arrays.fill(l.items, 0, l.size, null);
            l.size = 0;
            l.extend(fresh);
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "append", (self, v) -> {
            ((PyList) self).append(v);
            return PyNone.NONE;
        });
        PyMethodDescr.oneArg(t, "extend", (self, v) -> {
            ((PyList) self).extend(v);
            return PyNone.NONE;
        });
        PyMethodDescr.varArgs(t, "insert", 2, 2, (self, a, n) -> {
            ((PyList) self).insert(Abstract.asSsizeArg(a[0]), a[1]);
            return PyNone.NONE;
        });
        PyMethodDescr.varArgs(t, "pop", 0, 1, (self, a, n) ->
                ((PyList) self).pop(n == 0 ? -1 : Abstract.asSsizeArg(a[0])));
        PyMethodDescr.oneArg(t, "remove", (self, v) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == v || Abstract.richCompareBool(l.items[i], v, CompareOp.EQ)) {
                    l.pop(i);
                    return PyNone.NONE;
                }
            }
            throw PyErr.valueError("list.remove(x): x not in list");
        });
        PyMethodDescr.varArgs(t, "index", 1, 3, (self, a, n) -> {
            PyList l = (PyList) self;
            int[] r = PyList.searchRange(a, n, l.size);
            for (int i = r[0]; i < r[1] && i < l.size; i++) {
                if (l.items[i] == a[0] || Abstract.richCompareBool(l.items[i], a[0], CompareOp.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError("%s is not in list", Abstract.repr(a[0]).value());
        });
        PyMethodDescr.oneArg(t, "count", (self, v) -> {
            PyList l = (PyList) self;
            int c = 0;
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == v || Abstract.richCompareBool(l.items[i], v, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        PyMethodDescr.noArgs(t, "clear", self -> {
            PyList l = (PyList) self;
            l.items = new PyObject[0];
            l.size = 0;
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(t, "copy", self -> {
            PyList l = (PyList) self;
            return PyList.wrap(l.toArray(), l.size);
        });
        PyMethodDescr.noArgs(t, "__reversed__", self -> new PyListReverseIterator((PyList) self));
        PyMethodDescr.noArgs(t, "reverse", self -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return PyNone.NONE;
        });
        PyMethodDescr.full(t, "sort", (self, a, n, kw) -> {
            if (n > 0) {
                throw PyErr.typeError("sort() takes no positional arguments");
            }
            PyObject key = null;
            boolean reverse = false;
            for (int i = 0; kw != null && i < kw.size(); i++) {
                String k = ((PyStr) kw.get(i)).value();
                if (k.equals("key")) {
                    key = a[n + i];
                } else if (k.equals("reverse")) {
                    reverse = Abstract.asIndexClamped(a[n + i]) != 0;
                } else {
                    throw PyErr.typeError("'%s' is an invalid keyword argument for sort()", k);
                }
            }
            ((PyList) self).sort(key, reverse);
            return PyNone.NONE;
        });
        t.ready();
    }
}
