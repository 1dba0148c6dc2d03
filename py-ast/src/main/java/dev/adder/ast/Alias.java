// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code alias(identifier name, identifier? asname)}, with its source position.
 *
 * <p>CPython: {@code ast.alias} (Parser/Python.asdl).
 */
public record Alias(String name, String asname, Position pos) implements Located {

    private static final java.util.List<String> FIELDS = java.util.List.of("name", "asname");

    /** Checks required fields and makes the lists immutable. */
    public Alias {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(pos, "pos");
    }

    @Override
    public String typeName() {
        return "alias";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return name;
            case 1: return asname;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitAlias(this);
    }
}
