package dev.adder.parser.internal;

import dev.adder.ast.Arguments;
import dev.adder.ast.ExceptHandler;
import dev.adder.ast.Expr;
import dev.adder.ast.Stmt;
import dev.adder.ast.WithItem;
import dev.adder.lexer.TokenStream;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for compound statements: function and class definitions, if, while, for, with and
 * try (match is in {@link PatternRules}).
 *
 * <p>CPython: Grammar/python.gram (COMPOUND STATEMENTS).
 */
abstract class CompoundRules extends StatementRules {

    CompoundRules(SourceText source, TokenStream stream, int startRule, boolean convertOffsets,
                  SourceText outer, int startingLineno, int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    // ---- rules defined further down the chain ----
    abstract Stmt match_stmt_rule();

    abstract Object invalid_def_raw_rule();

    abstract Object invalid_class_def_raw_rule();

    abstract Object invalid_if_stmt_rule();

    abstract Object invalid_elif_stmt_rule();

    abstract Object invalid_else_stmt_rule();

    abstract Object invalid_while_stmt_rule();

    abstract Object invalid_for_stmt_rule();

    abstract Object invalid_with_stmt_indent_rule();

    abstract Object invalid_with_stmt_rule();

    abstract Object invalid_with_item_rule();

    abstract Object invalid_try_stmt_rule();

    abstract Object invalid_except_stmt_indent_rule();

    abstract Object invalid_except_star_stmt_indent_rule();

    abstract Object invalid_except_stmt_rule();

    abstract Object invalid_finally_stmt_rule();

    /**
     * compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt
     * | &('class' | '@') class_def | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt
     * | &'try' try_stmt | &'while' while_stmt | match_stmt
     */
    @Override
    final Stmt compound_stmt_rule() {
        enter();
        Stmt res = null;
        switch (peek()) {
            case K_DEF:
                res = function_def_rule();
                break;
            case AT:
                res = function_def_rule();
                if (res == null) {
                    res = class_def_rule();
                }
                break;
            case ASYNC:
                res = function_def_rule();
                if (res == null) {
                    res = with_stmt_rule();
                }
                if (res == null) {
                    res = for_stmt_rule();
                }
                break;
            case K_IF:
                res = if_stmt_rule();
                break;
            case K_CLASS:
                res = class_def_rule();
                break;
            case K_WITH:
                res = with_stmt_rule();
                break;
            case K_FOR:
                res = for_stmt_rule();
                break;
            case K_TRY:
                res = try_stmt_rule();
                break;
            case K_WHILE:
                res = while_stmt_rule();
                break;
            default:
                break;
        }
        if (res == null) {
            res = match_stmt_rule();
        }
        level--;
        return res;
    }

    // =====================================================================================
    // Definitions
    // =====================================================================================

    /** class_def: decorators class_def_raw | class_def_raw */
    final Stmt class_def_rule() {
        enter();
        int m0 = startMark();
        List<Expr> d = decorators_rule();
        if (d != null) {
            Stmt c = class_def_raw_rule();
            if (c != null) {
                level--;
                return decorate(c, d);
            }
            mark = m0;
        }
        Stmt c = class_def_raw_rule();
        level--;
        return c;
    }

    /** class_def_raw: invalid_class_def_raw | 'class' NAME ['(' [arguments] ')'] ':' block */
    final Stmt class_def_raw_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_class_def_raw_rule();
            mark = m0;
        }
        String a;
        if (expect(K_CLASS) >= 0 && (a = name_id()) != null) {
            ActionHelpers.CallArgs b = null;
            int m = mark;
            if (expect(LPAR) >= 0) {
                b = arguments_rule();
                if (expect(RPAR) < 0) {
                    b = null;
                    mark = m;
                }
            }
            List<Stmt> c;
            if (expect(COLON) >= 0 && (c = block_rule()) != null) {
                level--;
                return new Stmt.ClassDef(a, b == null ? List.of() : b.args(),
                        b == null ? List.of() : b.keywords(), c, List.of(), pos(m0));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** function_def: decorators function_def_raw | function_def_raw */
    final Stmt function_def_rule() {
        enter();
        int m0 = startMark();
        List<Expr> d = decorators_rule();
        if (d != null) {
            Stmt f = function_def_raw_rule();
            if (f != null) {
                level--;
                return decorate(f, d);
            }
            mark = m0;
        }
        Stmt f = function_def_raw_rule();
        level--;
        return f;
    }

    /**
     * function_def_raw: invalid_def_raw
     * | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
     * | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
     */
    final Stmt function_def_raw_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_def_raw_rule();
            mark = m0;
        }
        boolean async = expect(ASYNC) >= 0;
        String n;
        if (expect(K_DEF) >= 0 && (n = name_id()) != null) {
            expectForced(LPAR, "(");
            Arguments params = params_rule(false);
            if (expect(RPAR) >= 0) {
                Expr a = null;
                int m = mark;
                if (expect(RARROW) >= 0) {
                    a = expression_rule();
                    if (a == null) {
                        mark = m;
                    }
                }
                expectForced(COLON, ":");
                List<Stmt> b = block_rule();
                if (b != null) {
                    Arguments args = params != null ? params : ActionHelpers.emptyArguments();
                    level--;
                    return async ? new Stmt.AsyncFunctionDef(n, args, b, List.of(), a, null, pos(m0))
                            : new Stmt.FunctionDef(n, args, b, List.of(), a, null, pos(m0));
                }
            }
        }
        mark = m0;
        level--;
        return null;
    }

    // =====================================================================================
    // if, while, for
    // =====================================================================================

    /**
     * if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt
     * | 'if' named_expression ':' block [else_block]
     */
    final Stmt if_stmt_rule() {
        return if_or_elif(K_IF);
    }

    /** elif_stmt: the same as if_stmt, with 'elif'. */
    final Stmt elif_stmt_rule() {
        return if_or_elif(K_ELIF);
    }

    private Stmt if_or_elif(int keyword) {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            if (keyword == K_IF) {
                invalid_if_stmt_rule();
            } else {
                invalid_elif_stmt_rule();
            }
            mark = m0;
        }
        Expr a;
        List<Stmt> b;
        if (expect(keyword) >= 0 && (a = named_expression_rule()) != null && expect(COLON) >= 0
                && (b = block_rule()) != null) {
            int m = mark;
            Stmt c = check(K_ELIF) ? elif_stmt_rule() : null;
            if (c != null) {
                level--;
                return new Stmt.If(a, b, List.of(c), pos(m0));
            }
            mark = m;
            List<Stmt> e = else_block_rule();
            level--;
            return new Stmt.If(a, b, e == null ? List.of() : e, pos(m0));
        }
        mark = m0;
        level--;
        return null;
    }

    /** else_block: invalid_else_stmt | 'else' &&':' block */
    final List<Stmt> else_block_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_else_stmt_rule();
            mark = m0;
        }
        if (expect(K_ELSE) >= 0) {
            expectForced(COLON, ":");
            List<Stmt> b = block_rule();
            if (b != null) {
                level--;
                return b;
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
    final Stmt while_stmt_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_while_stmt_rule();
            mark = m0;
        }
        Expr a;
        List<Stmt> b;
        if (expect(K_WHILE) >= 0 && (a = named_expression_rule()) != null && expect(COLON) >= 0
                && (b = block_rule()) != null) {
            List<Stmt> c = else_block_rule();
            level--;
            return new Stmt.While(a, b, c == null ? List.of() : c, pos(m0));
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * for_stmt: invalid_for_stmt
     * | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
     * | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
     * | invalid_for_target
     */
    final Stmt for_stmt_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_for_stmt_rule();
            mark = m0;
        }
        boolean async = expect(ASYNC) >= 0;
        Expr t;
        if (expect(K_FOR) >= 0 && (t = star_targets_rule()) != null && expect(K_IN) >= 0) {
            // cut
            Expr ex = star_expressions_rule();
            List<Stmt> b;
            if (ex != null && expect(COLON) >= 0 && (b = block_rule()) != null) {
                List<Stmt> el = else_block_rule();
                if (el == null) {
                    el = List.of();
                }
                level--;
                return async ? new Stmt.AsyncFor(t, ex, b, el, null, pos(m0))
                        : new Stmt.For(t, ex, b, el, null, pos(m0));
            }
            mark = m0;
            level--;
            return null;
        }
        mark = m0;
        if (callInvalidRules) {
            invalid_for_target_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    // =====================================================================================
    // with
    // =====================================================================================

    /**
     * with_stmt: invalid_with_stmt_indent
     * | 'with' '(' ','.with_item+ ','? ')' ':' block
     * | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
     * | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
     * | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block | invalid_with_stmt
     */
    final Stmt with_stmt_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_with_stmt_indent_rule();
            mark = m0;
        }
        boolean async = expect(ASYNC) >= 0;
        if (expect(K_WITH) >= 0) {
            int m1 = mark;
            if (expect(LPAR) >= 0) {
                List<WithItem> a = with_items();
                if (a != null) {
                    expect(COMMA);
                    List<Stmt> b;
                    if (expect(RPAR) >= 0 && expect(COLON) >= 0 && (b = block_rule()) != null) {
                        level--;
                        return async ? new Stmt.AsyncWith(a, b, null, pos(m0))
                                : new Stmt.With(a, b, null, pos(m0));
                    }
                }
                mark = m1;
            }
            List<WithItem> a = with_items();
            List<Stmt> b;
            if (a != null && expect(COLON) >= 0 && (b = block_rule()) != null) {
                level--;
                return async ? new Stmt.AsyncWith(a, b, null, pos(m0))
                        : new Stmt.With(a, b, null, pos(m0));
            }
        }
        mark = m0;
        if (callInvalidRules) {
            invalid_with_stmt_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    /** ','.with_item+ */
    private List<WithItem> with_items() {
        List<WithItem> out = null;
        for (;;) {
            int m = mark;
            if (out != null && expect(COMMA) < 0) {
                break;
            }
            WithItem w = with_item_rule();
            if (w == null) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>(1);
            }
            out.add(w);
        }
        return out;
    }

    /**
     * with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item
     * | expression
     */
    final WithItem with_item_rule() {
        enter();
        int m0 = startMark();
        Expr e = expression_rule();
        if (e == null) {
            level--;
            return null;
        }
        int m1 = mark;
        if (expect(K_AS) >= 0) {
            Expr t = star_target_rule();
            if (t != null && (check(COMMA) || check(RPAR) || check(COLON))) {
                level--;
                return new WithItem(e, t);
            }
        }
        mark = m0;
        if (callInvalidRules) {
            invalid_with_item_rule();
            mark = m0;
        }
        expression_rule();
        mark = m1;
        level--;
        return new WithItem(e, null);
    }

    // =====================================================================================
    // try
    // =====================================================================================

    /**
     * try_stmt: invalid_try_stmt | 'try' &&':' block finally_block
     * | 'try' &&':' block except_block+ [else_block] [finally_block]
     * | 'try' &&':' block except_star_block+ [else_block] [finally_block]
     */
    final Stmt try_stmt_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_try_stmt_rule();
            mark = m0;
        }
        if (expect(K_TRY) >= 0) {
            expectForced(COLON, ":");
            List<Stmt> b = block_rule();
            if (b != null) {
                int m1 = mark;
                List<Stmt> f = finally_block_rule();
                if (f != null) {
                    level--;
                    return new Stmt.Try(b, List.of(), List.of(), f, pos(m0));
                }
                mark = m1;
                for (int star = 0; star < 2; star++) {
                    List<ExceptHandler> ex = null;
                    for (;;) {
                        ExceptHandler h = star == 0 ? except_block_rule() : except_star_block_rule();
                        if (h == null) {
                            break;
                        }
                        if (ex == null) {
                            ex = new ArrayList<>(1);
                        }
                        ex.add(h);
                    }
                    if (ex != null) {
                        List<Stmt> el = else_block_rule();
                        List<Stmt> fin = finally_block_rule();
                        el = el == null ? List.of() : el;
                        fin = fin == null ? List.of() : fin;
                        level--;
                        return star == 0 ? new Stmt.Try(b, ex, el, fin, pos(m0))
                                : new Stmt.TryStar(b, ex, el, fin, pos(m0));
                    }
                    mark = m1;
                }
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * except_block: invalid_except_stmt_indent | 'except' expression ['as' NAME] ':' block
     * | 'except' ':' block | invalid_except_stmt
     */
    final ExceptHandler except_block_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_except_stmt_indent_rule();
            mark = m0;
        }
        if (expect(K_EXCEPT) >= 0) {
            Expr e = expression_rule();
            if (e != null) {
                String t = as_name();
                List<Stmt> b;
                if (expect(COLON) >= 0 && (b = block_rule()) != null) {
                    level--;
                    return new ExceptHandler(e, t, b, pos(m0));
                }
                mark = m0 + 1;
            }
            List<Stmt> b;
            if (expect(COLON) >= 0 && (b = block_rule()) != null) {
                level--;
                return new ExceptHandler(null, null, b, pos(m0));
            }
            mark = m0;
        }
        if (callInvalidRules) {
            invalid_except_stmt_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    /**
     * except_star_block: invalid_except_star_stmt_indent
     * | 'except' '*' expression ['as' NAME] ':' block | invalid_except_stmt
     */
    final ExceptHandler except_star_block_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_except_star_stmt_indent_rule();
            mark = m0;
        }
        Expr e;
        if (expect(K_EXCEPT) >= 0 && expect(STAR) >= 0 && (e = expression_rule()) != null) {
            String t = as_name();
            List<Stmt> b;
            if (expect(COLON) >= 0 && (b = block_rule()) != null) {
                level--;
                return new ExceptHandler(e, t, b, pos(m0));
            }
        }
        mark = m0;
        if (callInvalidRules) {
            invalid_except_stmt_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    /** finally_block: invalid_finally_stmt | 'finally' &&':' block */
    final List<Stmt> finally_block_rule() {
        enter();
        int m0 = startMark();
        if (callInvalidRules) {
            invalid_finally_stmt_rule();
            mark = m0;
        }
        if (expect(K_FINALLY) >= 0) {
            expectForced(COLON, ":");
            List<Stmt> a = block_rule();
            if (a != null) {
                level--;
                return a;
            }
            mark = m0;
        }
        level--;
        return null;
    }
}
