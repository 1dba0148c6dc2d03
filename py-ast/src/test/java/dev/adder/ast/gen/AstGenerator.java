package dev.adder.ast.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates the AST node types of {@code dev.adder.ast} from {@code src/main/asdl/python.asdl}.
 *
 * <p>CPython: Parser/asdl.py (the ASDL reader) and Parser/asdl_c.py (which generates
 * Include/internal/pycore_ast.h and Python/Python-ast.c). This generator reads the same
 * notation and writes Java instead: sums with several constructors become sealed interfaces
 * with nested records, sums of bare constructors become enums, products and single-constructor
 * sums become top-level records; plus the visitor, walker and transformer.
 *
 * <p>Run {@link #main} with the py-ast module directory as argument (default: the current
 * directory) to rewrite the generated sources, e.g. from py-ast after {@code mvn test-compile}:
 * {@code java -cp target/test-classes dev.adder.ast.gen.AstGenerator .};
 * {@code AstGeneratorTest} regenerates in memory and fails when the checked-in files differ.
 */
public final class AstGenerator {

    /** First line of every generated file. */
    public static final String HEADER = "// Generated from python.asdl by AstGenerator; do not edit.";

    /** The spec's location inside the py-ast module. */
    public static final String SPEC = "src/main/asdl/python.asdl";

    /** Where generated sources go inside the py-ast module. */
    public static final String OUT = "src/main/java/dev/adder/ast/";

    private static final String PKG = "dev.adder.ast";

    /** Java names that are not the UpperCamel form of the ASDL type name. */
    private static final Map<String, String> TYPE_NAMES = Map.of(
            "boolop", "BoolOpKind",
            "unaryop", "UnaryOpKind",
            "cmpop", "CmpOp",
            "withitem", "WithItem");

    /**
     * Sequence fields whose elements may be None: {@code Dict.keys} (None for {@code **d}) and
     * {@code arguments.kw_defaults} (None for a keyword-only parameter without default).
     */
    private static final Set<String> NULLABLE_ELEMENTS = Set.of("Dict.keys", "arguments.kw_defaults");

    // ---------------------------------------------------------------------------------- model

    /** One field {@code type name}, {@code type* name} or {@code type? name}. */
    record Field(String type, String name, boolean seq, boolean opt) {
        String javaName() {
            return camel(name, false);
        }
    }

    /** One constructor of a sum, or the single shape of a product (name is then null). */
    record Constructor(String name, List<Field> fields) {
    }

    /** One ASDL definition. */
    record Type(String name, List<Constructor> constructors, List<Field> product, List<Field> attributes) {
        boolean isProduct() {
            return product != null;
        }

        boolean isEnum() {
            return !isProduct() && attributes.isEmpty()
                    && constructors.stream().allMatch(c -> c.fields().isEmpty());
        }

        boolean isSealed() {
            return !isProduct() && !isEnum() && constructors.size() > 1;
        }

        /** Product or single-constructor sum: one top-level record. */
        boolean isRecord() {
            return isProduct() || (!isEnum() && constructors.size() == 1);
        }

        boolean located() {
            return !attributes.isEmpty();
        }

        List<Field> recordFields() {
            return isProduct() ? product : constructors.get(0).fields();
        }

        /** The Python class name of a record type. */
        String pythonName() {
            return isProduct() ? name : constructors.get(0).name();
        }

        String javaName() {
            String n = TYPE_NAMES.get(name);
            if (n != null) {
                return n;
            }
            if (!isProduct() && !isEnum() && constructors.size() == 1) {
                return constructors.get(0).name();
            }
            return camel(name, true);
        }
    }

    // --------------------------------------------------------------------------------- parser

    /** A small reader for the ASDL notation (CPython: Parser/asdl.py). */
    static final class SpecReader {
        private final String src;
        private int pos;
        private String tok;

        SpecReader(String src) {
            this.src = src;
            advance();
        }

        private void advance() {
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '-' && pos + 1 < src.length() && src.charAt(pos + 1) == '-') {
                    while (pos < src.length() && src.charAt(pos) != '\n') {
                        pos++;
                    }
                } else {
                    break;
                }
            }
            if (pos >= src.length()) {
                tok = null;
                return;
            }
            char c = src.charAt(pos);
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < src.length()
                        && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                tok = src.substring(start, pos);
            } else if ("{}()=|,*?".indexOf(c) >= 0) {
                tok = String.valueOf(c);
                pos++;
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "' at offset " + pos);
            }
        }

        private String take() {
            if (tok == null) {
                throw new IllegalArgumentException("unexpected end of spec");
            }
            String t = tok;
            advance();
            return t;
        }

        private void expect(String t) {
            String got = take();
            if (!got.equals(t)) {
                throw new IllegalArgumentException("expected '" + t + "' but found '" + got + "'");
            }
        }

        private boolean accept(String t) {
            if (t.equals(tok)) {
                advance();
                return true;
            }
            return false;
        }

        List<Type> read() {
            expect("module");
            take();
            expect("{");
            List<Type> types = new ArrayList<>();
            while (!accept("}")) {
                String name = take();
                expect("=");
                if ("(".equals(tok)) {
                    List<Field> fields = fields();
                    types.add(new Type(name, null, fields, attributes()));
                } else {
                    List<Constructor> cons = new ArrayList<>();
                    do {
                        String cname = take();
                        List<Field> fields = "(".equals(tok) ? fields() : List.of();
                        cons.add(new Constructor(cname, fields));
                    } while (accept("|"));
                    types.add(new Type(name, cons, null, attributes()));
                }
            }
            if (tok != null) {
                throw new IllegalArgumentException("text after the module's closing brace");
            }
            return types;
        }

        private List<Field> attributes() {
            return accept("attributes") ? fields() : List.of();
        }

        private List<Field> fields() {
            expect("(");
            List<Field> out = new ArrayList<>();
            do {
                String type = take();
                boolean seq = accept("*");
                boolean opt = !seq && accept("?");
                out.add(new Field(type, take(), seq, opt));
            } while (accept(","));
            expect(")");
            return out;
        }
    }

    // ------------------------------------------------------------------------------ generator

    private final List<Type> types;
    private final Map<String, Type> byName = new LinkedHashMap<>();

    private AstGenerator(List<Type> types) {
        this.types = types;
        for (Type t : types) {
            byName.put(t.name(), t);
        }
    }

    /** Generates every file from the spec's text: relative path under {@link #OUT} -> content. */
    public static Map<String, String> generate(String spec) {
        return new AstGenerator(new SpecReader(spec).read()).files();
    }

    /** Rewrites the generated sources of the py-ast module at {@code args[0]} (default "."). */
    public static void main(String[] args) throws IOException {
        Path module = Path.of(args.length > 0 ? args[0] : ".");
        String spec = Files.readString(module.resolve(SPEC), StandardCharsets.UTF_8);
        Map<String, String> files = generate(spec);
        Path out = module.resolve(OUT);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = out.resolve(e.getKey());
            if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                System.out.println("wrote " + p);
            }
        }
    }

    private Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Node.java", node());
        out.put("Located.java", located());
        for (Type t : types) {
            String code;
            if (t.isEnum()) {
                code = enumType(t);
            } else if (t.isSealed()) {
                code = sealedType(t);
            } else {
                code = recordType(t);
            }
            out.put(t.javaName() + ".java", code);
        }
        out.put("AstVisitor.java", visitor());
        out.put("AstWalker.java", walker());
        out.put("AstTransformer.java", transformer());
        return out;
    }

    // ----------------------------------------------------------------------------- utilities

    static String camel(String snake, boolean upper) {
        StringBuilder sb = new StringBuilder();
        boolean up = upper;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    private static boolean builtin(String type) {
        return type.equals("identifier") || type.equals("string") || type.equals("int")
                || type.equals("constant");
    }

    /** The Java type of a field's element, qualified where a nested type would shadow it. */
    private String elementType(String asdlType, Set<String> shadowed) {
        switch (asdlType) {
            case "identifier":
            case "string":
                return "String";
            case "int":
                return "int";
            case "constant":
                return "ConstantValue";
            default:
                String j = byName.get(asdlType).javaName();
                return shadowed.contains(j) ? PKG + "." + j : j;
        }
    }

    private String javaType(Field f, Set<String> shadowed) {
        String e = elementType(f.type(), shadowed);
        if (f.seq()) {
            return "java.util.List<" + (e.equals("int") ? "Integer" : e) + ">";
        }
        if (f.opt() && e.equals("int")) {
            return "Integer";
        }
        return e;
    }

    /** The ASDL signature, for javadoc. */
    private static String signature(String name, List<Field> fields) {
        StringBuilder sb = new StringBuilder(name);
        if (!fields.isEmpty()) {
            sb.append('(');
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(f.type()).append(f.seq() ? "*" : f.opt() ? "?" : "").append(' ').append(f.name());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static String quoteList(List<Field> fields) {
        StringBuilder sb = new StringBuilder("java.util.List.of(");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('"').append(fields.get(i).name()).append('"');
        }
        return sb.append(')').toString();
    }

    /** Every concrete node type: [Java type as seen from the package, Python name, visit suffix]. */
    private List<String[]> concreteTypes() {
        List<String[]> out = new ArrayList<>();
        for (Type t : types) {
            if (t.isSealed()) {
                for (Constructor c : t.constructors()) {
                    out.add(new String[] {t.javaName() + "." + c.name(), c.name(), c.name()});
                }
            } else {
                out.add(new String[] {t.javaName(), t.javaName(), t.javaName()});
            }
        }
        return out;
    }

    // ----------------------------------------------------------------------------- Node etc.

    private String node() {
        StringBuilder permits = new StringBuilder("Located");
        for (Type t : types) {
            if (!t.located()) {
                permits.append(", ").append(t.javaName());
            }
        }
        return HEADER + "\n"
                + "package " + PKG + ";\n"
                + "\n"
                + "/**\n"
                + " * The root of Adder's abstract syntax tree: every node type implements this interface.\n"
                + " *\n"
                + " * <p>CPython: the {@code ast.AST} base class (Python/Python-ast.c). Besides double dispatch\n"
                + " * through {@link AstVisitor}, each node describes itself as the {@code ast} module does:\n"
                + " * its class name, its ASDL fields ({@code _fields}) and attributes ({@code _attributes}).\n"
                + " */\n"
                + "public sealed interface Node permits " + permits + " {\n"
                + "\n"
                + "    /** The node's Python class name in the {@code ast} module, e.g. {@code \"BinOp\"}. */\n"
                + "    String typeName();\n"
                + "\n"
                + "    /** The ASDL field names in order, as {@code ast.X._fields}. */\n"
                + "    java.util.List<String> fieldNames();\n"
                + "\n"
                + "    /**\n"
                + "     * The value of field {@code index} of {@link #fieldNames()}: a {@link Node}, a\n"
                + "     * {@code java.util.List} of nodes, strings or integers, a {@code String}, an\n"
                + "     * {@code Integer}, a {@link ConstantValue}, or null for an absent optional field.\n"
                + "     *\n"
                + "     * @throws IndexOutOfBoundsException if there is no such field\n"
                + "     */\n"
                + "    Object fieldValue(int index);\n"
                + "\n"
                + "    /** The attribute names, as {@code ast.X._attributes}: positions for located nodes. */\n"
                + "    default java.util.List<String> attributeNames() {\n"
                + "        return java.util.List.of();\n"
                + "    }\n"
                + "\n"
                + "    /**\n"
                + "     * The value of attribute {@code index} of {@link #attributeNames()}.\n"
                + "     *\n"
                + "     * @throws IndexOutOfBoundsException if there is no such attribute\n"
                + "     */\n"
                + "    default Object attributeValue(int index) {\n"
                + "        throw new IndexOutOfBoundsException(index);\n"
                + "    }\n"
                + "\n"
                + "    /** Calls the visitor's method for this node's concrete type. */\n"
                + "    <R> R accept(AstVisitor<R> visitor);\n"
                + "}\n";
    }

    private String located() {
        StringBuilder permits = new StringBuilder();
        List<Field> attrs = null;
        for (Type t : types) {
            if (t.located()) {
                if (permits.length() > 0) {
                    permits.append(", ");
                }
                permits.append(t.javaName());
                if (attrs != null && !attrs.equals(t.attributes())
                        && !names(attrs).equals(names(t.attributes()))) {
                    throw new IllegalArgumentException("located types differ in attribute names");
                }
                attrs = t.attributes();
            }
        }
        if (!names(attrs).equals(List.of("lineno", "col_offset", "end_lineno", "end_col_offset"))) {
            throw new IllegalArgumentException("unexpected attributes " + names(attrs));
        }
        return HEADER + "\n"
                + "package " + PKG + ";\n"
                + "\n"
                + "/**\n"
                + " * A node with a source position: the ASDL attributes {@code lineno, col_offset, end_lineno,\n"
                + " * end_col_offset}, kept in one {@link Position}.\n"
                + " *\n"
                + " * <p>CPython: the {@code attributes (...)} of stmt, expr, excepthandler, arg, keyword, alias\n"
                + " * and pattern in Parser/Python.asdl.\n"
                + " */\n"
                + "public sealed interface Located extends Node permits " + permits + " {\n"
                + "\n"
                + "    /** The attribute names of every located node. */\n"
                + "    java.util.List<String> ATTRIBUTES = " + quoteList(attrs) + ";\n"
                + "\n"
                + "    /** The node's source position. */\n"
                + "    Position pos();\n"
                + "\n"
                + "    /** First line, 1-based ({@code lineno}). */\n"
                + "    default int lineno() {\n"
                + "        return pos().lineno();\n"
                + "    }\n"
                + "\n"
                + "    /** Start column as a UTF-8 byte offset ({@code col_offset}). */\n"
                + "    default int colOffset() {\n"
                + "        return pos().colOffset();\n"
                + "    }\n"
                + "\n"
                + "    /** Last line, 1-based ({@code end_lineno}). */\n"
                + "    default int endLineno() {\n"
                + "        return pos().endLineno();\n"
                + "    }\n"
                + "\n"
                + "    /** End column (exclusive) as a UTF-8 byte offset ({@code end_col_offset}). */\n"
                + "    default int endColOffset() {\n"
                + "        return pos().endColOffset();\n"
                + "    }\n"
                + "\n"
                + "    /** Start column in code points. */\n"
                + "    default int col() {\n"
                + "        return pos().col();\n"
                + "    }\n"
                + "\n"
                + "    /** End column (exclusive) in code points. */\n"
                + "    default int endCol() {\n"
                + "        return pos().endCol();\n"
                + "    }\n"
                + "\n"
                + "    @Override\n"
                + "    default java.util.List<String> attributeNames() {\n"
                + "        return ATTRIBUTES;\n"
                + "    }\n"
                + "\n"
                + "    @Override\n"
                + "    default Object attributeValue(int index) {\n"
                + "        Position p = pos();\n"
                + "        switch (index) {\n"
                + "            case 0: return p.lineno();\n"
                + "            case 1: return p.colOffset();\n"
                + "            case 2: return p.endLineno();\n"
                + "            case 3: return p.endColOffset();\n"
                + "            default: throw new IndexOutOfBoundsException(index);\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    private static List<String> names(List<Field> fields) {
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            out.add(f.name());
        }
        return out;
    }

    // ---------------------------------------------------------------------------- node types

    private String enumType(Type t) {
        String j = t.javaName();
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("package ").append(PKG).append(";\n\n");
        sb.append("/**\n");
        sb.append(" * ASDL {@code ").append(t.name()).append(" = ");
        for (int i = 0; i < t.constructors().size(); i++) {
            sb.append(i > 0 ? " | " : "").append(t.constructors().get(i).name());
        }
        sb.append("}.\n *\n");
        sb.append(" * <p>CPython: {@code ").append(t.name()).append("} in Parser/Python.asdl.\n");
        sb.append(" */\n");
        sb.append("public enum ").append(j).append(" implements Node {\n");
        for (int i = 0; i < t.constructors().size(); i++) {
            String c = t.constructors().get(i).name();
            sb.append("    /** {@code ast.").append(c).append("}. */\n");
            sb.append("    ").append(c).append(i + 1 < t.constructors().size() ? ",\n" : ";\n");
        }
        sb.append("\n");
        sb.append("    @Override\n    public String typeName() {\n        return name();\n    }\n\n");
        sb.append("    @Override\n    public java.util.List<String> fieldNames() {\n")
          .append("        return java.util.List.of();\n    }\n\n");
        sb.append("    @Override\n    public Object fieldValue(int index) {\n")
          .append("        throw new IndexOutOfBoundsException(index);\n    }\n\n");
        sb.append("    @Override\n    public <R> R accept(AstVisitor<R> visitor) {\n")
          .append("        return visitor.visit").append(j).append("(this);\n    }\n");
        sb.append("}\n");
        return sb.toString();
    }

    private String sealedType(Type t) {
        String j = t.javaName();
        Set<String> shadowed = new java.util.HashSet<>();
        for (Constructor c : t.constructors()) {
            shadowed.add(c.name());
        }
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("package ").append(PKG).append(";\n\n");
        sb.append("/**\n");
        sb.append(" * ASDL sum type {@code ").append(t.name()).append("}: one nested record per constructor.\n");
        sb.append(" *\n");
        sb.append(" * <p>CPython: {@code ").append(t.name())
          .append("} in Parser/Python.asdl ({@code ").append(t.name()).append("_ty} in Include/internal/pycore_ast.h).\n");
        sb.append(" */\n");
        sb.append("public sealed interface ").append(j).append(" extends ")
          .append(t.located() ? "Located" : "Node").append(" {\n");
        for (Constructor c : t.constructors()) {
            sb.append('\n');
            record(sb, "    ", c.name(), c.name(), c.fields(), t.located(), j, shadowed);
        }
        sb.append("}\n");
        return sb.toString();
    }

    private String recordType(Type t) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("package ").append(PKG).append(";\n\n");
        record(sb, "", t.javaName(), t.pythonName(), t.recordFields(), t.located(),
                t.located() ? "Located" : "Node", Set.of());
        return sb.toString();
    }

    private void record(StringBuilder sb, String in, String javaName, String pyName, List<Field> fields,
            boolean located, String implemented, Set<String> shadowed) {
        boolean nested = !in.isEmpty();
        sb.append(in).append("/**\n");
        sb.append(in).append(" * {@code ").append(signature(pyName, fields)).append("}")
          .append(located ? ", with its source position" : "").append(".\n");
        sb.append(in).append(" *\n");
        for (Field f : fields) {
            if (NULLABLE_ELEMENTS.contains(pyName + "." + f.name())) {
                sb.append(in).append(" * <p>{@code ").append(f.javaName())
                  .append("} may hold null elements (None in Python).\n");
                sb.append(in).append(" *\n");
            }
        }
        sb.append(in).append(" * <p>CPython: {@code ast.").append(pyName).append("} (Parser/Python.asdl).\n");
        sb.append(in).append(" */\n");
        sb.append(in).append(nested ? "" : "public ").append("record ").append(javaName).append('(');
        List<String> params = new ArrayList<>();
        for (Field f : fields) {
            params.add(javaType(f, shadowed) + " " + f.javaName());
        }
        if (located) {
            params.add("Position pos");
        }
        String paramIndent = in + " ".repeat(("record " + javaName + "(").length() + (nested ? 0 : 7));
        int col = sb.length() - sb.lastIndexOf("\n") - 1;
        String suffix = ") implements " + implemented + " {";
        for (int i = 0; i < params.size(); i++) {
            boolean last = i + 1 == params.size();
            String p = params.get(i) + (last ? "" : ",");
            int width = p.length() + (last ? suffix.length() : 0);
            if (i > 0) {
                if (col + 1 + width > 100) {
                    sb.append('\n').append(paramIndent);
                    col = paramIndent.length();
                } else {
                    sb.append(' ');
                    col++;
                }
            }
            sb.append(p);
            col += p.length();
        }
        sb.append(suffix).append('\n');
        String b = in + "    ";
        sb.append('\n');
        sb.append(b).append("private static final java.util.List<String> FIELDS = ").append(quoteList(fields))
          .append(";\n\n");
        // canonical constructor: null checks and immutable copies
        List<String> body = new ArrayList<>();
        for (Field f : fields) {
            String n = f.javaName();
            if (f.seq()) {
                if (NULLABLE_ELEMENTS.contains(pyName + "." + f.name())) {
                    body.add(n + " = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(" + n + "));");
                } else {
                    body.add(n + " = java.util.List.copyOf(" + n + ");");
                }
            } else if (!f.opt() && !f.type().equals("int")) {
                body.add("java.util.Objects.requireNonNull(" + n + ", \"" + f.name() + "\");");
            }
        }
        if (located) {
            body.add("java.util.Objects.requireNonNull(pos, \"pos\");");
        }
        if (!body.isEmpty()) {
            sb.append(b).append("/** Checks required fields and makes the lists immutable. */\n");
            sb.append(b).append("public ").append(javaName).append(" {\n");
            for (String s : body) {
                sb.append(b).append("    ").append(s).append('\n');
            }
            sb.append(b).append("}\n\n");
        }
        sb.append(b).append("@Override\n").append(b).append("public String typeName() {\n")
          .append(b).append("    return \"").append(pyName).append("\";\n").append(b).append("}\n\n");
        sb.append(b).append("@Override\n").append(b).append("public java.util.List<String> fieldNames() {\n")
          .append(b).append("    return FIELDS;\n").append(b).append("}\n\n");
        sb.append(b).append("@Override\n").append(b).append("public Object fieldValue(int index) {\n");
        if (fields.isEmpty()) {
            sb.append(b).append("    throw new IndexOutOfBoundsException(index);\n");
        } else {
            sb.append(b).append("    switch (index) {\n");
            for (int i = 0; i < fields.size(); i++) {
                sb.append(b).append("        case ").append(i).append(": return ")
                  .append(fields.get(i).javaName()).append(";\n");
            }
            sb.append(b).append("        default: throw new IndexOutOfBoundsException(index);\n");
            sb.append(b).append("    }\n");
        }
        sb.append(b).append("}\n\n");
        sb.append(b).append("@Override\n").append(b).append("public <R> R accept(AstVisitor<R> visitor) {\n")
          .append(b).append("    return visitor.visit").append(javaName).append("(this);\n")
          .append(b).append("}\n");
        sb.append(in).append("}\n");
    }

    // ------------------------------------------------------------------------------ visitors

    private String visitor() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("package ").append(PKG).append(";\n\n");
        sb.append("/**\n");
        sb.append(" * A visitor with one method per concrete node type; each defaults to\n");
        sb.append(" * {@link #visitDefault(Node)}.\n");
        sb.append(" *\n");
        sb.append(" * <p>CPython: {@code ast.NodeVisitor} (Lib/ast.py), whose {@code visit_X} methods these are.\n");
        sb.append(" *\n");
        sb.append(" * @param <R> the result type\n");
        sb.append(" */\n");
        sb.append("public interface AstVisitor<R> {\n\n");
        sb.append("    /** Called by every visit method that is not overridden; returns null unless overridden. */\n");
        sb.append("    default R visitDefault(Node node) {\n        return null;\n    }\n");
        for (String[] c : concreteTypes()) {
            sb.append("\n    /** Visits {@code ast.").append(c[1]).append("}. */\n");
            sb.append("    default R visit").append(c[2]).append('(').append(c[0]).append(" node) {\n");
            sb.append("        return visitDefault(node);\n    }\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** For each concrete record type: its Java name, visit suffix and fields. */
    private interface RecordSink {
        void accept(String javaType, String suffix, List<Field> fields, boolean located, String pyName);
    }

    private void forEachRecord(RecordSink sink) {
        for (Type t : types) {
            if (t.isSealed()) {
                for (Constructor c : t.constructors()) {
                    sink.accept(t.javaName() + "." + c.name(), c.name(), c.fields(), t.located(), c.name());
                }
            } else if (t.isRecord()) {
                sink.accept(t.javaName(), t.javaName(), t.recordFields(), t.located(), t.pythonName());
            }
        }
    }

    private boolean isNodeType(String asdlType) {
        return !builtin(asdlType);
    }

    private String walker() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("package ").append(PKG).append(";\n\n");
        sb.append("/**\n");
        sb.append(" * A visitor that visits every child of every node, in field order. Override a visit method\n");
        sb.append(" * to act on a node type and call {@code super.visitX(node)} to continue into its children.\n");
        sb.append(" *\n");
        sb.append(" * <p>CPython: {@code ast.NodeVisitor.generic_visit} (Lib/ast.py).\n");
        sb.append(" */\n");
        sb.append("public class AstWalker implements AstVisitor<Void> {\n\n");
        sb.append("    /** Creates a walker. */\n    public AstWalker() {\n    }\n\n");
        sb.append("    /**\n");
        sb.append("     * Visits {@code node} unless it is null; the visit methods call this for every child, so\n");
        sb.append("     * an override sees every node of the tree (call {@code super.walk(node)} to go on).\n");
        sb.append("     */\n");
        sb.append("    public void walk(Node node) {\n");
        sb.append("        if (node != null) {\n            node.accept(this);\n        }\n    }\n\n");
        sb.append("    /** Walks each node of {@code nodes} in order (null elements are skipped). */\n");
        sb.append("    protected final void walkAll(java.util.List<? extends Node> nodes) {\n");
        sb.append("        for (int i = 0, n = nodes.size(); i < n; i++) {\n");
        sb.append("            walk(nodes.get(i));\n");
        sb.append("        }\n    }\n");
        forEachRecord((jt, suffix, fields, located, py) -> {
            sb.append("\n    @Override\n    public Void visit").append(suffix).append('(').append(jt).append(" node) {\n");
            for (Field f : fields) {
                if (isNodeType(f.type())) {
                    sb.append("        walk").append(f.seq() ? "All" : "").append("(node.").append(f.javaName())
                      .append("());\n");
                }
            }
            sb.append("        return null;\n    }\n");
        });
        for (Type t : types) {
            if (t.isEnum()) {
                sb.append("\n    @Override\n    public Void visit").append(t.javaName()).append('(')
                  .append(t.javaName()).append(" node) {\n        return null;\n    }\n");
            }
        }
        sb.append("}\n");
        return sb.toString();
    }

    private String transformer() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append("package ").append(PKG).append(";\n\n");
        sb.append("/**\n");
        sb.append(" * A visitor that returns a rebuilt tree: each visit method transforms the node's children\n");
        sb.append(" * and returns the node itself when none changed, else a new node with the new children.\n");
        sb.append(" * Override a visit method to replace a node; a null result removes the node from a list\n");
        sb.append(" * field (and leaves an optional field absent). A replacement must have the type the field\n");
        sb.append(" * holds, or a {@code ClassCastException} follows.\n");
        sb.append(" *\n");
        sb.append(" * <p>CPython: {@code ast.NodeTransformer} (Lib/ast.py).\n");
        sb.append(" */\n");
        sb.append("public class AstTransformer implements AstVisitor<Node> {\n\n");
        sb.append("    /** Creates a transformer. */\n    public AstTransformer() {\n    }\n\n");
        sb.append("    /** Returns the node unchanged: the result for node types without children. */\n");
        sb.append("    @Override\n    public Node visitDefault(Node node) {\n        return node;\n    }\n\n");
        sb.append("    /** Transforms {@code node} (null stays null). */\n");
        sb.append("    @SuppressWarnings(\"unchecked\")\n");
        sb.append("    protected final <T extends Node> T transform(T node) {\n");
        sb.append("        return node == null ? null : (T) node.accept(this);\n    }\n\n");
        sb.append("    /**\n");
        sb.append("     * Transforms each node of {@code nodes}, dropping null results; returns {@code nodes}\n");
        sb.append("     * itself when nothing changed.\n");
        sb.append("     */\n");
        sb.append("    protected final <T extends Node> java.util.List<T> transformAll(java.util.List<T> nodes) {\n");
        sb.append("        java.util.List<T> out = null;\n");
        sb.append("        for (int i = 0, n = nodes.size(); i < n; i++) {\n");
        sb.append("            T old = nodes.get(i);\n");
        sb.append("            T now = transform(old);\n");
        sb.append("            if (out == null && now != old) {\n");
        sb.append("                out = new java.util.ArrayList<>(nodes.subList(0, i));\n");
        sb.append("            }\n");
        sb.append("            if (out != null && now != null) {\n                out.add(now);\n            }\n");
        sb.append("        }\n");
        sb.append("        return out == null ? nodes : out;\n    }\n\n");
        sb.append("    /**\n");
        sb.append("     * Transforms each node of {@code nodes}, keeping null elements and results in place\n");
        sb.append("     * (for {@code Dict.keys} and {@code Arguments.kwDefaults}, where null means None).\n");
        sb.append("     */\n");
        sb.append("    protected final <T extends Node> java.util.List<T> transformEach(java.util.List<T> nodes) {\n");
        sb.append("        java.util.List<T> out = null;\n");
        sb.append("        for (int i = 0, n = nodes.size(); i < n; i++) {\n");
        sb.append("            T old = nodes.get(i);\n");
        sb.append("            T now = transform(old);\n");
        sb.append("            if (out == null && now != old) {\n");
        sb.append("                out = new java.util.ArrayList<>(nodes.subList(0, i));\n");
        sb.append("            }\n");
        sb.append("            if (out != null) {\n                out.add(now);\n            }\n");
        sb.append("        }\n");
        sb.append("        return out == null ? nodes : out;\n    }\n");
        forEachRecord((jt, suffix, fields, located, py) -> {
            sb.append("\n    @Override\n    public Node visit").append(suffix).append('(').append(jt).append(" node) {\n");
            List<String> changed = new ArrayList<>();
            List<String> args = new ArrayList<>();
            for (Field f : fields) {
                String n = f.javaName();
                if (isNodeType(f.type())) {
                    String jtype = javaType(f, Set.of());
                    String fn = f.seq() ? (NULLABLE_ELEMENTS.contains(py + "." + f.name()) ? "transformEach" : "transformAll")
                            : "transform";
                    sb.append("        ").append(jtype).append(' ').append(n).append(" = ").append(fn)
                      .append("(node.").append(n).append("());\n");
                    changed.add(n + " != node." + n + "()");
                    args.add(n);
                } else {
                    args.add("node." + n + "()");
                }
            }
            if (located) {
                args.add("node.pos()");
            }
            if (changed.isEmpty()) {
                sb.append("        return node;\n    }\n");
                return;
            }
            sb.append("        if (").append(String.join("\n                || ", changed)).append(") {\n");
            sb.append("            return new ").append(jt).append('(').append(String.join(", ", args)).append(");\n");
            sb.append("        }\n        return node;\n    }\n");
        });
        for (Type t : types) {
            if (t.isEnum()) {
                sb.append("\n    @Override\n    public Node visit").append(t.javaName()).append('(')
                  .append(t.javaName()).append(" node) {\n        return node;\n    }\n");
            }
        }
        sb.append("}\n");
        return sb.toString();
    }
}
