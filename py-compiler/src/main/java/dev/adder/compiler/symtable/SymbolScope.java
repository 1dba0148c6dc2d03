package dev.adder.compiler.symtable;

/**
 * Where a name lives, as the symbol table's analysis decides it; the code generator picks the
 * load/store instructions from it.
 *
 * <p>CPython: the scope numbers {@code LOCAL}, {@code GLOBAL_EXPLICIT}, {@code GLOBAL_IMPLICIT},
 * {@code FREE} and {@code CELL} of Include/internal/pycore_symtable.h, returned by
 * {@code _PyST_GetScope}; {@link #UNDEFINED} is its 0 for a name the block does not know.
 */
public enum SymbolScope {
    /** The name is not in the block's table (CPython's scope 0). */
    UNDEFINED(0),
    /** Bound in the block. */
    LOCAL(1),
    /** Declared {@code global} in the block, or bound by a walrus at module level. */
    GLOBAL_EXPLICIT(2),
    /** Used, not bound in the block or any enclosing function: a global or a builtin. */
    GLOBAL_IMPLICIT(3),
    /** Bound in an enclosing function (or declared {@code nonlocal}). */
    FREE(4),
    /** Bound in the block and used freely by a nested block. */
    CELL(5);

    private static final SymbolScope[] BY_CODE = values();

    private final int code;

    SymbolScope(int code) {
        this.code = code;
    }

    /** CPython's number for the scope (0 to 5). */
    public int code() {
        return code;
    }

    /** The scope with CPython's number {@code code}. */
    public static SymbolScope of(int code) {
        return BY_CODE[code];
    }
}
