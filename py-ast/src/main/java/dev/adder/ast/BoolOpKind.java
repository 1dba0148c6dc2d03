// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL {@code boolop = And | Or}.
 *
 * <p>CPython: {@code boolop} in Parser/Python.asdl.
 */
public enum BoolOpKind implements Node {
    /** {@code ast.And}. */
    And,
    /** {@code ast.Or}. */
    Or;

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
        return visitor.visitBoolOpKind(this);
    }
}
