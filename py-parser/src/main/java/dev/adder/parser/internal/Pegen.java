package dev.adder.parser.internal;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Located;
import dev.adder.ast.Position;
import dev.adder.lexer.Lexer;
import dev.adder.lexer.Token;
import dev.adder.lexer.TokenKind;
import dev.adder.lexer.TokenStream;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The machinery under the grammar rules: the token buffer with its mark, keyword recognition,
 * memoization, the rule nesting limit, node positions, and the construction of syntax errors
 * at CPython's locations.
 *
 * <p>Tokens are kept in parallel arrays indexed by their position in the buffer. A rule that
 * matches a token gets its index; node positions are taken from the lines and UTF-8 byte columns
 * recorded for each index, as CPython's Token structs hold them (INDENT, DEDENT and ENDMARKER
 * have no columns: -1).
 *
 * <p>CPython: Parser/pegen.c (the token buffer, {@code _PyPegen_fill_token},
 * {@code initialize_token}, {@code _PyPegen_expect_token}, {@code _PyPegen_is_memoized},
 * {@code _PyPegen_get_last_nonnwhitespace_token}) and Parser/pegen_errors.c
 * ({@code _PyPegen_raise_error}, {@code _PyPegen_raise_error_known_location}).
 */
abstract class Pegen implements LiteralContext {

    // ---- token types (CPython's token numbers are not needed, only distinct codes; NEWLINE,
    // INDENT and DEDENT keep CPython's order, which _PyPegen_get_last_nonnwhitespace_token uses)
    static final int ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5,
            DEDENT = 6, LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13,
            PLUS = 14, MINUS = 15, STAR = 16, SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20,
            GREATER = 21, EQUAL = 22, DOT = 23, PERCENT = 24, LBRACE = 25, RBRACE = 26,
            EQEQUAL = 27, NOTEQUAL = 28, LESSEQUAL = 29, GREATEREQUAL = 30, TILDE = 31,
            CIRCUMFLEX = 32, LEFTSHIFT = 33, RIGHTSHIFT = 34, DOUBLESTAR = 35, PLUSEQUAL = 36,
            MINEQUAL = 37, STAREQUAL = 38, SLASHEQUAL = 39, PERCENTEQUAL = 40, AMPEREQUAL = 41,
            VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43, LEFTSHIFTEQUAL = 44, RIGHTSHIFTEQUAL = 45,
            DOUBLESTAREQUAL = 46, DOUBLESLASH = 47, DOUBLESLASHEQUAL = 48, AT = 49, ATEQUAL = 50,
            RARROW = 51, ELLIPSIS = 52, COLONEQUAL = 53, OP = 54, AWAIT = 55, ASYNC = 56,
            TYPE_IGNORE = 57, TYPE_COMMENT = 58, SOFT_KEYWORD = 59, ERRORTOKEN = 60;

    // ---- keywords (CPython: reserved_keywords in Parser/parser.c) ----
    static final int K_FALSE = 100, K_NONE = 101, K_TRUE = 102, K_AND = 103, K_AS = 104,
            K_ASSERT = 105, K_BREAK = 106, K_CLASS = 107, K_CONTINUE = 108, K_DEF = 109,
            K_DEL = 110, K_ELIF = 111, K_ELSE = 112, K_EXCEPT = 113, K_FINALLY = 114, K_FOR = 115,
            K_FROM = 116, K_GLOBAL = 117, K_IF = 118, K_IMPORT = 119, K_IN = 120, K_IS = 121,
            K_LAMBDA = 122, K_NONLOCAL = 123, K_NOT = 124, K_OR = 125, K_PASS = 126, K_RAISE = 127,
            K_RETURN = 128, K_TRY = 129, K_WHILE = 130, K_WITH = 131, K_YIELD = 132;

    /** Start rules (CPython: Py_file_input, Py_single_input, Py_eval_input, ...). */
    static final int FILE_INPUT = 0, SINGLE_INPUT = 1, EVAL_INPUT = 2, FUNC_TYPE_INPUT = 3,
            FSTRING_INPUT = 4;

    /** CPython: MAXSTACK in Parser/parser.c (release builds). */
    static final int MAXSTACK = 6000;
    /** CPython: CURRENT_POS in Parser/pegen.h. */
    static final int CURRENT_POS = -5;

    // ---- memoized rules: CPython memoizes the rules marked (memo) and the left-recursive ones
    static final int M_SIMPLE_STMT = 0, M_BLOCK = 1, M_EXPRESSION = 2, M_STAR_EXPRESSION = 3,
            M_DISJUNCTION = 4, M_CONJUNCTION = 5, M_INVERSION = 6, M_FACTOR = 7,
            M_AWAIT_PRIMARY = 8, M_STRINGS = 9, M_ARGUMENTS = 10, M_STAR_TARGET = 11,
            M_TARGET_WITH_STAR_ATOM = 12, M_DEL_TARGET = 13, M_CLOSED_PATTERN = 14,
            M_STAR_PATTERN = 15, M_INVALID_NAMED_EXPRESSION = 16, M_DOTTED_NAME = 17,
            M_BITWISE_OR = 18, M_BITWISE_XOR = 19, M_BITWISE_AND = 20, M_SHIFT_EXPR = 21,
            M_SUM = 22, M_TERM = 23, M_PRIMARY = 24, M_T_PRIMARY = 25;
    static final int NMEMO = 26;

    final SourceText source;
    final String filename;
    final int startRule;
    /** True when error offsets become code points (CPython: tok->encoding != NULL). */
    final boolean convertOffsets;
    private final TokenStream stream;

    /** For the parser of an f-string expression: the source of the enclosing file. */
    final SourceText outer;
    /** CPython: starting_lineno - 1 (added to every line) of an f-string expression's parser. */
    final int startingLineno;
    /** CPython: starting_col_offset, added to columns of the first line's tokens. */
    final int startingColOffset;

    // ---- the token buffer ----
    private Token[] toks;
    int[] types;
    private int[] lines;
    private int[] cols;
    private int[] endLines;
    private int[] endCols;
    private int[] cpCols;
    private int[] cpEndCols;
    private int[] levels;
    /** Number of tokens read (CPython: p->fill). */
    int fill;
    /** Index of the next token to match (CPython: p->mark). */
    int mark;

    private int parenDepth;
    /** True while the implicit NEWLINE at the end of a non-module source is to be dropped. */
    private boolean noFinalNewline;
    private Token[] pending;
    /** An empty source in a mode other than exec: CPython's tokenizer reads no line at all. */
    private final boolean emptyNonModule;
    private int pendingCount;
    private int pendingPos;
    /** The open brackets (CPython: tok->parenstack, parenlinenostack, parencolstack). */
    private char[] parenChars = new char[16];
    private int[] parenLines = new int[16];
    private int[] parenCols = new int[16];
    private boolean sawEndmarker;
    private boolean parsingStarted;
    /** Set once the token stream has thrown: CPython's tok->done is an error. */
    boolean tokenizerFailed;

    /** CPython: p->call_invalid_rules (true in the second pass). */
    boolean callInvalidRules;
    /** CPython: p->level, the nesting of rule calls. */
    int level;

    /**
     * The rules memoized in the first pass. The first pass never calls the invalid rules, so
     * which rules it memoizes changes only its speed: these are the ones it evaluates again at
     * the same token. The second pass memoizes all the rules CPython memoizes, because there the
     * memo decides results (a rule memoized with the invalid rules off, inside
     * expression_without_invalid, is not evaluated again with them on).
     */
    private static final int FIRST_PASS_MEMO = 1 << M_EXPRESSION | 1 << M_DISJUNCTION
            | 1 << M_STRINGS | 1 << M_ARGUMENTS | 1 << M_STAR_TARGET | 1 << M_TARGET_WITH_STAR_ATOM
            | 1 << M_DEL_TARGET | 1 << M_CLOSED_PATTERN | 1 << M_BITWISE_OR | 1 << M_T_PRIMARY;

    // ---- memo, per rule and token index: end mark + 1, -1 for failure, 0 for none; and the
    // values ----
    private final int[][] memoEnd = new int[NMEMO][];
    private final Object[][] memoVal = new Object[NMEMO][];
    /** The rules memoized in this pass, as a bit set. */
    private int memoRules = FIRST_PASS_MEMO;

    Pegen(SourceText source, TokenStream stream, int startRule, boolean convertOffsets,
          SourceText outer, int startingLineno, int startingColOffset) {
        this.source = source;
        this.filename = source.name();
        this.stream = stream;
        this.startRule = startRule;
        this.convertOffsets = convertOffsets;
        this.outer = outer;
        this.startingLineno = startingLineno;
        this.startingColOffset = startingColOffset;
        String text = source.text();
        noFinalNewline = (startRule == SINGLE_INPUT || startRule == EVAL_INPUT
                || startRule == FUNC_TYPE_INPUT) && !text.isEmpty()
                && text.charAt(text.length() - 1) != '\n' && text.charAt(text.length() - 1) != '\r';
        emptyNonModule = text.isEmpty() && (startRule == SINGLE_INPUT || startRule == EVAL_INPUT
                || startRule == FUNC_TYPE_INPUT);
        // about one token for every four characters of source; the arrays grow if needed
        int cap = Math.max(64, source.text().length() / 4 + 16);
        toks = new Token[cap];
        types = new int[cap];
        lines = new int[cap];
        cols = new int[cap];
        endLines = new int[cap];
        endCols = new int[cap];
        cpCols = new int[cap];
        cpEndCols = new int[cap];
        levels = new int[cap];
    }

    // =====================================================================================
    // Tokens
    // =====================================================================================

    private static final int[] KIND_CODES = new int[TokenKind.values().length];

    static {
        Arrays.fill(KIND_CODES, OP);
        String[] names = {"ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
            "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS", "STAR",
            "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT", "LBRACE",
            "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE", "CIRCUMFLEX",
            "LEFTSHIFT", "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL", "STAREQUAL",
            "SLASHEQUAL", "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL", "CIRCUMFLEXEQUAL",
            "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL", "DOUBLESLASH",
            "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS", "COLONEQUAL", "OP", "AWAIT",
            "ASYNC", "TYPE_IGNORE", "TYPE_COMMENT", "SOFT_KEYWORD", "ERRORTOKEN"};
        for (int i = 0; i < names.length; i++) {
            KIND_CODES[TokenKind.valueOf(names[i]).ordinal()] = i;
        }
    }

    /** The code of a token kind (a NAME's keyword is found by {@link #keywordOrName}). */
    static int code(TokenKind kind) {
        return KIND_CODES[kind.ordinal()];
    }

    /** CPython: _get_keyword_or_name_type. */
    static int keywordOrName(String s) {
        switch (s) {
            case "False": return K_FALSE;
            case "None": return K_NONE;
            case "True": return K_TRUE;
            case "and": return K_AND;
            case "as": return K_AS;
            case "assert": return K_ASSERT;
            case "async": return ASYNC;
            case "await": return AWAIT;
            case "break": return K_BREAK;
            case "class": return K_CLASS;
            case "continue": return K_CONTINUE;
            case "def": return K_DEF;
            case "del": return K_DEL;
            case "elif": return K_ELIF;
            case "else": return K_ELSE;
            case "except": return K_EXCEPT;
            case "finally": return K_FINALLY;
            case "for": return K_FOR;
            case "from": return K_FROM;
            case "global": return K_GLOBAL;
            case "if": return K_IF;
            case "import": return K_IMPORT;
            case "in": return K_IN;
            case "is": return K_IS;
            case "lambda": return K_LAMBDA;
            case "nonlocal": return K_NONLOCAL;
            case "not": return K_NOT;
            case "or": return K_OR;
            case "pass": return K_PASS;
            case "raise": return K_RAISE;
            case "return": return K_RETURN;
            case "try": return K_TRY;
            case "while": return K_WHILE;
            case "with": return K_WITH;
            case "yield": return K_YIELD;
            default: return NAME;
        }
    }

    private void grow() {
        int n = toks.length * 2;
        toks = Arrays.copyOf(toks, n);
        types = Arrays.copyOf(types, n);
        lines = Arrays.copyOf(lines, n);
        cols = Arrays.copyOf(cols, n);
        endLines = Arrays.copyOf(endLines, n);
        endCols = Arrays.copyOf(endCols, n);
        cpCols = Arrays.copyOf(cpCols, n);
        cpEndCols = Arrays.copyOf(cpEndCols, n);
        levels = Arrays.copyOf(levels, n);
        for (int r = 0; r < NMEMO; r++) {
            if (memoEnd[r] != null) {
                memoEnd[r] = Arrays.copyOf(memoEnd[r], n);
                memoVal[r] = Arrays.copyOf(memoVal[r], n);
            }
        }
    }

    /** Reads the next token from the stream. CPython: _PyPegen_fill_token, initialize_token. */
    final void fillToken() {
        Token t;
        int type;
        if (sawEndmarker) {
            t = toks[fill - 1];
            type = ENDMARKER;
        } else {
            try {
                t = nextToken();
            } catch (PythonSyntaxError e) {
                tokenizerFailed = true;
                throw e;
            }
            TokenKind k = t.kind();
            type = k == TokenKind.NAME ? keywordOrName(t.string()) : code(k);
            if (type == ENDMARKER && pendingPos == pendingCount) {
                sawEndmarker = true;
            }
        }
        if (startRule == SINGLE_INPUT && type == ENDMARKER && parsingStarted) {
            // CPython adds a NEWLINE at the end of interactive input
            type = NEWLINE;
            parsingStarted = false;
        } else {
            parsingStarted = true;
        }
        if (fill == toks.length) {
            grow();
        }
        int i = fill;
        toks[i] = t;
        types[i] = type;
        int line = emptyNonModule ? 0 : t.startLine() + startingLineno;
        int endLine = emptyNonModule ? 0 : t.endLine() + startingLineno;
        lines[i] = line;
        endLines[i] = endLine;
        if (t.startCol() < 0) {
            // INDENT, DEDENT and ENDMARKER have no text: col_offset and end_col_offset are -1
            cols[i] = -1;
            endCols[i] = -1;
            cpCols[i] = -1;
            cpEndCols[i] = -1;
        } else {
            int bc = source.byteColumn(t.startLine(), t.startCol());
            int ebc = source.byteColumn(t.endLine(), t.endCol());
            if (outer != null) {
                // CPython: initialize_token with starting_lineno and starting_col_offset, which
                // shift the tokens the tokenizer reads on the first line of the text
                if (t.endLine() == 1) {
                    bc += startingColOffset;
                    ebc += startingColOffset;
                }
                cols[i] = bc;
                endCols[i] = ebc;
                cpCols[i] = outer.codePointColumn(line, bc);
                cpEndCols[i] = outer.codePointColumn(endLine, ebc);
            } else {
                cols[i] = bc;
                endCols[i] = ebc;
                cpCols[i] = t.startCol();
                cpEndCols[i] = t.endCol();
            }
        }
        trackParens(type, t, line, cols[i]);
        levels[i] = parenDepth;
        fill++;
    }

    /**
     * The next token of the stream. The tokenizer reads every source as CPython reads a module
     * (adding a newline at the end when there is none); for the other modes CPython adds none,
     * so there is no NEWLINE token at the end of such a source: it is dropped here, and in
     * interactive mode the DEDENT tokens at the end follow the NEWLINE that the parser makes of
     * the ENDMARKER (CPython: translate_newlines with exec_input 0, _PyPegen_fill_token).
     */
    private Token nextToken() {
        if (pendingPos < pendingCount) {
            return pending[pendingPos++];
        }
        Token t = stream.next();
        if (noFinalNewline && t.kind() == TokenKind.NEWLINE && isImplicitNewline(t)) {
            noFinalNewline = false;
            t = stream.next();
            if (startRule == SINGLE_INPUT && t.kind() == TokenKind.DEDENT) {
                Token[] q = new Token[8];
                int n = 0;
                while (t.kind() == TokenKind.DEDENT) {
                    if (n + 2 >= q.length) {
                        q = Arrays.copyOf(q, q.length * 2);
                    }
                    q[n++] = t;
                    t = stream.next();
                }
                // the ENDMARKER (which becomes a NEWLINE), the DEDENTs, the ENDMARKER again
                q[n++] = t;
                pending = q;
                pendingCount = n;
                pendingPos = 0;
            }
        }
        return t;
    }

    /** True for the NEWLINE the tokenizer makes for the newline it adds at the end. */
    private boolean isImplicitNewline(Token t) {
        int last = source.lineCount();
        if (t.startLine() != last) {
            return false;
        }
        String line = source.line(last);
        return t.endLine() == last && t.endCol() == line.codePointCount(0, line.length());
    }

    private void trackParens(int type, Token t, int line, int col) {
        if (type == LPAR || type == LSQB || type == LBRACE) {
            if (parenDepth == parenChars.length) {
                parenChars = Arrays.copyOf(parenChars, parenDepth * 2);
                parenLines = Arrays.copyOf(parenLines, parenDepth * 2);
                parenCols = Arrays.copyOf(parenCols, parenDepth * 2);
            }
            parenChars[parenDepth] = t.string().charAt(0);
            parenLines[parenDepth] = line;
            parenCols[parenDepth] = col;
            parenDepth++;
        } else if ((type == RPAR || type == RSQB || type == RBRACE) && parenDepth > 0) {
            parenDepth--;
        }
    }

    final Token token(int i) {
        return toks[i];
    }

    /** CPython: Token.level, the bracket depth of the tokenizer after the token. */
    final int tokLevel(int i) {
        return levels[i];
    }

    final int tokLine(int i) {
        return lines[i];
    }

    final int tokCol(int i) {
        return cols[i];
    }

    /** The index of a token object in the buffer, searching back from the last one, or -1. */
    final int indexOf(Token t) {
        for (int i = fill - 1; i >= 0; i--) {
            if (toks[i] == t) {
                return i;
            }
        }
        return -1;
    }

    /** The mark, after reading the token there (rules that build nodes do this first). */
    final int startMark() {
        if (mark == fill) {
            fillToken();
        }
        return mark;
    }

    /** The type of the token at the mark, reading it if needed. */
    final int peek() {
        if (mark == fill) {
            fillToken();
        }
        return types[mark];
    }

    /** Consumes a token of the given type: its index, or -1. CPython: _PyPegen_expect_token. */
    final int expect(int type) {
        if (mark == fill) {
            fillToken();
        }
        if (types[mark] != type) {
            return -1;
        }
        return mark++;
    }

    /** True if the token at the mark has the given type (a lookahead). */
    final boolean check(int type) {
        if (mark == fill) {
            fillToken();
        }
        return types[mark] == type;
    }

    /** CPython: _PyPegen_expect_forced_token: the token or SyntaxError "expected 'x'". */
    final int expectForced(int type, String text) {
        if (mark == fill) {
            fillToken();
        }
        if (types[mark] != type) {
            throw raiseKnownLocation(mark, mark, "expected '" + text + "'");
        }
        return mark++;
    }

    /** A soft keyword. CPython: _PyPegen_expect_soft_keyword. */
    final int expectSoft(String keyword) {
        if (mark == fill) {
            fillToken();
        }
        if (types[mark] != NAME || !toks[mark].string().equals(keyword)) {
            return -1;
        }
        return mark++;
    }

    final boolean checkSoft(String keyword) {
        if (mark == fill) {
            fillToken();
        }
        return types[mark] == NAME && toks[mark].string().equals(keyword);
    }

    /** CPython: _PyPegen_new_identifier: non-ASCII names are NFKC-normalized. */
    static String identifier(String s) {
        return Lexer.normalizeIdentifier(s);
    }

    /** A NAME token as a Name node in Load context. CPython: _PyPegen_name_token. */
    final Expr.Name name_token() {
        if (mark == fill) {
            fillToken();
        }
        if (types[mark] != NAME) {
            return null;
        }
        int i = mark++;
        return new Expr.Name(identifier(toks[i].string()), ExprContext.Load, tokenPos(i, i));
    }

    /** A NAME token's identifier, or null. */
    final String name_id() {
        if (mark == fill) {
            fillToken();
        }
        if (types[mark] != NAME) {
            return null;
        }
        return identifier(toks[mark++].string());
    }

    /** CPython: _PyPegen_number_token. */
    final Expr number_token() {
        int i = expect(NUMBER);
        if (i < 0) {
            return null;
        }
        return Literals.number(toks[i], tokenPos(i, i), this);
    }

    // =====================================================================================
    // Positions
    // =====================================================================================

    /** CPython: _PyPegen_get_last_nonnwhitespace_token. */
    final int lastNonWhitespace() {
        int tok = 0;
        for (int m = mark - 1; m >= 0; m--) {
            tok = m;
            int t = types[m];
            if (t != ENDMARKER && (t < NEWLINE || t > DEDENT)) {
                break;
            }
        }
        return tok;
    }

    /** CPython: EXTRA: from the start of token {@code start} to the end of the last token. */
    final Position pos(int start) {
        int e = lastNonWhitespace();
        return new Position(lines[start], cols[start], endLines[e], endCols[e], cpCols[start],
                cpEndCols[e]);
    }

    /** The position from the start of token {@code a} to the end of token {@code b}. */
    final Position tokenPos(int a, int b) {
        return new Position(lines[a], cols[a], endLines[b], endCols[b], cpCols[a], cpEndCols[b]);
    }

    // =====================================================================================
    // Memo and nesting
    // =====================================================================================

    /**
     * Looks up the memo of a rule at the mark (reading the token there, as CPython's
     * _PyPegen_is_memoized does): 0 if none, -1 if the rule failed there, else the end mark + 1,
     * to which the caller moves the mark.
     */
    final int memoGet(int rule) {
        if (mark == fill) {
            fillToken();
        }
        int[] ends = memoEnd[rule];
        return ends == null ? 0 : ends[mark];
    }

    final Object memoValue(int rule, int pos) {
        return memoVal[rule][pos];
    }

    /** Records the result of a rule that started at {@code pos} and ends at the mark. */
    final void memoPut(int rule, int pos, Object value) {
        if ((memoRules >>> rule & 1) == 0) {
            return;
        }
        int[] ends = memoEnd[rule];
        if (ends == null) {
            ends = memoEnd[rule] = new int[toks.length];
            memoVal[rule] = new Object[toks.length];
        }
        ends[pos] = value == null ? -1 : mark + 1;
        memoVal[rule][pos] = value;
    }

    /** CPython: reset_parser_state_for_error_pass. */
    final void resetForErrorPass() {
        for (int r = 0; r < NMEMO; r++) {
            if (memoEnd[r] != null) {
                Arrays.fill(memoEnd[r], 0);
                Arrays.fill(memoVal[r], null);
            }
        }
        memoRules = -1;
        mark = 0;
        level = 0;
        callInvalidRules = true;
    }

    /** CPython: the MAXSTACK check at the start of every rule function. */
    final void enter() {
        if (++level > MAXSTACK) {
            throw new PythonParser.StackLimit();
        }
    }

    // =====================================================================================
    // Errors
    // =====================================================================================

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION on tokens (from a's start to b's end). */
    final PythonSyntaxError raiseKnownLocation(int startTok, int endTok, String msg) {
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, lines[startTok],
                cols[startTok], endLines[endTok], endCols[endTok]);
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) on a node. */
    final PythonSyntaxError raiseKnownLocation(Located a, String msg) {
        Position p = a.pos();
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, p.lineno(),
                p.colOffset(), p.endLineno(), p.endColOffset());
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) on a position. */
    final PythonSyntaxError raiseKnownLocation(Position p, String msg) {
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, p.lineno(),
                p.colOffset(), p.endLineno(), p.endColOffset());
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) on nodes. */
    final PythonSyntaxError raiseKnownRange(Located a, Located b, String msg) {
        Position pa = a.pos();
        Position pb = b.pos();
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, pa.lineno(),
                pa.colOffset(), pb.endLineno(), pb.endColOffset());
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) from a node to a token. */
    final PythonSyntaxError raiseKnownRange(Located a, int b, String msg) {
        Position pa = a.pos();
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, pa.lineno(),
                pa.colOffset(), endLines[b], endCols[b]);
    }

    /** CPython: RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) from a token to a node. */
    final PythonSyntaxError raiseKnownRange(int a, Located b, String msg) {
        Position pb = b.pos();
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, lines[a],
                cols[a], pb.endLineno(), pb.endColOffset());
    }

    /** CPython: RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg) on a node. */
    final PythonSyntaxError raiseStartingFrom(Located a, String msg) {
        Position p = a.pos();
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, p.lineno(),
                p.colOffset(), CURRENT_POS, CURRENT_POS);
    }

    /** CPython: RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg) on a token. */
    final PythonSyntaxError raiseStartingFrom(int a, String msg) {
        return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, lines[a], cols[a],
                CURRENT_POS, CURRENT_POS);
    }

    /** CPython: RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns (or CURRENT_POS). */
    final PythonSyntaxError raiseErrorKnownLocation(PythonSyntaxError.Kind kind, String msg,
                                                    int lineno, int colOffset, int endLineno,
                                                    int endColOffset) {
        int col = colOffset == CURRENT_POS ? CURRENT_POS : colOffset + 1;
        int endCol = endColOffset == CURRENT_POS ? CURRENT_POS : endColOffset + 1;
        return raiseErrorKnownLocation1(kind, msg, lineno, col, endLineno, endCol);
    }

    /** CPython: _PyPegen_raise_error (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR). */
    final PythonSyntaxError raiseError(PythonSyntaxError.Kind kind, String msg) {
        if (fill == 0) {
            return raiseErrorKnownLocation1(kind, msg, 0, 0, 0, -1);
        }
        int t = fill - 1;
        int col = cols[t] == -1 ? tokenizerColumn() : cols[t] + 1;
        int endCol = endCols[t] != -1 ? endCols[t] + 1 : -1;
        return raiseErrorKnownLocation1(kind, msg, lines[t], col, endLines[t], endCol);
    }

    final PythonSyntaxError raiseSyntaxError(String msg) {
        return raiseError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg);
    }

    final PythonSyntaxError raiseIndentationError(String msg) {
        return raiseError(PythonSyntaxError.Kind.INDENTATION_ERROR, msg);
    }

    /**
     * Where the C tokenizer stands after the last token read, as a byte offset in its line
     * (CPython: p->tok->cur - p->tok->line_start).
     */
    private int tokenizerColumn() {
        int t = fill - 1;
        int type = types[t];
        if (cols[t] >= 0) {
            return endCols[t] + (type == NEWLINE ? 1 : 0);
        }
        int line = lines[t] - startingLineno;
        String text = source.line(line);
        int prev = t - 1;
        while (prev >= 0 && cols[prev] < 0 && types[prev] != NEWLINE) {
            prev--;
        }
        boolean atEof = type == ENDMARKER || type == NEWLINE || (prev >= 0 && endLines[prev] == lines[t]);
        if (!atEof) {
            // INDENT or DEDENT before a line's first token: the tokenizer stands at that token;
            // at the end of the input (a blank or comment line), at the end of the line
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'
                    || text.charAt(i) == '\f')) {
                i++;
            }
            if (i < text.length() && text.charAt(i) != '#' && text.charAt(i) != '\n'
                    && text.charAt(i) != '\r') {
                return i;
            }
        }
        // the end of the input: the end of the last line, with its newline (the tokenizer adds
        // one when the text has none)
        int n = text.length();
        while (n > 0 && (text.charAt(n - 1) == '\n' || text.charAt(n - 1) == '\r')) {
            n--;
        }
        // the newline counts: the line's own, or the one the tokenizer adds to a module
        boolean added = n < text.length() || startRule == FILE_INPUT || startRule == FSTRING_INPUT;
        return utf8Length(text, 0, n) + (added ? 1 : 0);
    }

    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The tokenizer's current line (CPython: p->tok->lineno). */
    private int tokenizerLine() {
        return fill == 0 ? 1 : endLines[fill - 1];
    }

    /**
     * CPython: _PyPegen_raise_error_known_location, with 1-based byte columns (0 or -1 for
     * none).
     */
    final PythonSyntaxError raiseErrorKnownLocation1(PythonSyntaxError.Kind kind, String msg,
                                                     int lineno, int colOffset, int endLineno,
                                                     int endColOffset) {
        if (endLineno == CURRENT_POS) {
            endLineno = tokenizerLine();
        }
        if (endColOffset == CURRENT_POS) {
            endColOffset = fill == 0 ? 0 : tokenizerColumn();
        }
        if (colOffset == CURRENT_POS) {
            colOffset = fill == 0 ? 0 : tokenizerColumn();
        }
        if (startRule == FSTRING_INPUT) {
            msg = "f-string: " + msg;
        }
        String errorLine = errorLineText(lineno);
        if (startRule == FSTRING_INPUT) {
            colOffset -= startingColOffset;
            endColOffset -= startingColOffset;
        }
        int colNumber = colOffset;
        int endColNumber = endColOffset;
        if (convertOffsets) {
            colNumber = byteOffsetToCharacterOffset(errorLine, colOffset);
            if (endColNumber > 0) {
                endColNumber = byteOffsetToCharacterOffset(errorLine, endColNumber);
            }
        }
        return new PythonSyntaxError(kind, msg, filename, lineno, colNumber, endLineno,
                endColNumber, errorLine);
    }

    /**
     * The text of the line of an error (CPython: the error_line of
     * _PyPegen_raise_error_known_location). On the line where the tokenizer stands it is the
     * tokenizer's buffer, which starts at the first line of a token that spans lines (a string,
     * or a line continued with a backslash) and ends with the newline; on an earlier line it is
     * that line. Newlines are translated to '\n', and the tokenizer adds one at the end of a
     * module that has none.
     */
    final String errorLineText(int lineno) {
        int line = lineno - startingLineno;
        if (line < 1 || line > source.lineCount()) {
            return "";
        }
        int from = line;
        if (fill > 0 && line >= endLines[fill - 1] - startingLineno) {
            from = bufferStartLine(line);
        } else {
            // an earlier line: CPython copies it from the source, without its newline
            String s = source.line(line);
            int n = s.length();
            while (n > 0 && (s.charAt(n - 1) == '\n' || s.charAt(n - 1) == '\r')) {
                n--;
            }
            return s.substring(0, n);
        }
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= line; l++) {
            String s = source.line(l);
            int n = s.length();
            boolean terminated = false;
            while (n > 0 && (s.charAt(n - 1) == '\n' || s.charAt(n - 1) == '\r')) {
                n--;
                terminated = true;
            }
            sb.append(s, 0, n);
            if (terminated || startRule == FILE_INPUT || startRule == FSTRING_INPUT) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The first line of the tokenizer's buffer when it stands on line {@code line}. */
    private int bufferStartLine(int line) {
        int b = line;
        for (int i = fill - 1; i >= 0; i--) {
            if (cols[i] < 0) {
                continue;
            }
            int el = endLines[i] - startingLineno;
            if (el >= b) {
                b = Math.min(b, lines[i] - startingLineno);
                continue;
            }
            if (el == b - 1 && continuedAfter(b - 1, endCols[i] - (el == 1 ? startingColOffsetIfSub() : 0))) {
                b--;
                b = Math.min(b, lines[i] - startingLineno);
                continue;
            }
            break;
        }
        return b;
    }

    private int startingColOffsetIfSub() {
        return outer != null ? startingColOffset : 0;
    }

    /**
     * True if line {@code l} (of this parser's source) ends with a backslash that continues it,
     * after byte column {@code fromByte} (the end of its last token).
     */
    private boolean continuedAfter(int l, int fromByte) {
        String s = source.line(l);
        int n = s.length();
        while (n > 0 && (s.charAt(n - 1) == '\n' || s.charAt(n - 1) == '\r')) {
            n--;
        }
        if (n == 0 || s.charAt(n - 1) != '\\') {
            return false;
        }
        int from = source.codePointColumn(l, Math.max(fromByte, 0));
        int i = s.offsetByCodePoints(0, Math.min(from, s.codePointCount(0, n)));
        for (; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** CPython: _PyPegen_byte_offset_to_character_offset. */
    static int byteOffsetToCharacterOffset(String line, int colOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int len = b.length;
        if (colOffset > len + 1) {
            colOffset = len + 1;
        }
        if (colOffset <= 0) {
            return colOffset < 0 ? colOffset : 0;
        }
        int n = Math.min(colOffset, len);
        int count = 0;
        for (int i = 0; i < n; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                count++;
            }
        }
        if (colOffset > len) {
            count++;
        }
        return count;
    }

    /**
     * After a parser error, reads the rest of the source: a tokenizer error found there replaces
     * the parser's error (an unclosed bracket only if it opened on an earlier line than the last
     * token read). CPython: _PyPegen_tokenize_full_source_to_check_for_errors.
     */
    final PythonSyntaxError tokenizeFullSourceToCheckForErrors(PythonSyntaxError err) {
        if (tokenizerFailed || sawEndmarker) {
            return err;
        }
        int currentErrLine = fill > 0 ? lines[fill - 1] : 0;
        try {
            for (;;) {
                Token t = stream.next();
                TokenKind k = t.kind();
                if (k == TokenKind.ENDMARKER) {
                    return err;
                }
                int type = code(k);
                if (type == LPAR || type == LSQB || type == LBRACE || type == RPAR || type == RSQB
                        || type == RBRACE) {
                    int line = t.startLine();
                    trackParens(type, t, line + startingLineno, source.byteColumn(line, t.startCol()));
                }
            }
        } catch (PythonSyntaxError e) {
            tokenizerFailed = true;
            String m = e.msg();
            if (m.endsWith("' was never closed")) {
                return currentErrLine > e.lineno() + startingLineno ? e : err;
            }
            if (isPegenTokenizerError(m)) {
                // errors that CPython's tokenizer reports by a status, not an exception: an
                // unclosed bracket on an earlier line is reported instead
                if (parenDepth > 0 && currentErrLine > parenLines[parenDepth - 1]) {
                    int d = parenDepth - 1;
                    return raiseErrorKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR,
                            "'" + parenChars[d] + "' was never closed", parenLines[d], parenCols[d],
                            parenLines[d], -1);
                }
                return err;
            }
            return e;
        }
    }

    /** Tokenizer failures that CPython's tokenizer reports by status only (tokenizer_error). */
    static boolean isPegenTokenizerError(String msg) {
        switch (msg) {
            case "unindent does not match any outer indentation level":
            case "inconsistent use of tabs and spaces in indentation":
            case "too many levels of indentation":
            case "unexpected character after line continuation character":
            case "unexpected EOF while parsing":
                return true;
            default:
                return false;
        }
    }

    // =====================================================================================
    // LiteralContext
    // =====================================================================================

    /**
     * CPython raises the errors found while decoding the strings of an atom at the last token
     * read, the one after the strings.
     */
    @Override
    public PythonSyntaxError syntaxErrorAfterStrings(Token lastString, String msg) {
        return raiseSyntaxError(msg);
    }

    /** The span of tokens as this parser placed them (shifted in an f-string expression). */
    @Override
    public Position span(Token first, Token last) {
        int a = indexOf(first);
        int b = indexOf(last);
        if (a >= 0 && b >= 0) {
            return tokenPos(a, b);
        }
        return LiteralContext.super.span(first, last);
    }
}
