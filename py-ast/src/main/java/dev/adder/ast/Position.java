package dev.adder.ast;

/**
 * The source extent of a located node.
 *
 * <p>CPython: the {@code lineno, col_offset, end_lineno, end_col_offset} attributes of
 * Parser/Python.asdl. Lines are 1-based; {@code colOffset} and {@code endColOffset} are UTF-8
 * byte offsets into their lines as CPython's AST has them, and {@code col} and {@code endCol}
 * are the same columns counted in code points. End columns are exclusive.
 *
 * @param lineno first line, 1-based
 * @param colOffset start column, UTF-8 byte offset
 * @param endLineno last line, 1-based
 * @param endColOffset end column (exclusive), UTF-8 byte offset
 * @param col start column in code points
 * @param endCol end column (exclusive) in code points
 */
public record Position(int lineno, int colOffset, int endLineno, int endColOffset, int col, int endCol) {

    /** A position on ASCII text, where byte offsets and code-point columns agree. */
    public static Position of(int lineno, int colOffset, int endLineno, int endColOffset) {
        return new Position(lineno, colOffset, endLineno, endColOffset, colOffset, endColOffset);
    }
}
