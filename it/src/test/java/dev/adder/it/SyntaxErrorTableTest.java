package dev.adder.it;

import dev.adder.parser.Mode;
import dev.adder.parser.Parser;
import dev.adder.parser.ParserMemoryError;
import dev.adder.source.PythonSyntaxError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every program of syntax-errors.txt through Adder's parser, against the SyntaxError that
 * CPython's parser raises for it (asked of python3 once for all entries, by compile_errors.py):
 * same type, msg, lineno, offset, end_lineno and end_offset. Writes
 * target/conformance/syntax-errors.txt; the mismatches may not exceed
 * {@code syntaxerrors.failed.max}.
 */
class SyntaxErrorTableTest {

    /** CPython's exception for each entry, in order ('S ...' lines of compile_errors.py). */
    static List<ErrorRecord> cpython(List<SyntaxErrorTable.Entry> entries) {
        StringBuilder in = new StringBuilder();
        HexFormat hex = HexFormat.of();
        for (SyntaxErrorTable.Entry e : entries) {
            in.append(hex.formatHex(e.source())).append('\n');
        }
        Python.Result r = Python.runChecked(List.of(Python.script("compile_errors.py").toString()),
                in.toString().getBytes(StandardCharsets.US_ASCII), 120);
        String[] lines = r.out().split("\n");
        assertEquals(entries.size(), lines.length, "compile_errors.py answered " + lines.length + " of " + entries.size());
        List<ErrorRecord> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("OK")) {
                fail("syntax-errors.txt: CPython's parser accepts entry " + entries.get(i).name()
                        + " (line " + entries.get(i).line() + "): it does not belong in the table");
            }
            out.add(ErrorRecord.parse(lines[i]));
        }
        return out;
    }

    /** An error as compared: type, msg and the four positions (None is 0, as in PythonSyntaxError). */
    static String describe(String type, String msg, List<String> positions) {
        return type + ": " + msg + " " + String.join(",", positions);
    }

    static String expected(ErrorRecord r) {
        List<String> p = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String v = r.position(i);
            p.add(v.equals("-") ? "0" : v);
        }
        return describe(r.type(), r.msg(), p);
    }

    static String actual(SyntaxErrorTable.Entry entry) {
        try {
            Parser.parse(entry.source(), "<test>", Mode.EXEC);
            return "(accepted)";
        } catch (PythonSyntaxError e) {
            return describe(e.kind().pythonName(), e.msg(), List.of(String.valueOf(e.lineno()),
                    String.valueOf(e.offset()), String.valueOf(e.endLineno()), String.valueOf(e.endOffset())));
        } catch (ParserMemoryError e) {
            return describe("MemoryError", "", List.of("0", "0", "0", "0"));
        } catch (Throwable t) {
            return ConformanceRun.describe(t);
        }
    }

    @Test
    void syntaxErrorsMatchCPython() throws Exception {
        List<SyntaxErrorTable.Entry> entries = SyntaxErrorTable.load();
        assertTrue(entries.size() >= 150, "syntax-errors.txt has only " + entries.size() + " entries");
        List<ErrorRecord> want = cpython(entries);
        List<String> report = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "syntax-errors");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < entries.size(); i++) {
                SyntaxErrorTable.Entry entry = entries.get(i);
                String exp = expected(want.get(i));
                Future<String> f = one.submit(() -> actual(entry));
                String got;
                try {
                    got = f.get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    fail("syntax-errors.txt: Adder's parser did not finish entry " + entry.name() + " in 10 s");
                    return;
                }
                if (exp.equals(got)) {
                    passed++;
                } else {
                    failed++;
                    report.add(entry.name() + ": expected " + exp + " but got " + ConformanceRun.oneLine(got));
                }
            }
        } finally {
            one.shutdownNow();
        }
        report.add(passed + " passed, " + failed + " failed");
        Path out = Python.basedir().resolve("target/conformance/syntax-errors.txt");
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("syntax-errors: " + passed + " passed, " + failed + " failed of " + entries.size() + "; report " + out);
        Baseline.ratchet("syntaxerrors.failed.max", failed, true, out.toString());
    }
}
