package dev.adder.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Verifier;
import dev.adder.compiler.CompileOptions;
import dev.adder.compiler.Compilers;
import dev.adder.compiler.SyntaxWarningHandler;
import dev.adder.parser.Mode;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's SyntaxErrors (and SyntaxWarnings raised as errors) against CPython 3.11's
 * {@code compile()}: message, line, offset, end line and end offset, as recorded in
 * errors-expected.txt by {@code python3 make_errors.py errors-cases.txt}. Sources that compile
 * must pass the Verifier.
 */
class CompilerErrorsTest {

    @TestFactory
    List<DynamicTest> errorsMatchCPython311() throws IOException {
        List<Cases.Case> cases = Cases.parse(Cases.resource("errors-cases.txt"));
        Map<String, String> expected = new HashMap<>();
        for (String line : Cases.resource("errors-expected.txt").split("\n")) {
            int tab = line.indexOf('\t');
            expected.put(line.substring(0, tab), line.substring(tab + 1));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Cases.Case c : cases) {
            String name = c.name().split(" ")[0];
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String want = expected.get(name);
                assertNotNull(want, "no expectation for " + name);
                CompileOptions options = CompileOptions.of("<case>", Mode.EXEC)
                        .withFlags(Integer.decode(c.option("flags", "0")))
                        .withDontInherit(true)
                        .withWarnings(SyntaxWarningHandler.ERROR);
                String got;
                try {
                    CodeUnit co = Compilers.compile(SourceText.of("<case>", c.source()), options);
                    Verifier.verify(co);
                    got = "OK";
                } catch (PythonSyntaxError e) {
                    got = e.msg() + "\t" + e.lineno() + "\t" + e.offset() + "\t" + e.endLineno() + "\t" + e.endOffset();
                }
                assertEquals(want, got);
            }));
        }
        return tests;
    }
}
