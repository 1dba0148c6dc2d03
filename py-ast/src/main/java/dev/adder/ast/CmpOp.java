// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL {@code cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn}.
 *
 * <p>CPython: {@code cmpop} in Parser/Python.asdl.
 */
public enum CmpOp implements Node {
    /** {@code ast.Eq}. */
    Eq,
    /** {@code ast.NotEq}. */
    NotEq,
    /** {@code ast.Lt}. */
    Lt,
    /** {@code ast.LtE}. */
    LtE,
    /** {@code ast.Gt}. */
    Gt,
    /** {@code ast.GtE}. */
    GtE,
    /** {@code ast.Is}. */
    Is,
    /** {@code ast.IsNot}. */
    IsNot,
    /** {@code ast.In}. */
    In,
    /** {@code ast.NotIn}. */
    NotIn;

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
        return visitor.visitCmpOp(this);
    }
}
