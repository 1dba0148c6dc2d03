package dev.adder.parser.internal;

import dev.adder.ast.BoolOpKind;
import dev.adder.ast.CmpOp;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Operator;
import dev.adder.ast.Position;
import dev.adder.ast.UnaryOpKind;
import dev.adder.lexer.TokenStream;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression rules of the grammar, from {@code expressions} down to {@code primary}, and the
 * atoms: one method per rule, named as the rule is, returning null when the rule does not match
 * (with the mark back where it was). Left-recursive rules are loops that grow the result.
 *
 * <p>CPython: Grammar/python.gram (section EXPRESSIONS), as Tools/peg_generator turns it into
 * Parser/parser.c.
 */
abstract class ExpressionRules extends Pegen {

    ExpressionRules(SourceText source, TokenStream stream, int startRule, boolean convertOffsets,
                    SourceText outer, int startingLineno, int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    // ---- rules defined further down the chain ----
    abstract Object invalid_expression_rule();

    abstract Object invalid_legacy_expression_rule();

    abstract Object invalid_named_expression_rule();

    abstract Expr slices_rule();

    abstract Expr atom_rule();

    abstract Expr genexp_rule();

    abstract ActionHelpers.CallArgs arguments_rule();

    abstract Expr lambdef_rule();

    // =====================================================================================
    // expressions, expression, yield_expr, star_expressions, named expressions
    // =====================================================================================

    /** expressions: expression (',' expression)* [','] */
    final Expr expressions_rule() {
        enter();
        int m0 = startMark();
        Expr a = expression_rule();
        if (a == null) {
            level--;
            return null;
        }
        Expr res = a;
        if (check(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            for (;;) {
                int m = mark;
                Expr c;
                if (expect(COMMA) >= 0 && (c = expression_rule()) != null) {
                    elts.add(c);
                } else {
                    mark = m;
                    break;
                }
            }
            expect(COMMA);
            res = new Expr.Tuple(elts, ExprContext.Load, pos(m0));
        }
        level--;
        return res;
    }

    /** expression (memo) */
    final Expr expression_rule() {
        int r = memoGet(M_EXPRESSION);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_EXPRESSION, m0);
        }
        enter();
        Expr res = expression_raw(m0);
        level--;
        memoPut(M_EXPRESSION, m0, res);
        return res;
    }

    private Expr expression_raw(int m0) {
        if (callInvalidRules) {
            invalid_expression_rule();
            mark = m0;
            invalid_legacy_expression_rule();
            mark = m0;
        }
        return expression_without_invalid_alts(m0);
    }

    /**
     * The alternatives that expression and expression_without_invalid share:
     * disjunction 'if' disjunction 'else' expression | disjunction | lambdef.
     */
    final Expr expression_without_invalid_alts(int m0) {
        Expr a = disjunction_rule();
        if (a != null) {
            if (expect(K_IF) >= 0) {
                Expr b = disjunction_rule();
                Expr c;
                if (b != null && expect(K_ELSE) >= 0 && (c = expression_rule()) != null) {
                    return new Expr.IfExp(b, a, c, pos(m0));
                }
                mark = m0;
                a = disjunction_rule();
            }
            return a;
        }
        mark = m0;
        return lambdef_rule();
    }

    /** expression_without_invalid: expression's alternatives with the invalid rules off. */
    final Expr expression_without_invalid_rule() {
        boolean prev = callInvalidRules;
        callInvalidRules = false;
        enter();
        int m0 = startMark();
        Expr res = expression_without_invalid_alts(m0);
        level--;
        callInvalidRules = prev;
        return res;
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    final Expr yield_expr_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_YIELD) < 0) {
            level--;
            return null;
        }
        if (expect(K_FROM) >= 0) {
            Expr a = expression_rule();
            if (a != null) {
                level--;
                return new Expr.YieldFrom(a, pos(m0));
            }
            mark = m0 + 1;
        }
        Expr a = star_expressions_rule();
        level--;
        return new Expr.Yield(a, pos(m0));
    }

    /** star_expressions: star_expression (',' star_expression)* [','] */
    final Expr star_expressions_rule() {
        enter();
        int m0 = startMark();
        Expr a = star_expression_rule();
        if (a == null) {
            level--;
            return null;
        }
        Expr res = a;
        if (check(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            for (;;) {
                int m = mark;
                Expr c;
                if (expect(COMMA) >= 0 && (c = star_expression_rule()) != null) {
                    elts.add(c);
                } else {
                    mark = m;
                    break;
                }
            }
            expect(COMMA);
            res = new Expr.Tuple(elts, ExprContext.Load, pos(m0));
        }
        level--;
        return res;
    }

    /** star_expression (memo): '*' bitwise_or | expression */
    final Expr star_expression_rule() {
        int r = memoGet(M_STAR_EXPRESSION);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_STAR_EXPRESSION, m0);
        }
        enter();
        Expr res = null;
        if (expect(STAR) >= 0) {
            Expr a = bitwise_or_rule();
            if (a != null) {
                res = new Expr.Starred(a, ExprContext.Load, pos(m0));
            } else {
                mark = m0;
            }
        }
        if (res == null) {
            res = expression_rule();
        }
        level--;
        memoPut(M_STAR_EXPRESSION, m0, res);
        return res;
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    final List<Expr> star_named_expressions_rule() {
        enter();
        enter(); // CPython's gather is a rule, its loop over the next elements another
        Expr a = star_named_expression_rule();
        if (a == null) {
            level -= 2;
            return null;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        enter();
        for (;;) {
            int m = mark;
            Expr c;
            if (expect(COMMA) >= 0 && (c = star_named_expression_rule()) != null) {
                elts.add(c);
            } else {
                mark = m;
                break;
            }
        }
        level -= 2;
        expect(COMMA);
        level--;
        return elts;
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    final Expr star_named_expression_rule() {
        enter();
        int m0 = startMark();
        if (expect(STAR) >= 0) {
            Expr a = bitwise_or_rule();
            if (a != null) {
                level--;
                return new Expr.Starred(a, ExprContext.Load, pos(m0));
            }
            mark = m0;
        }
        Expr res = named_expression_rule();
        level--;
        return res;
    }

    /** assignment_expression: NAME ':=' ~ expression */
    final Expr assignment_expression_rule() {
        enter();
        int m0 = startMark();
        Expr.Name a = name_token();
        if (a == null) {
            level--;
            return null;
        }
        if (expect(COLONEQUAL) < 0) {
            mark = m0;
            level--;
            return null;
        }
        Expr b = expression_rule();
        if (b == null) {
            mark = m0;
            level--;
            return null;
        }
        level--;
        return new Expr.NamedExpr(new Expr.Name(a.id(), ExprContext.Store, a.pos()), b, pos(m0));
    }

    /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
    final Expr named_expression_rule() {
        enter();
        int m0 = startMark();
        Expr a = assignment_expression_rule();
        if (a != null) {
            level--;
            return a;
        }
        if (callInvalidRules) {
            Object inv = invalid_named_expression_rule();
            if (inv != null) {
                level--;
                return (Expr) inv;
            }
            mark = m0;
        }
        a = expression_rule();
        if (a != null && !check(COLONEQUAL)) {
            level--;
            return a;
        }
        mark = m0;
        level--;
        return null;
    }

    // =====================================================================================
    // Boolean operators and comparisons
    // =====================================================================================

    /** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
    final Expr disjunction_rule() {
        int r = memoGet(M_DISJUNCTION);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_DISJUNCTION, m0);
        }
        enter();
        Expr res = conjunction_rule();
        if (res != null && check(K_OR)) {
            List<Expr> values = null;
            enter(); // CPython's loop and group are rules
            enter();
            for (;;) {
                int m = mark;
                Expr c;
                if (expect(K_OR) >= 0 && (c = conjunction_rule()) != null) {
                    if (values == null) {
                        values = new ArrayList<>();
                        values.add(res);
                    }
                    values.add(c);
                } else {
                    mark = m;
                    break;
                }
            }
            level -= 2;
            if (values != null) {
                res = new Expr.BoolOp(BoolOpKind.Or, values, pos(m0));
            }
        }
        level--;
        memoPut(M_DISJUNCTION, m0, res);
        return res;
    }

    /** conjunction (memo): inversion ('and' inversion)+ | inversion */
    final Expr conjunction_rule() {
        int r = memoGet(M_CONJUNCTION);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_CONJUNCTION, m0);
        }
        enter();
        Expr res = inversion_rule();
        if (res != null && check(K_AND)) {
            List<Expr> values = null;
            enter(); // CPython's loop and group are rules
            enter();
            for (;;) {
                int m = mark;
                Expr c;
                if (expect(K_AND) >= 0 && (c = inversion_rule()) != null) {
                    if (values == null) {
                        values = new ArrayList<>();
                        values.add(res);
                    }
                    values.add(c);
                } else {
                    mark = m;
                    break;
                }
            }
            level -= 2;
            if (values != null) {
                res = new Expr.BoolOp(BoolOpKind.And, values, pos(m0));
            }
        }
        level--;
        memoPut(M_CONJUNCTION, m0, res);
        return res;
    }

    /** inversion (memo): 'not' inversion | comparison */
    final Expr inversion_rule() {
        int r = memoGet(M_INVERSION);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_INVERSION, m0);
        }
        enter();
        Expr res = null;
        if (expect(K_NOT) >= 0) {
            Expr a = inversion_rule();
            if (a != null) {
                res = new Expr.UnaryOp(UnaryOpKind.Not, a, pos(m0));
            } else {
                mark = m0;
            }
        }
        if (res == null) {
            res = comparison_rule();
        }
        level--;
        memoPut(M_INVERSION, m0, res);
        return res;
    }

    /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
    final Expr comparison_rule() {
        enter();
        int m0 = startMark();
        Expr a = bitwise_or_rule();
        if (a == null) {
            level--;
            return null;
        }
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        enter(); // CPython: the loop, compare_op_bitwise_or_pair and e.g. eq_bitwise_or are rules
        enter();
        enter();
        for (;;) {
            int m = mark;
            CmpOp op = compare_op();
            Expr b;
            if (op != null && (b = bitwise_or_rule()) != null) {
                if (ops == null) {
                    ops = new ArrayList<>(2);
                    comparators = new ArrayList<>(2);
                }
                ops.add(op);
                comparators.add(b);
            } else {
                mark = m;
                break;
            }
        }
        level -= 3;
        level--;
        if (ops == null) {
            return a;
        }
        return new Expr.Compare(a, ops, comparators, pos(m0));
    }

    /**
     * The operator of compare_op_bitwise_or_pair (the operand is parsed by the caller, which
     * is the same: every alternative is an operator followed by bitwise_or). '!=' is rejected
     * when spelled '<>' (CPython: _PyPegen_check_barry_as_flufl).
     */
    private CmpOp compare_op() {
        int t = peek();
        switch (t) {
            case EQEQUAL:
                mark++;
                return CmpOp.Eq;
            case NOTEQUAL:
                if (!token(mark).string().equals("!=")) {
                    return null;
                }
                mark++;
                return CmpOp.NotEq;
            case LESSEQUAL:
                mark++;
                return CmpOp.LtE;
            case LESS:
                mark++;
                return CmpOp.Lt;
            case GREATEREQUAL:
                mark++;
                return CmpOp.GtE;
            case GREATER:
                mark++;
                return CmpOp.Gt;
            case K_NOT: {
                int m = mark++;
                if (expect(K_IN) >= 0) {
                    return CmpOp.NotIn;
                }
                mark = m;
                return null;
            }
            case K_IN:
                mark++;
                return CmpOp.In;
            case K_IS:
                mark++;
                if (expect(K_NOT) >= 0) {
                    // 'is' 'not' bitwise_or comes before 'is' bitwise_or; when no operand
                    // follows 'is not', 'is' fails too (bitwise_or cannot start with 'not')
                    return CmpOp.IsNot;
                }
                return CmpOp.Is;
            default:
                return null;
        }
    }

    // =====================================================================================
    // Binary operators (left-recursive rules as loops)
    // =====================================================================================

    /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
    final Expr bitwise_or_rule() {
        int r = memoGet(M_BITWISE_OR);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_BITWISE_OR, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        Expr res = bitwise_xor_rule();
        if (res != null) {
            for (;;) {
                int m = mark;
                Expr b;
                if (expect(VBAR) >= 0 && (b = bitwise_xor_rule()) != null) {
                    res = new Expr.BinOp(res, Operator.BitOr, b, pos(m0));
                } else {
                    mark = m;
                    break;
                }
            }
        }
        level -= 2;
        memoPut(M_BITWISE_OR, m0, res);
        return res;
    }

    /** bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
    final Expr bitwise_xor_rule() {
        int r = memoGet(M_BITWISE_XOR);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_BITWISE_XOR, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        Expr res = bitwise_and_rule();
        if (res != null) {
            for (;;) {
                int m = mark;
                Expr b;
                if (expect(CIRCUMFLEX) >= 0 && (b = bitwise_and_rule()) != null) {
                    res = new Expr.BinOp(res, Operator.BitXor, b, pos(m0));
                } else {
                    mark = m;
                    break;
                }
            }
        }
        level -= 2;
        memoPut(M_BITWISE_XOR, m0, res);
        return res;
    }

    /** bitwise_and: bitwise_and '&' shift_expr | shift_expr */
    final Expr bitwise_and_rule() {
        int r = memoGet(M_BITWISE_AND);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_BITWISE_AND, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        Expr res = shift_expr_rule();
        if (res != null) {
            for (;;) {
                int m = mark;
                Expr b;
                if (expect(AMPER) >= 0 && (b = shift_expr_rule()) != null) {
                    res = new Expr.BinOp(res, Operator.BitAnd, b, pos(m0));
                } else {
                    mark = m;
                    break;
                }
            }
        }
        level -= 2;
        memoPut(M_BITWISE_AND, m0, res);
        return res;
    }

    /** shift_expr: shift_expr ('<<' | '>>') sum | sum */
    final Expr shift_expr_rule() {
        int r = memoGet(M_SHIFT_EXPR);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_SHIFT_EXPR, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        Expr res = sum_rule();
        if (res != null) {
            for (;;) {
                int m = mark;
                int t = peek();
                Operator op = t == LEFTSHIFT ? Operator.LShift : t == RIGHTSHIFT ? Operator.RShift : null;
                Expr b;
                if (op != null) {
                    mark++;
                    if ((b = sum_rule()) != null) {
                        res = new Expr.BinOp(res, op, b, pos(m0));
                        continue;
                    }
                }
                mark = m;
                break;
            }
        }
        level -= 2;
        memoPut(M_SHIFT_EXPR, m0, res);
        return res;
    }

    /** sum: sum ('+' | '-') term | term */
    final Expr sum_rule() {
        int r = memoGet(M_SUM);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_SUM, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        Expr res = term_rule();
        if (res != null) {
            for (;;) {
                int m = mark;
                int t = peek();
                Operator op = t == PLUS ? Operator.Add : t == MINUS ? Operator.Sub : null;
                Expr b;
                if (op != null) {
                    mark++;
                    if ((b = term_rule()) != null) {
                        res = new Expr.BinOp(res, op, b, pos(m0));
                        continue;
                    }
                }
                mark = m;
                break;
            }
        }
        level -= 2;
        memoPut(M_SUM, m0, res);
        return res;
    }

    /** term: term ('*' | '/' | '//' | '%' | '@') factor | factor */
    final Expr term_rule() {
        int r = memoGet(M_TERM);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_TERM, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        Expr res = factor_rule();
        if (res != null) {
            for (;;) {
                int m = mark;
                Operator op;
                switch (peek()) {
                    case STAR:
                        op = Operator.Mult;
                        break;
                    case SLASH:
                        op = Operator.Div;
                        break;
                    case DOUBLESLASH:
                        op = Operator.FloorDiv;
                        break;
                    case PERCENT:
                        op = Operator.Mod;
                        break;
                    case AT:
                        op = Operator.MatMult;
                        break;
                    default:
                        op = null;
                        break;
                }
                Expr b;
                if (op != null) {
                    mark++;
                    if ((b = factor_rule()) != null) {
                        res = new Expr.BinOp(res, op, b, pos(m0));
                        continue;
                    }
                }
                mark = m;
                break;
            }
        }
        level -= 2;
        memoPut(M_TERM, m0, res);
        return res;
    }

    /** factor (memo): '+' factor | '-' factor | '~' factor | power */
    final Expr factor_rule() {
        int r = memoGet(M_FACTOR);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_FACTOR, m0);
        }
        enter();
        Expr res = null;
        int t = peek();
        UnaryOpKind op = t == PLUS ? UnaryOpKind.UAdd : t == MINUS ? UnaryOpKind.USub
                : t == TILDE ? UnaryOpKind.Invert : null;
        if (op != null) {
            mark++;
            Expr a = factor_rule();
            if (a != null) {
                res = new Expr.UnaryOp(op, a, pos(m0));
            } else {
                mark = m0;
            }
        }
        if (res == null) {
            res = power_rule();
        }
        level--;
        memoPut(M_FACTOR, m0, res);
        return res;
    }

    /** power: await_primary '**' factor | await_primary */
    final Expr power_rule() {
        enter();
        int m0 = startMark();
        Expr a = await_primary_rule();
        if (a != null && expect(DOUBLESTAR) >= 0) {
            Expr b = factor_rule();
            if (b != null) {
                level--;
                return new Expr.BinOp(a, Operator.Pow, b, pos(m0));
            }
            mark = m0;
            a = await_primary_rule();
        }
        level--;
        return a;
    }

    /** await_primary (memo): AWAIT primary | primary */
    final Expr await_primary_rule() {
        int r = memoGet(M_AWAIT_PRIMARY);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_AWAIT_PRIMARY, m0);
        }
        enter();
        Expr res = null;
        if (expect(AWAIT) >= 0) {
            Expr a = primary_rule();
            if (a != null) {
                res = new Expr.Await(a, pos(m0));
            } else {
                mark = m0;
            }
        }
        if (res == null) {
            res = primary_rule();
        }
        level--;
        memoPut(M_AWAIT_PRIMARY, m0, res);
        return res;
    }

    /**
     * primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
     * | primary '[' slices ']' | atom
     */
    final Expr primary_rule() {
        int r = memoGet(M_PRIMARY);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_PRIMARY, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        Expr res = atom_rule();
        if (res != null) {
            for (;;) {
                Expr next = primaryTrailer(res, m0);
                if (next == null) {
                    break;
                }
                res = next;
            }
        }
        level -= 2;
        memoPut(M_PRIMARY, m0, res);
        return res;
    }

    /**
     * One step of the left-recursive primary or t_primary: the alternatives that extend
     * {@code a}, tried in the grammar's order. Null (mark unchanged) if none matches.
     */
    final Expr primaryTrailer(Expr a, int m0) {
        int m = mark;
        int t = peek();
        if (t == DOT) {
            mark++;
            String b = name_id();
            if (b != null) {
                return new Expr.Attribute(a, b, ExprContext.Load, pos(m0));
            }
            mark = m;
            return null;
        }
        // primary genexp: genexp also tries invalid_comprehension, which starts with '(', '['
        // or '{'
        if (t == LPAR || (callInvalidRules && (t == LSQB || t == LBRACE))) {
            Expr g = genexp_rule();
            if (g != null) {
                return new Expr.Call(a, List.of(g), List.of(), pos(m0));
            }
            mark = m;
        }
        if (t == LPAR) {
            mark = m + 1;
            ActionHelpers.CallArgs b = arguments_rule();
            if (expect(RPAR) >= 0) {
                return b == null ? new Expr.Call(a, List.of(), List.of(), pos(m0))
                        : new Expr.Call(a, b.args(), b.keywords(), pos(m0));
            }
            mark = m;
            return null;
        }
        if (t == LSQB) {
            mark++;
            Expr b = slices_rule();
            if (b != null && expect(RSQB) >= 0) {
                return new Expr.Subscript(a, b, ExprContext.Load, pos(m0));
            }
            mark = m;
            return null;
        }
        return null;
    }

    /** A Constant for a singleton keyword: 'True', 'False', 'None'. */
    static ConstantValue keywordConstant(int type) {
        switch (type) {
            case K_TRUE:
                return ConstantValue.TRUE;
            case K_FALSE:
                return ConstantValue.FALSE;
            case K_NONE:
                return ConstantValue.NONE;
            default:
                return null;
        }
    }

    /** A Constant node for a value, at a position. */
    static Expr.Constant constant(ConstantValue v, Position p) {
        return new Expr.Constant(v, null, p);
    }
}
