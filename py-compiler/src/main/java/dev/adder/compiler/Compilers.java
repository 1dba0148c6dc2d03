package dev.adder.compiler;

import dev.adder.ast.Mod;
import dev.adder.bytecode.CodeUnit;
import dev.adder.parser.Mode;
import dev.adder.parser.Parser;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

/**
 * Python's {@code compile()} on source text: parses, then compiles with {@link Compiler}.
 * {@code PyCF_ONLY_AST} is the caller's to honour (compile() then returns the parser's tree);
 * these methods always make code.
 *
 * <pre>{@code
 * CodeUnit co = Compilers.compile("print(f(1))\n", "<string>", "exec");
 * }</pre>
 *
 * <p>CPython: {@code builtin_compile_impl} (Python/bltinmodule.c) and
 * {@code Py_CompileStringObject} (Python/pythonrun.c).
 */
public final class Compilers {
    private Compilers() {
    }

    /** {@code compile(source, filename, mode)}. */
    public static CodeUnit compile(String source, String filename, String mode) {
        return compile(source, filename, mode, 0, false, -1);
    }

    /**
     * {@code compile(source, filename, mode, flags, dont_inherit, optimize)} for a str source.
     *
     * @throws dev.adder.source.PythonSyntaxError from the parser or the compiler
     * @throws CompileArgumentError (ValueError) for a bad mode, flags or optimize value
     * @throws dev.adder.source.PythonSyntaxError also for a source with null characters (without
     *     a location, as CPython 3.11 raises it)
     * @throws CompilerRecursionError if the source is nested too deeply
     */
    public static CodeUnit compile(String source, String filename, String mode, int flags, boolean dontInherit,
            int optimize) {
        CompileOptions options = new CompileOptions(filename, mode(mode), flags, dontInherit, optimize, 0, 0, null);
        if (source.indexOf('\0') >= 0) {
            throw nullBytes();
        }
        return compile(SourceText.of(filename, source), options);
    }

    /** {@code compile(source, ...)} for a bytes source, decoded as CPython decodes a file (BOM, coding cookie). */
    public static CodeUnit compile(byte[] source, String filename, String mode, int flags, boolean dontInherit,
            int optimize) {
        CompileOptions options = new CompileOptions(filename, mode(mode), flags, dontInherit, optimize, 0, 0, null);
        for (byte b : source) {
            if (b == 0) {
                throw nullBytes();
            }
        }
        return compile(SourceText.decode(filename, source), options);
    }

    private static PythonSyntaxError nullBytes() {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                "source code string cannot contain null bytes", null, 0, 0, 0, 0, null);
    }

    /** Parses {@code source} in {@code options.mode()} and compiles it. */
    public static CodeUnit compile(SourceText source, CompileOptions options) {
        Mod mod = Parser.parse(source, options.mode());
        return Compiler.compile(mod, source, options);
    }

    /**
     * The parser mode for {@code compile()}'s mode argument ({@code func_type} is only for
     * {@code PyCF_ONLY_AST}, which gives an AST rather than code: options with it are refused).
     */
    public static Mode mode(String mode) {
        return switch (mode) {
            case "exec" -> Mode.EXEC;
            case "eval" -> Mode.EVAL;
            case "single" -> Mode.SINGLE;
            case "func_type" -> Mode.FUNC_TYPE;
            default -> throw new CompileArgumentError("ValueError",
                    "compile() mode must be 'exec', 'eval' or 'single'");
        };
    }
}
