package dev.adder.stdlib.itertools;

import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyStr;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;

/**
 * The {@code itertools} module: functions creating iterators for efficient looping.
 *
 * <p>CPython: Modules/itertoolsmodule.c ({@code itertoolsmodule_exec}).
 */
public final class ItertoolsModule implements BuiltinModule {
    @Override
    public String name() {
        return "itertools";
    }

    @Override
    public void exec(InterpreterState interp, PyModule module) {
        PyDict d = module.dict;
        d.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        PyType[] types = {
            Accumulate.TYPE, Combinatorics.Combinations.TYPE, Combinatorics.CombinationsWithReplacement.TYPE,
            Cycle.TYPE, Predicated.DropWhile.TYPE, Predicated.TakeWhile.TYPE, ISlice.TYPE, Predicated.StarMap.TYPE,
            Chain.TYPE, Compress.TYPE, Predicated.FilterFalse.TYPE, Count.TYPE, ZipLongest.TYPE, Pairwise.TYPE,
            Combinatorics.Permutations.TYPE, Combinatorics.Product.TYPE, Repeat.TYPE, GroupBy.TYPE,
            GroupBy.Grouper.TYPE, Tee.TYPE, Tee.Data.TYPE,
        };
        for (PyType t : types) {
            d.setItem(PyStr.of(t.name()), t);
        }
        d.setItem(PyStr.of("tee"), new PyBuiltinFunction("tee", "tee", module, Tee::tee));
    }

    private static final String DOC = "Functional tools for creating and using iterators.\n\n"
            + "Infinite iterators:\n"
            + "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
            + "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
            + "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
            + "Iterators terminating on the shortest input sequence:\n"
            + "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
            + "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
            + "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
            + "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
            + "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
            + "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
            + "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
            + "islice(seq, [start,] stop [, step]) --> elements from\n"
            + "       seq[start:stop:step]\n"
            + "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
            + "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
            + "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
            + "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
            + "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
            + "Combinatoric generators:\n"
            + "product(p, q, ... [repeat=1]) --> cartesian product\n"
            + "permutations(p[, r])\n"
            + "combinations(p, r)\n"
            + "combinations_with_replacement(p, r)\n";
}
