package dev.adder.compiler.internal.symtable;

import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_ANNOT;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_COMP_ITER;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_GLOBAL;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_IMPORT;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_LOCAL;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_NONLOCAL;
import static dev.adder.compiler.internal.symtable.SymtableEntry.DEF_PARAM;
import static dev.adder.compiler.internal.symtable.SymtableEntry.USE;

import dev.adder.ast.Alias;
import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.AstVisitor;
import dev.adder.ast.Comprehension;
import dev.adder.ast.ExceptHandler;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Located;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Mod;
import dev.adder.ast.Node;
import dev.adder.ast.Pattern;
import dev.adder.ast.Position;
import dev.adder.ast.Stmt;
import dev.adder.ast.WithItem;
import dev.adder.compiler.CompilerRecursionError;
import dev.adder.compiler.internal.symtable.SymtableEntry.BlockType;
import dev.adder.compiler.internal.symtable.SymtableEntry.Directive;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * The first pass of the symbol table: walks the AST, opens a block for each module, class,
 * function, lambda and comprehension, and records in each block the raw facts about every
 * name (bound here, used here, a parameter, declared global or nonlocal...). It raises the
 * SyntaxErrors that CPython's symtable raises while visiting; {@link SymtableAnalyzer} then
 * decides each name's scope.
 *
 * <p>CPython: Python/symtable.c ({@code _PySymtable_Build} and the {@code symtable_visit_*}
 * functions), 3.11.
 */
public final class SymtableBuilder implements AstVisitor<Void> {

    /** CPython 3.11: the recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3). */
    private static final int RECURSION_LIMIT = 3000;

    static final String GLOBAL_PARAM = "name '%s' is parameter and global";
    static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
    static final String GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
    static final String NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
    static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
    static final String NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
    static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
    static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
    static final String IMPORT_STAR_WARNING = "import * only allowed at module level";
    static final String NAMED_EXPR_COMP_IN_CLASS =
            "assignment expression within a comprehension cannot be used in a class body";
    static final String NAMED_EXPR_COMP_CONFLICT =
            "assignment expression cannot rebind comprehension iteration variable '%s'";
    static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
            "comprehension inner loop cannot rebind assignment expression target '%s'";
    static final String NAMED_EXPR_COMP_ITER_EXPR =
            "assignment expression cannot be used in a comprehension iterable expression";
    static final String ANNOTATION_NOT_ALLOWED = "'%s' can not be used within an annotation";
    static final String DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";


    private final String filename;
    private final SourceText source;
    private final boolean futureAnnotations;
    private final ArrayList<SymtableEntry> stack = new ArrayList<>();
    private SymtableEntry cur;
    private SymtableEntry top;
    /** The module block's symbols (CPython: {@code st_global}). */
    private SymbolMap global;
    /** The name of the class being compiled, for mangling (CPython: {@code st_private}). */
    private String privateName;
    private int depth;

    private SymtableBuilder(String filename, SourceText source, int futureFlags) {
        this.filename = filename;
        this.source = source;
        this.futureAnnotations = (futureFlags & FutureParser.CO_FUTURE_ANNOTATIONS) != 0;
    }

    /**
     * Builds and analyzes the symbol table of {@code mod}.
     *
     * @param source the source text, for the {@code text} of SyntaxErrors; may be null
     * @param futureFlags the module's future features ({@link FutureParser})
     * @throws PythonSyntaxError as CPython's symtable raises it
     */
    public static SymtableEntry build(Mod mod, String filename, SourceText source, int futureFlags) {
        SymtableBuilder b = new SymtableBuilder(filename, source, futureFlags);
        b.top = b.enterBlock("top", BlockType.MODULE, mod, 0, 0, 0, 0);
        if (mod instanceof Mod.Module m) {
            b.stmts(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            b.stmts(m.body());
        } else if (mod instanceof Mod.Expression m) {
            b.expr(m.body());
        } else {
            throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
        }
        b.exitBlock();
        new SymtableAnalyzer(b).analyze(b.top);
        return b.top;
    }

    // ---- errors ----------------------------------------------------------------------------

    /** A SyntaxError at 1-based {@code offset}/{@code endOffset} (0: unknown). */
    PythonSyntaxError error(String msg, int lineno, int offset, int endLineno, int endOffset) {
        String text = null;
        if (source != null && lineno >= 1 && lineno <= source.lineCount()) {
            text = source.line(lineno);
        }
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineno, offset,
                endLineno, endOffset, text);
    }

    /** A SyntaxError at a node's range (CPython: {@code PyErr_RangedSyntaxLocationObject}). */
    private PythonSyntaxError error(String msg, Position p) {
        return error(msg, p.lineno(), p.colOffset() + 1, p.endLineno(), p.endColOffset() + 1);
    }

    static String format(String template, String name) {
        return template.replace("%s", name);
    }

    // ---- blocks ----------------------------------------------------------------------------

    private SymtableEntry enterBlock(String name, BlockType type, Node node, int lineno, int colOffset,
                                     int endLineno, int endColOffset) {
        SymtableEntry ste = new SymtableEntry(name, type, node, lineno, colOffset, endLineno, endColOffset,
                privateName);
        SymtableEntry prev = cur;
        if (prev != null && (prev.nested || prev.type == BlockType.FUNCTION)) {
            ste.nested = true;
        }
        stack.add(ste);
        // bpo-37757: no assignment expression anywhere in a comprehension's outermost iterable,
        // even inside a nested comprehension or lambda there
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        // annotation blocks (under `from __future__ import annotations`) have no effect on the
        // table: they only catch the expressions an annotation may not hold
        if (type == BlockType.ANNOTATION) {
            return ste;
        }
        if (type == BlockType.MODULE) {
            global = ste.symbols;
        }
        if (prev != null) {
            prev.children.add(ste);
        }
        return ste;
    }

    private SymtableEntry enterBlock(String name, BlockType type, Located node) {
        Position p = node.pos();
        return enterBlock(name, type, node, p.lineno(), p.colOffset(), p.endLineno(), p.endColOffset());
    }

    private void exitBlock() {
        int size = stack.size();
        cur = null;
        if (size > 0) {
            stack.remove(--size);
            if (size > 0) {
                cur = stack.get(size - 1);
            }
        }
    }

    // ---- definitions -----------------------------------------------------------------------

    private void addDef(String name, int flag, Position p) {
        addDefHelper(name, flag, cur, p.lineno(), p.colOffset(), p.endLineno(), p.endColOffset());
    }

    private void addDef(String name, int flag, int lineno, int colOffset, int endLineno, int endColOffset) {
        addDefHelper(name, flag, cur, lineno, colOffset, endLineno, endColOffset);
    }

    private void addDefHelper(String name, int flag, SymtableEntry ste, int lineno, int colOffset,
                              int endLineno, int endColOffset) {
        String mangled = Mangling.mangle(privateName, name);
        SymbolMap dict = ste.symbols;
        int i = dict.indexOf(mangled);
        int val;
        if (i >= 0) {
            val = dict.value(i);
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error(format(DUPLICATE_ARGUMENT, name), lineno, colOffset + 1, endLineno, endColOffset + 1);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            // an iteration variable of a comprehension: it may not rebind a walrus target, and
            // a later walrus may not rebind it
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error(format(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name), lineno, colOffset + 1,
                        endLineno, endColOffset + 1);
            }
            val |= DEF_COMP_ITER;
        }
        if (i >= 0) {
            dict.setValue(i, val);
        } else {
            dict.put(mangled, val);
        }
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // record the declaration in the module's table too
            int j = global.indexOf(mangled);
            if (j >= 0) {
                global.setValue(j, global.value(j) | flag);
            } else {
                global.put(mangled, flag);
            }
        }
    }

    /** The flags of {@code name} (mangled) in the current block. CPython: {@code symtable_lookup}. */
    private int lookup(String name) {
        return cur.symbols.get(Mangling.mangle(privateName, name));
    }

    private void recordDirective(String name, Position p) {
        if (cur.directives == null) {
            cur.directives = new ArrayList<>(2);
        }
        cur.directives.add(new Directive(Mangling.mangle(privateName, name), p.lineno(), p.colOffset(),
                p.endLineno(), p.endColOffset()));
    }

    // ---- statements ------------------------------------------------------------------------

    private void stmts(List<Stmt> stmts) {
        for (int i = 0, n = stmts.size(); i < n; i++) {
            stmt(stmts.get(i));
        }
    }

    private void stmt(Stmt s) {
        if (++depth > RECURSION_LIMIT) {
            throw new CompilerRecursionError();
        }
        s.accept(this);
        depth--;
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                               Expr returns, boolean async) {
        addDef(name, DEF_LOCAL, s.pos());
        exprs(args.defaults());
        exprsWithNull(args.kwDefaults());
        annotations(s, args, returns);
        exprs(decorators);
        enterBlock(name, BlockType.FUNCTION, s);
        if (async) {
            cur.coroutine = true;
        }
        defineArguments(args);
        stmts(body);
        exitBlock();
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

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        addDef(s.name(), DEF_LOCAL, s.pos());
        exprs(s.bases());
        keywords(s.keywords());
        exprs(s.decoratorList());
        enterBlock(s.name(), BlockType.CLASS, s);
        String saved = privateName;
        privateName = s.name();
        stmts(s.body());
        privateName = saved;
        exitBlock();
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (s.value() != null) {
            expr(s.value());
            cur.returnsValue = true;
        }
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        exprs(s.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        exprs(s.targets());
        expr(s.value());
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name target) {
            int flags = lookup(target.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != global && s.simple() != 0) {
                throw error(format((flags & DEF_GLOBAL) != 0 ? GLOBAL_ANNOT : NONLOCAL_ANNOT, target.id()),
                        s.pos());
            }
            if (s.simple() != 0) {
                addDef(target.id(), DEF_ANNOT | DEF_LOCAL, target.pos());
            } else if (s.value() != null) {
                addDef(target.id(), DEF_LOCAL, target.pos());
            }
        } else {
            expr(s.target());
        }
        annotation(s.annotation());
        if (s.value() != null) {
            expr(s.value());
        }
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        expr(s.target());
        expr(s.value());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        expr(s.target());
        expr(s.iter());
        stmts(s.body());
        stmts(s.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        expr(s.target());
        expr(s.iter());
        stmts(s.body());
        stmts(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        expr(s.test());
        stmts(s.body());
        stmts(s.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        expr(s.test());
        stmts(s.body());
        stmts(s.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        withItems(s.items());
        stmts(s.body());
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        withItems(s.items());
        stmts(s.body());
        return null;
    }

    private void withItems(List<WithItem> items) {
        for (int i = 0, n = items.size(); i < n; i++) {
            WithItem item = items.get(i);
            expr(item.contextExpr());
            if (item.optionalVars() != null) {
                expr(item.optionalVars());
            }
        }
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        expr(s.subject());
        List<MatchCase> cases = s.cases();
        for (int i = 0, n = cases.size(); i < n; i++) {
            MatchCase m = cases.get(i);
            pattern(m.pattern());
            if (m.guard() != null) {
                expr(m.guard());
            }
            stmts(m.body());
        }
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        if (s.exc() != null) {
            expr(s.exc());
            if (s.cause() != null) {
                expr(s.cause());
            }
        }
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        stmts(s.body());
        stmts(s.orelse());
        handlers(s.handlers());
        stmts(s.finalbody());
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar s) {
        stmts(s.body());
        stmts(s.orelse());
        handlers(s.handlers());
        stmts(s.finalbody());
        return null;
    }

    private void handlers(List<ExceptHandler> handlers) {
        for (int i = 0, n = handlers.size(); i < n; i++) {
            ExceptHandler h = handlers.get(i);
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.pos());
            }
            stmts(h.body());
        }
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        expr(s.test());
        if (s.msg() != null) {
            expr(s.msg());
        }
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        aliases(s.names());
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        aliases(s.names());
        return null;
    }

    private void aliases(List<Alias> names) {
        for (int i = 0, n = names.size(); i < n; i++) {
            Alias a = names.get(i);
            // the name bound is the first component of a dotted module name
            String name = a.asname() == null ? a.name() : a.asname();
            int dot = name.indexOf('.');
            String storeName = dot >= 0 ? name.substring(0, dot) : name;
            if (!name.equals("*")) {
                addDef(storeName, DEF_IMPORT, a.pos());
            } else if (cur.type != BlockType.MODULE) {
                throw error(IMPORT_STAR_WARNING, a.pos());
            }
        }
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        List<String> names = s.names();
        for (int i = 0, n = names.size(); i < n; i++) {
            String name = names.get(i);
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = GLOBAL_PARAM;
                } else if ((flags & USE) != 0) {
                    msg = GLOBAL_AFTER_USE;
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = GLOBAL_ANNOT;
                } else {
                    msg = GLOBAL_AFTER_ASSIGN;
                }
                throw error(format(msg, name), s.pos());
            }
            addDef(name, DEF_GLOBAL, s.pos());
            recordDirective(name, s.pos());
        }
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        List<String> names = s.names();
        for (int i = 0, n = names.size(); i < n; i++) {
            String name = names.get(i);
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = NONLOCAL_PARAM;
                } else if ((flags & USE) != 0) {
                    msg = NONLOCAL_AFTER_USE;
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = NONLOCAL_ANNOT;
                } else {
                    msg = NONLOCAL_AFTER_ASSIGN;
                }
                throw error(format(msg, name), s.pos());
            }
            addDef(name, DEF_NONLOCAL, s.pos());
            recordDirective(name, s.pos());
        }
        return null;
    }

    @Override
    public Void visitExpr(Stmt.Expr s) {
        expr(s.value());
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }

    // ---- expressions -----------------------------------------------------------------------

    private void exprs(List<Expr> exprs) {
        for (int i = 0, n = exprs.size(); i < n; i++) {
            expr(exprs.get(i));
        }
    }

    private void exprsWithNull(List<Expr> exprs) {
        for (int i = 0, n = exprs.size(); i < n; i++) {
            Expr e = exprs.get(i);
            if (e != null) {
                expr(e);
            }
        }
    }

    private void keywords(List<Keyword> keywords) {
        for (int i = 0, n = keywords.size(); i < n; i++) {
            expr(keywords.get(i).value());
        }
    }

    private void expr(Expr e) {
        if (++depth > RECURSION_LIMIT) {
            throw new CompilerRecursionError();
        }
        e.accept(this);
        depth--;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        raiseIfAnnotationBlock("named expression", e);
        if (cur.compIterExpr > 0) {
            throw error(NAMED_EXPR_COMP_ITER_EXPR, e.pos());
        }
        if (cur.comprehension != SymtableEntry.NO_COMPREHENSION && e.target() instanceof Expr.Name target) {
            // inside a comprehension body: the target binds in the enclosing function or module
            extendNamedExprScope(target);
        }
        expr(e.value());
        expr(e.target());
        return null;
    }

    private void extendNamedExprScope(Expr.Name e) {
        String target = e.id();
        Position p = e.pos();
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymtableEntry ste = stack.get(i);
            if (ste.comprehension != SymtableEntry.NO_COMPREHENSION) {
                if ((ste.symbols.get(target) & DEF_COMP_ITER) != 0) {
                    throw error(format(NAMED_EXPR_COMP_CONFLICT, target), p);
                }
                continue;
            }
            if (ste.type == BlockType.FUNCTION) {
                if ((ste.symbols.get(target) & DEF_GLOBAL) != 0) {
                    addDef(target, DEF_GLOBAL, p);
                } else {
                    addDef(target, DEF_NONLOCAL, p);
                }
                recordDirective(target, p);
                addDefHelper(target, DEF_LOCAL, ste, p.lineno(), p.colOffset(), p.endLineno(), p.endColOffset());
                return;
            }
            if (ste.type == BlockType.MODULE) {
                addDef(target, DEF_GLOBAL, p);
                recordDirective(target, p);
                addDefHelper(target, DEF_GLOBAL, ste, p.lineno(), p.colOffset(), p.endLineno(), p.endColOffset());
                return;
            }
            if (ste.type == BlockType.CLASS) {
                throw error(NAMED_EXPR_COMP_IN_CLASS, p);
            }
        }
        throw new IllegalStateException("no block for an assignment expression target");
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        if (cur.type == BlockType.ANNOTATION) {
            throw error(format(ANNOTATION_NOT_ALLOWED, what), e.pos());
        }
    }

    private void raiseIfComprehensionBlock(Expr e) {
        String msg = switch (cur.comprehension) {
            case SymtableEntry.LIST_COMPREHENSION -> "'yield' inside list comprehension";
            case SymtableEntry.SET_COMPREHENSION -> "'yield' inside set comprehension";
            case SymtableEntry.DICT_COMPREHENSION -> "'yield' inside dict comprehension";
            default -> "'yield' inside generator expression";
        };
        throw error(msg, e.pos());
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        exprs(e.values());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        expr(e.left());
        expr(e.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        expr(e.operand());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        Arguments args = e.args();
        exprs(args.defaults());
        exprsWithNull(args.kwDefaults());
        enterBlock("lambda", BlockType.FUNCTION, e);
        defineArguments(args);
        expr(e.body());
        exitBlock();
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        expr(e.test());
        expr(e.body());
        expr(e.orelse());
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        exprsWithNull(e.keys());
        exprs(e.values());
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        exprs(e.elts());
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        handleComprehension(e, "listcomp", SymtableEntry.LIST_COMPREHENSION, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        handleComprehension(e, "setcomp", SymtableEntry.SET_COMPREHENSION, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        handleComprehension(e, "dictcomp", SymtableEntry.DICT_COMPREHENSION, e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        handleComprehension(e, "genexpr", SymtableEntry.GENERATOR_EXPRESSION, e.generators(), e.elt(), null);
        return null;
    }

    private void handleComprehension(Expr e, String scopeName, int kind, List<Comprehension> generators,
                                     Expr elt, Expr value) {
        boolean isGenerator = kind == SymtableEntry.GENERATOR_EXPRESSION;
        Comprehension outermost = generators.get(0);
        // the outermost iterable is evaluated in the enclosing scope
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(scopeName, BlockType.FUNCTION, e);
        cur.comprehension = kind;
        if (outermost.isAsync() != 0) {
            cur.coroutine = true;
        }
        // the outermost iterator is received as the implicit argument .0
        addDef(".0", DEF_PARAM, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
        cur.compIterTarget = true;
        expr(outermost.target());
        cur.compIterTarget = false;
        exprs(outermost.ifs());
        for (int i = 1, n = generators.size(); i < n; i++) {
            Comprehension c = generators.get(i);
            cur.compIterTarget = true;
            expr(c.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(c.iter());
            cur.compIterExpr--;
            exprs(c.ifs());
            if (c.isAsync() != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        if (isGenerator) {
            cur.generator = true;
        }
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            // an asynchronous comprehension makes the enclosing comprehension asynchronous too
            cur.coroutine = true;
        }
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        raiseIfAnnotationBlock("await expression", e);
        expr(e.value());
        cur.coroutine = true;
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        raiseIfAnnotationBlock("yield expression", e);
        if (e.value() != null) {
            expr(e.value());
        }
        cur.generator = true;
        if (cur.comprehension != SymtableEntry.NO_COMPREHENSION) {
            raiseIfComprehensionBlock(e);
        }
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        raiseIfAnnotationBlock("yield expression", e);
        expr(e.value());
        cur.generator = true;
        if (cur.comprehension != SymtableEntry.NO_COMPREHENSION) {
            raiseIfComprehensionBlock(e);
        }
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        expr(e.left());
        exprs(e.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        expr(e.func());
        exprs(e.args());
        keywords(e.keywords());
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        expr(e.value());
        if (e.formatSpec() != null) {
            expr(e.formatSpec());
        }
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        exprs(e.values());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        expr(e.value());
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        expr(e.value());
        expr(e.slice());
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        expr(e.value());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        if (e.lower() != null) {
            expr(e.lower());
        }
        if (e.upper() != null) {
            expr(e.upper());
        }
        if (e.step() != null) {
            expr(e.step());
        }
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        boolean load = e.ctx() == ExprContext.Load;
        addDef(e.id(), load ? USE : DEF_LOCAL, e.pos());
        // super() in a function counts as a use of __class__
        if (load && cur.type == BlockType.FUNCTION && e.id().equals("super")) {
            addDef("__class__", USE, e.pos());
        }
        return null;
    }

    @Override
    public Void visitList(Expr.List e) {
        exprs(e.elts());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        exprs(e.elts());
        return null;
    }

    // ---- arguments and annotations ---------------------------------------------------------

    private void defineParams(List<Arg> args) {
        for (int i = 0, n = args.size(); i < n; i++) {
            Arg a = args.get(i);
            addDef(a.arg(), DEF_PARAM, a.pos());
        }
    }

    private void defineArguments(Arguments a) {
        defineParams(a.posonlyargs());
        defineParams(a.args());
        defineParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg().pos());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().pos());
            cur.varkeywords = true;
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (int i = 0, n = args.size(); i < n; i++) {
            Arg a = args.get(i);
            if (a.annotation() != null) {
                expr(a.annotation());
            }
        }
    }

    private void annotations(Stmt s, Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, s);
        }
        argAnnotations(a.posonlyargs());
        argAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            expr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            expr(a.kwarg().annotation());
        }
        argAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void annotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation);
        }
        expr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    // ---- patterns --------------------------------------------------------------------------

    private void patterns(List<Pattern> patterns) {
        for (int i = 0, n = patterns.size(); i < n; i++) {
            pattern(patterns.get(i));
        }
    }

    private void pattern(Pattern p) {
        if (++depth > RECURSION_LIMIT) {
            throw new CompilerRecursionError();
        }
        p.accept(this);
        depth--;
    }

    @Override
    public Void visitMatchValue(Pattern.MatchValue p) {
        expr(p.value());
        return null;
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton p) {
        return null;
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence p) {
        patterns(p.patterns());
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar p) {
        if (p.name() != null) {
            addDef(p.name(), DEF_LOCAL, p.pos());
        }
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping p) {
        exprs(p.keys());
        patterns(p.patterns());
        if (p.rest() != null) {
            addDef(p.rest(), DEF_LOCAL, p.pos());
        }
        return null;
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass p) {
        expr(p.cls());
        patterns(p.patterns());
        patterns(p.kwdPatterns());
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs p) {
        if (p.pattern() != null) {
            pattern(p.pattern());
        }
        if (p.name() != null) {
            addDef(p.name(), DEF_LOCAL, p.pos());
        }
        return null;
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr p) {
        patterns(p.patterns());
        return null;
    }

    @Override
    public Void visitDefault(Node node) {
        throw new IllegalArgumentException("unexpected node in the symbol table pass: " + node.typeName());
    }

    // ---- for the analysis ------------------------------------------------------------------

    String filename() {
        return filename;
    }
}
