package dev.adder.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adder.ast.Mod;
import dev.adder.bytecode.CodeFlags;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Verifier;
import dev.adder.compiler.CompileArgumentError;
import dev.adder.compiler.CompileOptions;
import dev.adder.compiler.CompilerFlags;
import dev.adder.compiler.CompilerRecursionError;
import dev.adder.compiler.Compilers;
import dev.adder.parser.Mode;
import dev.adder.parser.Parser;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * The public API: {@code compile()}'s argument checks with CPython 3.11's messages (as
 * {@code python3 -c "compile('x', '', 'bad')"} etc. print them), modes, flags, warnings and the
 * recursion limit.
 */
class CompilerApiTest {

    @Test
    void badArgumentsRaiseCPythonsErrors() {
        CompileArgumentError e = assertThrows(CompileArgumentError.class, () -> Compilers.compile("x", "", "bad"));
        assertEquals("ValueError", e.pythonType());
        assertEquals("compile() mode must be 'exec', 'eval' or 'single'", e.getMessage());
        e = assertThrows(CompileArgumentError.class, () -> Compilers.compile("x", "", "exec", 0x8, false, -1));
        assertEquals("compile(): unrecognised flags", e.getMessage());
        e = assertThrows(CompileArgumentError.class, () -> Compilers.compile("x", "", "exec", 0, false, 3));
        assertEquals("compile(): invalid optimize value", e.getMessage());
        PythonSyntaxError s = assertThrows(PythonSyntaxError.class, () -> Compilers.compile("a\0", "<s>", "exec"));
        assertEquals("source code string cannot contain null bytes", s.msg());
        assertNull(s.text());
    }

    @Test
    void nodeMustFitTheMode() {
        Mod expr = Parser.parse(SourceText.of("<s>", "1"), Mode.EVAL);
        CompileArgumentError e = assertThrows(CompileArgumentError.class,
                () -> dev.adder.compiler.Compiler.compile(expr, CompileOptions.of("<s>", Mode.EXEC)));
        assertEquals("TypeError", e.pythonType());
        assertEquals("expected Module node, got Expression", e.getMessage());
    }

    @Test
    void evalAndSingleModes() {
        CodeUnit co = Compilers.compile("1 + 2", "<s>", "eval");
        Verifier.verify(co);
        // python3.10: LOAD_CONST 0 (3), RETURN_VALUE
        assertArrayEquals(new byte[] {100, 0, 83, 0}, co.co_code());
        co = Compilers.compile("x\n", "<s>", "single");
        Verifier.verify(co);
        // python3.10: LOAD_NAME 0 (x), PRINT_EXPR, LOAD_CONST 0 (None), RETURN_VALUE
        assertArrayEquals(new byte[] {101, 0, 70, 0, 100, 0, 83, 0}, co.co_code());
    }

    @Test
    void futureFlagsAreInheritedByEveryCodeObject() {
        CodeUnit co = Compilers.compile("def f(x: int): pass", "<s>", "exec",
                CompilerFlags.CO_FUTURE_ANNOTATIONS, true, -1);
        Verifier.verify(co);
        assertEquals(CodeFlags.CO_FUTURE_ANNOTATIONS, co.co_flags() & CodeFlags.CO_FUTURE_ANNOTATIONS);
        CodeUnit f = SeedAcceptanceTest.codeConstants(co).get(0);
        assertEquals(CodeFlags.CO_FUTURE_ANNOTATIONS, f.co_flags() & CodeFlags.CO_FUTURE_ANNOTATIONS);
        // the annotation is the string 'int'
        assertEquals(new dev.adder.bytecode.Constant.Str("int"), co.co_consts().get(1));
        CodeUnit inherited = dev.adder.compiler.Compiler.compile(Parser.parse(SourceText.of("<s>", "x"), Mode.EXEC),
                CompileOptions.of("<s>", Mode.EXEC).withCaller(CompilerFlags.CO_FUTURE_ANNOTATIONS, 0));
        assertEquals(CodeFlags.CO_FUTURE_ANNOTATIONS, inherited.co_flags() & CodeFlags.CO_FUTURE_ANNOTATIONS);
        CodeUnit notInherited = dev.adder.compiler.Compiler.compile(
                Parser.parse(SourceText.of("<s>", "x"), Mode.EXEC),
                CompileOptions.of("<s>", Mode.EXEC).withCaller(CompilerFlags.CO_FUTURE_ANNOTATIONS, 0)
                        .withDontInherit(true));
        assertEquals(0, notInherited.co_flags() & CodeFlags.CO_FUTURE_ANNOTATIONS);
    }

    @Test
    void optimizeMinusOneMeansTheInterpretersLevel() {
        SourceText src = SourceText.of("<s>", "assert x");
        CodeUnit asserts = Compilers.compile(src, CompileOptions.of("<s>", Mode.EXEC));
        CodeUnit none = Compilers.compile(src, CompileOptions.of("<s>", Mode.EXEC).withCaller(0, 1));
        // python3.10: LOAD_NAME x, POP_JUMP_IF_TRUE 4, LOAD_ASSERTION_ERROR, RAISE_VARARGS 1,
        // LOAD_CONST None, RETURN_VALUE; with -O only the last two
        assertArrayEquals(new byte[] {101, 0, 115, 4, 74, 0, (byte) 130, 1, 100, 0, 83, 0}, asserts.co_code());
        assertArrayEquals(new byte[] {100, 0, 83, 0}, none.co_code());
    }

    @Test
    void warningsReachTheHandler() {
        List<String> seen = new ArrayList<>();
        CodeUnit co = Compilers.compile(SourceText.of("<s>", "x = 1\nif x is 1: pass\n"),
                CompileOptions.of("<s>", Mode.EXEC).withWarnings((msg, file, line) -> {
                    seen.add(file + ":" + line + ": " + msg);
                    return true;
                }));
        Verifier.verify(co);
        // python3 -c "compile('x = 1\nif x is 1: pass\n', '<s>', 'exec')" warns:
        // <s>:2: SyntaxWarning: "is" with a literal. Did you mean "=="?
        assertEquals(List.of("<s>:2: \"is\" with a literal. Did you mean \"==\"?"), seen);
    }

    @Test
    void tooDeepIsARecursionError() {
        // python3: compile('x' + '+x' * 100000, '', 'eval') raises
        // RecursionError: maximum recursion depth exceeded during compilation
        CompilerRecursionError e = assertThrows(CompilerRecursionError.class,
                () -> Compilers.compile("x" + "+x".repeat(100000), "", "eval"));
        assertEquals("maximum recursion depth exceeded during compilation", e.getMessage());
        assertEquals("RecursionError", e.pythonType());
    }
}
