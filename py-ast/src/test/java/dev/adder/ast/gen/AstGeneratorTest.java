package dev.adder.ast.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checked-in node sources equal what {@link AstGenerator} makes from python.asdl. */
class AstGeneratorTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void generatedSourcesAreUpToDate() throws IOException {
        String spec = Files.readString(MODULE.resolve(AstGenerator.SPEC), StandardCharsets.UTF_8);
        Map<String, String> files = AstGenerator.generate(spec);
        Path out = MODULE.resolve(AstGenerator.OUT);
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = out.resolve(e.getKey());
            if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                stale.add(e.getKey());
            }
        }
        assertEquals(List.of(), stale,
                "generated sources differ from python.asdl; run AstGenerator's main in py-ast");
        // every file that claims to be generated is one the generator makes
        try (Stream<Path> s = Files.list(out)) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    if (text.startsWith(AstGenerator.HEADER)) {
                        assertTrue(files.containsKey(p.getFileName().toString()), "orphan generated file " + p);
                    }
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
    }

    @Test
    void generatedTypesMatchTheSpec() {
        String spec = "module M { t = A(int x, t* ys) | B attributes (int lineno, int col_offset,"
                + " int? end_lineno, int? end_col_offset) e = P | Q }";
        Map<String, String> files = AstGenerator.generate(spec);
        assertTrue(files.get("T.java").contains("record A(int x, java.util.List<T> ys, Position pos) implements T"));
        assertTrue(files.get("E.java").contains("public enum E implements Node"));
        assertTrue(files.get("AstVisitor.java").contains("default R visitB(T.B node)"));
    }
}
