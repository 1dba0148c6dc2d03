package dev.adder.lexer.internal;

import dev.adder.lexer.Token;
import dev.adder.lexer.TokenKind;
import dev.adder.lexer.TokenStream;
import dev.adder.lexer.WarningSink;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import dev.adder.source.internal.Utf8;

/**
 * The tokenizer CPython's parser reads: no COMMENT, NL or ENCODING tokens, NEWLINE only at the
 * end of a logical line, INDENT and DEDENT from the indentation stack, and CPython's error
 * messages at CPython's positions, raised lazily when the parser asks for the bad token.
 *
 * <p>Works as Parser/tokenizer.c does on a string given to {@code compile()}: line ends are
 * translated to {@code '\n'} first and a final {@code '\n'} is added if missing
 * (translate_newlines), so the strings of tokens (a triple-quoted string spanning lines) hold
 * {@code '\n'} where the source had {@code "\r\n"} or {@code '\r'}. Columns count code points.
 * Tokens that CPython makes with no start or end pointer (INDENT, DEDENT, ENDMARKER) have column
 * -1, as CPython's token array records them. A NEWLINE token spans the comment before the line
 * end, if any, up to the {@code '\n'} (excluded), as in CPython. {@code async} and {@code await}
 * are NAME tokens (the parser treats them as keywords).
 *
 * <p>The positions of errors follow the two ways CPython raises them: errors found by the
 * tokenizer itself (syntaxerror) count code points up to the current character; errors the
 * parser raises for the tokenizer's error codes (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP,
 * E_LINECONT, E_DECODE) count UTF-8 bytes, converted to code points only when the source has
 * an encoding ({@link SourceText#encoding()} not null), as _PyPegen_raise_error_known_location
 * does.
 *
 * <p>CPython: Parser/tokenizer.c (tok_get, tok_nextc, verify_identifier, verify_end_of_number,
 * tok_decimal_tail, tok_continuation_line, _syntaxerror_range, indenterror), Parser/pegen.c
 * (initialize_token), Parser/pegen_errors.c (_Pypegen_tokenizer_error,
 * _PyPegen_raise_error_known_location, raise_unclosed_parentheses_error).
 */
public final class CTokenizer implements TokenStream {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int ALTTABSIZE = 1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;

    private final SourceText source;
    private final WarningSink warnings;
    private final String filename;
    /** The translated source: '\n' line ends, a final '\n'. */
    private final String buf;
    private final int len;
    private final boolean escapes;
    private final boolean hasEncoding;

    // tok_state
    private int cur;
    private int inp;
    private int lineStart;
    /** The current line has chars that are not one code point each (surrogates). */
    private boolean lineWide;
    /** tok->buf: where the line read while no token was under way starts. */
    private int bufStart;
    private int lineno;
    private int start = -1;
    private boolean eof; // done == E_EOF
    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int level;
    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenlinenostack = new int[MAXLEVEL];
    private final int[] parenstartstack = new int[MAXLEVEL]; // index of the bracket in buf
    private final int[] parenlinestartstack = new int[MAXLEVEL];
    private int firstLineno;
    private int multiLineStart;

    private PythonSyntaxError error;
    /** False for the errors CPython's parser makes from the tokenizer's error codes. */
    private boolean errorFromTokenizer = true;
    private boolean started;
    private Token endmarker;

    public CTokenizer(SourceText source, WarningSink warnings) {
        this.source = source;
        this.warnings = warnings;
        this.filename = source.name();
        this.buf = translateNewlines(source.text());
        this.len = buf.length();
        this.escapes = source.hasUndecodableBytes();
        this.hasEncoding = source.encoding() != null;
    }

    /**
     * translate_newlines: "\r\n" and "\r" become "\n"; a final "\n" is added if missing. As in
     * CPython, a source ending in "\r\n" gets one more "\n" (CPython's loop stops on the NUL
     * after the skipped "\n" and then sees no newline last), so it has one more, empty, line.
     */
    static String translateNewlines(String s) {
        int n = s.length();
        if (s.indexOf('\r') < 0) {
            return n > 0 && s.charAt(n - 1) == '\n' ? s : s + "\n";
        }
        StringBuilder sb = new StringBuilder(n + 2);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        if (s.endsWith("\r\n") || sb.length() == 0 || sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean errorRaisedByTokenizer() {
        return errorFromTokenizer;
    }

    @Override
    public PythonSyntaxError unclosedBracketError() {
        return level > 0 ? neverClosed() : null;
    }

    @Override
    public Token next() {
        if (error != null) {
            throw error;
        }
        if (endmarker != null) {
            return endmarker;
        }
        if (!started) {
            started = true;
            if (source.text().indexOf('\0') >= 0) {
                error = new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                        "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);
                throw error;
            }
        }
        try {
            Token t = tokGet();
            if (t.kind() == TokenKind.ENDMARKER) {
                endmarker = t;
            }
            return t;
        } catch (PythonSyntaxError e) {
            error = e;
            throw e;
        }
    }

    // ---- character input ----

    private int nextc() {
        if (cur != inp) {
            return buf.charAt(cur++);
        }
        if (eof) {
            return EOF;
        }
        if (inp >= len) {
            eof = true;
            cur = inp;
            return EOF;
        }
        int nl = buf.indexOf('\n', inp);
        cur = inp;
        if (start == -1) {
            bufStart = cur;
        }
        lineStart = cur;
        inp = nl + 1;
        boolean wide = false;
        for (int i = cur; i < inp; i++) {
            char ch = buf.charAt(i);
            if (ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE) {
                wide = true;
                break;
            }
        }
        lineWide = wide;
        lineno++;
        return buf.charAt(cur++);
    }

    private void backup(int c) {
        if (c != EOF) {
            cur--;
        }
    }

    // ---- tokens ----

    private Token tok(TokenKind kind, int s, int e) {
        String op = kind.operator();
        String text = op != null && e - s == op.length() && buf.startsWith(op, s) ? op : buf.substring(s, e);
        return new Token(kind, text, lineno, cpCol(lineStart, s), lineno, cpCol(lineStart, e));
    }

    private Token noPos(TokenKind kind) {
        return new Token(kind, "", lineno, -1, lineno, -1);
    }

    private Token tokGet() {
        int c;
        boolean blankline;
        while (true) { // nextline:
            start = -1;
            blankline = false;
            if (atbol) {
                int col = 0;
                int altcol = 0;
                atbol = false;
                int contLineCol = 0;
                while (true) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = (altcol / ALTTABSIZE + 1) * ALTTABSIZE;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        c = continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    col = contLineCol != 0 ? contLineCol : col;
                    altcol = contLineCol != 0 ? contLineCol : altcol;
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) {
                            throw indentError();
                        }
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            cur = inp;
                            throw pegenKnownLocation(PythonSyntaxError.Kind.INDENTATION_ERROR,
                                    "too many levels of indentation");
                        }
                        if (altcol <= altindstack[indent]) {
                            throw indentError();
                        }
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            cur = inp;
                            throw pegenAtErrorToken(PythonSyntaxError.Kind.INDENTATION_ERROR,
                                    "unindent does not match any outer indentation level");
                        }
                        if (altcol != altindstack[indent]) {
                            throw indentError();
                        }
                    }
                }
            }

            start = cur;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return noPos(TokenKind.DEDENT);
                }
                pendin--;
                return noPos(TokenKind.INDENT);
            }

            while (true) { // again:
                start = -1;
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                start = cur - 1;
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = nextc();
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        errorFromTokenizer = false;
                        throw neverClosed();
                    }
                    return noPos(TokenKind.ENDMARKER);
                }

                // Identifier
                if (isPotentialIdentifierStart(c)) {
                    return identifierOrString(c);
                }

                // Newline
                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) {
                        break; // goto nextline
                    }
                    return tok(TokenKind.NEWLINE, start, cur - 1);
                }

                // Period or number starting with period?
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return fraction(c);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') {
                            return tok(TokenKind.ELLIPSIS, start, cur);
                        }
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return tok(TokenKind.DOT, start, cur);
                }

                if (isDigit(c)) {
                    return number(c);
                }

                if (c == '\'' || c == '"') {
                    return string(c);
                }

                // Line continuation
                if (c == '\\') {
                    continuationLine();
                    continue; // goto again
                }

                return operator(c);
            }
        }
    }

    /** tok_continuation_line: after a backslash, a newline must follow, and then not EOF. */
    private int continuationLine() {
        int c = nextc();
        if (c != '\n') {
            // E_LINECONT: column of the character after the backslash, from the line start
            throw lineContinuationError();
        }
        c = nextc();
        if (c == EOF) {
            cur = inp;
            if (level > 0) {
                errorFromTokenizer = false;
                throw neverClosed();
            }
            throw pegenAtErrorToken(PythonSyntaxError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing");
        }
        backup(c);
        return c;
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private Token identifierOrString(int c) {
        // Process the various legal combinations of b"", r"", u"", and f"".
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return string(c);
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonascii) {
            verifyIdentifier();
        }
        return tok(TokenKind.NAME, start, cur);
    }

    /** verify_identifier: the name must be valid; else "invalid character" or a decoding error. */
    private void verifyIdentifier() {
        if (escapes) {
            for (int i = start; i < cur; i++) {
                if (Utf8.isEscapedByteAt(buf, i)) {
                    byte[] raw = Utf8.encodeEscaped(buf, start, cur);
                    long err = Utf8.findError(raw, 0, raw.length);
                    PythonSyntaxError e = pegenAtErrorToken(PythonSyntaxError.Kind.SYNTAX_ERROR,
                            "(unicode error) " + Utf8.message(raw, 0, err));
                    errorFromTokenizer = true; // CPython's tokenizer has set a UnicodeDecodeError
                    throw e;
                }
            }
        }
        int i = start;
        boolean first = true;
        while (i < cur) {
            int cp = buf.codePointAt(i);
            boolean ok = first ? (cp == '_' || CharClasses.isIdentifierStart(cp))
                    : CharClasses.isIdentifierContinue(cp);
            int n = Character.charCount(cp);
            if (!ok) {
                cur = i + n;
                String hex = String.format("%04X", cp);
                if (CharClasses.isPrintable(cp)) {
                    throw syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")");
                }
                throw syntaxError("invalid non-printable character U+" + hex);
            }
            first = false;
            i += n;
        }
    }

    // ---- numbers ----

    private Token number(int c) {
        if (c == '0') {
            // Hex, octal or binary -- maybe.
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        }
                        backup(c);
                        throw syntaxError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                }
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        }
                        backup(c);
                        throw syntaxError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                }
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                // maybe old-style octal; c is first char of it; in any case, allow '0' as a literal
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return fraction(c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero) {
                    // Old-style octal: now disallowed.
                    backup(c);
                    throw syntaxErrorKnownRange(byteCol(lineStart, start) + 1, byteCol(lineStart, zerosEnd),
                            "leading zeros in decimal integer literals are not permitted; "
                                    + "use an 0o prefix for octal integers");
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            // Decimal
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                return fraction(c);
            }
            if (c == 'e' || c == 'E') {
                return exponent(c);
            }
            if (c == 'j' || c == 'J') {
                return imaginary();
            }
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return tok(TokenKind.NUMBER, start, cur);
    }

    /** After the '.' of a number: c is the character after it. */
    private Token fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        if (c == 'e' || c == 'E') {
            return exponent(c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return tok(TokenKind.NUMBER, start, cur);
    }

    /** At the 'e' or 'E' of an exponent (already read). */
    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return tok(TokenKind.NUMBER, start, cur);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            return imaginary();
        }
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return tok(TokenKind.NUMBER, start, cur);
    }

    /** After the 'j' or 'J' of an imaginary number (already read). */
    private Token imaginary() {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return tok(TokenKind.NUMBER, start, cur);
    }

    /** tok_decimal_tail: digits with single underscores between them; the character after. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * verify_end_of_number: a number may not run into a name, except into one of the keywords
     * that can follow a number in valid code ("and", "else", "for", "if", "in", "is", "not",
     * "or"), which CPython accepts with a warning.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = nextc();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') {
                r = true;
            }
            backup(c2);
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) {
            // parser_warn: a SyntaxWarning, or the same message as a SyntaxError if it is an error
            backup(c);
            String msg = "invalid " + kind + " literal";
            if (warnings.warn("SyntaxWarning", msg, filename, lineno)) {
                throw syntaxError(msg);
            }
            nextc();
            return;
        }
        if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    /** lookahead: true if {@code test} follows and then no identifier character; reads nothing. */
    private boolean lookahead(String test) {
        int matched = 0;
        while (true) {
            int c = nextc();
            boolean res = false;
            if (matched == test.length()) {
                res = !isPotentialIdentifierChar(c);
            } else if (c == test.charAt(matched)) {
                matched++;
                continue;
            }
            backup(c);
            cur -= matched;
            return res;
        }
    }

    // ---- strings ----

    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        boolean multiLineWide = lineWide;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // empty string found
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                cur = start + 1;
                lineStart = multiLineStart;
                lineWide = multiLineWide;
                int detected = lineno;
                lineno = firstLineno;
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detected + ")");
                }
                throw syntaxError("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc(); // skip escaped char
                }
            }
        }
        return new Token(TokenKind.STRING, buf.substring(start, cur), firstLineno, cpCol(multiLineStart, start), lineno,
                cpCol(lineStart, cur));
    }

    // ---- operators ----

    private Token operator(int c) {
        int c2 = nextc();
        TokenKind kind = c2 == EOF ? null : c == '<' && c2 == '>' ? TokenKind.NOTEQUAL : Operators.two((char) c, (char) c2);
        if (kind != null) {
            int c3 = nextc();
            TokenKind k3 = c3 == EOF ? null : Operators.three((char) c, (char) c2, (char) c3);
            if (k3 != null) {
                kind = k3;
            } else {
                backup(c3);
            }
            return tok(kind, start, cur);
        }
        backup(c2);

        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                parenstack[level] = (char) c;
                parenlinenostack[level] = lineno;
                parenstartstack[level] = start;
                parenlinestartstack[level] = lineStart;
                level++;
                break;
            case ')':
            case ']':
            case '}': {
                if (level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                char opening = parenstack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (parenlinenostack[level] != lineno) {
                        throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                + opening + "' on line " + parenlinenostack[level]);
                    }
                    throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + opening + "'");
                }
                break;
            }
            default:
                break;
        }
        if (!CharClasses.isPrintable(c)) {
            throw syntaxError("invalid non-printable character U+" + String.format("%04X", c));
        }
        TokenKind k = Operators.one((char) c);
        return tok(k == null ? TokenKind.OP : k, start, cur);
    }

    // ---- positions ----

    /** Code points in buf[from, to) as CPython counts them (undecodable bytes: one per error). */
    private int cpCol(int from, int to) {
        if (to <= from || (from == lineStart && !lineWide)) {
            return to - from;
        }
        if (escapes) {
            byte[] raw = Utf8.encodeEscaped(buf, from, to);
            String s = Utf8.decodeReplacing(raw, 0, raw.length);
            return s.codePointCount(0, s.length());
        }
        return buf.codePointCount(from, to);
    }

    /** UTF-8 bytes in buf[from, to). */
    private int byteCol(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = buf.charAt(i);
            if (c < 0x80 || (escapes && Utf8.isEscapedByte(c))) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(buf.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The line starting at s, without its '\n'. */
    private String lineText(int s) {
        int nl = buf.indexOf('\n', s);
        return decodedText(s, nl < 0 ? len : nl);
    }

    /** buf[s, e) as CPython decodes it for an error's text (undecodable bytes replaced). */
    private String decodedText(int s, int e) {
        if (escapes) {
            byte[] raw = Utf8.encodeEscaped(buf, s, e);
            return Utf8.decodeReplacing(raw, 0, raw.length);
        }
        return buf.substring(s, e);
    }

    /** _syntaxerror_range with no known range: at the current character. */
    private PythonSyntaxError syntaxError(String msg) {
        errorFromTokenizer = true;
        int col = cpCol(lineStart, cur);
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineno, col, lineno, col,
                lineText(lineStart));
    }

    /** syntaxerror_known_range: offsets given (CPython gives UTF-8 byte offsets here). */
    private PythonSyntaxError syntaxErrorKnownRange(int colOffset, int endColOffset, String msg) {
        errorFromTokenizer = true;
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineno, colOffset, lineno,
                endColOffset, lineText(lineStart));
    }

    /** indenterror: E_TABSPACE. */
    private PythonSyntaxError indentError() {
        errorFromTokenizer = false;
        cur = inp;
        return pegenKnownLocation(PythonSyntaxError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation");
    }

    /**
     * _Pypegen_tokenizer_error for E_TABSPACE and E_TOODEEP: RAISE_ERROR_KNOWN_LOCATION at
     * column 0 of the current line, end column -1.
     */
    private PythonSyntaxError pegenKnownLocation(PythonSyntaxError.Kind kind, String msg) {
        errorFromTokenizer = false;
        return raiseKnownLocation(kind, msg, lineno, 1, lineno, 0);
    }

    /** E_LINECONT: column {@code cur - buf - 1}, end column -1. */
    private PythonSyntaxError lineContinuationError() {
        errorFromTokenizer = false;
        // CPython has read one byte of the character after the backslash
        int col = byteCol(bufStart, cur - 1);
        return raiseKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR,
                "unexpected character after line continuation character", lineno, col + 1, lineno, 0);
    }

    /** E_EOF inside brackets: raise_unclosed_parentheses_error. */
    private PythonSyntaxError neverClosed() {
        int i = level - 1;
        int col = byteCol(parenlinestartstack[i], parenstartstack[i]);
        return raiseKnownLocation(PythonSyntaxError.Kind.SYNTAX_ERROR, "'" + parenstack[i] + "' was never closed",
                parenlinenostack[i], col + 1, parenlinenostack[i], 0);
    }

    /**
     * _PyPegen_raise_error for an ERRORTOKEN with no position (E_DEDENT, E_EOF outside brackets,
     * E_DECODE): the column is {@code tok->cur - tok->line_start} in bytes, the end column -1.
     */
    private PythonSyntaxError pegenAtErrorToken(PythonSyntaxError.Kind kind, String msg) {
        errorFromTokenizer = false;
        int col = cur == bufStart ? 0 : byteCol(lineStart, cur);
        return raiseKnownLocation(kind, msg, lineno, col, lineno, -1);
    }

    /**
     * _PyPegen_raise_error_known_location: byte columns (already 1-based where CPython adds 1),
     * converted to code points through the error line when the source has an encoding.
     */
    private PythonSyntaxError raiseKnownLocation(PythonSyntaxError.Kind kind, String msg, int errLineno,
                                                 int colOffset, int endLineno, int endColOffset) {
        String errorLine;
        if (lineno <= errLineno) {
            errorLine = decodedText(bufStart, inp);
        } else if (source.encoding() != null && !source.encoding().equals("utf-8")) {
            errorLine = source.lineAsGiven(errLineno);
        } else {
            errorLine = lineText(lineStartOf(errLineno));
        }
        int col = colOffset;
        int endCol = endColOffset;
        if (hasEncoding) {
            col = byteOffsetToCharOffset(errorLine, colOffset);
            if (endCol > 0) {
                endCol = byteOffsetToCharOffset(errorLine, endCol);
            }
        }
        return new PythonSyntaxError(kind, msg, filename, errLineno, col, endLineno, endCol, errorLine);
    }

    /** _PyPegen_byte_offset_to_character_offset. */
    private static int byteOffsetToCharOffset(String line, int colOffset) {
        byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (colOffset > b.length + 1) {
            colOffset = b.length + 1;
        }
        if (colOffset > b.length) {
            // CPython reads the terminating NUL as one more character
            String s = Utf8.decodeReplacing(b, 0, b.length);
            return s.codePointCount(0, s.length()) + (colOffset - b.length);
        }
        String s = Utf8.decodeReplacing(b, 0, Math.max(colOffset, 0));
        return s.codePointCount(0, s.length());
    }

    /** Index in buf where a 1-based line starts. */
    private int lineStartOf(int line) {
        int i = 0;
        for (int l = 1; l < line; l++) {
            int nl = buf.indexOf('\n', i);
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return i;
    }
}
