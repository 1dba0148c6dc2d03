// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code ExceptHandler(expr? type, identifier? name, stmt* body)}, with its source position.
 *
 * <p>CPython: {@code ast.ExceptHandler} (Parser/Python.asdl).
 */
public record ExceptHandler(Expr type, String name, java.util.List<Stmt> body,
                            Position pos) implements Located {

    private static final java.util.List<String> FIELDS = java.util.List.of("type", "name", "body");

    /** Checks required fields and makes the lists immutable. */
    public ExceptHandler {
        body = java.util.List.copyOf(body);
        java.util.Objects.requireNonNull(pos, "pos");
    }

    @Override
    public String typeName() {
        return "ExceptHandler";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return type;
            case 1: return name;
            case 2: return body;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitExceptHandler(this);
    }
}
