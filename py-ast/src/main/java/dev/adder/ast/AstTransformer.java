// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * A visitor that returns a rebuilt tree: each visit method transforms the node's children
 * and returns the node itself when none changed, else a new node with the new children.
 * Override a visit method to replace a node; a null result removes the node from a list
 * field (and leaves an optional field absent). A replacement must have the type the field
 * holds, or a {@code ClassCastException} follows.
 *
 * <p>CPython: {@code ast.NodeTransformer} (Lib/ast.py).
 */
public class AstTransformer implements AstVisitor<Node> {

    /** Creates a transformer. */
    public AstTransformer() {
    }

    /** Returns the node unchanged: the result for node types without children. */
    @Override
    public Node visitDefault(Node node) {
        return node;
    }

    /** Transforms {@code node} (null stays null). */
    @SuppressWarnings("unchecked")
    protected final <T extends Node> T transform(T node) {
        return node == null ? null : (T) node.accept(this);
    }

    /**
     * Transforms each node of {@code nodes}, dropping null results; returns {@code nodes}
     * itself when nothing changed.
     */
    protected final <T extends Node> java.util.List<T> transformAll(java.util.List<T> nodes) {
        java.util.List<T> out = null;
        for (int i = 0, n = nodes.size(); i < n; i++) {
            T old = nodes.get(i);
            T now = transform(old);
            if (out == null && now != old) {
                out = new java.util.ArrayList<>(nodes.subList(0, i));
            }
            if (out != null && now != null) {
                out.add(now);
            }
        }
        return out == null ? nodes : out;
    }

    /**
     * Transforms each node of {@code nodes}, keeping null elements and results in place
     * (for {@code Dict.keys} and {@code Arguments.kwDefaults}, where null means None).
     */
    protected final <T extends Node> java.util.List<T> transformEach(java.util.List<T> nodes) {
        java.util.List<T> out = null;
        for (int i = 0, n = nodes.size(); i < n; i++) {
            T old = nodes.get(i);
            T now = transform(old);
            if (out == null && now != old) {
                out = new java.util.ArrayList<>(nodes.subList(0, i));
            }
            if (out != null) {
                out.add(now);
            }
        }
        return out == null ? nodes : out;
    }

    @Override
    public Node visitModule(Mod.Module node) {
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<TypeIgnore> typeIgnores = transformAll(node.typeIgnores());
        if (body != node.body()
                || typeIgnores != node.typeIgnores()) {
            return new Mod.Module(body, typeIgnores);
        }
        return node;
    }

    @Override
    public Node visitInteractive(Mod.Interactive node) {
        java.util.List<Stmt> body = transformAll(node.body());
        if (body != node.body()) {
            return new Mod.Interactive(body);
        }
        return node;
    }

    @Override
    public Node visitExpression(Mod.Expression node) {
        Expr body = transform(node.body());
        if (body != node.body()) {
            return new Mod.Expression(body);
        }
        return node;
    }

    @Override
    public Node visitFunctionType(Mod.FunctionType node) {
        java.util.List<Expr> argtypes = transformAll(node.argtypes());
        Expr returns = transform(node.returns());
        if (argtypes != node.argtypes()
                || returns != node.returns()) {
            return new Mod.FunctionType(argtypes, returns);
        }
        return node;
    }

    @Override
    public Node visitFunctionDef(Stmt.FunctionDef node) {
        Arguments args = transform(node.args());
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<Expr> decoratorList = transformAll(node.decoratorList());
        Expr returns = transform(node.returns());
        if (args != node.args()
                || body != node.body()
                || decoratorList != node.decoratorList()
                || returns != node.returns()) {
            return new Stmt.FunctionDef(node.name(), args, body, decoratorList, returns, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        Arguments args = transform(node.args());
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<Expr> decoratorList = transformAll(node.decoratorList());
        Expr returns = transform(node.returns());
        if (args != node.args()
                || body != node.body()
                || decoratorList != node.decoratorList()
                || returns != node.returns()) {
            return new Stmt.AsyncFunctionDef(node.name(), args, body, decoratorList, returns, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitClassDef(Stmt.ClassDef node) {
        java.util.List<Expr> bases = transformAll(node.bases());
        java.util.List<Keyword> keywords = transformAll(node.keywords());
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<Expr> decoratorList = transformAll(node.decoratorList());
        if (bases != node.bases()
                || keywords != node.keywords()
                || body != node.body()
                || decoratorList != node.decoratorList()) {
            return new Stmt.ClassDef(node.name(), bases, keywords, body, decoratorList, node.pos());
        }
        return node;
    }

    @Override
    public Node visitReturn(Stmt.Return node) {
        Expr value = transform(node.value());
        if (value != node.value()) {
            return new Stmt.Return(value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitDelete(Stmt.Delete node) {
        java.util.List<Expr> targets = transformAll(node.targets());
        if (targets != node.targets()) {
            return new Stmt.Delete(targets, node.pos());
        }
        return node;
    }

    @Override
    public Node visitAssign(Stmt.Assign node) {
        java.util.List<Expr> targets = transformAll(node.targets());
        Expr value = transform(node.value());
        if (targets != node.targets()
                || value != node.value()) {
            return new Stmt.Assign(targets, value, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitAugAssign(Stmt.AugAssign node) {
        Expr target = transform(node.target());
        Operator op = transform(node.op());
        Expr value = transform(node.value());
        if (target != node.target()
                || op != node.op()
                || value != node.value()) {
            return new Stmt.AugAssign(target, op, value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitAnnAssign(Stmt.AnnAssign node) {
        Expr target = transform(node.target());
        Expr annotation = transform(node.annotation());
        Expr value = transform(node.value());
        if (target != node.target()
                || annotation != node.annotation()
                || value != node.value()) {
            return new Stmt.AnnAssign(target, annotation, value, node.simple(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitFor(Stmt.For node) {
        Expr target = transform(node.target());
        Expr iter = transform(node.iter());
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<Stmt> orelse = transformAll(node.orelse());
        if (target != node.target()
                || iter != node.iter()
                || body != node.body()
                || orelse != node.orelse()) {
            return new Stmt.For(target, iter, body, orelse, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitAsyncFor(Stmt.AsyncFor node) {
        Expr target = transform(node.target());
        Expr iter = transform(node.iter());
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<Stmt> orelse = transformAll(node.orelse());
        if (target != node.target()
                || iter != node.iter()
                || body != node.body()
                || orelse != node.orelse()) {
            return new Stmt.AsyncFor(target, iter, body, orelse, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitWhile(Stmt.While node) {
        Expr test = transform(node.test());
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<Stmt> orelse = transformAll(node.orelse());
        if (test != node.test()
                || body != node.body()
                || orelse != node.orelse()) {
            return new Stmt.While(test, body, orelse, node.pos());
        }
        return node;
    }

    @Override
    public Node visitIf(Stmt.If node) {
        Expr test = transform(node.test());
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<Stmt> orelse = transformAll(node.orelse());
        if (test != node.test()
                || body != node.body()
                || orelse != node.orelse()) {
            return new Stmt.If(test, body, orelse, node.pos());
        }
        return node;
    }

    @Override
    public Node visitWith(Stmt.With node) {
        java.util.List<WithItem> items = transformAll(node.items());
        java.util.List<Stmt> body = transformAll(node.body());
        if (items != node.items()
                || body != node.body()) {
            return new Stmt.With(items, body, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitAsyncWith(Stmt.AsyncWith node) {
        java.util.List<WithItem> items = transformAll(node.items());
        java.util.List<Stmt> body = transformAll(node.body());
        if (items != node.items()
                || body != node.body()) {
            return new Stmt.AsyncWith(items, body, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitMatch(Stmt.Match node) {
        Expr subject = transform(node.subject());
        java.util.List<MatchCase> cases = transformAll(node.cases());
        if (subject != node.subject()
                || cases != node.cases()) {
            return new Stmt.Match(subject, cases, node.pos());
        }
        return node;
    }

    @Override
    public Node visitRaise(Stmt.Raise node) {
        Expr exc = transform(node.exc());
        Expr cause = transform(node.cause());
        if (exc != node.exc()
                || cause != node.cause()) {
            return new Stmt.Raise(exc, cause, node.pos());
        }
        return node;
    }

    @Override
    public Node visitTry(Stmt.Try node) {
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<ExceptHandler> handlers = transformAll(node.handlers());
        java.util.List<Stmt> orelse = transformAll(node.orelse());
        java.util.List<Stmt> finalbody = transformAll(node.finalbody());
        if (body != node.body()
                || handlers != node.handlers()
                || orelse != node.orelse()
                || finalbody != node.finalbody()) {
            return new Stmt.Try(body, handlers, orelse, finalbody, node.pos());
        }
        return node;
    }

    @Override
    public Node visitTryStar(Stmt.TryStar node) {
        java.util.List<Stmt> body = transformAll(node.body());
        java.util.List<ExceptHandler> handlers = transformAll(node.handlers());
        java.util.List<Stmt> orelse = transformAll(node.orelse());
        java.util.List<Stmt> finalbody = transformAll(node.finalbody());
        if (body != node.body()
                || handlers != node.handlers()
                || orelse != node.orelse()
                || finalbody != node.finalbody()) {
            return new Stmt.TryStar(body, handlers, orelse, finalbody, node.pos());
        }
        return node;
    }

    @Override
    public Node visitAssert(Stmt.Assert node) {
        Expr test = transform(node.test());
        Expr msg = transform(node.msg());
        if (test != node.test()
                || msg != node.msg()) {
            return new Stmt.Assert(test, msg, node.pos());
        }
        return node;
    }

    @Override
    public Node visitImport(Stmt.Import node) {
        java.util.List<Alias> names = transformAll(node.names());
        if (names != node.names()) {
            return new Stmt.Import(names, node.pos());
        }
        return node;
    }

    @Override
    public Node visitImportFrom(Stmt.ImportFrom node) {
        java.util.List<Alias> names = transformAll(node.names());
        if (names != node.names()) {
            return new Stmt.ImportFrom(node.module(), names, node.level(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitGlobal(Stmt.Global node) {
        return node;
    }

    @Override
    public Node visitNonlocal(Stmt.Nonlocal node) {
        return node;
    }

    @Override
    public Node visitExpr(Stmt.Expr node) {
        Expr value = transform(node.value());
        if (value != node.value()) {
            return new Stmt.Expr(value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitPass(Stmt.Pass node) {
        return node;
    }

    @Override
    public Node visitBreak(Stmt.Break node) {
        return node;
    }

    @Override
    public Node visitContinue(Stmt.Continue node) {
        return node;
    }

    @Override
    public Node visitBoolOp(Expr.BoolOp node) {
        BoolOpKind op = transform(node.op());
        java.util.List<Expr> values = transformAll(node.values());
        if (op != node.op()
                || values != node.values()) {
            return new Expr.BoolOp(op, values, node.pos());
        }
        return node;
    }

    @Override
    public Node visitNamedExpr(Expr.NamedExpr node) {
        Expr target = transform(node.target());
        Expr value = transform(node.value());
        if (target != node.target()
                || value != node.value()) {
            return new Expr.NamedExpr(target, value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitBinOp(Expr.BinOp node) {
        Expr left = transform(node.left());
        Operator op = transform(node.op());
        Expr right = transform(node.right());
        if (left != node.left()
                || op != node.op()
                || right != node.right()) {
            return new Expr.BinOp(left, op, right, node.pos());
        }
        return node;
    }

    @Override
    public Node visitUnaryOp(Expr.UnaryOp node) {
        UnaryOpKind op = transform(node.op());
        Expr operand = transform(node.operand());
        if (op != node.op()
                || operand != node.operand()) {
            return new Expr.UnaryOp(op, operand, node.pos());
        }
        return node;
    }

    @Override
    public Node visitLambda(Expr.Lambda node) {
        Arguments args = transform(node.args());
        Expr body = transform(node.body());
        if (args != node.args()
                || body != node.body()) {
            return new Expr.Lambda(args, body, node.pos());
        }
        return node;
    }

    @Override
    public Node visitIfExp(Expr.IfExp node) {
        Expr test = transform(node.test());
        Expr body = transform(node.body());
        Expr orelse = transform(node.orelse());
        if (test != node.test()
                || body != node.body()
                || orelse != node.orelse()) {
            return new Expr.IfExp(test, body, orelse, node.pos());
        }
        return node;
    }

    @Override
    public Node visitDict(Expr.Dict node) {
        java.util.List<Expr> keys = transformEach(node.keys());
        java.util.List<Expr> values = transformAll(node.values());
        if (keys != node.keys()
                || values != node.values()) {
            return new Expr.Dict(keys, values, node.pos());
        }
        return node;
    }

    @Override
    public Node visitSet(Expr.Set node) {
        java.util.List<Expr> elts = transformAll(node.elts());
        if (elts != node.elts()) {
            return new Expr.Set(elts, node.pos());
        }
        return node;
    }

    @Override
    public Node visitListComp(Expr.ListComp node) {
        Expr elt = transform(node.elt());
        java.util.List<Comprehension> generators = transformAll(node.generators());
        if (elt != node.elt()
                || generators != node.generators()) {
            return new Expr.ListComp(elt, generators, node.pos());
        }
        return node;
    }

    @Override
    public Node visitSetComp(Expr.SetComp node) {
        Expr elt = transform(node.elt());
        java.util.List<Comprehension> generators = transformAll(node.generators());
        if (elt != node.elt()
                || generators != node.generators()) {
            return new Expr.SetComp(elt, generators, node.pos());
        }
        return node;
    }

    @Override
    public Node visitDictComp(Expr.DictComp node) {
        Expr key = transform(node.key());
        Expr value = transform(node.value());
        java.util.List<Comprehension> generators = transformAll(node.generators());
        if (key != node.key()
                || value != node.value()
                || generators != node.generators()) {
            return new Expr.DictComp(key, value, generators, node.pos());
        }
        return node;
    }

    @Override
    public Node visitGeneratorExp(Expr.GeneratorExp node) {
        Expr elt = transform(node.elt());
        java.util.List<Comprehension> generators = transformAll(node.generators());
        if (elt != node.elt()
                || generators != node.generators()) {
            return new Expr.GeneratorExp(elt, generators, node.pos());
        }
        return node;
    }

    @Override
    public Node visitAwait(Expr.Await node) {
        Expr value = transform(node.value());
        if (value != node.value()) {
            return new Expr.Await(value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitYield(Expr.Yield node) {
        Expr value = transform(node.value());
        if (value != node.value()) {
            return new Expr.Yield(value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitYieldFrom(Expr.YieldFrom node) {
        Expr value = transform(node.value());
        if (value != node.value()) {
            return new Expr.YieldFrom(value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitCompare(Expr.Compare node) {
        Expr left = transform(node.left());
        java.util.List<CmpOp> ops = transformAll(node.ops());
        java.util.List<Expr> comparators = transformAll(node.comparators());
        if (left != node.left()
                || ops != node.ops()
                || comparators != node.comparators()) {
            return new Expr.Compare(left, ops, comparators, node.pos());
        }
        return node;
    }

    @Override
    public Node visitCall(Expr.Call node) {
        Expr func = transform(node.func());
        java.util.List<Expr> args = transformAll(node.args());
        java.util.List<Keyword> keywords = transformAll(node.keywords());
        if (func != node.func()
                || args != node.args()
                || keywords != node.keywords()) {
            return new Expr.Call(func, args, keywords, node.pos());
        }
        return node;
    }

    @Override
    public Node visitFormattedValue(Expr.FormattedValue node) {
        Expr value = transform(node.value());
        Expr formatSpec = transform(node.formatSpec());
        if (value != node.value()
                || formatSpec != node.formatSpec()) {
            return new Expr.FormattedValue(value, node.conversion(), formatSpec, node.pos());
        }
        return node;
    }

    @Override
    public Node visitJoinedStr(Expr.JoinedStr node) {
        java.util.List<Expr> values = transformAll(node.values());
        if (values != node.values()) {
            return new Expr.JoinedStr(values, node.pos());
        }
        return node;
    }

    @Override
    public Node visitConstant(Expr.Constant node) {
        return node;
    }

    @Override
    public Node visitAttribute(Expr.Attribute node) {
        Expr value = transform(node.value());
        ExprContext ctx = transform(node.ctx());
        if (value != node.value()
                || ctx != node.ctx()) {
            return new Expr.Attribute(value, node.attr(), ctx, node.pos());
        }
        return node;
    }

    @Override
    public Node visitSubscript(Expr.Subscript node) {
        Expr value = transform(node.value());
        Expr slice = transform(node.slice());
        ExprContext ctx = transform(node.ctx());
        if (value != node.value()
                || slice != node.slice()
                || ctx != node.ctx()) {
            return new Expr.Subscript(value, slice, ctx, node.pos());
        }
        return node;
    }

    @Override
    public Node visitStarred(Expr.Starred node) {
        Expr value = transform(node.value());
        ExprContext ctx = transform(node.ctx());
        if (value != node.value()
                || ctx != node.ctx()) {
            return new Expr.Starred(value, ctx, node.pos());
        }
        return node;
    }

    @Override
    public Node visitName(Expr.Name node) {
        ExprContext ctx = transform(node.ctx());
        if (ctx != node.ctx()) {
            return new Expr.Name(node.id(), ctx, node.pos());
        }
        return node;
    }

    @Override
    public Node visitList(Expr.List node) {
        java.util.List<Expr> elts = transformAll(node.elts());
        ExprContext ctx = transform(node.ctx());
        if (elts != node.elts()
                || ctx != node.ctx()) {
            return new Expr.List(elts, ctx, node.pos());
        }
        return node;
    }

    @Override
    public Node visitTuple(Expr.Tuple node) {
        java.util.List<Expr> elts = transformAll(node.elts());
        ExprContext ctx = transform(node.ctx());
        if (elts != node.elts()
                || ctx != node.ctx()) {
            return new Expr.Tuple(elts, ctx, node.pos());
        }
        return node;
    }

    @Override
    public Node visitSlice(Expr.Slice node) {
        Expr lower = transform(node.lower());
        Expr upper = transform(node.upper());
        Expr step = transform(node.step());
        if (lower != node.lower()
                || upper != node.upper()
                || step != node.step()) {
            return new Expr.Slice(lower, upper, step, node.pos());
        }
        return node;
    }

    @Override
    public Node visitComprehension(Comprehension node) {
        Expr target = transform(node.target());
        Expr iter = transform(node.iter());
        java.util.List<Expr> ifs = transformAll(node.ifs());
        if (target != node.target()
                || iter != node.iter()
                || ifs != node.ifs()) {
            return new Comprehension(target, iter, ifs, node.isAsync());
        }
        return node;
    }

    @Override
    public Node visitExceptHandler(ExceptHandler node) {
        Expr type = transform(node.type());
        java.util.List<Stmt> body = transformAll(node.body());
        if (type != node.type()
                || body != node.body()) {
            return new ExceptHandler(type, node.name(), body, node.pos());
        }
        return node;
    }

    @Override
    public Node visitArguments(Arguments node) {
        java.util.List<Arg> posonlyargs = transformAll(node.posonlyargs());
        java.util.List<Arg> args = transformAll(node.args());
        Arg vararg = transform(node.vararg());
        java.util.List<Arg> kwonlyargs = transformAll(node.kwonlyargs());
        java.util.List<Expr> kwDefaults = transformEach(node.kwDefaults());
        Arg kwarg = transform(node.kwarg());
        java.util.List<Expr> defaults = transformAll(node.defaults());
        if (posonlyargs != node.posonlyargs()
                || args != node.args()
                || vararg != node.vararg()
                || kwonlyargs != node.kwonlyargs()
                || kwDefaults != node.kwDefaults()
                || kwarg != node.kwarg()
                || defaults != node.defaults()) {
            return new Arguments(posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults);
        }
        return node;
    }

    @Override
    public Node visitArg(Arg node) {
        Expr annotation = transform(node.annotation());
        if (annotation != node.annotation()) {
            return new Arg(node.arg(), annotation, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitKeyword(Keyword node) {
        Expr value = transform(node.value());
        if (value != node.value()) {
            return new Keyword(node.arg(), value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitAlias(Alias node) {
        return node;
    }

    @Override
    public Node visitWithItem(WithItem node) {
        Expr contextExpr = transform(node.contextExpr());
        Expr optionalVars = transform(node.optionalVars());
        if (contextExpr != node.contextExpr()
                || optionalVars != node.optionalVars()) {
            return new WithItem(contextExpr, optionalVars);
        }
        return node;
    }

    @Override
    public Node visitMatchCase(MatchCase node) {
        Pattern pattern = transform(node.pattern());
        Expr guard = transform(node.guard());
        java.util.List<Stmt> body = transformAll(node.body());
        if (pattern != node.pattern()
                || guard != node.guard()
                || body != node.body()) {
            return new MatchCase(pattern, guard, body);
        }
        return node;
    }

    @Override
    public Node visitMatchValue(Pattern.MatchValue node) {
        Expr value = transform(node.value());
        if (value != node.value()) {
            return new Pattern.MatchValue(value, node.pos());
        }
        return node;
    }

    @Override
    public Node visitMatchSingleton(Pattern.MatchSingleton node) {
        return node;
    }

    @Override
    public Node visitMatchSequence(Pattern.MatchSequence node) {
        java.util.List<Pattern> patterns = transformAll(node.patterns());
        if (patterns != node.patterns()) {
            return new Pattern.MatchSequence(patterns, node.pos());
        }
        return node;
    }

    @Override
    public Node visitMatchMapping(Pattern.MatchMapping node) {
        java.util.List<Expr> keys = transformAll(node.keys());
        java.util.List<Pattern> patterns = transformAll(node.patterns());
        if (keys != node.keys()
                || patterns != node.patterns()) {
            return new Pattern.MatchMapping(keys, patterns, node.rest(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitMatchClass(Pattern.MatchClass node) {
        Expr cls = transform(node.cls());
        java.util.List<Pattern> patterns = transformAll(node.patterns());
        java.util.List<Pattern> kwdPatterns = transformAll(node.kwdPatterns());
        if (cls != node.cls()
                || patterns != node.patterns()
                || kwdPatterns != node.kwdPatterns()) {
            return new Pattern.MatchClass(cls, patterns, node.kwdAttrs(), kwdPatterns, node.pos());
        }
        return node;
    }

    @Override
    public Node visitMatchStar(Pattern.MatchStar node) {
        return node;
    }

    @Override
    public Node visitMatchAs(Pattern.MatchAs node) {
        Pattern pattern = transform(node.pattern());
        if (pattern != node.pattern()) {
            return new Pattern.MatchAs(pattern, node.name(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitMatchOr(Pattern.MatchOr node) {
        java.util.List<Pattern> patterns = transformAll(node.patterns());
        if (patterns != node.patterns()) {
            return new Pattern.MatchOr(patterns, node.pos());
        }
        return node;
    }

    @Override
    public Node visitTypeIgnore(TypeIgnore node) {
        return node;
    }

    @Override
    public Node visitExprContext(ExprContext node) {
        return node;
    }

    @Override
    public Node visitBoolOpKind(BoolOpKind node) {
        return node;
    }

    @Override
    public Node visitOperator(Operator node) {
        return node;
    }

    @Override
    public Node visitUnaryOpKind(UnaryOpKind node) {
        return node;
    }

    @Override
    public Node visitCmpOp(CmpOp node) {
        return node;
    }
}
