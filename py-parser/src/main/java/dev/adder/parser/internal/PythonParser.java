package dev.adder.parser.internal;

import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Stmt;
import dev.adder.lexer.Lexer;
import dev.adder.lexer.Token;
import dev.adder.lexer.TokenStream;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser: the start rules of the grammar, the two passes of CPython's pegen (the second,
 * with the {@code invalid_*} rules on, only to find a better error message), and the parsing of
 * f-string replacement fields for the literal decoder.
 *
 * <p>CPython: Parser/pegen.c ({@code _PyPegen_run_parser}, {@code bad_single_statement}),
 * Parser/pegen_errors.c ({@code _Pypegen_set_syntax_error}), Parser/string_parser.c
 * ({@code fstring_compile_expr}), and the start rules of Grammar/python.gram.
 */
public final class PythonParser extends InvalidStatementRules {

    private PythonParser(SourceText source, TokenStream stream, int startRule,
                         boolean convertOffsets, SourceText outer, int startingLineno,
                         int startingColOffset) {
        super(source, stream, startRule, convertOffsets, outer, startingLineno, startingColOffset);
    }

    /** Thrown when rules nest deeper than CPython's MAXSTACK (CPython raises MemoryError). */
    public static final class StackLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StackLimit() {
            super("parser stack overflow", null, false, false);
        }
    }

    /** Start rules, by mode. */
    public static final int EXEC = FILE_INPUT, SINGLE = SINGLE_INPUT, EVAL = EVAL_INPUT,
            FUNC_TYPE = FUNC_TYPE_INPUT;

    /**
     * Parses a source with a start rule ({@link #EXEC}, {@link #EVAL}, {@link #SINGLE} or
     * {@link #FUNC_TYPE}).
     *
     * @throws PythonSyntaxError as CPython reports the first syntax error
     * @throws StackLimit when the rules nest deeper than CPython's MAXSTACK
     */
    public static Mod parse(SourceText source, int startRule) {
        PythonParser p = new PythonParser(source, Lexer.forParser(source), startRule,
                source.encoding() != null, null, 0, 0);
        return (Mod) p.runParser();
    }

    // =====================================================================================
    // CPython: _PyPegen_run_parser
    // =====================================================================================

    private Object runParser() {
        Object res;
        try {
            res = startRule();
        } catch (PythonSyntaxError e) {
            // CPython runs the second pass with the error indicator still set: it does nothing,
            // and then the tokenizer may replace the error with one further on
            if (tokenizerFailed) {
                throw shiftTokenizerError(e);
            }
            throw tokenizeFullSourceToCheckForErrors(e);
        }
        if (res == null) {
            int lastToken = fill - 1;
            resetForErrorPass();
            try {
                startRule();
            } catch (PythonSyntaxError e) {
                if (tokenizerFailed) {
                    throw shiftTokenizerError(e);
                }
                throw tokenizeFullSourceToCheckForErrors(e);
            }
            throw setSyntaxError(lastToken);
        }
        if (startRule == SINGLE_INPUT && badSingleStatement()) {
            throw raiseSyntaxError("multiple statements found while compiling a single statement");
        }
        return res;
    }

    /** A tokenizer error of an f-string expression's parser: its lines are the file's. */
    private PythonSyntaxError shiftTokenizerError(PythonSyntaxError e) {
        if (outer == null || startingLineno == 0) {
            return e;
        }
        return new PythonSyntaxError(e.kind(), e.msg(), e.filename(), e.lineno() + startingLineno,
                e.offset(), e.endLineno() + startingLineno, e.endOffset(), e.text());
    }

    /** CPython: _Pypegen_set_syntax_error, when the second pass raised nothing. */
    private PythonSyntaxError setSyntaxError(int lastToken) {
        if (types[lastToken] == INDENT) {
            return raiseIndentationError("unexpected indent");
        }
        if (types[lastToken] == DEDENT) {
            return raiseIndentationError("unexpected unindent");
        }
        PythonSyntaxError err = raiseKnownLocation(lastToken, lastToken, "invalid syntax");
        return tokenizeFullSourceToCheckForErrors(err);
    }

    private Object startRule() {
        switch (startRule) {
            case FILE_INPUT:
                return file_rule();
            case SINGLE_INPUT:
                return interactive_rule();
            case EVAL_INPUT:
                return eval_rule();
            case FUNC_TYPE_INPUT:
                return func_type_rule();
            default:
                return fstring_rule();
        }
    }

    /** CPython: bad_single_statement: anything but blanks and comments after the statement. */
    private boolean badSingleStatement() {
        int t = fill - 1;
        String text = source.text();
        int i;
        if (tokCol(t) < 0) {
            return false;
        }
        Token tok = token(t);
        int line = tok.endLine();
        i = text.offsetByCodePoints(source.lineStart(line), tok.endCol());
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    // =====================================================================================
    // Start rules
    // =====================================================================================

    /** file: [statements] ENDMARKER */
    final Mod file_rule() {
        enter();
        List<Stmt> a = statements_rule();
        if (expect(ENDMARKER) < 0) {
            level--;
            return null;
        }
        level--;
        return new Mod.Module(a == null ? List.of() : a, List.of());
    }

    /** interactive: statement_newline */
    final Mod interactive_rule() {
        enter();
        List<Stmt> a = statement_newline_rule();
        level--;
        return a == null ? null : new Mod.Interactive(a);
    }

    /** eval: expressions NEWLINE* ENDMARKER */
    final Mod eval_rule() {
        enter();
        Expr a = expressions_rule();
        if (a != null) {
            while (expect(NEWLINE) >= 0) {
                // NEWLINE*
            }
            if (expect(ENDMARKER) >= 0) {
                level--;
                return new Mod.Expression(a);
            }
        }
        level--;
        return null;
    }

    /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
    final Mod func_type_rule() {
        enter();
        if (expect(LPAR) >= 0) {
            List<Expr> a = type_expressions_rule();
            Expr b;
            if (expect(RPAR) >= 0 && expect(RARROW) >= 0 && (b = expression_rule()) != null) {
                while (expect(NEWLINE) >= 0) {
                    // NEWLINE*
                }
                if (expect(ENDMARKER) >= 0) {
                    level--;
                    return new Mod.FunctionType(a == null ? List.of() : a, b);
                }
            }
        }
        level--;
        return null;
    }

    /** fstring: star_expressions */
    final Expr fstring_rule() {
        enter();
        Expr a = star_expressions_rule();
        level--;
        return a;
    }

    /**
     * type_expressions: ','.expression+ ',' '*' expression ',' '**' expression
     * | ','.expression+ ',' '*' expression | ','.expression+ ',' '**' expression
     * | '*' expression ',' '**' expression | '*' expression | '**' expression
     * | ','.expression+
     */
    final List<Expr> type_expressions_rule() {
        enter();
        int m0 = startMark();
        List<Expr> a = null;
        for (;;) {
            int m = mark;
            if (a != null && expect(COMMA) < 0) {
                break;
            }
            Expr e = expression_rule();
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
            int m1 = mark;
            if (expect(COMMA) >= 0) {
                int m2 = mark;
                Expr b;
                if (expect(STAR) >= 0 && (b = expression_rule()) != null) {
                    a.add(b);
                    int m3 = mark;
                    Expr c;
                    if (expect(COMMA) >= 0 && expect(DOUBLESTAR) >= 0 && (c = expression_rule()) != null) {
                        a.add(c);
                    } else {
                        mark = m3;
                    }
                    level--;
                    return a;
                }
                mark = m2;
                if (expect(DOUBLESTAR) >= 0 && (b = expression_rule()) != null) {
                    a.add(b);
                    level--;
                    return a;
                }
            }
            mark = m1;
            level--;
            return a;
        }
        mark = m0;
        List<Expr> out = new ArrayList<>(2);
        Expr b;
        if (expect(STAR) >= 0 && (b = expression_rule()) != null) {
            out.add(b);
            int m3 = mark;
            Expr c;
            if (expect(COMMA) >= 0 && expect(DOUBLESTAR) >= 0 && (c = expression_rule()) != null) {
                out.add(c);
            } else {
                mark = m3;
            }
            level--;
            return out;
        }
        mark = m0;
        if (expect(DOUBLESTAR) >= 0 && (b = expression_rule()) != null) {
            out.add(b);
            level--;
            return out;
        }
        mark = m0;
        level--;
        return null;
    }

    // =====================================================================================
    // LiteralContext
    // =====================================================================================

    @Override
    public SourceText source() {
        return outer != null ? outer : source;
    }

    @Override
    public PythonSyntaxError syntaxError(String msg, int lineno, int colOffset, int endLineno,
                                         int endColOffset) {
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, lineno, colOffset,
                endLineno, endColOffset);
    }

    /** CPython: fstring_compile_expr: the parser of one replacement field. */
    @Override
    public Expr parseFStringExpression(String wrappedText, int startingLineno, int startingColOffset) {
        SourceText sub = SourceText.of(filename, wrappedText);
        PythonParser p2 = new PythonParser(sub, Lexer.forParser(sub), FSTRING_INPUT, false,
                source(), startingLineno, startingColOffset);
        return (Expr) p2.runParser();
    }
}
