package dev.adder.compiler.symtable;

import dev.adder.ast.Node;
import dev.adder.compiler.internal.symtable.Names;
import dev.adder.compiler.internal.symtable.SymbolMap;
import dev.adder.compiler.internal.symtable.SymtableEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One scope of a module: the module itself, a class body, or a function (lambdas are functions
 * named {@code lambda}; comprehensions and generator expressions are functions named
 * {@code listcomp}, {@code setcomp}, {@code dictcomp} and {@code genexpr}). It answers what
 * Python's {@code symtable.SymbolTable}, {@code Function} and {@code Class} answer, and what the
 * code generator needs: each name's {@link SymbolScope}, the cell and free variables in
 * {@code co_cellvars}/{@code co_freevars} order, whether the function is a generator or a
 * coroutine, and the child scope of an AST node.
 *
 * <p>Names are stored mangled: inside {@code class C}, {@code __x} is {@code _C__x} (see
 * {@link SymbolTable#mangle}). {@link #identifiers()} lists them in the order CPython first saw
 * them, except that names which are only free in nested scopes (added by the analysis) come last
 * in sorted order, where CPython puts them in its set's hash order.
 *
 * <p>CPython: {@code PySTEntryObject} (Python/symtable.c) and {@code SymbolTable},
 * {@code Function}, {@code Class} in Lib/symtable.py.
 */
public final class Scope {
    private final SymbolTable table;
    private final Scope parent;
    private final SymtableEntry ste;
    private final ScopeType type;
    private final List<Scope> children;

    Scope(SymbolTable table, Scope parent, SymtableEntry ste) {
        this.table = table;
        this.parent = parent;
        this.ste = ste;
        this.type = switch (ste.type) {
            case FUNCTION -> ScopeType.FUNCTION;
            case CLASS -> ScopeType.CLASS;
            case MODULE -> ScopeType.MODULE;
            case ANNOTATION -> throw new IllegalStateException("annotation blocks are not scopes");
        };
        List<Scope> cs = new ArrayList<>(ste.children.size());
        for (SymtableEntry c : ste.children) {
            Scope child = new Scope(table, this, c);
            cs.add(child);
            table.register(c.node, child);
        }
        this.children = Collections.unmodifiableList(cs);
    }

    // ---- identity --------------------------------------------------------------------------

    /** The table the scope belongs to. */
    public SymbolTable table() {
        return table;
    }

    /** The enclosing scope, null for the module. */
    public Scope parent() {
        return parent;
    }

    /** Module, class or function. */
    public ScopeType type() {
        return type;
    }

    /** The name: {@code top} for the module, the class or function name, {@code lambda}, {@code listcomp}... */
    public String name() {
        return ste.name;
    }

    /** The first line (0 for the module). Python: {@code get_lineno()}. */
    public int lineno() {
        return ste.lineno;
    }

    /** The start column as a UTF-8 byte offset. */
    public int colOffset() {
        return ste.colOffset;
    }

    /** The last line. */
    public int endLineno() {
        return ste.endLineno;
    }

    /** The end column as a UTF-8 byte offset. */
    public int endColOffset() {
        return ste.endColOffset;
    }

    /**
     * The node that opens the scope: the {@code Mod}, a {@code Stmt.FunctionDef},
     * {@code Stmt.AsyncFunctionDef}, {@code Stmt.ClassDef}, {@code Expr.Lambda},
     * {@code Expr.ListComp}, {@code Expr.SetComp}, {@code Expr.DictComp} or
     * {@code Expr.GeneratorExp}.
     */
    public Node node() {
        return ste.node;
    }

    /** Whether locals are optimized: true for functions. Python: {@code is_optimized()}. */
    public boolean isOptimized() {
        return type == ScopeType.FUNCTION;
    }

    /** Whether the scope is inside a function. Python: {@code is_nested()}. */
    public boolean isNested() {
        return ste.nested;
    }

    /** Whether the scope has nested scopes. Python: {@code has_children()}. */
    public boolean hasChildren() {
        return !children.isEmpty();
    }

    /** The nested scopes in source order. Python: {@code get_children()}. */
    public List<Scope> children() {
        return children;
    }

    /** The scope opened by {@code node} (a def, class, lambda or comprehension), or null. */
    public Scope child(Node node) {
        Scope s = table.lookup(node);
        return s != null && s.parent == this ? s : null;
    }

    /** The name of the class whose body (or method) this is, for mangling, or null. */
    public String privateName() {
        return ste.privateName;
    }

    // ---- symbols ---------------------------------------------------------------------------

    /** The names of the scope's symbols. Python: {@code get_identifiers()}. */
    public List<String> identifiers() {
        SymbolMap m = ste.symbols;
        List<String> out = new ArrayList<>(m.size());
        for (int i = 0; i < m.size(); i++) {
            out.add(m.key(i));
        }
        return out;
    }

    /** Whether {@code name} (as stored, i.e. mangled) is in the table. */
    public boolean contains(String name) {
        return ste.symbols.contains(name);
    }

    /** The symbol named {@code name} (mangled), or null. Python: {@code lookup()} (which raises KeyError). */
    public Symbol lookup(String name) {
        int i = ste.symbols.indexOf(name);
        return i < 0 ? null : new Symbol(this, name, ste.symbols.value(i));
    }

    /** Every symbol, in {@link #identifiers()} order. Python: {@code get_symbols()}. */
    public List<Symbol> symbols() {
        SymbolMap m = ste.symbols;
        List<Symbol> out = new ArrayList<>(m.size());
        for (int i = 0; i < m.size(); i++) {
            out.add(new Symbol(this, m.key(i), m.value(i)));
        }
        return out;
    }

    /** The flags of {@code name} (mangled) with the scope bits, 0 if absent. CPython: {@code _PyST_GetSymbol}. */
    public int flags(String name) {
        return ste.symbols.get(name);
    }

    /** Where {@code name} (mangled) lives. CPython: {@code _PyST_GetScope}. */
    public SymbolScope scopeOf(String name) {
        return SymbolScope.of(ste.scopeOf(name));
    }

    private List<String> matching(int mask, int... scopes) {
        SymbolMap m = ste.symbols;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            int f = m.value(i);
            boolean hit = (f & mask) != 0;
            if (!hit && scopes.length > 0) {
                int s = (f >> SymtableEntry.SCOPE_OFFSET) & SymtableEntry.SCOPE_MASK;
                for (int x : scopes) {
                    hit |= s == x;
                }
            }
            if (hit) {
                out.add(m.key(i));
            }
        }
        return out;
    }

    /** Names with {@code DEF_PARAM}, in identifier order. Python: {@code Function.get_parameters()}. */
    public List<String> parameters() {
        return matching(Symbol.DEF_PARAM);
    }

    /** Local and cell names. Python: {@code Function.get_locals()}. */
    public List<String> locals() {
        return matching(0, SymtableEntry.LOCAL, SymtableEntry.CELL);
    }

    /** Implicit and explicit globals. Python: {@code Function.get_globals()}. */
    public List<String> globals() {
        return matching(0, SymtableEntry.GLOBAL_IMPLICIT, SymtableEntry.GLOBAL_EXPLICIT);
    }

    /** Names with {@code DEF_NONLOCAL}. Python: {@code Function.get_nonlocals()}. */
    public List<String> nonlocals() {
        return matching(Symbol.DEF_NONLOCAL);
    }

    /** Free names. Python: {@code Function.get_frees()}. */
    public List<String> frees() {
        return matching(0, SymtableEntry.FREE);
    }

    /** The names of the child scopes, each once, in order. Python: {@code Class.get_methods()}. */
    public List<String> methods() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Scope c : children) {
            names.add(c.name());
        }
        return new ArrayList<>(names);
    }

    /**
     * The parameters in declaration order (positional-only, positional, keyword-only, then
     * {@code *args} and {@code **kwargs}; {@code .0} for a comprehension): the first
     * {@code co_varnames}. CPython: {@code ste_varnames}.
     */
    public List<String> varnames() {
        return Collections.unmodifiableList(ste.varnames);
    }

    /**
     * The cell variables sorted as CPython sorts them for {@code co_cellvars} (by code point);
     * a class that needs the implicit {@code __class__} cell has just that one.
     * CPython: {@code dictbytype(ste_symbols, CELL, 0, 0)} in Python/compile.c.
     */
    public List<String> cellvars() {
        List<String> out = matching(0, SymtableEntry.CELL);
        if (ste.needsClassClosure) {
            out.add(0, "__class__");
        }
        if (out.size() > 1) {
            out.sort(Names.CODE_POINT_ORDER);
        }
        return out;
    }

    /**
     * The free variables sorted as CPython sorts them for {@code co_freevars}: free names and
     * class names marked {@code DEF_FREE_CLASS}. CPython:
     * {@code dictbytype(ste_symbols, FREE, DEF_FREE_CLASS, ...)} in Python/compile.c.
     */
    public List<String> freevars() {
        List<String> out = matching(Symbol.DEF_FREE_CLASS, SymtableEntry.FREE);
        if (out.size() > 1) {
            out.sort(Names.CODE_POINT_ORDER);
        }
        return out;
    }

    // ---- for the code generator ------------------------------------------------------------

    /** Whether the function contains {@code yield} (or is a generator expression). */
    public boolean isGenerator() {
        return ste.generator;
    }

    /** Whether the function is {@code async def}, or a comprehension that awaits or iterates asynchronously. */
    public boolean isCoroutine() {
        return ste.coroutine;
    }

    /** Which comprehension the scope is, or NONE. */
    public ComprehensionKind comprehension() {
        return switch (ste.comprehension) {
            case SymtableEntry.LIST_COMPREHENSION -> ComprehensionKind.LIST;
            case SymtableEntry.DICT_COMPREHENSION -> ComprehensionKind.DICT;
            case SymtableEntry.SET_COMPREHENSION -> ComprehensionKind.SET;
            case SymtableEntry.GENERATOR_EXPRESSION -> ComprehensionKind.GENERATOR;
            default -> ComprehensionKind.NONE;
        };
    }

    /** Whether the function has {@code *args}. */
    public boolean hasVarargs() {
        return ste.varargs;
    }

    /** Whether the function has {@code **kwargs}. */
    public boolean hasVarkeywords() {
        return ste.varkeywords;
    }

    /** Whether the function has a {@code return} with a value. */
    public boolean returnsValue() {
        return ste.returnsValue;
    }

    /** Whether a class must create the implicit {@code __class__} cell (a method uses super() or __class__). */
    public boolean needsClassClosure() {
        return ste.needsClassClosure;
    }

    /** Whether the scope has free variables (or is nested and uses a global). CPython: {@code ste_free}. */
    public boolean hasFreeVariables() {
        return ste.free;
    }

    /** Whether a nested scope has free variables. CPython: {@code ste_child_free}. */
    public boolean childHasFreeVariables() {
        return ste.childFree;
    }

    @Override
    public String toString() {
        if (type == ScopeType.MODULE) {
            return "<SymbolTable for module " + table.filename() + ">";
        }
        String kind = type == ScopeType.FUNCTION ? "Function " : "Class ";
        return "<" + kind + "SymbolTable for " + ste.name + " in " + table.filename() + ">";
    }
}
