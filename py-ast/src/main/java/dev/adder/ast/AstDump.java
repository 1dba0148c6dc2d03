package dev.adder.ast;

import dev.adder.ast.internal.PyRepr;
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
    private final StringBuilder out = new StringBuilder();

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
        AstDump d = new AstDump(includeAttributes, indent);
        d.format(node, 0);
        return d.out.toString();
    }

    /** The number of name=value pairs dump prints for a node (at least 1 when there are any). */
    private int printedArgs(Node node) {
        int n = includeAttributes ? node.attributeNames().size() : 0;
        if (n > 0) {
            return n;
        }
        for (int i = 0, k = node.fieldNames().size(); i < k; i++) {
            if (node.fieldValue(i) != null) {
                n++;
            }
        }
        return n;
    }

    /** dump's "simple": a scalar, an empty list, or a node printed without arguments. */
    private boolean isSimple(Object value) {
        if (value instanceof Node) {
            return printedArgs((Node) value) == 0;
        }
        if (value instanceof List) {
            return ((List<?>) value).isEmpty();
        }
        return true;
    }

    /** Starts a new line at {@code level} (the prefix and separator of dump's _format). */
    private void newline(int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) {
            out.append(indent);
        }
    }

    private void format(Object value, int level) {
        if (indent != null) {
            level++;
        }
        if (value instanceof Node) {
            Node node = (Node) value;
            List<String> fields = node.fieldNames();
            List<String> attrs = includeAttributes ? node.attributeNames() : List.of();
            // one line when every printed value is simple and there are at most three
            int args = 0;
            boolean allSimple = true;
            for (int i = 0, n = fields.size(); i < n; i++) {
                Object v = node.fieldValue(i);
                if (v != null) {
                    args++;
                    allSimple = allSimple && isSimple(v);
                }
            }
            args += attrs.size();
            boolean oneLine = allSimple && args <= 3;
            out.append(node.typeName()).append('(');
            boolean first = true;
            for (int i = 0, n = fields.size(); i < n; i++) {
                Object v = node.fieldValue(i);
                if (v == null) {
                    // only optional fields are null; dump leaves them out
                    continue;
                }
                separator(first, oneLine, level);
                first = false;
                out.append(fields.get(i)).append('=');
                format(v, level);
            }
            for (int i = 0, n = attrs.size(); i < n; i++) {
                separator(first, oneLine, level);
                first = false;
                out.append(attrs.get(i)).append('=');
                format(node.attributeValue(i), level);
            }
            out.append(')');
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                separator(i == 0, false, level);
                format(list.get(i), level);
            }
            out.append(']');
        } else if (value == null) {
            out.append("None");
        } else if (value instanceof Integer) {
            out.append(((Integer) value).intValue());
        } else if (value instanceof String) {
            PyRepr.appendStrRepr(out, (String) value);
        } else if (value instanceof ConstantValue) {
            out.append(((ConstantValue) value).repr());
        } else {
            out.append(value);
        }
    }

    /** Before an item: nothing or dump's prefix for the first, else ", " or dump's separator. */
    private void separator(boolean first, boolean oneLine, int level) {
        if (oneLine || indent == null) {
            if (!first) {
                out.append(", ");
            }
        } else {
            if (!first) {
                out.append(',');
            }
            newline(level);
        }
    }
}
