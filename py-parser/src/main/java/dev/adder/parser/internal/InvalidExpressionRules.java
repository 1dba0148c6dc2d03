package dev.adder.parser.internal;

import dev.adder.ast.Arg;
import dev.adder.ast.Comprehension;
import dev.adder.ast.Expr;
import dev.adder.ast.Keyword;
import dev.adder.lexer.TokenStream;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import java.util.List;

/**
 * The {@code invalid_*} rules of expressions, arguments and parameters: they run only in the
 * second pass, after the first failed, and raise the specific syntax errors. Each returns null
 * when it does not apply (or when its action gives no error), and throws when it does.
 *
 * <p>CPython: Grammar/python.gram (START OF INVALID RULES).
 */
abstract class InvalidExpressionRules extends PatternRules {

    InvalidExpressionRules(SourceText source, TokenStream stream, int startRule,
                           boolean convertOffsets, SourceText outer, int startingLineno,
                           int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    /**
     * CPython: RAISE_SYNTAX_ERROR_INVALID_TARGET: the error for the first invalid target in
     * {@code e}, or null (the rule then fails) if every target in it is valid.
     */
    final PythonSyntaxError invalidTargetError(ActionHelpers.TargetsType type, Expr e) {
        Expr t = ActionHelpers.invalidTarget(e, type);
        if (t != null) {
            String msg = type == ActionHelpers.TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
            return raiseKnownLocation(t, msg + ActionHelpers.exprName(t));
        }
        return null;
    }

    static void throwIfNotNull(PythonSyntaxError e) {
        if (e != null) {
            throw e;
        }
    }

    private static Expr lastComprehensionItem(List<Comprehension> b) {
        return ActionHelpers.lastComprehensionItem(b.get(b.size() - 1));
    }

    /**
     * invalid_arguments: args ',' '*' | expression for_if_clauses ',' [args | expression for_if_clauses]
     * | NAME '=' expression for_if_clauses | args for_if_clauses
     * | args ',' expression for_if_clauses | args ',' args
     */
    @Override
    final Object invalid_arguments_rule() {
        enter();
        int m0 = startMark();
        // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
        //  | kwargs) ',' '*'
        boolean g = args_positional() != null && expect(COMMA) >= 0 && kwargs_rule() != null;
        if (!g) {
            mark = m0;
            g = kwargs_rule() != null;
        }
        int star;
        if (g && expect(COMMA) >= 0 && (star = expect(STAR)) >= 0) {
            throw raiseKnownLocation(star, star, "iterable argument unpacking follows keyword argument unpacking");
        }
        mark = m0;
        ActionHelpers.CallArgs a;
        Expr e = expression_rule();
        List<Comprehension> b;
        if (e != null && (b = for_if_clauses_rule()) != null && expect(COMMA) >= 0) {
            int m = mark;
            if (args_rule() == null) {
                mark = m;
                if (expression_rule() == null || for_if_clauses_rule() == null) {
                    mark = m;
                }
            }
            throw raiseKnownRange(e, lastComprehensionItem(b), "Generator expression must be parenthesized");
        }
        mark = m0;
        if (types[m0] == NAME) {
            mark++;
            int eq = expect(EQUAL);
            if (eq >= 0 && expression_rule() != null && for_if_clauses_rule() != null) {
                throw raiseKnownLocation(m0, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            mark = m0;
        }
        a = args_rule();
        if (a != null && (b = for_if_clauses_rule()) != null) {
            // CPython: _PyPegen_nonparen_genexp_in_call
            int len = a.args().size();
            if (len <= 1) {
                mark = m0;
                level--;
                return null;
            }
            throw raiseKnownRange(a.args().get(len - 1), lastComprehensionItem(b),
                    "Generator expression must be parenthesized");
        }
        mark = m0;
        if (args_rule() != null && expect(COMMA) >= 0 && (e = expression_rule()) != null
                && (b = for_if_clauses_rule()) != null) {
            throw raiseKnownRange(e, lastComprehensionItem(b), "Generator expression must be parenthesized");
        }
        mark = m0;
        a = args_rule();
        if (a != null && expect(COMMA) >= 0 && args_rule() != null) {
            // CPython: _PyPegen_arguments_parsing_error
            boolean unpacking = false;
            for (Keyword k : a.keywords()) {
                if (k.arg() == null) {
                    unpacking = true;
                }
            }
            throw raiseSyntaxError(unpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_kwarg: ('True'|'False'|'None') '=' | NAME '=' expression for_if_clauses
     * | !(NAME '=') expression '='
     */
    @Override
    final Object invalid_kwarg_rule() {
        enter();
        int m0 = startMark();
        int t = types[m0];
        if (t == K_TRUE || t == K_FALSE || t == K_NONE) {
            mark++;
            int b = expect(EQUAL);
            if (b >= 0) {
                throw raiseKnownLocation(m0, b, "cannot assign to " + token(m0).string());
            }
            mark = m0;
        }
        boolean nameEq = false;
        if (t == NAME) {
            mark++;
            int b = expect(EQUAL);
            if (b >= 0) {
                nameEq = true;
                if (expression_rule() != null && for_if_clauses_rule() != null) {
                    throw raiseKnownLocation(m0, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
            }
            mark = m0;
        }
        if (!nameEq) {
            Expr a = expression_rule();
            int b;
            if (a != null && (b = expect(EQUAL)) >= 0) {
                throw raiseKnownRange(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** invalid_legacy_expression: NAME !'(' star_expressions */
    @Override
    final Object invalid_legacy_expression_rule() {
        enter();
        int m0 = startMark();
        Expr.Name a = name_token();
        if (a != null && !check(LPAR)) {
            Expr b = star_expressions_rule();
            if (b != null) {
                if (ActionHelpers.isLegacyStmt(a)) {
                    throw raiseKnownRange(a, b, "Missing parentheses in call to '" + a.id()
                            + "'. Did you mean " + a.id() + "(...)?");
                }
                mark = m0;
                level--;
                return null;
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** CPython: _PyPegen_soft_keyword_token (which compares only the token's length). */
    final boolean isSoftKeywordAt(int i) {
        if (types[i] != NAME) {
            return false;
        }
        String s = token(i).string();
        return "_".startsWith(s) || "case".startsWith(s) || "match".startsWith(s);
    }

    /**
     * invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
     * | disjunction 'if' disjunction !('else'|':')
     */
    @Override
    final Object invalid_expression_rule() {
        enter();
        int m0 = startMark();
        boolean lookahead = false;
        if (types[m0] == NAME) {
            mark++;
            lookahead = check(STRING);
            mark = m0;
            if (!lookahead) {
                lookahead = isSoftKeywordAt(m0);
            }
        }
        if (!lookahead) {
            Expr a = disjunction_rule();
            if (a != null) {
                Expr b = expression_without_invalid_rule();
                if (b != null) {
                    if (ActionHelpers.isLegacyStmt(a) || tokLevel(mark - 1) == 0) {
                        mark = m0;
                        level--;
                        return null;
                    }
                    throw raiseKnownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
            mark = m0;
        }
        Expr a = disjunction_rule();
        if (a != null && expect(K_IF) >= 0) {
            Expr b = disjunction_rule();
            if (b != null && !check(K_ELSE) && !check(COLON)) {
                throw raiseKnownRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_named_expression (memo): expression ':=' expression
     * | NAME '=' bitwise_or !('='|':=')
     * | !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
     */
    @Override
    final Object invalid_named_expression_rule() {
        int r = memoGet(M_INVALID_NAMED_EXPRESSION);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return memoValue(M_INVALID_NAMED_EXPRESSION, m0);
        }
        enter();
        Expr a = expression_rule();
        if (a != null && expect(COLONEQUAL) >= 0 && expression_rule() != null) {
            throw raiseKnownLocation(a, "cannot use assignment expressions with " + ActionHelpers.exprName(a));
        }
        mark = m0;
        if (types[m0] == NAME) {
            Expr.Name n = name_token();
            if (expect(EQUAL) >= 0) {
                Expr b = bitwise_or_rule();
                if (b != null && !check(EQUAL) && !check(COLONEQUAL)) {
                    throw raiseKnownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
            }
            mark = m0;
        }
        boolean excluded;
        int t = types[m0];
        if (t == K_TRUE || t == K_NONE || t == K_FALSE) {
            excluded = true;
        } else {
            excluded = list_rule() != null;
            mark = m0;
            if (!excluded) {
                excluded = tuple_rule() != null;
                mark = m0;
            }
            if (!excluded) {
                excluded = genexp_rule() != null;
                mark = m0;
            }
        }
        if (!excluded) {
            a = bitwise_or_rule();
            if (a != null && expect(EQUAL) >= 0 && bitwise_or_rule() != null && !check(EQUAL)
                    && !check(COLONEQUAL)) {
                throw raiseKnownLocation(a, "cannot assign to " + ActionHelpers.exprName(a)
                        + " here. Maybe you meant '==' instead of '='?");
            }
            mark = m0;
        }
        level--;
        memoPut(M_INVALID_NAMED_EXPRESSION, m0, null);
        return null;
    }

    /**
     * invalid_assignment: invalid_ann_assign_target ':' expression
     * | star_named_expression ',' star_named_expressions* ':' expression
     * | expression ':' expression | (star_targets '=')* star_expressions '='
     * | (star_targets '=')* yield_expr '=' | star_expressions augassign (yield_expr | star_expressions)
     */
    @Override
    final Object invalid_assignment_rule() {
        enter();
        int m0 = startMark();
        Expr a = invalid_ann_assign_target_rule();
        if (a != null && expect(COLON) >= 0 && expression_rule() != null) {
            throw raiseKnownLocation(a, "only single target (not " + ActionHelpers.exprName(a)
                    + ") can be annotated");
        }
        mark = m0;
        a = star_named_expression_rule();
        if (a != null && expect(COMMA) >= 0) {
            while (star_named_expressions_rule() != null) {
                // star_named_expressions*
            }
            if (expect(COLON) >= 0 && expression_rule() != null) {
                throw raiseKnownLocation(a, "only single target (not tuple) can be annotated");
            }
        }
        mark = m0;
        a = expression_rule();
        if (a != null && expect(COLON) >= 0 && expression_rule() != null) {
            throw raiseKnownLocation(a, "illegal target for annotation");
        }
        mark = m0;
        star_targets_assign_star();
        a = star_expressions_rule();
        if (a != null && expect(EQUAL) >= 0) {
            throwIfNotNull(invalidTargetError(ActionHelpers.TargetsType.STAR_TARGETS, a));
            // the action gives no error: the rule fails without trying the others
            mark = m0;
            level--;
            return null;
        }
        mark = m0;
        star_targets_assign_star();
        a = yield_expr_rule();
        if (a != null && expect(EQUAL) >= 0) {
            throw raiseKnownLocation(a, "assignment to yield expression not possible");
        }
        mark = m0;
        a = star_expressions_rule();
        if (a != null && augassign() != null) {
            if (yield_expr_rule() != null || star_expressions_rule() != null) {
                throw raiseKnownLocation(a, "'" + ActionHelpers.exprName(a)
                        + "' is an illegal expression for augmented assignment");
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** (star_targets '=')* */
    private void star_targets_assign_star() {
        for (;;) {
            int m = mark;
            if (star_targets_rule() == null || expect(EQUAL) < 0) {
                mark = m;
                return;
            }
        }
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
    final Expr invalid_ann_assign_target_rule() {
        enter();
        int m0 = startMark();
        Expr a = list_rule();
        if (a == null) {
            a = tuple_rule();
        }
        if (a == null && expect(LPAR) >= 0) {
            a = invalid_ann_assign_target_rule();
            if (a == null || expect(RPAR) < 0) {
                a = null;
                mark = m0;
            }
        }
        level--;
        return a;
    }

    /**
     * invalid_comprehension: ('[' | '(' | '{') starred_expression for_if_clauses
     * | ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
     * | ('[' | '{') star_named_expression ',' for_if_clauses
     */
    @Override
    final Object invalid_comprehension_rule() {
        enter();
        int m0 = startMark();
        int t = types[m0];
        if (t == LSQB || t == LPAR || t == LBRACE) {
            mark++;
            Expr a = starred_expression_rule();
            if (a != null && for_if_clauses_rule() != null) {
                throw raiseKnownLocation(a, "iterable unpacking cannot be used in comprehension");
            }
            mark = m0;
        }
        if (t == LSQB || t == LBRACE) {
            mark++;
            Expr a = star_named_expression_rule();
            if (a != null && expect(COMMA) >= 0) {
                List<Expr> b = star_named_expressions_rule();
                if (b != null && for_if_clauses_rule() != null) {
                    throw raiseKnownRange(a, b.get(b.size() - 1),
                            "did you forget parentheses around the comprehension target?");
                }
            }
            mark = m0 + 1;
            a = star_named_expression_rule();
            int c;
            if (a != null && (c = expect(COMMA)) >= 0 && for_if_clauses_rule() != null) {
                throw raiseKnownRange(a, c, "did you forget parentheses around the comprehension target?");
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
    @Override
    final Object invalid_dict_comprehension_rule() {
        enter();
        int m0 = startMark();
        int a;
        if (expect(LBRACE) >= 0 && (a = expect(DOUBLESTAR)) >= 0 && bitwise_or_rule() != null
                && for_if_clauses_rule() != null && expect(RBRACE) >= 0) {
            throw raiseKnownLocation(a, a, "dict unpacking cannot be used in dict comprehension");
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_parameters (and invalid_lambda_parameters):
     * param_no_default* invalid_parameters_helper param_no_default
     * | param_no_default* '(' param_no_default+ ','? ')'
     * | "/" ',' | (slash_no_default | slash_with_default) param_maybe_default* '/'
     * | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
     *   param_maybe_default* '/'
     * | param_maybe_default+ '/' '*'
     */
    @Override
    final Object invalid_parameters_rule(boolean lam) {
        enter();
        int m0 = startMark();
        param_no_default_star(lam);
        if (invalid_parameters_helper(lam)) {
            Arg a = param_no_default_rule(lam);
            if (a != null) {
                throw raiseKnownLocation(a, "non-default argument follows default argument");
            }
        }
        mark = m0;
        param_no_default_star(lam);
        int a = expect(LPAR);
        if (a >= 0) {
            boolean some;
            if (lam) {
                // ','.lambda_param+
                some = false;
                for (;;) {
                    int m = mark;
                    if (some && expect(COMMA) < 0) {
                        break;
                    }
                    if (param_rule(true) == null) {
                        mark = m;
                        break;
                    }
                    some = true;
                }
            } else {
                some = !param_no_default_star(false).isEmpty();
            }
            if (some) {
                expect(COMMA);
                int b = expect(RPAR);
                if (b >= 0) {
                    throw raiseKnownLocation(a, b, lam ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
        }
        mark = m0;
        a = expect(SLASH);
        if (a >= 0 && expect(COMMA) >= 0) {
            throw raiseKnownLocation(a, a, "at least one argument must precede /");
        }
        mark = m0;
        boolean slash = slash_no_default_rule(lam) != null;
        if (!slash) {
            slash = slash_with_default_rule(lam) != null;
        }
        if (slash) {
            param_maybe_default_star(lam);
            a = expect(SLASH);
            if (a >= 0) {
                throw raiseKnownLocation(a, a, "/ may appear only once");
            }
        }
        mark = m0;
        if (slash_no_default_rule(lam) == null) {
            slash_with_default_rule(lam);
        }
        param_maybe_default_star(lam);
        if (expect(STAR) >= 0 && (expect(COMMA) >= 0 || param_no_default_rule(lam) != null)) {
            param_maybe_default_star(lam);
            a = expect(SLASH);
            if (a >= 0) {
                throw raiseKnownLocation(a, a, "/ must be ahead of *");
            }
        }
        mark = m0;
        if (!param_maybe_default_star(lam).isEmpty() && expect(SLASH) >= 0) {
            a = expect(STAR);
            if (a >= 0) {
                throw raiseKnownLocation(a, a, "expected comma between / and *");
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_parameters_helper: slash_with_default | param_with_default+ (matched or not) */
    private boolean invalid_parameters_helper(boolean lam) {
        enter();
        boolean res = slash_with_default_rule(lam) != null || !param_with_default_star(lam).isEmpty();
        level--;
        return res;
    }

    /** invalid_default: '=' &(')'|',') */
    @Override
    final Object invalid_default_rule() {
        enter();
        int m0 = startMark();
        int a = expect(EQUAL);
        if (a >= 0 && (check(RPAR) || check(COMMA))) {
            throw raiseKnownLocation(a, a, "expected default value expression");
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_star_etc: '*' (')' | ',' (')' | '**')) | '*' ',' TYPE_COMMENT | '*' param '='
     * | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
     * (and invalid_lambda_star_etc, with ':' for ')' and RAISE_SYNTAX_ERROR in the first)
     */
    @Override
    final Object invalid_star_etc_rule(boolean lam) {
        enter();
        int m0 = startMark();
        int close = closer(lam);
        int a = expect(STAR);
        if (a < 0) {
            level--;
            return null;
        }
        if (expect(close) >= 0 || (expect(COMMA) >= 0 && (expect(close) >= 0 || expect(DOUBLESTAR) >= 0))) {
            if (lam) {
                throw raiseSyntaxError("named arguments must follow bare *");
            }
            throw raiseKnownLocation(a, a, "named arguments must follow bare *");
        }
        mark = m0 + 1;
        int eq;
        if (param_rule(lam) != null && (eq = expect(EQUAL)) >= 0) {
            throw raiseKnownLocation(eq, eq, "var-positional argument cannot have default value");
        }
        mark = m0 + 1;
        if (param_no_default_rule(lam) != null || expect(COMMA) >= 0) {
            param_maybe_default_star(lam);
            int b = expect(STAR);
            if (b >= 0 && (param_no_default_rule(lam) != null || expect(COMMA) >= 0)) {
                throw raiseKnownLocation(b, b, "* argument may appear only once");
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_kwds: '**' param '=' | '**' param ',' param | '**' param ',' ('*'|'**'|'/')
     * (and invalid_lambda_kwds)
     */
    @Override
    final Object invalid_kwds_rule(boolean lam) {
        enter();
        int m0 = startMark();
        if (expect(DOUBLESTAR) >= 0 && param_rule(lam) != null) {
            int m1 = mark;
            int a = expect(EQUAL);
            if (a >= 0) {
                throw raiseKnownLocation(a, a, "var-keyword argument cannot have default value");
            }
            if (expect(COMMA) >= 0) {
                Arg p = param_rule(lam);
                if (p != null) {
                    throw raiseKnownLocation(p, "arguments cannot follow var-keyword argument");
                }
                int t = peek();
                if (t == STAR || t == DOUBLESTAR || t == SLASH) {
                    throw raiseKnownLocation(mark, mark, "arguments cannot follow var-keyword argument");
                }
            }
            mark = m1;
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
    @Override
    final Object invalid_with_item_rule() {
        enter();
        int m0 = startMark();
        Expr a;
        if (expression_rule() != null && expect(K_AS) >= 0 && (a = expression_rule()) != null
                && (check(COMMA) || check(RPAR) || check(COLON))) {
            throwIfNotNull(invalidTargetError(ActionHelpers.TargetsType.STAR_TARGETS, a));
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_for_target: ASYNC? 'for' star_expressions */
    @Override
    final Object invalid_for_target_rule() {
        enter();
        int m0 = startMark();
        expect(ASYNC);
        Expr a;
        if (expect(K_FOR) >= 0 && (a = star_expressions_rule()) != null) {
            throwIfNotNull(invalidTargetError(ActionHelpers.TargetsType.FOR_TARGETS, a));
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
    @Override
    final Object invalid_group_rule() {
        enter();
        int m0 = startMark();
        if (expect(LPAR) >= 0) {
            Expr a = starred_expression_rule();
            if (a != null && expect(RPAR) >= 0) {
                throw raiseKnownLocation(a, "cannot use starred expression here");
            }
            mark = m0 + 1;
            int b = expect(DOUBLESTAR);
            if (b >= 0 && expression_rule() != null && expect(RPAR) >= 0) {
                throw raiseKnownLocation(b, b, "cannot use double starred expression here");
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_double_starred_kvpairs: ','.double_starred_kvpair+ ',' invalid_kvpair
     * | expression ':' '*' bitwise_or | expression ':' &('}'|',')
     */
    @Override
    final Object invalid_double_starred_kvpairs_rule() {
        enter();
        int m0 = startMark();
        boolean some = false;
        for (;;) {
            int m = mark;
            if (some && expect(COMMA) < 0) {
                break;
            }
            if (double_starred_kvpair_rule() == null) {
                mark = m;
                break;
            }
            some = true;
        }
        if (some && expect(COMMA) >= 0) {
            invalid_kvpair_rule();
        }
        mark = m0;
        Object r = kvpair_errors(m0);
        level--;
        return r;
    }

    /** The two alternatives that invalid_double_starred_kvpairs and invalid_kvpair share. */
    private Object kvpair_errors(int m0) {
        if (expression_rule() != null) {
            int c = expect(COLON);
            if (c >= 0) {
                int m1 = mark;
                int a = expect(STAR);
                if (a >= 0 && bitwise_or_rule() != null) {
                    throw raiseStartingFrom(a, "cannot use a starred expression in a dictionary value");
                }
                mark = m1;
                if (check(RBRACE) || check(COMMA)) {
                    throw raiseKnownLocation(c, c, "expression expected after dictionary key and ':'");
                }
            }
        }
        mark = m0;
        return null;
    }

    /**
     * invalid_kvpair: expression !(':') | expression ':' '*' bitwise_or
     * | expression ':' &('}'|',')
     */
    final Object invalid_kvpair_rule() {
        enter();
        int m0 = startMark();
        Expr a = expression_rule();
        if (a != null && !check(COLON)) {
            throw raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR,
                    "':' expected after dictionary key", a.lineno(), a.endColOffset() - 1,
                    a.endLineno(), -1);
        }
        mark = m0;
        Object r = kvpair_errors(m0);
        level--;
        return r;
    }
}
