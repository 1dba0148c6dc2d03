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
            d.setItem(PyStr.of(t.shortName()), t);
        }
        d.setItem(PyStr.of("tee"), new PyBuiltinFunction("tee", "tee", module, Tee::tee));
    }

    private static final String DOC = "Iterator building blocks: infinite iterators (count, cycle, repeat), "
            + "iterators that end with their shortest input (accumulate, chain, compress, dropwhile, filterfalse, "
            + "groupby, islice, pairwise, starmap, takewhile, tee, zip_longest) and combinatoric iterators "
            + "(product, permutations, combinations, combinations_with_replacement).";
}
