package dev.adder.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Mod;
import dev.adder.ast.Position;
import dev.adder.ast.Stmt;
import dev.adder.compiler.CompilerRecursionError;
import dev.adder.parser.Mode;
import dev.adder.parser.Parser;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The symbol table against CPython's {@code symtable} module: symtable_oracle.py parses each
 * snippet of symtable-cases.txt with CPython, sends its tree and every scope and symbol with all
 * the {@code is_*}/{@code get_*} answers (or the SyntaxError); the test rebuilds the tree with
 * the AST records, builds Adder's table and compares line by line. The code-object lines check
 * what the code generator will take from the table against CPython's {@code co_cellvars},
 * {@code co_freevars} and {@code co_flags}.
 */
class SymbolTableTest {

    static String resource(String name) throws IOException {
        try (InputStream in = SymbolTableTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Adder's dump of a case built from CPython's tree, or its SyntaxError line. */
    static List<String> adder(SymtableOracle.Case c) {
        Mod tree = (Mod) TreeReader.read(c.tree());
        try {
            return SymtableDump.dump(SymbolTable.build(tree, c.name()));
        } catch (PythonSyntaxError e) {
            return List.of(SymtableDump.error(e));
        }
    }

    static String difference(List<String> want, List<String> got) {
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<nothing>";
            String g = i < got.size() ? got.get(i) : "<nothing>";
            if (!w.equals(g)) {
                return "line " + (i + 1) + "\n    want: " + w + "\n    got:  " + g;
            }
        }
        return null;
    }

    /** CPython's co_cellvars: parameters that are cells in parameter order, then the other cells sorted. */
    static List<String> coCellvars(Scope s) {
        List<String> cells = s.cellvars();
        List<String> out = new ArrayList<>();
        Set<String> params = new HashSet<>(s.varnames());
        for (String v : s.varnames()) {
            if (cells.contains(v)) {
                out.add(v);
            }
        }
        for (String c : cells) {
            if (!params.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The co_flags bits that come from the table (see CODE_FLAGS in symtable_oracle.py). */
    static int codeFlags(Scope s) {
        if (s.type() != ScopeType.FUNCTION) {
            return 0;
        }
        int f = 0;
        if (s.isNested()) {
            f |= 0x10;
        }
        if (s.isGenerator() && !s.isCoroutine()) {
            f |= 0x20;
        }
        if (!s.isGenerator() && s.isCoroutine()) {
            f |= 0x80;
        }
        if (s.isGenerator() && s.isCoroutine()) {
            f |= 0x200;
        }
        if (s.hasVarargs()) {
            f |= 0x4;
        }
        if (s.hasVarkeywords()) {
            f |= 0x8;
        }
        return f;
    }

    @Test
    void snippetsMatchCPythonSymtable() throws IOException {
        List<String> bad = new ArrayList<>();
        int[] counts = new int[3];
        SymtableOracle.run(List.of("cases"), resource("symtable-cases.txt"), c -> {
            counts[0]++;
            if (c.tree() == null) {
                bad.add(c.name() + ": CPython's parser rejects the snippet: " + c.expected());
                return;
            }
            List<String> got;
            try {
                got = adder(c);
            } catch (RuntimeException e) {
                bad.add(c.name() + ": threw " + e);
                return;
            }
            String d = difference(c.expected(), got);
            if (d != null) {
                bad.add(c.name() + ": " + d);
                return;
            }
            if (c.expected().get(0).startsWith("E ")) {
                counts[1]++;
                return;
            }
            List<Scope> scopes = SymtableDump.preorder(SymbolTable.build((Mod) TreeReader.read(c.tree()), c.name()));
            for (String v : c.code()) {
                counts[2]++;
                String[] p = v.split(" ", 3);
                Scope s = scopes.get(Integer.parseInt(p[1]));
                String mine = "V " + p[1] + " " + Json.list(coCellvars(s)) + " " + Json.list(s.freevars()) + " "
                        + codeFlags(s);
                if (!mine.equals(v)) {
                    bad.add(c.name() + ": code object of " + s.name() + "\n    want: " + v + "\n    got:  " + mine);
                }
            }
        });
        assertTrue(bad.isEmpty(), bad.size() + " of " + counts[0] + " cases differ:\n" + String.join("\n", bad));
        assertTrue(counts[0] >= 90, "only " + counts[0] + " cases");
        assertTrue(counts[1] >= 40, "only " + counts[1] + " error cases");
        assertTrue(counts[2] >= 150, "only " + counts[2] + " code objects");
    }

    /** The sources of symtable-cases.txt by case name, split as symtable_oracle.py splits them. */
    static java.util.Map<String, String> caseSources() throws IOException {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        String name = null;
        List<String> lines = new ArrayList<>();
        for (String line : resource("symtable-cases.txt").split("\n", -1)) {
            if (line.startsWith("#### ")) {
                if (name != null) {
                    out.put(name, String.join("\n", lines));
                }
                name = line.substring(5).strip();
                lines = new ArrayList<>();
            } else if (name != null) {
                lines.add(line);
            }
        }
        if (name != null) {
            out.put(name, String.join("\n", lines));
        }
        return out;
    }

    /** The same snippets through Adder's parser: {@code SymbolTable.build(source, name)}. */
    @Test
    void snippetsThroughAdderParserMatchCPythonSymtable() throws IOException {
        java.util.Map<String, String> sources = caseSources();
        List<String> bad = new ArrayList<>();
        int[] n = new int[1];
        SymtableOracle.run(List.of("cases"), resource("symtable-cases.txt"), c -> {
            n[0]++;
            String source = sources.get(c.name());
            List<String> got;
            try {
                if (c.name().startsWith("eval:") || c.name().startsWith("single:")) {
                    SourceText text = SourceText.of(c.name(), source);
                    Mode mode = c.name().startsWith("eval:") ? Mode.EVAL : Mode.SINGLE;
                    got = SymtableDump.dump(SymbolTable.build(Parser.parse(text, mode), text));
                } else {
                    got = SymtableDump.dump(SymbolTable.build(source, c.name()));
                }
            } catch (PythonSyntaxError e) {
                got = List.of(SymtableDump.error(e));
            }
            String d = difference(c.expected(), got);
            if (d != null) {
                bad.add(c.name() + ": " + d);
            }
        });
        assertEquals(sources.size(), n[0]);
        assertTrue(bad.isEmpty(), bad.size() + " of " + n[0] + " cases differ:\n" + String.join("\n", bad));
    }

    /** A symtable error built from source carries its line, as CPython's does for a file. */
    @Test
    void errorsFromSourceCarryTheLine() {
        // python3: compile(open('dup.py').read(), 'dup.py', 'exec') on "x = 1\ndef f(a, a): pass\n" raises
        // SyntaxError("duplicate argument 'a' in function definition"), lineno 2, offset 10,
        // end_offset 11, text 'def f(a, a): pass\n'
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class,
                () -> SymbolTable.build("x = 1\ndef f(a, a): pass\n", "dup.py"));
        assertEquals("duplicate argument 'a' in function definition", e.msg());
        assertEquals("dup.py", e.filename());
        assertEquals(2, e.lineno());
        assertEquals(10, e.offset());
        assertEquals(11, e.endOffset());
        assertEquals("def f(a, a): pass\n", e.text());
    }

    private static final Position P = Position.of(1, 0, 1, 1);

    private static Expr.Name name(String id, ExprContext ctx) {
        return new Expr.Name(id, ctx, P);
    }

    @Test
    void childScopesAreFoundByNode() {
        Expr.Lambda lambda = new Expr.Lambda(new dev.adder.ast.Arguments(List.of(), List.of(), null, List.of(),
                List.of(), null, List.of()), name("x", ExprContext.Load), P);
        Stmt.FunctionDef f = new Stmt.FunctionDef("f", new dev.adder.ast.Arguments(List.of(), List.of(), null,
                List.of(), List.of(), null, List.of()), List.of(new Stmt.Expr(lambda, P)), List.of(), null, null, P);
        Mod.Module m = new Mod.Module(List.of(f), List.of());
        Scope top = SymbolTable.build(m, "<t>");
        Scope fs = top.child(f);
        assertNotNull(fs);
        assertEquals("f", fs.name());
        assertSame(fs, top.table().lookup(f));
        assertSame(top, top.table().lookup(m));
        Scope ls = fs.child(lambda);
        assertEquals("lambda", ls.name());
        assertNull(top.child(lambda), "the lambda is a child of f, not of the module");
        assertSame(fs, ls.parent());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, ls.scopeOf("x"));
        assertEquals(SymbolScope.UNDEFINED, ls.scopeOf("y"));
    }

    @Test
    void varnamesKeepDeclarationOrder() {
        // def f(a, /, b, *c, d, **e): the parameters as co_varnames has them
        dev.adder.ast.Arguments args = new dev.adder.ast.Arguments(List.of(arg("a")), List.of(arg("b")), arg("c"),
                List.of(arg("d")), java.util.Arrays.asList((Expr) null), arg("e"), List.of());
        Stmt.FunctionDef f = new Stmt.FunctionDef("f", args, List.of(new Stmt.Pass(P)), List.of(), null, null, P);
        Scope fs = SymbolTable.build(new Mod.Module(List.of(f), List.of()), "<t>").children().get(0);
        assertEquals(List.of("a", "b", "d", "c", "e"), fs.varnames());
        assertTrue(fs.hasVarargs());
        assertTrue(fs.hasVarkeywords());
    }

    private static dev.adder.ast.Arg arg(String n) {
        return new dev.adder.ast.Arg(n, null, null, P);
    }

    @Test
    void mangling() {
        // CPython's _Py_Mangle, as documented in the language reference (6.2.1, private names)
        assertEquals("_C__x", SymbolTable.mangle("C", "__x"));
        assertEquals("_C__x", SymbolTable.mangle("__C", "__x"));
        assertEquals("__x__", SymbolTable.mangle("C", "__x__"));
        assertEquals("__x", SymbolTable.mangle("___", "__x"));
        assertEquals("__x", SymbolTable.mangle(null, "__x"));
        assertEquals("_x", SymbolTable.mangle("C", "_x"));
        assertEquals("__", SymbolTable.mangle("C", "__"));
    }

    @Test
    void futureFeaturesAreReported() {
        Stmt.ImportFrom fut = new Stmt.ImportFrom("__future__", List.of(new dev.adder.ast.Alias("annotations", null, P)),
                0, P);
        Scope top = SymbolTable.build(new Mod.Module(List.of(fut), List.of()), "<t>");
        assertTrue(top.table().future().annotations());
        assertEquals(1, top.table().future().lineno());
        Scope none = SymbolTable.build(new Mod.Module(List.of(), List.of()), "<t>");
        assertEquals(FutureFeatures.NONE, none.table().future());
    }

    @Test
    void deepNestingIsARecursionErrorNotAStackOverflow() {
        // CPython: symtable.symtable('x' + '+x' * 5000, ...) raises RecursionError
        Expr e = name("x", ExprContext.Load);
        for (int i = 0; i < 5000; i++) {
            e = new Expr.BinOp(e, dev.adder.ast.Operator.Add, name("x", ExprContext.Load), P);
        }
        Mod.Module m = new Mod.Module(List.of(new Stmt.Expr(e, P)), List.of());
        CompilerRecursionError err = assertThrows(CompilerRecursionError.class, () -> SymbolTable.build(m, "<t>"));
        assertEquals("maximum recursion depth exceeded during compilation", err.getMessage());
    }
}
