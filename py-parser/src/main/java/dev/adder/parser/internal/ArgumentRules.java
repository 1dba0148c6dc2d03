package dev.adder.parser.internal;

import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.lexer.TokenStream;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for the arguments of calls, and for the parameters of functions and lambdas. The
 * parameter rules of {@code def} and of {@code lambda} have the same shape (lambda parameters
 * have no annotations, and end at ':' instead of ')'), so one method serves both, told apart by
 * its {@code lam} argument: {@code param_no_default_rule(true)} is the grammar's
 * {@code lambda_param_no_default}.
 *
 * <p>CPython: Grammar/python.gram (FUNCTION CALL ARGUMENTS, Function parameters, Lambda
 * functions).
 */
abstract class ArgumentRules extends AtomRules {

    ArgumentRules(SourceText source, TokenStream stream, int startRule, boolean convertOffsets,
                  SourceText outer, int startingLineno, int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    // ---- rules defined further down the chain ----
    abstract Object invalid_arguments_rule();

    abstract Object invalid_kwarg_rule();

    abstract Object invalid_parameters_rule(boolean lam);

    abstract Object invalid_star_etc_rule(boolean lam);

    abstract Object invalid_kwds_rule(boolean lam);

    abstract Object invalid_default_rule();

    // =====================================================================================
    // Call arguments
    // =====================================================================================

    /** arguments (memo): args [','] &')' | invalid_arguments */
    @Override
    final ActionHelpers.CallArgs arguments_rule() {
        int r = memoGet(M_ARGUMENTS);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (ActionHelpers.CallArgs) memoValue(M_ARGUMENTS, m0);
        }
        enter();
        ActionHelpers.CallArgs res = args_rule();
        if (res != null) {
            expect(COMMA);
            if (!check(RPAR)) {
                res = null;
                mark = m0;
            }
        }
        if (res == null && callInvalidRules) {
            invalid_arguments_rule();
            mark = m0;
        }
        level--;
        memoPut(M_ARGUMENTS, m0, res);
        return res;
    }

    /**
     * args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
     * [',' kwargs] | kwargs
     */
    final ActionHelpers.CallArgs args_rule() {
        enter();
        int m0 = startMark();
        List<Expr> a = args_positional();
        if (a != null) {
            int m = mark;
            List<ActionHelpers.KeywordOrStarred> b = null;
            if (expect(COMMA) >= 0) {
                b = kwargs_rule();
            }
            if (b == null) {
                mark = m;
            }
            level--;
            return ActionHelpers.collectCallSeqs(a, b, pos(m0));
        }
        mark = m0;
        List<ActionHelpers.KeywordOrStarred> k = kwargs_rule();
        if (k != null) {
            level--;
            return new ActionHelpers.CallArgs(ActionHelpers.starredExprs(k),
                    ActionHelpers.keywords(k), pos(m0));
        }
        level--;
        return null;
    }

    /** ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ */
    final List<Expr> args_positional() {
        List<Expr> a = null;
        boolean loop = false;
        enter(); // CPython's gather is a rule, its loop over the next elements another
        for (;;) {
            int m = mark;
            if (a != null && expect(COMMA) < 0) {
                break;
            }
            if (a != null && !loop) {
                loop = true;
                enter();
            }
            Expr e = args_element();
            if (e == null) {
                mark = m;
                break;
            }
            if (a == null) {
                a = new ArrayList<>();
            }
            a.add(e);
        }
        level -= loop ? 2 : 1;
        return a;
    }

    /** One positional argument: starred_expression | (assignment_expression | expression !':=') !'=' */
    private Expr args_element() {
        int m = mark;
        enter(); // the element's group is a rule in CPython
        Expr e = starred_expression_rule();
        if (e != null) {
            level--;
            return e;
        }
        enter(); // and so is the group within it
        e = assignment_expression_or_expression();
        level -= 2;
        if (e != null && check(EQUAL)) {
            mark = m;
            return null;
        }
        return e;
    }

    /**
     * kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
     * | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
     */
    final List<ActionHelpers.KeywordOrStarred> kwargs_rule() {
        enter();
        int m0 = startMark();
        List<ActionHelpers.KeywordOrStarred> a = kwargGather(false);
        if (a != null) {
            int m1 = mark;
            if (expect(COMMA) >= 0) {
                List<ActionHelpers.KeywordOrStarred> b = kwargGather(true);
                if (b != null) {
                    a.addAll(b);
                    level--;
                    return a;
                }
            }
            mark = m1;
            level--;
            return a;
        }
        mark = m0;
        a = kwargGather(true);
        level--;
        return a;
    }

    /** ','.kwarg_or_starred+ or ','.kwarg_or_double_starred+ */
    private List<ActionHelpers.KeywordOrStarred> kwargGather(boolean doubleStarred) {
        List<ActionHelpers.KeywordOrStarred> a = null;
        for (;;) {
            int m = mark;
            if (a != null && expect(COMMA) < 0) {
                break;
            }
            ActionHelpers.KeywordOrStarred e = doubleStarred ? kwarg_or_double_starred_rule()
                    : kwarg_or_starred_rule();
            if (e == null) {
                mark = m;
                break;
            }
            if (a == null) {
                a = new ArrayList<>();
            }
            a.add(e);
        }
        return a;
    }

    /** starred_expression: '*' expression */
    @Override
    final Expr starred_expression_rule() {
        enter();
        int m0 = startMark();
        if (expect(STAR) >= 0) {
            Expr a = expression_rule();
            if (a != null) {
                level--;
                return new Expr.Starred(a, ExprContext.Load, pos(m0));
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
    final ActionHelpers.KeywordOrStarred kwarg_or_starred_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_kwarg_rule();
            mark = m0;
        }
        Keyword k = keyword_assignment(m0);
        if (k != null) {
            level--;
            return new ActionHelpers.KeywordOrStarred(k, true);
        }
        Expr a = starred_expression_rule();
        level--;
        return a == null ? null : new ActionHelpers.KeywordOrStarred(a, false);
    }

    /** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
    final ActionHelpers.KeywordOrStarred kwarg_or_double_starred_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_kwarg_rule();
            mark = m0;
        }
        Keyword k = keyword_assignment(m0);
        if (k != null) {
            level--;
            return new ActionHelpers.KeywordOrStarred(k, true);
        }
        if (expect(DOUBLESTAR) >= 0) {
            Expr a = expression_rule();
            if (a != null) {
                level--;
                return new ActionHelpers.KeywordOrStarred(new Keyword(null, a, pos(m0)), true);
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** NAME '=' expression, as a keyword. */
    private Keyword keyword_assignment(int m0) {
        String a = name_id();
        if (a != null && expect(EQUAL) >= 0) {
            Expr b = expression_rule();
            if (b != null) {
                return new Keyword(a, b, pos(m0));
            }
        }
        mark = m0;
        return null;
    }

    // =====================================================================================
    // Lambda
    // =====================================================================================

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    @Override
    final Expr lambdef_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_LAMBDA) >= 0) {
            Arguments a = params_rule(true);
            Expr b;
            if (expect(COLON) >= 0 && (b = expression_rule()) != null) {
                level--;
                return new Expr.Lambda(a != null ? a : ActionHelpers.emptyArguments(), b, pos(m0));
            }
            mark = m0;
        }
        level--;
        return null;
    }

    // =====================================================================================
    // Parameters (of def when lam is false, of lambda when it is true)
    // =====================================================================================

    /** params: invalid_parameters | parameters (lambda_params likewise) */
    final Arguments params_rule(boolean lam) {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_parameters_rule(lam);
            mark = m0;
        }
        Arguments res = parameters_rule(lam);
        level--;
        return res;
    }

    /**
     * parameters: slash_no_default param_no_default* param_with_default* [star_etc]
     * | slash_with_default param_with_default* [star_etc]
     * | param_no_default+ param_with_default* [star_etc]
     * | param_with_default+ [star_etc] | star_etc
     */
    final Arguments parameters_rule(boolean lam) {
        enter();
        int m0 = startMark();
        List<Arg> a = slash_no_default_rule(lam);
        if (a != null) {
            List<Arg> b = param_no_default_star(lam);
            List<ActionHelpers.NameDefaultPair> c = param_with_default_star(lam);
            ActionHelpers.StarEtc d = star_etc_rule(lam);
            level--;
            return ActionHelpers.makeArguments(a, null, b, c, d);
        }
        mark = m0;
        ActionHelpers.SlashWithDefault sw = slash_with_default_rule(lam);
        if (sw != null) {
            List<ActionHelpers.NameDefaultPair> b = param_with_default_star(lam);
            ActionHelpers.StarEtc c = star_etc_rule(lam);
            level--;
            return ActionHelpers.makeArguments(null, sw, null, b, c);
        }
        mark = m0;
        List<Arg> pn = param_no_default_star(lam);
        if (!pn.isEmpty()) {
            List<ActionHelpers.NameDefaultPair> b = param_with_default_star(lam);
            ActionHelpers.StarEtc c = star_etc_rule(lam);
            level--;
            return ActionHelpers.makeArguments(null, null, pn, b, c);
        }
        mark = m0;
        List<ActionHelpers.NameDefaultPair> pw = param_with_default_star(lam);
        if (!pw.isEmpty()) {
            ActionHelpers.StarEtc b = star_etc_rule(lam);
            level--;
            return ActionHelpers.makeArguments(null, null, null, pw, b);
        }
        mark = m0;
        ActionHelpers.StarEtc s = star_etc_rule(lam);
        level--;
        if (s == null) {
            return null;
        }
        return ActionHelpers.makeArguments(null, null, null, null, s);
    }

    /** param_no_default* (possibly empty, never null). */
    final List<Arg> param_no_default_star(boolean lam) {
        List<Arg> out = new ArrayList<>();
        for (;;) {
            Arg a = param_no_default_rule(lam);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    /** param_with_default* (possibly empty, never null). */
    final List<ActionHelpers.NameDefaultPair> param_with_default_star(boolean lam) {
        List<ActionHelpers.NameDefaultPair> out = new ArrayList<>();
        for (;;) {
            ActionHelpers.NameDefaultPair a = param_with_default_rule(lam);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    /** param_maybe_default* (possibly empty, never null). */
    final List<ActionHelpers.NameDefaultPair> param_maybe_default_star(boolean lam) {
        List<ActionHelpers.NameDefaultPair> out = new ArrayList<>();
        for (;;) {
            ActionHelpers.NameDefaultPair a = param_maybe_default_rule(lam);
            if (a == null) {
                return out;
            }
            out.add(a);
        }
    }

    /** The token that ends a parameter list: ')' for def, ':' for lambda. */
    static int closer(boolean lam) {
        return lam ? COLON : RPAR;
    }

    /** slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')' */
    final List<Arg> slash_no_default_rule(boolean lam) {
        enter();
        int m0 = startMark();
        List<Arg> a = param_no_default_star(lam);
        if (!a.isEmpty() && expect(SLASH) >= 0 && (expect(COMMA) >= 0 || check(closer(lam)))) {
            level--;
            return a;
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * slash_with_default: param_no_default* param_with_default+ '/' ','
     * | param_no_default* param_with_default+ '/' &')'
     */
    final ActionHelpers.SlashWithDefault slash_with_default_rule(boolean lam) {
        enter();
        int m0 = startMark();
        List<Arg> a = param_no_default_star(lam);
        List<ActionHelpers.NameDefaultPair> b = param_with_default_star(lam);
        if (!b.isEmpty() && expect(SLASH) >= 0 && (expect(COMMA) >= 0 || check(closer(lam)))) {
            level--;
            return new ActionHelpers.SlashWithDefault(a, b);
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
     * | '*' param_no_default_star_annotation param_maybe_default* [kwds]
     * | '*' ',' param_maybe_default+ [kwds] | kwds
     */
    final ActionHelpers.StarEtc star_etc_rule(boolean lam) {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_star_etc_rule(lam);
            mark = m0;
        }
        if (expect(STAR) >= 0) {
            Arg a = param_no_default_rule(lam);
            if (a == null && !lam) {
                a = param_no_default_star_annotation_rule();
            }
            if (a != null) {
                List<ActionHelpers.NameDefaultPair> b = param_maybe_default_star(lam);
                Arg c = kwds_rule(lam);
                level--;
                return new ActionHelpers.StarEtc(a, b, c);
            }
            if (expect(COMMA) >= 0) {
                List<ActionHelpers.NameDefaultPair> b = param_maybe_default_star(lam);
                if (!b.isEmpty()) {
                    Arg c = kwds_rule(lam);
                    level--;
                    return new ActionHelpers.StarEtc(null, b, c);
                }
            }
            mark = m0;
        }
        Arg a = kwds_rule(lam);
        level--;
        return a == null ? null : new ActionHelpers.StarEtc(null, null, a);
    }

    /** kwds: invalid_kwds | '**' param_no_default */
    final Arg kwds_rule(boolean lam) {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_kwds_rule(lam);
            mark = m0;
        }
        if (expect(DOUBLESTAR) >= 0) {
            Arg a = param_no_default_rule(lam);
            if (a != null) {
                level--;
                return a;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** param_no_default: param ',' | param &')' */
    final Arg param_no_default_rule(boolean lam) {
        enter();
        int m0 = startMark();
        Arg a = param_rule(lam);
        if (a != null && (expect(COMMA) >= 0 || check(closer(lam)))) {
            level--;
            return a;
        }
        mark = m0;
        level--;
        return null;
    }

    /** param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')' */
    final Arg param_no_default_star_annotation_rule() {
        enter();
        int m0 = startMark();
        String n = name_id();
        if (n != null && expect(COLON) >= 0) {
            Expr ann = star_expression_rule();
            if (ann != null) {
                Arg a = new Arg(n, ann, null, pos(m0));
                if (expect(COMMA) >= 0 || check(RPAR)) {
                    level--;
                    return a;
                }
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** param_with_default: param default ',' | param default &')' */
    final ActionHelpers.NameDefaultPair param_with_default_rule(boolean lam) {
        enter();
        int m0 = startMark();
        Arg a = param_rule(lam);
        Expr c;
        if (a != null && (c = default_rule()) != null
                && (expect(COMMA) >= 0 || check(closer(lam)))) {
            level--;
            return new ActionHelpers.NameDefaultPair(a, c);
        }
        mark = m0;
        level--;
        return null;
    }

    /** param_maybe_default: param default? ',' | param default? &')' */
    final ActionHelpers.NameDefaultPair param_maybe_default_rule(boolean lam) {
        enter();
        int m0 = startMark();
        Arg a = param_rule(lam);
        if (a != null) {
            Expr c = default_rule();
            if (expect(COMMA) >= 0 || check(closer(lam))) {
                level--;
                return new ActionHelpers.NameDefaultPair(a, c);
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** param: NAME annotation? (lambda_param: NAME) */
    final Arg param_rule(boolean lam) {
        enter();
        int m0 = startMark();
        String n = name_id();
        if (n == null) {
            level--;
            return null;
        }
        Expr b = null;
        if (!lam) {
            int m = mark;
            if (expect(COLON) >= 0) {
                b = expression_rule();
                if (b == null) {
                    mark = m;
                }
            }
        }
        level--;
        return new Arg(n, b, null, pos(m0));
    }

    /** default: '=' expression | invalid_default */
    final Expr default_rule() {
        enter();
        int m0 = startMark();
        if (expect(EQUAL) >= 0) {
            Expr a = expression_rule();
            if (a != null) {
                level--;
                return a;
            }
            mark = m0;
        }
        if (callInvalidRules) {
            invalid_default_rule();
            mark = m0;
        }
        level--;
        return null;
    }
}
