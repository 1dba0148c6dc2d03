package dev.adder.compiler.internal.symtable;

import static dev.adder.compiler.internal.symtable.SymtableEntry.CELL;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_BOUND;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_FREE_CLASS;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_GLOBAL;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_NONLOCAL;
import static dev.adder.compiler.internal.symtable.SymtableEntry.FREE;
import static dev.adder.compiler.internal.symtable.SymtableEntry.GLOBAL_EXPLICIT;
import static dev.adder.compiler.internal.symtable.SymtableEntry.GLOBAL_IMPLICIT;
import static dev.adder.compiler.internal.symtable.SymtableEntry.LOCAL;
import static dev.adder.compiler.internal.symtable.SymtableEntry.SCOPE_OFFSET;

import dev.adder.compiler.internal.symtable.SymtableEntry.BlockType;
import dev.adder.compiler.internal.symtable.SymtableEntry.Directive;
import dev.adder.source.PythonSyntaxError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The second pass of the symbol table: decides the scope of every name of every block (local,
 * global explicit or implicit, free, cell), passing down the names each enclosing function binds
 * and passing up the free names of nested blocks.
 *
 * <p>When a function block is entered, its parent passes the set of names bound in enclosing
 * function scopes ({@code bound}) and those declared global ({@code global}). A class passes down
 * what it received, not its own names (class bindings are invisible in methods), plus the implicit
 * {@code __class__}. After its children are analyzed, a function turns its locals that are free in
 * a child into cells; a class drops {@code __class__} from the free set and remembers that it needs
 * the implicit {@code __class__} cell.
 *
 * <p>CPython: Python/symtable.c, {@code symtable_analyze}, {@code analyze_block},
 * {@code analyze_name}, {@code analyze_cells}, {@code drop_class_free}, {@code update_symbols}
 * (3.11).
 */
final class SymtableAnalyzer {
    private final SymtableBuilder builder;

    SymtableAnalyzer(SymtableBuilder builder) {
        this.builder = builder;
    }

    void analyze(SymtableEntry top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(SymtableEntry ste, Set<String> bound, Set<String> free, Set<String> global) {
        SymbolMap symbols = ste.symbols;
        int n = symbols.size();
        int[] scopes = new int[n];
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();

        // a class's own names are not visible in nested blocks: what it passes down is fixed
        // before its names are analyzed
        if (ste.type == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (int i = 0; i < n; i++) {
            scopes[i] = analyzeName(ste, symbols.key(i), symbols.value(i), bound, local, free, global);
        }
        if (ste.type != BlockType.CLASS) {
            if (ste.type == BlockType.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }

        Set<String> allFree = new HashSet<>();
        for (SymtableEntry child : ste.children) {
            analyzeChildBlock(child, newBound, newFree, newGlobal, allFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);

        if (ste.type == BlockType.FUNCTION) {
            analyzeCells(symbols, scopes, newFree);
        } else if (ste.type == BlockType.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        updateSymbols(symbols, scopes, bound, newFree, ste.type == BlockType.CLASS);
        free.addAll(newFree);
    }

    private void analyzeChildBlock(SymtableEntry child, Set<String> bound, Set<String> free, Set<String> global,
                                   Set<String> childFree) {
        // the child may change its copies; the sets stay valid for its siblings
        Set<String> tempBound = new HashSet<>(bound);
        Set<String> tempFree = new HashSet<>(free);
        Set<String> tempGlobal = new HashSet<>(global);
        analyzeBlock(child, tempBound, tempFree, tempGlobal);
        childFree.addAll(tempFree);
    }

    /** Decides the scope of one name. CPython: {@code analyze_name}. */
    private int analyzeName(SymtableEntry ste, String name, int flags, Set<String> bound, Set<String> local,
                            Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return GLOBAL_EXPLICIT;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            ste.free = true;
            free.add(name);
            return FREE;
        }
        if ((flags & DEF_BOUND) != 0) {
            local.add(name);
            global.remove(name);
            return LOCAL;
        }
        // bound in an enclosing function: free here, not global
        if (bound != null && bound.contains(name)) {
            ste.free = true;
            free.add(name);
            return FREE;
        }
        if (global.contains(name)) {
            return GLOBAL_IMPLICIT;
        }
        if (ste.nested) {
            ste.free = true;
        }
        return GLOBAL_IMPLICIT;
    }

    /** Locals that a nested block uses freely become cells. CPython: {@code analyze_cells}. */
    private static void analyzeCells(SymbolMap symbols, int[] scopes, Set<String> free) {
        if (free.isEmpty()) {
            return;
        }
        for (int i = 0; i < scopes.length; i++) {
            if (scopes[i] == LOCAL && free.remove(symbols.key(i))) {
                scopes[i] = CELL;
            }
        }
    }

    /**
     * Stores the scopes in the flags and adds the names that are free in nested blocks only
     * (a method's free variable passing through its class, or through a function that does not
     * use it). CPython: {@code update_symbols}; CPython adds these in its set's hash order,
     * Adder in sorted order.
     */
    private static void updateSymbols(SymbolMap symbols, int[] scopes, Set<String> bound, Set<String> free,
                                      boolean classFlag) {
        for (int i = 0; i < scopes.length; i++) {
            symbols.setValue(i, symbols.value(i) | (scopes[i] << SCOPE_OFFSET));
        }
        if (free.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(free);
        if (names.size() > 1) {
            names.sort(Names.CODE_POINT_ORDER);
        }
        for (String name : names) {
            int i = symbols.indexOf(name);
            if (i >= 0) {
                // a method's free variable with the same name as a local or global of the class
                if (classFlag && (symbols.value(i) & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    symbols.setValue(i, symbols.value(i) | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private PythonSyntaxError errorAtDirective(SymtableEntry ste, String name, String msg) {
        if (ste.directives != null) {
            for (Directive d : ste.directives) {
                if (d.name().equals(name)) {
                    return builder.error(msg, d.lineno(), d.colOffset() + 1, d.endLineno(), d.endColOffset() + 1);
                }
            }
        }
        throw new IllegalStateException("BUG: internal directive bookkeeping broken");
    }
}
