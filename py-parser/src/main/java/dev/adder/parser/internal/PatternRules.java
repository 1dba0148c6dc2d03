package dev.adder.parser.internal;

import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Operator;
import dev.adder.ast.Pattern;
import dev.adder.ast.Stmt;
import dev.adder.ast.UnaryOpKind;
import dev.adder.lexer.TokenStream;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the match statement and its patterns.
 *
 * <p>CPython: Grammar/python.gram (Match statement).
 */
abstract class PatternRules extends CompoundRules {

    PatternRules(SourceText source, TokenStream stream, int startRule, boolean convertOffsets,
                 SourceText outer, int startingLineno, int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    // ---- rules defined further down the chain ----
    abstract Object invalid_match_stmt_rule();

    abstract Object invalid_case_block_rule();

    abstract Object invalid_as_pattern_rule();

    abstract Object invalid_class_pattern_rule();

    /**
     * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
     * | invalid_match_stmt
     */
    @Override
    final Stmt match_stmt_rule() {
        enter();
        int m0 = startMark();
        if (expectSoft("match") >= 0) {
            Expr subject = subject_expr_rule();
            if (subject != null && expect(COLON) >= 0 && expect(NEWLINE) >= 0
                    && expect(INDENT) >= 0) {
                List<MatchCase> cases = null;
                for (;;) {
                    MatchCase c = case_block_rule();
                    if (c == null) {
                        break;
                    }
                    if (cases == null) {
                        cases = new ArrayList<>();
                    }
                    cases.add(c);
                }
                if (cases != null && expect(DEDENT) >= 0) {
                    level--;
                    return new Stmt.Match(subject, cases, pos(m0));
                }
            }
            mark = m0;
        }
        if (callInvalidRules) {
            invalid_match_stmt_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    final Expr subject_expr_rule() {
        enter();
        int m0 = startMark();
        Expr value = star_named_expression_rule();
        if (value != null && expect(COMMA) >= 0) {
            List<Expr> values = star_named_expressions_rule();
            List<Expr> elts = new ArrayList<>();
            elts.add(value);
            if (values != null) {
                elts.addAll(values);
            }
            level--;
            return new Expr.Tuple(elts, ExprContext.Load, pos(m0));
        }
        mark = m0;
        Expr res = named_expression_rule();
        level--;
        return res;
    }

    /** case_block: invalid_case_block | "case" patterns guard? ':' block */
    final MatchCase case_block_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_case_block_rule();
            mark = m0;
        }
        if (expectSoft("case") >= 0) {
            Pattern pattern = patterns_rule();
            if (pattern != null) {
                Expr guard = guard_rule();
                List<Stmt> body;
                if (expect(COLON) >= 0 && (body = block_rule()) != null) {
                    level--;
                    return new MatchCase(pattern, guard, body);
                }
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** guard: 'if' named_expression */
    final Expr guard_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_IF) >= 0) {
            Expr g = named_expression_rule();
            if (g != null) {
                level--;
                return g;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** patterns: open_sequence_pattern | pattern */
    final Pattern patterns_rule() {
        enter();
        int m0 = startMark();
        List<Pattern> ps = open_sequence_pattern_rule();
        if (ps != null) {
            level--;
            return new Pattern.MatchSequence(ps, pos(m0));
        }
        Pattern p = pattern_rule();
        level--;
        return p;
    }

    /** pattern: as_pattern | or_pattern */
    final Pattern pattern_rule() {
        enter();
        Pattern p = as_pattern_rule();
        if (p == null) {
            p = or_pattern_rule();
        }
        level--;
        return p;
    }

    /** as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
    final Pattern as_pattern_rule() {
        enter();
        int m0 = startMark();
        Pattern p = or_pattern_rule();
        if (p != null && expect(K_AS) >= 0) {
            String target = pattern_capture_target_rule();
            if (target != null) {
                level--;
                return new Pattern.MatchAs(p, target, pos(m0));
            }
        }
        mark = m0;
        if (callInvalidRules) {
            invalid_as_pattern_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    /** or_pattern: '|'.closed_pattern+ */
    final Pattern or_pattern_rule() {
        enter();
        int m0 = startMark();
        List<Pattern> ps = null;
        for (;;) {
            int m = mark;
            if (ps != null && expect(VBAR) < 0) {
                break;
            }
            Pattern p = closed_pattern_rule();
            if (p == null) {
                mark = m;
                break;
            }
            if (ps == null) {
                ps = new ArrayList<>(1);
            }
            ps.add(p);
        }
        level--;
        if (ps == null) {
            return null;
        }
        return ps.size() == 1 ? ps.get(0) : new Pattern.MatchOr(ps, pos(m0));
    }

    /**
     * closed_pattern (memo): literal_pattern | capture_pattern | wildcard_pattern | value_pattern
     * | group_pattern | sequence_pattern | mapping_pattern | class_pattern
     */
    final Pattern closed_pattern_rule() {
        int r = memoGet(M_CLOSED_PATTERN);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Pattern) memoValue(M_CLOSED_PATTERN, m0);
        }
        enter();
        Pattern res = literal_pattern_rule();
        if (res == null) {
            res = capture_pattern_rule();
        }
        if (res == null) {
            res = wildcard_pattern_rule();
        }
        if (res == null) {
            res = value_pattern_rule();
        }
        if (res == null) {
            res = group_pattern_rule();
        }
        if (res == null) {
            res = sequence_pattern_rule();
        }
        if (res == null) {
            res = mapping_pattern_rule();
        }
        if (res == null) {
            res = class_pattern_rule();
        }
        level--;
        memoPut(M_CLOSED_PATTERN, m0, res);
        return res;
    }

    /**
     * literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True'
     * | 'False'
     */
    final Pattern literal_pattern_rule() {
        enter();
        int m0 = startMark();
        int t = types[m0];
        if (t == K_NONE || t == K_TRUE || t == K_FALSE) {
            mark++;
            level--;
            return new Pattern.MatchSingleton(keywordConstant(t), pos(m0));
        }
        Expr v = literal_value();
        level--;
        return v == null ? null : new Pattern.MatchValue(v, pos(m0));
    }

    /** literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False' */
    final Expr literal_expr_rule() {
        enter();
        int m0 = startMark();
        int t = types[m0];
        if (t == K_NONE || t == K_TRUE || t == K_FALSE) {
            mark++;
            level--;
            return constant(keywordConstant(t), pos(m0));
        }
        Expr v = literal_value();
        level--;
        return v;
    }

    /** The shared alternatives: signed_number !('+' | '-') | complex_number | strings */
    private Expr literal_value() {
        int m0 = mark;
        Expr v = signed_number_rule();
        if (v != null && !check(PLUS) && !check(MINUS)) {
            return v;
        }
        mark = m0;
        v = complex_number_rule();
        if (v != null) {
            return v;
        }
        return strings_rule();
    }

    /** complex_number: signed_real_number ('+' | '-') imaginary_number */
    final Expr complex_number_rule() {
        enter();
        int m0 = startMark();
        Expr real = signed_real_number_rule();
        if (real != null) {
            int t = peek();
            if (t == PLUS || t == MINUS) {
                mark++;
                Expr imag = imaginary_number_rule();
                if (imag != null) {
                    level--;
                    return new Expr.BinOp(real, t == PLUS ? Operator.Add : Operator.Sub, imag,
                            pos(m0));
                }
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** signed_number: NUMBER | '-' NUMBER */
    final Expr signed_number_rule() {
        enter();
        int m0 = startMark();
        Expr n = number_token();
        if (n == null && expect(MINUS) >= 0) {
            Expr a = number_token();
            if (a != null) {
                n = new Expr.UnaryOp(UnaryOpKind.USub, a, pos(m0));
            } else {
                mark = m0;
            }
        }
        level--;
        return n;
    }

    /** signed_real_number: real_number | '-' real_number */
    final Expr signed_real_number_rule() {
        enter();
        int m0 = startMark();
        Expr n = real_number_rule();
        if (n == null && expect(MINUS) >= 0) {
            Expr a = real_number_rule();
            if (a != null) {
                n = new Expr.UnaryOp(UnaryOpKind.USub, a, pos(m0));
            } else {
                mark = m0;
            }
        }
        level--;
        return n;
    }

    /** real_number: NUMBER (CPython: _PyPegen_ensure_real) */
    final Expr real_number_rule() {
        Expr n = number_token();
        if (n != null && ((Expr.Constant) n).value() instanceof ConstantValue.ComplexValue) {
            throw raiseKnownLocation(n, "real number required in complex literal");
        }
        return n;
    }

    /** imaginary_number: NUMBER (CPython: _PyPegen_ensure_imaginary) */
    final Expr imaginary_number_rule() {
        Expr n = number_token();
        if (n != null && !(((Expr.Constant) n).value() instanceof ConstantValue.ComplexValue)) {
            throw raiseKnownLocation(n, "imaginary number required in complex literal");
        }
        return n;
    }

    /** capture_pattern: pattern_capture_target */
    final Pattern capture_pattern_rule() {
        enter();
        int m0 = startMark();
        String target = pattern_capture_target_rule();
        level--;
        return target == null ? null : new Pattern.MatchAs(null, target, pos(m0));
    }

    /** pattern_capture_target: !"_" NAME !('.' | '(' | '=') (the identifier) */
    final String pattern_capture_target_rule() {
        enter();
        int m0 = startMark();
        if (!checkSoft("_")) {
            String name = name_id();
            if (name != null) {
                int t = peek();
                if (t != DOT && t != LPAR && t != EQUAL) {
                    level--;
                    return name;
                }
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** wildcard_pattern: "_" */
    final Pattern wildcard_pattern_rule() {
        enter();
        int m0 = startMark();
        Pattern res = null;
        if (expectSoft("_") >= 0) {
            res = new Pattern.MatchAs(null, null, pos(m0));
        }
        level--;
        return res;
    }

    /** value_pattern: attr !('.' | '(' | '=') */
    final Pattern value_pattern_rule() {
        enter();
        int m0 = startMark();
        Expr a = attr_rule();
        if (a != null) {
            int t = peek();
            if (t != DOT && t != LPAR && t != EQUAL) {
                level--;
                return new Pattern.MatchValue(a, pos(m0));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** attr: name_or_attr '.' NAME (left-recursive through name_or_attr) */
    final Expr attr_rule() {
        enter();
        int m0 = startMark();
        Expr res = name_or_attr_rule();
        level--;
        if (res instanceof Expr.Attribute) {
            return res;
        }
        mark = m0;
        return null;
    }

    /** name_or_attr: attr | NAME */
    final Expr name_or_attr_rule() {
        enter();
        int m0 = startMark();
        Expr res = name_token();
        if (res != null) {
            for (;;) {
                int m = mark;
                String b;
                if (expect(DOT) >= 0 && (b = name_id()) != null) {
                    res = new Expr.Attribute(res, b, ExprContext.Load, pos(m0));
                } else {
                    mark = m;
                    break;
                }
            }
        }
        level--;
        return res;
    }

    /** group_pattern: '(' pattern ')' */
    final Pattern group_pattern_rule() {
        enter();
        int m0 = startMark();
        if (expect(LPAR) >= 0) {
            Pattern p = pattern_rule();
            if (p != null && expect(RPAR) >= 0) {
                level--;
                return p;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /**
     * sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
     */
    final Pattern sequence_pattern_rule() {
        enter();
        int m0 = startMark();
        if (expect(LSQB) >= 0) {
            List<Pattern> ps = maybe_sequence_pattern_rule();
            if (expect(RSQB) >= 0) {
                level--;
                return new Pattern.MatchSequence(ps == null ? List.of() : ps, pos(m0));
            }
            mark = m0;
        } else if (expect(LPAR) >= 0) {
            List<Pattern> ps = open_sequence_pattern_rule();
            if (expect(RPAR) >= 0) {
                level--;
                return new Pattern.MatchSequence(ps == null ? List.of() : ps, pos(m0));
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
    final List<Pattern> open_sequence_pattern_rule() {
        enter();
        int m0 = startMark();
        Pattern p = maybe_star_pattern_rule();
        if (p != null && expect(COMMA) >= 0) {
            List<Pattern> ps = maybe_sequence_pattern_rule();
            List<Pattern> out = new ArrayList<>();
            out.add(p);
            if (ps != null) {
                out.addAll(ps);
            }
            level--;
            return out;
        }
        mark = m0;
        level--;
        return null;
    }

    /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
    final List<Pattern> maybe_sequence_pattern_rule() {
        enter();
        List<Pattern> ps = null;
        for (;;) {
            int m = mark;
            if (ps != null && expect(COMMA) < 0) {
                break;
            }
            Pattern p = maybe_star_pattern_rule();
            if (p == null) {
                mark = m;
                break;
            }
            if (ps == null) {
                ps = new ArrayList<>();
            }
            ps.add(p);
        }
        if (ps != null) {
            expect(COMMA);
        }
        level--;
        return ps;
    }

    /** maybe_star_pattern: star_pattern | pattern */
    final Pattern maybe_star_pattern_rule() {
        enter();
        Pattern p = star_pattern_rule();
        if (p == null) {
            p = pattern_rule();
        }
        level--;
        return p;
    }

    /** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
    final Pattern star_pattern_rule() {
        int r = memoGet(M_STAR_PATTERN);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Pattern) memoValue(M_STAR_PATTERN, m0);
        }
        enter();
        Pattern res = null;
        if (expect(STAR) >= 0) {
            String target = pattern_capture_target_rule();
            if (target != null) {
                res = new Pattern.MatchStar(target, pos(m0));
            } else if (wildcard_pattern_rule() != null) {
                res = new Pattern.MatchStar(null, pos(m0));
            } else {
                mark = m0;
            }
        }
        level--;
        memoPut(M_STAR_PATTERN, m0, res);
        return res;
    }

    /**
     * mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
     * | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
     */
    final Pattern mapping_pattern_rule() {
        enter();
        int m0 = startMark();
        if (expect(LBRACE) < 0) {
            level--;
            return null;
        }
        if (expect(RBRACE) >= 0) {
            level--;
            return new Pattern.MatchMapping(List.of(), List.of(), null, pos(m0));
        }
        String rest = double_star_pattern_rule();
        if (rest != null) {
            expect(COMMA);
            if (expect(RBRACE) >= 0) {
                level--;
                return new Pattern.MatchMapping(List.of(), List.of(), rest, pos(m0));
            }
        }
        mark = m0 + 1;
        List<ActionHelpers.KeyPatternPair> items = items_pattern_rule();
        if (items != null) {
            int m1 = mark;
            if (expect(COMMA) >= 0) {
                rest = double_star_pattern_rule();
                if (rest != null) {
                    expect(COMMA);
                    if (expect(RBRACE) >= 0) {
                        level--;
                        return mapping(items, rest, m0);
                    }
                }
            }
            mark = m1;
            expect(COMMA);
            if (expect(RBRACE) >= 0) {
                level--;
                return mapping(items, null, m0);
            }
        }
        mark = m0;
        level--;
        return null;
    }

    private Pattern mapping(List<ActionHelpers.KeyPatternPair> items, String rest, int m0) {
        List<Expr> keys = new ArrayList<>(items.size());
        List<Pattern> patterns = new ArrayList<>(items.size());
        for (ActionHelpers.KeyPatternPair kv : items) {
            keys.add(kv.key());
            patterns.add(kv.pattern());
        }
        return new Pattern.MatchMapping(keys, patterns, rest, pos(m0));
    }

    /** items_pattern: ','.key_value_pattern+ */
    final List<ActionHelpers.KeyPatternPair> items_pattern_rule() {
        enter();
        List<ActionHelpers.KeyPatternPair> out = null;
        for (;;) {
            int m = mark;
            if (out != null && expect(COMMA) < 0) {
                break;
            }
            ActionHelpers.KeyPatternPair kv = key_value_pattern_rule();
            if (kv == null) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(kv);
        }
        level--;
        return out;
    }

    /** key_value_pattern: (literal_expr | attr) ':' pattern */
    final ActionHelpers.KeyPatternPair key_value_pattern_rule() {
        enter();
        int m0 = startMark();
        Expr key = literal_expr_rule();
        if (key == null) {
            key = attr_rule();
        }
        if (key != null && expect(COLON) >= 0) {
            Pattern p = pattern_rule();
            if (p != null) {
                level--;
                return new ActionHelpers.KeyPatternPair(key, p);
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** double_star_pattern: '**' pattern_capture_target */
    final String double_star_pattern_rule() {
        enter();
        int m0 = startMark();
        if (expect(DOUBLESTAR) >= 0) {
            String t = pattern_capture_target_rule();
            if (t != null) {
                level--;
                return t;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /**
     * class_pattern: name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
     * | name_or_attr '(' keyword_patterns ','? ')'
     * | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
     * | invalid_class_pattern
     */
    final Pattern class_pattern_rule() {
        enter();
        int m0 = startMark();
        Expr cls = name_or_attr_rule();
        if (cls != null && expect(LPAR) >= 0) {
            int m1 = mark;
            if (expect(RPAR) >= 0) {
                level--;
                return new Pattern.MatchClass(cls, List.of(), List.of(), List.of(), pos(m0));
            }
            List<Pattern> ps = positional_patterns_rule();
            if (ps != null) {
                int m2 = mark;
                expect(COMMA);
                if (expect(RPAR) >= 0) {
                    level--;
                    return new Pattern.MatchClass(cls, ps, List.of(), List.of(), pos(m0));
                }
                mark = m2;
            }
            mark = m1;
            List<ActionHelpers.KeyPatternPair> kws = keyword_patterns_rule();
            if (kws != null) {
                expect(COMMA);
                if (expect(RPAR) >= 0) {
                    level--;
                    return classPattern(cls, List.of(), kws, m0);
                }
            }
            mark = m1;
            ps = positional_patterns_rule();
            if (ps != null && expect(COMMA) >= 0) {
                kws = keyword_patterns_rule();
                if (kws != null) {
                    expect(COMMA);
                    if (expect(RPAR) >= 0) {
                        level--;
                        return classPattern(cls, ps, kws, m0);
                    }
                }
            }
        }
        mark = m0;
        if (callInvalidRules) {
            invalid_class_pattern_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    private Pattern classPattern(Expr cls, List<Pattern> ps,
                                 List<ActionHelpers.KeyPatternPair> kws, int m0) {
        List<String> attrs = new ArrayList<>(kws.size());
        List<Pattern> kps = new ArrayList<>(kws.size());
        for (ActionHelpers.KeyPatternPair kv : kws) {
            attrs.add(((Expr.Name) kv.key()).id());
            kps.add(kv.pattern());
        }
        return new Pattern.MatchClass(cls, ps, attrs, kps, pos(m0));
    }

    /** positional_patterns: ','.pattern+ */
    final List<Pattern> positional_patterns_rule() {
        enter();
        List<Pattern> out = null;
        for (;;) {
            int m = mark;
            if (out != null && expect(COMMA) < 0) {
                break;
            }
            Pattern p = pattern_rule();
            if (p == null) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(p);
        }
        level--;
        return out;
    }

    /** keyword_patterns: ','.keyword_pattern+ */
    final List<ActionHelpers.KeyPatternPair> keyword_patterns_rule() {
        enter();
        List<ActionHelpers.KeyPatternPair> out = null;
        for (;;) {
            int m = mark;
            if (out != null && expect(COMMA) < 0) {
                break;
            }
            ActionHelpers.KeyPatternPair kv = keyword_pattern_rule();
            if (kv == null) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(kv);
        }
        level--;
        return out;
    }

    /** keyword_pattern: NAME '=' pattern */
    final ActionHelpers.KeyPatternPair keyword_pattern_rule() {
        enter();
        int m0 = startMark();
        Expr.Name arg = name_token();
        if (arg != null && expect(EQUAL) >= 0) {
            Pattern value = pattern_rule();
            if (value != null) {
                level--;
                return new ActionHelpers.KeyPatternPair(arg, value);
            }
        }
        mark = m0;
        level--;
        return null;
    }
}
