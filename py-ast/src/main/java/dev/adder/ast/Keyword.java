// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code keyword(identifier? arg, expr value)}, with its source position.
 *
 * <p>CPython: {@code ast.keyword} (Parser/Python.asdl).
 */
public record Keyword(String arg, Expr value, Position pos) implements Located {

    private static final java.util.List<String> FIELDS = java.util.List.of("arg", "value");

    /** Checks required fields and makes the lists immutable. */
    public Keyword {
        java.util.Objects.requireNonNull(value, "value");
        java.util.Objects.requireNonNull(pos, "pos");
    }

    @Override
    public String typeName() {
        return "keyword";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return arg;
            case 1: return value;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitKeyword(this);
    }
}
