package dev.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.AstDump;
import dev.adder.ast.Mod;
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
 * The parser against python3's answers recorded in ParserCases.txt (made by ParserCasesGen.py
 * beside it): for each source and mode (sources given as str, or as bytes), the full
 * {@code ast.dump} with positions, or the
 * SyntaxError's type, message, line, offset, end line and end offset, or whether the parser's
 * nesting limit is reached.
 */
class ParserCasesTest {

    /** One recorded case: the mode, the source's bytes, and python3's answer. */
    record Case(String mode, byte[] data, String expected) {
        String source() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = ParserCasesTest.class.getResourceAsStream("ParserCases.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String mode = null;
            byte[] src = null;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("S ")) {
                    String[] f = line.split(" ", 3);
                    mode = f[1];
                    src = Base64.getDecoder().decode(f[2]);
                } else {
                    out.add(new Case(mode, src, line));
                }
            }
        }
        return out;
    }

    static Mode mode(String name) {
        switch (name) {
            case "eval":
                return Mode.EVAL;
            case "single":
                return Mode.SINGLE;
            case "func_type":
                return Mode.FUNC_TYPE;
            default:
                return Mode.EXEC;
        }
    }

    /** What this parser answers, in the format of ParserCases.txt. */
    static String answer(Case c) {
        try {
            Mod m = c.mode().equals("bytes") ? Parser.parse(c.data(), "<case>", Mode.EXEC)
                    : Parser.parse(c.source(), "<case>", mode(c.mode()));
            return c.expected().equals("P") ? "P" : "D " + AstDump.dump(m, true, (Integer) null);
        } catch (PythonSyntaxError e) {
            return "E " + e.kind().pythonName() + "\t" + e.msg() + "\t" + e.lineno() + "\t" + e.offset()
                    + "\t" + e.endLineno() + "\t" + e.endOffset();
        } catch (ParserMemoryError e) {
            return "M";
        }
    }

    @Test
    void allCasesAsPython() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() > 250, "cases read");
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String got = answer(c);
            if (!got.equals(c.expected())) {
                failures.add(c.mode() + " " + c.source().replace("\n", "\\n") + "\n  want " + c.expected()
                        + "\n  got  " + got);
            }
        }
        assertEquals(List.of(), failures);
    }
}
