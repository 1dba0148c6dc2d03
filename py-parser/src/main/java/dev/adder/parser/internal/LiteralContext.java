package dev.adder.parser.internal;

import dev.adder.ast.Expr;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

/**
 * What the decoding of string and number literals needs from the parser that found them.
 *
 * <p>CPython: Parser/string_parser.c calls back into the parser to compile the expressions of
 * f-string replacement fields (fstring_compile_expr).
 */
public interface LiteralContext {

    /** The source being parsed (for positions and the text of error lines). */
    SourceText source();

    /**
     * Parses the text of one f-string replacement field, already wrapped in parentheses by the
     * caller, as CPython 3.11's fstring_compile_expr does: the text is tokenized and parsed with
     * the {@code fstring} start rule (star_expressions). Every token's line gets
     * {@code startingLineno} added to it, and the tokens that the tokenizer reads on the text's
     * first line also get {@code startingColOffset} (UTF-8 bytes) added to their columns, as
     * CPython's _PyPegen_fill_token does with starting_lineno and starting_col_offset.
     *
     * @throws PythonSyntaxError as CPython reports a bad replacement field
     */
    Expr parseFStringExpression(String wrappedText, int startingLineno, int startingColOffset);

    /**
     * A SyntaxError located at 1-based line {@code lineno} and 0-based UTF-8 byte columns, which
     * this context converts to CPython's 1-based code-point offsets and fills with the line text.
     */
    PythonSyntaxError syntaxError(String msg, int lineno, int colOffset, int endLineno, int endColOffset);
}
