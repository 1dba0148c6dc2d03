package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * {@code groupby(iterable, key=None)}: (key, group) pairs for runs of items with equal keys.
 * The groups ({@code _grouper}) share the underlying iterator with their groupby: advancing the
 * groupby abandons the current group, which then yields nothing more.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code groupbyobject}, {@code groupby_next},
 * {@code groupby_step}, {@code _grouperobject}, {@code _grouper_next}).
 */
final class GroupBy extends ItObject {
    static final PyType TYPE = ItObject.newType("itertools.groupby", GroupBy.class, true, o -> ((GroupBy) o).next());

    private final PyObject it;
    /** The key function, or null for the identity. */
    private final PyObject keyFunc;
    private PyObject tgtKey;
    private PyObject currKey;
    private PyObject currValue;
    /** The group that may still advance (CPython keeps a borrowed pointer). */
    private Grouper currGrouper;

    private GroupBy(PyType type, PyObject it, PyObject keyFunc) {
        super(type);
        this.it = it;
        this.keyFunc = keyFunc;
    }

    /** Reads the next item and its key; false when the iterator is exhausted. */
    private boolean step() {
        PyObject v = Abstract.next(it);
        if (v == null) {
            return false;
        }
        PyObject k = keyFunc == null ? v : Abstract.call(keyFunc, v);
        currValue = v;
        currKey = k;
        return true;
    }

    PyObject next() {
        currGrouper = null;
        for (;;) {
            if (currKey != null) {
                if (tgtKey == null) {
                    break;
                }
                if (!Abstract.richCompareBool(tgtKey, currKey, CompareOp.EQ)) {
                    break;
                }
            }
            if (!step()) {
                return null;
            }
        }
        tgtKey = currKey;
        Grouper g = new Grouper(this, tgtKey);
        currGrouper = g;
        return PyTuple.wrap(new PyObject[] {currKey, g});
    }

    private static final String[] NAMES = {"iterable", "key"};

    private static PyObject make(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject[] p = BuiltinArgs.unpack("groupby", a, n, kw, NAMES, 0, 1, 2, 0);
        PyObject k = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
        return new GroupBy(type, Abstract.iter(p[0]), k);
    }

    /** {@code _grouper}: one group of a groupby. */
    static final class Grouper extends ItObject {
        static final PyType TYPE = ItObject.newType("itertools._grouper", Grouper.class, false, o -> ((Grouper) o).next());

        private final GroupBy parent;
        private final PyObject tgtKey;

        Grouper(GroupBy parent, PyObject tgtKey) {
            super(TYPE);
            this.parent = parent;
            this.tgtKey = tgtKey;
        }

        PyObject next() {
            GroupBy gbo = parent;
            if (gbo.currGrouper != this) {
                return null;
            }
            if (gbo.currValue == null) {
                if (!gbo.step()) {
                    return null;
                }
            }
            if (!Abstract.richCompareBool(tgtKey, gbo.currKey, CompareOp.EQ)) {
                return null;
            }
            PyObject r = gbo.currValue;
            gbo.currValue = null;
            gbo.currKey = null;
            return r;
        }

        static {
            TYPE.tp_new = (type, a, n, kw) -> {
                BuiltinArgs.positional("_grouper", n, kw, 2, 2);
                if (!(a[0] instanceof GroupBy)) {
                    throw PyErr.typeError("_grouper() argument 1 must be itertools.groupby, not %s",
                            a[0].type().name());
                }
                return new Grouper((GroupBy) a[0], a[1]);
            };
            PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
                Grouper g = (Grouper) o;
                if (g.parent.currGrouper != g) {
                    PyObject iter = dev.adder.vm.ThreadState.current().interp.builtins.getItem(PyStr.of("iter"));
                    return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
                }
                return PyTuple.of(g.type(), PyTuple.of(g.parent, g.tgtKey));
            });
            TYPE.ready();
        }
    }

    static {
        TYPE.tp_new = GroupBy::make;
        PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
            GroupBy g = (GroupBy) o;
            PyTuple args = PyTuple.of(g.it, g.keyFunc == null ? PyNone.NONE : g.keyFunc);
            if (g.tgtKey != null && g.currKey != null && g.currValue != null) {
                return PyTuple.of(g.type(), args, PyTuple.of(g.currKey, g.currValue, g.tgtKey));
            }
            return PyTuple.of(g.type(), args);
        });
        PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
            if (!(state instanceof PyTuple)) {
                throw PyErr.typeError("state is not a tuple");
            }
            PyTuple t = (PyTuple) state;
            BuiltinArgs.checkPositional("__setstate__", t.size(), 3, 3);
            GroupBy g = (GroupBy) o;
            g.currKey = t.get(0);
            g.currValue = t.get(1);
            g.tgtKey = t.get(2);
            return PyNone.NONE;
        });
        TYPE.ready();
    }
}
