// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL sum type {@code mod}: one nested record per constructor.
 *
 * <p>CPython: {@code mod} in Parser/Python.asdl ({@code mod_ty} in Include/internal/pycore_ast.h).
 */
public sealed interface Mod extends Node {

    /**
     * {@code Module(stmt* body, type_ignore* type_ignores)}.
     *
     * <p>CPython: {@code ast.Module} (Parser/Python.asdl).
     */
    record Module(java.util.List<Stmt> body,
                  java.util.List<TypeIgnore> typeIgnores) implements Mod {

        private static final java.util.List<String> FIELDS = java.util.List.of("body", "type_ignores");

        /** Checks required fields and makes the lists immutable. */
        public Module {
            body = java.util.List.copyOf(body);
            typeIgnores = java.util.List.copyOf(typeIgnores);
        }

        @Override
        public String typeName() {
            return "Module";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return body;
                case 1: return typeIgnores;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitModule(this);
        }
    }

    /**
     * {@code Interactive(stmt* body)}.
     *
     * <p>CPython: {@code ast.Interactive} (Parser/Python.asdl).
     */
    record Interactive(java.util.List<Stmt> body) implements Mod {

        private static final java.util.List<String> FIELDS = java.util.List.of("body");

        /** Checks required fields and makes the lists immutable. */
        public Interactive {
            body = java.util.List.copyOf(body);
        }

        @Override
        public String typeName() {
            return "Interactive";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return body;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitInteractive(this);
        }
    }

    /**
     * {@code Expression(expr body)}.
     *
     * <p>CPython: {@code ast.Expression} (Parser/Python.asdl).
     */
    record Expression(Expr body) implements Mod {

        private static final java.util.List<String> FIELDS = java.util.List.of("body");

        /** Checks required fields and makes the lists immutable. */
        public Expression {
            java.util.Objects.requireNonNull(body, "body");
        }

        @Override
        public String typeName() {
            return "Expression";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return body;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitExpression(this);
        }
    }

    /**
     * {@code FunctionType(expr* argtypes, expr returns)}.
     *
     * <p>CPython: {@code ast.FunctionType} (Parser/Python.asdl).
     */
    record FunctionType(java.util.List<Expr> argtypes, Expr returns) implements Mod {

        private static final java.util.List<String> FIELDS = java.util.List.of("argtypes", "returns");

        /** Checks required fields and makes the lists immutable. */
        public FunctionType {
            argtypes = java.util.List.copyOf(argtypes);
            java.util.Objects.requireNonNull(returns, "returns");
        }

        @Override
        public String typeName() {
            return "FunctionType";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return argtypes;
                case 1: return returns;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFunctionType(this);
        }
    }
}
