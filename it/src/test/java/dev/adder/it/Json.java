package dev.adder.it;

/**
 * The one piece of JSON the conformance files use: strings, written as Python's
 * {@code json.dumps(s, ensure_ascii=True)} writes them, so that a Java string and the oracle's
 * string compare as text.
 */
final class Json {
    private Json() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** As {@code json.dumps(s, ensure_ascii=True)}: ASCII only, lowercase {@code \\uXXXX}. */
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

    /** Reads the JSON string that starts at {@code text[start]}; {@code end[0]} gets the index after it. */
    static String unquote(String text, int start, int[] end) {
        if (start >= text.length() || text.charAt(start) != '"') {
            throw new IllegalArgumentException("no JSON string at " + start + " in " + abbreviate(text, 200));
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
                case '"', '\\', '/' -> b.append(e);
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("bad escape \\" + e + " in " + abbreviate(text, 200));
            }
        }
        if (end != null) {
            end[0] = i;
        }
        return b.toString();
    }

    /** The whole of {@code text} is one JSON string. */
    static String unquote(String text) {
        int[] end = new int[1];
        String s = unquote(text, 0, end);
        if (end[0] != text.length()) {
            throw new IllegalArgumentException("trailing text after JSON string: " + abbreviate(text, 200));
        }
        return s;
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...[" + s.length() + " chars]";
    }
}
