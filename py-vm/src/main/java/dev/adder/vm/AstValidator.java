package dev.adder.vm;

import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.Comprehension;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.ExceptHandler;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Mod;
import dev.adder.ast.Operator;
import dev.adder.ast.Pattern;
import dev.adder.ast.Stmt;
import dev.adder.ast.UnaryOpKind;
import dev.adder.ast.WithItem;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.exceptions.PyExc;
import java.util.List;

/**
 * Checks a tree that came from Python node objects before it is compiled: contexts, empty
 * bodies, list lengths, names that are constants, and the shapes patterns may take, with
 * CPython's messages. Trees from the parser never need it.
 *
 * <p>CPython: Python/ast.c ({@code _PyAST_Validate}, {@code validate_stmt},
 * {@code validate_expr}, {@code validate_pattern}).
 */
final class AstValidator {
    private static final int MAX_DEPTH = 3000;

    private int depth;

    private AstValidator() {
    }

    /** Validates {@code mod}, raising CPython's ValueError or TypeError for a malformed tree. */
    static void validate(Mod mod) {
        AstValidator v = new AstValidator();
        if (mod instanceof Mod.Module m) {
            v.stmts(m.body());
        } else if (mod instanceof Mod.Interactive i) {
            v.stmts(i.body());
        } else if (mod instanceof Mod.Expression e) {
            v.expr(e.body(), ExprContext.Load);
        } else if (mod instanceof Mod.FunctionType f) {
            v.exprs(f.argtypes(), ExprContext.Load, false);
            v.expr(f.returns(), ExprContext.Load);
        }
    }

    private static RuntimeException valueError(String fmt, Object... args) {
        return PyErr.valueError(fmt, args);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
        }
    }

    private void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void body(List<Stmt> list, String owner) {
        if (list.isEmpty()) {
            throw valueError("empty body on %s", owner);
        }
        stmts(list);
    }

    private static void nonEmpty(List<?> list, String what, String owner) {
        if (list.isEmpty()) {
            throw valueError("empty %s on %s", what, owner);
        }
    }

    private void exprs(List<Expr> list, ExprContext ctx, boolean nullOk) {
        for (Expr e : list) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw valueError("None disallowed in expression list");
            }
        }
    }

    private void optExpr(Expr e, ExprContext ctx) {
        if (e != null) {
            expr(e, ctx);
        }
    }

    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw valueError("identifier field can't represent '%s' constant", id);
        }
    }

    private void arguments(Arguments a) {
        args(a.posonlyargs());
        args(a.args());
        if (a.vararg() != null) {
            optExpr(a.vararg().annotation(), ExprContext.Load);
        }
        args(a.kwonlyargs());
        if (a.kwarg() != null) {
            optExpr(a.kwarg().annotation(), ExprContext.Load);
        }
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw valueError("more positional defaults than args on arguments");
        }
        if (a.kwDefaults().size() != a.kwonlyargs().size()) {
            throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.Load, false);
        exprs(a.kwDefaults(), ExprContext.Load, true);
    }

    private void args(List<Arg> list) {
        for (Arg a : list) {
            optExpr(a.annotation(), ExprContext.Load);
        }
    }

    private void keywords(List<Keyword> list) {
        for (Keyword k : list) {
            expr(k.value(), ExprContext.Load);
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw valueError("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load, false);
        }
    }

    private void stmt(Stmt s) {
        enter();
        if (s instanceof Stmt.FunctionDef f) {
            body(f.body(), "FunctionDef");
            arguments(f.args());
            exprs(f.decoratorList(), ExprContext.Load, false);
            optExpr(f.returns(), ExprContext.Load);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            body(f.body(), "AsyncFunctionDef");
            arguments(f.args());
            exprs(f.decoratorList(), ExprContext.Load, false);
            optExpr(f.returns(), ExprContext.Load);
        } else if (s instanceof Stmt.ClassDef c) {
            body(c.body(), "ClassDef");
            exprs(c.bases(), ExprContext.Load, false);
            keywords(c.keywords());
            exprs(c.decoratorList(), ExprContext.Load, false);
        } else if (s instanceof Stmt.Return r) {
            optExpr(r.value(), ExprContext.Load);
        } else if (s instanceof Stmt.Delete d) {
            nonEmpty(d.targets(), "targets", "Delete");
            exprs(d.targets(), ExprContext.Del, false);
        } else if (s instanceof Stmt.Assign a) {
            nonEmpty(a.targets(), "targets", "Assign");
            exprs(a.targets(), ExprContext.Store, false);
            expr(a.value(), ExprContext.Load);
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target(), ExprContext.Store);
            expr(a.value(), ExprContext.Load);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.simple() != 0 && !(a.target() instanceof Expr.Name)) {
                throw PyErr.typeError("AnnAssign with simple non-Name target");
            }
            expr(a.target(), ExprContext.Store);
            optExpr(a.value(), ExprContext.Load);
            expr(a.annotation(), ExprContext.Load);
        } else if (s instanceof Stmt.For f) {
            expr(f.target(), ExprContext.Store);
            expr(f.iter(), ExprContext.Load);
            body(f.body(), "For");
            stmts(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            expr(f.target(), ExprContext.Store);
            expr(f.iter(), ExprContext.Load);
            body(f.body(), "AsyncFor");
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test(), ExprContext.Load);
            body(w.body(), "While");
            stmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test(), ExprContext.Load);
            body(i.body(), "If");
            stmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            withItems(w.items(), "With");
            body(w.body(), "With");
        } else if (s instanceof Stmt.AsyncWith w) {
            withItems(w.items(), "AsyncWith");
            body(w.body(), "AsyncWith");
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject(), ExprContext.Load);
            nonEmpty(m.cases(), "cases", "Match");
            for (MatchCase c : m.cases()) {
                pattern(c.pattern(), false);
                optExpr(c.guard(), ExprContext.Load);
                body(c.body(), "match_case");
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc(), ExprContext.Load);
                optExpr(r.cause(), ExprContext.Load);
            } else if (r.cause() != null) {
                throw valueError("Raise with cause but no exception");
            }
        } else if (s instanceof Stmt.Try t) {
            tryStmt("Try", t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            tryStmt("TryStar", t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test(), ExprContext.Load);
            optExpr(a.msg(), ExprContext.Load);
        } else if (s instanceof Stmt.Import i) {
            nonEmpty(i.names(), "names", "Import");
        } else if (s instanceof Stmt.ImportFrom i) {
            if (i.level() != null && i.level() < 0) {
                throw valueError("Negative ImportFrom level");
            }
            nonEmpty(i.names(), "names", "ImportFrom");
        } else if (s instanceof Stmt.Global g) {
            nonEmpty(g.names(), "names", "Global");
        } else if (s instanceof Stmt.Nonlocal n) {
            nonEmpty(n.names(), "names", "Nonlocal");
        } else if (s instanceof Stmt.Expr e) {
            expr(e.value(), ExprContext.Load);
        }
        depth--;
    }

    private void withItems(List<WithItem> items, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem w : items) {
            expr(w.contextExpr(), ExprContext.Load);
            optExpr(w.optionalVars(), ExprContext.Store);
        }
    }

    private void tryStmt(String owner, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw valueError("%s has neither except handlers nor finalbody", owner);
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw valueError("%s has orelse but no except handlers", owner);
        }
        for (ExceptHandler h : handlers) {
            optExpr(h.type(), ExprContext.Load);
            body(h.body(), "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private void expr(Expr e, ExprContext ctx) {
        enter();
        ExprContext actual = null;
        if (e instanceof Expr.Attribute a) {
            actual = a.ctx();
        } else if (e instanceof Expr.Subscript s) {
            actual = s.ctx();
        } else if (e instanceof Expr.Starred s) {
            actual = s.ctx();
        } else if (e instanceof Expr.Name n) {
            name(n.id());
            actual = n.ctx();
        } else if (e instanceof Expr.List l) {
            actual = l.ctx();
        } else if (e instanceof Expr.Tuple t) {
            actual = t.ctx();
        }
        if (actual != null) {
            if (actual != ctx) {
                throw valueError("expression must have %s context but has %s instead", ctx.name(), actual.name());
            }
        } else if (ctx != ExprContext.Load) {
            throw valueError("expression which can't be assigned to in %s context", ctx.name());
        }
        if (e instanceof Expr.BoolOp b) {
            if (b.values().size() < 2) {
                throw valueError("BoolOp with less than 2 values");
            }
            exprs(b.values(), ExprContext.Load, false);
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left(), ExprContext.Load);
            expr(b.right(), ExprContext.Load);
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand(), ExprContext.Load);
        } else if (e instanceof Expr.Lambda l) {
            arguments(l.args());
            expr(l.body(), ExprContext.Load);
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test(), ExprContext.Load);
            expr(i.body(), ExprContext.Load);
            expr(i.orelse(), ExprContext.Load);
        } else if (e instanceof Expr.Dict d) {
            if (d.keys().size() != d.values().size()) {
                throw valueError("Dict doesn't have the same number of keys as values");
            }
            exprs(d.keys(), ExprContext.Load, true);
            exprs(d.values(), ExprContext.Load, false);
        } else if (e instanceof Expr.Set s) {
            exprs(s.elts(), ExprContext.Load, false);
        } else if (e instanceof Expr.ListComp c) {
            comprehensions(c.generators());
            expr(c.elt(), ExprContext.Load);
        } else if (e instanceof Expr.SetComp c) {
            comprehensions(c.generators());
            expr(c.elt(), ExprContext.Load);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehensions(c.generators());
            expr(c.elt(), ExprContext.Load);
        } else if (e instanceof Expr.DictComp c) {
            comprehensions(c.generators());
            expr(c.key(), ExprContext.Load);
            expr(c.value(), ExprContext.Load);
        } else if (e instanceof Expr.Yield y) {
            optExpr(y.value(), ExprContext.Load);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value(), ExprContext.Load);
        } else if (e instanceof Expr.Await a) {
            expr(a.value(), ExprContext.Load);
        } else if (e instanceof Expr.Compare c) {
            if (c.comparators().isEmpty()) {
                throw valueError("Compare with no comparators");
            }
            if (c.comparators().size() != c.ops().size()) {
                throw valueError("Compare has a different number of comparators and operands");
            }
            exprs(c.comparators(), ExprContext.Load, false);
            expr(c.left(), ExprContext.Load);
        } else if (e instanceof Expr.Call c) {
            expr(c.func(), ExprContext.Load);
            exprs(c.args(), ExprContext.Load, false);
            keywords(c.keywords());
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values(), ExprContext.Load, false);
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value(), ExprContext.Load);
            optExpr(f.formatSpec(), ExprContext.Load);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value(), ExprContext.Load);
        } else if (e instanceof Expr.Subscript s) {
            expr(s.slice(), ExprContext.Load);
            expr(s.value(), ExprContext.Load);
        } else if (e instanceof Expr.Starred s) {
            expr(s.value(), ctx);
        } else if (e instanceof Expr.Slice s) {
            optExpr(s.lower(), ExprContext.Load);
            optExpr(s.upper(), ExprContext.Load);
            optExpr(s.step(), ExprContext.Load);
        } else if (e instanceof Expr.List l) {
            exprs(l.elts(), ctx, false);
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts(), ctx, false);
        } else if (e instanceof Expr.NamedExpr n) {
            if (!(n.target() instanceof Expr.Name)) {
                throw PyErr.typeError("NamedExpr target must be a Name");
            }
            expr(n.value(), ExprContext.Load);
        }
        depth--;
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw valueError("can't capture name '_' in patterns");
        }
        AstValidator.name(name);
    }

    private void matchValue(Expr e) {
        expr(e, ExprContext.Load);
        if (e instanceof Expr.Constant c) {
            ConstantValue v = c.value();
            if (v == ConstantValue.NONE || v == ConstantValue.TRUE || v == ConstantValue.FALSE) {
                throw valueError("unexpected constant inside of a literal pattern");
            }
            return;
        }
        if (e instanceof Expr.Attribute || e instanceof Expr.JoinedStr) {
            return;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOpKind.USub && u.operand() instanceof Expr.Constant) {
            return;
        }
        if (e instanceof Expr.BinOp b && (b.op() == Operator.Add || b.op() == Operator.Sub)) {
            return;
        }
        throw valueError("patterns may only match literals and attribute lookups");
    }

    private void pattern(Pattern p, boolean starOk) {
        enter();
        if (p instanceof Pattern.MatchValue v) {
            matchValue(v.value());
        } else if (p instanceof Pattern.MatchSingleton s) {
            ConstantValue v = s.value();
            if (v != ConstantValue.NONE && v != ConstantValue.TRUE && v != ConstantValue.FALSE) {
                throw valueError("MatchSingleton can only contain True, False and None");
            }
        } else if (p instanceof Pattern.MatchSequence s) {
            for (Pattern x : s.patterns()) {
                pattern(x, true);
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            if (m.keys().size() != m.patterns().size()) {
                throw valueError("MatchMapping doesn't have the same number of keys as patterns");
            }
            if (m.rest() != null) {
                capture(m.rest());
            }
            for (Expr k : m.keys()) {
                if (!(k instanceof Expr.Constant)) {
                    matchValue(k);
                }
            }
            for (Pattern x : m.patterns()) {
                pattern(x, false);
            }
        } else if (p instanceof Pattern.MatchClass c) {
            if (c.kwdAttrs().size() != c.kwdPatterns().size()) {
                throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
            }
            expr(c.cls(), ExprContext.Load);
            Expr cls = c.cls();
            while (cls instanceof Expr.Attribute a) {
                cls = a.value();
            }
            if (!(cls instanceof Expr.Name)) {
                throw valueError("MatchClass cls field can only contain Name or Attribute nodes.");
            }
            for (String a : c.kwdAttrs()) {
                name(a);
            }
            for (Pattern x : c.patterns()) {
                pattern(x, false);
            }
            for (Pattern x : c.kwdPatterns()) {
                pattern(x, false);
            }
        } else if (p instanceof Pattern.MatchStar s) {
            if (!starOk) {
                throw valueError("can't use MatchStar here");
            }
            if (s.name() != null) {
                capture(s.name());
            }
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.name() != null) {
                capture(a.name());
            }
            if (a.pattern() != null) {
                if (a.name() == null) {
                    throw valueError("MatchAs must specify a target name if a pattern is given");
                }
                pattern(a.pattern(), false);
            }
        } else if (p instanceof Pattern.MatchOr o) {
            if (o.patterns().size() < 2) {
                throw valueError("MatchOr requires at least 2 patterns");
            }
            for (Pattern x : o.patterns()) {
                pattern(x, false);
            }
        }
        depth--;
    }
}
