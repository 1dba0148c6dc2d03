package dev.adder.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Lexer#tokenize(byte[], String)} against what CPython 3.11's {@code tokenize.tokenize}
 * yields for each source of {@code cases.txt} (recorded in {@code tokenize_expected.txt} by
 * {@code record_oracle.py}): the same tokens, then the same error if it raises.
 */
class TokenizeModuleTest {

    private static List<String> actual(byte[] source) {
        List<String> out = new ArrayList<>();
        try {
            for (Token t : Lexer.tokenize(source, "<test>")) {
                out.add(OracleCases.token(t));
            }
        } catch (TokenizeException e) {
            for (Token t : e.tokensBefore()) {
                out.add(OracleCases.token(t));
            }
            out.add("ERROR " + e.pythonType() + " " + e.line() + "," + e.col() + " " + OracleCases.esc(e.message()));
        }
        return out;
    }

    @Test
    void everyRecordedCaseTokenizesAsCPython() throws IOException {
        List<byte[]> sources = OracleCases.sources();
        List<List<String>> expected = OracleCases.blocks("tokenize_expected.txt");
        assertEquals(sources.size(), expected.size(), "recorded cases");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            List<String> got = actual(sources.get(i));
            if (!got.equals(expected.get(i))) {
                failures.add("case " + i + ":\n  expected " + expected.get(i) + "\n  actual   " + got);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " cases differ:\n" + String.join("\n", failures));
    }

    @Test
    void generateTokensHasNoEncodingToken() {
        List<Token> tokens = Lexer.tokenize(SourceText.of("<s>", "x = 1\n"));
        assertEquals(TokenKind.NAME, tokens.get(0).kind());
        assertEquals(List.of("NAME 1,0-1,1 x", "EQUAL 1,2-1,3 =", "NUMBER 1,4-1,5 1", "NEWLINE 1,5-1,6 \\u{a}",
                "ENDMARKER 2,0-2,0 "), tokens.stream().map(OracleCases::token).toList());
    }

    @Test
    void errorsCarryPythonsTypeAndPosition() {
        // python3 -m tokenize on "x = (1,\n": "2:0: error: EOF in multi-line statement"
        TokenizeException e = assertThrows(TokenizeException.class,
                () -> Lexer.tokenize("x = (1,\n".getBytes(StandardCharsets.UTF_8), "f"));
        assertEquals("TokenError", e.pythonType());
        assertEquals("EOF in multi-line statement", e.message());
        assertEquals(2, e.line());
        assertEquals(0, e.col());
        assertTrue(e.hasLocation());
        // the generator had yielded ENCODING, NAME, OP, OP, NUMBER, OP, NL
        assertEquals(7, e.tokensBefore().size());

        TokenizeException enc = assertThrows(TokenizeException.class,
                () -> Lexer.tokenize("# coding: xyz\n".getBytes(StandardCharsets.UTF_8), "f"));
        assertEquals("SyntaxError", enc.pythonType());
        assertEquals("unknown encoding: xyz", enc.message());
        assertFalse(enc.hasLocation());
    }

    @Test
    void operatorsHaveExactKindsAndTheTokenizeTypeName() {
        List<Token> tokens = Lexer.tokenize("a **= b -> c\n".getBytes(StandardCharsets.UTF_8), "f");
        assertEquals(TokenKind.DOUBLESTAREQUAL, tokens.get(2).kind());
        assertEquals("OP", tokens.get(2).typeName());
        assertEquals(TokenKind.RARROW, tokens.get(4).kind());
        assertEquals("NAME", tokens.get(1).typeName());
    }

    @Test
    void encodingErrorsNameTheFileAsTokenizeDoesForAFile() {
        // cd Lib/test/tokenizedata && python3 -m tokenize -e bad_coding.py
        //   bad_coding.py: error: unknown encoding for 'bad_coding.py': uft-8
        TokenizeException e = assertThrows(TokenizeException.class,
                () -> Lexer.tokenize("# -*- coding: uft-8 -*-\n".getBytes(StandardCharsets.UTF_8), "bad_coding.py"));
        assertEquals("unknown encoding: uft-8", e.message());
        assertEquals("unknown encoding for 'bad_coding.py': uft-8", e.messageForFile("bad_coding.py"));
        //   bad_coding2.py: error: encoding problem for 'bad_coding2.py': utf-8
        TokenizeException bom = assertThrows(TokenizeException.class, () -> Lexer.tokenize(
                "\ufeff#coding: utf8\n".getBytes(StandardCharsets.UTF_8), "bad_coding2.py"));
        assertEquals("encoding problem for 'bad_coding2.py': utf-8", bom.messageForFile("bad_coding2.py"));
        //   badsyntax_pep3120.py: error: invalid or missing encoding declaration for 'badsyntax_pep3120.py'
        TokenizeException bad = assertThrows(TokenizeException.class, () -> Lexer.tokenize(
                new byte[] {'p', 'r', 'i', 'n', 't', '(', '"', 'b', (byte) 0xf6, 's', 'e', '"', ')', '\n'}, "x"));
        assertEquals("invalid or missing encoding declaration for 'badsyntax_pep3120.py'",
                bad.messageForFile("badsyntax_pep3120.py"));
    }
}
