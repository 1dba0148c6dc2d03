package dev.adder.compiler.symtable;

import dev.adder.compiler.internal.symtable.SymtableEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * One name of one scope, with the questions Python's {@code symtable.Symbol} answers.
 *
 * <p>{@link #flags()} is the integer CPython keeps for the name: the {@code DEF_*}/{@code USE}
 * bits below, and the {@link SymbolScope} number shifted by {@link #SCOPE_OFFSET}.
 *
 * <p>CPython: {@code Symbol} in Lib/symtable.py; the flags of Include/internal/pycore_symtable.h.
 */
public final class Symbol {

    /** Declared by a {@code global} statement (or bound by a walrus at module level). */
    public static final int DEF_GLOBAL = SymtableEntry.DEF_GLOBAL;
    /** Bound in the block: assignment, {@code for}, {@code with}, {@code def}, {@code class}, {@code del}, patterns... */
    public static final int DEF_LOCAL = SymtableEntry.DEF_LOCAL;
    /** A formal parameter. */
    public static final int DEF_PARAM = SymtableEntry.DEF_PARAM;
    /** Declared by a {@code nonlocal} statement (or a comprehension's walrus target). */
    public static final int DEF_NONLOCAL = SymtableEntry.DEF_NONLOCAL;
    /** Used (loaded) in the block. */
    public static final int USE = SymtableEntry.USE;
    /** CPython defines it; 3.11 never sets it. */
    public static final int DEF_FREE = SymtableEntry.DEF_FREE;
    /** A class's local or global with the same name as a free variable of one of its methods. */
    public static final int DEF_FREE_CLASS = SymtableEntry.DEF_FREE_CLASS;
    /** Bound by an import. */
    public static final int DEF_IMPORT = SymtableEntry.DEF_IMPORT;
    /** Annotated ({@code x: int}). */
    public static final int DEF_ANNOT = SymtableEntry.DEF_ANNOT;
    /** An iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = SymtableEntry.DEF_COMP_ITER;
    /** Any binding: {@code DEF_LOCAL | DEF_PARAM | DEF_IMPORT}. */
    public static final int DEF_BOUND = SymtableEntry.DEF_BOUND;
    /** Where the scope number sits in {@link #flags()}. */
    public static final int SCOPE_OFFSET = SymtableEntry.SCOPE_OFFSET;
    /** The mask of the scope number after shifting. */
    public static final int SCOPE_MASK = SymtableEntry.SCOPE_MASK;

    private final Scope owner;
    private final String name;
    private final int flags;

    Symbol(Scope owner, String name, int flags) {
        this.owner = owner;
        this.name = name;
        this.flags = flags;
    }

    /** The name as the table stores it (mangled inside classes: {@code _C__x}). */
    public String name() {
        return name;
    }

    /** The scope the symbol belongs to. */
    public Scope owner() {
        return owner;
    }

    /** CPython's flags: {@code DEF_*} bits and the scope number at {@link #SCOPE_OFFSET}. */
    public int flags() {
        return flags;
    }

    /** Where the name lives. */
    public SymbolScope scope() {
        return SymbolScope.of((flags >> SCOPE_OFFSET) & SCOPE_MASK);
    }

    private int scopeCode() {
        return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /**
     * Python's {@code Symbol} treats every symbol of a table named {@code top} as a module-level
     * one (so a function named {@code top} gets the module's answers too).
     */
    private boolean moduleScope() {
        return owner.name().equals("top");
    }

    /** Whether the name is used in its block. Python: {@code is_referenced()}. */
    public boolean isReferenced() {
        return (flags & USE) != 0;
    }

    /** Whether the name is a parameter. Python: {@code is_parameter()}. */
    public boolean isParameter() {
        return (flags & DEF_PARAM) != 0;
    }

    /** Whether the name is global (explicitly or implicitly, or bound at module level). Python: {@code is_global()}. */
    public boolean isGlobal() {
        int s = scopeCode();
        return s == SymtableEntry.GLOBAL_IMPLICIT || s == SymtableEntry.GLOBAL_EXPLICIT
                || (moduleScope() && (flags & DEF_BOUND) != 0);
    }

    /** Whether the name is declared {@code nonlocal}. Python: {@code is_nonlocal()}. */
    public boolean isNonlocal() {
        return (flags & DEF_NONLOCAL) != 0;
    }

    /** Whether the name is declared {@code global}. Python: {@code is_declared_global()}. */
    public boolean isDeclaredGlobal() {
        return scopeCode() == SymtableEntry.GLOBAL_EXPLICIT;
    }

    /** Whether the name is local (or a cell, or bound at module level). Python: {@code is_local()}. */
    public boolean isLocal() {
        int s = scopeCode();
        return s == SymtableEntry.LOCAL || s == SymtableEntry.CELL || (moduleScope() && (flags & DEF_BOUND) != 0);
    }

    /** Whether the name is annotated. Python: {@code is_annotated()}. */
    public boolean isAnnotated() {
        return (flags & DEF_ANNOT) != 0;
    }

    /** Whether the name is free (bound in an enclosing function). Python: {@code is_free()}. */
    public boolean isFree() {
        return scopeCode() == SymtableEntry.FREE;
    }

    /** Whether the name is bound by an import. Python: {@code is_imported()}. */
    public boolean isImported() {
        return (flags & DEF_IMPORT) != 0;
    }

    /** Whether the name is assigned to ({@code DEF_LOCAL}). Python: {@code is_assigned()}. */
    public boolean isAssigned() {
        return (flags & DEF_LOCAL) != 0;
    }

    /** Whether a child scope of the owner has this name (a def, class...). Python: {@code is_namespace()}. */
    public boolean isNamespace() {
        for (Scope c : owner.children()) {
            if (c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The child scopes of the owner that have this name. Python: {@code get_namespaces()}. */
    public List<Scope> namespaces() {
        List<Scope> out = new ArrayList<>(1);
        for (Scope c : owner.children()) {
            if (c.name().equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The single child scope with this name. Python: {@code get_namespace()}.
     *
     * @throws IllegalStateException if there is none or more than one
     */
    public Scope namespace() {
        List<Scope> ns = namespaces();
        if (ns.isEmpty()) {
            throw new IllegalStateException("name is not bound to any namespaces");
        }
        if (ns.size() > 1) {
            throw new IllegalStateException("name is bound to multiple namespaces");
        }
        return ns.get(0);
    }

    @Override
    public String toString() {
        return "<symbol '" + name + "'>";
    }
}
