package dev.adder.compiler;

import dev.adder.ast.Alias;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Position;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.CodeUnit;
import dev.adder.compiler.internal.codegen.CodeGenerator;
import dev.adder.compiler.internal.opt.AstOptimizer;
import dev.adder.compiler.internal.symtable.FutureParser;
import dev.adder.compiler.symtable.Scope;
import dev.adder.compiler.symtable.SymbolTable;
import dev.adder.parser.Mode;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles an AST into a code object with CPython 3.10's instruction set: the module's future
 * features, the AST optimizer (constant folding), the symbol table, the code generator, and the
 * flow-graph passes (peephole optimizations, jump threading, dead code removal, line numbers,
 * stack depth) and assembly. For everything CPython 3.10 can compile, the code objects are
 * those 3.10 makes ({@code co_code}, constants, names, variables, flags, stack size, line
 * numbers); 3.11 syntax ({@code except*}, {@code *args: *Ts}, asynchronous comprehensions inside
 * comprehensions) compiles too, {@code except*} with the extension opcodes
 * {@code CHECK_EG_MATCH} and {@code PREP_RERAISE_STAR}.
 *
 * <pre>{@code
 * Mod mod = Parser.parse(SourceText.of("<string>", "def g(x): return x + 3"), Mode.EXEC);
 * CodeUnit module = Compiler.compile(mod, CompileOptions.of("<string>", Mode.EXEC));
 * }</pre>
 *
 * <p>CPython: {@code _PyAST_Compile} in Python/compile.c (3.10).
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Compiles {@code module}, whose kind must fit {@code options.mode()}: {@code Mod.Module} for
     * EXEC, {@code Mod.Expression} for EVAL, {@code Mod.Interactive} for SINGLE.
     *
     * @throws PythonSyntaxError for the errors CPython's future, symtable and compiler passes raise
     * @throws CompilerRecursionError if the tree is nested too deeply
     * @throws CompileArgumentError (TypeError) if the node does not fit the mode
     */
    public static CodeUnit compile(Mod module, CompileOptions options) {
        return compile(module, null, options);
    }

    /**
     * As {@link #compile(Mod, CompileOptions)}, with the source the tree was parsed from, so that
     * errors carry their source line (for a file name that is not {@code <...>}).
     */
    public static CodeUnit compile(Mod module, SourceText source, CompileOptions options) {
        checkKind(module, options.mode());
        String filename = options.filename();
        try {
            FutureParser.Result future = FutureParser.parse(module, filename, source);
            int cfFlags = future.flags() | options.effectiveFlags();
            int optimize = options.effectiveOptimize();
            AstOptimizer.Result opt = AstOptimizer.optimize(module, optimize,
                    (cfFlags & CompilerFlags.CO_FUTURE_ANNOTATIONS) != 0);
            Mod forTable = opt.mod();
            if ((cfFlags & CompilerFlags.CO_FUTURE_ANNOTATIONS) != 0
                    && (future.flags() & CompilerFlags.CO_FUTURE_ANNOTATIONS) == 0) {
                forTable = withFutureAnnotations(forTable);
            }
            Scope top = source != null ? SymbolTable.build(forTable, source)
                    : SymbolTable.build(forTable, filename);
            SyntaxWarningHandler w = options.warnings();
            return CodeGenerator.compile(opt.mod(), filename, source, top.table(), cfFlags, optimize, opt.folded(),
                    w::warn);
        } catch (StackOverflowError e) {
            throw new CompilerRecursionError();
        }
    }

    /**
     * The tree with a {@code from __future__ import annotations} statement added at the top,
     * for the symbol table when the feature comes from the flags rather than from the module:
     * CPython's symbol table then visits annotations in annotation blocks, whose names do not
     * belong to the enclosing scopes. The statements are the same nodes, so the code generator
     * compiles the tree without the added statement and finds every scope; the statement's
     * binding of {@code annotations} at module level changes no instruction.
     */
    private static Mod withFutureAnnotations(Mod mod) {
        List<Stmt> body = mod instanceof Mod.Module m ? m.body()
                : mod instanceof Mod.Interactive m ? m.body() : null;
        if (body == null) {
            return mod;
        }
        int at = !body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.StrValue ? 1 : 0;
        int line = at < body.size() ? body.get(at).lineno() : 1;
        Position pos = Position.of(line, 0, line, 0);
        List<Stmt> out = new ArrayList<>(body);
        out.add(at, new Stmt.ImportFrom("__future__", List.of(new Alias("annotations", null, pos)), 0, pos));
        return mod instanceof Mod.Module m ? new Mod.Module(out, m.typeIgnores()) : new Mod.Interactive(out);
    }

    private static void checkKind(Mod module, Mode mode) {
        String expected = switch (mode) {
            case EXEC -> "Module";
            case EVAL -> "Expression";
            case SINGLE -> "Interactive";
            case FUNC_TYPE -> "FunctionType";
        };
        String actual = module.getClass().getSimpleName();
        if (!expected.equals(actual)) {
            throw new CompileArgumentError("TypeError", "expected " + expected + " node, got " + actual);
        }
    }
}
