package dev.adder.parser.internal;

import dev.adder.ast.Expr;
import dev.adder.ast.Position;
import dev.adder.lexer.Token;
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

    /**
     * A SyntaxError located as CPython's {@code RAISE_SYNTAX_ERROR} locates the errors found while
     * the STRING tokens of an atom are decoded (bad escapes, mixed bytes and str, malformed
     * f-strings): at the last token the parser has fetched ({@code p->tokens[p->fill - 1]}),
     * which is the token after the atom's last STRING token, the one that ended
     * {@code STRING+}. Its columns become offsets as for any token: {@code col_offset + 1} to
     * {@code end_col_offset + 1}.
     *
     * <p>The default implementation does not see that token: it places the error just after
     * {@code lastString}, which is right whenever the next token starts there (a NEWLINE or a
     * closing bracket right after the string). A parser overrides it with the token it holds.
     *
     * @param lastString the atom's last STRING token
     * @param msg the message
     */
    default PythonSyntaxError syntaxErrorAfterStrings(Token lastString, String msg) {
        Position p = span(lastString, lastString);
        return syntaxError(msg, p.endLineno(), p.endColOffset(), p.endLineno(), p.endColOffset());
    }

    /**
     * Where the parser places the span from the start of token {@code first} to the end of token
     * {@code last}: the lines and UTF-8 byte columns that CPython's Token structs hold (with the
     * code-point columns beside them). Literal decoding uses it for the positions of the nodes it
     * makes and for {@code t->lineno} and {@code t->col_offset} in the placing of f-string
     * expressions.
     *
     * <p>The default reads the tokens' own lines and columns in {@link #source()}; a parser whose
     * tokens are not where they lie in that source (the sub-parser of an f-string expression,
     * whose tokens CPython shifts by starting_lineno and starting_col_offset) overrides it.
     */
    default Position span(Token first, Token last) {
        SourceText src = source();
        return new Position(first.startLine(), src.byteColumn(first.startLine(), first.startCol()),
                last.endLine(), src.byteColumn(last.endLine(), last.endCol()), first.startCol(), last.endCol());
    }
}
