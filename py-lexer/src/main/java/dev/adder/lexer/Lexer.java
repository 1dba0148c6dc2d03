package dev.adder.lexer;

import dev.adder.lexer.internal.CTokenizer;
import dev.adder.lexer.internal.TokenizeDecoder;
import dev.adder.lexer.internal.TokenizeScanner;
import dev.adder.source.SourceText;
import java.text.Normalizer;
import java.util.List;

/**
 * Python 3.11's two tokenizers.
 *
 * <ul>
 *   <li>{@link #tokenize(byte[], String)} and {@link #tokenize(SourceText)} give what the
 *       {@code tokenize} module gives (CPython: Lib/tokenize.py): COMMENT and NL tokens,
 *       ERRORTOKEN for what it cannot place, its own errors ({@link TokenizeException}).
 *   <li>{@link #forParser(SourceText)} gives what CPython's parser reads from its C tokenizer
 *       (CPython: Parser/tokenizer.c), one token at a time, with CPython's syntax errors.
 * </ul>
 *
 * <p>The two disagree where CPython's two tokenizers disagree: {@code tokenize} accepts any
 * {@code \w+} as a name where the C tokenizer checks identifiers, lets a stray {@code $} through
 * as ERRORTOKEN, splits a line only at {@code '\n'}, and reports no error for most malformed
 * numbers.
 *
 * <p>Identifiers are not normalized here, in either stream: as in CPython, a NAME token holds the
 * identifier as written, and the parser normalizes non-ASCII identifiers to NFKC when it makes
 * the AST (CPython: Parser/pegen.c, _PyPegen_new_identifier); {@link #normalizeIdentifier} does
 * that step.
 */
public final class Lexer {
    private Lexer() {}

    /**
     * Tokens as {@code tokenize.tokenize(io.BytesIO(source).readline)} yields them: ENCODING first,
     * then every token {@code python3 -m tokenize -e} prints, with exact operator kinds.
     *
     * @param filename used in no message (a BytesIO has no name), kept for callers' convenience
     * @throws TokenizeException where {@code tokenize} raises
     */
    public static List<Token> tokenize(byte[] source, String filename) {
        TokenizeDecoder.Decoded d = TokenizeDecoder.decode(source); // may throw before any token
        return new TokenizeScanner(d.text(), d.failingLine(), d.error(), d.lineEnds(),
                expectedTokens(d.text().length())).run(d.encoding());
    }

    /**
     * Tokens as {@code tokenize.generate_tokens(io.StringIO(text).readline)} yields them (no
     * ENCODING token).
     *
     * @throws TokenizeException where {@code tokenize} raises
     */
    public static List<Token> tokenize(SourceText source) {
        String text = source.text();
        return new TokenizeScanner(text, 0, null, null, expectedTokens(text.length())).run(null);
    }

    private static int expectedTokens(int chars) {
        return Math.max(16, chars / 5);
    }

    /**
     * The tokens CPython's parser reads, made as the parser asks for them: no COMMENT, NL or
     * ENCODING tokens; NEWLINE, INDENT, DEDENT and ENDMARKER as the C tokenizer makes them;
     * operators with exact kinds; keywords, {@code async} and {@code await} as NAME tokens.
     * {@link TokenStream#next()} throws {@link dev.adder.source.PythonSyntaxError} where CPython's
     * tokenizer fails, with its type, message, position and text.
     *
     * <p>Line ends are translated to {@code '\n'} first, as CPython does, so a STRING token that
     * spans lines holds {@code '\n'} where the source had {@code "\r\n"}. INDENT, DEDENT and
     * ENDMARKER have column -1 (CPython records no position for them); a NEWLINE token runs from
     * the comment before the line end, if any, to the line end. A source holding a NUL character
     * fails at the first token with "source code string cannot contain null bytes", as
     * {@code compile()} does.
     */
    public static TokenStream forParser(SourceText source) {
        return new CTokenizer(source, WarningSink.IGNORE);
    }

    /** {@link #forParser(SourceText)}, reporting the tokenizer's warnings to {@code warnings}. */
    public static TokenStream forParser(SourceText source, WarningSink warnings) {
        return new CTokenizer(source, warnings);
    }

    /**
     * The identifier the parser puts in the AST for a NAME token: NFKC-normalized if it is not
     * ASCII, as CPython's _PyPegen_new_identifier does (so {@code ℌ} and {@code H} are the same
     * name); ASCII names are returned as they are.
     */
    public static String normalizeIdentifier(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
        }
        return name;
    }
}
