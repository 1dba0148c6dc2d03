// Generated from python.asdl by AstGenerator; do not edit.
package dev.adder.ast;

/**
 * ASDL sum type {@code stmt}: one nested record per constructor.
 *
 * <p>CPython: {@code stmt} in Parser/Python.asdl ({@code stmt_ty} in Include/internal/pycore_ast.h).
 */
public sealed interface Stmt extends Located {

    /**
     * {@code FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)}, with its source position.
     *
     * <p>CPython: {@code ast.FunctionDef} (Parser/Python.asdl).
     */
    record FunctionDef(String name, Arguments args, java.util.List<Stmt> body,
                       java.util.List<dev.adder.ast.Expr> decoratorList, dev.adder.ast.Expr returns,
                       String typeComment, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("name", "args", "body", "decorator_list", "returns", "type_comment");

        /** Checks required fields and makes the lists immutable. */
        public FunctionDef {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(args, "args");
            body = java.util.List.copyOf(body);
            decoratorList = java.util.List.copyOf(decoratorList);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "FunctionDef";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return name;
                case 1: return args;
                case 2: return body;
                case 3: return decoratorList;
                case 4: return returns;
                case 5: return typeComment;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFunctionDef(this);
        }
    }

    /**
     * {@code AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)}, with its source position.
     *
     * <p>CPython: {@code ast.AsyncFunctionDef} (Parser/Python.asdl).
     */
    record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body,
                            java.util.List<dev.adder.ast.Expr> decoratorList,
                            dev.adder.ast.Expr returns, String typeComment,
                            Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("name", "args", "body", "decorator_list", "returns", "type_comment");

        /** Checks required fields and makes the lists immutable. */
        public AsyncFunctionDef {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(args, "args");
            body = java.util.List.copyOf(body);
            decoratorList = java.util.List.copyOf(decoratorList);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "AsyncFunctionDef";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return name;
                case 1: return args;
                case 2: return body;
                case 3: return decoratorList;
                case 4: return returns;
                case 5: return typeComment;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncFunctionDef(this);
        }
    }

    /**
     * {@code ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)}, with its source position.
     *
     * <p>CPython: {@code ast.ClassDef} (Parser/Python.asdl).
     */
    record ClassDef(String name, java.util.List<dev.adder.ast.Expr> bases,
                    java.util.List<Keyword> keywords, java.util.List<Stmt> body,
                    java.util.List<dev.adder.ast.Expr> decoratorList,
                    Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("name", "bases", "keywords", "body", "decorator_list");

        /** Checks required fields and makes the lists immutable. */
        public ClassDef {
            java.util.Objects.requireNonNull(name, "name");
            bases = java.util.List.copyOf(bases);
            keywords = java.util.List.copyOf(keywords);
            body = java.util.List.copyOf(body);
            decoratorList = java.util.List.copyOf(decoratorList);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "ClassDef";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return name;
                case 1: return bases;
                case 2: return keywords;
                case 3: return body;
                case 4: return decoratorList;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitClassDef(this);
        }
    }

    /**
     * {@code Return(expr? value)}, with its source position.
     *
     * <p>CPython: {@code ast.Return} (Parser/Python.asdl).
     */
    record Return(dev.adder.ast.Expr value, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        /** Checks required fields and makes the lists immutable. */
        public Return {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Return";
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
            return visitor.visitReturn(this);
        }
    }

    /**
     * {@code Delete(expr* targets)}, with its source position.
     *
     * <p>CPython: {@code ast.Delete} (Parser/Python.asdl).
     */
    record Delete(java.util.List<dev.adder.ast.Expr> targets, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("targets");

        /** Checks required fields and makes the lists immutable. */
        public Delete {
            targets = java.util.List.copyOf(targets);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Delete";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return targets;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }

    /**
     * {@code Assign(expr* targets, expr value, string? type_comment)}, with its source position.
     *
     * <p>CPython: {@code ast.Assign} (Parser/Python.asdl).
     */
    record Assign(java.util.List<dev.adder.ast.Expr> targets, dev.adder.ast.Expr value,
                  String typeComment, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("targets", "value", "type_comment");

        /** Checks required fields and makes the lists immutable. */
        public Assign {
            targets = java.util.List.copyOf(targets);
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Assign";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return targets;
                case 1: return value;
                case 2: return typeComment;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAssign(this);
        }
    }

    /**
     * {@code AugAssign(expr target, operator op, expr value)}, with its source position.
     *
     * <p>CPython: {@code ast.AugAssign} (Parser/Python.asdl).
     */
    record AugAssign(dev.adder.ast.Expr target, Operator op, dev.adder.ast.Expr value,
                     Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("target", "op", "value");

        /** Checks required fields and makes the lists immutable. */
        public AugAssign {
            java.util.Objects.requireNonNull(target, "target");
            java.util.Objects.requireNonNull(op, "op");
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "AugAssign";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return target;
                case 1: return op;
                case 2: return value;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAugAssign(this);
        }
    }

    /**
     * {@code AnnAssign(expr target, expr annotation, expr? value, int simple)}, with its source position.
     *
     * <p>CPython: {@code ast.AnnAssign} (Parser/Python.asdl).
     */
    record AnnAssign(dev.adder.ast.Expr target, dev.adder.ast.Expr annotation,
                     dev.adder.ast.Expr value, int simple, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("target", "annotation", "value", "simple");

        /** Checks required fields and makes the lists immutable. */
        public AnnAssign {
            java.util.Objects.requireNonNull(target, "target");
            java.util.Objects.requireNonNull(annotation, "annotation");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "AnnAssign";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return target;
                case 1: return annotation;
                case 2: return value;
                case 3: return simple;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAnnAssign(this);
        }
    }

    /**
     * {@code For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)}, with its source position.
     *
     * <p>CPython: {@code ast.For} (Parser/Python.asdl).
     */
    record For(dev.adder.ast.Expr target, dev.adder.ast.Expr iter, java.util.List<Stmt> body,
               java.util.List<Stmt> orelse, String typeComment, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("target", "iter", "body", "orelse", "type_comment");

        /** Checks required fields and makes the lists immutable. */
        public For {
            java.util.Objects.requireNonNull(target, "target");
            java.util.Objects.requireNonNull(iter, "iter");
            body = java.util.List.copyOf(body);
            orelse = java.util.List.copyOf(orelse);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "For";
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
                case 2: return body;
                case 3: return orelse;
                case 4: return typeComment;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitFor(this);
        }
    }

    /**
     * {@code AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)}, with its source position.
     *
     * <p>CPython: {@code ast.AsyncFor} (Parser/Python.asdl).
     */
    record AsyncFor(dev.adder.ast.Expr target, dev.adder.ast.Expr iter, java.util.List<Stmt> body,
                    java.util.List<Stmt> orelse, String typeComment, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("target", "iter", "body", "orelse", "type_comment");

        /** Checks required fields and makes the lists immutable. */
        public AsyncFor {
            java.util.Objects.requireNonNull(target, "target");
            java.util.Objects.requireNonNull(iter, "iter");
            body = java.util.List.copyOf(body);
            orelse = java.util.List.copyOf(orelse);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "AsyncFor";
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
                case 2: return body;
                case 3: return orelse;
                case 4: return typeComment;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncFor(this);
        }
    }

    /**
     * {@code While(expr test, stmt* body, stmt* orelse)}, with its source position.
     *
     * <p>CPython: {@code ast.While} (Parser/Python.asdl).
     */
    record While(dev.adder.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse,
                 Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("test", "body", "orelse");

        /** Checks required fields and makes the lists immutable. */
        public While {
            java.util.Objects.requireNonNull(test, "test");
            body = java.util.List.copyOf(body);
            orelse = java.util.List.copyOf(orelse);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "While";
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
            return visitor.visitWhile(this);
        }
    }

    /**
     * {@code If(expr test, stmt* body, stmt* orelse)}, with its source position.
     *
     * <p>CPython: {@code ast.If} (Parser/Python.asdl).
     */
    record If(dev.adder.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse,
              Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("test", "body", "orelse");

        /** Checks required fields and makes the lists immutable. */
        public If {
            java.util.Objects.requireNonNull(test, "test");
            body = java.util.List.copyOf(body);
            orelse = java.util.List.copyOf(orelse);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "If";
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
            return visitor.visitIf(this);
        }
    }

    /**
     * {@code With(withitem* items, stmt* body, string? type_comment)}, with its source position.
     *
     * <p>CPython: {@code ast.With} (Parser/Python.asdl).
     */
    record With(java.util.List<WithItem> items, java.util.List<Stmt> body, String typeComment,
                Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("items", "body", "type_comment");

        /** Checks required fields and makes the lists immutable. */
        public With {
            items = java.util.List.copyOf(items);
            body = java.util.List.copyOf(body);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "With";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return items;
                case 1: return body;
                case 2: return typeComment;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitWith(this);
        }
    }

    /**
     * {@code AsyncWith(withitem* items, stmt* body, string? type_comment)}, with its source position.
     *
     * <p>CPython: {@code ast.AsyncWith} (Parser/Python.asdl).
     */
    record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, String typeComment,
                     Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("items", "body", "type_comment");

        /** Checks required fields and makes the lists immutable. */
        public AsyncWith {
            items = java.util.List.copyOf(items);
            body = java.util.List.copyOf(body);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "AsyncWith";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return items;
                case 1: return body;
                case 2: return typeComment;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncWith(this);
        }
    }

    /**
     * {@code Match(expr subject, match_case* cases)}, with its source position.
     *
     * <p>CPython: {@code ast.Match} (Parser/Python.asdl).
     */
    record Match(dev.adder.ast.Expr subject, java.util.List<MatchCase> cases,
                 Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("subject", "cases");

        /** Checks required fields and makes the lists immutable. */
        public Match {
            java.util.Objects.requireNonNull(subject, "subject");
            cases = java.util.List.copyOf(cases);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Match";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return subject;
                case 1: return cases;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatch(this);
        }
    }

    /**
     * {@code Raise(expr? exc, expr? cause)}, with its source position.
     *
     * <p>CPython: {@code ast.Raise} (Parser/Python.asdl).
     */
    record Raise(dev.adder.ast.Expr exc, dev.adder.ast.Expr cause, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("exc", "cause");

        /** Checks required fields and makes the lists immutable. */
        public Raise {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Raise";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return exc;
                case 1: return cause;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitRaise(this);
        }
    }

    /**
     * {@code Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)}, with its source position.
     *
     * <p>CPython: {@code ast.Try} (Parser/Python.asdl).
     */
    record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers,
               java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody,
               Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("body", "handlers", "orelse", "finalbody");

        /** Checks required fields and makes the lists immutable. */
        public Try {
            body = java.util.List.copyOf(body);
            handlers = java.util.List.copyOf(handlers);
            orelse = java.util.List.copyOf(orelse);
            finalbody = java.util.List.copyOf(finalbody);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Try";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return body;
                case 1: return handlers;
                case 2: return orelse;
                case 3: return finalbody;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTry(this);
        }
    }

    /**
     * {@code TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)}, with its source position.
     *
     * <p>CPython: {@code ast.TryStar} (Parser/Python.asdl).
     */
    record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers,
                   java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody,
                   Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("body", "handlers", "orelse", "finalbody");

        /** Checks required fields and makes the lists immutable. */
        public TryStar {
            body = java.util.List.copyOf(body);
            handlers = java.util.List.copyOf(handlers);
            orelse = java.util.List.copyOf(orelse);
            finalbody = java.util.List.copyOf(finalbody);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "TryStar";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return body;
                case 1: return handlers;
                case 2: return orelse;
                case 3: return finalbody;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitTryStar(this);
        }
    }

    /**
     * {@code Assert(expr test, expr? msg)}, with its source position.
     *
     * <p>CPython: {@code ast.Assert} (Parser/Python.asdl).
     */
    record Assert(dev.adder.ast.Expr test, dev.adder.ast.Expr msg, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("test", "msg");

        /** Checks required fields and makes the lists immutable. */
        public Assert {
            java.util.Objects.requireNonNull(test, "test");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Assert";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return test;
                case 1: return msg;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitAssert(this);
        }
    }

    /**
     * {@code Import(alias* names)}, with its source position.
     *
     * <p>CPython: {@code ast.Import} (Parser/Python.asdl).
     */
    record Import(java.util.List<Alias> names, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("names");

        /** Checks required fields and makes the lists immutable. */
        public Import {
            names = java.util.List.copyOf(names);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Import";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return names;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitImport(this);
        }
    }

    /**
     * {@code ImportFrom(identifier? module, alias* names, int? level)}, with its source position.
     *
     * <p>CPython: {@code ast.ImportFrom} (Parser/Python.asdl).
     */
    record ImportFrom(String module, java.util.List<Alias> names, Integer level,
                      Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("module", "names", "level");

        /** Checks required fields and makes the lists immutable. */
        public ImportFrom {
            names = java.util.List.copyOf(names);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "ImportFrom";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return module;
                case 1: return names;
                case 2: return level;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitImportFrom(this);
        }
    }

    /**
     * {@code Global(identifier* names)}, with its source position.
     *
     * <p>CPython: {@code ast.Global} (Parser/Python.asdl).
     */
    record Global(java.util.List<String> names, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("names");

        /** Checks required fields and makes the lists immutable. */
        public Global {
            names = java.util.List.copyOf(names);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Global";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return names;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitGlobal(this);
        }
    }

    /**
     * {@code Nonlocal(identifier* names)}, with its source position.
     *
     * <p>CPython: {@code ast.Nonlocal} (Parser/Python.asdl).
     */
    record Nonlocal(java.util.List<String> names, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("names");

        /** Checks required fields and makes the lists immutable. */
        public Nonlocal {
            names = java.util.List.copyOf(names);
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Nonlocal";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            switch (index) {
                case 0: return names;
                default: throw new IndexOutOfBoundsException(index);
            }
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitNonlocal(this);
        }
    }

    /**
     * {@code Expr(expr value)}, with its source position.
     *
     * <p>CPython: {@code ast.Expr} (Parser/Python.asdl).
     */
    record Expr(dev.adder.ast.Expr value, Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of("value");

        /** Checks required fields and makes the lists immutable. */
        public Expr {
            java.util.Objects.requireNonNull(value, "value");
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Expr";
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
            return visitor.visitExpr(this);
        }
    }

    /**
     * {@code Pass}, with its source position.
     *
     * <p>CPython: {@code ast.Pass} (Parser/Python.asdl).
     */
    record Pass(Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of();

        /** Checks required fields and makes the lists immutable. */
        public Pass {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Pass";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitPass(this);
        }
    }

    /**
     * {@code Break}, with its source position.
     *
     * <p>CPython: {@code ast.Break} (Parser/Python.asdl).
     */
    record Break(Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of();

        /** Checks required fields and makes the lists immutable. */
        public Break {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Break";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitBreak(this);
        }
    }

    /**
     * {@code Continue}, with its source position.
     *
     * <p>CPython: {@code ast.Continue} (Parser/Python.asdl).
     */
    record Continue(Position pos) implements Stmt {

        private static final java.util.List<String> FIELDS = java.util.List.of();

        /** Checks required fields and makes the lists immutable. */
        public Continue {
            java.util.Objects.requireNonNull(pos, "pos");
        }

        @Override
        public String typeName() {
            return "Continue";
        }

        @Override
        public java.util.List<String> fieldNames() {
            return FIELDS;
        }

        @Override
        public Object fieldValue(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public <R> R accept(AstVisitor<R> visitor) {
            return visitor.visitContinue(this);
        }
    }
}
