package dev.adder.parser.internal;

import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.Position;
import dev.adder.lexer.Token;
import dev.adder.source.SourceText;
import java.util.Arrays;
import java.util.List;

/**
 * Turns NUMBER and STRING tokens into AST nodes, with CPython 3.11's values, positions and errors.
 *
 * <ul>
 *   <li>{@link #number}: an int of any size, a float or an imaginary number.
 *   <li>{@link #strings}: the adjacent STRING tokens of one atom (prefixes r, u, b, br, rb, f, fr,
 *       rf in any case; single, double and triple quotes), concatenated into one str or bytes
 *       Constant, or a JoinedStr when an f-string is among them.
 * </ul>
 *
 * <p>Errors are {@link dev.adder.source.PythonSyntaxError}s with CPython's messages. Those that
 * CPython raises with {@code RAISE_SYNTAX_ERROR} while it decodes strings are placed by
 * {@link LiteralContext#syntaxErrorAfterStrings}, on the token that follows the atom.
 *
 * <p>CPython: Parser/action_helpers.c ({@code _PyPegen_concatenate_strings}), Parser/pegen.c
 * ({@code _PyPegen_number_token}), Parser/string_parser.c ({@code _PyPegen_parsestr}).
 */
public final class Literals {

    private Literals() {
    }

    /**
     * The Constant for a NUMBER token.
     *
     * @param token the NUMBER token
     * @param pos the node's position (the token's)
     * @param ctx the parser's context
     * @throws dev.adder.source.PythonSyntaxError for a decimal int with too many digits
     */
    public static Expr.Constant number(Token token, Position pos, LiteralContext ctx) {
        return new Expr.Constant(NumberLiteral.parse(token, ctx), null, pos);
    }

    /**
     * The Constant (str or bytes) or JoinedStr for the consecutive STRING tokens of one atom.
     *
     * @param tokens the STRING tokens, at least one
     * @param ctx the parser's context (f-string expressions, positions, errors)
     * @throws dev.adder.source.PythonSyntaxError as CPython reports bad literals
     */
    public static Expr strings(List<Token> tokens, LiteralContext ctx) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        Position atomPos = ctx.span(first, last);
        // Plain str pieces are joined here (a single undecoded piece is just a substring); an
        // f-string hands them to an FStringParser, which then collects the str pieces that follow.
        FStringParser state = null;
        String single = null;
        StrBuilder joined = null;
        boolean bytesmode = false;
        byte[] bytes = null;
        int nBytes = 0;
        for (int i = 0, n = tokens.size(); i < n; i++) {
            Token t = tokens.get(i);
            String text = normalizeNewlines(t.string());
            // _PyPegen_parsestr: the prefix
            boolean thisBytes = false;
            boolean raw = false;
            boolean fmode = false;
            int p = 0;
            while (!thisBytes || !raw) {
                char ch = text.charAt(p);
                if (ch == 'b' || ch == 'B') {
                    thisBytes = true;
                } else if (ch == 'u' || ch == 'U') {
                    // no effect
                } else if (ch == 'r' || ch == 'R') {
                    raw = true;
                } else if (ch == 'f' || ch == 'F') {
                    fmode = true;
                } else {
                    break;
                }
                p++;
            }
            char quote = text.charAt(p);
            int bodyStart = p + 1;
            int bodyEnd = text.length() - 1;
            if (bodyEnd - bodyStart >= 4 && text.charAt(bodyStart) == quote && text.charAt(bodyStart + 1) == quote) {
                bodyStart += 2;
                bodyEnd -= 2;
            }
            byte[] byteValue = null;
            if (!thisBytes && ctx.source().hasUndecodableBytes()) {
                checkUndecodable(text, bodyStart, bodyEnd, fmode, ctx, last);
            }
            if (!fmode) {
                raw = raw || text.indexOf('\\', bodyStart) < 0;
                if (thisBytes) {
                    for (int k = bodyStart; k < text.length(); k++) {
                        if (text.charAt(k) >= 0x80) {
                            Position tp = ctx.span(t, t);
                            throw ctx.syntaxError("bytes can only contain ASCII literal characters",
                                    tp.lineno(), tp.colOffset(), tp.endLineno(), tp.endColOffset());
                        }
                    }
                    byteValue = raw ? asciiBytes(text, bodyStart, bodyEnd)
                            : StringLiteralDecoder.decodeBytes(text, bodyStart, bodyEnd, ctx, last);
                } else if (state != null) {
                    if (raw) {
                        state.concat(text, bodyStart, bodyEnd);
                    } else {
                        StringLiteralDecoder.decodeUnicode(text, bodyStart, bodyEnd,
                                state.literal(bodyEnd - bodyStart), ctx, last);
                    }
                } else if (raw && single == null && joined == null) {
                    if (bodyStart != bodyEnd) {
                        single = text.substring(bodyStart, bodyEnd);
                    }
                } else {
                    if (joined == null) {
                        int size = bodyEnd - bodyStart;
                        joined = new StrBuilder(single == null ? size : single.length() + 2 * size);
                        if (single != null) {
                            joined.append(single);
                            single = null;
                        }
                    }
                    if (raw) {
                        joined.append(text, bodyStart, bodyEnd);
                    } else {
                        StringLiteralDecoder.decodeUnicode(text, bodyStart, bodyEnd, joined, ctx, last);
                    }
                }
            }
            if (i != 0 && bytesmode != thisBytes) {
                throw ctx.syntaxErrorAfterStrings(last, "cannot mix bytes and nonbytes literals");
            }
            bytesmode = thisBytes;
            if (fmode) {
                if (state == null) {
                    state = new FStringParser(ctx, first, last, atomPos);
                    if (single != null) {
                        state.concat(single);
                    } else if (joined != null) {
                        state.concat(joined);
                    }
                }
                FStringParser.Cursor c = new FStringParser.Cursor(text, bodyStart, bodyEnd, raw, t, ctx.span(t, t));
                state.concatFString(c, 0);
            } else if (bytesmode) {
                if (bytes == null) {
                    bytes = byteValue;
                    nBytes = byteValue.length;
                } else {
                    if (nBytes + byteValue.length > bytes.length) {
                        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, nBytes + byteValue.length));
                    }
                    System.arraycopy(byteValue, 0, bytes, nBytes, byteValue.length);
                    nBytes += byteValue.length;
                }
            }
        }
        if (bytesmode) {
            byte[] value = nBytes == bytes.length ? bytes : Arrays.copyOf(bytes, nBytes);
            return new Expr.Constant(new ConstantValue.BytesValue(value), null, atomPos);
        }
        if (state != null) {
            return state.finish(first, atomPos);
        }
        ConstantValue.StrValue value = joined != null ? joined.toStrValue()
                : new ConstantValue.StrValue(single != null ? single : "");
        // CPython: make_str_node_and_del (kind "u" only for a lower-case u prefix)
        String kind = first.string().charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(value, kind, atomPos);
    }

    /**
     * Rejects a str literal whose source bytes are not UTF-8: the decoded text keeps such bytes as
     * U+DC80..U+DCFF, and CPython reports them when it decodes the literal, counting the position
     * in bytes from the start of the literal's text (or of the f-string part that holds them).
     * CPython: decode_unicode_with_escapes in Parser/string_parser.c.
     */
    private static void checkUndecodable(String text, int from, int to, boolean fmode,
                                         LiteralContext ctx, Token last) {
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch >= 0xDC80 && ch <= 0xDCFF && (k == 0 || !Character.isHighSurrogate(text.charAt(k - 1)))) {
                int segmentStart = from;
                if (fmode) {
                    int brace = text.lastIndexOf('}', k);
                    if (brace >= from) {
                        segmentStart = brace + 1;
                    }
                }
                String msg = SourceText.utf8DecodeError(SourceText.originalBytes(text, segmentStart, to));
                if (msg != null) {
                    throw ctx.syntaxErrorAfterStrings(last, "(unicode error) " + msg);
                }
                return;
            }
        }
    }

    /** The token text with CPython's newline translation: \r\n and \r become \n. */
    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
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
        return sb.toString();
    }

    private static byte[] asciiBytes(String text, int from, int to) {
        byte[] b = new byte[to - from];
        for (int i = from; i < to; i++) {
            b[i - from] = (byte) text.charAt(i);
        }
        return b;
    }
}
