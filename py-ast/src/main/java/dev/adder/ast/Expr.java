// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL sum type {@code expr}: one nested record per constructor.
 *
 * <p>CPython: {@code expr} in Parser/Python.asdl ({@code expr_ty} in Include/internal/pycore_ast.h).
 */
public sealed interface Expr extends Located {

    /**
     * {@code BoolOp(boolop op, expr* values)}, with its source position.
     *
     * <p>CPython: {@code ast.BoolOp} (Parser/Python.asdl).
     */
    record BoolOp(BoolOpKind op, java.util.List<Expr> values, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("op", "values");

        /** Checks required fields and makes the lists immutable. */
        public BoolOp {
            java.util.Objects.requireNonNull(op, "op");
            values = java.util.List.copyOf(values);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "BoolOp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return op;
                case 1: return values;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBoolOp(this);
        }
    }

    /**
     * {@code NamedExpr(expr target, expr value)}, with its source position.
     *
     * <p>CPython: {@code ast.NamedExpr} (Parser/Python.asdl).
     */
    record NamedExpr(Expr target, Expr value, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("target", "value");

        /** Checks required fields and makes the lists immutable. */
        public NamedExpr {
            java.util.Objects.requireNonNull(target, "target");
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "NamedExpr";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return target;
                case 1: return value;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitNamedExpr(this);
        }
    }

    /**
     * {@code BinOp(expr left, operator op, expr right)}, with its source position.
     *
     * <p>CPython: {@code ast.BinOp} (Parser/Python.asdl).
     */
    record BinOp(Expr left, Operator op, Expr right, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("left", "op", "right");

        /** Checks required fields and makes the lists immutable. */
        public BinOp {
            java.util.Objects.requireNonNull(left, "left");
            java.util.Objects.requireNonNull(op, "op");
            java.util.Objects.requireNonNull(right, "right");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "BinOp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return left;
                case 1: return op;
                case 2: return right;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBinOp(this);
        }
    }

    /**
     * {@code UnaryOp(unaryop op, expr operand)}, with its source position.
     *
     * <p>CPython: {@code ast.UnaryOp} (Parser/Python.asdl).
     */
    record UnaryOp(UnaryOpKind op, Expr operand, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("op", "operand");

        /** Checks required fields and makes the lists immutable. */
        public UnaryOp {
            java.util.Objects.requireNonNull(op, "op");
            java.util.Objects.requireNonNull(operand, "operand");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "UnaryOp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return op;
                case 1: return operand;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitUnaryOp(this);
        }
    }

    /**
     * {@code Lambda(arguments args, expr body)}, with its source position.
     *
     * <p>CPython: {@code ast.Lambda} (Parser/Python.asdl).
     */
    record Lambda(Arguments args, Expr body, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("args", "body");

        /** Checks required fields and makes the lists immutable. */
        public Lambda {
            java.util.Objects.requireNonNull(args, "args");
            java.util.Objects.requireNonNull(body, "body");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Lambda";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return args;
                case 1: return body;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitLambda(this);
        }
    }

    /**
     * {@code IfExp(expr test, expr body, expr orelse)}, with its source position.
     *
     * <p>CPython: {@code ast.IfExp} (Parser/Python.asdl).
     */
    record IfExp(Expr test, Expr body, Expr orelse, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("test", "body", "orelse");

        /** Checks required fields and makes the lists immutable. */
        public IfExp {
            java.util.Objects.requireNonNull(test, "test");
            java.util.Objects.requireNonNull(body, "body");
            java.util.Objects.requireNonNull(orelse, "orelse");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "IfExp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return test;
                case 1: return body;
                case 2: return orelse;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitIfExp(this);
        }
    }

    /**
     * {@code Dict(expr* keys, expr* values)}, with its source position.
     *
     * <p>{@code keys} may hold null elements (None in Python).
     *
     * <p>CPython: {@code ast.Dict} (Parser/Python.asdl).
     */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values,
                Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("keys", "values");

        /** Checks required fields and makes the lists immutable. */
        public Dict {
            keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys));
            values = java.util.List.copyOf(values);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Dict";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return keys;
                case 1: return values;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDict(this);
        }
    }

    /**
     * {@code Set(expr* elts)}, with its source position.
     *
     * <p>CPython: {@code ast.Set} (Parser/Python.asdl).
     */
    record Set(java.util.List<Expr> elts, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("elts");

        /** Checks required fields and makes the lists immutable. */
        public Set {
            elts = java.util.List.copyOf(elts);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Set";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return elts;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSet(this);
        }
    }

    /**
     * {@code ListComp(expr elt, comprehension* generators)}, with its source position.
     *
     * <p>CPython: {@code ast.ListComp} (Parser/Python.asdl).
     */
    record ListComp(Expr elt, java.util.List<Comprehension> generators,
                    Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("elt", "generators");

        /** Checks required fields and makes the lists immutable. */
        public ListComp {
            java.util.Objects.requireNonNull(elt, "elt");
            generators = java.util.List.copyOf(generators);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "ListComp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return elt;
                case 1: return generators;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitListComp(this);
        }
    }

    /**
     * {@code SetComp(expr elt, comprehension* generators)}, with its source position.
     *
     * <p>CPython: {@code ast.SetComp} (Parser/Python.asdl).
     */
    record SetComp(Expr elt, java.util.List<Comprehension> generators,
                   Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("elt", "generators");

        /** Checks required fields and makes the lists immutable. */
        public SetComp {
            java.util.Objects.requireNonNull(elt, "elt");
            generators = java.util.List.copyOf(generators);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "SetComp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return elt;
                case 1: return generators;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSetComp(this);
        }
    }

    /**
     * {@code DictComp(expr key, expr value, comprehension* generators)}, with its source position.
     *
     * <p>CPython: {@code ast.DictComp} (Parser/Python.asdl).
     */
    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators,
                    Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("key", "value", "generators");

        /** Checks required fields and makes the lists immutable. */
        public DictComp {
            java.util.Objects.requireNonNull(key, "key");
            java.util.Objects.requireNonNull(value, "value");
            generators = java.util.List.copyOf(generators);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "DictComp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return key;
                case 1: return value;
                case 2: return generators;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDictComp(this);
        }
    }

    /**
     * {@code GeneratorExp(expr elt, comprehension* generators)}, with its source position.
     *
     * <p>CPython: {@code ast.GeneratorExp} (Parser/Python.asdl).
     */
    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators,
                        Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("elt", "generators");

        /** Checks required fields and makes the lists immutable. */
        public GeneratorExp {
            java.util.Objects.requireNonNull(elt, "elt");
            generators = java.util.List.copyOf(generators);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "GeneratorExp";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return elt;
                case 1: return generators;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitGeneratorExp(this);
        }
    }

    /**
     * {@code Await(expr value)}, with its source position.
     *
     * <p>CPython: {@code ast.Await} (Parser/Python.asdl).
     */
    record Await(Expr value, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        /** Checks required fields and makes the lists immutable. */
        public Await {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Await";
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
            return visitor.visitAwait(this);
        }
    }

    /**
     * {@code Yield(expr? value)}, with its source position.
     *
     * <p>CPython: {@code ast.Yield} (Parser/Python.asdl).
     */
    record Yield(Expr value, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        /** Checks required fields and makes the lists immutable. */
        public Yield {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Yield";
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
            return visitor.visitYield(this);
        }
    }

    /**
     * {@code YieldFrom(expr value)}, with its source position.
     *
     * <p>CPython: {@code ast.YieldFrom} (Parser/Python.asdl).
     */
    record YieldFrom(Expr value, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        /** Checks required fields and makes the lists immutable. */
        public YieldFrom {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "YieldFrom";
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
            return visitor.visitYieldFrom(this);
        }
    }

    /**
     * {@code Compare(expr left, cmpop* ops, expr* comparators)}, with its source position.
     *
     * <p>CPython: {@code ast.Compare} (Parser/Python.asdl).
     */
    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators,
                   Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("left", "ops", "comparators");

        /** Checks required fields and makes the lists immutable. */
        public Compare {
            java.util.Objects.requireNonNull(left, "left");
            ops = java.util.List.copyOf(ops);
            comparators = java.util.List.copyOf(comparators);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Compare";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return left;
                case 1: return ops;
                case 2: return comparators;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /**
     * {@code Call(expr func, expr* args, keyword* keywords)}, with its source position.
     *
     * <p>CPython: {@code ast.Call} (Parser/Python.asdl).
     */
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords,
                Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("func", "args", "keywords");

        /** Checks required fields and makes the lists immutable. */
        public Call {
            java.util.Objects.requireNonNull(func, "func");
            args = java.util.List.copyOf(args);
            keywords = java.util.List.copyOf(keywords);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Call";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return func;
                case 1: return args;
                case 2: return keywords;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /**
     * {@code FormattedValue(expr value, int conversion, expr? format_spec)}, with its source position.
     *
     * <p>CPython: {@code ast.FormattedValue} (Parser/Python.asdl).
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec,
                          Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("value", "conversion", "format_spec");

        /** Checks required fields and makes the lists immutable. */
        public FormattedValue {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "FormattedValue";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return value;
                case 1: return conversion;
                case 2: return formatSpec;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFormattedValue(this);
        }
    }

    /**
     * {@code JoinedStr(expr* values)}, with its source position.
     *
     * <p>CPython: {@code ast.JoinedStr} (Parser/Python.asdl).
     */
    record JoinedStr(java.util.List<Expr> values, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("values");

        /** Checks required fields and makes the lists immutable. */
        public JoinedStr {
            values = java.util.List.copyOf(values);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "JoinedStr";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return values;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitJoinedStr(this);
        }
    }

    /**
     * {@code Constant(constant value, string? kind)}, with its source position.
     *
     * <p>CPython: {@code ast.Constant} (Parser/Python.asdl).
     */
    record Constant(ConstantValue value, String kind, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("value", "kind");

        /** Checks required fields and makes the lists immutable. */
        public Constant {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Constant";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return value;
                case 1: return kind;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitConstant(this);
        }
    }

    /**
     * {@code Attribute(expr value, identifier attr, expr_context ctx)}, with its source position.
     *
     * <p>CPython: {@code ast.Attribute} (Parser/Python.asdl).
     */
    record Attribute(Expr value, String attr, ExprContext ctx, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("value", "attr", "ctx");

        /** Checks required fields and makes the lists immutable. */
        public Attribute {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(attr, "attr");
            java.util.Objects.requireNonNull(ctx, "ctx");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Attribute";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return value;
                case 1: return attr;
                case 2: return ctx;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAttribute(this);
        }
    }

    /**
     * {@code Subscript(expr value, expr slice, expr_context ctx)}, with its source position.
     *
     * <p>CPython: {@code ast.Subscript} (Parser/Python.asdl).
     */
    record Subscript(Expr value, Expr slice, ExprContext ctx, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("value", "slice", "ctx");

        /** Checks required fields and makes the lists immutable. */
        public Subscript {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(slice, "slice");
            java.util.Objects.requireNonNull(ctx, "ctx");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Subscript";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return value;
                case 1: return slice;
                case 2: return ctx;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSubscript(this);
        }
    }

    /**
     * {@code Starred(expr value, expr_context ctx)}, with its source position.
     *
     * <p>CPython: {@code ast.Starred} (Parser/Python.asdl).
     */
    record Starred(Expr value, ExprContext ctx, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("value", "ctx");

        /** Checks required fields and makes the lists immutable. */
        public Starred {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(ctx, "ctx");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Starred";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return value;
                case 1: return ctx;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitStarred(this);
        }
    }

    /**
     * {@code Name(identifier id, expr_context ctx)}, with its source position.
     *
     * <p>CPython: {@code ast.Name} (Parser/Python.asdl).
     */
    record Name(String id, ExprContext ctx, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("id", "ctx");

        /** Checks required fields and makes the lists immutable. */
        public Name {
            java.util.Objects.requireNonNull(id, "id");
            java.util.Objects.requireNonNull(ctx, "ctx");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Name";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return id;
                case 1: return ctx;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitName(this);
        }
    }

    /**
     * {@code List(expr* elts, expr_context ctx)}, with its source position.
     *
     * <p>CPython: {@code ast.List} (Parser/Python.asdl).
     */
    record List(java.util.List<Expr> elts, ExprContext ctx, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("elts", "ctx");

        /** Checks required fields and makes the lists immutable. */
        public List {
            elts = java.util.List.copyOf(elts);
            java.util.Objects.requireNonNull(ctx, "ctx");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "List";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return elts;
                case 1: return ctx;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitList(this);
        }
    }

    /**
     * {@code Tuple(expr* elts, expr_context ctx)}, with its source position.
     *
     * <p>CPython: {@code ast.Tuple} (Parser/Python.asdl).
     */
    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("elts", "ctx");

        /** Checks required fields and makes the lists immutable. */
        public Tuple {
            elts = java.util.List.copyOf(elts);
            java.util.Objects.requireNonNull(ctx, "ctx");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Tuple";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return elts;
                case 1: return ctx;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTuple(this);
        }
    }

    /**
     * {@code Slice(expr? lower, expr? upper, expr? step)}, with its source position.
     *
     * <p>CPython: {@code ast.Slice} (Parser/Python.asdl).
     */
    record Slice(Expr lower, Expr upper, Expr step, Position pos) implements Expr {

        private static final java.util.List<String> FIELDS = java.util.List.of("lower", "upper", "step");

        /** Checks required fields and makes the lists immutable. */
        public Slice {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Slice";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return lower;
                case 1: return upper;
                case 2: return step;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitSlice(this);
        }
    }
}
