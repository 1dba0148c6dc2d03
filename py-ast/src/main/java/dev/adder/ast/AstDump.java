package dev.adder.ast;

import dev.adder.ast.internal.PyRepr;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code ast.dump}: a tree printed with its node class names and field names.
 *
 * <p>CPython: {@code dump} in Lib/ast.py. As there, a field that is None where the ASDL type
 * says it is optional is left out; a node whose printed fields are all "simple" (no nested
 * node with fields, no non-empty list) and at most three stays on one line when an indent is
 * given; {@code annotate_fields} is always true.
 */
public final class AstDump {

    private final String indent;
    private final boolean includeAttributes;
    /** Whether the last value formatted was "simple" in dump's sense. */
    private boolean simple;

    private AstDump(boolean includeAttributes, String indent) {
        this.includeAttributes = includeAttributes;
        this.indent = indent;
    }

    /** {@code ast.dump(node)}: one line, no positions. */
    public static String dump(Node node) {
        return dump(node, false, (String) null);
    }

    /**
     * {@code ast.dump(node, include_attributes=includeAttributes, indent=indent)}.
     *
     * @param indent null for one line; else the number of spaces per level (a negative number
     *     gives newlines without indentation, as in Python)
     */
    public static String dump(Node node, boolean includeAttributes, Integer indent) {
        return dump(node, includeAttributes, indent == null ? null : " ".repeat(Math.max(0, indent)));
    }

    /**
     * {@code ast.dump(node, include_attributes=includeAttributes, indent=indent)} with a string
     * indent.
     *
     * @param indent null for one line; else the text that indents each level
     */
    public static String dump(Node node, boolean includeAttributes, String indent) {
        if (node == null) {
            throw new IllegalArgumentException("expected AST, got 'NoneType'");
        }
        return new AstDump(includeAttributes, indent).format(node, 0);
    }

    private String format(Object value, int level) {
        String prefix;
        String sep;
        if (indent != null) {
            level++;
            prefix = "\n" + indent.repeat(level);
            sep = ",\n" + indent.repeat(level);
        } else {
            prefix = "";
            sep = ", ";
        }
        if (value instanceof Node) {
            Node node = (Node) value;
            List<String> args = new ArrayList<>();
            boolean allSimple = true;
            List<String> fields = node.fieldNames();
            for (int i = 0, n = fields.size(); i < n; i++) {
                Object v = node.fieldValue(i);
                if (v == null) {
                    // only optional fields are null; dump leaves them out
                    continue;
                }
                String text = format(v, level);
                allSimple &= simple;
                args.add(fields.get(i) + "=" + text);
            }
            if (includeAttributes) {
                List<String> attrs = node.attributeNames();
                for (int i = 0, n = attrs.size(); i < n; i++) {
                    String text = format(node.attributeValue(i), level);
                    allSimple &= simple;
                    args.add(attrs.get(i) + "=" + text);
                }
            }
            String name = node.typeName();
            if (allSimple && args.size() <= 3) {
                simple = args.isEmpty();
                return name + "(" + String.join(", ", args) + ")";
            }
            simple = false;
            return name + "(" + prefix + String.join(sep, args) + ")";
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            if (list.isEmpty()) {
                simple = true;
                return "[]";
            }
            StringBuilder sb = new StringBuilder("[").append(prefix);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(format(list.get(i), level));
            }
            simple = false;
            return sb.append(']').toString();
        }
        simple = true;
        if (value == null) {
            return "None";
        }
        if (value instanceof String) {
            return PyRepr.strRepr((String) value);
        }
        if (value instanceof ConstantValue) {
            return ((ConstantValue) value).repr();
        }
        return value.toString();
    }
}
