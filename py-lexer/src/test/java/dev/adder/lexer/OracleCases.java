package dev.adder.lexer;

import dev.adder.source.PythonSyntaxError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The test sources of {@code cases.txt} and what CPython 3.11 said about them, recorded by
 * {@code record_oracle.py} (see its docstring for the command) in {@code tokenize_expected.txt}
 * and {@code parser_expected.txt}, with the formats written here for the Java side.
 */
final class OracleCases {
    private OracleCases() {}

    static List<byte[]> sources() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String line : lines("cases.txt")) {
            if (line.startsWith("#")) {
                continue;
            }
            String hex = line.split(" {2}#")[0].trim();
            out.add(hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex));
        }
        return out;
    }

    /** The recorded blocks of an expected file, by case number. */
    static List<List<String>> blocks(String resource) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines(resource)) {
            if (line.startsWith("# Recorded")) {
                continue;
            }
            if (line.startsWith("CASE ")) {
                out.add(new ArrayList<>());
            } else {
                out.get(out.size() - 1).add(line);
            }
        }
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = OracleCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                out.add(l);
            }
            return out;
        }
    }

    /** As record_oracle.py's esc(): non-printable-ASCII characters and '\' as \\u{hex}. */
    static String esc(String s) {
        if (s == null) {
            return "None";
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f && cp != '\\') {
                sb.append((char) cp);
            } else {
                sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
            }
        });
        return sb.toString();
    }

    static String token(Token t) {
        return t.kind().name() + " " + t.startLine() + "," + t.startCol() + "-" + t.endLine() + "," + t.endCol() + " "
                + esc(t.string());
    }

    static String error(PythonSyntaxError e) {
        return e.kind().pythonName() + "|" + esc(e.msg()) + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno()
                + "|" + e.endOffset() + "|" + esc(e.text());
    }
}
