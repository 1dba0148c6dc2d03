package dev.adder.parser;

import dev.adder.ast.Mod;
import dev.adder.parser.internal.PythonParser;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

/**
 * Parses Python 3.11 source into an AST, as CPython's parser does: the same nodes, fields and
 * positions ({@code ast.parse}), and the same syntax errors (type, message, line, offset, end
 * line, end offset and text) as {@code compile()} raises before its compiler runs.
 *
 * <p>The parser is a PEG parser that follows CPython's grammar rule by rule: a first pass
 * without the rules that only detect errors, then, if it fails, a second pass with them to find
 * the specific message ("expected ':'", "invalid syntax. Perhaps you forgot a comma?", ...),
 * else "invalid syntax" at the furthest token the first pass reached; errors of the tokenizer
 * (also those further on in the source) take priority as in CPython.
 *
 * <p>Deeply nested sources recurse deeply in the parser. A parse that overflows the calling
 * thread's Java stack is run again on a thread of its own with a large stack (256 MB), so
 * callers need no large stack; the nesting limit of CPython (MAXSTACK) still applies and is
 * reported as {@link ParserMemoryError}. Type comments are not parsed (as in CPython without
 * {@code PyCF_TYPE_COMMENTS}).
 *
 * <p>CPython: Parser/peg_api.c ({@code _PyParser_ASTFromString}), Parser/pegen.c.
 */
public final class Parser {

    /** The stack size of the thread that parses deeply nested sources. */
    private static final long BIG_STACK = 256L << 20;

    private Parser() {
    }

    /**
     * Parses source bytes: decoded first as CPython decodes source files (UTF-8 byte order mark,
     * PEP 263 coding declaration, else UTF-8). As in CPython, the column offsets of the syntax
     * errors of a source with neither a BOM nor a coding declaration count UTF-8 bytes.
     *
     * @param source the bytes of the source
     * @param filename the file name for errors, e.g. {@code "<unknown>"}
     * @param mode what the source is parsed as
     * @return the AST ({@code Module}, {@code Expression}, {@code Interactive} or
     *     {@code FunctionType})
     * @throws PythonSyntaxError for bad input (SyntaxError, IndentationError or TabError)
     * @throws ParserMemoryError for input nested too deeply (CPython's MemoryError)
     */
    public static Mod parse(byte[] source, String filename, Mode mode) {
        return parse(SourceText.decode(filename, source), mode);
    }

    /**
     * Parses source text, as {@code compile()} parses a {@code str}.
     *
     * @param source the source text
     * @param filename the file name for errors
     * @param mode what the source is parsed as
     * @return the AST
     * @throws PythonSyntaxError for bad input
     * @throws ParserMemoryError for input nested too deeply
     */
    public static Mod parse(String source, String filename, Mode mode) {
        return parse(SourceText.of(filename, source), mode);
    }

    /**
     * Parses a decoded source.
     *
     * @param source the source
     * @param mode what the source is parsed as
     * @return the AST
     * @throws PythonSyntaxError for bad input
     * @throws ParserMemoryError for input nested too deeply
     */
    public static Mod parse(SourceText source, Mode mode) {
        int rule = startRule(mode);
        try {
            return run(source, rule);
        } catch (StackOverflowError e) {
            return parseOnBigStack(source, rule);
        }
    }

    private static int startRule(Mode mode) {
        switch (mode) {
            case EVAL:
                return PythonParser.EVAL;
            case SINGLE:
                return PythonParser.SINGLE;
            case FUNC_TYPE:
                return PythonParser.FUNC_TYPE;
            default:
                return PythonParser.EXEC;
        }
    }

    private static Mod run(SourceText source, int rule) {
        try {
            return PythonParser.parse(source, rule);
        } catch (PythonParser.StackLimit e) {
            throw new ParserMemoryError();
        }
    }

    private static Mod parseOnBigStack(SourceText source, int rule) {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = run(source, rule);
            } catch (RuntimeException | StackOverflowError e) {
                result[0] = e;
            }
        }, "adder-parser", BIG_STACK);
        t.start();
        boolean interrupted = false;
        for (;;) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Object r = result[0];
        if (r instanceof RuntimeException e) {
            throw e;
        }
        if (r instanceof StackOverflowError) {
            throw new ParserMemoryError();
        }
        return (Mod) r;
    }
}
