package dev.adder.lexer;

/**
 * One token, as the {@code tokenize} module reports it: kind, text, and start and end positions.
 * Lines are 1-based; columns are 0-based and count code points within the line, as in
 * {@code tokenize}. {@link dev.adder.source.SourceText#byteColumn} converts a column to the UTF-8
 * byte offset that CPython's AST uses.
 */
public record Token(TokenKind kind, String string, int startLine, int startCol, int endLine, int endCol) {

    /** The {@code tokenize} module's type name: exact operator types become {@code OP}. */
    public String typeName() {
        return kind.isOperator() ? "OP" : kind.name();
    }

    @Override
    public String toString() {
        return startLine + "," + startCol + "-" + endLine + "," + endCol + ":\t" + kind + "\t" + string;
    }
}
