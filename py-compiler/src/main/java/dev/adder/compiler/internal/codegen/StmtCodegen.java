package dev.adder.compiler.internal.codegen;

import static dev.adder.bytecode.Opcodes.*;

import dev.adder.ast.Alias;
import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.ExceptHandler;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Stmt;
import dev.adder.ast.Unparser;
import dev.adder.ast.WithItem;
import dev.adder.bytecode.CodeFlags;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.compiler.internal.cfg.BasicBlock;
import dev.adder.compiler.symtable.ScopeType;
import dev.adder.compiler.symtable.SymbolTable;
import dev.adder.source.SourceText;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Code generation for statements: function and class definitions (decorators, defaults,
 * annotations, closures, {@code __class__}), assignments of every kind, loops, {@code if},
 * {@code try} with {@code except}, {@code except*}, {@code else} and {@code finally},
 * {@code with}/{@code async with}, imports, {@code assert}, {@code return}, {@code break},
 * {@code continue}, {@code raise}.
 *
 * <p>CPython: {@code compiler_visit_stmt} and the functions it calls in Python/compile.c (3.10);
 * {@code except*} follows 3.11's {@code compiler_try_star_except} with 3.10's block stack (see
 * {@link #visitTryStar}).
 */
abstract class StmtCodegen extends ExprCodegen {

    StmtCodegen(String filename, SourceText source, SymbolTable table, int cfFlags, int optimize,
            IdentityHashMap<Expr, Constant> folded, Warnings warnings) {
        super(filename, source, table, cfFlags, optimize, folded, warnings);
    }

    @Override
    void visitStmt(Stmt s) {
        setLoc(s);
        s.accept(this);
    }

    void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    boolean futureAnnotations() {
        return (cfFlags & CodeFlags.CO_FUTURE_ANNOTATIONS) != 0;
    }

    // ---- bodies ----------------------------------------------------------------------------

    /** CPython: {@code _PyAST_GetDocString}. */
    static String docString(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr st && st.value() instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.StrValue s) {
            return s.value();
        }
        return null;
    }

    /** CPython: {@code find_ann} (with 3.11's match and except* cases). */
    static boolean findAnn(List<Stmt> stmts) {
        for (Stmt st : stmts) {
            boolean res;
            if (st instanceof Stmt.AnnAssign) {
                return true;
            } else if (st instanceof Stmt.For f) {
                res = findAnn(f.body()) || findAnn(f.orelse());
            } else if (st instanceof Stmt.AsyncFor f) {
                res = findAnn(f.body()) || findAnn(f.orelse());
            } else if (st instanceof Stmt.While w) {
                res = findAnn(w.body()) || findAnn(w.orelse());
            } else if (st instanceof Stmt.If i) {
                res = findAnn(i.body()) || findAnn(i.orelse());
            } else if (st instanceof Stmt.With w) {
                res = findAnn(w.body());
            } else if (st instanceof Stmt.AsyncWith w) {
                res = findAnn(w.body());
            } else if (st instanceof Stmt.Try t) {
                for (ExceptHandler h : t.handlers()) {
                    if (findAnn(h.body())) {
                        return true;
                    }
                }
                res = findAnn(t.body()) || findAnn(t.finalbody()) || findAnn(t.orelse());
            } else if (st instanceof Stmt.TryStar t) {
                for (ExceptHandler h : t.handlers()) {
                    if (findAnn(h.body())) {
                        return true;
                    }
                }
                res = findAnn(t.body()) || findAnn(t.finalbody()) || findAnn(t.orelse());
            } else if (st instanceof Stmt.Match m) {
                res = false;
                for (MatchCase mc : m.cases()) {
                    if (findAnn(mc.body())) {
                        return true;
                    }
                }
            } else {
                res = false;
            }
            if (res) {
                return true;
            }
        }
        return false;
    }

    /** CPython: {@code compiler_body}: docstring, annotations set-up, statements. */
    void body(List<Stmt> stmts) {
        int i = 0;
        if (u.scopeType == CompilerUnit.SCOPE_MODULE && !stmts.isEmpty()) {
            setLoc(stmts.get(0));
        }
        if (findAnn(stmts)) {
            addop(SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        if (optimize < 2 && docString(stmts) != null) {
            i = 1;
            visitExpr(((Stmt.Expr) stmts.get(0)).value());
            nameop("__doc__", ExprContext.Store);
        }
        for (; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    // ---- functions and classes -------------------------------------------------------------

    /** CPython: {@code compiler_visit_argannotation}; returns the number of values pushed. */
    int argAnnotation(String id, Expr annotation) {
        if (annotation == null) {
            return 0;
        }
        loadConst(str(SymbolTable.mangle(u.privateName, id)));
        if (futureAnnotations()) {
            loadConst(str(Unparser.unparse(annotation)));
        } else if (annotation instanceof Expr.Starred st) {
            // *args: *Ts (3.11): [annotation] = [*Ts]
            visitExpr(st.value());
            addopI(UNPACK_SEQUENCE, 1);
        } else {
            visitExpr(annotation);
        }
        return 2;
    }

    /** CPython: {@code compiler_visit_annotations}; true if a tuple of annotations was pushed. */
    boolean annotations(Arguments args, Expr returns) {
        int len = 0;
        for (Arg a : args.args()) {
            len += argAnnotation(a.arg(), a.annotation());
        }
        for (Arg a : args.posonlyargs()) {
            len += argAnnotation(a.arg(), a.annotation());
        }
        if (args.vararg() != null && args.vararg().annotation() != null) {
            len += argAnnotation(args.vararg().arg(), args.vararg().annotation());
        }
        for (Arg a : args.kwonlyargs()) {
            len += argAnnotation(a.arg(), a.annotation());
        }
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            len += argAnnotation(args.kwarg().arg(), args.kwarg().annotation());
        }
        len += argAnnotation("return", returns);
        if (len > 0) {
            addopI(BUILD_TUPLE, len);
            return true;
        }
        return false;
    }

    /** CPython: {@code compiler_function}. */
    void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decos, Expr returns,
            boolean isAsync) {
        checkDebugArgs(args);
        visitExprs(decos);
        int firstlineno = decos.isEmpty() ? s.lineno() : decos.get(0).lineno();
        int funcflags = defaultArguments(args);
        if (annotations(args, returns)) {
            funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        enterScope(name, isAsync ? CompilerUnit.SCOPE_ASYNC_FUNCTION : CompilerUnit.SCOPE_FUNCTION, s,
                firstlineno);
        String docstring = optimize < 2 ? docString(body) : null;
        u.addConst(docstring != null ? str(docstring) : Constant.NONE);
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        for (int i = docstring != null ? 1 : 0; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        CodeUnit co = assemble(true);
        String qualname = u.qualname;
        exitScope();
        makeClosure(co, funcflags, qualname);
        for (int i = 0; i < decos.size(); i++) {
            addopI(CALL_FUNCTION, 1);
        }
        nameop(name, ExprContext.Store);
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        function(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef s) {
        function(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), true);
        return null;
    }

    /** CPython: {@code compiler_class}. */
    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        List<Expr> decos = s.decoratorList();
        visitExprs(decos);
        int firstlineno = decos.isEmpty() ? s.lineno() : decos.get(0).lineno();
        enterScope(s.name(), CompilerUnit.SCOPE_CLASS, s, firstlineno);
        u.privateName = s.name();
        nameop("__name__", ExprContext.Load);
        nameop("__module__", ExprContext.Store);
        loadConst(str(u.qualname));
        nameop("__qualname__", ExprContext.Store);
        body(s.body());
        u.lineno = -1;
        if (u.ste.needsClassClosure()) {
            Integer i = u.cellvars.get("__class__");
            addopI(LOAD_CLOSURE, i);
            addop(DUP_TOP);
            nameop("__classcell__", ExprContext.Store);
        } else {
            loadConst(Constant.NONE);
        }
        addop(RETURN_VALUE);
        CodeUnit co = assemble(true);
        exitScope();
        addop(LOAD_BUILD_CLASS);
        makeClosure(co, 0, null);
        loadConst(str(s.name()));
        callHelper(2, s.bases(), s.keywords());
        for (int i = 0; i < decos.size(); i++) {
            addopI(CALL_FUNCTION, 1);
        }
        nameop(s.name(), ExprContext.Store);
        return null;
    }

    // ---- simple statements -----------------------------------------------------------------

    @Override
    public Void visitReturn(Stmt.Return s) {
        Expr value = s.value();
        boolean preserveTos = value != null && !isConstant(value);
        if (u.ste.type() != ScopeType.FUNCTION) {
            throw error("'return' outside function");
        }
        if (value != null && u.coroutine && u.ste.isGenerator()) {
            throw error("'return' with value in async generator");
        }
        if (preserveTos) {
            visitExpr(value);
        } else if (value != null) {
            setLoc(value);
            addop(NOP);
        }
        if (value == null || value.lineno() != s.lineno()) {
            setLoc(s);
            addop(NOP);
        }
        unwindFBlockStack(preserveTos, false);
        if (value == null) {
            loadConst(Constant.NONE);
        } else if (!preserveTos) {
            loadConst(constantOf(value));
        }
        addop(RETURN_VALUE);
        nextBlock();
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        visitExprs(s.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        int n = s.targets().size();
        visitExpr(s.value());
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                addop(DUP_TOP);
            }
            visitExpr(s.targets().get(i));
        }
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        long[] loc = saveLoc();
        setLoc(e);
        if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
            addop(DUP_TOP);
            int old = u.lineno;
            u.lineno = e.endLineno();
            addopName(LOAD_ATTR, a.attr());
            u.lineno = old;
        } else if (e instanceof Expr.Subscript sub) {
            visitExpr(sub.value());
            visitExpr(sub.slice());
            addop(DUP_TOP_TWO);
            addop(BINARY_SUBSCR);
        } else if (e instanceof Expr.Name n) {
            nameop(n.id(), ExprContext.Load);
        } else {
            throw new IllegalStateException("invalid node type for augmented assignment");
        }
        restoreLoc(loc);
        visitExpr(s.value());
        addop(inplaceBinop(s.op()));
        setLoc(e);
        if (e instanceof Expr.Attribute a) {
            u.lineno = e.endLineno();
            addop(ROT_TWO);
            addopName(STORE_ATTR, a.attr());
        } else if (e instanceof Expr.Subscript) {
            addop(ROT_THREE);
            addop(STORE_SUBSCR);
        } else {
            nameop(((Expr.Name) e).id(), ExprContext.Store);
        }
        return null;
    }

    void checkAnnExpr(Expr e) {
        visitExpr(e);
        addop(POP_TOP);
    }

    void checkAnnSubscr(Expr e) {
        if (e instanceof Expr.Slice sl) {
            if (sl.lower() != null) {
                checkAnnExpr(sl.lower());
            }
            if (sl.upper() != null) {
                checkAnnExpr(sl.upper());
            }
            if (sl.step() != null) {
                checkAnnExpr(sl.step());
            }
        } else if (e instanceof Expr.Tuple t && !isConstant(e)) {
            for (Expr x : t.elts()) {
                checkAnnSubscr(x);
            }
        } else {
            checkAnnExpr(e);
        }
    }

    /** CPython: {@code compiler_annassign}. */
    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        Expr targ = s.target();
        if (s.value() != null) {
            visitExpr(s.value());
            visitExpr(targ);
        }
        if (targ instanceof Expr.Name n) {
            checkForbiddenName(n.id(), ExprContext.Store);
            if (s.simple() != 0 && (u.scopeType == CompilerUnit.SCOPE_MODULE
                    || u.scopeType == CompilerUnit.SCOPE_CLASS)) {
                if (futureAnnotations()) {
                    loadConst(str(Unparser.unparse(s.annotation())));
                } else {
                    visitExpr(s.annotation());
                }
                addopNameRaw(LOAD_NAME, "__annotations__");
                loadConst(str(SymbolTable.mangle(u.privateName, n.id())));
                addop(STORE_SUBSCR);
            }
        } else if (targ instanceof Expr.Attribute a) {
            checkForbiddenName(a.attr(), ExprContext.Store);
            if (s.value() == null) {
                checkAnnExpr(a.value());
            }
        } else if (targ instanceof Expr.Subscript sub) {
            if (s.value() == null) {
                checkAnnExpr(sub.value());
                checkAnnSubscr(sub.slice());
            }
        } else {
            throw new IllegalStateException("invalid node type for annotated assignment");
        }
        if (s.simple() == 0 && !futureAnnotations()
                && (u.scopeType == CompilerUnit.SCOPE_MODULE || u.scopeType == CompilerUnit.SCOPE_CLASS)) {
            checkAnnExpr(s.annotation());
        }
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc() != null) {
            visitExpr(s.exc());
            n++;
            if (s.cause() != null) {
                visitExpr(s.cause());
                n++;
            }
        }
        addopI(RAISE_VARARGS, n);
        nextBlock();
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitExpr(Stmt.Expr s) {
        Expr value = s.value();
        if (interactive && nestlevel <= 1) {
            visitExpr(value);
            addop(PRINT_EXPR);
            return null;
        }
        if (isConstant(value)) {
            addop(NOP);
            return null;
        }
        visitExpr(value);
        u.lineno = -1;
        addop(POP_TOP);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        addop(NOP);
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        long[] loc = saveLoc();
        addop(NOP);
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(loc);
            throw error("'break' outside loop");
        }
        unwindFBlock(loop, false);
        addopJ(JUMP_ABSOLUTE, loop.exit());
        nextBlock();
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        long[] loc = saveLoc();
        addop(NOP);
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            restoreLoc(loc);
            throw error("'continue' not properly in loop");
        }
        addopJ(JUMP_ABSOLUTE, loop.block());
        nextBlock();
        return null;
    }

    /** CPython: {@code compiler_assert}. */
    @Override
    public Void visitAssert(Stmt.Assert s) {
        Expr test = s.test();
        if ((test instanceof Expr.Tuple t && !t.elts().isEmpty())
                || (isConstant(test) && constantOf(test) instanceof Constant.Tuple ct && !ct.items().isEmpty())) {
            warn("assertion is always true, perhaps remove parentheses?");
        }
        if (optimize > 0) {
            return null;
        }
        BasicBlock end = newBlock();
        jumpIf(test, end, true);
        addop(LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            visitExpr(s.msg());
            addopI(CALL_FUNCTION, 1);
        }
        addopI(RAISE_VARARGS, 1);
        useNextBlock(end);
        return null;
    }

    // ---- imports ---------------------------------------------------------------------------

    /** CPython: {@code compiler_import_as}. */
    void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot != -1) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot != -1 ? dot : name.length());
                addopNameRaw(IMPORT_FROM, attr);
                if (dot == -1) {
                    break;
                }
                addop(ROT_TWO);
                addop(POP_TOP);
            }
            nameop(asname, ExprContext.Store);
            addop(POP_TOP);
            return;
        }
        nameop(asname, ExprContext.Store);
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias alias : s.names()) {
            loadConst(Constant.Int.of(0));
            loadConst(Constant.NONE);
            addopName(IMPORT_NAME, alias.name());
            if (alias.asname() != null) {
                importAs(alias.name(), alias.asname());
            } else {
                int dot = alias.name().indexOf('.');
                nameop(dot != -1 ? alias.name().substring(0, dot) : alias.name(), ExprContext.Store);
            }
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        int level = s.level() == null ? 0 : s.level();
        loadConst(Constant.Int.of(level));
        List<Constant> names = new ArrayList<>(s.names().size());
        for (Alias alias : s.names()) {
            names.add(str(alias.name()));
        }
        if (s.lineno() > futureLineno && "__future__".equals(s.module())) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        loadConst(new Constant.Tuple(names));
        addopName(IMPORT_NAME, s.module() != null ? s.module() : "");
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                addop(IMPORT_STAR);
                return null;
            }
            addopName(IMPORT_FROM, alias.name());
            nameop(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store);
        }
        addop(POP_TOP);
        return null;
    }

    // ---- compound statements ---------------------------------------------------------------

    @Override
    public Void visitIf(Stmt.If s) {
        BasicBlock end = newBlock();
        BasicBlock next = s.orelse().isEmpty() ? end : newBlock();
        jumpIf(s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            addopJNoline(JUMP_FORWARD, end);
            useNextBlock(next);
            visitStmts(s.orelse());
        }
        useNextBlock(end);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        BasicBlock start = newBlock();
        BasicBlock body = newBlock();
        BasicBlock cleanup = newBlock();
        BasicBlock end = newBlock();
        pushFBlock(FBlock.Type.FOR_LOOP, start, end, null);
        visitExpr(s.iter());
        addop(GET_ITER);
        useNextBlock(start);
        addopJ(FOR_ITER, cleanup);
        useNextBlock(body);
        visitExpr(s.target());
        visitStmts(s.body());
        u.lineno = -1;
        addopJ(JUMP_ABSOLUTE, start);
        useNextBlock(cleanup);
        popFBlock(FBlock.Type.FOR_LOOP, start);
        visitStmts(s.orelse());
        useNextBlock(end);
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        if (isTopLevelAwait()) {
            u.coroutine = true;
        } else if (u.scopeType != CompilerUnit.SCOPE_ASYNC_FUNCTION) {
            throw error("'async for' outside async function");
        }
        BasicBlock start = newBlock();
        BasicBlock except = newBlock();
        BasicBlock end = newBlock();
        visitExpr(s.iter());
        addop(GET_AITER);
        useNextBlock(start);
        pushFBlock(FBlock.Type.FOR_LOOP, start, end, null);
        addopJ(SETUP_FINALLY, except);
        addop(GET_ANEXT);
        loadConst(Constant.NONE);
        addop(YIELD_FROM);
        addop(POP_BLOCK);
        visitExpr(s.target());
        visitStmts(s.body());
        u.lineno = -1;
        addopJ(JUMP_ABSOLUTE, start);
        popFBlock(FBlock.Type.FOR_LOOP, start);
        useNextBlock(except);
        setLoc(s.iter());
        addop(END_ASYNC_FOR);
        visitStmts(s.orelse());
        useNextBlock(end);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        BasicBlock loop = newBlock();
        BasicBlock body = newBlock();
        BasicBlock anchor = newBlock();
        BasicBlock end = newBlock();
        useNextBlock(loop);
        pushFBlock(FBlock.Type.WHILE_LOOP, loop, end, null);
        jumpIf(s.test(), anchor, false);
        useNextBlock(body);
        visitStmts(s.body());
        setLoc(s);
        jumpIf(s.test(), body, true);
        popFBlock(FBlock.Type.WHILE_LOOP, loop);
        useNextBlock(anchor);
        visitStmts(s.orelse());
        useNextBlock(end);
        return null;
    }

    // ---- try -------------------------------------------------------------------------------

    @Override
    public Void visitTry(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s, s.body(), s.handlers(), s.orelse(), s.finalbody(), false);
        } else {
            tryExcept(s.body(), s.handlers(), s.orelse());
        }
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s, s.body(), s.handlers(), s.orelse(), s.finalbody(), true);
        } else {
            tryStarExcept(s.body(), s.handlers(), s.orelse());
        }
        return null;
    }

    /** CPython: {@code compiler_try_finally}. */
    void tryFinally(Stmt s, List<Stmt> tryBody, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, boolean star) {
        BasicBlock body = newBlock();
        BasicBlock end = newBlock();
        BasicBlock exit = newBlock();
        addopJ(SETUP_FINALLY, end);
        useNextBlock(body);
        pushFBlock(FBlock.Type.FINALLY_TRY, body, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(tryBody, handlers, orelse);
            } else {
                tryExcept(tryBody, handlers, orelse);
            }
        } else {
            visitStmts(tryBody);
        }
        addopNoline(POP_BLOCK);
        popFBlock(FBlock.Type.FINALLY_TRY, body);
        visitStmts(finalbody);
        addopJNoline(JUMP_FORWARD, exit);
        useNextBlock(end);
        pushFBlock(FBlock.Type.FINALLY_END, end, null, null);
        visitStmts(finalbody);
        popFBlock(FBlock.Type.FINALLY_END, end);
        addopI(RERAISE, 0);
        useNextBlock(exit);
    }

    /** CPython: {@code compiler_try_except}. */
    void tryExcept(List<Stmt> tryBody, List<ExceptHandler> handlers, List<Stmt> orelse) {
        BasicBlock body = newBlock();
        BasicBlock except = newBlock();
        BasicBlock orelseBlock = newBlock();
        BasicBlock end = newBlock();
        addopJ(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlock.Type.TRY_EXCEPT, body, null, null);
        visitStmts(tryBody);
        popFBlock(FBlock.Type.TRY_EXCEPT, body);
        addopNoline(POP_BLOCK);
        addopJNoline(JUMP_FORWARD, orelseBlock);
        int n = handlers.size();
        useNextBlock(except);
        pushFBlock(FBlock.Type.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            setLoc(handler);
            if (handler.type() == null && i < n - 1) {
                throw error("default 'except:' must be last");
            }
            except = newBlock();
            if (handler.type() != null) {
                addop(DUP_TOP);
                visitExpr(handler.type());
                addopJ(JUMP_IF_NOT_EXC_MATCH, except);
                nextBlock();
            }
            addop(POP_TOP);
            if (handler.name() != null) {
                BasicBlock cleanupEnd = newBlock();
                BasicBlock cleanupBody = newBlock();
                nameop(handler.name(), ExprContext.Store);
                addop(POP_TOP);
                addopJ(SETUP_FINALLY, cleanupEnd);
                useNextBlock(cleanupBody);
                pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, handler.name());
                visitStmts(handler.body());
                popFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody);
                u.lineno = -1;
                addop(POP_BLOCK);
                addop(POP_EXCEPT);
                loadConst(Constant.NONE);
                nameop(handler.name(), ExprContext.Store);
                nameop(handler.name(), ExprContext.Del);
                addopJ(JUMP_FORWARD, end);
                useNextBlock(cleanupEnd);
                u.lineno = -1;
                loadConst(Constant.NONE);
                nameop(handler.name(), ExprContext.Store);
                nameop(handler.name(), ExprContext.Del);
                addopI(RERAISE, 1);
            } else {
                BasicBlock cleanupBody = newBlock();
                addop(POP_TOP);
                addop(POP_TOP);
                useNextBlock(cleanupBody);
                pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null);
                visitStmts(handler.body());
                popFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody);
                u.lineno = -1;
                addop(POP_EXCEPT);
                addopJ(JUMP_FORWARD, end);
            }
            useNextBlock(except);
        }
        popFBlock(FBlock.Type.EXCEPTION_HANDLER, null);
        u.lineno = -1;
        addopI(RERAISE, 0);
        useNextBlock(orelseBlock);
        visitStmts(orelse);
        useNextBlock(end);
    }

    /** Emits {@code DUP_TOP; LOAD_CONST None; IS_OP 0; jump} (3.10 has no POP_JUMP_IF_NONE). */
    private void jumpIfNone(boolean none, BasicBlock target) {
        addop(DUP_TOP);
        loadConst(Constant.NONE);
        addopI(IS_OP, 0);
        addopJ(none ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
        nextBlock();
    }

    /**
     * {@code try}/{@code except*} with 3.10's block stack. The handler is entered, as for
     * {@code except}, with the previous exception triple {@code P} and the new one
     * {@code (tb, exc, type)} pushed and an except-handler block set up; the exception value
     * keeps its traceback in {@code __traceback__}. Stack pictures (top at the right):
     *
     * <pre>
     *   [P, tb, exc, type]      POP_TOP, ROT_TWO, POP_TOP
     *   [P, orig]               DUP_TOP, BUILD_LIST 0, ROT_TWO
     *   [P, orig, res, exc]     for each clause:
     *                             &lt;type&gt;, CHECK_EG_MATCH
     *   [P, orig, res, rest, match] or [P, orig, res, exc, None]
     *                             DUP_TOP, LOAD_CONST None, IS_OP 0, POP_JUMP_IF_TRUE no_match
     *                             &lt;store match in name&gt; or POP_TOP
     *   [P, orig, res, rest]      SETUP_FINALLY raised; &lt;body&gt;; POP_BLOCK; [del name]; JUMP next
     *   raised: [P, orig, res, rest, P', tb', exc', type']
     *                             POP_TOP, ROT_TWO, POP_TOP, LIST_APPEND 5, POP_EXCEPT, [del name]
     *                             JUMP next
     *   no_match:                 POP_TOP
     *   next: [P, orig, res, rest]
     *   after the last clause:    LIST_APPEND 1, PREP_RERAISE_STAR
     *   [P, exc or None]          DUP_TOP, LOAD_CONST None, IS_OP 0, POP_JUMP_IF_FALSE reraise
     *                             POP_TOP, POP_EXCEPT, JUMP_FORWARD end
     *   reraise: [P, exc]         DUP_TOP, LOAD_ATTR __traceback__, ROT_TWO, DUP_TOP,
     *                             LOAD_ATTR __class__, RERAISE 0
     * </pre>
     *
     * CHECK_EG_MATCH also makes the matched group the exception being handled, as in 3.11;
     * RERAISE restores the exception with its own traceback, without chaining.
     * CPython: {@code compiler_try_star_except} (3.11).
     */
    void tryStarExcept(List<Stmt> tryBody, List<ExceptHandler> handlers, List<Stmt> orelse) {
        BasicBlock body = newBlock();
        BasicBlock except = newBlock();
        BasicBlock orelseBlock = newBlock();
        BasicBlock end = newBlock();
        BasicBlock reraiseStar = newBlock();
        addopJ(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlock.Type.TRY_EXCEPT, body, null, null);
        visitStmts(tryBody);
        popFBlock(FBlock.Type.TRY_EXCEPT, body);
        addopNoline(POP_BLOCK);
        addopJNoline(JUMP_FORWARD, orelseBlock);
        int n = handlers.size();
        useNextBlock(except);
        pushFBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            setLoc(handler);
            BasicBlock nextHandler = newBlock();
            BasicBlock noMatch = newBlock();
            BasicBlock raised = newBlock();
            if (i == 0) {
                u.lineno = -1;
                addop(POP_TOP);
                addop(ROT_TWO);
                addop(POP_TOP);
                addop(DUP_TOP);
                addopI(BUILD_LIST, 0);
                addop(ROT_TWO);
                setLoc(handler);
            }
            if (handler.type() == null) {
                throw error("expected one or more exception types");
            }
            visitExpr(handler.type());
            addop(CHECK_EG_MATCH);
            jumpIfNone(true, noMatch);
            if (handler.name() != null) {
                nameop(handler.name(), ExprContext.Store);
            } else {
                addop(POP_TOP);
            }
            addopJ(SETUP_FINALLY, raised);
            BasicBlock cleanupBody = newBlock();
            useNextBlock(cleanupBody);
            pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null);
            visitStmts(handler.body());
            popFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody);
            u.lineno = -1;
            addop(POP_BLOCK);
            if (handler.name() != null) {
                loadConst(Constant.NONE);
                nameop(handler.name(), ExprContext.Store);
                nameop(handler.name(), ExprContext.Del);
            }
            addopJ(JUMP_FORWARD, nextHandler);
            useNextBlock(raised);
            u.lineno = -1;
            addop(POP_TOP);
            addop(ROT_TWO);
            addop(POP_TOP);
            addopI(LIST_APPEND, 5);
            addop(POP_EXCEPT);
            if (handler.name() != null) {
                loadConst(Constant.NONE);
                nameop(handler.name(), ExprContext.Store);
                nameop(handler.name(), ExprContext.Del);
            }
            addopJ(JUMP_FORWARD, nextHandler);
            useNextBlock(noMatch);
            u.lineno = -1;
            addop(POP_TOP);
            useNextBlock(nextHandler);
        }
        popFBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER, null);
        u.lineno = -1;
        addopI(LIST_APPEND, 1);
        addop(PREP_RERAISE_STAR);
        jumpIfNone(false, reraiseStar);
        addop(POP_TOP);
        addop(POP_EXCEPT);
        addopJ(JUMP_FORWARD, end);
        useNextBlock(reraiseStar);
        addop(DUP_TOP);
        addopNameRaw(LOAD_ATTR, "__traceback__");
        addop(ROT_TWO);
        addop(DUP_TOP);
        addopNameRaw(LOAD_ATTR, "__class__");
        addopI(RERAISE, 0);
        useNextBlock(orelseBlock);
        visitStmts(orelse);
        useNextBlock(end);
    }

    // ---- with ------------------------------------------------------------------------------

    /** CPython: {@code compiler_with_except_finish}. */
    void withExceptFinish() {
        BasicBlock exit = newBlock();
        addopJ(POP_JUMP_IF_TRUE, exit);
        nextBlock();
        addopI(RERAISE, 1);
        useNextBlock(exit);
        addop(POP_TOP);
        addop(POP_TOP);
        addop(POP_TOP);
        addop(POP_EXCEPT);
        addop(POP_TOP);
    }

    @Override
    public Void visitWith(Stmt.With s) {
        with(s, 0);
        return null;
    }

    /** CPython: {@code compiler_with}. */
    void with(Stmt.With s, int pos) {
        WithItem item = s.items().get(pos);
        BasicBlock block = newBlock();
        BasicBlock fin = newBlock();
        BasicBlock exit = newBlock();
        visitExpr(item.contextExpr());
        addopJ(SETUP_WITH, fin);
        useNextBlock(block);
        pushFBlock(FBlock.Type.WITH, block, fin, s);
        if (item.optionalVars() != null) {
            visitExpr(item.optionalVars());
        } else {
            addop(POP_TOP);
        }
        pos++;
        if (pos == s.items().size()) {
            visitStmts(s.body());
        } else {
            with(s, pos);
        }
        u.lineno = -1;
        addop(POP_BLOCK);
        popFBlock(FBlock.Type.WITH, block);
        setLoc(s);
        callExitWithNones();
        addop(POP_TOP);
        addopJ(JUMP_FORWARD, exit);
        useNextBlock(fin);
        addop(WITH_EXCEPT_START);
        withExceptFinish();
        useNextBlock(exit);
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        asyncWith(s, 0);
        return null;
    }

    /** CPython: {@code compiler_async_with}. */
    void asyncWith(Stmt.AsyncWith s, int pos) {
        WithItem item = s.items().get(pos);
        if (isTopLevelAwait()) {
            u.coroutine = true;
        } else if (u.scopeType != CompilerUnit.SCOPE_ASYNC_FUNCTION) {
            throw error("'async with' outside async function");
        }
        BasicBlock block = newBlock();
        BasicBlock fin = newBlock();
        BasicBlock exit = newBlock();
        visitExpr(item.contextExpr());
        addop(BEFORE_ASYNC_WITH);
        addop(GET_AWAITABLE);
        loadConst(Constant.NONE);
        addop(YIELD_FROM);
        addopJ(SETUP_ASYNC_WITH, fin);
        useNextBlock(block);
        pushFBlock(FBlock.Type.ASYNC_WITH, block, fin, s);
        if (item.optionalVars() != null) {
            visitExpr(item.optionalVars());
        } else {
            addop(POP_TOP);
        }
        pos++;
        if (pos == s.items().size()) {
            visitStmts(s.body());
        } else {
            asyncWith(s, pos);
        }
        popFBlock(FBlock.Type.ASYNC_WITH, block);
        addop(POP_BLOCK);
        setLoc(s);
        callExitWithNones();
        addop(GET_AWAITABLE);
        loadConst(Constant.NONE);
        addop(YIELD_FROM);
        addop(POP_TOP);
        addopJ(JUMP_ABSOLUTE, exit);
        useNextBlock(fin);
        addop(WITH_EXCEPT_START);
        addop(GET_AWAITABLE);
        loadConst(Constant.NONE);
        addop(YIELD_FROM);
        withExceptFinish();
        useNextBlock(exit);
    }
}
