package dev.adder.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * AstDump and Unparser against CPython: python3 parses or builds each tree, prints it together
 * with its {@code ast.dump}/{@code ast.unparse} output, and the test rebuilds the same tree with
 * the Java records and compares.
 */
class AstOracleTest {

    /** CPython's Lib, the source of real-world trees. */
    static final Path LIB = Path.of("/root/.pyenv/versions/3.11.7/lib/python3.11");

    /** Compares every expected output of a case; returns the mismatches. */
    static List<String> check(Oracle.Case c) {
        List<String> bad = new ArrayList<>();
        if (c.expected().containsKey("S")) {
            return bad;
        }
        for (var e : c.expected().entrySet()) {
            String key = e.getKey();
            String want = e.getValue();
            String got;
            try {
                switch (key) {
                    case "D": got = AstDump.dump(c.tree()); break;
                    case "A": got = AstDump.dump(c.tree(), true, (Integer) null); break;
                    case "I": got = AstDump.dump(c.tree(), false, 2); break;
                    case "J": got = AstDump.dump(c.tree(), true, "\t"); break;
                    case "U": got = Unparser.unparse(c.tree()); break;
                    case "W": got = String.valueOf(countNodes(c.tree())); break;
                    case "X": got = Unparser.unparse(c.tree().accept(new Renamer())); break;
                    default: throw new IllegalStateException(key);
                }
            } catch (IllegalArgumentException ex) {
                got = "!ValueError";
            }
            if (!want.equals(got)) {
                bad.add(c.name() + " [" + key + "]\n  want: " + abbreviate(want, got) + "\n  got:  " + abbreviate(got, want));
            }
        }
        return bad;
    }

    /** Counts the nodes of a tree as ast.walk does, through AstWalker. */
    static int countNodes(Node tree) {
        int[] n = {0};
        new AstWalker() {
            @Override
            public void walk(Node node) {
                if (node != null) {
                    n[0]++;
                }
                super.walk(node);
            }
        }.walk(tree);
        return n[0];
    }

    /** ast_oracle.py's Renamer: upper-cases names, drops expression statements that are str constants. */
    static final class Renamer extends AstTransformer {
        @Override
        public Node visitName(Expr.Name node) {
            return new Expr.Name(node.id().toUpperCase(java.util.Locale.ROOT), node.ctx(), node.pos());
        }

        @Override
        public Node visitExpr(Stmt.Expr node) {
            if (node.value() instanceof Expr.Constant
                    && ((Expr.Constant) node.value()).value() instanceof ConstantValue.StrValue) {
                return null;
            }
            return super.visitExpr(node);
        }
    }

    /** The region around the first difference. */
    static String abbreviate(String s, String other) {
        int i = 0;
        while (i < s.length() && i < other.length() && s.charAt(i) == other.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        int to = Math.min(s.length(), i + 80);
        return (from > 0 ? "..." : "") + s.substring(from, to).replace("\n", "\\n") + (to < s.length() ? "..." : "");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = AstOracleTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void runAndAssert(List<String> args, String stdin, int minCases) {
        List<String> bad = new ArrayList<>();
        int[] n = {0};
        Oracle.run(args, stdin, c -> {
            n[0]++;
            bad.addAll(check(c));
        });
        assertTrue(n[0] >= minCases, "only " + n[0] + " cases");
        assertEquals("", String.join("\n", bad.subList(0, Math.min(bad.size(), 20))),
                bad.size() + " mismatches");
    }

    @Test
    void parsedSnippets() throws IOException {
        runAndAssert(List.of("code", "--what=DAIJUWX"), resource("snippets.txt"), 18);
    }

    @Test
    void builtTrees() throws IOException {
        runAndAssert(List.of("build", "--what=DAUWX"), resource("built.txt"), 50);
    }

    /** Every 25th file of CPython's Lib (all of them with -Dadder.ast.fullLib=true). */
    @Test
    void libFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(LIB)) {
            files = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().collect(Collectors.toList());
        }
        boolean full = Boolean.getBoolean("adder.ast.fullLib");
        List<String> args = new ArrayList<>(List.of("files", full ? "--what=AIUWX" : "--what=DAJUWX"));
        for (int i = 0; i < files.size(); i++) {
            if (full || i % 25 == 0) {
                args.add(files.get(i).toString());
            }
        }
        List<String> bad = new ArrayList<>();
        int[] counts = new int[3];
        long[] javaNanos = {0};
        Oracle.run(args, null, c -> {
            if (c.expected().containsKey("S")) {
                counts[2]++;
                return;
            }
            long t0 = System.nanoTime();
            List<String> b = check(c);
            javaNanos[0] += System.nanoTime() - t0;
            counts[b.isEmpty() ? 0 : 1]++;
            bad.addAll(b);
        });
        System.out.println("py-ast Lib files: " + counts[0] + " identical, " + counts[1] + " different, "
                + counts[2] + " not parsed by CPython; Java dump/unparse/walk/transform time "
                + javaNanos[0] / 1_000_000 + " ms");
        assertEquals("", String.join("\n", bad.subList(0, Math.min(bad.size(), 20))),
                bad.size() + " mismatches");
    }
}
