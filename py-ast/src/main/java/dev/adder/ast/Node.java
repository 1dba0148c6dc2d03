// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * The root of Adder's abstract syntax tree: every node type implements this interface.
 *
 * <p>CPython: the {@code ast.AST} base class (Python/Python-ast.c). Besides double dispatch
 * through {@link AstVisitor}, each node describes itself as the {@code ast} module does:
 * its class name, its ASDL fields ({@code _fields}) and attributes ({@code _attributes}).
 */
public sealed interface Node permits Located, Mod, ExprContext, BoolOpKind, Operator, UnaryOpKind, CmpOp, Comprehension, Arguments, WithItem, MatchCase, TypeIgnore {

    /** The node's Python class name in the {@code ast} module, e.g. {@code "BinOp"}. */
    String typeName();

    /** The ASDL field names in order, as {@code ast.X._fields}. */
    java.util.List<String> fieldNames();

    /**
     * The value of field {@code index} of {@link #fieldNames()}: a {@link Node}, a
     * {@code java.util.List} of nodes, strings or integers, a {@code String}, an
     * {@code Integer}, a {@link ConstantValue}, or null for an absent optional field.
     *
     * @throws IndexOutOfBoundsException if there is no such field
     */
    Object fieldValue(int index);

    /** The attribute names, as {@code ast.X._attributes}: positions for located nodes. */
    default java.util.List<String> attributeNames() {
        return java.util.List.of();
    }

    /**
     * The value of attribute {@code index} of {@link #attributeNames()}.
     *
     * @throws IndexOutOfBoundsException if there is no such attribute
     */
    default Object attributeValue(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    /** Calls the visitor's method for this node's concrete type. */
    <R> R accept(AstVisitor<R> visitor);
}
