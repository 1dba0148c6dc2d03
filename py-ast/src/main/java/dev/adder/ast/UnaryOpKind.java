// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL {@code unaryop = Invert | Not | UAdd | USub}.
 *
 * <p>CPython: {@code unaryop} in Parser/Python.asdl.
 */
public enum UnaryOpKind implements Node {
    /** {@code ast.Invert}. */
    Invert,
    /** {@code ast.Not}. */
    Not,
    /** {@code ast.UAdd}. */
    UAdd,
    /** {@code ast.USub}. */
    USub;

    @Override
    public String typeName() {
        return name();
    }

    @Override
    public java.util.List<String> fieldNames() {
        return java.util.List.of();
    }

    @Override
    public Object fieldValue(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitUnaryOpKind(this);
    }
}
