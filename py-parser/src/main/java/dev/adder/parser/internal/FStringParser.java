package dev.adder.parser.internal;

import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.Position;
import dev.adder.lexer.Token;
import dev.adder.source.PythonSyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the decoded pieces of the STRING tokens of one atom: literal text accumulates until a
 * replacement field ends it; f-strings are split into literal text and {@code FormattedValue}
 * nodes, whose expressions the {@link LiteralContext} parses. One instance is the state of one
 * JoinedStr (the atom's, or a format spec's).
 *
 * <p>Positions are CPython 3.11's: the Constant and FormattedValue parts take the span of the whole
 * atom; a format spec's JoinedStr, and a Constant that ends a format spec, take the span of the
 * token that holds them; the expression of a replacement field is placed where
 * {@code fstring_find_expr_location} says.
 *
 * <p>CPython: Parser/string_parser.c ({@code FstringParser}, {@code fstring_find_literal},
 * {@code fstring_find_expr}, {@code fstring_compile_expr}, {@code fstring_find_expr_location},
 * {@code _PyPegen_FstringParser_ConcatFstring}, {@code _PyPegen_FstringParser_Finish}).
 */
final class FStringParser {

    /** CPython's MAXLEVEL: the deepest nesting of brackets in a replacement field. */
    private static final int MAXLEVEL = 200;

    private final LiteralContext ctx;
    /** The atom's first and last STRING tokens. */
    private final Token first;
    private final Token last;
    /** The span of the whole atom (first to last). */
    private final Position atomPos;
    /** Literal text not yet turned into a Constant (null until first needed; reused). */
    private StrBuilder lastStr;
    private final List<Expr> exprs = new ArrayList<>(4);
    /** True once an f-string has been added: the result is a JoinedStr. */
    private boolean fmode;

    FStringParser(LiteralContext ctx, Token first, Token last, Position atomPos) {
        this.ctx = ctx;
        this.first = first;
        this.last = last;
        this.atomPos = atomPos;
    }

    /**
     * The f-string that one STRING token holds, and where the parse is in it. The text is the
     * token's text (prefix and quotes included, newlines normalized); {@code end} is the index of
     * the closing quote, which C code may read past the end of the string body.
     */
    static final class Cursor {
        final String text;
        final int end;
        final boolean raw;
        final Token token;
        /** Where the parser places the token. */
        final Position tokenPos;
        int pos;

        Cursor(String text, int start, int end, boolean raw, Token token, Position tokenPos) {
            this.text = text;
            this.pos = start;
            this.end = end;
            this.raw = raw;
            this.token = token;
            this.tokenPos = tokenPos;
        }

        /** The char at i; at {@code end} and after, the closing quote (C reads it there). */
        char at(int i) {
            return i < text.length() ? text.charAt(i) : '\0';
        }
    }

    /** Adds exact literal text (CPython: _PyPegen_FstringParser_ConcatAndDel). */
    void concat(String s) {
        concat(s, 0, s.length());
    }

    /** Adds exact literal text taken from text[from, to). */
    void concat(String text, int from, int to) {
        if (from != to) {
            literal(to - from).append(text, from, to);
        }
    }

    /** Adds the literal text that a builder holds. */
    void concat(StrBuilder b) {
        if (!b.isEmpty()) {
            literal(b.length()).append(b);
        }
    }

    /**
     * The builder of the literal text, to which decoded text may be appended (empty text adds
     * nothing, as CPython's ConcatAndDel skips empty strings).
     *
     * @param sizeHint the expected length of what will be appended
     */
    StrBuilder literal(int sizeHint) {
        if (lastStr == null) {
            lastStr = new StrBuilder(sizeHint + 16);
        }
        return lastStr;
    }

    /** Whether there is literal text not yet turned into a Constant. */
    private boolean hasLiteral() {
        return lastStr != null && !lastStr.isEmpty();
    }

    /**
     * Parses an f-string from the cursor's position to its end (recursion level 0) or to the
     * {@code '}'} that ends a format spec (level 1), adding its parts.
     * (CPython: _PyPegen_FstringParser_ConcatFstring.)
     */
    void concatFString(Cursor c, int recurseLvl) {
        fmode = true;
        while (true) {
            // fstring_find_literal_and_expr
            boolean more = findLiteral(c, recurseLvl);
            if (more) {
                continue;
            }
            if (c.pos >= c.end || c.text.charAt(c.pos) == '}') {
                break;
            }
            Expr expression = findExpr(c, recurseLvl);
            if (hasLiteral()) {
                exprs.add(strNode(first, atomPos));
            }
            exprs.add(expression);
        }
        if (recurseLvl == 0 && c.pos < c.end - 1) {
            throw error("f-string: unexpected end of string");
        }
        if (recurseLvl != 0 && c.at(c.pos) != '}') {
            throw error("f-string: expecting '}'");
        }
    }

    /**
     * The Constant or JoinedStr that the added parts make.
     * (CPython: _PyPegen_FstringParser_Finish.)
     *
     * @param kindToken the token whose 'u' prefix makes the Constant's kind "u"
     * @param pos the position of the result and of a final Constant
     */
    Expr finish(Token kindToken, Position pos) {
        if (!fmode) {
            return strNode(kindToken, pos);
        }
        if (hasLiteral()) {
            exprs.add(strNode(kindToken, pos));
        }
        return new Expr.JoinedStr(exprs, pos);
    }

    /** The Constant for the literal text, which it clears (CPython: make_str_node_and_del). */
    private Expr.Constant strNode(Token kindToken, Position pos) {
        StrBuilder b = literal(0);
        ConstantValue.StrValue value = b.toStrValue();
        b.clear();
        String kind = kindToken.string().charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(value, kind, pos);
    }

    /**
     * Scans literal text up to an undoubled '{' (or a '}' that ends a format spec) and adds it,
     * decoded. Returns true if it stopped after a doubled brace, whose first half it added: the
     * caller must call again. (CPython: fstring_find_literal.)
     */
    private boolean findLiteral(Cursor c, int recurseLvl) {
        String text = c.text;
        int end = c.end;
        int s = c.pos;
        int literalStart = s;
        boolean result = false;
        scan:
        while (s < end) {
            char ch = text.charAt(s++);
            if (!c.raw && ch == '\\' && s < end) {
                ch = text.charAt(s++);
                if (ch == 'N') {
                    if (s < end && text.charAt(s++) == '{') {
                        while (s < end && text.charAt(s++) != '}') {
                            // skip the character name
                        }
                        continue;
                    }
                    break;
                }
            }
            if (ch == '{' || ch == '}') {
                // Doubled braces are checked only at the top level: in f'{0:{3}}' the two
                // closing braces are not a doubled one.
                if (recurseLvl == 0) {
                    if (s < end && text.charAt(s) == ch) {
                        c.pos = s + 1;
                        result = true;
                        break scan;
                    }
                    if (ch == '}') {
                        c.pos = s - 1;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                c.pos = s;
                break scan;
            }
        }
        if (!result) {
            c.pos = s;
        }
        if (literalStart != s) {
            if (c.raw) {
                concat(text, literalStart, s);
            } else {
                StringLiteralDecoder.decodeUnicode(text, literalStart, s, literal(s - literalStart), ctx, last);
            }
        }
        return result;
    }

    /**
     * Parses the replacement field at the cursor (on its '{') and returns its FormattedValue; adds
     * the text of a '=' field to the literal text. (CPython: fstring_find_expr.)
     */
    private Expr findExpr(Cursor c, int recurseLvl) {
        if (recurseLvl >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        String text = c.text;
        int end = c.end;
        c.pos++;
        int exprStart = c.pos;
        char quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        char[] parenStack = null;
        int s = c.pos;
        for (; s < end; s++) {
            char ch = text.charAt(s);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (s + 2 < end && text.charAt(s + 1) == ch && text.charAt(s + 2) == ch) {
                            s += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (s + 2 < end && text.charAt(s + 1) == ch && text.charAt(s + 2) == ch) {
                    stringType = 3;
                    s += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= MAXLEVEL) {
                    throw error("f-string: too many nested parenthesis");
                }
                if (parenStack == null) {
                    parenStack = new char[MAXLEVEL];
                }
                parenStack[nestedDepth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (nestedDepth == 0
                    && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (s + 1 < end) {
                    char next = text.charAt(s + 1);
                    // "!=", "==", "<=", ">=" are operators; '=' is no conversion character
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        s++;
                        continue;
                    }
                    // A lone '<' or '>' does not end the expression.
                    if (ch == '>' || ch == '<') {
                        continue;
                    }
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nestedDepth == 0) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                char opening = parenStack[--nestedDepth];
                if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = s;
        c.pos = s;
        if (quoteChar != 0) {
            throw error("f-string: unterminated string");
        }
        if (nestedDepth != 0) {
            throw error("f-string: unmatched '" + parenStack[nestedDepth - 1] + "'");
        }
        if (c.pos >= end) {
            throw expectingBrace();
        }
        // Compile the expression first, so that its errors come before those of the
        // conversion or format spec.
        Expr simpleExpression = compileExpr(c, exprStart, exprEnd);
        String exprText = null;
        if (text.charAt(c.pos) == '=') {
            c.pos++;
            while (isPySpace(c.at(c.pos))) {
                c.pos++;
            }
            exprText = text.substring(exprStart, c.pos);
        }
        int conversion = -1;
        if (c.at(c.pos) == '!') {
            c.pos++;
            if (c.pos >= end) {
                throw expectingBrace();
            }
            conversion = text.charAt(c.pos);
            c.pos++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (c.pos >= end) {
            throw expectingBrace();
        }
        Expr formatSpec = null;
        if (text.charAt(c.pos) == ':') {
            c.pos++;
            if (c.pos >= end) {
                throw expectingBrace();
            }
            // fstring_parse: a JoinedStr of its own, placed on the token that holds it
            FStringParser spec = new FStringParser(ctx, first, last, atomPos);
            spec.concatFString(c, recurseLvl + 1);
            formatSpec = spec.finish(c.token, c.tokenPos);
        }
        if (c.pos >= end || text.charAt(c.pos) != '}') {
            throw expectingBrace();
        }
        c.pos++;
        if (exprText != null) {
            concat(exprText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        return new Expr.FormattedValue(simpleExpression, conversion, formatSpec, atomPos);
    }

    /**
     * Parses the expression text[exprStart, exprEnd) in parentheses, placed as CPython 3.11
     * places it. (CPython: fstring_compile_expr, fstring_find_expr_location.)
     */
    private Expr compileExpr(Cursor c, int exprStart, int exprEnd) {
        String text = c.text;
        int s = exprStart;
        while (s < exprEnd) {
            char ch = text.charAt(s);
            if (!(ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f')) {
                break;
            }
            s++;
        }
        if (s == exprEnd) {
            char next = text.charAt(exprEnd);
            if (next == '!' || next == ':' || next == '=') {
                throw error("f-string: expression required before '" + next + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        int brace = exprStart - 1;
        int lines = 0;
        for (int i = 0; i < brace; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        // When only whitespace separates the '{' from a newline, the expression's first line
        // gets no column shift.
        boolean newlineAfterBrace = true;
        for (int i = brace + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '}' || ch == '\n') {
                break;
            }
            if (ch != ' ' && ch != '\t' && ch != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            int start = brace;
            while (start > 0 && text.charAt(start) != '\n') {
                start--;
            }
            cols = utf8Length(text, start, brace);
            if (text.charAt(start) == '\n') {
                cols -= 1;
            }
        }
        String wrapped = "(" + text.substring(exprStart, exprEnd) + ")";
        int startingLineno = c.tokenPos.lineno() + lines - 1;
        int startingColOffset = lines != 0 ? cols : c.tokenPos.colOffset() + cols;
        return ctx.parseFStringExpression(wrapped, startingLineno, startingColOffset);
    }

    /** The number of UTF-8 bytes of text[from, to). */
    private static int utf8Length(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                n++;
            } else if (ch < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Py_ISSPACE: ASCII whitespace. */
    private static boolean isPySpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\u000b' || ch == '\f';
    }

    private PythonSyntaxError expectingBrace() {
        return error("f-string: expecting '}'");
    }

    private PythonSyntaxError error(String msg) {
        return ctx.syntaxErrorAfterStrings(last, msg);
    }
}
