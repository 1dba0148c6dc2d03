package dev.adder.it;

import dev.adder.lexer.Lexer;
import dev.adder.lexer.Token;
import dev.adder.lexer.TokenizeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Lexer.tokenize(bytes, name)} against {@code python3 -m tokenize -e} over every file of
 * the corpus (python3's Lib unless -Dadder.corpus=DIR): exact type name, string, start and end of
 * every token, or the error's type, message, line and column. Writes
 * target/conformance/tokens.txt; the failures may not exceed {@code tokens.failed.max}.
 */
class TokensConformanceTest {

    /** A token as the oracle writes it: {@code EXACT_TYPE line,col-line,col "string"}. */
    static String format(Token t) {
        StringBuilder b = new StringBuilder(32 + t.string().length());
        b.append(t.kind().name()).append(' ').append(t.startLine()).append(',').append(t.startCol())
                .append('-').append(t.endLine()).append(',').append(t.endCol()).append(' ');
        Json.quote(t.string(), b);
        return b.toString();
    }

    /**
     * A tokenize error as the oracle writes it: {@code E "Type" line col "message"}; where the
     * oracle has no location ('-'), neither does the line made here.
     */
    static String format(TokenizeException e, List<String> expected) {
        boolean noLocation = expected.size() == 1 && expected.get(0).startsWith("E ")
                && ErrorRecord.parse(expected.get(0)).line().equals("-");
        return "E " + Json.quote(e.pythonType()) + " " + (noLocation ? "- -" : e.line() + " " + e.col())
                + " " + Json.quote(e.message());
    }

    static String check(String rel, byte[] source, List<String> expected) {
        List<String> actual;
        try {
            List<Token> tokens = Lexer.tokenize(source, rel);
            actual = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                actual.add(format(t));
            }
        } catch (TokenizeException e) {
            actual = List.of(format(e, expected));
        }
        return ConformanceRun.firstDifference(expected, actual, "token");
    }

    @Test
    void tokensMatchCPythonTokenize() {
        Oracle.Data oracle = Oracle.get();
        ConformanceRun.Result r = ConformanceRun.run("tokens", oracle, "tokens.txt.gz",
                TokensConformanceTest::check, Long.getLong("adder.conformance.timeout", 300));
        Baseline.checkFileCount("tokens", r.files(), oracle.defaultCorpus());
        assertTrue(r.unfinished().isEmpty(), "tokens: not finished in time: " + r.unfinished());
        Baseline.ratchet("tokens.failed.max", r.failed(), oracle.defaultCorpus(), r.report().toString());
    }
}
