package dev.adder.it;

import dev.adder.ast.AstDump;
import dev.adder.ast.Mod;
import dev.adder.parser.Mode;
import dev.adder.parser.Parser;
import dev.adder.parser.ParserMemoryError;
import dev.adder.source.PythonSyntaxError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code AstDump.dump(Parser.parse(bytes, name, Mode.EXEC), true, null)} against
 * {@code ast.dump(ast.parse(bytes, name), include_attributes=True)} over every file of the corpus
 * (python3's Lib unless -Dadder.corpus=DIR); where CPython rejects a file, Adder must raise the
 * same exception type with the same message and line (CPython's MemoryError for sources nested
 * too deeply is Adder's {@link ParserMemoryError}). Writes target/conformance/ast.txt; the
 * failures may not exceed {@code ast.failed.max}.
 */
class AstConformanceTest {

    static String check(String rel, byte[] source, List<String> expected) {
        if (expected.size() != 1) {
            throw new IllegalStateException("ast.txt: " + expected.size() + " records for " + rel);
        }
        String want = expected.get(0);
        Mod tree;
        try {
            tree = Parser.parse(source, rel, Mode.EXEC);
        } catch (ParserMemoryError e) {
            // CPython's MemoryError for sources nested too deeply
            if (want.startsWith("S ") && ErrorRecord.parse(want).type().equals("MemoryError")) {
                return null;
            }
            return "Adder raises MemoryError (nested too deeply), CPython "
                    + (want.startsWith("A ") ? "accepts the file" : "raises " + ErrorRecord.parse(want).type());
        } catch (PythonSyntaxError e) {
            if (want.startsWith("A ")) {
                return "CPython accepts the file, Adder raises " + e.kind().pythonName() + ": " + e.msg()
                        + " (line " + e.lineno() + ", offset " + e.offset() + ")";
            }
            ErrorRecord err = ErrorRecord.parse(want);
            String got = e.kind().pythonName() + ": " + e.msg() + " (line " + e.lineno() + ")";
            String exp = err.type() + ": " + err.msg() + " (line " + err.line() + ")";
            return exp.equals(got) ? null : "expected " + exp + " but got " + got;
        }
        if (!want.startsWith("A ")) {
            ErrorRecord err = ErrorRecord.parse(want);
            return "CPython raises " + err.type() + ": " + err.msg() + " (line " + err.line() + "), Adder accepts the file";
        }
        String dump = AstDump.dump(tree, true, (Integer) null);
        return difference(want.substring(2), dump);
    }

    /** Where two dumps first differ, with the source line of the node there; null if equal. */
    static String difference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        int n = Math.min(expected.length(), actual.length());
        int k = 0;
        while (k < n && expected.charAt(k) == actual.charAt(k)) {
            k++;
        }
        int from = Math.max(0, k - 60);
        String near = "";
        int at = expected.lastIndexOf("lineno=", k);
        if (at >= 0) {
            int e = at + 7;
            while (e < expected.length() && Character.isDigit(expected.charAt(e))) {
                e++;
            }
            near = " near line " + expected.substring(at + 7, e);
        }
        return "dumps differ at char " + k + near + ": expected ..." + expected.substring(from, Math.min(expected.length(), k + 60))
                + "... but got ..." + actual.substring(Math.min(from, actual.length()), Math.min(actual.length(), k + 60)) + "...";
    }

    @Test
    void astMatchesCPythonAstParse() {
        Oracle.Data oracle = Oracle.get();
        ConformanceRun.Result r = ConformanceRun.run("ast", oracle, "ast.txt.gz",
                AstConformanceTest::check, Long.getLong("adder.conformance.timeout", 300));
        Baseline.checkFileCount("ast", r.files(), oracle.defaultCorpus());
        assertTrue(r.unfinished().isEmpty(), "ast: not finished in time: " + r.unfinished());
        Baseline.ratchet("ast.failed.max", r.failed(), oracle.defaultCorpus(), r.report().toString());
    }
}
