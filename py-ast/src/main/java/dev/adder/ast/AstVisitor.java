// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * A visitor with one method per concrete node type; each defaults to
 * {@link #visitDefault(Node)}.
 *
 * <p>CPython: {@code ast.NodeVisitor} (Lib/ast.py), whose {@code visit_X} methods these are.
 *
 * @param <R> the result type
 */
public interface AstVisitor<R> {

    /** Called by every visit method that is not overridden; returns null unless overridden. */
    default R visitDefault(Node node) {
        return null;
    }

    /** Visits {@code ast.Module}. */
    default R visitModule(Mod.Module node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Interactive}. */
    default R visitInteractive(Mod.Interactive node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Expression}. */
    default R visitExpression(Mod.Expression node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.FunctionType}. */
    default R visitFunctionType(Mod.FunctionType node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.FunctionDef}. */
    default R visitFunctionDef(Stmt.FunctionDef node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.AsyncFunctionDef}. */
    default R visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.ClassDef}. */
    default R visitClassDef(Stmt.ClassDef node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Return}. */
    default R visitReturn(Stmt.Return node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Delete}. */
    default R visitDelete(Stmt.Delete node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Assign}. */
    default R visitAssign(Stmt.Assign node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.AugAssign}. */
    default R visitAugAssign(Stmt.AugAssign node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.AnnAssign}. */
    default R visitAnnAssign(Stmt.AnnAssign node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.For}. */
    default R visitFor(Stmt.For node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.AsyncFor}. */
    default R visitAsyncFor(Stmt.AsyncFor node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.While}. */
    default R visitWhile(Stmt.While node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.If}. */
    default R visitIf(Stmt.If node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.With}. */
    default R visitWith(Stmt.With node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.AsyncWith}. */
    default R visitAsyncWith(Stmt.AsyncWith node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Match}. */
    default R visitMatch(Stmt.Match node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Raise}. */
    default R visitRaise(Stmt.Raise node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Try}. */
    default R visitTry(Stmt.Try node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.TryStar}. */
    default R visitTryStar(Stmt.TryStar node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Assert}. */
    default R visitAssert(Stmt.Assert node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Import}. */
    default R visitImport(Stmt.Import node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.ImportFrom}. */
    default R visitImportFrom(Stmt.ImportFrom node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Global}. */
    default R visitGlobal(Stmt.Global node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Nonlocal}. */
    default R visitNonlocal(Stmt.Nonlocal node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Expr}. */
    default R visitExpr(Stmt.Expr node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Pass}. */
    default R visitPass(Stmt.Pass node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Break}. */
    default R visitBreak(Stmt.Break node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Continue}. */
    default R visitContinue(Stmt.Continue node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.BoolOp}. */
    default R visitBoolOp(Expr.BoolOp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.NamedExpr}. */
    default R visitNamedExpr(Expr.NamedExpr node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.BinOp}. */
    default R visitBinOp(Expr.BinOp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.UnaryOp}. */
    default R visitUnaryOp(Expr.UnaryOp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Lambda}. */
    default R visitLambda(Expr.Lambda node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.IfExp}. */
    default R visitIfExp(Expr.IfExp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Dict}. */
    default R visitDict(Expr.Dict node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Set}. */
    default R visitSet(Expr.Set node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.ListComp}. */
    default R visitListComp(Expr.ListComp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.SetComp}. */
    default R visitSetComp(Expr.SetComp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.DictComp}. */
    default R visitDictComp(Expr.DictComp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.GeneratorExp}. */
    default R visitGeneratorExp(Expr.GeneratorExp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Await}. */
    default R visitAwait(Expr.Await node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Yield}. */
    default R visitYield(Expr.Yield node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.YieldFrom}. */
    default R visitYieldFrom(Expr.YieldFrom node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Compare}. */
    default R visitCompare(Expr.Compare node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Call}. */
    default R visitCall(Expr.Call node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.FormattedValue}. */
    default R visitFormattedValue(Expr.FormattedValue node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.JoinedStr}. */
    default R visitJoinedStr(Expr.JoinedStr node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Constant}. */
    default R visitConstant(Expr.Constant node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Attribute}. */
    default R visitAttribute(Expr.Attribute node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Subscript}. */
    default R visitSubscript(Expr.Subscript node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Starred}. */
    default R visitStarred(Expr.Starred node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Name}. */
    default R visitName(Expr.Name node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.List}. */
    default R visitList(Expr.List node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Tuple}. */
    default R visitTuple(Expr.Tuple node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Slice}. */
    default R visitSlice(Expr.Slice node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.ExprContext}. */
    default R visitExprContext(ExprContext node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.BoolOpKind}. */
    default R visitBoolOpKind(BoolOpKind node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Operator}. */
    default R visitOperator(Operator node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.UnaryOpKind}. */
    default R visitUnaryOpKind(UnaryOpKind node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.CmpOp}. */
    default R visitCmpOp(CmpOp node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Comprehension}. */
    default R visitComprehension(Comprehension node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.ExceptHandler}. */
    default R visitExceptHandler(ExceptHandler node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Arguments}. */
    default R visitArguments(Arguments node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Arg}. */
    default R visitArg(Arg node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Keyword}. */
    default R visitKeyword(Keyword node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.Alias}. */
    default R visitAlias(Alias node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.WithItem}. */
    default R visitWithItem(WithItem node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchCase}. */
    default R visitMatchCase(MatchCase node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchValue}. */
    default R visitMatchValue(Pattern.MatchValue node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchSingleton}. */
    default R visitMatchSingleton(Pattern.MatchSingleton node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchSequence}. */
    default R visitMatchSequence(Pattern.MatchSequence node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchMapping}. */
    default R visitMatchMapping(Pattern.MatchMapping node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchClass}. */
    default R visitMatchClass(Pattern.MatchClass node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchStar}. */
    default R visitMatchStar(Pattern.MatchStar node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchAs}. */
    default R visitMatchAs(Pattern.MatchAs node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.MatchOr}. */
    default R visitMatchOr(Pattern.MatchOr node) {
        return visitDefault(node);
    }

    /** Visits {@code ast.TypeIgnore}. */
    default R visitTypeIgnore(TypeIgnore node) {
        return visitDefault(node);
    }
}
