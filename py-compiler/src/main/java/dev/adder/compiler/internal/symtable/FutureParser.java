package dev.adder.compiler.internal.symtable;

import dev.adder.ast.Alias;
import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Stmt;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Finds the {@code from __future__ import ...} statements at the top of a module and the
 * features they turn on, raising the SyntaxErrors CPython raises for unknown features,
 * {@code braces}, and a future import after another statement on the same line.
 *
 * <p>CPython: Python/future.c ({@code _PyFuture_FromAST}), 3.11. A future import later in the
 * file is an error of the code generator, not of this pass.
 */
public final class FutureParser {

    /** CPython: {@code CO_FUTURE_BARRY_AS_BDFL}. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    /** CPython: {@code CO_FUTURE_ANNOTATIONS}. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    static final String ERR_LATE_FUTURE = "from __future__ imports must occur at the beginning of the file";

    /** The features and the line of the last future statement (0 if none). */
    public record Result(int flags, int lineno) {}

    private FutureParser() {
    }

    /**
     * The future features of {@code mod}.
     *
     * @throws PythonSyntaxError as CPython's future.c raises it
     */
    public static Result parse(Mod mod, String filename, SourceText source) {
        List<Stmt> body;
        if (mod instanceof Mod.Module m) {
            body = m.body();
        } else if (mod instanceof Mod.Interactive m) {
            body = m.body();
        } else {
            return new Result(0, 0);
        }
        int flags = 0;
        int lineno = 0;
        boolean done = false;
        int prevLine = 0;
        int i = docstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno() > prevLine) {
                break;
            }
            prevLine = s.lineno();
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                if (done) {
                    // only reachable for statements joined by semicolons; note CPython's 0-based offset
                    throw error(ERR_LATE_FUTURE, filename, source, s.lineno(), s.colOffset());
                }
                flags = checkFeatures(flags, f, filename, source);
                lineno = s.lineno();
            } else {
                done = true;
            }
        }
        return new Result(flags, lineno);
    }

    private static int checkFeatures(int flags, Stmt.ImportFrom s, String filename, SourceText source) {
        for (Alias a : s.names()) {
            switch (a.name()) {
                case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                        "print_function", "unicode_literals", "generator_stop" -> {
                }
                case "barry_as_FLUFL" -> flags |= CO_FUTURE_BARRY_AS_BDFL;
                case "annotations" -> flags |= CO_FUTURE_ANNOTATIONS;
                case "braces" -> throw error("not a chance", filename, source, s.lineno(), s.colOffset() + 1);
                default -> throw error("future feature " + truncate100(a.name()) + " is not defined", filename,
                        source, s.lineno(), s.colOffset() + 1);
            }
        }
        return flags;
    }

    /** Whether the first statement is a docstring. CPython: {@code _PyAST_GetDocString}. */
    static boolean docstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.StrValue;
    }

    /** CPython formats the feature with {@code %.100s}: at most 100 UTF-8 bytes. */
    private static String truncate100(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= 100) {
            return s;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b, 0, 100)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    /** CPython: {@code PyErr_SyntaxLocationObject}: no end offset. */
    private static PythonSyntaxError error(String msg, String filename, SourceText source, int lineno, int offset) {
        String text = null;
        if (source != null && lineno >= 1 && lineno <= source.lineCount()) {
            text = source.line(lineno);
        }
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineno, offset, lineno, 0,
                text);
    }
}
