package dev.adder.parser.internal;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.lexer.TokenStream;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for assignment and deletion targets.
 *
 * <p>CPython: Grammar/python.gram (ASSIGNMENT TARGETS, Targets for del statements).
 */
abstract class TargetRules extends ArgumentRules {

    TargetRules(SourceText source, TokenStream stream, int startRule, boolean convertOffsets,
                SourceText outer, int startingLineno, int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    /** star_targets: star_target !',' | star_target (',' star_target)* [','] */
    @Override
    final Expr star_targets_rule() {
        enter();
        int m0 = startMark();
        Expr a = star_target_rule();
        if (a == null) {
            level--;
            return null;
        }
        if (!check(COMMA)) {
            level--;
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        for (;;) {
            int m = mark;
            Expr c;
            if (expect(COMMA) >= 0 && (c = star_target_rule()) != null) {
                elts.add(c);
            } else {
                mark = m;
                break;
            }
        }
        expect(COMMA);
        level--;
        return new Expr.Tuple(elts, ExprContext.Store, pos(m0));
    }

    /** star_targets_list_seq: ','.star_target+ [','] */
    final List<Expr> star_targets_list_seq_rule() {
        enter();
        List<Expr> a = null;
        for (;;) {
            int m = mark;
            if (a != null && expect(COMMA) < 0) {
                break;
            }
            Expr e = star_target_rule();
            if (e == null) {
                mark = m;
                break;
            }
            if (a == null) {
                a = new ArrayList<>();
            }
            a.add(e);
        }
        if (a != null) {
            expect(COMMA);
        }
        level--;
        return a;
    }

    /** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
    final List<Expr> star_targets_tuple_seq_rule() {
        enter();
        int m0 = startMark();
        Expr a = star_target_rule();
        if (a == null || !check(COMMA)) {
            mark = m0;
            level--;
            return null;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        for (;;) {
            int m = mark;
            Expr c;
            if (expect(COMMA) >= 0 && (c = star_target_rule()) != null) {
                elts.add(c);
            } else {
                mark = m;
                break;
            }
        }
        expect(COMMA);
        level--;
        return elts;
    }

    /** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
    final Expr star_target_rule() {
        int r = memoGet(M_STAR_TARGET);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_STAR_TARGET, m0);
        }
        enter();
        Expr res = null;
        if (expect(STAR) >= 0) {
            Expr a = null;
            if (!check(STAR)) {
                a = star_target_rule();
            }
            if (a != null) {
                res = new Expr.Starred(ActionHelpers.setExprContext(a, ExprContext.Store),
                        ExprContext.Store, pos(m0));
            } else {
                mark = m0;
            }
        }
        if (res == null) {
            res = target_with_star_atom_rule();
        }
        level--;
        memoPut(M_STAR_TARGET, m0, res);
        return res;
    }

    /**
     * target_with_star_atom (memo): t_primary '.' NAME !t_lookahead
     * | t_primary '[' slices ']' !t_lookahead | star_atom
     */
    final Expr target_with_star_atom_rule() {
        int r = memoGet(M_TARGET_WITH_STAR_ATOM);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_TARGET_WITH_STAR_ATOM, m0);
        }
        enter();
        Expr res = subscript_attribute_target(m0, ExprContext.Store);
        if (res == null) {
            res = star_atom_rule();
        }
        level--;
        memoPut(M_TARGET_WITH_STAR_ATOM, m0, res);
        return res;
    }

    /**
     * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with the given
     * context (single_subscript_attribute_target, and the first alternatives of
     * target_with_star_atom and del_target).
     */
    final Expr subscript_attribute_target(int m0, ExprContext ctx) {
        Expr a = t_primary_rule();
        if (a == null) {
            return null;
        }
        int m1 = mark;
        if (expect(DOT) >= 0) {
            String b = name_id();
            if (b != null && !t_lookahead()) {
                return new Expr.Attribute(a, b, ctx, pos(m0));
            }
            mark = m0;
            // the second alternative starts again with t_primary (memoized): same result
            a = t_primary_rule();
            mark = m1;
        }
        if (expect(LSQB) >= 0) {
            Expr b = slices_rule();
            if (b != null && expect(RSQB) >= 0 && !t_lookahead()) {
                return new Expr.Subscript(a, b, ctx, pos(m0));
            }
        }
        mark = m0;
        return null;
    }

    /**
     * star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
     * | '[' [star_targets_list_seq] ']'
     */
    final Expr star_atom_rule() {
        enter();
        int m0 = startMark();
        int t = types[m0];
        Expr res = null;
        if (t == NAME) {
            Expr.Name n = name_token();
            res = new Expr.Name(n.id(), ExprContext.Store, n.pos());
        } else if (t == LPAR) {
            mark++;
            Expr a = target_with_star_atom_rule();
            if (a != null && expect(RPAR) >= 0) {
                res = ActionHelpers.setExprContext(a, ExprContext.Store);
            } else {
                mark = m0 + 1;
                List<Expr> b = star_targets_tuple_seq_rule();
                if (expect(RPAR) >= 0) {
                    res = new Expr.Tuple(b == null ? List.of() : b, ExprContext.Store, pos(m0));
                } else {
                    mark = m0;
                }
            }
        } else if (t == LSQB) {
            mark++;
            List<Expr> b = star_targets_list_seq_rule();
            if (expect(RSQB) >= 0) {
                res = new Expr.List(b == null ? List.of() : b, ExprContext.Store, pos(m0));
            } else {
                mark = m0;
            }
        }
        level--;
        return res;
    }

    /** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
    final Expr single_target_rule() {
        enter();
        int m0 = startMark();
        Expr res = single_subscript_attribute_target_rule();
        if (res == null) {
            if (types[m0] == NAME) {
                Expr.Name n = name_token();
                res = new Expr.Name(n.id(), ExprContext.Store, n.pos());
            } else if (expect(LPAR) >= 0) {
                Expr a = single_target_rule();
                if (a != null && expect(RPAR) >= 0) {
                    res = a;
                } else {
                    mark = m0;
                }
            }
        }
        level--;
        return res;
    }

    /**
     * single_subscript_attribute_target: t_primary '.' NAME !t_lookahead
     * | t_primary '[' slices ']' !t_lookahead
     */
    final Expr single_subscript_attribute_target_rule() {
        enter();
        int m0 = startMark();
        Expr res = subscript_attribute_target(m0, ExprContext.Store);
        level--;
        return res;
    }

    /** t_lookahead: '(' | '[' | '.' */
    final boolean t_lookahead() {
        int t = peek();
        return t == LPAR || t == LSQB || t == DOT;
    }

    /**
     * t_primary: t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead
     * | t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead
     * | atom &t_lookahead
     */
    final Expr t_primary_rule() {
        int r = memoGet(M_T_PRIMARY);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_T_PRIMARY, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        Expr res = atom_rule();
        if (res != null && !t_lookahead()) {
            res = null;
            mark = m0;
        }
        if (res != null) {
            for (;;) {
                Expr next = t_primary_trailer(res, m0);
                if (next == null) {
                    break;
                }
                res = next;
            }
        }
        level -= 2;
        memoPut(M_T_PRIMARY, m0, res);
        return res;
    }

    /**
     * One step of the left-recursive t_primary: its alternatives that extend {@code a}, in the
     * grammar's order. genexp also tries invalid_comprehension, which starts with '(', '[' or
     * '{'.
     */
    private Expr t_primary_trailer(Expr a, int m0) {
        int m = mark;
        int t = peek();
        if (t == DOT) {
            mark++;
            String b = name_id();
            if (b != null && t_lookahead()) {
                return new Expr.Attribute(a, b, ExprContext.Load, pos(m0));
            }
            mark = m;
            return null;
        }
        if (t == LSQB) {
            mark++;
            Expr b = slices_rule();
            if (b != null && expect(RSQB) >= 0 && t_lookahead()) {
                return new Expr.Subscript(a, b, ExprContext.Load, pos(m0));
            }
            mark = m;
        }
        if (t == LPAR || (callInvalidRules && (t == LSQB || t == LBRACE))) {
            Expr g = genexp_rule();
            if (g != null && t_lookahead()) {
                return new Expr.Call(a, List.of(g), List.of(), pos(m0));
            }
            mark = m;
        }
        if (t == LPAR) {
            mark++;
            ActionHelpers.CallArgs b = arguments_rule();
            if (expect(RPAR) >= 0 && t_lookahead()) {
                return b == null ? new Expr.Call(a, List.of(), List.of(), pos(m0))
                        : new Expr.Call(a, b.args(), b.keywords(), pos(m0));
            }
            mark = m;
        }
        return null;
    }

    /** del_targets: ','.del_target+ [','] */
    final List<Expr> del_targets_rule() {
        enter();
        List<Expr> a = null;
        for (;;) {
            int m = mark;
            if (a != null && expect(COMMA) < 0) {
                break;
            }
            Expr e = del_target_rule();
            if (e == null) {
                mark = m;
                break;
            }
            if (a == null) {
                a = new ArrayList<>();
            }
            a.add(e);
        }
        if (a != null) {
            expect(COMMA);
        }
        level--;
        return a;
    }

    /**
     * del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
     * | del_t_atom
     */
    final Expr del_target_rule() {
        int r = memoGet(M_DEL_TARGET);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_DEL_TARGET, m0);
        }
        enter();
        Expr res = subscript_attribute_target(m0, ExprContext.Del);
        if (res == null) {
            res = del_t_atom_rule();
        }
        level--;
        memoPut(M_DEL_TARGET, m0, res);
        return res;
    }

    /** del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']' */
    final Expr del_t_atom_rule() {
        enter();
        int m0 = startMark();
        int t = types[m0];
        Expr res = null;
        if (t == NAME) {
            Expr.Name n = name_token();
            res = new Expr.Name(n.id(), ExprContext.Del, n.pos());
        } else if (t == LPAR) {
            mark++;
            Expr a = del_target_rule();
            if (a != null && expect(RPAR) >= 0) {
                res = ActionHelpers.setExprContext(a, ExprContext.Del);
            } else {
                mark = m0 + 1;
                List<Expr> b = del_targets_rule();
                if (expect(RPAR) >= 0) {
                    res = new Expr.Tuple(b == null ? List.of() : b, ExprContext.Del, pos(m0));
                } else {
                    mark = m0;
                }
            }
        } else if (t == LSQB) {
            mark++;
            List<Expr> b = del_targets_rule();
            if (expect(RSQB) >= 0) {
                res = new Expr.List(b == null ? List.of() : b, ExprContext.Del, pos(m0));
            } else {
                mark = m0;
            }
        }
        level--;
        return res;
    }
}
