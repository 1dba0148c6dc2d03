package dev.adder.parser.internal;

import dev.adder.ast.Alias;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Operator;
import dev.adder.ast.Position;
import dev.adder.ast.Stmt;
import dev.adder.lexer.TokenStream;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for statement sequences and simple statements (assignments, imports, return, raise,
 * del, assert, global, ...).
 *
 * <p>CPython: Grammar/python.gram (GENERAL STATEMENTS, SIMPLE STATEMENTS, Import statements).
 */
abstract class StatementRules extends TargetRules {

    StatementRules(SourceText source, TokenStream stream, int startRule, boolean convertOffsets,
                   SourceText outer, int startingLineno, int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    // ---- rules defined further down the chain ----
    abstract Stmt compound_stmt_rule();

    abstract Object invalid_assignment_rule();

    abstract Object invalid_del_stmt_rule();

    abstract Object invalid_import_from_targets_rule();

    // =====================================================================================
    // Statement sequences
    // =====================================================================================

    /** statements: statement+ (flattened) */
    final List<Stmt> statements_rule() {
        enter();
        enter(); // CPython's loop statement+ is a rule
        List<Stmt> out = null;
        for (;;) {
            List<Stmt> s = statement_rule();
            if (s == null) {
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(s);
        }
        level -= 2;
        return out;
    }

    /** statement: compound_stmt | simple_stmts */
    final List<Stmt> statement_rule() {
        enter();
        Stmt a = compound_stmt_rule();
        if (a != null) {
            level--;
            return List.of(a);
        }
        List<Stmt> b = simple_stmts_rule();
        level--;
        return b;
    }

    /** statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER */
    final List<Stmt> statement_newline_rule() {
        enter();
        int m0 = startMark();
        Stmt a = compound_stmt_rule();
        if (a != null && expect(NEWLINE) >= 0) {
            level--;
            return List.of(a);
        }
        mark = m0;
        List<Stmt> b = simple_stmts_rule();
        if (b != null) {
            level--;
            return b;
        }
        if (expect(NEWLINE) >= 0) {
            level--;
            return List.of(new Stmt.Pass(pos(m0)));
        }
        // ENDMARKER: CPython's _PyPegen_interactive_exit makes the rule fail
        level--;
        return null;
    }

    /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
    final List<Stmt> simple_stmts_rule() {
        enter();
        int m0 = startMark();
        Stmt a = simple_stmt_rule();
        if (a == null) {
            level--;
            return null;
        }
        if (!check(SEMI) && expect(NEWLINE) >= 0) {
            level--;
            return List.of(a);
        }
        List<Stmt> out = new ArrayList<>();
        out.add(a);
        for (;;) {
            int m = mark;
            Stmt c;
            if (expect(SEMI) >= 0 && (c = simple_stmt_rule()) != null) {
                out.add(c);
            } else {
                mark = m;
                break;
            }
        }
        expect(SEMI);
        if (expect(NEWLINE) >= 0) {
            level--;
            return out;
        }
        mark = m0;
        level--;
        return null;
    }

    /** simple_stmt (memo) */
    final Stmt simple_stmt_rule() {
        int r = memoGet(M_SIMPLE_STMT);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (Stmt) memoValue(M_SIMPLE_STMT, m0);
        }
        enter();
        Stmt res = simple_stmt_raw(m0);
        if (res == null) {
            mark = m0;
        }
        level--;
        memoPut(M_SIMPLE_STMT, m0, res);
        return res;
    }

    private Stmt simple_stmt_raw(int m0) {
        Stmt a = assignment_rule();
        if (a != null) {
            return a;
        }
        Expr e = star_expressions_rule();
        if (e != null) {
            return new Stmt.Expr(e, pos(m0));
        }
        switch (types[m0]) {
            case K_RETURN:
                return return_stmt_rule();
            case K_IMPORT:
            case K_FROM:
                return import_stmt_rule();
            case K_RAISE:
                return raise_stmt_rule();
            case K_PASS:
                mark++;
                return new Stmt.Pass(pos(m0));
            case K_DEL:
                return del_stmt_rule();
            case K_YIELD:
                return yield_stmt_rule();
            case K_ASSERT:
                return assert_stmt_rule();
            case K_BREAK:
                mark++;
                return new Stmt.Break(pos(m0));
            case K_CONTINUE:
                mark++;
                return new Stmt.Continue(pos(m0));
            case K_GLOBAL:
                return global_stmt_rule(true);
            case K_NONLOCAL:
                return global_stmt_rule(false);
            default:
                return null;
        }
    }

    // =====================================================================================
    // Assignments
    // =====================================================================================

    /**
     * assignment: NAME ':' expression ['=' annotated_rhs]
     * | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
     * | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
     * | single_target augassign ~ (yield_expr | star_expressions) | invalid_assignment
     */
    final Stmt assignment_rule() {
        enter();
        int m0 = startMark();
        // NAME ':' expression ['=' annotated_rhs]
        if (types[m0] == NAME) {
            Expr.Name a = name_token();
            if (expect(COLON) >= 0) {
                Expr b = expression_rule();
                if (b != null) {
                    Expr c = assign_default();
                    level--;
                    return new Stmt.AnnAssign(new Expr.Name(a.id(), ExprContext.Store, a.pos()), b,
                            c, 1, pos(m0));
                }
            }
            mark = m0;
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression [...]
        Expr t = null;
        enter(); // the group is a rule in CPython
        if (expect(LPAR) >= 0) {
            Expr b = single_target_rule();
            if (b != null && expect(RPAR) >= 0) {
                t = b;
            } else {
                mark = m0;
            }
        }
        if (t == null) {
            t = single_subscript_attribute_target_rule();
        }
        level--;
        if (t != null && expect(COLON) >= 0) {
            Expr b = expression_rule();
            if (b != null) {
                Expr c = assign_default();
                level--;
                return new Stmt.AnnAssign(t, b, c, 0, pos(m0));
            }
        }
        mark = m0;
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        List<Expr> targets = null;
        enter(); // CPython's loop (star_targets '=')+ is a rule
        for (;;) {
            int m = mark;
            Expr z = star_targets_rule();
            if (z != null && expect(EQUAL) >= 0) {
                if (targets == null) {
                    targets = new ArrayList<>(1);
                }
                targets.add(z);
            } else {
                mark = m;
                break;
            }
        }
        level--;
        if (targets != null) {
            enter(); // the group (yield_expr | star_expressions) is a rule in CPython
            Expr b = yield_expr_rule();
            if (b == null) {
                b = star_expressions_rule();
            }
            level--;
            if (b != null && !check(EQUAL)) {
                level--;
                return new Stmt.Assign(targets, b, null, pos(m0));
            }
            mark = m0;
        }
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr a = single_target_rule();
        if (a != null) {
            Operator op = augassign();
            if (op != null) {
                Expr c = yield_expr_rule();
                if (c == null) {
                    c = star_expressions_rule();
                }
                if (c == null) {
                    // cut: the rule fails without trying invalid_assignment
                    mark = m0;
                    level--;
                    return null;
                }
                level--;
                return new Stmt.AugAssign(a, op, c, pos(m0));
            }
            mark = m0;
        }
        if (callInvalidRules) {
            invalid_assignment_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    /** ['=' annotated_rhs] */
    private Expr assign_default() {
        int m = mark;
        if (expect(EQUAL) >= 0) {
            Expr d = annotated_rhs_rule();
            if (d != null) {
                return d;
            }
            mark = m;
        }
        return null;
    }

    /** annotated_rhs: yield_expr | star_expressions */
    final Expr annotated_rhs_rule() {
        enter();
        Expr a = yield_expr_rule();
        if (a == null) {
            a = star_expressions_rule();
        }
        level--;
        return a;
    }

    /** augassign: '+=' | '-=' | ... (consumes the operator) */
    final Operator augassign() {
        Operator op;
        switch (peek()) {
            case PLUSEQUAL: op = Operator.Add; break;
            case MINEQUAL: op = Operator.Sub; break;
            case STAREQUAL: op = Operator.Mult; break;
            case ATEQUAL: op = Operator.MatMult; break;
            case SLASHEQUAL: op = Operator.Div; break;
            case PERCENTEQUAL: op = Operator.Mod; break;
            case AMPEREQUAL: op = Operator.BitAnd; break;
            case VBAREQUAL: op = Operator.BitOr; break;
            case CIRCUMFLEXEQUAL: op = Operator.BitXor; break;
            case LEFTSHIFTEQUAL: op = Operator.LShift; break;
            case RIGHTSHIFTEQUAL: op = Operator.RShift; break;
            case DOUBLESTAREQUAL: op = Operator.Pow; break;
            case DOUBLESLASHEQUAL: op = Operator.FloorDiv; break;
            default: return null;
        }
        mark++;
        return op;
    }

    // =====================================================================================
    // Other simple statements
    // =====================================================================================

    /** return_stmt: 'return' [star_expressions] */
    final Stmt return_stmt_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_RETURN) < 0) {
            level--;
            return null;
        }
        Expr a = star_expressions_rule();
        level--;
        return new Stmt.Return(a, pos(m0));
    }

    /** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
    final Stmt raise_stmt_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_RAISE) < 0) {
            level--;
            return null;
        }
        Expr a = expression_rule();
        Expr b = null;
        if (a != null) {
            int m = mark;
            if (expect(K_FROM) >= 0) {
                b = expression_rule();
                if (b == null) {
                    mark = m;
                }
            }
        }
        level--;
        return new Stmt.Raise(a, b, pos(m0));
    }

    /** global_stmt: 'global' ','.NAME+ (nonlocal_stmt: 'nonlocal' ','.NAME+) */
    final Stmt global_stmt_rule(boolean global) {
        enter();
        int m0 = startMark();
        if (expect(global ? K_GLOBAL : K_NONLOCAL) < 0) {
            level--;
            return null;
        }
        List<String> names = null;
        for (;;) {
            int m = mark;
            if (names != null && expect(COMMA) < 0) {
                break;
            }
            String n = name_id();
            if (n == null) {
                mark = m;
                break;
            }
            if (names == null) {
                names = new ArrayList<>();
            }
            names.add(n);
        }
        level--;
        if (names == null) {
            mark = m0;
            return null;
        }
        return global ? new Stmt.Global(names, pos(m0)) : new Stmt.Nonlocal(names, pos(m0));
    }

    /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
    final Stmt del_stmt_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_DEL) >= 0) {
            List<Expr> a = del_targets_rule();
            if (a != null && (check(SEMI) || check(NEWLINE))) {
                level--;
                return new Stmt.Delete(a, pos(m0));
            }
            mark = m0;
        }
        if (callInvalidRules) {
            invalid_del_stmt_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    /** yield_stmt: yield_expr */
    final Stmt yield_stmt_rule() {
        enter();
        int m0 = startMark();
        Expr y = yield_expr_rule();
        level--;
        return y == null ? null : new Stmt.Expr(y, pos(m0));
    }

    /** assert_stmt: 'assert' expression [',' expression] */
    final Stmt assert_stmt_rule() {
        enter();
        int m0 = startMark();
        Expr a;
        if (expect(K_ASSERT) < 0 || (a = expression_rule()) == null) {
            mark = m0;
            level--;
            return null;
        }
        Expr b = null;
        int m = mark;
        if (expect(COMMA) >= 0) {
            b = expression_rule();
            if (b == null) {
                mark = m;
            }
        }
        level--;
        return new Stmt.Assert(a, b, pos(m0));
    }

    // =====================================================================================
    // Imports
    // =====================================================================================

    /** import_stmt: import_name | import_from */
    final Stmt import_stmt_rule() {
        enter();
        Stmt a = import_name_rule();
        if (a == null) {
            a = import_from_rule();
        }
        level--;
        return a;
    }

    /** import_name: 'import' dotted_as_names */
    final Stmt import_name_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_IMPORT) >= 0) {
            List<Alias> a = dotted_as_names_rule();
            if (a != null) {
                level--;
                return new Stmt.Import(a, pos(m0));
            }
            mark = m0;
        }
        level--;
        return null;
    }

    /**
     * import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
     * | 'from' ('.' | '...')+ 'import' import_from_targets
     */
    final Stmt import_from_rule() {
        enter();
        int m0 = startMark();
        if (expect(K_FROM) < 0) {
            level--;
            return null;
        }
        int dots = 0;
        int ndots = 0;
        for (;;) {
            int t = peek();
            if (t == DOT) {
                dots += 1;
            } else if (t == ELLIPSIS) {
                dots += 3;
            } else {
                break;
            }
            ndots++;
            mark++;
        }
        int m1 = mark;
        String b = dotted_name_rule();
        if (b != null && expect(K_IMPORT) >= 0) {
            List<Alias> c = import_from_targets_rule();
            if (c != null) {
                level--;
                return new Stmt.ImportFrom(b, c, dots, pos(m0));
            }
        }
        mark = m1;
        if (ndots > 0 && expect(K_IMPORT) >= 0) {
            List<Alias> c = import_from_targets_rule();
            if (c != null) {
                level--;
                return new Stmt.ImportFrom(null, c, dots, pos(m0));
            }
        }
        mark = m0;
        level--;
        return null;
    }

    /**
     * import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !','
     * | '*' | invalid_import_from_targets
     */
    final List<Alias> import_from_targets_rule() {
        enter();
        int m0 = startMark();
        if (expect(LPAR) >= 0) {
            List<Alias> a = import_from_as_names_rule();
            if (a != null) {
                expect(COMMA);
                if (expect(RPAR) >= 0) {
                    level--;
                    return a;
                }
            }
            mark = m0;
        }
        List<Alias> a = import_from_as_names_rule();
        if (a != null && !check(COMMA)) {
            level--;
            return a;
        }
        mark = m0;
        if (expect(STAR) >= 0) {
            level--;
            return List.of(new Alias("*", null, pos(m0)));
        }
        if (callInvalidRules) {
            invalid_import_from_targets_rule();
            mark = m0;
        }
        level--;
        return null;
    }

    /** import_from_as_names: ','.import_from_as_name+ */
    final List<Alias> import_from_as_names_rule() {
        enter();
        List<Alias> out = null;
        for (;;) {
            int m = mark;
            if (out != null && expect(COMMA) < 0) {
                break;
            }
            Alias a = import_from_as_name_rule();
            if (a == null) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(a);
        }
        level--;
        return out;
    }

    /** import_from_as_name: NAME ['as' NAME] */
    final Alias import_from_as_name_rule() {
        enter();
        int m0 = startMark();
        String a = name_id();
        if (a == null) {
            level--;
            return null;
        }
        String b = as_name();
        level--;
        return new Alias(a, b, pos(m0));
    }

    /** ['as' NAME]: the name, or null (the mark unchanged). */
    final String as_name() {
        int m = mark;
        if (expect(K_AS) >= 0) {
            String z = name_id();
            if (z != null) {
                return z;
            }
            mark = m;
        }
        return null;
    }

    /** dotted_as_names: ','.dotted_as_name+ */
    final List<Alias> dotted_as_names_rule() {
        enter();
        List<Alias> out = null;
        for (;;) {
            int m = mark;
            if (out != null && expect(COMMA) < 0) {
                break;
            }
            Alias a = dotted_as_name_rule();
            if (a == null) {
                mark = m;
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(a);
        }
        level--;
        return out;
    }

    /** dotted_as_name: dotted_name ['as' NAME] */
    final Alias dotted_as_name_rule() {
        enter();
        int m0 = startMark();
        String a = dotted_name_rule();
        if (a == null) {
            level--;
            return null;
        }
        String b = as_name();
        level--;
        return new Alias(a, b, pos(m0));
    }

    /** dotted_name: dotted_name '.' NAME | NAME (the joined identifier) */
    final String dotted_name_rule() {
        int r = memoGet(M_DOTTED_NAME);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            return (String) memoValue(M_DOTTED_NAME, m0);
        }
        // CPython counts the rule and its _raw function (left recursion)
        enter();
        enter();
        String res = name_id();
        if (res != null) {
            for (;;) {
                int m = mark;
                String b;
                if (expect(DOT) >= 0 && (b = name_id()) != null) {
                    res = res + "." + b;
                } else {
                    mark = m;
                    break;
                }
            }
        }
        level -= 2;
        memoPut(M_DOTTED_NAME, m0, res);
        return res;
    }

    // =====================================================================================
    // Blocks
    // =====================================================================================

    abstract Object invalid_block_rule();

    /** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
    final List<Stmt> block_rule() {
        int r = memoGet(M_BLOCK);
        int m0 = mark;
        if (r != 0) {
            if (r < 0) {
                return null;
            }
            mark = r - 1;
            @SuppressWarnings("unchecked")
            List<Stmt> v = (List<Stmt>) memoValue(M_BLOCK, m0);
            return v;
        }
        enter();
        List<Stmt> res = null;
        if (expect(NEWLINE) >= 0 && expect(INDENT) >= 0) {
            List<Stmt> a = statements_rule();
            if (a != null && expect(DEDENT) >= 0) {
                res = a;
            }
        }
        if (res == null) {
            mark = m0;
            res = simple_stmts_rule();
        }
        if (res == null && callInvalidRules) {
            invalid_block_rule();
            mark = m0;
        }
        level--;
        memoPut(M_BLOCK, m0, res);
        return res;
    }

    /** decorators: ('@' named_expression NEWLINE)+ */
    final List<Expr> decorators_rule() {
        enter();
        List<Expr> out = null;
        for (;;) {
            int m = mark;
            Expr f;
            if (expect(AT) >= 0 && (f = named_expression_rule()) != null && expect(NEWLINE) >= 0) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(f);
            } else {
                mark = m;
                break;
            }
        }
        level--;
        return out;
    }

    /** The statement a decorated definition makes (CPython: _PyPegen_function_def_decorators). */
    static Stmt decorate(Stmt def, List<Expr> decorators) {
        if (def instanceof Stmt.FunctionDef f) {
            return new Stmt.FunctionDef(f.name(), f.args(), f.body(), decorators, f.returns(),
                    f.typeComment(), f.pos());
        }
        if (def instanceof Stmt.AsyncFunctionDef f) {
            return new Stmt.AsyncFunctionDef(f.name(), f.args(), f.body(), decorators, f.returns(),
                    f.typeComment(), f.pos());
        }
        Stmt.ClassDef c = (Stmt.ClassDef) def;
        return new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), c.body(), decorators, c.pos());
    }

    /** The last statement's position, for a node that ends with a block. */
    static Position lastPos(List<Stmt> body) {
        return body.get(body.size() - 1).pos();
    }
}
