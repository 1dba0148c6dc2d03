// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * A visitor that visits every child of every node, in field order. Override a visit method
 * to act on a node type and call {@code super.visitX(node)} to continue into its children.
 *
 * <p>CPython: {@code ast.NodeVisitor.generic_visit} (Lib/ast.py).
 */
public class AstWalker implements AstVisitor<Void> {

    /** Creates a walker. */
    public AstWalker() {
    }

    /**
     * Visits {@code node} unless it is null; the visit methods call this for every child, so
     * an override sees every node of the tree (call {@code super.walk(node)} to go on).
     */
    public void walk(Node node) {
        if (node != null) {
            node.accept(this);
        }
    }

    /** Walks each node of {@code nodes} in order (null elements are skipped). */
    protected final void walkAll(java.util.List<? extends Node> nodes) {
        for (int i = 0, n = nodes.size(); i < n; i++) {
            walk(nodes.get(i));
        }
    }

    @Override
    public Void visitModule(Mod.Module node) {
        walkAll(node.body());
        walkAll(node.typeIgnores());
        return null;
    }

    @Override
    public Void visitInteractive(Mod.Interactive node) {
        walkAll(node.body());
        return null;
    }

    @Override
    public Void visitExpression(Mod.Expression node) {
        walk(node.body());
        return null;
    }

    @Override
    public Void visitFunctionType(Mod.FunctionType node) {
        walkAll(node.argtypes());
        walk(node.returns());
        return null;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef node) {
        walk(node.args());
        walkAll(node.body());
        walkAll(node.decoratorList());
        walk(node.returns());
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        walk(node.args());
        walkAll(node.body());
        walkAll(node.decoratorList());
        walk(node.returns());
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef node) {
        walkAll(node.bases());
        walkAll(node.keywords());
        walkAll(node.body());
        walkAll(node.decoratorList());
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete node) {
        walkAll(node.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign node) {
        walkAll(node.targets());
        walk(node.value());
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign node) {
        walk(node.target());
        walk(node.op());
        walk(node.value());
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign node) {
        walk(node.target());
        walk(node.annotation());
        walk(node.value());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For node) {
        walk(node.target());
        walk(node.iter());
        walkAll(node.body());
        walkAll(node.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor node) {
        walk(node.target());
        walk(node.iter());
        walkAll(node.body());
        walkAll(node.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While node) {
        walk(node.test());
        walkAll(node.body());
        walkAll(node.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If node) {
        walk(node.test());
        walkAll(node.body());
        walkAll(node.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With node) {
        walkAll(node.items());
        walkAll(node.body());
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith node) {
        walkAll(node.items());
        walkAll(node.body());
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match node) {
        walk(node.subject());
        walkAll(node.cases());
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise node) {
        walk(node.exc());
        walk(node.cause());
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try node) {
        walkAll(node.body());
        walkAll(node.handlers());
        walkAll(node.orelse());
        walkAll(node.finalbody());
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar node) {
        walkAll(node.body());
        walkAll(node.handlers());
        walkAll(node.orelse());
        walkAll(node.finalbody());
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert node) {
        walk(node.test());
        walk(node.msg());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import node) {
        walkAll(node.names());
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom node) {
        walkAll(node.names());
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global node) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal node) {
        return null;
    }

    @Override
    public Void visitExpr(Stmt.Expr node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass node) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break node) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue node) {
        return null;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp node) {
        walk(node.op());
        walkAll(node.values());
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr node) {
        walk(node.target());
        walk(node.value());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp node) {
        walk(node.left());
        walk(node.op());
        walk(node.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp node) {
        walk(node.op());
        walk(node.operand());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda node) {
        walk(node.args());
        walk(node.body());
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp node) {
        walk(node.test());
        walk(node.body());
        walk(node.orelse());
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict node) {
        walkAll(node.keys());
        walkAll(node.values());
        return null;
    }

    @Override
    public Void visitSet(Expr.Set node) {
        walkAll(node.elts());
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp node) {
        walk(node.elt());
        walkAll(node.generators());
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp node) {
        walk(node.elt());
        walkAll(node.generators());
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp node) {
        walk(node.key());
        walk(node.value());
        walkAll(node.generators());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp node) {
        walk(node.elt());
        walkAll(node.generators());
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare node) {
        walk(node.left());
        walkAll(node.ops());
        walkAll(node.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call node) {
        walk(node.func());
        walkAll(node.args());
        walkAll(node.keywords());
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue node) {
        walk(node.value());
        walk(node.formatSpec());
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr node) {
        walkAll(node.values());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant node) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute node) {
        walk(node.value());
        walk(node.ctx());
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript node) {
        walk(node.value());
        walk(node.slice());
        walk(node.ctx());
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred node) {
        walk(node.value());
        walk(node.ctx());
        return null;
    }

    @Override
    public Void visitName(Expr.Name node) {
        walk(node.ctx());
        return null;
    }

    @Override
    public Void visitList(Expr.List node) {
        walkAll(node.elts());
        walk(node.ctx());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple node) {
        walkAll(node.elts());
        walk(node.ctx());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice node) {
        walk(node.lower());
        walk(node.upper());
        walk(node.step());
        return null;
    }

    @Override
    public Void visitComprehension(Comprehension node) {
        walk(node.target());
        walk(node.iter());
        walkAll(node.ifs());
        return null;
    }

    @Override
    public Void visitExceptHandler(ExceptHandler node) {
        walk(node.type());
        walkAll(node.body());
        return null;
    }

    @Override
    public Void visitArguments(Arguments node) {
        walkAll(node.posonlyargs());
        walkAll(node.args());
        walk(node.vararg());
        walkAll(node.kwonlyargs());
        walkAll(node.kwDefaults());
        walk(node.kwarg());
        walkAll(node.defaults());
        return null;
    }

    @Override
    public Void visitArg(Arg node) {
        walk(node.annotation());
        return null;
    }

    @Override
    public Void visitKeyword(Keyword node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitAlias(Alias node) {
        return null;
    }

    @Override
    public Void visitWithItem(WithItem node) {
        walk(node.contextExpr());
        walk(node.optionalVars());
        return null;
    }

    @Override
    public Void visitMatchCase(MatchCase node) {
        walk(node.pattern());
        walk(node.guard());
        walkAll(node.body());
        return null;
    }

    @Override
    public Void visitMatchValue(Pattern.MatchValue node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton node) {
        return null;
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence node) {
        walkAll(node.patterns());
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping node) {
        walkAll(node.keys());
        walkAll(node.patterns());
        return null;
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass node) {
        walk(node.cls());
        walkAll(node.patterns());
        walkAll(node.kwdPatterns());
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar node) {
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs node) {
        walk(node.pattern());
        return null;
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr node) {
        walkAll(node.patterns());
        return null;
    }

    @Override
    public Void visitTypeIgnore(TypeIgnore node) {
        return null;
    }

    @Override
    public Void visitExprContext(ExprContext node) {
        return null;
    }

    @Override
    public Void visitBoolOpKind(BoolOpKind node) {
        return null;
    }

    @Override
    public Void visitOperator(Operator node) {
        return null;
    }

    @Override
    public Void visitUnaryOpKind(UnaryOpKind node) {
        return null;
    }

    @Override
    public Void visitCmpOp(CmpOp node) {
        return null;
    }
}
