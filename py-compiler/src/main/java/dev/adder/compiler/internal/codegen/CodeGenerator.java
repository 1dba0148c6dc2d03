package dev.adder.compiler.internal.codegen;

import static dev.adder.bytecode.Opcodes.*;

import dev.adder.ast.Comprehension;
import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.compiler.internal.cfg.BasicBlock;
import dev.adder.compiler.symtable.SymbolTable;
import dev.adder.source.SourceText;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * The code generator: compiles a module, expression or interactive statement, whose AST has
 * been optimized and whose symbol table has been built, into a code object (with the code
 * objects of its functions, classes, lambdas and comprehensions among its constants).
 *
 * <p>CPython: {@code compiler_mod}, {@code compiler_comprehension} and the comprehension
 * generators in Python/compile.c (3.10), with 3.11's rule for asynchronous comprehensions
 * nested in comprehensions.
 */
public final class CodeGenerator extends PatternCodegen {

    /** Receives SyntaxWarnings; returns false to turn one into a SyntaxError. */
    public interface WarningSink {
        /** A SyntaxWarning at {@code lineno}. */
        boolean warn(String message, String filename, int lineno);
    }

    private CodeGenerator(String filename, SourceText source, SymbolTable table, int cfFlags, int optimize,
            IdentityHashMap<Expr, Constant> folded, WarningSink warnings) {
        super(filename, source, table, cfFlags, optimize, folded,
                warnings == null ? null : warnings::warn);
    }

    /**
     * Compiles {@code mod}.
     *
     * @param filename the file name for the code objects and errors
     * @param source the source text (for the text of errors), or null
     * @param table the symbol table of {@code mod}
     * @param cfFlags the compiler flags merged with the module's future features
     * @param optimize the optimization level (0, 1 or 2)
     * @param folded the constants the optimizer folded into tuple and set nodes
     * @param warnings the receiver of SyntaxWarnings, or null to ignore them
     * @throws dev.adder.source.PythonSyntaxError for the compiler's own errors
     */
    public static CodeUnit compile(Mod mod, String filename, SourceText source, SymbolTable table, int cfFlags,
            int optimize, IdentityHashMap<Expr, Constant> folded, WarningSink warnings) {
        CodeGenerator c = new CodeGenerator(filename, source, table, cfFlags, optimize, folded, warnings);
        return c.mod(mod);
    }

    /** CPython: {@code compiler_mod}. */
    private CodeUnit mod(Mod mod) {
        boolean addNone = true;
        enterScope("<module>", CompilerUnit.SCOPE_MODULE, mod, 1);
        if (mod instanceof Mod.Module m) {
            body(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            if (findAnn(m.body())) {
                addop(SETUP_ANNOTATIONS);
            }
            interactive = true;
            visitStmts(m.body());
        } else if (mod instanceof Mod.Expression m) {
            visitExpr(m.body());
            addNone = false;
        } else {
            throw new IllegalArgumentException("cannot compile a " + mod.getClass().getSimpleName());
        }
        CodeUnit co = assemble(addNone);
        exitScope();
        return co;
    }

    /** CPython: {@code compiler_comprehension} (3.11's asynchronous comprehension rule). */
    @Override
    void comprehension(Expr e, int type, String name, List<Comprehension> generators, Expr elt, Expr val) {
        boolean topLevelAwait = isTopLevelAwait();
        int scopeType = u.scopeType;
        Comprehension outermost = generators.get(0);
        enterScope(name, CompilerUnit.SCOPE_COMPREHENSION, e, e.lineno());
        setLoc(e);
        boolean isAsyncGenerator = u.coroutine;
        if (isAsyncGenerator && type != COMP_GENEXP && scopeType != CompilerUnit.SCOPE_ASYNC_FUNCTION
                && scopeType != CompilerUnit.SCOPE_COMPREHENSION && !topLevelAwait) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        if (type != COMP_GENEXP) {
            int op = switch (type) {
                case COMP_LISTCOMP -> BUILD_LIST;
                case COMP_SETCOMP -> BUILD_SET;
                default -> BUILD_MAP;
            };
            addopI(op, 0);
        }
        comprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != COMP_GENEXP) {
            addop(RETURN_VALUE);
        }
        CodeUnit co = assemble(true);
        String qualname = u.qualname;
        exitScope();
        if (topLevelAwait && isAsyncGenerator) {
            u.coroutine = true;
        }
        makeClosure(co, 0, qualname);
        visitExpr(outermost.iter());
        addop(outermost.isAsync() != 0 ? GET_AITER : GET_ITER);
        addopI(CALL_FUNCTION, 1);
        if (isAsyncGenerator && type != COMP_GENEXP) {
            addop(GET_AWAITABLE);
            loadConst(Constant.NONE);
            addop(YIELD_FROM);
        }
    }

    private void comprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, Expr elt,
            Expr val, int type) {
        if (generators.get(genIndex).isAsync() != 0) {
            asyncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        } else {
            syncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
    }

    private void comprehensionElement(Expr elt, Expr val, int type, int depth) {
        switch (type) {
            case COMP_GENEXP -> {
                visitExpr(elt);
                addop(YIELD_VALUE);
                addop(POP_TOP);
            }
            case COMP_LISTCOMP -> {
                visitExpr(elt);
                addopI(LIST_APPEND, depth + 1);
            }
            case COMP_SETCOMP -> {
                visitExpr(elt);
                addopI(SET_ADD, depth + 1);
            }
            default -> {
                visitExpr(elt);
                visitExpr(val);
                addopI(MAP_ADD, depth + 1);
            }
        }
    }

    /** CPython: {@code compiler_sync_comprehension_generator}. */
    private void syncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, Expr elt,
            Expr val, int type) {
        BasicBlock start = newBlock();
        BasicBlock skip = newBlock();
        BasicBlock ifCleanup = newBlock();
        BasicBlock anchor = newBlock();
        Comprehension gen = generators.get(genIndex);
        if (genIndex == 0) {
            u.argcount = 1;
            addopI(LOAD_FAST, 0);
        } else {
            List<Expr> elts = null;
            if (!isConstant(gen.iter())) {
                if (gen.iter() instanceof Expr.List l) {
                    elts = l.elts();
                } else if (gen.iter() instanceof Expr.Tuple t) {
                    elts = t.elts();
                }
            }
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                visitExpr(elts.get(0));
                start = null;
            }
            if (start != null) {
                visitExpr(gen.iter());
                addop(GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            useNextBlock(start);
            addopJ(FOR_ITER, anchor);
            nextBlock();
        }
        visitExpr(gen.target());
        for (Expr e : gen.ifs()) {
            jumpIf(e, ifCleanup, false);
            nextBlock();
        }
        if (++genIndex < generators.size()) {
            comprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth);
            useNextBlock(skip);
        }
        useNextBlock(ifCleanup);
        if (start != null) {
            addopJ(JUMP_ABSOLUTE, start);
            useNextBlock(anchor);
        }
    }

    /** CPython: {@code compiler_async_comprehension_generator}. */
    private void asyncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth, Expr elt,
            Expr val, int type) {
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock ifCleanup = newBlock();
        Comprehension gen = generators.get(genIndex);
        if (genIndex == 0) {
            u.argcount = 1;
            addopI(LOAD_FAST, 0);
        } else {
            visitExpr(gen.iter());
            addop(GET_AITER);
        }
        useNextBlock(start);
        pushFBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        addopJ(SETUP_FINALLY, except);
        addop(GET_ANEXT);
        loadConst(Constant.NONE);
        addop(YIELD_FROM);
        addop(POP_BLOCK);
        visitExpr(gen.target());
        for (Expr e : gen.ifs()) {
            jumpIf(e, ifCleanup, false);
            nextBlock();
        }
        depth++;
        if (++genIndex < generators.size()) {
            comprehensionGenerator(generators, genIndex, depth, elt, val, type);
        }
        if (genIndex >= generators.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        addopJ(JUMP_ABSOLUTE, start);
        popFBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start);
        useNextBlock(except);
        addop(END_ASYNC_FOR);
    }
}
