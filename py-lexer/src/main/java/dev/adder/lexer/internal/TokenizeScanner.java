package dev.adder.lexer.internal;

import dev.adder.lexer.Token;
import dev.adder.lexer.TokenKind;
import dev.adder.lexer.TokenizeException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code tokenize} module's tokenizer: the same tokens, positions and errors as
 * {@code tokenize._tokenize}, which matches one regular expression ({@code PseudoToken}) at each
 * position of each line. The expression is not used here: {@link #pseudoToken} matches what it
 * matches, alternative by alternative, in the same order, with the same first-match (not
 * longest-match) choice, so that the module's quirks come out the same (ERRORTOKEN for a stray
 * character and for each blank before it, a string missing its closing quote split into
 * ERRORTOKEN and NAME tokens, {@code \w+} names, numbers ending where the number pattern ends).
 *
 * <p>Lines are what {@code readline} returns: text up to and including each {@code '\n'} (a lone
 * {@code '\r'} does not end a line). Columns count code points.
 *
 * <p>CPython: Lib/tokenize.py (_tokenize, PseudoToken, endpats).
 */
public final class TokenizeScanner {
    private static final int TABSIZE = 8;

    /** What matched in {@link #pseudoToken}. */
    private static final int M_CONTINUATION = 1, M_END = 2, M_COMMENT = 3, M_TRIPLE = 4, M_NUMBER = 5,
            M_NEWLINE = 6, M_OP = 7, M_STRING = 8, M_NAME = 9;

    private final String text;
    private final int length;
    /** Line number whose reading fails with {@link #readError}, or 0. */
    private final int failingLine;
    private final TokenizeException readError;
    /** Where each line ends, if lines are not simply split at '\n', else null. */
    private final int[] lineEnds;
    private final List<Token> out;

    // current line
    private int lnum;
    private int lineStart;
    private int lineEnd;
    private boolean lineWide; // has surrogate pairs: columns need counting
    private int nextLineStart;

    // result of pseudoToken
    private int mStart;
    private int mKind;

    /**
     * @param text the decoded source
     * @param failingLine the 1-based line whose reading raises {@code readError} (a line that
     *     could not be decoded), or 0
     * @param lineEnds where each line ends in {@code text}, or null to split it after each '\n'
     */
    public TokenizeScanner(String text, int failingLine, TokenizeException readError, int[] lineEnds,
                           int expectedTokens) {
        this.text = text;
        this.lineEnds = lineEnds;
        this.length = text.length();
        this.failingLine = failingLine;
        this.readError = readError;
        this.out = new ArrayList<>(expectedTokens);
    }

    /** Tokenizes, starting with an ENCODING token if {@code encoding} is not null. */
    public List<Token> run(String encoding) {
        if (encoding != null) {
            out.add(new Token(TokenKind.ENCODING, encoding, 0, 0, 0, 0));
        }
        try {
            tokenize();
        } catch (TokenizeException e) {
            throw e.withTokensBefore(out);
        }
        return out;
    }

    /** Reads the next line; false at end of input (the line is then empty). */
    private boolean readLine() {
        lnum++;
        if (failingLine != 0 && lnum >= failingLine) {
            throw readError;
        }
        int s = nextLineStart;
        lineStart = s;
        if (s >= length) {
            lineEnd = s;
            lineWide = false;
            return false;
        }
        int e;
        if (lineEnds != null) {
            e = lineEnds[lnum - 1];
            if (e == s) {
                // a line that decoded to nothing reads as the end of input, as in tokenize
                lineEnd = s;
                lineWide = false;
                return false;
            }
        } else {
            int nl = text.indexOf('\n', s);
            e = nl < 0 ? length : nl + 1;
        }
        lineEnd = e;
        nextLineStart = e;
        boolean wide = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                wide = true;
                break;
            }
        }
        lineWide = wide;
        return true;
    }

    /** Column (code points) of char index i of the current line. */
    private int col(int i) {
        return lineWide ? text.codePointCount(lineStart, i) : i - lineStart;
    }

    private void add(TokenKind kind, String s, int sl, int sc, int el, int ec) {
        out.add(new Token(kind, s, sl, sc, el, ec));
    }

    private void tokenize() {
        int parenlev = 0;
        boolean continued = false;
        int[] indents = new int[16];
        int nindents = 1; // indents[0] == 0

        // continued string
        boolean contstr = false;
        boolean needcont = false;
        int strStartIdx = 0;
        int strStartLine = 0;
        int strStartCol = 0;
        char endQuote = 0;
        boolean endTriple = false;

        int lastLineStart = 0;
        int lastLineEnd = 0;
        boolean haveLastLine = false;
        boolean haveLine = false;

        while (true) {
            // last_line = line; line = readline()
            if (haveLine) {
                lastLineStart = lineStart;
                lastLineEnd = lineEnd;
                haveLastLine = true;
            } else {
                haveLastLine = false;
            }
            haveLine = readLine();
            int pos = lineStart;
            int max = lineEnd;

            if (contstr) {
                if (!haveLine) {
                    throw TokenizeException.at("TokenError", "EOF in multi-line string", strStartLine, strStartCol);
                }
                int end = endTriple ? tripleTail(lineStart, max, endQuote) : singleTail(lineStart, max, endQuote);
                if (end >= 0) {
                    pos = end;
                    add(TokenKind.STRING, text.substring(strStartIdx, end), strStartLine, strStartCol, lnum, col(end));
                    contstr = false;
                    needcont = false;
                } else if (needcont && !endsWithBackslashNewline(lineStart, max)) {
                    add(TokenKind.ERRORTOKEN, text.substring(strStartIdx, max), strStartLine, strStartCol, lnum,
                            col(max));
                    contstr = false;
                    continue;
                } else {
                    continue;
                }
            } else if (parenlev == 0 && !continued) {
                if (!haveLine) {
                    break;
                }
                int column = 0;
                while (pos < max) {
                    char c = text.charAt(pos);
                    if (c == ' ') {
                        column++;
                    } else if (c == '\t') {
                        column = (column / TABSIZE + 1) * TABSIZE;
                    } else if (c == '\f') {
                        column = 0;
                    } else {
                        break;
                    }
                    pos++;
                }
                if (pos == max) {
                    break;
                }
                char c = text.charAt(pos);
                if (c == '#' || c == '\r' || c == '\n') {
                    if (c == '#') {
                        int ce = max;
                        while (ce > pos && (text.charAt(ce - 1) == '\r' || text.charAt(ce - 1) == '\n')) {
                            ce--;
                        }
                        add(TokenKind.COMMENT, text.substring(pos, ce), lnum, col(pos), lnum, col(ce));
                        pos = ce;
                    }
                    add(TokenKind.NL, newlineString(pos, max), lnum, col(pos), lnum, col(max));
                    continue;
                }
                if (column > indents[nindents - 1]) {
                    if (nindents == indents.length) {
                        indents = java.util.Arrays.copyOf(indents, nindents * 2);
                    }
                    indents[nindents++] = column;
                    add(TokenKind.INDENT, text.substring(lineStart, pos), lnum, 0, lnum, col(pos));
                }
                while (column < indents[nindents - 1]) {
                    boolean found = false;
                    for (int k = 0; k < nindents; k++) {
                        if (indents[k] == column) {
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        throw TokenizeException.at("IndentationError",
                                "unindent does not match any outer indentation level", lnum, col(pos));
                    }
                    nindents--;
                    int pc = col(pos);
                    add(TokenKind.DEDENT, "", lnum, pc, lnum, pc);
                }
            } else {
                if (!haveLine) {
                    throw TokenizeException.at("TokenError", "EOF in multi-line statement", lnum, 0);
                }
                continued = false;
            }

            while (pos < max) {
                int end = pseudoToken(pos, max);
                if (end < 0) {
                    int n = Character.charCount(text.codePointAt(pos));
                    int pc = col(pos);
                    add(TokenKind.ERRORTOKEN, text.substring(pos, pos + n), lnum, pc, lnum, pc + 1);
                    pos += n;
                    continue;
                }
                int start = mStart;
                pos = end;
                if (start == end) {
                    continue;
                }
                switch (mKind) {
                    case M_NUMBER:
                        add(TokenKind.NUMBER, text.substring(start, end), lnum, col(start), lnum, col(end));
                        break;
                    case M_NEWLINE:
                        add(parenlev > 0 ? TokenKind.NL : TokenKind.NEWLINE, newlineString(start, end), lnum,
                                col(start), lnum, col(end));
                        break;
                    case M_COMMENT:
                        add(TokenKind.COMMENT, text.substring(start, end), lnum, col(start), lnum, col(end));
                        break;
                    case M_TRIPLE: {
                        char q = text.charAt(end - 1);
                        int e = tripleTail(end, max, q);
                        if (e >= 0) {
                            pos = e;
                            add(TokenKind.STRING, text.substring(start, e), lnum, col(start), lnum, col(e));
                        } else {
                            strStartLine = lnum;
                            strStartCol = col(start);
                            strStartIdx = start;
                            endQuote = q;
                            endTriple = true;
                            contstr = true;
                            // needcont keeps its value: tokenize.py resets it only when a
                            // continued string ends, so an old needcont ends this one at the
                            // first line without a backslash at its end
                            pos = max; // break
                        }
                        break;
                    }
                    case M_STRING:
                        if (text.charAt(end - 1) == '\n') {
                            strStartLine = lnum;
                            strStartCol = col(start);
                            strStartIdx = start;
                            endQuote = quoteOf(start);
                            endTriple = false;
                            contstr = true;
                            needcont = true;
                            pos = max; // break
                        } else {
                            add(TokenKind.STRING, text.substring(start, end), lnum, col(start), lnum, col(end));
                        }
                        break;
                    case M_NAME:
                        if (CharClasses.isIdentifierStart(text.codePointAt(start))) {
                            add(TokenKind.NAME, text.substring(start, end), lnum, col(start), lnum, col(end));
                        } else {
                            add(TokenKind.OP, text.substring(start, end), lnum, col(start), lnum, col(end));
                        }
                        break;
                    case M_CONTINUATION:
                        continued = true;
                        break;
                    default: { // M_OP
                        char c = text.charAt(start);
                        if (c == '(' || c == '[' || c == '{') {
                            parenlev++;
                        } else if (c == ')' || c == ']' || c == '}') {
                            parenlev--;
                        }
                        TokenKind k = operatorKind(start, end);
                        add(k, k.operator(), lnum, col(start), lnum, col(end));
                        break;
                    }
                }
            }
        }

        // Add an implicit NEWLINE if the input doesn't end in one
        if (haveLastLine && lastLineEnd > lastLineStart) {
            char lastc = text.charAt(lastLineEnd - 1);
            if (lastc != '\r' && lastc != '\n' && !strippedStartsWithHash(lastLineStart, lastLineEnd)) {
                int len = text.codePointCount(lastLineStart, lastLineEnd);
                add(TokenKind.NEWLINE, "", lnum - 1, len, lnum - 1, len + 1);
            }
        }
        for (int k = 1; k < nindents; k++) {
            add(TokenKind.DEDENT, "", lnum, 0, lnum, 0);
        }
        add(TokenKind.ENDMARKER, "", lnum, 0, lnum, 0);
    }

    private String newlineString(int start, int end) {
        int n = end - start;
        if (n == 1 && text.charAt(start) == '\n') {
            return "\n";
        }
        if (n == 2 && text.charAt(start) == '\r' && text.charAt(start + 1) == '\n') {
            return "\r\n";
        }
        if (n == 0) {
            return "";
        }
        return text.substring(start, end);
    }

    /** {@code last_line.strip().startswith("#")}. */
    private boolean strippedStartsWithHash(int s, int e) {
        int i = s;
        while (i < e) {
            int cp = text.codePointAt(i);
            if (!CharClasses.isSpace(cp)) {
                return cp == '#';
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private boolean endsWithBackslashNewline(int s, int e) {
        int n = e - s;
        if (n >= 2 && text.charAt(e - 1) == '\n' && text.charAt(e - 2) == '\\') {
            return true;
        }
        return n >= 3 && text.charAt(e - 1) == '\n' && text.charAt(e - 2) == '\r' && text.charAt(e - 3) == '\\';
    }

    /** The quote character of a string token starting at s (after its prefix). */
    private char quoteOf(int s) {
        while (true) {
            char c = text.charAt(s);
            if (c == '\'' || c == '"') {
                return c;
            }
            s++;
        }
    }

    // ---- PseudoToken ----

    /**
     * Matches {@code PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)}
     * at {@code pos}; returns the end of the match (and sets {@link #mStart} to the start of the
     * group and {@link #mKind} to the alternative that matched), or -1 if nothing matches.
     */
    private int pseudoToken(int pos, int max) {
        int p = pos;
        while (p < max) {
            char c = text.charAt(p);
            if (c == ' ' || c == '\t' || c == '\f') {
                p++;
            } else {
                break;
            }
        }
        mStart = p;
        if (p == max) {
            mKind = M_END;
            return p;
        }
        char c = text.charAt(p);
        // PseudoExtras: \\\r?\n | \Z, Comment, Triple
        if (c == '\\') {
            if (p + 1 < max && text.charAt(p + 1) == '\n') {
                mKind = M_CONTINUATION;
                return p + 2;
            }
            if (p + 2 < max && text.charAt(p + 1) == '\r' && text.charAt(p + 2) == '\n') {
                mKind = M_CONTINUATION;
                return p + 3;
            }
            return -1; // nothing else starts with a backslash
        }
        if (c == '#') {
            int q = p + 1;
            while (q < max) {
                char d = text.charAt(q);
                if (d == '\r' || d == '\n') {
                    break;
                }
                q++;
            }
            mKind = M_COMMENT;
            return q;
        }
        int prefixEnd = stringPrefixEnd(p, max);
        if (prefixEnd >= 0 && prefixEnd + 2 < max) {
            char q = text.charAt(prefixEnd);
            if (text.charAt(prefixEnd + 1) == q && text.charAt(prefixEnd + 2) == q) {
                mKind = M_TRIPLE;
                return prefixEnd + 3;
            }
        }
        // Number
        if ((c >= '0' && c <= '9') || c == '.') {
            int e = number(p, max);
            if (e >= 0) {
                mKind = M_NUMBER;
                return e;
            }
        }
        // Funny: \r?\n, Special
        if (c == '\n') {
            mKind = M_NEWLINE;
            return p + 1;
        }
        if (c == '\r' && p + 1 < max && text.charAt(p + 1) == '\n') {
            mKind = M_NEWLINE;
            return p + 2;
        }
        int op = operatorEnd(p, max);
        if (op >= 0) {
            mKind = M_OP;
            return op;
        }
        // ContStr
        if (prefixEnd >= 0) {
            int e = contStr(prefixEnd, max);
            if (e >= 0) {
                mKind = M_STRING;
                return e;
            }
        }
        // Name: \w+
        int q = p;
        while (q < max) {
            int cp = text.codePointAt(q);
            if (!CharClasses.isWord(cp)) {
                break;
            }
            q += Character.charCount(cp);
        }
        if (q > p) {
            mKind = M_NAME;
            return q;
        }
        return -1;
    }

    /**
     * If a valid string prefix (possibly empty) followed by a quote starts at p, the index of
     * the quote; else -1.
     */
    private int stringPrefixEnd(int p, int max) {
        int q = p;
        while (q < max && q - p < 3) {
            char c = text.charAt(q);
            if (c == '\'' || c == '"') {
                break;
            }
            if (!isPrefixLetter(c)) {
                return -1;
            }
            q++;
        }
        if (q >= max) {
            return -1;
        }
        char quote = text.charAt(q);
        if (quote != '\'' && quote != '"') {
            return -1;
        }
        int n = q - p;
        if (n == 0 || n == 1) {
            return q;
        }
        if (n == 2) {
            char a = Character.toLowerCase(text.charAt(p));
            char b = Character.toLowerCase(text.charAt(p + 1));
            if ((a == 'b' && b == 'r') || (a == 'r' && b == 'b') || (a == 'f' && b == 'r') || (a == 'r' && b == 'f')) {
                return q;
            }
        }
        return -1;
    }

    private static boolean isPrefixLetter(char c) {
        switch (c) {
            case 'b': case 'B': case 'r': case 'R': case 'u': case 'U': case 'f': case 'F':
                return true;
            default:
                return false;
        }
    }

    /**
     * ContStr after the prefix: {@code '[^\n'\\]*(?:\\.[^\n'\\]*)*('|\\\r?\n)} (or with
     * {@code "}), with the regex engine's backtracking into a final {@code \\\r} escape.
     */
    private int contStr(int quotePos, int max) {
        char quote = text.charAt(quotePos);
        int i = quotePos + 1;
        int lastEscape = -10;
        while (i < max) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n') {
                if (lastEscape == i - 2 && text.charAt(i - 1) == '\r') {
                    return i + 1;
                }
                return -1;
            }
            if (c == '\\') {
                if (i + 1 >= max) {
                    return -1;
                }
                if (text.charAt(i + 1) == '\n') {
                    return i + 2;
                }
                lastEscape = i;
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** The tail of a ' or " string: {@code [^'\\]*(?:\\.[^'\\]*)*'}; end or -1. */
    private int singleTail(int i, int max, char quote) {
        while (i < max) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\') {
                if (i + 1 >= max || text.charAt(i + 1) == '\n') {
                    return -1;
                }
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** The tail of a triple-quoted string: {@code [^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''}. */
    private int tripleTail(int i, int max, char quote) {
        while (i < max) {
            char c = text.charAt(i);
            if (c == quote) {
                if (i + 2 < max && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote) {
                    return i + 3;
                }
                i++;
                continue;
            }
            if (c == '\\') {
                if (i + 1 >= max || text.charAt(i + 1) == '\n') {
                    return -1;
                }
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    // ---- Number = group(Imagnumber, Floatnumber, Intnumber) ----

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [0-9](?:_?[0-9])*}: end or -1. */
    private int digitPart(int i, int max) {
        if (i >= max || !isDigit(text.charAt(i))) {
            return -1;
        }
        i++;
        while (i < max) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if (c == '_' && i + 1 < max && isDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** {@code [eE][-+]?[0-9](?:_?[0-9])*}: end or -1. */
    private int exponent(int i, int max) {
        if (i >= max) {
            return -1;
        }
        char c = text.charAt(i);
        if (c != 'e' && c != 'E') {
            return -1;
        }
        i++;
        if (i < max && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        return digitPart(i, max);
    }

    /** Pointfloat: {@code group([0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?, \.[0-9](?:_?[0-9])*) + maybe(Exponent)}. */
    private int pointFloat(int i, int max) {
        int e;
        int d = digitPart(i, max);
        if (d >= 0 && d < max && text.charAt(d) == '.') {
            e = d + 1;
            int f = digitPart(e, max);
            if (f >= 0) {
                e = f;
            }
        } else if (text.charAt(i) == '.') {
            e = digitPart(i + 1, max);
            if (e < 0) {
                return -1;
            }
        } else {
            return -1;
        }
        int x = exponent(e, max);
        return x >= 0 ? x : e;
    }

    /** Floatnumber = group(Pointfloat, Expfloat). */
    private int floatNumber(int i, int max) {
        int p = pointFloat(i, max);
        if (p >= 0) {
            return p;
        }
        int d = digitPart(i, max);
        return d < 0 ? -1 : exponent(d, max);
    }

    private boolean isJ(int i, int max) {
        return i < max && (text.charAt(i) == 'j' || text.charAt(i) == 'J');
    }

    private int number(int i, int max) {
        // Imagnumber = group([0-9](?:_?[0-9])*[jJ], Floatnumber + [jJ])
        int d = digitPart(i, max);
        if (d >= 0 && isJ(d, max)) {
            return d + 1;
        }
        int f = floatNumber(i, max);
        if (f >= 0) {
            return isJ(f, max) ? f + 1 : f;
        }
        // Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
        char c = text.charAt(i);
        if (c == '.') {
            return -1;
        }
        if (c == '0' && i + 1 < max) {
            char x = text.charAt(i + 1);
            int radix = x == 'x' || x == 'X' ? 16 : x == 'b' || x == 'B' ? 2 : x == 'o' || x == 'O' ? 8 : 0;
            if (radix != 0) {
                int j = i + 2;
                int n = 0;
                while (j < max) {
                    char y = text.charAt(j);
                    if (isRadixDigit(y, radix)) {
                        j++;
                        n++;
                    } else if (y == '_' && j + 1 < max && isRadixDigit(text.charAt(j + 1), radix)) {
                        j += 2;
                        n++;
                    } else {
                        break;
                    }
                }
                if (n > 0) {
                    return j;
                }
            }
        }
        // Decnumber = (?:0(?:_?0)*|[1-9](?:_?[0-9])*)
        if (c == '0') {
            int j = i + 1;
            while (j < max) {
                char y = text.charAt(j);
                if (y == '0') {
                    j++;
                } else if (y == '_' && j + 1 < max && text.charAt(j + 1) == '0') {
                    j += 2;
                } else {
                    break;
                }
            }
            return j;
        }
        return digitPart(i, max);
    }

    private static boolean isRadixDigit(char c, int radix) {
        switch (radix) {
            case 2:
                return c == '0' || c == '1';
            case 8:
                return c >= '0' && c <= '7';
            default:
                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
    }

    // ---- operators (Special) ----

    /** End of the longest operator at p, or -1. */
    private int operatorEnd(int p, int max) {
        char c = text.charAt(p);
        char c2 = p + 1 < max ? text.charAt(p + 1) : 0;
        char c3 = p + 2 < max ? text.charAt(p + 2) : 0;
        if (Operators.three(c, c2, c3) != null) {
            return p + 3;
        }
        if (Operators.two(c, c2) != null) {
            return p + 2;
        }
        if (Operators.one(c) != null) {
            return p + 1;
        }
        return -1;
    }

    private TokenKind operatorKind(int s, int e) {
        char c = text.charAt(s);
        switch (e - s) {
            case 1:
                return Operators.one(c);
            case 2:
                return Operators.two(c, text.charAt(s + 1));
            default:
                return Operators.three(c, text.charAt(s + 1), text.charAt(s + 2));
        }
    }
}
