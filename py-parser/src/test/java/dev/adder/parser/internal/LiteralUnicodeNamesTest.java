package dev.adder.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code \N{name}} lookups against python3's answers recorded in LiteralUnicodeNamesCases.txt
 * (made by LiteralUnicodeNamesCasesGen.py beside it).
 */
class LiteralUnicodeNamesTest {

    @Test
    void matchesPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (InputStream in = getClass().getResourceAsStream("LiteralUnicodeNamesCases.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                int expected = Integer.parseInt(line.substring(0, tab));
                String name = line.substring(tab + 1);
                int got = LiteralUnicodeNames.lookup(name);
                n++;
                if (got != expected) {
                    failures.add("\\N{" + name + "}: python " + expected + ", adder " + got);
                }
            }
        }
        assertTrue(n > 4000, "cases read");
        assertTrue(failures.isEmpty(), failures.size() + " of " + n + " names differ:\n" + String.join("\n", failures));
    }

    @Test
    void algorithmicNames() {
        // U+AC00 is L=G(0), V=A(0), T=none(0); U+AC01 adds T=G: 0xAC00 + 1.
        assertEquals(0xAC00, LiteralUnicodeNames.lookup("HANGUL SYLLABLE GA"));
        assertEquals(0xAC01, LiteralUnicodeNames.lookup("HANGUL SYLLABLE GAG"));
        assertEquals(0x4E00, LiteralUnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-4E00"));
        assertEquals(-1, LiteralUnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-4e00"));
    }
}
