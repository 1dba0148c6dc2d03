package dev.adder.it;

import java.util.ArrayList;
import java.util.List;

/**
 * An error line of the oracle: a one-letter tag, the JSON-quoted exception type, some positions
 * (integers or '-' for None) and the JSON-quoted message, separated by single spaces, e.g.
 * {@code S "SyntaxError" 3 1 3 8 "invalid syntax"}.
 */
record ErrorRecord(String tag, String type, List<String> positions, String msg) {

    static ErrorRecord parse(String line) {
        int[] end = new int[1];
        String tag = line.substring(0, line.indexOf(' '));
        String type = Json.unquote(line, tag.length() + 1, end);
        int i = end[0];
        List<String> positions = new ArrayList<>();
        while (i < line.length() && line.charAt(i) == ' ' && line.charAt(i + 1) != '"') {
            int j = line.indexOf(' ', i + 1);
            positions.add(line.substring(i + 1, j));
            i = j;
        }
        String msg = Json.unquote(line, i + 1, end);
        if (end[0] != line.length()) {
            throw new IllegalArgumentException("trailing text in " + line);
        }
        return new ErrorRecord(tag, type, List.copyOf(positions), msg);
    }

    /** The first position ('-' if None). */
    String line() { return positions.isEmpty() ? "-" : positions.get(0); }

    String position(int i) { return i < positions.size() ? positions.get(i) : "-"; }
}
