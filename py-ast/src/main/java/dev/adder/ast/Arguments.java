// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * {@code arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)}.
 *
 * <p>{@code kwDefaults} may hold null elements (None in Python).
 *
 * <p>CPython: {@code ast.arguments} (Parser/Python.asdl).
 */
public record Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, Arg vararg,
                        java.util.List<Arg> kwonlyargs, java.util.List<Expr> kwDefaults, Arg kwarg,
                        java.util.List<Expr> defaults) implements Node {

    private static final java.util.List<String> FIELDS = java.util.List.of("posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults");

    /** Checks required fields and makes the lists immutable. */
    public Arguments {
        posonlyargs = java.util.List.copyOf(posonlyargs);
        args = java.util.List.copyOf(args);
        kwonlyargs = java.util.List.copyOf(kwonlyargs);
        kwDefaults = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(kwDefaults));
        defaults = java.util.List.copyOf(defaults);
    }

    @Override
    public String typeName() {
        return "arguments";
    }

    @Override
    public java.util.List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object fieldValue(int index) {
        switch (index) {
            case 0: return posonlyargs;
            case 1: return args;
            case 2: return vararg;
            case 3: return kwonlyargs;
            case 4: return kwDefaults;
            case 5: return kwarg;
            case 6: return defaults;
            default: throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public <R> R accept(AstVisitor<R> visitor) {
        return visitor.visitArguments(this);
    }
}
