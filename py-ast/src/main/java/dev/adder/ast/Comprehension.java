// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code comprehension(expr target, expr iter, expr* ifs, int is_async)}.
 *
 * <p>CPython: {@code ast.comprehension} (Parser/Python.asdl).
 */
public record Comprehension(Expr target, Expr iter, java.util.List<Expr> ifs,
                            int isAsync) implements Node {

    private static final java.util.List<String> FIELDS = java.util.List.of("target", "iter", "ifs", "is_async");

    /** Checks required fields and makes the lists immutable. */
    public Comprehension {
        java.util.Objects.requireNonNull(target, "target");
        java.util.Objects.requireNonNull(iter, "iter");
        ifs = java.util.List.copyOf(ifs);
    }

    @Override
    public String typeName() {
        return "comprehension";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return target;
            case 1: return iter;
            case 2: return ifs;
            case 3: return isAsync;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitComprehension(this);
    }
}
