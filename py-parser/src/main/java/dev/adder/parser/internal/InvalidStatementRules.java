package dev.adder.parser.internal;

import dev.adder.ast.Expr;
import dev.adder.ast.Pattern;
import dev.adder.lexer.TokenStream;
import dev.adder.source.SourceText;
import java.util.List;

/**
 * The {@code invalid_*} rules of statements, blocks and patterns (second pass only): missing
 * colons, missing indented blocks, misplaced except clauses, bad pattern targets, ...
 *
 * <p>CPython: Grammar/python.gram (START OF INVALID RULES).
 */
abstract class InvalidStatementRules extends InvalidExpressionRules {

    InvalidStatementRules(SourceText source, TokenStream stream, int startRule,
                          boolean convertOffsets, SourceText outer, int startingLineno,
                          int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    /** NEWLINE !INDENT: true (with the NEWLINE consumed) if a block's indentation is missing. */
    private boolean newlineNoIndent() {
        return expect(NEWLINE) >= 0 && !check(INDENT);
    }

    private RuntimeException indentError(String what, int lineno) {
        return raiseIndentationError("expected an indented block after " + what + " on line " + lineno);
    }

    /** invalid_del_stmt: 'del' star_expressions */
    @Override
    final Object invalid_del_stmt_rule() {
        enter();
        int m0 = startMark();
        Expr a;
        if (expect(K_DEL) >= 0 && (a = star_expressions_rule()) != null) {
            throwIfNotNull(invalidTargetError(ActionHelpers.TargetsType.DEL_TARGETS, a));
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_block: NEWLINE !INDENT */
    @Override
    final Object invalid_block_rule() {
        enter();
        int m0 = startMark();
        if (newlineNoIndent()) {
            throw raiseIndentationError("expected an indented block");
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_import_from_targets: import_from_as_names ',' NEWLINE */
    @Override
    final Object invalid_import_from_targets_rule() {
        enter();
        int m0 = startMark();
        if (import_from_as_names_rule() != null && expect(COMMA) >= 0 && expect(NEWLINE) >= 0) {
            throw raiseSyntaxError("trailing comma not allowed without surrounding parentheses");
        }
        mark = m0;
        level--;
        return null;
    }

    /** ','.(expression ['as' star_target])+ */
    private boolean with_items_loose() {
        boolean some = false;
        for (;;) {
            int m = mark;
            if (some && expect(COMMA) < 0) {
                break;
            }
            if (expression_rule() == null) {
                mark = m;
                break;
            }
            as_star_target();
            some = true;
        }
        return some;
    }

    /** ','.(expressions ['as' star_target])+ */
    private boolean with_items_parenthesized() {
        boolean some = false;
        for (;;) {
            int m = mark;
            if (some && expect(COMMA) < 0) {
                break;
            }
            if (expressions_rule() == null) {
                mark = m;
                break;
            }
            as_star_target();
            some = true;
        }
        return some;
    }

    /** ['as' star_target] */
    private void as_star_target() {
        int m = mark;
        if (expect(K_AS) < 0 || star_target_rule() == null) {
            mark = m;
        }
    }

    /**
     * invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
     * | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
     */
    @Override
    final Object invalid_with_stmt_rule() {
        enter();
        int m0 = startMark();
        expect(ASYNC);
        if (expect(K_WITH) >= 0) {
            int m1 = mark;
            if (with_items_loose() && expect(NEWLINE) >= 0) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m1;
            if (expect(LPAR) >= 0 && with_items_parenthesized()) {
                expect(COMMA);
                if (expect(RPAR) >= 0 && expect(NEWLINE) >= 0) {
                    throw raiseSyntaxError("expected ':'");
                }
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_with_stmt_indent: [ASYNC] 'with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
     * | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
     */
    @Override
    final Object invalid_with_stmt_indent_rule() {
        enter();
        int m0 = startMark();
        expect(ASYNC);
        int a = expect(K_WITH);
        if (a >= 0) {
            int m1 = mark;
            if (with_items_loose() && expect(COLON) >= 0 && newlineNoIndent()) {
                throw indentError("'with' statement", tokLine(a));
            }
            mark = m1;
            if (expect(LPAR) >= 0 && with_items_parenthesized()) {
                expect(COMMA);
                if (expect(RPAR) >= 0 && expect(COLON) >= 0 && newlineNoIndent()) {
                    throw indentError("'with' statement", tokLine(a));
                }
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_try_stmt: 'try' ':' NEWLINE !INDENT | 'try' ':' block !('except' | 'finally')
     * | 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
     * | 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
     */
    @Override
    final Object invalid_try_stmt_rule() {
        enter();
        int m0 = startMark();
        int a = expect(K_TRY);
        if (a >= 0 && expect(COLON) >= 0) {
            int m1 = mark;
            if (newlineNoIndent()) {
                throw indentError("'try' statement", tokLine(a));
            }
            mark = m1;
            if (block_rule() != null && !check(K_EXCEPT) && !check(K_FINALLY)) {
                throw raiseSyntaxError("expected 'except' or 'finally' block");
            }
            mark = m1;
            while (block_rule() != null) {
                // block*
            }
            int m2 = mark;
            boolean some = false;
            while (except_block_rule() != null) {
                some = true;
            }
            if (some) {
                int e = expect(K_EXCEPT);
                int s;
                if (e >= 0 && (s = expect(STAR)) >= 0 && expression_rule() != null) {
                    as_name();
                    if (expect(COLON) >= 0) {
                        throw raiseKnownLocation(e, s, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
            mark = m1;
            while (block_rule() != null) {
                // block*
            }
            some = false;
            while (except_star_block_rule() != null) {
                some = true;
            }
            if (some) {
                int e = expect(K_EXCEPT);
                if (e >= 0) {
                    int m3 = mark;
                    if (expression_rule() != null) {
                        as_name();
                    } else {
                        mark = m3;
                    }
                    if (expect(COLON) >= 0) {
                        throw raiseKnownLocation(e, e, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
            assert m2 >= 0;
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_except_stmt: 'except' '*'? expression ',' expressions ['as' NAME ] ':'
     * | 'except' '*'? expression ['as' NAME ] NEWLINE | 'except' NEWLINE
     * | 'except' '*' (NEWLINE | ':')
     */
    @Override
    final Object invalid_except_stmt_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_EXCEPT) >= 0) {
            expect(STAR);
            Expr a = expression_rule();
            if (a != null && expect(COMMA) >= 0 && expressions_rule() != null) {
                as_name();
                if (expect(COLON) >= 0) {
                    throw raiseStartingFrom(a, "multiple exception types must be parenthesized");
                }
            }
            mark = m0 + 1;
            expect(STAR);
            if (expression_rule() != null) {
                as_name();
                if (expect(NEWLINE) >= 0) {
                    throw raiseSyntaxError("expected ':'");
                }
            }
            mark = m0 + 1;
            if (expect(NEWLINE) >= 0) {
                throw raiseSyntaxError("expected ':'");
            }
            if (expect(STAR) >= 0 && (expect(NEWLINE) >= 0 || expect(COLON) >= 0)) {
                throw raiseSyntaxError("expected one or more exception types");
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_finally_stmt: 'finally' ':' NEWLINE !INDENT */
    @Override
    final Object invalid_finally_stmt_rule() {
        enter();
        int m0 = startMark();
        int a = expect(K_FINALLY);
        if (a >= 0 && expect(COLON) >= 0 && newlineNoIndent()) {
            throw indentError("'finally' statement", tokLine(a));
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_except_stmt_indent: 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
     * | 'except' ':' NEWLINE !INDENT
     */
    @Override
    final Object invalid_except_stmt_indent_rule() {
        enter();
        int m0 = startMark();
        int a = expect(K_EXCEPT);
        if (a >= 0) {
            if (expression_rule() != null) {
                as_name();
                if (expect(COLON) >= 0 && newlineNoIndent()) {
                    throw indentError("'except' statement", tokLine(a));
                }
            }
            mark = m0 + 1;
            if (expect(COLON) >= 0 && newlineNoIndent()) {
                throw indentError("'except' statement", tokLine(a));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_except_star_stmt_indent: 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT */
    @Override
    final Object invalid_except_star_stmt_indent_rule() {
        enter();
        int m0 = startMark();
        int a = expect(K_EXCEPT);
        if (a >= 0 && expect(STAR) >= 0 && expression_rule() != null) {
            as_name();
            if (expect(COLON) >= 0 && newlineNoIndent()) {
                throw indentError("'except*' statement", tokLine(a));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_match_stmt: "match" subject_expr NEWLINE
     * | "match" subject_expr ':' NEWLINE !INDENT
     */
    @Override
    final Object invalid_match_stmt_rule() {
        enter();
        int m0 = startMark();
        int a = expectSoft("match");
        if (a >= 0 && subject_expr_rule() != null) {
            int m1 = mark;
            if (expect(NEWLINE) >= 0) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m1;
            if (expect(COLON) >= 0 && newlineNoIndent()) {
                throw indentError("'match' statement", tokLine(a));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_case_block: "case" patterns guard? NEWLINE
     * | "case" patterns guard? ':' NEWLINE !INDENT
     */
    @Override
    final Object invalid_case_block_rule() {
        enter();
        int m0 = startMark();
        int a = expectSoft("case");
        if (a >= 0 && patterns_rule() != null) {
            guard_rule();
            int m1 = mark;
            if (expect(NEWLINE) >= 0) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m1;
            if (expect(COLON) >= 0 && newlineNoIndent()) {
                throw indentError("'case' statement", tokLine(a));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression */
    @Override
    final Object invalid_as_pattern_rule() {
        enter();
        int m0 = startMark();
        if (or_pattern_rule() != null && expect(K_AS) >= 0) {
            int m1 = mark;
            int a = expectSoft("_");
            if (a >= 0) {
                throw raiseKnownLocation(a, a, "cannot use '_' as a target");
            }
            if (!check(NAME)) {
                Expr e = expression_rule();
                if (e != null) {
                    throw raiseKnownLocation(e, "invalid pattern target");
                }
            }
            mark = m1;
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern */
    @Override
    final Object invalid_class_pattern_rule() {
        enter();
        int m0 = startMark();
        if (name_or_attr_rule() != null && expect(LPAR) >= 0) {
            List<Pattern> a = invalid_class_argument_pattern_rule();
            if (a != null) {
                throw raiseKnownRange(a.get(0), a.get(a.size() - 1),
                        "positional patterns follow keyword patterns");
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns */
    final List<Pattern> invalid_class_argument_pattern_rule() {
        enter();
        int m0 = startMark();
        if (positional_patterns_rule() == null || expect(COMMA) < 0) {
            mark = m0;
        }
        List<Pattern> a;
        if (keyword_patterns_rule() != null && expect(COMMA) >= 0
                && (a = positional_patterns_rule()) != null) {
            level--;
            return a;
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_if_stmt: 'if' named_expression NEWLINE | 'if' named_expression ':' NEWLINE !INDENT
     * (invalid_elif_stmt likewise)
     */
    @Override
    final Object invalid_if_stmt_rule() {
        return invalid_if_or_elif(K_IF);
    }

    @Override
    final Object invalid_elif_stmt_rule() {
        return invalid_if_or_elif(K_ELIF);
    }

    private Object invalid_if_or_elif(int keyword) {
        enter();
        int m0 = startMark();
        Expr e;
        if (expect(keyword) >= 0 && (e = named_expression_rule()) != null) {
            int m1 = mark;
            if (expect(NEWLINE) >= 0) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m1;
            if (expect(COLON) >= 0 && newlineNoIndent()) {
                // CPython's invalid_if_stmt names the expression 'a' too: its line is used
                throw keyword == K_IF ? indentError("'if' statement", e.lineno())
                        : indentError("'elif' statement", tokLine(m0));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_else_stmt: 'else' ':' NEWLINE !INDENT */
    @Override
    final Object invalid_else_stmt_rule() {
        enter();
        int m0 = startMark();
        int a = expect(K_ELSE);
        if (a >= 0 && expect(COLON) >= 0 && newlineNoIndent()) {
            throw indentError("'else' statement", tokLine(a));
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_while_stmt: 'while' named_expression NEWLINE | 'while' named_expression ':' NEWLINE !INDENT */
    @Override
    final Object invalid_while_stmt_rule() {
        enter();
        int m0 = startMark();
        int a = expect(K_WHILE);
        if (a >= 0 && named_expression_rule() != null) {
            int m1 = mark;
            if (expect(NEWLINE) >= 0) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m1;
            if (expect(COLON) >= 0 && newlineNoIndent()) {
                throw indentError("'while' statement", tokLine(a));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_for_stmt: [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
     * | [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
     */
    @Override
    final Object invalid_for_stmt_rule() {
        enter();
        int m0 = startMark();
        expect(ASYNC);
        int a = expect(K_FOR);
        if (a >= 0 && star_targets_rule() != null && expect(K_IN) >= 0
                && star_expressions_rule() != null) {
            int m1 = mark;
            if (expect(NEWLINE) >= 0) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m1;
            if (expect(COLON) >= 0 && newlineNoIndent()) {
                throw indentError("'for' statement", tokLine(a));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /** invalid_def_raw: [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT */
    @Override
    final Object invalid_def_raw_rule() {
        enter();
        int m0 = startMark();
        expect(ASYNC);
        int a = expect(K_DEF);
        if (a >= 0 && name_id() != null && expect(LPAR) >= 0) {
            params_rule(false);
            if (expect(RPAR) >= 0) {
                int m1 = mark;
                if (expect(RARROW) < 0 || expression_rule() == null) {
                    mark = m1;
                }
                if (expect(COLON) >= 0 && newlineNoIndent()) {
                    throw indentError("function definition", tokLine(a));
                }
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * invalid_class_def_raw: 'class' NAME ['(' [arguments] ')'] NEWLINE
     * | 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
     */
    @Override
    final Object invalid_class_def_raw_rule() {
        enter();
        int m0 = startMark();
        int a = expect(K_CLASS);
        if (a >= 0 && name_id() != null) {
            int m1 = mark;
            if (expect(LPAR) >= 0) {
                arguments_rule();
                if (expect(RPAR) < 0) {
                    mark = m1;
                }
            }
            int m2 = mark;
            if (expect(NEWLINE) >= 0) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m2;
            if (expect(COLON) >= 0 && newlineNoIndent()) {
                throw indentError("class definition", tokLine(a));
            }
        }
        mark = m0;
        level--;
        return null;
    }
}
