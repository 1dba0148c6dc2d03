// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * A node with a source position: the ASDL attributes {@code lineno, col_offset, end_lineno,
 * end_col_offset}, kept in one {@link Position}.
 *
 * <p>CPython: the {@code attributes (...)} of stmt, expr, excepthandler, arg, keyword, alias
 * and pattern in Parser/Python.asdl.
 */
public sealed interface Located extends Node permits Stmt, Expr, ExceptHandler, Arg, Keyword, Alias, Pattern {

    /** The attribute names of every located node. */
    java.util.List<String> ATTRIBUTES = java.util.List.of("lineno", "col_offset", "end_lineno", "end_col_offset");

    /** The node's source position. */
    Position pos();

    /** First line, 1-based ({@code lineno}). */
    default int lineno() {
        return pos().lineno();
    }

    /** Start column as a UTF-8 byte offset ({@code col_offset}). */
    default int colOffset() {
        return pos().colOffset();
    }

    /** Last line, 1-based ({@code end_lineno}). */
    default int endLineno() {
        return pos().endLineno();
    }

    /** End column (exclusive) as a UTF-8 byte offset ({@code end_col_offset}). */
    default int endColOffset() {
        return pos().endColOffset();
    }

    /** Start column in code points. */
    default int col() {
        return pos().col();
    }

    /** End column (exclusive) in code points. */
    default int endCol() {
        return pos().endCol();
    }

    @Override
    default java.util.List<String> attributeNames() {
        return ATTRIBUTES;
    }

    @Override
    default Object attributeValue(int index) {
        Position p = pos();
        switch (index) {
            case 0: return p.lineno();
            case 1: return p.colOffset();
            case 2: return p.endLineno();
            case 3: return p.endColOffset();
            default: throw new IndexOutOfBoundsException(index);
        }
    }
}
