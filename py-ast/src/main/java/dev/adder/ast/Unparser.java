package dev.adder.ast;

import dev.adder.ast.internal.PyRepr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Source text from a tree, exactly as {@code ast.unparse} writes it.
 *
 * <p>CPython: {@code _Unparser} and {@code unparse} in Lib/ast.py (3.11): the same precedence
 * table, parenthesization, docstring and f-string reconstruction, and quote choice. Where
 * {@code ast.unparse} raises ValueError (e.g. a backslash that cannot be avoided in an
 * f-string expression), this class throws {@link IllegalArgumentException} with the same
 * message.
 *
 * <p>The Python code keeps each node's precedence in a dictionary keyed by node identity; here
 * the parent passes it down when it visits the child, which is the same for trees whose nodes
 * are not shared (as every tree from {@code ast.parse} is).
 */
public final class Unparser {

    private Unparser() {
    }

    /** {@code ast.unparse(node)}. */
    public static String unparse(Node node) {
        Impl u = new Impl(false);
        return u.visit(node);
    }

    // Lib/ast.py _Precedence
    private static final int NAMED_EXPR = 1;
    private static final int TUPLE = 2;
    private static final int YIELD = 3;
    private static final int TEST = 4;
    private static final int OR = 5;
    private static final int AND = 6;
    private static final int NOT = 7;
    private static final int CMP = 8;
    private static final int EXPR = 9;
    private static final int BOR = EXPR;
    private static final int BXOR = 10;
    private static final int BAND = 11;
    private static final int SHIFT = 12;
    private static final int ARITH = 13;
    private static final int TERM = 14;
    private static final int FACTOR = 15;
    private static final int POWER = 16;
    private static final int AWAIT = 17;
    private static final int ATOM = 18;

    private static int next(int precedence) {
        return precedence == ATOM ? ATOM : precedence + 1;
    }

    private static final List<String> SINGLE_QUOTES = List.of("'", "\"");
    private static final List<String> MULTI_QUOTES = List.of("\"\"\"", "'''");
    private static final List<String> ALL_QUOTES = List.of("'", "\"", "\"\"\"", "'''");

    /** "1e" + repr(sys.float_info.max_10_exp + 1): a literal that overflows to infinity. */
    private static final String INFSTR = "1e309";

    private static String binop(Operator op) {
        switch (op) {
            case Add: return "+";
            case Sub: return "-";
            case Mult: return "*";
            case MatMult: return "@";
            case Div: return "/";
            case Mod: return "%";
            case LShift: return "<<";
            case RShift: return ">>";
            case BitOr: return "|";
            case BitXor: return "^";
            case BitAnd: return "&";
            case FloorDiv: return "//";
            case Pow: return "**";
            default: throw new AssertionError(op);
        }
    }

    private static int binopPrecedence(Operator op) {
        switch (op) {
            case Add:
            case Sub:
                return ARITH;
            case Mult:
            case MatMult:
            case Div:
            case Mod:
            case FloorDiv:
                return TERM;
            case LShift:
            case RShift:
                return SHIFT;
            case BitOr: return BOR;
            case BitXor: return BXOR;
            case BitAnd: return BAND;
            case Pow: return POWER;
            default: throw new AssertionError(op);
        }
    }

    private static String cmpop(CmpOp op) {
        switch (op) {
            case Eq: return "==";
            case NotEq: return "!=";
            case Lt: return "<";
            case LtE: return "<=";
            case Gt: return ">";
            case GtE: return ">=";
            case Is: return "is";
            case IsNot: return "is not";
            case In: return "in";
            case NotIn: return "not in";
            default: throw new AssertionError(op);
        }
    }

    /** A string literal's body and the quotes that may enclose it (_str_literal_helper). */
    private static final class Literal {
        final String body;
        final List<String> quotes;

        Literal(String body, List<String> quotes) {
            this.body = body;
            this.quotes = quotes;
        }
    }

    /** Lib/ast.py _Unparser. */
    private static final class Impl implements AstVisitor<Void> {
        private StringBuilder out = new StringBuilder();
        /** Python's {@code bool(self._source)}: something (maybe empty) was written. */
        private boolean written;
        private final Map<Integer, String> typeIgnores = new HashMap<>();
        private int indent;
        private final boolean avoidBackslashes;
        private boolean inTryStar;
        /** The precedence the parent gave the node being visited (default TEST). */
        private int given = TEST;

        Impl(boolean avoidBackslashes) {
            this.avoidBackslashes = avoidBackslashes;
        }

        String visit(Node node) {
            out = new StringBuilder();
            written = false;
            traverse(node);
            return out.toString();
        }

        // ---------------------------------------------------------------------- helpers

        private void write(String s) {
            out.append(s);
            written = true;
        }

        private void maybeNewline() {
            if (written) {
                write("\n");
            }
        }

        private void fill(String text) {
            maybeNewline();
            write("    ".repeat(indent) + text);
        }

        private void fill() {
            fill("");
        }

        private void blockOpen(String extra) {
            write(":");
            if (extra != null && !extra.isEmpty()) {
                write(extra);
            }
            indent++;
        }

        private void blockClose() {
            indent--;
        }

        /** Runs {@code r} with a fresh output buffer and returns what it wrote (null if nothing). */
        private String buffered(Runnable r) {
            StringBuilder savedOut = out;
            boolean savedWritten = written;
            out = new StringBuilder();
            written = false;
            r.run();
            String result = written ? out.toString() : null;
            out = savedOut;
            written = savedWritten;
            return result;
        }

        private void traverse(Node node) {
            traverse(node, TEST);
        }

        private void traverse(Node node, int precedence) {
            given = precedence;
            node.accept(this);
        }

        private void traverseAll(List<? extends Node> nodes) {
            for (Node n : nodes) {
                traverse(n);
            }
        }

        private void commaSeparated(List<? extends Node> nodes) {
            for (int i = 0; i < nodes.size(); i++) {
                if (i > 0) {
                    write(", ");
                }
                traverse(nodes.get(i));
            }
        }

        /** items_view: comma-separated, with a trailing comma after a single item. */
        private void itemsView(List<? extends Node> items) {
            if (items.size() == 1) {
                traverse(items.get(0));
                write(",");
            } else {
                commaSeparated(items);
            }
        }

        private boolean open(String start, boolean condition) {
            if (condition) {
                write(start);
            }
            return condition;
        }

        private void close(String end, boolean opened) {
            if (opened) {
                write(end);
            }
        }

        private static Expr.Constant rawDocstring(List<Stmt> body) {
            if (body.isEmpty() || !(body.get(0) instanceof Stmt.Expr)) {
                return null;
            }
            Expr value = ((Stmt.Expr) body.get(0)).value();
            if (value instanceof Expr.Constant && ((Expr.Constant) value).value() instanceof ConstantValue.StrValue) {
                return (Expr.Constant) value;
            }
            return null;
        }

        private String typeComment(Stmt node, String typeComment) {
            String comment = typeIgnores.get(node.lineno());
            if (comment == null) {
                comment = typeComment;
            }
            return comment == null ? null : " # type: " + comment;
        }

        private void writeDocstringAndTraverseBody(List<Stmt> body) {
            Expr.Constant doc = rawDocstring(body);
            if (doc != null) {
                writeDocstring(doc);
                traverseAll(body.subList(1, body.size()));
            } else {
                traverseAll(body);
            }
        }

        private void writeDocstring(Expr.Constant node) {
            fill();
            if ("u".equals(node.kind())) {
                write("u");
            }
            writeStrAvoidingBackslashes(((ConstantValue.StrValue) node.value()).codePoints(), MULTI_QUOTES);
        }

        // -------------------------------------------------------------- string literals

        private static Literal strLiteral(String string, List<String> quoteTypes, boolean escapeSpecialWhitespace) {
            return strLiteral(string.codePoints().toArray(), quoteTypes, escapeSpecialWhitespace);
        }

        /** The literal for the str made of the given code points (which may be surrogates). */
        private static Literal strLiteral(int[] string, List<String> quoteTypes, boolean escapeSpecialWhitespace) {
            StringBuilder sb = new StringBuilder(string.length);
            for (int cp : string) {
                if (!escapeSpecialWhitespace && (cp == '\n' || cp == '\t')) {
                    sb.append((char) cp);
                } else if (cp == '\\' || !PyRepr.isPrintable(cp)) {
                    PyRepr.appendUnicodeEscape(sb, cp);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            String escaped = sb.toString();
            List<String> possible = new ArrayList<>();
            boolean hasNewline = escaped.indexOf('\n') >= 0;
            for (String q : quoteTypes) {
                if ((!hasNewline || MULTI_QUOTES.contains(q)) && !escaped.contains(q)) {
                    possible.add(q);
                }
            }
            if (possible.isEmpty()) {
                String r = PyRepr.strRepr(string);
                char first = r.charAt(0);
                String quote = String.valueOf(first);
                for (String q : quoteTypes) {
                    if (q.indexOf(first) >= 0) {
                        quote = q;
                        break;
                    }
                }
                return new Literal(r.substring(1, r.length() - 1), List.of(quote));
            }
            if (!escaped.isEmpty()) {
                char last = escaped.charAt(escaped.length() - 1);
                // stable sort: quotes not starting with the last character first
                List<String> sorted = new ArrayList<>(possible.size());
                for (String q : possible) {
                    if (q.charAt(0) != last) {
                        sorted.add(q);
                    }
                }
                for (String q : possible) {
                    if (q.charAt(0) == last) {
                        sorted.add(q);
                    }
                }
                possible = sorted;
                if (possible.get(0).charAt(0) == last) {
                    escaped = escaped.substring(0, escaped.length() - 1) + "\\" + last;
                }
            }
            return new Literal(escaped, possible);
        }

        private void writeStrAvoidingBackslashes(String string, List<String> quoteTypes) {
            writeStrAvoidingBackslashes(string.codePoints().toArray(), quoteTypes);
        }

        private void writeStrAvoidingBackslashes(int[] string, List<String> quoteTypes) {
            Literal lit = strLiteral(string, quoteTypes, false);
            String q = lit.quotes.get(0);
            write(q + lit.body + q);
        }

        private void writeFstringInner(Node node) {
            if (node instanceof Expr.JoinedStr) {
                for (Expr value : ((Expr.JoinedStr) node).values()) {
                    writeFstringInner(value);
                }
            } else if (node instanceof Expr.Constant
                    && ((Expr.Constant) node).value() instanceof ConstantValue.StrValue) {
                String value = ((ConstantValue.StrValue) ((Expr.Constant) node).value()).value();
                write(value.replace("{", "{{").replace("}", "}}"));
            } else if (node instanceof Expr.FormattedValue) {
                visitFormattedValue((Expr.FormattedValue) node);
            } else {
                throw new IllegalArgumentException("Unexpected node inside JoinedStr, " + node);
            }
        }

        private void writeConstant(ConstantValue value) {
            if (value instanceof ConstantValue.FloatValue || value instanceof ConstantValue.ComplexValue) {
                write(value.repr().replace("inf", INFSTR).replace("nan", "(" + INFSTR + "-" + INFSTR + ")"));
            } else if (avoidBackslashes && value instanceof ConstantValue.StrValue) {
                writeStrAvoidingBackslashes(((ConstantValue.StrValue) value).codePoints(), ALL_QUOTES);
            } else {
                write(value.repr());
            }
        }

        // ------------------------------------------------------------------------ mod

        @Override
        public Void visitDefault(Node node) {
            // ast.NodeVisitor.generic_visit: nothing to write for leaves without a visit_ method
            return null;
        }

        @Override
        public Void visitModule(Mod.Module node) {
            typeIgnores.clear();
            for (TypeIgnore ignore : node.typeIgnores()) {
                typeIgnores.put(ignore.lineno(), "ignore" + ignore.tag());
            }
            writeDocstringAndTraverseBody(node.body());
            typeIgnores.clear();
            return null;
        }

        @Override
        public Void visitInteractive(Mod.Interactive node) {
            // no visit_Interactive: generic_visit calls visit() on each statement, and each call
            // starts a new output, so only the last statement's text is returned
            for (Stmt s : node.body()) {
                visit(s);
            }
            return null;
        }

        @Override
        public Void visitExpression(Mod.Expression node) {
            visit(node.body());
            return null;
        }

        @Override
        public Void visitFunctionType(Mod.FunctionType node) {
            write("(");
            commaSeparated(node.argtypes());
            write(")");
            write(" -> ");
            traverse(node.returns());
            return null;
        }

        // ---------------------------------------------------------------------- stmt

        @Override
        public Void visitExpr(Stmt.Expr node) {
            fill();
            traverse(node.value(), YIELD);
            return null;
        }

        @Override
        public Void visitImport(Stmt.Import node) {
            fill("import ");
            commaSeparated(node.names());
            return null;
        }

        @Override
        public Void visitImportFrom(Stmt.ImportFrom node) {
            fill("from ");
            int level = node.level() == null ? 0 : node.level();
            write(".".repeat(Math.max(0, level)));
            if (node.module() != null && !node.module().isEmpty()) {
                write(node.module());
            }
            write(" import ");
            commaSeparated(node.names());
            return null;
        }

        @Override
        public Void visitAssign(Stmt.Assign node) {
            fill();
            for (Expr target : node.targets()) {
                traverse(target, TUPLE);
                write(" = ");
            }
            traverse(node.value());
            String tc = typeComment(node, node.typeComment());
            if (tc != null) {
                write(tc);
            }
            return null;
        }

        @Override
        public Void visitAugAssign(Stmt.AugAssign node) {
            fill();
            traverse(node.target());
            write(" " + binop(node.op()) + "= ");
            traverse(node.value());
            return null;
        }

        @Override
        public Void visitAnnAssign(Stmt.AnnAssign node) {
            fill();
            boolean p = open("(", node.simple() == 0 && node.target() instanceof Expr.Name);
            traverse(node.target());
            close(")", p);
            write(": ");
            traverse(node.annotation());
            if (node.value() != null) {
                write(" = ");
                traverse(node.value());
            }
            return null;
        }

        @Override
        public Void visitReturn(Stmt.Return node) {
            fill("return");
            if (node.value() != null) {
                write(" ");
                traverse(node.value());
            }
            return null;
        }

        @Override
        public Void visitPass(Stmt.Pass node) {
            fill("pass");
            return null;
        }

        @Override
        public Void visitBreak(Stmt.Break node) {
            fill("break");
            return null;
        }

        @Override
        public Void visitContinue(Stmt.Continue node) {
            fill("continue");
            return null;
        }

        @Override
        public Void visitDelete(Stmt.Delete node) {
            fill("del ");
            commaSeparated(node.targets());
            return null;
        }

        @Override
        public Void visitAssert(Stmt.Assert node) {
            fill("assert ");
            traverse(node.test());
            if (node.msg() != null) {
                write(", ");
                traverse(node.msg());
            }
            return null;
        }

        @Override
        public Void visitGlobal(Stmt.Global node) {
            fill("global ");
            writeNames(node.names());
            return null;
        }

        @Override
        public Void visitNonlocal(Stmt.Nonlocal node) {
            fill("nonlocal ");
            writeNames(node.names());
            return null;
        }

        private void writeNames(List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    write(", ");
                }
                write(names.get(i));
            }
        }

        @Override
        public Void visitRaise(Stmt.Raise node) {
            fill("raise");
            if (node.exc() == null) {
                if (node.cause() != null) {
                    throw new IllegalArgumentException("Node can't use cause without an exception.");
                }
                return null;
            }
            write(" ");
            traverse(node.exc());
            if (node.cause() != null) {
                write(" from ");
                traverse(node.cause());
            }
            return null;
        }

        private void doVisitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                List<Stmt> finalbody) {
            fill("try");
            blockOpen(null);
            traverseAll(body);
            blockClose();
            traverseAll(handlers);
            if (!orelse.isEmpty()) {
                fill("else");
                blockOpen(null);
                traverseAll(orelse);
                blockClose();
            }
            if (!finalbody.isEmpty()) {
                fill("finally");
                blockOpen(null);
                traverseAll(finalbody);
                blockClose();
            }
        }

        @Override
        public Void visitTry(Stmt.Try node) {
            boolean prev = inTryStar;
            try {
                inTryStar = false;
                doVisitTry(node.body(), node.handlers(), node.orelse(), node.finalbody());
            } finally {
                inTryStar = prev;
            }
            return null;
        }

        @Override
        public Void visitTryStar(Stmt.TryStar node) {
            boolean prev = inTryStar;
            try {
                inTryStar = true;
                doVisitTry(node.body(), node.handlers(), node.orelse(), node.finalbody());
            } finally {
                inTryStar = prev;
            }
            return null;
        }

        @Override
        public Void visitExceptHandler(ExceptHandler node) {
            fill(inTryStar ? "except*" : "except");
            if (node.type() != null) {
                write(" ");
                traverse(node.type());
            }
            if (node.name() != null && !node.name().isEmpty()) {
                write(" as ");
                write(node.name());
            }
            blockOpen(null);
            traverseAll(node.body());
            blockClose();
            return null;
        }

        @Override
        public Void visitClassDef(Stmt.ClassDef node) {
            maybeNewline();
            for (Expr deco : node.decoratorList()) {
                fill("@");
                traverse(deco);
            }
            fill("class " + node.name());
            boolean p = open("(", !node.bases().isEmpty() || !node.keywords().isEmpty());
            boolean comma = false;
            for (Expr e : node.bases()) {
                if (comma) {
                    write(", ");
                } else {
                    comma = true;
                }
                traverse(e);
            }
            for (Keyword e : node.keywords()) {
                if (comma) {
                    write(", ");
                } else {
                    comma = true;
                }
                traverse(e);
            }
            close(")", p);
            blockOpen(null);
            writeDocstringAndTraverseBody(node.body());
            blockClose();
            return null;
        }

        @Override
        public Void visitFunctionDef(Stmt.FunctionDef node) {
            functionHelper(node, "def", node.decoratorList(), node.name(), node.args(), node.returns(),
                    node.typeComment(), node.body());
            return null;
        }

        @Override
        public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
            functionHelper(node, "async def", node.decoratorList(), node.name(), node.args(), node.returns(),
                    node.typeComment(), node.body());
            return null;
        }

        private void functionHelper(Stmt node, String fillSuffix, List<Expr> decorators, String name,
                Arguments args, Expr returns, String typeComment, List<Stmt> body) {
            maybeNewline();
            for (Expr deco : decorators) {
                fill("@");
                traverse(deco);
            }
            fill(fillSuffix + " " + name);
            write("(");
            traverse(args);
            write(")");
            if (returns != null) {
                write(" -> ");
                traverse(returns);
            }
            blockOpen(typeComment(node, typeComment));
            writeDocstringAndTraverseBody(body);
            blockClose();
        }

        @Override
        public Void visitFor(Stmt.For node) {
            forHelper("for ", node, node.target(), node.iter(), node.body(), node.orelse(), node.typeComment());
            return null;
        }

        @Override
        public Void visitAsyncFor(Stmt.AsyncFor node) {
            forHelper("async for ", node, node.target(), node.iter(), node.body(), node.orelse(),
                    node.typeComment());
            return null;
        }

        private void forHelper(String fill, Stmt node, Expr target, Expr iter, List<Stmt> body,
                List<Stmt> orelse, String typeComment) {
            fill(fill);
            traverse(target, TUPLE);
            write(" in ");
            traverse(iter);
            blockOpen(typeComment(node, typeComment));
            traverseAll(body);
            blockClose();
            if (!orelse.isEmpty()) {
                fill("else");
                blockOpen(null);
                traverseAll(orelse);
                blockClose();
            }
        }

        @Override
        public Void visitIf(Stmt.If node) {
            fill("if ");
            traverse(node.test());
            blockOpen(null);
            traverseAll(node.body());
            blockClose();
            // collapse nested ifs into equivalent elifs
            while (node.orelse().size() == 1 && node.orelse().get(0) instanceof Stmt.If) {
                node = (Stmt.If) node.orelse().get(0);
                fill("elif ");
                traverse(node.test());
                blockOpen(null);
                traverseAll(node.body());
                blockClose();
            }
            if (!node.orelse().isEmpty()) {
                fill("else");
                blockOpen(null);
                traverseAll(node.orelse());
                blockClose();
            }
            return null;
        }

        @Override
        public Void visitWhile(Stmt.While node) {
            fill("while ");
            traverse(node.test());
            blockOpen(null);
            traverseAll(node.body());
            blockClose();
            if (!node.orelse().isEmpty()) {
                fill("else");
                blockOpen(null);
                traverseAll(node.orelse());
                blockClose();
            }
            return null;
        }

        @Override
        public Void visitWith(Stmt.With node) {
            fill("with ");
            commaSeparated(node.items());
            blockOpen(typeComment(node, node.typeComment()));
            traverseAll(node.body());
            blockClose();
            return null;
        }

        @Override
        public Void visitAsyncWith(Stmt.AsyncWith node) {
            fill("async with ");
            commaSeparated(node.items());
            blockOpen(typeComment(node, node.typeComment()));
            traverseAll(node.body());
            blockClose();
            return null;
        }

        @Override
        public Void visitMatch(Stmt.Match node) {
            fill("match ");
            traverse(node.subject());
            blockOpen(null);
            traverseAll(node.cases());
            blockClose();
            return null;
        }

        // ---------------------------------------------------------------------- expr

        @Override
        public Void visitNamedExpr(Expr.NamedExpr node) {
            boolean p = open("(", given > NAMED_EXPR);
            traverse(node.target(), ATOM);
            write(" := ");
            traverse(node.value(), ATOM);
            close(")", p);
            return null;
        }

        @Override
        public Void visitAwait(Expr.Await node) {
            boolean p = open("(", given > AWAIT);
            write("await");
            write(" ");
            traverse(node.value(), ATOM);
            close(")", p);
            return null;
        }

        @Override
        public Void visitYield(Expr.Yield node) {
            boolean p = open("(", given > YIELD);
            write("yield");
            if (node.value() != null) {
                write(" ");
                traverse(node.value(), ATOM);
            }
            close(")", p);
            return null;
        }

        @Override
        public Void visitYieldFrom(Expr.YieldFrom node) {
            boolean p = open("(", given > YIELD);
            write("yield from ");
            traverse(node.value(), ATOM);
            close(")", p);
            return null;
        }

        @Override
        public Void visitJoinedStr(Expr.JoinedStr node) {
            write("f");
            if (avoidBackslashes) {
                String inner = buffered(() -> writeFstringInner(node));
                writeStrAvoidingBackslashes(inner == null ? "" : inner, ALL_QUOTES);
                return null;
            }
            List<String> texts = new ArrayList<>();
            List<Boolean> constants = new ArrayList<>();
            for (Expr value : node.values()) {
                String text = buffered(() -> writeFstringInner(value));
                texts.add(text == null ? "" : text);
                constants.add(value instanceof Expr.Constant);
            }
            List<String> parts = new ArrayList<>();
            List<String> quoteTypes = ALL_QUOTES;
            boolean fallbackToRepr = false;
            for (int i = 0; i < texts.size(); i++) {
                Literal lit = strLiteral(texts.get(i), quoteTypes, constants.get(i));
                parts.add(lit.body);
                boolean disjoint = true;
                for (String q : lit.quotes) {
                    if (quoteTypes.contains(q)) {
                        disjoint = false;
                        break;
                    }
                }
                if (disjoint) {
                    fallbackToRepr = true;
                    break;
                }
                quoteTypes = lit.quotes;
            }
            if (fallbackToRepr) {
                quoteTypes = List.of("'''");
                parts.clear();
                for (String text : texts) {
                    String r = PyRepr.strRepr("\"" + text);
                    parts.add(r.substring(2, r.length() - 1));
                }
            }
            String q = quoteTypes.get(0);
            write(q + String.join("", parts) + q);
            return null;
        }

        @Override
        public Void visitFormattedValue(Expr.FormattedValue node) {
            write("{");
            Impl inner = new Impl(true);
            inner.out = new StringBuilder();
            inner.traverse(node.value(), next(TEST));
            String expr = inner.out.toString();
            if (expr.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("Unable to avoid backslash in f-string expression part");
            }
            if (expr.startsWith("{")) {
                // separate a pair of opening braces as "{ {"
                write(" ");
            }
            write(expr);
            if (node.conversion() != -1) {
                write("!" + new String(Character.toChars(node.conversion())));
            }
            if (node.formatSpec() != null) {
                write(":");
                writeFstringInner(node.formatSpec());
            }
            write("}");
            return null;
        }

        @Override
        public Void visitName(Expr.Name node) {
            write(node.id());
            return null;
        }

        @Override
        public Void visitConstant(Expr.Constant node) {
            ConstantValue value = node.value();
            if (value == ConstantValue.ELLIPSIS) {
                write("...");
            } else {
                if ("u".equals(node.kind())) {
                    write("u");
                }
                writeConstant(value);
            }
            return null;
        }

        @Override
        public Void visitList(Expr.List node) {
            write("[");
            commaSeparated(node.elts());
            write("]");
            return null;
        }

        private void comprehensions(List<Comprehension> generators) {
            for (Comprehension gen : generators) {
                traverse(gen);
            }
        }

        @Override
        public Void visitListComp(Expr.ListComp node) {
            write("[");
            traverse(node.elt());
            comprehensions(node.generators());
            write("]");
            return null;
        }

        @Override
        public Void visitGeneratorExp(Expr.GeneratorExp node) {
            write("(");
            traverse(node.elt());
            comprehensions(node.generators());
            write(")");
            return null;
        }

        @Override
        public Void visitSetComp(Expr.SetComp node) {
            write("{");
            traverse(node.elt());
            comprehensions(node.generators());
            write("}");
            return null;
        }

        @Override
        public Void visitDictComp(Expr.DictComp node) {
            write("{");
            traverse(node.key());
            write(": ");
            traverse(node.value());
            comprehensions(node.generators());
            write("}");
            return null;
        }

        @Override
        public Void visitComprehension(Comprehension node) {
            write(node.isAsync() != 0 ? " async for " : " for ");
            traverse(node.target(), TUPLE);
            write(" in ");
            traverse(node.iter(), next(TEST));
            for (Expr ifClause : node.ifs()) {
                write(" if ");
                traverse(ifClause, next(TEST));
            }
            return null;
        }

        @Override
        public Void visitIfExp(Expr.IfExp node) {
            boolean p = open("(", given > TEST);
            traverse(node.body(), next(TEST));
            write(" if ");
            traverse(node.test(), next(TEST));
            write(" else ");
            traverse(node.orelse(), TEST);
            close(")", p);
            return null;
        }

        @Override
        public Void visitSet(Expr.Set node) {
            if (!node.elts().isEmpty()) {
                write("{");
                commaSeparated(node.elts());
                write("}");
            } else {
                // `{}` would be a dict and `set` might be shadowed
                write("{*()}");
            }
            return null;
        }

        @Override
        public Void visitDict(Expr.Dict node) {
            write("{");
            int n = Math.min(node.keys().size(), node.values().size());
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    write(", ");
                }
                Expr k = node.keys().get(i);
                Expr v = node.values().get(i);
                if (k == null) {
                    write("**");
                    traverse(v, EXPR);
                } else {
                    traverse(k);
                    write(": ");
                    traverse(v);
                }
            }
            write("}");
            return null;
        }

        @Override
        public Void visitTuple(Expr.Tuple node) {
            boolean p = open("(", node.elts().isEmpty() || given > TUPLE);
            itemsView(node.elts());
            close(")", p);
            return null;
        }

        @Override
        public Void visitUnaryOp(Expr.UnaryOp node) {
            String operator;
            int precedence;
            switch (node.op()) {
                case Invert: operator = "~"; precedence = FACTOR; break;
                case Not: operator = "not"; precedence = NOT; break;
                case UAdd: operator = "+"; precedence = FACTOR; break;
                case USub: operator = "-"; precedence = FACTOR; break;
                default: throw new AssertionError(node.op());
            }
            boolean p = open("(", given > precedence);
            write(operator);
            // factor prefixes (+, -, ~) are not separated from their operand
            if (precedence != FACTOR) {
                write(" ");
            }
            traverse(node.operand(), precedence);
            close(")", p);
            return null;
        }

        @Override
        public Void visitBinOp(Expr.BinOp node) {
            String operator = binop(node.op());
            int precedence = binopPrecedence(node.op());
            boolean p = open("(", given > precedence);
            int left;
            int right;
            if (node.op() == Operator.Pow) {
                left = next(precedence);
                right = precedence;
            } else {
                left = precedence;
                right = next(precedence);
            }
            traverse(node.left(), left);
            write(" " + operator + " ");
            traverse(node.right(), right);
            close(")", p);
            return null;
        }

        @Override
        public Void visitCompare(Expr.Compare node) {
            boolean p = open("(", given > CMP);
            traverse(node.left(), next(CMP));
            int n = Math.min(node.ops().size(), node.comparators().size());
            for (int i = 0; i < n; i++) {
                write(" " + cmpop(node.ops().get(i)) + " ");
                traverse(node.comparators().get(i), next(CMP));
            }
            close(")", p);
            return null;
        }

        @Override
        public Void visitBoolOp(Expr.BoolOp node) {
            String s = node.op() == BoolOpKind.And ? " and " : " or ";
            int precedence = node.op() == BoolOpKind.And ? AND : OR;
            boolean p = open("(", given > precedence);
            List<Expr> values = node.values();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    write(s);
                }
                precedence = next(precedence);
                traverse(values.get(i), precedence);
            }
            close(")", p);
            return null;
        }

        @Override
        public Void visitAttribute(Expr.Attribute node) {
            traverse(node.value(), ATOM);
            // 3.__abs__() is a syntax error: write 3 .__abs__()
            if (node.value() instanceof Expr.Constant) {
                ConstantValue v = ((Expr.Constant) node.value()).value();
                if (v instanceof ConstantValue.IntValue || v == ConstantValue.TRUE || v == ConstantValue.FALSE) {
                    write(" ");
                }
            }
            write(".");
            write(node.attr());
            return null;
        }

        @Override
        public Void visitCall(Expr.Call node) {
            traverse(node.func(), ATOM);
            write("(");
            boolean comma = false;
            for (Expr e : node.args()) {
                if (comma) {
                    write(", ");
                } else {
                    comma = true;
                }
                traverse(e);
            }
            for (Keyword e : node.keywords()) {
                if (comma) {
                    write(", ");
                } else {
                    comma = true;
                }
                traverse(e);
            }
            write(")");
            return null;
        }

        @Override
        public Void visitSubscript(Expr.Subscript node) {
            traverse(node.value(), ATOM);
            write("[");
            if (node.slice() instanceof Expr.Tuple && !((Expr.Tuple) node.slice()).elts().isEmpty()) {
                // parentheses can be omitted if the tuple isn't empty
                itemsView(((Expr.Tuple) node.slice()).elts());
            } else {
                traverse(node.slice());
            }
            write("]");
            return null;
        }

        @Override
        public Void visitStarred(Expr.Starred node) {
            write("*");
            traverse(node.value(), EXPR);
            return null;
        }

        @Override
        public Void visitSlice(Expr.Slice node) {
            if (node.lower() != null) {
                traverse(node.lower());
            }
            write(":");
            if (node.upper() != null) {
                traverse(node.upper());
            }
            if (node.step() != null) {
                write(":");
                traverse(node.step());
            }
            return null;
        }

        @Override
        public Void visitLambda(Expr.Lambda node) {
            boolean p = open("(", given > TEST);
            write("lambda");
            String args = buffered(() -> traverse(node.args()));
            if (args != null) {
                write(" ");
                write(args);
            }
            write(": ");
            traverse(node.body(), TEST);
            close(")", p);
            return null;
        }

        // ----------------------------------------------------------------- products

        @Override
        public Void visitArg(Arg node) {
            write(node.arg());
            if (node.annotation() != null) {
                write(": ");
                traverse(node.annotation());
            }
            return null;
        }

        @Override
        public Void visitArguments(Arguments node) {
            boolean first = true;
            List<Arg> allArgs = new ArrayList<>(node.posonlyargs());
            allArgs.addAll(node.args());
            List<Expr> defaults = node.defaults();
            int missing = allArgs.size() - defaults.size();
            int posonly = node.posonlyargs().size();
            for (int i = 0; i < allArgs.size(); i++) {
                // defaults are right-aligned under the parameters ([None] * missing + defaults);
                // with more defaults than parameters, zip() pairs them from the left
                Expr d = missing < 0 ? defaults.get(i) : i >= missing ? defaults.get(i - missing) : null;
                if (first) {
                    first = false;
                } else {
                    write(", ");
                }
                traverse(allArgs.get(i));
                if (d != null) {
                    write("=");
                    traverse(d);
                }
                if (i + 1 == posonly) {
                    write(", /");
                }
            }
            if (node.vararg() != null || !node.kwonlyargs().isEmpty()) {
                if (first) {
                    first = false;
                } else {
                    write(", ");
                }
                write("*");
                if (node.vararg() != null) {
                    write(node.vararg().arg());
                    if (node.vararg().annotation() != null) {
                        write(": ");
                        traverse(node.vararg().annotation());
                    }
                }
            }
            if (!node.kwonlyargs().isEmpty()) {
                int n = Math.min(node.kwonlyargs().size(), node.kwDefaults().size());
                for (int i = 0; i < n; i++) {
                    write(", ");
                    traverse(node.kwonlyargs().get(i));
                    Expr d = node.kwDefaults().get(i);
                    if (d != null) {
                        write("=");
                        traverse(d);
                    }
                }
            }
            if (node.kwarg() != null) {
                if (!first) {
                    write(", ");
                }
                write("**" + node.kwarg().arg());
                if (node.kwarg().annotation() != null) {
                    write(": ");
                    traverse(node.kwarg().annotation());
                }
            }
            return null;
        }

        @Override
        public Void visitKeyword(Keyword node) {
            if (node.arg() == null) {
                write("**");
            } else {
                write(node.arg());
                write("=");
            }
            traverse(node.value());
            return null;
        }

        @Override
        public Void visitAlias(Alias node) {
            write(node.name());
            if (node.asname() != null && !node.asname().isEmpty()) {
                write(" as " + node.asname());
            }
            return null;
        }

        @Override
        public Void visitWithItem(WithItem node) {
            traverse(node.contextExpr());
            if (node.optionalVars() != null) {
                write(" as ");
                traverse(node.optionalVars());
            }
            return null;
        }

        @Override
        public Void visitMatchCase(MatchCase node) {
            fill("case ");
            traverse(node.pattern());
            if (node.guard() != null) {
                write(" if ");
                traverse(node.guard());
            }
            blockOpen(null);
            traverseAll(node.body());
            blockClose();
            return null;
        }

        // ------------------------------------------------------------------ patterns

        @Override
        public Void visitMatchValue(Pattern.MatchValue node) {
            traverse(node.value());
            return null;
        }

        @Override
        public Void visitMatchSingleton(Pattern.MatchSingleton node) {
            writeConstant(node.value());
            return null;
        }

        @Override
        public Void visitMatchSequence(Pattern.MatchSequence node) {
            write("[");
            commaSeparated(node.patterns());
            write("]");
            return null;
        }

        @Override
        public Void visitMatchStar(Pattern.MatchStar node) {
            write("*" + (node.name() == null ? "_" : node.name()));
            return null;
        }

        @Override
        public Void visitMatchMapping(Pattern.MatchMapping node) {
            write("{");
            List<Expr> keys = node.keys();
            if (keys.size() != node.patterns().size()) {
                throw new IllegalArgumentException("zip() argument 2 is "
                        + (node.patterns().size() < keys.size() ? "shorter" : "longer") + " than argument 1");
            }
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    write(", ");
                }
                traverse(keys.get(i));
                write(": ");
                traverse(node.patterns().get(i));
            }
            if (node.rest() != null) {
                if (!keys.isEmpty()) {
                    write(", ");
                }
                write("**" + node.rest());
            }
            write("}");
            return null;
        }

        @Override
        public Void visitMatchClass(Pattern.MatchClass node) {
            traverse(node.cls(), ATOM);
            write("(");
            List<Pattern> patterns = node.patterns();
            commaSeparated(patterns);
            List<String> attrs = node.kwdAttrs();
            if (!attrs.isEmpty()) {
                if (!patterns.isEmpty()) {
                    write(", ");
                }
                if (attrs.size() != node.kwdPatterns().size()) {
                    throw new IllegalArgumentException("zip() argument 2 is "
                            + (node.kwdPatterns().size() < attrs.size() ? "shorter" : "longer")
                            + " than argument 1");
                }
                for (int i = 0; i < attrs.size(); i++) {
                    if (i > 0) {
                        write(", ");
                    }
                    write(attrs.get(i) + "=");
                    traverse(node.kwdPatterns().get(i));
                }
            }
            write(")");
            return null;
        }

        @Override
        public Void visitMatchAs(Pattern.MatchAs node) {
            if (node.name() == null) {
                write("_");
            } else if (node.pattern() == null) {
                write(node.name());
            } else {
                boolean p = open("(", given > TEST);
                traverse(node.pattern(), BOR);
                write(" as " + node.name());
                close(")", p);
            }
            return null;
        }

        @Override
        public Void visitMatchOr(Pattern.MatchOr node) {
            boolean p = open("(", given > BOR);
            List<Pattern> patterns = node.patterns();
            for (int i = 0; i < patterns.size(); i++) {
                if (i > 0) {
                    write(" | ");
                }
                traverse(patterns.get(i), next(BOR));
            }
            close(")", p);
            return null;
        }
    }
}
