package dev.adder.it;

import dev.adder.ast.Mod;
import dev.adder.compiler.CompilerRecursionError;
import dev.adder.compiler.symtable.Scope;
import dev.adder.compiler.symtable.ScopeType;
import dev.adder.compiler.symtable.Symbol;
import dev.adder.compiler.symtable.SymbolScope;
import dev.adder.compiler.symtable.SymbolTable;
import dev.adder.parser.Mode;
import dev.adder.parser.Parser;
import dev.adder.source.PythonSyntaxError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adder's symbol tables against CPython's {@code symtable} module over every file of the corpus
 * (python3's Lib unless -Dadder.corpus=DIR): symtable_oracle.py runs python3 once and dumps
 * {@code symtable.symtable(bytes, path, "exec")} for each file (every scope, every symbol with
 * its flags and all the {@code is_*} answers) or the SyntaxError it raises; this test parses each
 * file with Adder's parser, builds {@code SymbolTable.build(tree, path)}, dumps it the same way and
 * compares. A file Adder's parser cannot parse counts as a failure; where CPython's parser rejects
 * a file, Adder's must raise the same exception type, message and line; a SyntaxError of the
 * symbol table pass must match in message, line, offset, end line and end offset. Writes
 * target/conformance/symtable.txt; the failures may not exceed {@code symtable.failed.max}.
 */
class SymtableConformanceTest {

    /** Where the oracle's error lines come from: parser errors are compared as the AST test does. */
    static String check(String rel, byte[] source, List<String> expected) {
        if (expected.isEmpty()) {
            throw new IllegalStateException("symtable.txt: no record for " + rel);
        }
        String first = expected.get(0);
        Mod tree;
        try {
            tree = Parser.parse(source, rel, Mode.EXEC);
        } catch (PythonSyntaxError e) {
            if (!first.startsWith("E ")) {
                return "CPython accepts the file, Adder's parser raises " + e.kind().pythonName() + ": " + e.msg()
                        + " (line " + e.lineno() + ", offset " + e.offset() + ")";
            }
            ErrorLine err = ErrorLine.parse(first);
            String got = e.kind().pythonName() + ": " + e.msg() + " (line " + e.lineno() + ")";
            String exp = err.type + ": " + err.msg + " (line " + err.lineno + ")";
            return exp.equals(got) ? null : "expected " + exp + " but Adder's parser raises " + got;
        }
        List<String> got;
        try {
            got = dump(SymbolTable.build(tree, rel));
        } catch (PythonSyntaxError e) {
            got = List.of(errorLine(e.kind().pythonName(), e.lineno(), e.offset(), e.endLineno(), e.endOffset(),
                    e.msg()));
        } catch (CompilerRecursionError e) {
            got = List.of(errorLine("RecursionError", 0, 0, 0, 0, e.getMessage()));
        }
        if (first.startsWith("E ") && !got.get(0).startsWith("E ")) {
            ErrorLine err = ErrorLine.parse(first);
            return "CPython raises " + err.type + ": " + err.msg + " (line " + err.lineno
                    + "), Adder's parser and symbol table accept the file";
        }
        return ConformanceRun.firstDifference(expected, got, "line");
    }

    /** An oracle 'E' line. */
    record ErrorLine(String type, int lineno, int offset, int endLineno, int endOffset, String msg) {
        static ErrorLine parse(String line) {
            int[] end = new int[1];
            String type = Json.unquote(line, 2, end);
            String[] nums = line.substring(end[0] + 1).split(" ", 5);
            String msg = Json.unquote(nums[4]);
            return new ErrorLine(type, Integer.parseInt(nums[0]), Integer.parseInt(nums[1]),
                    Integer.parseInt(nums[2]), Integer.parseInt(nums[3]), msg);
        }
    }

    static String errorLine(String type, int lineno, int offset, int endLineno, int endOffset, String msg) {
        return "E " + Json.quote(type) + " " + lineno + " " + offset + " " + endLineno + " " + endOffset + " "
                + Json.quote(msg);
    }

    // ---- the dump, as dump() in symtable_oracle.py --------------------------------------------

    static List<String> dump(Scope top) {
        List<String> out = new ArrayList<>();
        dump(top, 0, out);
        return out;
    }

    /** Python's str order: by code point. */
    static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private static String list(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(Json.quote(items.get(i)));
        }
        return b.append(']').toString();
    }

    private static int bit(boolean v) {
        return v ? 1 : 0;
    }

    private static void dump(Scope t, int depth, List<String> out) {
        out.add("S " + depth + " " + t.type().pythonName() + " " + Json.quote(t.name()) + " " + t.lineno() + " "
                + bit(t.isOptimized()) + " " + bit(t.isNested()) + " " + bit(t.hasChildren()));
        if (t.type() == ScopeType.FUNCTION) {
            List<String> frees = new ArrayList<>(t.frees());
            frees.sort(CODE_POINTS);
            out.add("L " + list(t.parameters()) + " " + list(t.locals()) + " " + list(t.globals()) + " "
                    + list(t.nonlocals()) + " " + list(frees));
        } else if (t.type() == ScopeType.CLASS) {
            out.add("M " + list(t.methods()));
        }
        List<Symbol> symbols = t.symbols();
        int pureFree = SymbolScope.FREE.code() << Symbol.SCOPE_OFFSET;
        int k = symbols.size();
        while (k > 0 && symbols.get(k - 1).flags() == pureFree) {
            k--;
        }
        List<Symbol> ordered = new ArrayList<>(symbols.subList(0, k));
        List<Symbol> tail = new ArrayList<>(symbols.subList(k, symbols.size()));
        tail.sort((x, y) -> CODE_POINTS.compare(x.name(), y.name()));
        ordered.addAll(tail);
        for (Symbol s : ordered) {
            StringBuilder a = new StringBuilder(11);
            for (boolean v : new boolean[] {s.isReferenced(), s.isImported(), s.isParameter(), s.isGlobal(),
                    s.isDeclaredGlobal(), s.isLocal(), s.isAnnotated(), s.isFree(), s.isAssigned(), s.isNonlocal(),
                    s.isNamespace()}) {
                a.append(v ? '1' : '0');
            }
            out.add("Y " + Json.quote(s.name()) + " " + s.flags() + " " + a);
        }
        for (Scope c : t.children()) {
            dump(c, depth + 1, out);
        }
    }

    // ---- the oracle ----------------------------------------------------------------------------

    /** Runs symtable_oracle.py once for the corpus (its output is cached under target/oracle/). */
    static Oracle.Data oracle() {
        String corpus = Oracle.corpusProperty();
        List<String> args = new ArrayList<>(List.of(Python.script("symtable_oracle.py").toString(),
                "--cache-root", Python.basedir().resolve("target/oracle").toString()));
        if (!corpus.isEmpty()) {
            args.add("--corpus");
            args.add(Paths.get(corpus).toAbsolutePath().toString());
        }
        long t0 = System.nanoTime();
        Python.Result r = Python.runChecked(args, null, 900);
        String[] lines = r.out().strip().split("\n");
        Path corpusDir = Paths.get(lines[lines.length - 2].strip());
        Path dir = Paths.get(lines[lines.length - 1].strip());
        List<String> files;
        try {
            files = Files.readAllLines(dir.resolve("files.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("symtable oracle: %d files of %s in %s (%.1f s)%n", files.size(), corpusDir, dir,
                (System.nanoTime() - t0) / 1e9);
        return new Oracle.Data(corpusDir, dir, List.copyOf(files), corpus.isEmpty());
    }

    @Test
    void symbolTablesMatchCPythonSymtable() {
        Oracle.Data oracle = oracle();
        ConformanceRun.Result r = ConformanceRun.run("symtable", oracle, "symtable.txt.gz",
                SymtableConformanceTest::check, Long.getLong("adder.conformance.timeout", 150));
        Baseline.checkFileCount("symtable", r.files(), oracle.defaultCorpus());
        assertTrue(r.unfinished().isEmpty(), "symtable: not finished in time: " + r.unfinished());
        Baseline.ratchet("symtable.failed.max", r.failed(), oracle.defaultCorpus(), r.report().toString());
    }
}
