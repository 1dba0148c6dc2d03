// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL {@code operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv}.
 *
 * <p>CPython: {@code operator} in Parser/Python.asdl.
 */
public enum Operator implements Node {
    /** {@code ast.Add}. */
    Add,
    /** {@code ast.Sub}. */
    Sub,
    /** {@code ast.Mult}. */
    Mult,
    /** {@code ast.MatMult}. */
    MatMult,
    /** {@code ast.Div}. */
    Div,
    /** {@code ast.Mod}. */
    Mod,
    /** {@code ast.Pow}. */
    Pow,
    /** {@code ast.LShift}. */
    LShift,
    /** {@code ast.RShift}. */
    RShift,
    /** {@code ast.BitOr}. */
    BitOr,
    /** {@code ast.BitXor}. */
    BitXor,
    /** {@code ast.BitAnd}. */
    BitAnd,
    /** {@code ast.FloorDiv}. */
    FloorDiv;

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
        return visitor.visitOperator(this);
    }
}
