// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL {@code expr_context = Load | Store | Del}.
 *
 * <p>CPython: {@code expr_context} in Parser/Python.asdl.
 */
public enum ExprContext implements Node {
    /** {@code ast.Load}. */
    Load,
    /** {@code ast.Store}. */
    Store,
    /** {@code ast.Del}. */
    Del;

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
        return visitor.visitExprContext(this);
    }
}
