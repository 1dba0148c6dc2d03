package dev.adder.compiler.symtable;

import dev.adder.ast.Mod;
import dev.adder.ast.Node;
import dev.adder.compiler.internal.symtable.FutureParser;
import dev.adder.compiler.internal.symtable.Mangling;
import dev.adder.compiler.internal.symtable.SymtableBuilder;
import dev.adder.compiler.internal.symtable.SymtableEntry;
import dev.adder.parser.Mode;
import dev.adder.parser.Parser;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

import java.util.IdentityHashMap;

/**
 * The symbol table of a module: which names each scope binds, uses, declares global or nonlocal,
 * and where each name lives (local, global, free, cell), as CPython's symbol table pass decides
 * before code generation. {@link #build(Mod, String)} returns the module's {@link Scope}; the
 * table itself ({@link Scope#table()}) finds the scope of any def, class, lambda or
 * comprehension node and knows the module's {@code __future__} features.
 *
 * <p>The answers equal those of Python's {@code symtable} module
 * ({@code symtable.symtable(source, filename, "exec")}), including the SyntaxErrors it raises
 * (misplaced {@code global}/{@code nonlocal}, duplicate arguments, {@code yield} in a
 * comprehension, assignment expressions where they may not be, {@code import *} in a function,
 * unknown future features...) with CPython's messages and positions. As CPython does, these
 * errors give {@code offset}/{@code endOffset} as 1-based UTF-8 byte columns.
 *
 * <p>CPython: Python/symtable.c ({@code _PySymtable_Build}), Python/future.c, Lib/symtable.py.
 */
public final class SymbolTable {
    private final String filename;
    private final FutureFeatures future;
    private final IdentityHashMap<Node, Scope> byNode = new IdentityHashMap<>();
    private Scope top;

    private SymbolTable(String filename, FutureFeatures future) {
        this.filename = filename;
        this.future = future;
    }

    /**
     * Builds the symbol table of a parsed module ({@code Mod.Module}, {@code Mod.Interactive}
     * or {@code Mod.Expression}) and returns its top scope.
     *
     * @throws PythonSyntaxError where CPython's future and symtable passes raise SyntaxError
     * @throws dev.adder.compiler.CompilerRecursionError if the tree is nested too deeply
     */
    public static Scope build(Mod module, String filename) {
        return build(module, filename, null);
    }

    /** As {@link #build(Mod, String)}; errors carry their source line from {@code source}. */
    public static Scope build(Mod module, SourceText source) {
        return build(module, source.name(), source);
    }

    private static Scope build(Mod module, String filename, SourceText source) {
        FutureParser.Result f = FutureParser.parse(module, filename, source);
        SymtableEntry top = SymtableBuilder.build(module, filename, source, f.flags());
        SymbolTable table = new SymbolTable(filename, new FutureFeatures(f.flags(), f.lineno()));
        table.top = new Scope(table, null, top);
        table.register(module, table.top);
        return table.top;
    }

    /**
     * Parses {@code source} as a module ({@code exec} mode) and builds its symbol table, as
     * {@code symtable.symtable(source, filename, "exec")} does.
     *
     * @throws PythonSyntaxError from the parser or the symbol table
     */
    public static Scope build(String source, String filename) {
        SourceText text = SourceText.of(filename, source);
        return build(Parser.parse(text, Mode.EXEC), filename, text);
    }

    /** As {@link #build(String, String)} for source bytes (decoded as CPython decodes a file). */
    public static Scope build(byte[] source, String filename) {
        SourceText text = SourceText.decode(filename, source);
        return build(Parser.parse(text, Mode.EXEC), filename, text);
    }

    /**
     * {@code name} as a class named {@code privateName} stores it: {@code __x} becomes
     * {@code _C__x} unless it ends with two underscores or has a dot, or the class name is only
     * underscores; unchanged if {@code privateName} is null. CPython: {@code _Py_Mangle}.
     */
    public static String mangle(String privateName, String name) {
        return Mangling.mangle(privateName, name);
    }

    void register(Node node, Scope scope) {
        byNode.put(node, scope);
    }

    /** The module's scope. */
    public Scope top() {
        return top;
    }

    /** The scope that {@code node} opens (the module, a def, class, lambda or comprehension), or null. */
    public Scope lookup(Node node) {
        return byNode.get(node);
    }

    /** The file name given to the build. */
    public String filename() {
        return filename;
    }

    /** The module's {@code from __future__} features. */
    public FutureFeatures future() {
        return future;
    }
}
