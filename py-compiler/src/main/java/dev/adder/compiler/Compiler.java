package dev.adder.compiler;

import dev.adder.ast.Mod;
import dev.adder.bytecode.CodeUnit;
import dev.adder.compiler.internal.codegen.CodeGenerator;
import dev.adder.compiler.internal.opt.AstOptimizer;
import dev.adder.compiler.internal.symtable.FutureParser;
import dev.adder.compiler.symtable.Scope;
import dev.adder.compiler.symtable.SymbolTable;
import dev.adder.parser.Mode;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

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
            Scope top = source != null ? SymbolTable.build(opt.mod(), source)
                    : SymbolTable.build(opt.mod(), filename);
            SyntaxWarningHandler w = options.warnings();
            return CodeGenerator.compile(opt.mod(), filename, source, top.table(), cfFlags, optimize, opt.folded(),
                    w::warn);
        } catch (StackOverflowError e) {
            throw new CompilerRecursionError();
        }
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
