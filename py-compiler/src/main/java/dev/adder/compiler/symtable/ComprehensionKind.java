package dev.adder.compiler.symtable;

/**
 * Which comprehension a function scope is, if any.
 *
 * <p>CPython: {@code _Py_comprehension_ty} (Include/internal/pycore_symtable.h).
 */
public enum ComprehensionKind {
    /** Not a comprehension. */
    NONE,
    /** {@code [x for ...]}, scope name {@code listcomp}. */
    LIST,
    /** {@code {k: v for ...}}, scope name {@code dictcomp}. */
    DICT,
    /** {@code {x for ...}}, scope name {@code setcomp}. */
    SET,
    /** {@code (x for ...)}, scope name {@code genexpr}. */
    GENERATOR
}
