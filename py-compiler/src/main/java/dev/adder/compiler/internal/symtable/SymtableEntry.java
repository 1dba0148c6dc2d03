package dev.adder.compiler.internal.symtable;

import dev.adder.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of the symbol table (a module, class or function body; lambdas and comprehensions
 * are function blocks) as the builder fills it and the analysis completes it.
 *
 * <p>CPython: {@code PySTEntryObject} (Include/internal/pycore_symtable.h, Python/symtable.c).
 * The flag constants and scope numbers are CPython's, so that {@link #symbols} holds exactly the
 * integers of the {@code symtable} module's {@code _table.symbols} dict.
 */
public final class SymtableEntry {

    /** CPython: {@code _Py_block_ty}. Annotation blocks exist only while building. */
    public enum BlockType { FUNCTION, CLASS, MODULE, ANNOTATION }

    /** Global statement. */
    public static final int DEF_GLOBAL = 1;
    /** Assignment in the code block. */
    public static final int DEF_LOCAL = 2;
    /** Formal parameter. */
    public static final int DEF_PARAM = 2 << 1;
    /** Nonlocal statement. */
    public static final int DEF_NONLOCAL = 2 << 2;
    /** The name is used. */
    public static final int USE = 2 << 3;
    /** Name used but not defined in a nested block (never set by CPython 3.11). */
    public static final int DEF_FREE = 2 << 4;
    /** Free variable from a class's method. */
    public static final int DEF_FREE_CLASS = 2 << 5;
    /** Assignment by import. */
    public static final int DEF_IMPORT = 2 << 6;
    /** The name is annotated. */
    public static final int DEF_ANNOT = 2 << 7;
    /** The name is a comprehension iteration variable. */
    public static final int DEF_COMP_ITER = 2 << 8;
    /** Any binding. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where the scope number sits in a symbol's flags. */
    public static final int SCOPE_OFFSET = 11;
    /** The scope number's mask (after shifting). */
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    /** Scope numbers. */
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    /** CPython: {@code _Py_comprehension_ty}. */
    public static final int NO_COMPREHENSION = 0;
    public static final int LIST_COMPREHENSION = 1;
    public static final int DICT_COMPREHENSION = 2;
    public static final int SET_COMPREHENSION = 3;
    public static final int GENERATOR_EXPRESSION = 4;

    /** A {@code global}/{@code nonlocal} directive (or a walrus target's implicit one). */
    public record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {}

    public final String name;
    public final BlockType type;
    /** The AST node that opens the block (the Mod for the module). */
    public final Node node;
    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;
    /** The enclosing class's name for name mangling when the block was entered, or null. */
    public final String privateName;
    /** Names to flags, in first-seen order. */
    public final SymbolMap symbols = new SymbolMap();
    /** Parameter names in declaration order. */
    public final List<String> varnames = new ArrayList<>(4);
    public final List<SymtableEntry> children = new ArrayList<>(2);
    /** Null until the first directive. */
    public List<Directive> directives;

    public boolean nested;
    public boolean free;
    public boolean childFree;
    public boolean generator;
    public boolean coroutine;
    public int comprehension = NO_COMPREHENSION;
    public boolean varargs;
    public boolean varkeywords;
    public boolean returnsValue;
    public boolean needsClassClosure;
    public boolean compIterTarget;
    public int compIterExpr;

    public SymtableEntry(String name, BlockType type, Node node, int lineno, int colOffset,
                         int endLineno, int endColOffset, String privateName) {
        this.name = name;
        this.type = type;
        this.node = node;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.privateName = privateName;
    }

    /** The scope number of {@code name} (0 if absent). CPython: {@code _PyST_GetScope}. */
    public int scopeOf(String name) {
        return (symbols.get(name) >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}
