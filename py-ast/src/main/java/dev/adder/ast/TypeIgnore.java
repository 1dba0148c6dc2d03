// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code TypeIgnore(int lineno, string tag)}.
 *
 * <p>CPython: {@code ast.TypeIgnore} (Parser/Python.asdl).
 */
public record TypeIgnore(int lineno, String tag) implements Node {

    private static final java.util.List<String> FIELDS = java.util.List.of("lineno", "tag");

    /** Checks required fields and makes the lists immutable. */
    public TypeIgnore {
        java.util.Objects.requireNonNull(tag, "tag");
    }

    @Override
    public String typeName() {
        return "TypeIgnore";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return lineno;
            case 1: return tag;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitTypeIgnore(this);
    }
}
