package dev.adder.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Lexer#forParser} and {@link SourceText#decode} against CPython 3.11, for each source of
 * {@code cases.txt} (recorded in {@code parser_expected.txt} by {@code record_oracle.py}):
 *
 * <ul>
 *   <li>the whole token stream equals what {@code _tokenize.TokenizerIter} (CPython's C tokenizer
 *       without its parser) gives, up to the same error when the tokenizer raises one itself, or
 *       to the end or an error left to the parser when it stops without raising;
 *   <li>when {@code compile()} fails with an error of the decoder or the tokenizer, the first
 *       error of the stream is that error: type, message, line, offset, end line, end offset and
 *       text.
 * </ul>
 */
class ForParserTest {

    /** The messages of errors made by the decoder, the tokenizer, or the parser from its codes. */
    private static final Pattern TOKENIZER_MESSAGE = Pattern.compile("^(unterminated |invalid (?!syntax)|leading zeros"
            + "|unmatched|closing parenthesis|'.' was never closed|too many |unexpected character after line"
            + "|unexpected EOF while parsing|unindent does not match|inconsistent use of tabs|\\(unicode error\\) 'utf-8'"
            + "|unknown encoding|encoding problem|source code string cannot|'.*' is not a text encoding"
            + "|'.*' codec can't)");

    /** The Java side, in the recorded format: tokens, then STOP, ERR (raised by the tokenizer) or CODEERR. */
    private static List<String> stream(SourceText source) {
        List<String> out = new ArrayList<>();
        TokenStream ts = Lexer.forParser(source);
        try {
            while (true) {
                Token t = ts.next();
                if (t.kind() == TokenKind.ENDMARKER) {
                    out.add("STOP");
                    return out;
                }
                out.add(OracleCases.token(t));
            }
        } catch (PythonSyntaxError e) {
            out.add((ts.errorRaisedByTokenizer() ? "ERR " : "CODEERR ") + OracleCases.error(e));
            return out;
        }
    }

    @Test
    void everyRecordedCaseMatchesCPython() throws IOException {
        List<byte[]> sources = OracleCases.sources();
        List<List<String>> expected = OracleCases.blocks("parser_expected.txt");
        assertEquals(sources.size(), expected.size(), "recorded cases");
        List<String> failures = new ArrayList<>();
        int streamsCompared = 0;
        int errorsCompared = 0;
        for (int i = 0; i < sources.size(); i++) {
            List<String> exp = expected.get(i);
            String compile = exp.get(0);
            List<String> iter = exp.subList(1, exp.size());
            String firstError = null;
            List<String> got = null;
            try {
                SourceText src = SourceText.decode("<x>", sources.get(i));
                got = stream(src);
                String last = got.get(got.size() - 1);
                if (!last.equals("STOP")) {
                    firstError = last.substring(last.indexOf(' ') + 1);
                }
            } catch (PythonSyntaxError e) {
                firstError = OracleCases.error(e);
            }
            // a source compile() cannot decode (checked below) has no stream to compare
            if (!iter.equals(List.of("SKIP")) && got != null) {
                streamsCompared++;
                {
                    String lastExp = iter.get(iter.size() - 1);
                    String lastGot = got.get(got.size() - 1);
                    boolean endOk = lastExp.equals("STOP") ? lastGot.equals("STOP") || lastGot.startsWith("CODEERR ")
                            : lastExp.equals(lastGot);
                    if (!endOk || !iter.subList(0, iter.size() - 1).equals(got.subList(0, got.size() - 1))) {
                        failures.add("case " + i + " stream:\n  expected " + iter + "\n  actual   " + got);
                    }
                }
            }
            if (compile.equals("COMPILE OK")) {
                if (firstError != null) {
                    failures.add("case " + i + ": compile() accepts it, but: " + firstError);
                }
            } else if (!compile.startsWith("COMPILE OTHER")) {
                String fields = compile.substring("COMPILE ".length());
                String msg = fields.split("\\|")[1];
                boolean literalError = msg.startsWith("(unicode error)") && firstError == null && got != null
                        && got.stream().anyMatch(t -> t.startsWith("STRING ") && t.contains("\\u{dc"));
                if (literalError) {
                    // an undecodable byte in a string literal: the parser's literal decoding reports it
                    continue;
                }
                if (TOKENIZER_MESSAGE.matcher(msg).find()) {
                    errorsCompared++;
                    if (!fields.equals(firstError)) {
                        failures.add("case " + i + " error:\n  expected " + fields + "\n  actual   " + firstError);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " cases differ:\n" + String.join("\n", failures));
        assertTrue(streamsCompared > 900, "streams compared: " + streamsCompared);
        assertTrue(errorsCompared > 400, "errors compared: " + errorsCompared);
    }

    @Test
    void errorsAreRaisedOnlyWhenTheParserReachesThem() {
        // compile("x = 1\ny = 0777\n") -> SyntaxError: leading zeros ... (line 2, offset 5, end offset 6)
        TokenStream ts = Lexer.forParser(SourceText.of("<s>", "x = 1\ny = 0777\n"));
        for (String s : List.of("x", "=", "1", "", "y", "=")) {
            assertEquals(s, ts.next().string());
        }
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, ts::next);
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                e.msg());
        assertEquals(2, e.lineno());
        assertEquals(5, e.offset());
        assertEquals(6, e.endOffset());
        assertTrue(ts.errorRaisedByTokenizer());
        // the stream stays failed
        assertEquals(e, assertThrows(PythonSyntaxError.class, ts::next));
    }

    @Test
    void unclosedBracketIsReportedFromTheStreamState() {
        // compile("f(a,\n  b\n") -> SyntaxError: '(' was never closed (line 1, offset 2, end offset 0)
        TokenStream ts = Lexer.forParser(SourceText.of("<s>", "f(a,\n  b\n"));
        assertNull(ts.unclosedBracketError());
        ts.next();
        ts.next();
        PythonSyntaxError open = ts.unclosedBracketError();
        assertNotNull(open);
        assertEquals("'(' was never closed", open.msg());
        ts.next();
        ts.next();
        ts.next();
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, ts::next);
        assertEquals("'(' was never closed", e.msg());
        assertEquals(1, e.lineno());
        assertEquals(2, e.offset());
        assertEquals(0, e.endOffset());
        assertFalse(ts.errorRaisedByTokenizer());
    }

    @Test
    void keywordsAsyncAndAwaitAreNames() {
        TokenStream ts = Lexer.forParser(SourceText.of("<s>", "async def f(): await x\n"));
        assertEquals(TokenKind.NAME, ts.next().kind());
        assertEquals(TokenKind.NAME, ts.next().kind());
        Token f = ts.next();
        assertEquals("f", f.string());
        for (int i = 0; i < 3; i++) {
            ts.next(); // ( ) :
        }
        Token await = ts.next();
        assertEquals("await", await.string());
        assertEquals(TokenKind.NAME, await.kind());
    }

    @Test
    void stringTokensHoldTranslatedNewlines() {
        TokenStream ts = Lexer.forParser(SourceText.of("<s>", "x = '''a\r\nb'''\r\n"));
        ts.next();
        ts.next();
        Token s = ts.next();
        assertEquals(TokenKind.STRING, s.kind());
        assertEquals("'''a\nb'''", s.string());
        assertEquals(1, s.startLine());
        assertEquals(4, s.startCol());
        assertEquals(2, s.endLine());
        assertEquals(4, s.endCol());
    }

    @Test
    void identifiersAreNormalizedOnlyOnRequest() {
        // python3: unicodedata.normalize('NFKC', 'ℌ𝔢𝔩𝔩𝔬') == 'Hello'; compile keeps the token as written
        TokenStream ts = Lexer.forParser(SourceText.of("<s>", "ℌ𝔢𝔩𝔩𝔬 = 1\n"));
        Token name = ts.next();
        assertEquals("ℌ𝔢𝔩𝔩𝔬", name.string());
        assertEquals(5, name.endCol());
        assertEquals("Hello", Lexer.normalizeIdentifier(name.string()));
        assertEquals("plain", Lexer.normalizeIdentifier("plain"));
    }

    @Test
    void nulBytesAreRejectedAsCompileDoes() {
        TokenStream ts = Lexer.forParser(SourceText.of("<s>", "x = 1\0\n"));
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, ts::next);
        assertEquals("source code string cannot contain null bytes", e.msg());
        PythonSyntaxError d = assertThrows(PythonSyntaxError.class,
                () -> SourceText.decode("<s>", "x\0".getBytes(StandardCharsets.UTF_8)));
        assertEquals("source code string cannot contain null bytes", d.msg());
    }

    @Test
    void numbersRunIntoKeywordsWarnAsCPythonDoes() {
        // python3: compile('x = 1if 1else 2\nx = [0x1for x in y]\n', 'f', 'exec') warns
        //   SyntaxWarning invalid decimal literal f 1 (twice), SyntaxWarning invalid hexadecimal literal f 2
        List<String> seen = new ArrayList<>();
        TokenStream ts = Lexer.forParser(SourceText.of("f", "x = 1if 1else 2\nx = [0x1for x in y]\n"),
                (category, message, filename, lineno) -> {
                    seen.add(category + " " + message + " " + filename + " " + lineno);
                    return false;
                });
        while (ts.next().kind() != TokenKind.ENDMARKER) {
            // drain
        }
        assertEquals(List.of("SyntaxWarning invalid decimal literal f 1", "SyntaxWarning invalid decimal literal f 1",
                "SyntaxWarning invalid hexadecimal literal f 2"), seen);
        // python3 -W error: SyntaxError 'invalid decimal literal' 1 5 1 5 'x = 1if 1else 2'
        TokenStream strict = Lexer.forParser(SourceText.of("f", "x = 1if 1else 2\n"), (c, m, f, l) -> true);
        strict.next();
        strict.next();
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, strict::next);
        assertEquals("invalid decimal literal", e.msg());
        assertEquals(1, e.lineno());
        assertEquals(5, e.offset());
        assertEquals(5, e.endOffset());
        assertEquals("x = 1if 1else 2", e.text());
    }
}
