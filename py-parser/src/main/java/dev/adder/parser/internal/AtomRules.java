package dev.adder.parser.internal;

import dev.adder.ast.Comprehension;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.lexer.Token;
import dev.adder.lexer.TokenStream;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for atoms: names, constants, strings, displays (tuple, list, set, dict),
 * comprehensions and generator expressions, and subscripts' slices.
 *
 * <p>CPython: Grammar/python.gram (atom, slices, LITERALS, Dicts, Comprehensions & Generators).
 */
abstract class AtomRules extends ExpressionRules {

    AtomRules(SourceText source, TokenStream stream, int startRule, boolean convertOffsets,
              SourceText outer, int startingLineno, int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    // ---- rules defined further down the chain ----
    abstract Expr star_targets_rule();

    abstract Object invalid_group_rule();

    abstract Object invalid_comprehension_rule();

    abstract Object invalid_dict_comprehension_rule();

    abstract Object invalid_double_starred_kvpairs_rule();

    abstract Object invalid_for_target_rule();

    abstract Expr starred_expression_rule();

    // =====================================================================================
    // slices
    // =====================================================================================

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    @Override
    final Expr slices_rule() {
        enter();
        int m0 = startMark();
        Expr a = slice_rule();
        if (a != null && !check(COMMA)) {
            level--;
            return a;
        }
        mark = m0;
        List<Expr> elts = null;
        for (;;) {
            int m = mark;
            if (elts != null && expect(COMMA) < 0) {
                break;
            }
            Expr e = slice_rule();
            if (e == null) {
                e = starred_expression_rule();
            }
            if (e == null) {
                mark = m;
                break;
            }
            if (elts == null) {
                elts = new ArrayList<>();
            }
            elts.add(e);
        }
        if (elts == null) {
            mark = m0;
            level--;
            return null;
        }
        expect(COMMA);
        level--;
        return new Expr.Tuple(elts, ExprContext.Load, pos(m0));
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    final Expr slice_rule() {
        enter();
        int m0 = startMark();
        Expr a = expression_rule();
        if (expect(COLON) >= 0) {
            Expr b = expression_rule();
            Expr c = null;
            if (expect(COLON) >= 0) {
                c = expression_rule();
            }
            level--;
            return new Expr.Slice(a, b, c, pos(m0));
        }
        mark = m0;
        Expr res = named_expression_rule();
        level--;
        return res;
    }

    // =====================================================================================
    // atom
    // =====================================================================================

    /**
     * atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
     * | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
     * | &'{' (dict | set | dictcomp | setcomp) | '...'
     */
    @Override
    final Expr atom_rule() {
        enter();
        int m0 = startMark();
        Expr res;
        switch (types[m0]) {
            case NAME:
                res = name_token();
                break;
            case K_TRUE:
            case K_FALSE:
            case K_NONE:
                mark++;
                res = constant(keywordConstant(types[m0]), pos(m0));
                break;
            case STRING:
                res = strings_rule();
                break;
            case NUMBER:
                res = number_token();
                break;
            case LPAR:
                enter(); // CPython's group (tuple | group | genexp) is a rule of its own
                res = tuple_rule();
                if (res == null) {
                    res = group_rule();
                }
                if (res == null) {
                    res = genexp_rule();
                }
                level--;
                break;
            case LSQB:
                enter();
                res = list_rule();
                if (res == null) {
                    res = listcomp_rule();
                }
                level--;
                break;
            case LBRACE:
                enter();
                res = dict_rule();
                if (res == null) {
                    res = set_rule();
                }
                if (res == null) {
                    res = dictcomp_rule();
                }
                if (res == null) {
                    res = setcomp_rule();
                }
                level--;
                break;
            case ELLIPSIS:
                mark++;
                res = constant(ConstantValue.ELLIPSIS, pos(m0));
                break;
            default:
                res = null;
                break;
        }
        level--;
        return res;
    }

    /** strings (memo): STRING+ */
    final Expr strings_rule() {
        int r = memoGet(M_STRINGS);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Expr) memoValue(M_STRINGS, m0);
        }
        enter();
        Expr res = null;
        if (check(STRING)) {
            List<Token> a = new ArrayList<>(2);
            while (check(STRING)) {
                a.add(token(mark++));
            }
            // the token after the strings has been read, as CPython's loop reads it
            res = Literals.strings(a, this);
        }
        level--;
        memoPut(M_STRINGS, m0, res);
        return res;
    }

    /** list: '[' [star_named_expressions] ']' */
    final Expr list_rule() {
        enter();
        int m0 = startMark();
        if (expect(LSQB) >= 0) {
            List<Expr> a = star_named_expressions_rule();
            if (expect(RSQB) >= 0) {
                level--;
                return new Expr.List(a == null ? List.of() : a, ExprContext.Load, pos(m0));
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
    final Expr tuple_rule() {
        enter();
        int m0 = startMark();
        if (expect(LPAR) >= 0) {
            List<Expr> elts = null;
            int m1 = mark;
            enter(); // CPython's optional group [star_named_expression ',' ...] is a rule
            Expr y = star_named_expression_rule();
            level--;
            if (y != null && expect(COMMA) >= 0) {
                List<Expr> z = star_named_expressions_rule();
                elts = new ArrayList<>(z == null ? 1 : z.size() + 1);
                elts.add(y);
                if (z != null) {
                    elts.addAll(z);
                }
            } else {
                mark = m1;
            }
            if (expect(RPAR) >= 0) {
                level--;
                return new Expr.Tuple(elts == null ? List.of() : elts, ExprContext.Load, pos(m0));
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** group: '(' (yield_expr | named_expression) ')' | invalid_group */
    final Expr group_rule() {
        enter();
        int m0 = startMark();
        if (expect(LPAR) >= 0) {
            Expr a = yield_expr_rule();
            if (a == null) {
                a = named_expression_rule();
            }
            if (a != null && expect(RPAR) >= 0) {
                level--;
                return a;
            }
            mark = m0;
        }
        if (callInvalidRules) {
            Object r = invalid_group_rule();
            if (r != null) {
                level--;
                return (Expr) r;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
    @Override
    final Expr genexp_rule() {
        enter();
        int m0 = startMark();
        if (expect(LPAR) >= 0) {
            enter(); // the group is a rule in CPython
            Expr a = assignment_expression_or_expression();
            level--;
            List<Comprehension> b;
            if (a != null && (b = for_if_clauses_rule()) != null && expect(RPAR) >= 0) {
                level--;
                return new Expr.GeneratorExp(a, b, pos(m0));
            }
            mark = m0;
        }
        if (callInvalidRules) {
            Object r = invalid_comprehension_rule();
            if (r != null) {
                level--;
                return (Expr) r;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** The group (assignment_expression | expression !':='). */
    final Expr assignment_expression_or_expression() {
        int m = mark;
        Expr a = assignment_expression_rule();
        if (a != null) {
            return a;
        }
        a = expression_rule();
        if (a != null && check(COLONEQUAL)) {
            mark = m;
            return null;
        }
        return a;
    }

    /** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
    final Expr listcomp_rule() {
        enter();
        int m0 = startMark();
        if (expect(LSQB) >= 0) {
            Expr a = named_expression_rule();
            List<Comprehension> b;
            if (a != null && (b = for_if_clauses_rule()) != null && expect(RSQB) >= 0) {
                level--;
                return new Expr.ListComp(a, b, pos(m0));
            }
            mark = m0;
        }
        if (callInvalidRules) {
            Object r = invalid_comprehension_rule();
            if (r != null) {
                level--;
                return (Expr) r;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** set: '{' star_named_expressions '}' */
    final Expr set_rule() {
        enter();
        int m0 = startMark();
        if (expect(LBRACE) >= 0) {
            List<Expr> a = star_named_expressions_rule();
            if (a != null && expect(RBRACE) >= 0) {
                level--;
                return new Expr.Set(a, pos(m0));
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
    final Expr setcomp_rule() {
        enter();
        int m0 = startMark();
        if (expect(LBRACE) >= 0) {
            Expr a = named_expression_rule();
            List<Comprehension> b;
            if (a != null && (b = for_if_clauses_rule()) != null && expect(RBRACE) >= 0) {
                level--;
                return new Expr.SetComp(a, b, pos(m0));
            }
            mark = m0;
        }
        if (callInvalidRules) {
            Object r = invalid_comprehension_rule();
            if (r != null) {
                level--;
                return (Expr) r;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
    final Expr dict_rule() {
        enter();
        int m0 = startMark();
        if (expect(LBRACE) >= 0) {
            List<ActionHelpers.KeyValuePair> a = double_starred_kvpairs_rule();
            if (expect(RBRACE) >= 0) {
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                if (a != null) {
                    for (ActionHelpers.KeyValuePair kv : a) {
                        keys.add(kv.key());
                        values.add(kv.value());
                    }
                }
                level--;
                return new Expr.Dict(keys, values, pos(m0));
            }
            mark = m0;
        }
        // not guarded by call_invalid_rules in CPython (the alternative has more than one item):
        // it runs in the first pass too
        if (expect(LBRACE) >= 0) {
            Object r = invalid_double_starred_kvpairs_rule();
            if (r != null && expect(RBRACE) >= 0) {
                // CPython's default action: a dummy name (never reached: the rule raises)
                level--;
                return new Expr.Name("", ExprContext.Load, pos(m0));
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
    final List<ActionHelpers.KeyValuePair> double_starred_kvpairs_rule() {
        enter();
        enter(); // CPython's gather is a rule, its loop over the next elements another
        List<ActionHelpers.KeyValuePair> a = null;
        boolean loop = false;
        for (;;) {
            int m = mark;
            if (a != null && expect(COMMA) < 0) {
                break;
            }
            if (a != null && !loop) {
                loop = true;
                enter();
            }
            ActionHelpers.KeyValuePair kv = double_starred_kvpair_rule();
            if (kv == null) {
                mark = m;
                break;
            }
            if (a == null) {
                a = new ArrayList<>();
            }
            a.add(kv);
        }
        level -= loop ? 2 : 1;
        if (a != null) {
            expect(COMMA);
        }
        level--;
        return a;
    }

    /** double_starred_kvpair: '**' bitwise_or | kvpair */
    final ActionHelpers.KeyValuePair double_starred_kvpair_rule() {
        enter();
        int m0 = startMark();
        if (expect(DOUBLESTAR) >= 0) {
            Expr a = bitwise_or_rule();
            if (a != null) {
                level--;
                return new ActionHelpers.KeyValuePair(null, a);
            }
            mark = m0;
        }
        ActionHelpers.KeyValuePair res = kvpair_rule();
        level--;
        return res;
    }

    /** kvpair: expression ':' expression */
    final ActionHelpers.KeyValuePair kvpair_rule() {
        enter();
        int m0 = startMark();
        Expr a = expression_rule();
        Expr b;
        if (a != null && expect(COLON) >= 0 && (b = expression_rule()) != null) {
            level--;
            return new ActionHelpers.KeyValuePair(a, b);
        }
        mark = m0;
        level--;
        return null;
    }

    /** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
    final Expr dictcomp_rule() {
        enter();
        int m0 = startMark();
        if (expect(LBRACE) >= 0) {
            ActionHelpers.KeyValuePair a = kvpair_rule();
            List<Comprehension> b;
            if (a != null && (b = for_if_clauses_rule()) != null && expect(RBRACE) >= 0) {
                level--;
                return new Expr.DictComp(a.key(), a.value(), b, pos(m0));
            }
            mark = m0;
        }
        if (callInvalidRules) {
            Object r = invalid_dict_comprehension_rule();
            if (r != null) {
                level--;
                return (Expr) r;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    // =====================================================================================
    // comprehensions
    // =====================================================================================

    /** for_if_clauses: for_if_clause+ */
    final List<Comprehension> for_if_clauses_rule() {
        enter();
        enter(); // CPython's loop for_if_clause+ is a rule
        List<Comprehension> a = null;
        for (;;) {
            Comprehension c = for_if_clause_rule();
            if (c == null) {
                break;
            }
            if (a == null) {
                a = new ArrayList<>(1);
            }
            a.add(c);
        }
        level -= 2;
        return a;
    }

    /**
     * for_if_clause: ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
     * | 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
     */
    final Comprehension for_if_clause_rule() {
        enter();
        int m0 = startMark();
        boolean async = expect(ASYNC) >= 0;
        if (expect(K_FOR) >= 0) {
            Expr a = star_targets_rule();
            if (a != null && expect(K_IN) >= 0) {
                // cut: from here the rule fails if the rest does not match
                Expr b = disjunction_rule();
                if (b == null) {
                    mark = m0;
                    level--;
                    return null;
                }
                List<Expr> ifs = new ArrayList<>(0);
                for (;;) {
                    int m = mark;
                    Expr z;
                    if (expect(K_IF) >= 0 && (z = disjunction_rule()) != null) {
                        ifs.add(z);
                    } else {
                        mark = m;
                        break;
                    }
                }
                level--;
                return new Comprehension(a, b, ifs, async ? 1 : 0);
            }
        }
        mark = m0;
        if (callInvalidRules) {
            invalid_for_target_rule();
            mark = m0;
        }
        level--;
        return null;
    }
}
