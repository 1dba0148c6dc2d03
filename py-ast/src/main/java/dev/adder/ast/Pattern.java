// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL sum type {@code pattern}: one nested record per constructor.
 *
 * <p>CPython: {@code pattern} in Parser/Python.asdl ({@code pattern_ty} in Include/internal/pycore_ast.h).
 */
public sealed interface Pattern extends Located {

    /**
     * {@code MatchValue(expr value)}, with its source position.
     *
     * <p>CPython: {@code ast.MatchValue} (Parser/Python.asdl).
     */
    record MatchValue(Expr value, Position pos) implements Pattern {

        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        /** Checks required fields and makes the lists immutable. */
        public MatchValue {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "MatchValue";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return value;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchValue(this);
        }
    }

    /**
     * {@code MatchSingleton(constant value)}, with its source position.
     *
     * <p>CPython: {@code ast.MatchSingleton} (Parser/Python.asdl).
     */
    record MatchSingleton(ConstantValue value, Position pos) implements Pattern {

        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        /** Checks required fields and makes the lists immutable. */
        public MatchSingleton {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "MatchSingleton";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return value;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchSingleton(this);
        }
    }

    /**
     * {@code MatchSequence(pattern* patterns)}, with its source position.
     *
     * <p>CPython: {@code ast.MatchSequence} (Parser/Python.asdl).
     */
    record MatchSequence(java.util.List<Pattern> patterns, Position pos) implements Pattern {

        private static final java.util.List<String> FIELDS = java.util.List.of("patterns");

        /** Checks required fields and makes the lists immutable. */
        public MatchSequence {
            patterns = java.util.List.copyOf(patterns);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "MatchSequence";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return patterns;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchSequence(this);
        }
    }

    /**
     * {@code MatchMapping(expr* keys, pattern* patterns, identifier? rest)}, with its source position.
     *
     * <p>CPython: {@code ast.MatchMapping} (Parser/Python.asdl).
     */
    record MatchMapping(java.util.List<Expr> keys, java.util.List<Pattern> patterns, String rest,
                        Position pos) implements Pattern {

        private static final java.util.List<String> FIELDS = java.util.List.of("keys", "patterns", "rest");

        /** Checks required fields and makes the lists immutable. */
        public MatchMapping {
            keys = java.util.List.copyOf(keys);
            patterns = java.util.List.copyOf(patterns);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "MatchMapping";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return keys;
                case 1: return patterns;
                case 2: return rest;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchMapping(this);
        }
    }

    /**
     * {@code MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)}, with its source position.
     *
     * <p>CPython: {@code ast.MatchClass} (Parser/Python.asdl).
     */
    record MatchClass(Expr cls, java.util.List<Pattern> patterns, java.util.List<String> kwdAttrs,
                      java.util.List<Pattern> kwdPatterns, Position pos) implements Pattern {

        private static final java.util.List<String> FIELDS = java.util.List.of("cls", "patterns", "kwd_attrs", "kwd_patterns");

        /** Checks required fields and makes the lists immutable. */
        public MatchClass {
            java.util.Objects.requireNonNull(cls, "cls");
            patterns = java.util.List.copyOf(patterns);
            kwdAttrs = java.util.List.copyOf(kwdAttrs);
            kwdPatterns = java.util.List.copyOf(kwdPatterns);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "MatchClass";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return cls;
                case 1: return patterns;
                case 2: return kwdAttrs;
                case 3: return kwdPatterns;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchClass(this);
        }
    }

    /**
     * {@code MatchStar(identifier? name)}, with its source position.
     *
     * <p>CPython: {@code ast.MatchStar} (Parser/Python.asdl).
     */
    record MatchStar(String name, Position pos) implements Pattern {

        private static final java.util.List<String> FIELDS = java.util.List.of("name");

        /** Checks required fields and makes the lists immutable. */
        public MatchStar {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "MatchStar";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return name;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchStar(this);
        }
    }

    /**
     * {@code MatchAs(pattern? pattern, identifier? name)}, with its source position.
     *
     * <p>CPython: {@code ast.MatchAs} (Parser/Python.asdl).
     */
    record MatchAs(Pattern pattern, String name, Position pos) implements Pattern {

        private static final java.util.List<String> FIELDS = java.util.List.of("pattern", "name");

        /** Checks required fields and makes the lists immutable. */
        public MatchAs {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "MatchAs";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return pattern;
                case 1: return name;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchAs(this);
        }
    }

    /**
     * {@code MatchOr(pattern* patterns)}, with its source position.
     *
     * <p>CPython: {@code ast.MatchOr} (Parser/Python.asdl).
     */
    record MatchOr(java.util.List<Pattern> patterns, Position pos) implements Pattern {

        private static final java.util.List<String> FIELDS = java.util.List.of("patterns");

        /** Checks required fields and makes the lists immutable. */
        public MatchOr {
            patterns = java.util.List.copyOf(patterns);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "MatchOr";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return patterns;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchOr(this);
        }
    }
}
