// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code arg(identifier arg, expr? annotation, string? type_comment)}, with its source position.
 *
 * <p>CPython: {@code ast.arg} (Parser/Python.asdl).
 */
public record Arg(String arg, Expr annotation, String typeComment,
                  Position pos) implements Located {

    private static final java.util.List<String> FIELDS = java.util.List.of("arg", "annotation", "type_comment");

    /** Checks required fields and makes the lists immutable. */
    public Arg {
        java.util.Objects.requireNonNull(arg, "arg");
        java.util.Objects.requireNonNull(pos, "pos");
    }

    @Override
    public String typeName() {
        return "arg";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return arg;
            case 1: return annotation;
            case 2: return typeComment;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitArg(this);
    }
}
