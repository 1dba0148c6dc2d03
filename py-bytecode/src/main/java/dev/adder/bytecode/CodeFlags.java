package dev.adder.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * The bits of {@code co_flags}, with CPython's names and values.
 *
 * <p>CPython: {@code Include/code.h} (CO_* constants) and {@code Include/compile.h} (the
 * {@code CO_FUTURE_*} flags, also in {@code Lib/__future__.py}); {@code dis.COMPILER_FLAG_NAMES}
 * and {@code dis.pretty_flags} for {@link #pretty(int)}.
 */
public final class CodeFlags {
    private CodeFlags() {
    }

    /** Locals are in fast slots ({@code LOAD_FAST}), not a dict. */
    public static final int CO_OPTIMIZED = 0x0001;
    /** A new locals dict is made for each call. */
    public static final int CO_NEWLOCALS = 0x0002;
    /** The function has a {@code *args} parameter. */
    public static final int CO_VARARGS = 0x0004;
    /** The function has a {@code **kwargs} parameter. */
    public static final int CO_VARKEYWORDS = 0x0008;
    /** The code is nested in a function. */
    public static final int CO_NESTED = 0x0010;
    /** A generator function. */
    public static final int CO_GENERATOR = 0x0020;
    /** No free or cell variables. */
    public static final int CO_NOFREE = 0x0040;
    /** An {@code async def} function (a coroutine). */
    public static final int CO_COROUTINE = 0x0080;
    /** A generator that may be awaited ({@code types.coroutine}). */
    public static final int CO_ITERABLE_COROUTINE = 0x0100;
    /** An asynchronous generator. */
    public static final int CO_ASYNC_GENERATOR = 0x0200;

    /** {@code from __future__ import division}. */
    public static final int CO_FUTURE_DIVISION = 0x20000;
    /** {@code from __future__ import absolute_import}. */
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    /** {@code from __future__ import with_statement}. */
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    /** {@code from __future__ import print_function}. */
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    /** {@code from __future__ import unicode_literals}. */
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    /** {@code from __future__ import barry_as_FLUFL}. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    /** {@code from __future__ import generator_stop}. */
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    /** {@code from __future__ import annotations}. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** Any of the flags that make calling the code create a generator, coroutine or async generator. */
    public static final int GENERATOR_LIKE = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

    private static final String[] NAMES = {
        "OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED", "GENERATOR", "NOFREE",
        "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR",
    };

    /**
     * {@code dis.COMPILER_FLAG_NAMES[flag]}: the name of a single low flag bit (e.g. "GENERATOR"
     * for {@link #CO_GENERATOR}), or {@code null} if {@code dis} has no name for it.
     */
    public static String name(int flag) {
        if (Integer.bitCount(flag) == 1) {
            int bit = Integer.numberOfTrailingZeros(flag);
            if (bit < NAMES.length) {
                return NAMES[bit];
            }
        }
        return null;
    }

    /**
     * {@code dis.pretty_flags(flags)}: the set bits' names joined by ", ", with {@code hex()} for bits
     * without a name (e.g. "OPTIMIZED, NEWLOCALS, 0x1000000").
     */
    public static String pretty(int flags) {
        List<String> names = new ArrayList<>();
        long rest = flags & 0xFFFFFFFFL;
        for (int i = 0; i < 32; i++) {
            long flag = 1L << i;
            if ((rest & flag) != 0) {
                String n = name((int) flag);
                names.add(n != null ? n : "0x" + Long.toHexString(flag));
                rest ^= flag;
                if (rest == 0) {
                    return String.join(", ", names);
                }
            }
        }
        // dis.pretty_flags appends hex(flags) when the loop ends without a break (flags == 0 included)
        names.add("0x" + Long.toHexString(rest));
        return String.join(", ", names);
    }
}
