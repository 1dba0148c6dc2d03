package dev.adder.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Verifier;
import dev.adder.compiler.Compilers;
import dev.adder.source.PythonSyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every case of codegen-cases.txt against CPython 3.10's code objects recorded in
 * codegen-expected.txt (by {@code python3.10 make_expected.py codegen-cases.txt}): the same
 * {@code co_code}, constants, names, variables, counts, flags, stack size, first line and line
 * ranges, for every code object; and the Verifier accepts every code object.
 */
class CodegenOracleTest {

    static CodeUnit compile(Cases.Case c) {
        return Compilers.compile(c.source(), "<case>", c.option("mode", "exec"),
                Integer.decode(c.option("flags", "0")), true, Integer.parseInt(c.option("optimize", "0")));
    }

    @TestFactory
    List<DynamicTest> casesMatchCPython310() throws IOException {
        List<Cases.Case> cases = Cases.parse(Cases.resource("codegen-cases.txt"));
        Map<String, List<String>> expected = Cases.blocks(Cases.resource("codegen-expected.txt"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Cases.Case c : cases) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                List<String> want = expected.get(c.name());
                assertNotNull(want, "no expectation for " + c.name());
                List<String> got;
                try {
                    CodeUnit co = compile(c);
                    Verifier.verify(co);
                    got = CodeDump.dump(co);
                } catch (PythonSyntaxError e) {
                    got = List.of("ERROR SyntaxError: " + e.msg());
                }
                assertEquals(String.join("\n", want), String.join("\n", got));
            }));
        }
        return tests;
    }
}
