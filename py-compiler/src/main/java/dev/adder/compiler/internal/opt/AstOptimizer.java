package dev.adder.compiler.internal.opt;

import dev.adder.ast.Arg;
import dev.adder.ast.AstTransformer;
import dev.adder.ast.CmpOp;
import dev.adder.ast.Comprehension;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Mod;
import dev.adder.ast.Node;
import dev.adder.ast.Position;
import dev.adder.ast.Stmt;
import dev.adder.ast.UnaryOpKind;
import dev.adder.bytecode.Constant;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The AST optimizer: folds constant operators, subscripts and tuples, turns {@code __debug__}
 * into a constant, turns the list or set in {@code x in [...]} and {@code for x in [...]} into a
 * tuple or frozenset, folds {@code not (a is b)} into {@code a is not b}, and keeps a folded
 * string at the start of a body from becoming a docstring. Folding stops at CPython's size
 * limits (ints of 128 bits, collections of 256 items, strings of 4096 characters) and wherever
 * Python would raise.
 *
 * <p>The AST has no tuple or frozenset constants, so a folded tuple stays a {@code Tuple} node
 * (a frozenset a {@code Set} node) whose value is recorded in {@link Result#folded()}; the code
 * generator treats such a node as the constant.
 *
 * <p>CPython: Python/ast_opt.c (3.10).
 */
public final class AstOptimizer extends AstTransformer {

    /** The optimized tree and the constants folded into tuple and set nodes. */
    public record Result(Mod mod, IdentityHashMap<Expr, Constant> folded) {
    }

    private final int optimize;
    private final boolean futureAnnotations;
    private final IdentityHashMap<Expr, Constant> folded = new IdentityHashMap<>();

    private AstOptimizer(int optimize, boolean futureAnnotations) {
        this.optimize = optimize;
        this.futureAnnotations = futureAnnotations;
    }

    /**
     * Optimizes {@code mod}.
     *
     * @param optimize the optimization level ({@code __debug__} is true at level 0)
     * @param futureAnnotations whether {@code from __future__ import annotations} is in effect
     *     (annotations are then left as written)
     */
    public static Result optimize(Mod mod, int optimize, boolean futureAnnotations) {
        AstOptimizer o = new AstOptimizer(optimize, futureAnnotations);
        Mod out = (Mod) mod.accept(o);
        return new Result(out, o.folded);
    }

    // ---- constants -------------------------------------------------------------------------

    /** The constant value of {@code e}, or null if it is not a constant. */
    private Constant valueOf(Expr e) {
        if (e instanceof Expr.Constant c) {
            return toConstant(c.value());
        }
        return e == null ? null : folded.get(e);
    }

    private boolean isConst(Expr e) {
        return e instanceof Expr.Constant || folded.containsKey(e);
    }

    static Constant toConstant(ConstantValue v) {
        if (v == ConstantValue.NONE) {
            return Constant.NONE;
        }
        if (v == ConstantValue.TRUE) {
            return Constant.TRUE;
        }
        if (v == ConstantValue.FALSE) {
            return Constant.FALSE;
        }
        if (v == ConstantValue.ELLIPSIS) {
            return Constant.ELLIPSIS;
        }
        if (v instanceof ConstantValue.IntValue i) {
            return Constant.Int.of(i.value());
        }
        if (v instanceof ConstantValue.FloatValue f) {
            return new Constant.Float(f.value());
        }
        if (v instanceof ConstantValue.ComplexValue c) {
            return new Constant.Complex(c.real(), c.imag());
        }
        if (v instanceof ConstantValue.StrValue s) {
            return new Constant.Str(s.value());
        }
        return new Constant.Bytes(((ConstantValue.BytesValue) v).value());
    }

    /** A node for {@code value} at {@code pos}. CPython: {@code make_const}. */
    private Expr makeConst(Constant value, Position pos) {
        if (value instanceof Constant.Tuple t) {
            List<Expr> elts = new ArrayList<>(t.items().size());
            for (Constant c : t.items()) {
                elts.add(makeConst(c, pos));
            }
            Expr node = new Expr.Tuple(elts, ExprContext.Load, pos);
            folded.put(node, value);
            return node;
        }
        if (value instanceof Constant.FrozenSet f) {
            List<Expr> elts = new ArrayList<>(f.items().size());
            for (Constant c : f.items()) {
                elts.add(makeConst(c, pos));
            }
            Expr node = new Expr.Set(elts, pos);
            folded.put(node, value);
            return node;
        }
        ConstantValue cv;
        if (value instanceof Constant.None) {
            cv = ConstantValue.NONE;
        } else if (value instanceof Constant.Ellipsis) {
            cv = ConstantValue.ELLIPSIS;
        } else if (value instanceof Constant.Bool b) {
            cv = ConstantValue.of(b.value());
        } else if (value instanceof Constant.Int i) {
            cv = ConstantValue.of(i.value());
        } else if (value instanceof Constant.Float f) {
            cv = ConstantValue.of(f.value());
        } else if (value instanceof Constant.Complex c) {
            cv = new ConstantValue.ComplexValue(c.re(), c.im());
        } else if (value instanceof Constant.Str s) {
            cv = ConstantValue.of(s.value());
        } else {
            cv = ConstantValue.of(((Constant.Bytes) value).value());
        }
        return new Expr.Constant(cv, null, pos);
    }

    /** CPython: {@code make_const_tuple}: the elements' values if all are constants. */
    private Constant.Tuple constTuple(List<Expr> elts) {
        List<Constant> items = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            Constant c = valueOf(e);
            if (c == null) {
                return null;
            }
            items.add(c);
        }
        return new Constant.Tuple(items);
    }

    // ---- folding ---------------------------------------------------------------------------

    @Override
    public Node visitBinOp(Expr.BinOp node) {
        Expr.BinOp n = (Expr.BinOp) super.visitBinOp(node);
        Constant l = valueOf(n.left());
        Constant r = valueOf(n.right());
        if (l == null || r == null) {
            return n;
        }
        Constant v = PyArith.binary(n.op(), l, r);
        return v == null ? n : makeConst(v, n.pos());
    }

    @Override
    public Node visitUnaryOp(Expr.UnaryOp node) {
        Expr.UnaryOp n = (Expr.UnaryOp) super.visitUnaryOp(node);
        Constant v = valueOf(n.operand());
        if (v == null) {
            if (n.op() == UnaryOpKind.Not && n.operand() instanceof Expr.Compare cmp && cmp.ops().size() == 1) {
                CmpOp op = switch (cmp.ops().get(0)) {
                    case Is -> CmpOp.IsNot;
                    case IsNot -> CmpOp.Is;
                    case In -> CmpOp.NotIn;
                    case NotIn -> CmpOp.In;
                    default -> null;
                };
                if (op != null) {
                    return new Expr.Compare(cmp.left(), List.of(op), cmp.comparators(), cmp.pos());
                }
            }
            return n;
        }
        Constant r = PyArith.unary(n.op(), v);
        return r == null ? n : makeConst(r, n.pos());
    }

    @Override
    public Node visitTuple(Expr.Tuple node) {
        if (folded.containsKey(node)) {
            return node;
        }
        Expr.Tuple n = (Expr.Tuple) super.visitTuple(node);
        if (n.ctx() != ExprContext.Load) {
            return n;
        }
        Constant.Tuple t = constTuple(n.elts());
        if (t == null) {
            return n;
        }
        folded.put(n, t);
        return n;
    }

    @Override
    public Node visitSet(Expr.Set node) {
        if (folded.containsKey(node)) {
            return node;
        }
        return super.visitSet(node);
    }

    @Override
    public Node visitSubscript(Expr.Subscript node) {
        Expr.Subscript n = (Expr.Subscript) super.visitSubscript(node);
        if (n.ctx() != ExprContext.Load) {
            return n;
        }
        Constant v = valueOf(n.value());
        Constant i = valueOf(n.slice());
        if (v == null || i == null) {
            return n;
        }
        Constant r = PyArith.subscript(v, i);
        return r == null ? n : makeConst(r, n.pos());
    }

    @Override
    public Node visitName(Expr.Name node) {
        if (node.ctx() == ExprContext.Load && node.id().equals("__debug__")) {
            return makeConst(Constant.Bool.of(optimize == 0), node.pos());
        }
        return node;
    }

    /** CPython: {@code fold_iter}. */
    private Expr foldIter(Expr arg) {
        if (arg instanceof Expr.List l) {
            for (Expr e : l.elts()) {
                if (e instanceof Expr.Starred) {
                    return arg;
                }
            }
            Expr.Tuple t = new Expr.Tuple(l.elts(), l.ctx(), l.pos());
            Constant.Tuple v = constTuple(l.elts());
            if (v != null) {
                folded.put(t, v);
            }
            return t;
        }
        if (arg instanceof Expr.Set s && !folded.containsKey(arg)) {
            Constant.Tuple v = constTuple(s.elts());
            if (v != null) {
                return makeConst(PyValues.frozenset(v.items()), s.pos());
            }
        }
        return arg;
    }

    @Override
    public Node visitCompare(Expr.Compare node) {
        Expr.Compare n = (Expr.Compare) super.visitCompare(node);
        int i = n.ops().size() - 1;
        CmpOp op = n.ops().get(i);
        if (op == CmpOp.In || op == CmpOp.NotIn) {
            Expr last = n.comparators().get(i);
            Expr f = foldIter(last);
            if (f != last) {
                List<Expr> comps = new ArrayList<>(n.comparators());
                comps.set(i, f);
                return new Expr.Compare(n.left(), n.ops(), comps, n.pos());
            }
        }
        return n;
    }

    @Override
    public Node visitComprehension(Comprehension node) {
        Comprehension n = (Comprehension) super.visitComprehension(node);
        Expr f = foldIter(n.iter());
        if (f != n.iter()) {
            return new Comprehension(n.target(), f, n.ifs(), n.isAsync());
        }
        return n;
    }

    @Override
    public Node visitFor(Stmt.For node) {
        Stmt.For n = (Stmt.For) super.visitFor(node);
        Expr f = foldIter(n.iter());
        if (f != n.iter()) {
            return new Stmt.For(n.target(), f, n.body(), n.orelse(), n.typeComment(), n.pos());
        }
        return n;
    }

    // ---- annotations and bodies ------------------------------------------------------------

    @Override
    public Node visitArg(Arg node) {
        return futureAnnotations ? node : super.visitArg(node);
    }

    @Override
    public Node visitAnnAssign(Stmt.AnnAssign node) {
        if (!futureAnnotations) {
            return super.visitAnnAssign(node);
        }
        Expr target = transform(node.target());
        Expr value = transform(node.value());
        if (target != node.target() || value != node.value()) {
            return new Stmt.AnnAssign(target, node.annotation(), value, node.simple(), node.pos());
        }
        return node;
    }

    /** CPython: {@code _PyAST_GetDocString} != NULL. */
    private static boolean hasDocString(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.Expr st && st.value() instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.StrValue;
    }

    /** CPython: {@code astfold_body}: a string folded at the start does not become a docstring. */
    private List<Stmt> body(List<Stmt> stmts) {
        boolean docstring = hasDocString(stmts);
        List<Stmt> out = transformAll(stmts);
        if (!docstring && hasDocString(out)) {
            Stmt.Expr st = (Stmt.Expr) out.get(0);
            Expr js = new Expr.JoinedStr(List.of(st.value()), st.pos());
            out = new ArrayList<>(out);
            out.set(0, new Stmt.Expr(js, st.pos()));
        }
        return out;
    }

    @Override
    public Node visitModule(Mod.Module node) {
        List<Stmt> body = body(node.body());
        return body != node.body() ? new Mod.Module(body, node.typeIgnores()) : node;
    }

    @Override
    public Node visitFunctionDef(Stmt.FunctionDef node) {
        dev.adder.ast.Arguments args = transform(node.args());
        List<Stmt> body = body(node.body());
        List<Expr> decos = transformAll(node.decoratorList());
        Expr returns = futureAnnotations ? node.returns() : transform(node.returns());
        if (args != node.args() || body != node.body() || decos != node.decoratorList() || returns != node.returns()) {
            return new Stmt.FunctionDef(node.name(), args, body, decos, returns, node.typeComment(), node.pos());
        }
        return node;
    }

    @Override
    public Node visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        dev.adder.ast.Arguments args = transform(node.args());
        List<Stmt> body = body(node.body());
        List<Expr> decos = transformAll(node.decoratorList());
        Expr returns = futureAnnotations ? node.returns() : transform(node.returns());
        if (args != node.args() || body != node.body() || decos != node.decoratorList() || returns != node.returns()) {
            return new Stmt.AsyncFunctionDef(node.name(), args, body, decos, returns, node.typeComment(),
                    node.pos());
        }
        return node;
    }

    @Override
    public Node visitClassDef(Stmt.ClassDef node) {
        List<Expr> bases = transformAll(node.bases());
        List<dev.adder.ast.Keyword> keywords = transformAll(node.keywords());
        List<Stmt> body = body(node.body());
        List<Expr> decos = transformAll(node.decoratorList());
        if (bases != node.bases() || keywords != node.keywords() || body != node.body()
                || decos != node.decoratorList()) {
            return new Stmt.ClassDef(node.name(), bases, keywords, body, decos, node.pos());
        }
        return node;
    }
}
