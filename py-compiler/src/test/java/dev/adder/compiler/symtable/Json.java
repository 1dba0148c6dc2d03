package dev.adder.compiler.symtable;

import java.util.List;

/** JSON strings and string lists exactly as Python's {@code json.dumps(x, ensure_ascii=True)} writes them. */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        quote(s, b);
        return b.toString();
    }

    static void quote(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        b.append(c);
                    } else {
                        b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    }
                }
            }
        }
        b.append('"');
    }

    /** {@code json.dumps(list_of_str)}: {@code ["a", "b"]}. */
    static String list(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            quote(items.get(i), b);
        }
        return b.append(']').toString();
    }

    /** Reads the JSON string at {@code text[start]}; {@code end[0]} gets the index after it. */
    static String unquote(String text, int start, int[] end) {
        if (text.charAt(start) != '"') {
            throw new IllegalArgumentException("no JSON string at " + start);
        }
        StringBuilder b = new StringBuilder();
        int i = start + 1;
        while (true) {
            char c = text.charAt(i++);
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = text.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        end[0] = i;
        return b.toString();
    }

    static String unquote(String text) {
        int[] end = new int[1];
        return unquote(text, 0, end);
    }
}
