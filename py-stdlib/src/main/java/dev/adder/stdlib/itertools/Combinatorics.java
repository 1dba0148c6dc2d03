package dev.adder.stdlib.itertools;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * The combinatoric iterators: {@code product}, {@code combinations},
 * {@code combinations_with_replacement} and {@code permutations}. Each reads its input into a
 * tuple (the pool) when made and walks an array of indices into it.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code productobject}, {@code combinationsobject},
 * {@code cwrobject}, {@code permutationsobject} and their {@code _next} functions).
 */
final class Combinatorics {
    private Combinatorics() {
    }

    private static PyObject[] pool(PyObject iterable) {
        return PyTuple.fromIterable(iterable).itemsArray();
    }

    private static PyTuple indexTuple(int[] ix, int n) {
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = PyInt.of(ix[i]);
        }
        return PyTuple.wrap(items);
    }

    /** The indices of a {@code __setstate__} argument: a tuple of exactly {@code n} ints. */
    private static int[] stateIndices(PyObject state, int n) {
        if (!(state instanceof PyTuple) || ((PyTuple) state).size() != n) {
            throw PyErr.valueError("invalid arguments");
        }
        int[] ix = new int[n];
        for (int i = 0; i < n; i++) {
            long v = Abstract.asSsizeArg(((PyTuple) state).get(i));
            ix[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
        }
        return ix;
    }

    private static int arraySize(long r) {
        if (r > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        return (int) r;
    }

    /** {@code product(*iterables, repeat=1)}. */
    static final class Product extends ItObject {
        static final PyType TYPE = ItObject.newType("itertools.product", Product.class, true, o -> ((Product) o).next());

        private final PyObject[][] pools;
        private final int[] indices;
        private PyObject[] result;
        private boolean stopped;

        private Product(PyType type, PyObject[][] pools) {
            super(type);
            this.pools = pools;
            this.indices = new int[pools.length];
        }

        PyObject next() {
            if (stopped) {
                return null;
            }
            PyObject[][] ps = pools;
            int npools = ps.length;
            PyObject[] r = result;
            if (r == null) {
                r = new PyObject[npools];
                for (int i = 0; i < npools; i++) {
                    if (ps[i].length == 0) {
                        stopped = true;
                        return null;
                    }
                    r[i] = ps[i][0];
                }
            } else {
                r = r.clone();
                int i;
                for (i = npools - 1; i >= 0; i--) {
                    PyObject[] pool = ps[i];
                    if (++indices[i] == pool.length) {
                        indices[i] = 0;
                        r[i] = pool[0];
                    } else {
                        r[i] = pool[indices[i]];
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            result = r;
            return PyTuple.wrap(r);
        }

        private static PyObject make(PyType type, PyObject[] a, int n, PyTuple kw) {
            long repeat = 1;
            int nkw = BuiltinArgs.kwCount(kw);
            if (nkw > 0) {
                if (nkw > 1) {
                    throw PyErr.typeError("product() takes at most 1 keyword argument (%d given)", nkw);
                }
                String k = ((PyStr) kw.get(0)).value();
                if (!k.equals("repeat")) {
                    throw PyErr.typeError("'%s' is an invalid keyword argument for product()", k);
                }
                repeat = Abstract.asSsizeArg(a[n]);
                if (repeat < 0) {
                    throw PyErr.valueError("repeat argument cannot be negative");
                }
            }
            if (repeat != 0 && n > Long.MAX_VALUE / 8 / repeat) {
                throw PyErr.overflowError("repeat argument too large");
            }
            if (repeat == 0) {
                n = 0;
            }
            int npools = arraySize(n * repeat);
            PyObject[][] pools = new PyObject[npools][];
            for (int i = 0; i < n; i++) {
                pools[i] = pool(a[i]);
            }
            for (int i = n; i < npools; i++) {
                pools[i] = pools[i - n];
            }
            return new Product(type, pools);
        }

        static {
            TYPE.tp_new = Product::make;
            PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
                Product p = (Product) o;
                if (p.stopped) {
                    return PyTuple.of(p.type(), PyTuple.of(PyTuple.EMPTY));
                }
                PyObject[] pools = new PyObject[p.pools.length];
                for (int i = 0; i < pools.length; i++) {
                    pools[i] = PyTuple.wrap(p.pools[i]);
                }
                if (p.result == null) {
                    return PyTuple.of(p.type(), PyTuple.wrap(pools));
                }
                return PyTuple.of(p.type(), PyTuple.wrap(pools), indexTuple(p.indices, p.indices.length));
            });
            PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
                Product p = (Product) o;
                int n = p.pools.length;
                int[] ix = stateIndices(state, n);
                PyObject[] r = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    PyObject[] pool = p.pools[i];
                    if (pool.length == 0) {
                        p.stopped = true;
                        return PyNone.NONE;
                    }
                    int v = Math.max(0, Math.min(ix[i], pool.length - 1));
                    p.indices[i] = v;
                    r[i] = pool[v];
                }
                p.result = r;
                return PyNone.NONE;
            });
            TYPE.ready();
        }
    }

    private static final String[] COMB_NAMES = {"iterable", "r"};

    /** {@code combinations(iterable, r)}. */
    static final class Combinations extends ItObject {
        static final PyType TYPE = ItObject.newType("itertools.combinations", Combinations.class, true,
                o -> ((Combinations) o).next());

        private final PyObject[] pool;
        private final int[] indices;
        private final int r;
        private PyObject[] result;
        private boolean stopped;

        private Combinations(PyType type, PyObject[] pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.indices = new int[r];
            for (int i = 0; i < r; i++) {
                indices[i] = i;
            }
            this.stopped = r > pool.length;
        }

        PyObject next() {
            if (stopped) {
                return null;
            }
            PyObject[] p = pool;
            int[] ix = indices;
            int n = p.length;
            PyObject[] res = result;
            if (res == null) {
                res = new PyObject[r];
                for (int i = 0; i < r; i++) {
                    res[i] = p[ix[i]];
                }
            } else {
                int i = r - 1;
                while (i >= 0 && ix[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                res = res.clone();
                ix[i]++;
                for (int j = i + 1; j < r; j++) {
                    ix[j] = ix[j - 1] + 1;
                }
                for (int j = i; j < r; j++) {
                    res[j] = p[ix[j]];
                }
            }
            result = res;
            return PyTuple.wrap(res);
        }

        static {
            TYPE.tp_new = (type, a, n, kw) -> {
                PyObject[] p = BuiltinArgs.unpack("combinations", a, n, kw, COMB_NAMES, 0, 2, 2, 0);
                long r = Abstract.asSsizeArg(p[1]);
                PyObject[] pool = pool(p[0]);
                if (r < 0) {
                    throw PyErr.valueError("r must be non-negative");
                }
                return new Combinations(type, pool, arraySize(r));
            };
            PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
                Combinations c = (Combinations) o;
                PyObject r = PyInt.of(c.r);
                if (c.stopped && c.result != null) {
                    return PyTuple.of(c.type(), PyTuple.of(PyTuple.EMPTY, r));
                }
                PyTuple args = PyTuple.of(PyTuple.wrap(c.pool), r);
                return c.result == null ? PyTuple.of(c.type(), args)
                        : PyTuple.of(c.type(), args, indexTuple(c.indices, c.r));
            });
            PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
                Combinations c = (Combinations) o;
                int n = c.pool.length;
                int[] ix = stateIndices(state, c.r);
                if (n == 0 && c.r > 0) {
                    return PyNone.NONE; // nothing to point at: stays exhausted
                }
                PyObject[] res = new PyObject[c.r];
                for (int i = 0; i < c.r; i++) {
                    int max = i + n - c.r;
                    c.indices[i] = Math.max(0, Math.min(ix[i], max));
                    res[i] = c.pool[c.indices[i]];
                }
                c.result = res;
                return PyNone.NONE;
            });
            TYPE.ready();
        }
    }

    /** {@code combinations_with_replacement(iterable, r)}. */
    static final class CombinationsWithReplacement extends ItObject {
        static final PyType TYPE = ItObject.newType("itertools.combinations_with_replacement",
                CombinationsWithReplacement.class, true, o -> ((CombinationsWithReplacement) o).next());

        private final PyObject[] pool;
        private final int[] indices;
        private final int r;
        private PyObject[] result;
        private boolean stopped;

        private CombinationsWithReplacement(PyType type, PyObject[] pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.indices = new int[r];
            this.stopped = pool.length == 0 && r > 0;
        }

        PyObject next() {
            if (stopped) {
                return null;
            }
            PyObject[] p = pool;
            int[] ix = indices;
            int n = p.length;
            PyObject[] res = result;
            if (res == null) {
                res = new PyObject[r];
                if (r > 0) {
                    java.util.Arrays.fill(res, p[0]);
                }
            } else {
                int i = r - 1;
                while (i >= 0 && ix[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                res = res.clone();
                int index = ix[i] + 1;
                PyObject elem = p[index];
                for (; i < r; i++) {
                    ix[i] = index;
                    res[i] = elem;
                }
            }
            result = res;
            return PyTuple.wrap(res);
        }

        static {
            TYPE.tp_new = (type, a, n, kw) -> {
                PyObject[] p = BuiltinArgs.unpack("combinations_with_replacement", a, n, kw, COMB_NAMES, 0, 2, 2,
                        0);
                long r = Abstract.asSsizeArg(p[1]);
                PyObject[] pool = pool(p[0]);
                if (r < 0) {
                    throw PyErr.valueError("r must be non-negative");
                }
                return new CombinationsWithReplacement(type, pool, arraySize(r));
            };
            PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
                CombinationsWithReplacement c = (CombinationsWithReplacement) o;
                PyObject r = PyInt.of(c.r);
                if (c.stopped && c.result != null) {
                    return PyTuple.of(c.type(), PyTuple.of(PyTuple.EMPTY, r));
                }
                PyTuple args = PyTuple.of(PyTuple.wrap(c.pool), r);
                return c.result == null ? PyTuple.of(c.type(), args)
                        : PyTuple.of(c.type(), args, indexTuple(c.indices, c.r));
            });
            PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
                CombinationsWithReplacement c = (CombinationsWithReplacement) o;
                int n = c.pool.length;
                int[] ix = stateIndices(state, c.r);
                if (n == 0 && c.r > 0) {
                    return PyNone.NONE; // nothing to point at: stays exhausted
                }
                PyObject[] res = new PyObject[c.r];
                for (int i = 0; i < c.r; i++) {
                    c.indices[i] = Math.max(0, Math.min(ix[i], n - 1));
                    res[i] = c.pool[c.indices[i]];
                }
                c.result = res;
                return PyNone.NONE;
            });
            TYPE.ready();
        }
    }

    /** {@code permutations(iterable, r=None)}. */
    static final class Permutations extends ItObject {
        static final PyType TYPE = ItObject.newType("itertools.permutations", Permutations.class, true,
                o -> ((Permutations) o).next());

        private final PyObject[] pool;
        private final int[] indices;
        private final int[] cycles;
        private final int r;
        private PyObject[] result;
        private boolean stopped;

        private Permutations(PyType type, PyObject[] pool, int r) {
            super(type);
            int n = pool.length;
            this.pool = pool;
            this.r = r;
            this.indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            this.stopped = r > n;
            this.cycles = new int[stopped ? 0 : r];
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
        }

        PyObject next() {
            if (stopped) {
                return null;
            }
            PyObject[] p = pool;
            int[] ix = indices;
            int n = p.length;
            PyObject[] res = result;
            if (res == null) {
                res = new PyObject[r];
                for (int i = 0; i < r; i++) {
                    res[i] = p[ix[i]];
                }
            } else {
                if (n == 0) {
                    stopped = true;
                    return null;
                }
                res = res.clone();
                int[] cy = cycles;
                int i;
                for (i = r - 1; i >= 0; i--) {
                    if (--cy[i] == 0) {
                        int index = ix[i];
                        System.arraycopy(ix, i + 1, ix, i, n - 1 - i);
                        ix[n - 1] = index;
                        cy[i] = n - i;
                    } else {
                        int j = cy[i];
                        int t = ix[i];
                        ix[i] = ix[n - j];
                        ix[n - j] = t;
                        for (int k = i; k < r; k++) {
                            res[k] = p[ix[k]];
                        }
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            result = res;
            return PyTuple.wrap(res);
        }

        static {
            TYPE.tp_new = (type, a, n, kw) -> {
                PyObject[] p = BuiltinArgs.unpack("permutations", a, n, kw, COMB_NAMES, 0, 1, 2, 0);
                PyObject[] pool = pool(p[0]);
                long r = pool.length;
                if (p[1] != null && p[1] != PyNone.NONE) {
                    if (!(p[1] instanceof PyInt)) {
                        throw PyErr.typeError("Expected int as r");
                    }
                    PyInt ri = (PyInt) p[1];
                    if (ri.big != null) {
                        throw PyErr.overflowError("Python int too large to convert to C ssize_t");
                    }
                    r = ri.value;
                }
                if (r < 0) {
                    throw PyErr.valueError("r must be non-negative");
                }
                return new Permutations(type, pool, arraySize(r));
            };
            PyMethodDescr.noArgs(TYPE, "__reduce__", o -> {
                Permutations p = (Permutations) o;
                PyObject r = PyInt.of(p.r);
                if (p.stopped && p.result != null) {
                    return PyTuple.of(p.type(), PyTuple.of(PyTuple.EMPTY, r));
                }
                PyTuple args = PyTuple.of(PyTuple.wrap(p.pool), r);
                return p.result == null ? PyTuple.of(p.type(), args)
                        : PyTuple.of(p.type(), args, PyTuple.of(indexTuple(p.indices, p.indices.length),
                                indexTuple(p.cycles, p.r)));
            });
            PyMethodDescr.oneArg(TYPE, "__setstate__", (o, state) -> {
                Permutations p = (Permutations) o;
                if (!(state instanceof PyTuple) || ((PyTuple) state).size() != 2) {
                    throw PyErr.valueError("invalid arguments");
                }
                int n = p.pool.length;
                int[] ix = stateIndices(((PyTuple) state).get(0), n);
                int[] cy = stateIndices(((PyTuple) state).get(1), p.r);
                if (p.cycles.length < p.r) {
                    return PyNone.NONE; // r > n: stays exhausted
                }
                for (int i = 0; i < n; i++) {
                    p.indices[i] = Math.max(0, Math.min(ix[i], n - 1));
                }
                for (int i = 0; i < p.r; i++) {
                    p.cycles[i] = Math.max(1, Math.min(cy[i], n - i));
                }
                PyObject[] res = new PyObject[p.r];
                for (int i = 0; i < p.r; i++) {
                    res[i] = p.pool[p.indices[i]];
                }
                p.result = res;
                return PyNone.NONE;
            });
            TYPE.ready();
        }
    }
}
