package dev.adder.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries of syntax-errors.txt (its header describes the format): invalid programs, each
 * with a unique name.
 */
final class SyntaxErrorTable {

    /** One invalid program. */
    record Entry(String name, int line, byte[] source) {}

    private SyntaxErrorTable() {}

    static List<Entry> load() {
        String text;
        try (InputStream in = SyntaxErrorTable.class.getResourceAsStream("syntax-errors.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource dev/adder/it/syntax-errors.txt");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    static List<Entry> parse(String text) {
        String[] lines = text.split("\n", -1);
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String name = null;
        Set<String> flags = Set.of();
        int start = 0;
        List<String> body = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            if (line == null || line.startsWith("=== ")) {
                if (name != null) {
                    entries.add(new Entry(name, start, source(name, flags, body)));
                }
                if (line == null) {
                    break;
                }
                String[] parts = line.substring(4).trim().split("\\s+");
                name = parts[0];
                if (!names.add(name)) {
                    throw new IllegalArgumentException("syntax-errors.txt:" + (i + 1) + ": duplicate entry " + name);
                }
                flags = Set.of(parts).stream().filter(p -> !p.equals(parts[0])).collect(java.util.stream.Collectors.toSet());
                for (String f : flags) {
                    if (!f.equals("noeol") && !f.equals("esc")) {
                        throw new IllegalArgumentException("syntax-errors.txt:" + (i + 1) + ": unknown flag " + f);
                    }
                }
                start = i + 1;
                body = new ArrayList<>();
            } else if (name != null) {
                body.add(line);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                throw new IllegalArgumentException("syntax-errors.txt:" + (i + 1) + ": text before the first entry");
            }
        }
        return entries;
    }

    private static byte[] source(String name, Set<String> flags, List<String> body) {
        int n = body.size();
        while (n > 0 && body.get(n - 1).isEmpty()) {
            n--;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(body.get(i)).append('\n');
        }
        if (flags.contains("noeol") && s.length() > 0) {
            s.setLength(s.length() - 1);
        }
        return flags.contains("esc") ? unescape(name, s.toString()) : s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The escapes of the "esc" flag: tab, newline, CR, form feed, NUL, backslash, x + 2 hex digits (a byte), u + 4 hex digits (a character, UTF-8 encoded). */
    static byte[] unescape(String name, String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c != '\\') {
                out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
                continue;
            }
            char e = s.charAt(i + 1);
            switch (e) {
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'f' -> out.write('\f');
                case '0' -> out.write(0);
                case '\\' -> out.write('\\');
                case 'x' -> {
                    out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.writeBytes(String.valueOf((char) Integer.parseInt(s.substring(i + 2, i + 6), 16))
                            .getBytes(StandardCharsets.UTF_8));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("syntax-errors.txt: " + name + ": unknown escape \\" + e);
            }
            i += 2;
        }
        return out.toByteArray();
    }
}
