package dev.adder.parser.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.AstDump;
import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Node;
import dev.adder.ast.Stmt;
import dev.adder.parser.Mode;
import dev.adder.parser.Parser;
import dev.adder.source.PythonSyntaxError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Literal decoding against python3's answers recorded in LiteralCases.txt (made by
 * LiteralCasesGen.py beside it): the dump of each statement's value with positions, or the
 * SyntaxError's message and location. Each case runs twice: through the small parser of
 * {@link LiteralTestSupport}, and through {@link Parser#parse}.
 */
class LiteralCasesTest {

    /** One recorded case: the source and what python3 answered. */
    record Case(String source, String expected) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = LiteralCasesTest.class.getResourceAsStream("LiteralCases.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String src = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("S ")) {
                    src = new String(Base64.getDecoder().decode(line.substring(2)), StandardCharsets.UTF_8);
                } else {
                    out.add(new Case(src, line));
                }
            }
        }
        return out;
    }

    /** What this implementation answers for a source, in the format of LiteralCases.txt. */
    static String answer(String source) {
        try {
            Expr e = new LiteralTestSupport.Ctx(source).statementValue();
            return "D " + AstDump.dump(e, true, (Integer) null);
        } catch (PythonSyntaxError e) {
            return "E " + e.msg() + "\t" + e.lineno() + "\t" + e.offset() + "\t" + e.endLineno() + "\t" + e.endOffset();
        }
    }

    /** The same through the real parser. */
    static String parserAnswer(String source) {
        try {
            Mod m = Parser.parse(source, "<test>", Mode.EXEC);
            Stmt s = ((Mod.Module) m).body().get(0);
            Node value = (Node) s.fieldValue(s.fieldNames().indexOf("value"));
            return "D " + AstDump.dump(value, true, (Integer) null);
        } catch (PythonSyntaxError e) {
            return "E " + e.msg() + "\t" + e.lineno() + "\t" + e.offset() + "\t" + e.endLineno() + "\t" + e.endOffset();
        }
    }

    @Test
    void matchesPython() throws IOException {
        check(false);
    }

    @Test
    void matchesPythonThroughParser() throws IOException {
        check(true);
    }

    private static void check(boolean throughParser) throws IOException {
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String got;
            try {
                got = throughParser ? parserAnswer(c.source()) : answer(c.source());
            } catch (RuntimeException | StackOverflowError e) {
                got = "exception " + e;
            }
            if (!got.equals(c.expected())) {
                failures.add("source: " + c.source() + "\n  python: " + c.expected() + "\n  adder:  " + got);
            }
        }
        assertTrue(cases.size() > 300, "cases read");
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases differ:\n"
                + String.join("\n", failures));
    }
}
