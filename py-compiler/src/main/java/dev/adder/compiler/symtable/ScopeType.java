package dev.adder.compiler.symtable;

/**
 * The kind of a scope, as {@code symtable.SymbolTable.get_type()} names it. Lambdas,
 * comprehensions and generator expressions are functions.
 *
 * <p>CPython: {@code _Py_block_ty} (Include/internal/pycore_symtable.h).
 */
public enum ScopeType {
    /** A function, lambda, comprehension or generator expression. */
    FUNCTION("function"),
    /** A class body. */
    CLASS("class"),
    /** The module (or the expression or interactive statement compiled). */
    MODULE("module");

    private final String pythonName;

    ScopeType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** {@code "function"}, {@code "class"} or {@code "module"}, as {@code get_type()} returns. */
    public String pythonName() {
        return pythonName;
    }
}
