package dev.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.source.PythonSyntaxError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * String literals whose source bytes are not UTF-8: CPython accepts the file up to the literal and
 * reports a "(unicode error)" there, with byte columns. Each source is compiled by python3 and by
 * Adder, and the outcomes are compared.
 */
class UndecodableLiteralTest {

    private static final String[] SOURCES_LATIN1 = {
        "print(\"b\u00f6se\")\n",
        "x = \"\u00ff\"\n",
        "x = 1\ny = \"ab\u00c3\u00a9\u00ff\"\n",
        "# \u00ff\nx=1\n",
        "x = \"\"\"a\n\u00f6\"\"\"\n",
        "x = f\"{1}\u00ff\"\n",
        "x = r\"\u00ff\"\n",
        "x = \"a\" \"\u00ff\"\n",
        "x = b\"\u00ff\"\n",
        "x = \"\u00c3\"\n",
        // U+1F4D7 U+1F69B in UTF-8: their UTF-16 low halves lie in U+DC80..U+DCFF
        "\u00f0\u009f\u0093\u0097\u00f0\u009f\u009a\u009b\n",
        "x = '\u00f0\u009f\u0093\u0097' + '\u00ff'\n",
    };

    @Test
    void sameOutcomeAsCPython() throws Exception {
        List<String> hex = new ArrayList<>();
        for (String s : SOURCES_LATIN1) {
            hex.add(HexFormat.of().formatHex(s.getBytes(StandardCharsets.ISO_8859_1)));
        }
        String script = "import sys\n"
                + "for h in sys.argv[1:]:\n"
                + "    try:\n"
                + "        compile(bytes.fromhex(h), 'f', 'exec'); print('ok')\n"
                + "    except SyntaxError as e:\n"
                + "        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)\n";
        List<String> cmd = new ArrayList<>(List.of("python3", "-c", script));
        cmd.addAll(hex);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        p.waitFor(60, TimeUnit.SECONDS);
        String expected = out.toString(StandardCharsets.UTF_8);

        StringBuilder actual = new StringBuilder();
        for (String s : SOURCES_LATIN1) {
            try {
                Parser.parse(s.getBytes(StandardCharsets.ISO_8859_1), "f", Mode.EXEC);
                actual.append("ok\n");
            } catch (PythonSyntaxError e) {
                actual.append(pyRepr(e.msg())).append(' ').append(e.lineno()).append(' ')
                        .append(e.offset()).append(' ').append(e.endLineno()).append(' ')
                        .append(e.endOffset()).append('\n');
            }
        }
        assertEquals(expected, actual.toString());
    }

    /** Python's repr of an ASCII message (these messages hold no quotes of both kinds). */
    private static String pyRepr(String s) {
        return s.indexOf('\'') >= 0 ? "\"" + s + "\"" : "'" + s + "'";
    }
}
