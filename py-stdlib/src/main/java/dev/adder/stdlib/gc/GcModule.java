package dev.adder.stdlib.gc;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyComplex;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.stdlib.weakref.WeakrefRegistry;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code gc} module over the JVM's collector.
 *
 * <p>Adder has no reference counts and no cycle collector of its own: the JVM's tracing collector
 * frees every unreachable object, cycles included, whenever it likes. So this module keeps
 * CPython's interface with these meanings:
 * <ul>
 * <li>{@code collect(generation=2)} asks the JVM to collect ({@code System.gc()}), runs the weak
 * reference callbacks of what it cleared, calls {@code gc.callbacks} with the "start" and "stop"
 * phases and returns 0 (the JVM does not say how many objects it freed);</li>
 * <li>{@code enable}/{@code disable}/{@code isenabled}, {@code set_threshold}/{@code get_threshold},
 * {@code set_debug}/{@code get_debug}, {@code freeze}/{@code unfreeze} only record their settings
 * (the JVM's collector cannot be switched off); {@code get_count()} is always (0, 0, 0),
 * {@code get_freeze_count()} 0, and {@code get_stats()} counts the calls of {@code collect} per
 * generation, with nothing collected or uncollectable;</li>
 * <li>{@code get_objects()} returns an empty list: the JVM does not list live objects;</li>
 * <li>{@code get_referrers()} returns an empty list (finding referrers needs a heap walk);</li>
 * <li>{@code get_referents()} returns the objects the arguments hold directly when they are
 * containers (the items of lists and tuples, the keys and values of dicts); others give none;</li>
 * <li>{@code is_tracked(o)} is False for atoms (None, bool, int, float, complex, str, bytes, bytearray,
 * range) and
 * for dicts holding only atoms, True for everything else, as CPython answers for fresh objects;
 * {@code is_finalized(o)} is False ({@code __del__} methods are not run by a cycle collector);</li>
 * <li>{@code garbage} stays empty: no object is ever uncollectable.</li>
 * </ul>
 *
 * <p>CPython: {@code Modules/gcmodule.c}.
 */
public final class GcModule implements BuiltinModule {
    private static final int DEBUG_STATS = 1;
    private static final int DEBUG_COLLECTABLE = 2;
    private static final int DEBUG_UNCOLLECTABLE = 4;
    private static final int DEBUG_SAVEALL = 32;
    private static final int DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    private boolean enabled = true;
    private int debug;
    private final int[] threshold = {700, 10, 10};
    private final long[] collections = new long[3];

    @Override
    public String name() {
        return "gc";
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    /** The clinic's {@code int} converter ({@code _PyLong_AsInt}). */
    private static int cInt(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** {@code PyArg_ParseTuple}'s {@code i} format. */
    private static int parseInt(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        if (i.value > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (i.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) i.value;
    }

    private static boolean atom(PyObject o) {
        return o == PyNone.NONE || o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
                || o instanceof PyStr || o instanceof PyBytes || o instanceof dev.adder.runtime.objects.PyByteArray
                || o instanceof dev.adder.runtime.objects.PyRange;
    }

    private static boolean tracked(PyObject o) {
        if (atom(o)) {
            return false;
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            PyObject it = Abstract.iter(d);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                if (!atom(k) && !(k instanceof PyTuple) || tracked(d.getItem(k))) {
                    return true;
                }
            }
            return false;
        }
        if (o.type() == dev.adder.runtime.PyType.OBJECT) {
            return false;
        }
        if (o instanceof PyTuple t && t.size() == 0) {
            return false;
        }
        return true;
    }

    private PyObject collect(InterpreterState interp, PyModule m, int generation) {
        PyObject callbacks = m.dict.getItem(PyStr.of("callbacks"));
        runCallbacks(interp, callbacks, "start", generation);
        dev.adder.runtime.Finalizers.collect();
        WeakrefRegistry.collect();
        collections[generation]++;
        runCallbacks(interp, callbacks, "stop", generation);
        return PyInt.ZERO;
    }

    /** Calls {@code gc.callbacks}; their exceptions are reported and ignored, as CPython does. */
    private static void runCallbacks(InterpreterState interp, PyObject callbacks, String phase, int generation) {
        if (!(callbacks instanceof PyList l) || l.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setItem(PyStr.of("generation"), PyInt.of(generation));
        info.setItem(PyStr.of("collected"), PyInt.ZERO);
        info.setItem(PyStr.of("uncollectable"), PyInt.ZERO);
        PyObject[] cbs = l.toArray();
        for (PyObject cb : cbs) {
            try {
                Abstract.call(cb, PyStr.of(phase), info);
            } catch (dev.adder.runtime.PyException e) {
                interp.writeUnraisable(null, cb, e);
            }
        }
    }

    private static final String[] COLLECT = {"generation"};
    private static final String[] GET_OBJECTS = {"generation"};

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        GcModule st = new GcModule();
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("This module provides access to the garbage collector for "
                + "reference cycles.\n"));
        m.dict.setItem(PyStr.of("garbage"), new PyList());
        m.dict.setItem(PyStr.of("callbacks"), new PyList());
        m.dict.setItem(PyStr.of("DEBUG_STATS"), PyInt.of(DEBUG_STATS));
        m.dict.setItem(PyStr.of("DEBUG_COLLECTABLE"), PyInt.of(DEBUG_COLLECTABLE));
        m.dict.setItem(PyStr.of("DEBUG_UNCOLLECTABLE"), PyInt.of(DEBUG_UNCOLLECTABLE));
        m.dict.setItem(PyStr.of("DEBUG_SAVEALL"), PyInt.of(DEBUG_SAVEALL));
        m.dict.setItem(PyStr.of("DEBUG_LEAK"), PyInt.of(DEBUG_LEAK));
        def(m, "enable", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.enable", n, kw);
            st.enabled = true;
            return PyNone.NONE;
        });
        def(m, "disable", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.disable", n, kw);
            st.enabled = false;
            return PyNone.NONE;
        });
        def(m, "isenabled", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.isenabled", n, kw);
            return PyBool.of(st.enabled);
        });
        def(m, "collect", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("collect", a, n, kw, COLLECT, 0, 0, 1, 0);
            int g = v[0] == null ? 2 : cInt(v[0]);
            if (g < 0 || g > 2) {
                throw PyErr.valueError("invalid generation");
            }
            return st.collect(interp, m, g);
        });
        def(m, "get_count", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.get_count", n, kw);
            return PyTuple.of(PyInt.ZERO, PyInt.ZERO, PyInt.ZERO);
        });
        def(m, "get_threshold", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.get_threshold", n, kw);
            return PyTuple.of(PyInt.of(st.threshold[0]), PyInt.of(st.threshold[1]), PyInt.of(st.threshold[2]));
        });
        def(m, "set_threshold", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("set_threshold", kw);
            if (n < 1 || n > 3) {
                throw PyErr.typeError("set_threshold() takes at %s %d argument%s (%d given)", n < 1 ? "least" : "most",
                        n < 1 ? 1 : 3, n < 1 ? "" : "s", n);
            }
            int[] t = st.threshold.clone();
            for (int i = 0; i < n; i++) {
                t[i] = parseInt(a[i]);
            }
            System.arraycopy(t, 0, st.threshold, 0, 3);
            return PyNone.NONE;
        });
        def(m, "get_debug", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.get_debug", n, kw);
            return PyInt.of(st.debug);
        });
        def(m, "set_debug", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("gc.set_debug", n, kw);
            st.debug = cInt(a[0]);
            return PyNone.NONE;
        });
        def(m, "get_objects", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("get_objects", a, n, kw, GET_OBJECTS, 0, 0, 1, 0);
            if (v[0] != null && v[0] != PyNone.NONE) {
                if (!Abstract.isIndex(v[0])) {
                    throw PyErr.typeError("argument should be integer or None, not '%s'", v[0].type().name());
                }
                PyInt g = Abstract.index(v[0]);
                if (!g.isSmall()) {
                    throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
                }
                if (g.value < -1) { // -1 stands for None
                    throw PyErr.valueError("generation parameter cannot be negative");
                }
                if (!g.isSmall() || g.value >= 3) {
                    throw PyErr.valueError(
                            "generation parameter must be less than the number of available generations (3)");
                }
            }
            return new PyList();
        });
        def(m, "get_stats", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.get_stats", n, kw);
            PyObject[] out = new PyObject[3];
            for (int i = 0; i < 3; i++) {
                PyDict d = new PyDict();
                d.setItem(PyStr.of("collections"), PyInt.of(st.collections[i]));
                d.setItem(PyStr.of("collected"), PyInt.ZERO);
                d.setItem(PyStr.of("uncollectable"), PyInt.ZERO);
                out[i] = d;
            }
            return PyList.of(out);
        });
        def(m, "get_referrers", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("gc.get_referrers", kw);
            return new PyList();
        });
        def(m, "get_referents", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("gc.get_referents", kw);
            PyList out = new PyList();
            for (int i = 0; i < n; i++) {
                PyObject o = a[i];
                if (o instanceof PyList || o instanceof PyTuple) {
                    out.extend(o);
                } else if (o instanceof PyDict d) {
                    PyObject it = Abstract.iter(d);
                    for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                        if (!(k instanceof PyStr)) {
                            out.append(k);
                        }
                        out.append(d.getItem(k));
                    }
                }
            }
            return out;
        });
        def(m, "is_tracked", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("gc.is_tracked", n, kw);
            return PyBool.of(tracked(a[0]));
        });
        def(m, "is_finalized", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("gc.is_finalized", n, kw);
            return PyBool.FALSE;
        });
        def(m, "freeze", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.freeze", n, kw);
            return PyNone.NONE;
        });
        def(m, "unfreeze", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.unfreeze", n, kw);
            return PyNone.NONE;
        });
        def(m, "get_freeze_count", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("gc.get_freeze_count", n, kw);
            return PyInt.ZERO;
        });
    }
}
