// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code match_case(pattern pattern, expr? guard, stmt* body)}.
 *
 * <p>CPython: {@code ast.match_case} (Parser/Python.asdl).
 */
public record MatchCase(Pattern pattern, Expr guard, java.util.List<Stmt> body) implements Node {

    private static final java.util.List<String> FIELDS = java.util.List.of("pattern", "guard", "body");

    /** Checks required fields and makes the lists immutable. */
    public MatchCase {
        java.util.Objects.requireNonNull(pattern, "pattern");
        body = java.util.List.copyOf(body);
    }

    @Override
    public String typeName() {
        return "match_case";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return pattern;
            case 1: return guard;
            case 2: return body;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitMatchCase(this);
    }
}
