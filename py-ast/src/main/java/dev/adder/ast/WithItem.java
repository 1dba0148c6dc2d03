// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code withitem(expr context_expr, expr? optional_vars)}.
 *
 * <p>CPython: {@code ast.withitem} (Parser/Python.asdl).
 */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {

    private static final java.util.List<String> FIELDS = java.util.List.of("context_expr", "optional_vars");

    /** Checks required fields and makes the lists immutable. */
    public WithItem {
        java.util.Objects.requireNonNull(contextExpr, "context_expr");
    }

    @Override
    public String typeName() {
        return "withitem";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return contextExpr;
            case 1: return optionalVars;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitWithItem(this);
    }
}
