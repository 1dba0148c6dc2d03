package dev.adder.parser.internal;

import dev.adder.ast.CmpOp;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Operator;
import dev.adder.ast.Position;
import dev.adder.ast.UnaryOpKind;
import dev.adder.lexer.Token;
import dev.adder.lexer.TokenKind;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small tokenizer, expression parser and {@link LiteralContext} for testing literal decoding
 * without the real lexer and grammar: enough Python for the statements {@code [NAME =] expr} whose
 * expressions use names, numbers, strings, attributes, calls, subscripts, tuples, lists, dicts,
 * sets, starred items, unary minus, arithmetic and comparisons. Tokens and positions follow
 * CPython's C tokenizer and parser for that subset (NEWLINE tokens have no width; f-string
 * sub-parsers shift their tokens by starting_lineno and starting_col_offset).
 */
final class LiteralTestSupport {

    private LiteralTestSupport() {
    }

    private static final Map<String, TokenKind> OPS = Map.ofEntries(
            Map.entry("(", TokenKind.LPAR), Map.entry(")", TokenKind.RPAR),
            Map.entry("[", TokenKind.LSQB), Map.entry("]", TokenKind.RSQB),
            Map.entry("{", TokenKind.LBRACE), Map.entry("}", TokenKind.RBRACE),
            Map.entry(",", TokenKind.COMMA), Map.entry(".", TokenKind.DOT),
            Map.entry(":", TokenKind.COLON), Map.entry("=", TokenKind.EQUAL),
            Map.entry("+", TokenKind.PLUS), Map.entry("-", TokenKind.MINUS),
            Map.entry("*", TokenKind.STAR), Map.entry("/", TokenKind.SLASH),
            Map.entry("%", TokenKind.PERCENT), Map.entry("<", TokenKind.LESS),
            Map.entry(">", TokenKind.GREATER), Map.entry("==", TokenKind.EQEQUAL),
            Map.entry("!=", TokenKind.NOTEQUAL), Map.entry("<=", TokenKind.LESSEQUAL),
            Map.entry(">=", TokenKind.GREATEREQUAL), Map.entry("**", TokenKind.DOUBLESTAR),
            Map.entry("//", TokenKind.DOUBLESLASH));

    /** Thrown for input outside the subset this support handles. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String msg) {
            super(msg);
        }
    }

    /** Tokens of text, columns in code points, as the C tokenizer gives them to the parser. */
    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int depth = 0;
        int i = 0;
        int n = text.length();
        boolean lineHasTokens = false;
        // A NEWLINE after a comment starts where the comment does (C tokenizer: tok->start).
        int commentCol = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
                continue;
            }
            if (c == '#') {
                commentCol = cp(text, lineStart, i);
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                continue;
            }
            if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                i++;
                i += text.startsWith("\r\n", i) ? 2 : 1;
                line++;
                lineStart = i;
                continue;
            }
            if (c == '\n' || c == '\r') {
                int col = cp(text, lineStart, i);
                if (depth == 0 && lineHasTokens) {
                    out.add(new Token(TokenKind.NEWLINE, "\n", line, commentCol >= 0 ? commentCol : col, line, col));
                    lineHasTokens = false;
                }
                commentCol = -1;
                i += text.startsWith("\r\n", i) ? 2 : 1;
                line++;
                lineStart = i;
                continue;
            }
            int startLine = line;
            int startCol = cp(text, lineStart, i);
            int start = i;
            TokenKind kind;
            int p = i;
            while (p < n && p - i < 2 && "rRbBuUfF".indexOf(text.charAt(p)) >= 0) {
                p++;
            }
            if (p < n && (text.charAt(p) == '\'' || text.charAt(p) == '"')) {
                char q = text.charAt(p);
                boolean triple = text.startsWith("" + q + q + q, p);
                i = p + (triple ? 3 : 1);
                while (true) {
                    if (i >= n) {
                        throw new Unsupported("unterminated string");
                    }
                    char d = text.charAt(i);
                    if (d == '\\') {
                        i++;
                        if (i < n && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                            i += text.startsWith("\r\n", i) ? 2 : 1;
                            line++;
                            lineStart = i;
                        } else {
                            i++;
                        }
                        continue;
                    }
                    if (d == '\n' || d == '\r') {
                        if (!triple) {
                            throw new Unsupported("newline in string");
                        }
                        i += text.startsWith("\r\n", i) ? 2 : 1;
                        line++;
                        lineStart = i;
                        continue;
                    }
                    if (d == q && (!triple || text.startsWith("" + q + q + q, i))) {
                        i += triple ? 3 : 1;
                        break;
                    }
                    i++;
                }
                kind = TokenKind.STRING;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                boolean hex = c == '0' && i + 1 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X');
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || d == '_' || d == '.') {
                        i++;
                    } else if ((d == '+' || d == '-') && !hex
                            && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')) {
                        i++;
                    } else {
                        break;
                    }
                }
                kind = TokenKind.NUMBER;
            } else if (Character.isUnicodeIdentifierStart(c) || c == '_') {
                i++;
                while (i < n && Character.isUnicodeIdentifierPart(text.charAt(i))) {
                    i++;
                }
                kind = TokenKind.NAME;
            } else {
                String two = i + 2 <= n ? text.substring(i, i + 2) : "";
                if (OPS.containsKey(two)) {
                    kind = OPS.get(two);
                    i += 2;
                } else if (OPS.containsKey(String.valueOf(c))) {
                    kind = OPS.get(String.valueOf(c));
                    i++;
                } else {
                    kind = TokenKind.OP;
                    i++;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
            }
            out.add(new Token(kind, text.substring(start, i), startLine, startCol, line, cp(text, lineStart, i)));
            lineHasTokens = true;
        }
        int col = cp(text, lineStart, n);
        if (lineHasTokens) {
            out.add(new Token(TokenKind.NEWLINE, "", line, commentCol >= 0 ? commentCol : col, line, col));
        }
        out.add(new Token(TokenKind.ENDMARKER, "", line + (lineHasTokens ? 1 : 0), 0, line, 0));
        return out;
    }

    private static int cp(String text, int from, int to) {
        return text.codePointCount(from, to);
    }

    /** A context and parser over one text: the module source, or an f-string expression. */
    static final class Ctx implements LiteralContext {
        final SourceText outer;
        final SourceText own;
        final boolean sub;
        final int startingLineno;
        final int startingColOffset;
        final List<Token> tokens;
        int p;

        /** The context of a whole module source. */
        Ctx(String source) {
            this(SourceText.of("<test>", source), null, 0, 0);
        }

        private Ctx(SourceText outer, SourceText own, int startingLineno, int startingColOffset) {
            this.outer = outer;
            this.own = own == null ? outer : own;
            this.sub = own != null;
            this.startingLineno = startingLineno;
            this.startingColOffset = startingColOffset;
            this.tokens = tokenize(this.own.text());
        }

        @Override
        public SourceText source() {
            return outer;
        }

        @Override
        public Position span(Token a, Token b) {
            int line = a.startLine();
            int endLine = b.endLine();
            int bc = own.byteColumn(line, a.startCol());
            int ebc = own.byteColumn(endLine, b.endCol());
            if (!sub) {
                return new Position(line, bc, endLine, ebc, a.startCol(), b.endCol());
            }
            // CPython's initialize_token: the shift applies when the tokenizer is on the text's
            // first line, i.e. when the token ends there.
            if (a.endLine() == 1) {
                bc += startingColOffset;
            }
            if (endLine == 1) {
                ebc += startingColOffset;
            }
            line += startingLineno;
            endLine += startingLineno;
            return new Position(line, bc, endLine, ebc, outer.codePointColumn(line, bc),
                    outer.codePointColumn(endLine, ebc));
        }

        @Override
        public Expr parseFStringExpression(String wrappedText, int startingLineno, int startingColOffset) {
            Ctx c = new Ctx(outer, SourceText.of(outer.name(), wrappedText), startingLineno, startingColOffset);
            Expr e = c.starExpressions();
            if (c.peek().kind() != TokenKind.NEWLINE && c.peek().kind() != TokenKind.ENDMARKER) {
                throw new Unsupported("f-string expression not understood: " + wrappedText);
            }
            return e;
        }

        @Override
        public PythonSyntaxError syntaxError(String msg, int lineno, int colOffset, int endLineno, int endColOffset) {
            int offset = outer.codePointColumn(lineno, colOffset) + 1;
            int endOffset = outer.codePointColumn(endLineno, endColOffset) + 1;
            return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, outer.name(), lineno, offset,
                    endLineno, endOffset, outer.line(lineno));
        }

        @Override
        public PythonSyntaxError syntaxErrorAfterStrings(Token lastString, String msg) {
            int i = tokens.indexOf(lastString);
            Token next = tokens.get(i + 1);
            Position np = span(next, next);
            return syntaxError(msg, np.lineno(), np.colOffset(), np.endLineno(), np.endColOffset());
        }

        // ---- statement: [NAME '='] star_expressions NEWLINE ----

        /** The value of the module's one statement. */
        Expr statementValue() {
            if (tokens.size() > 2 && tokens.get(0).kind() == TokenKind.NAME
                    && tokens.get(1).kind() == TokenKind.EQUAL) {
                p = 2;
            }
            Expr e = starExpressions();
            if (peek().kind() != TokenKind.NEWLINE) {
                throw new Unsupported("statement not understood at " + peek());
            }
            return e;
        }

        Token peek() {
            return tokens.get(p);
        }

        private boolean at(TokenKind k) {
            return tokens.get(p).kind() == k;
        }

        private Token expect(TokenKind k) {
            Token t = tokens.get(p);
            if (t.kind() != k) {
                throw new Unsupported("expected " + k + " at " + t);
            }
            p++;
            return t;
        }

        private Position pos(Token a) {
            return span(a, a);
        }

        private static Position join(Position a, Position b) {
            return new Position(a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), a.col(), b.endCol());
        }

        Expr starExpressions() {
            Expr first = starExpression();
            if (!at(TokenKind.COMMA)) {
                return first;
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            Position end = first.pos();
            while (at(TokenKind.COMMA)) {
                end = pos(expect(TokenKind.COMMA));
                if (at(TokenKind.NEWLINE) || at(TokenKind.ENDMARKER) || at(TokenKind.RPAR)) {
                    break;
                }
                Expr e = starExpression();
                elts.add(e);
                end = e.pos();
            }
            return new Expr.Tuple(elts, ExprContext.Load, join(first.pos(), end));
        }

        private Expr starExpression() {
            if (at(TokenKind.STAR)) {
                Token star = expect(TokenKind.STAR);
                Expr v = comparison();
                return new Expr.Starred(v, ExprContext.Load, join(pos(star), v.pos()));
            }
            return comparison();
        }

        private Expr comparison() {
            Expr left = sum();
            List<CmpOp> ops = new ArrayList<>();
            List<Expr> comparators = new ArrayList<>();
            while (true) {
                CmpOp op;
                switch (peek().kind()) {
                    case EQEQUAL: op = CmpOp.Eq; break;
                    case NOTEQUAL: op = CmpOp.NotEq; break;
                    case LESS: op = CmpOp.Lt; break;
                    case LESSEQUAL: op = CmpOp.LtE; break;
                    case GREATER: op = CmpOp.Gt; break;
                    case GREATEREQUAL: op = CmpOp.GtE; break;
                    default: op = null; break;
                }
                if (op == null) {
                    break;
                }
                p++;
                ops.add(op);
                comparators.add(sum());
            }
            if (ops.isEmpty()) {
                return left;
            }
            return new Expr.Compare(left, ops, comparators, join(left.pos(), comparators.get(comparators.size() - 1).pos()));
        }

        private Expr sum() {
            Expr left = term();
            while (at(TokenKind.PLUS) || at(TokenKind.MINUS)) {
                Operator op = at(TokenKind.PLUS) ? Operator.Add : Operator.Sub;
                p++;
                Expr right = term();
                left = new Expr.BinOp(left, op, right, join(left.pos(), right.pos()));
            }
            return left;
        }

        private Expr term() {
            Expr left = factor();
            while (at(TokenKind.STAR) || at(TokenKind.SLASH) || at(TokenKind.PERCENT) || at(TokenKind.DOUBLESLASH)) {
                Operator op = at(TokenKind.STAR) ? Operator.Mult : at(TokenKind.SLASH) ? Operator.Div
                        : at(TokenKind.PERCENT) ? Operator.Mod : Operator.FloorDiv;
                p++;
                Expr right = factor();
                left = new Expr.BinOp(left, op, right, join(left.pos(), right.pos()));
            }
            return left;
        }

        private Expr factor() {
            if (at(TokenKind.MINUS)) {
                Token m = expect(TokenKind.MINUS);
                Expr v = factor();
                return new Expr.UnaryOp(UnaryOpKind.USub, v, join(pos(m), v.pos()));
            }
            return primary();
        }

        private Expr primary() {
            Expr e = atom();
            while (true) {
                if (at(TokenKind.DOT)) {
                    p++;
                    Token name = expect(TokenKind.NAME);
                    e = new Expr.Attribute(e, name.string(), ExprContext.Load, join(e.pos(), pos(name)));
                } else if (at(TokenKind.LPAR)) {
                    p++;
                    List<Expr> args = new ArrayList<>();
                    while (!at(TokenKind.RPAR)) {
                        args.add(starExpression());
                        if (!at(TokenKind.RPAR)) {
                            expect(TokenKind.COMMA);
                        }
                    }
                    Token close = expect(TokenKind.RPAR);
                    e = new Expr.Call(e, args, List.<Keyword>of(), join(e.pos(), pos(close)));
                } else if (at(TokenKind.LSQB)) {
                    p++;
                    Expr index = starExpressions();
                    Token close = expect(TokenKind.RSQB);
                    e = new Expr.Subscript(e, index, ExprContext.Load, join(e.pos(), pos(close)));
                } else {
                    return e;
                }
            }
        }

        private Expr atom() {
            Token t = peek();
            switch (t.kind()) {
                case NAME:
                    p++;
                    switch (t.string()) {
                        case "None": return new Expr.Constant(ConstantValue.NONE, null, pos(t));
                        case "True": return new Expr.Constant(ConstantValue.TRUE, null, pos(t));
                        case "False": return new Expr.Constant(ConstantValue.FALSE, null, pos(t));
                        default: return new Expr.Name(t.string(), ExprContext.Load, pos(t));
                    }
                case NUMBER:
                    p++;
                    return Literals.number(t, pos(t), this);
                case STRING: {
                    List<Token> strs = new ArrayList<>();
                    while (at(TokenKind.STRING)) {
                        strs.add(tokens.get(p++));
                    }
                    // CPython fetches the token after the strings before decoding them
                    return Literals.strings(strs, this);
                }
                case LPAR: {
                    p++;
                    if (at(TokenKind.RPAR)) {
                        Token close = expect(TokenKind.RPAR);
                        return new Expr.Tuple(List.of(), ExprContext.Load, join(pos(t), pos(close)));
                    }
                    Expr first = starExpression();
                    if (at(TokenKind.RPAR)) {
                        p++;
                        return first;
                    }
                    List<Expr> elts = new ArrayList<>();
                    elts.add(first);
                    while (at(TokenKind.COMMA)) {
                        p++;
                        if (at(TokenKind.RPAR)) {
                            break;
                        }
                        elts.add(starExpression());
                    }
                    Token close = expect(TokenKind.RPAR);
                    return new Expr.Tuple(elts, ExprContext.Load, join(pos(t), pos(close)));
                }
                case LSQB: {
                    p++;
                    List<Expr> elts = new ArrayList<>();
                    while (!at(TokenKind.RSQB)) {
                        elts.add(starExpression());
                        if (!at(TokenKind.RSQB)) {
                            expect(TokenKind.COMMA);
                        }
                    }
                    Token close = expect(TokenKind.RSQB);
                    return new Expr.List(elts, ExprContext.Load, join(pos(t), pos(close)));
                }
                case LBRACE: {
                    p++;
                    List<Expr> keys = new ArrayList<>();
                    List<Expr> values = new ArrayList<>();
                    boolean dict = at(TokenKind.RBRACE);
                    while (!at(TokenKind.RBRACE)) {
                        Expr k = starExpression();
                        if (at(TokenKind.COLON)) {
                            p++;
                            dict = true;
                            keys.add(k);
                            values.add(starExpression());
                        } else {
                            values.add(k);
                        }
                        if (!at(TokenKind.RBRACE)) {
                            expect(TokenKind.COMMA);
                        }
                    }
                    Token close = expect(TokenKind.RBRACE);
                    Position ps = join(pos(t), pos(close));
                    return dict ? new Expr.Dict(keys, values, ps) : new Expr.Set(values, ps);
                }
                default:
                    throw new Unsupported("unexpected token " + t);
            }
        }
    }
}
