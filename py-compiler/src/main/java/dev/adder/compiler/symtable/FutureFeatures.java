package dev.adder.compiler.symtable;

/**
 * The {@code from __future__ import ...} features of a module that change how it compiles.
 *
 * <p>CPython: {@code PyFutureFeatures} (Include/cpython/compile.h), made by Python/future.c.
 * In 3.11 only {@code annotations} and {@code barry_as_FLUFL} set flags; the other features
 * are accepted and have no effect.
 *
 * @param flags the {@code CO_FUTURE_*} bits
 * @param lineno the line of the last future statement, 0 if none
 */
public record FutureFeatures(int flags, int lineno) {

    /** CPython: {@code CO_FUTURE_BARRY_AS_BDFL}. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    /** CPython: {@code CO_FUTURE_ANNOTATIONS}. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** No features. */
    public static final FutureFeatures NONE = new FutureFeatures(0, 0);

    /** Whether {@code from __future__ import annotations} is in effect (PEP 563). */
    public boolean annotations() {
        return (flags & CO_FUTURE_ANNOTATIONS) != 0;
    }

    /** Whether {@code from __future__ import barry_as_FLUFL} is in effect. */
    public boolean barryAsBdfl() {
        return (flags & CO_FUTURE_BARRY_AS_BDFL) != 0;
    }
}
