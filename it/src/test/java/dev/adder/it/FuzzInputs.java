package dev.adder.it;

import dev.adder.parser.Mode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The inputs of {@link ParserFuzzTest}: input number {@code i} is a pure function of the seed, the
 * corpus and {@code i}, so any failure can be made again from its number. Generators, in turn:
 * byte flips, truncations, spliced token runs of several files, line edits (indentation), deep
 * nesting of brackets, operators and blocks, random bytes and random token soup, invalid UTF-8 and
 * encoding declarations, huge and malformed numbers, NUL bytes, string and f-string literals,
 * mutated entries of syntax-errors.txt, and token replacement.
 */
final class FuzzInputs {

    /** One input: which generator made it, the bytes, and the mode to parse it in. */
    record Input(long index, String kind, byte[] bytes, Mode mode) {}

    static final String[] KINDS = {
        "flip", "truncate", "splice", "lines", "nest", "random", "utf8", "number", "nul", "string",
        "table", "replace",
    };

    private static final byte[] INTERESTING = bytes("()[]{}:;,.'\"\\#\n\r\t\f \0=+-*/@!$?`~<>|&^%_0123456789jJxXeEbBoOfFrRuU");

    private static final String[] SOUP = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", " ", "    ", "\t", "x", "y", "1", "0", "1.5", "'",
        "\"", "'''", "\\", "\\\n", "#", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@", "|", "&", "^", "~",
        "<<", ">>", "<", ">", "!=", ".", "...", "->", ":=", "+=", "if ", "elif ", "else", "def ", "class ",
        "lambda", "yield", "await ", "async ", "match ", "case ", "_", "not ", " in ", " is ", "for ",
        "while ", "try", "except", "except*", "finally", "with ", " as ", "import ", "from ", "return",
        "global ", "nonlocal ", "del ", "pass", "break", "continue", "raise ", "assert ", "None", "True",
        "False", "and", "or", "f'", "f\"", "{x}", "{x!r}", "{x:>10}", "b'", "r'", "rb'", "u'", "!", "$", "?",
        "\r", "\f", "\r\n", "é", "€", "\u00a0", "print ", "print(", "*a", "**k", "/,", "x=1", "0x", "0o", "0b",
        "1e", "1_0", "00", "1j", "\u2028", "\ufeff",
    };

    private static final String[] PREFIXES = {"", "r", "b", "f", "rb", "br", "fr", "rf", "u", "R", "B", "F", "U", "Rb", "bR", "fR", "Fr", "ur"};
    private static final String[] QUOTES = {"'", "\"", "'''", "\"\"\""};
    private static final String[] STRING_BITS = {
        "a", "é", "\\", "\\\\", "\\n", "\\x4", "\\x41", "\\u12", "\\u1234", "\\U0010ffff", "\\U00110000",
        "\\N{BULLET}", "\\N{NO SUCH}", "\\N{", "\\0", "\\777", "{", "}", "{{", "}}", "{x}", "{x!r}", "{x!}",
        "{x:{y}}", "{x:{y:{z}}}", "{x=}", "{=}", "{}", "{ }", "{#}", "{x#}", "{'a'}", "{\"a\"}", "{x:%H:%M}",
        "{lambda x: 1}", "{(lambda x: 1)}", "{*a}", "{yield}", "{a b}", "!", ":", "=", " ", "\n", "'", "\"",
        "\r", "\t", "\0", "€", "😀",
    };

    private static final String[][] NESTS = {
        {"(", "1", ")"}, {"[", "1", "]"}, {"{", "1", "}"}, {"(", "", ""}, {"[", "", ")"}, {"-", "1", ""},
        {"not ", "x", ""}, {"~", "1", ""}, {"+", "1", ""}, {"", "1", "+1"}, {"2**", "2", ""}, {"", "a", ".b"},
        {"", "f", "()"}, {"", "a", "[0]"}, {"lambda: ", "0", ""}, {"a if b else ", "c", ""}, {"{1:", "1", "}"},
        {"*", "a", ""}, {"await ", "x", ""}, {"", "a", "<a"}, {"[x for x in ", "y", "]"}, {"f'{", "x", "}'"},
        {"'a' ", "'b'", ""}, {"(", "x", ",)"}, {"x[", "1", "]"}, {"yield ", "x", ""}, {"x := (", "1", ")"},
        {"", "a", " or a"}, {"", "a", " and not a"}, {"{**", "d", "}"}, {"", "x", ", x"},
    };

    private static final String[] CODINGS = {
        "# -*- coding: latin-1 -*-\n", "# coding: utf-8\n", "# coding=cp1252\n", "# vim: set fileencoding=latin-1 :\n",
        "# coding: bogus-encoding\n", "# coding: utf-16\n", "# coding: ascii\n", "# coding: euc-jp\n",
        "#!/usr/bin/python\n# coding: latin-1\n", "x = 1\n# coding: latin-1\n", "# coding: utf8\n",
        "# coding: iso-8859-15\n", "# coding: koi8-r\n", "# coding:\n",
    };

    private static final byte[][] BAD_UTF8 = {
        {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
        {(byte) 0xFE, (byte) 0xFF},
    };

    private final long seed;
    private final List<byte[]> files;
    private final List<byte[]> table;

    FuzzInputs(long seed, List<byte[]> files, List<byte[]> table) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no corpus files to fuzz with");
        }
        this.seed = seed;
        this.files = files;
        this.table = table;
    }

    Input make(long index) {
        SplittableRandom r = new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L));
        String kind = KINDS[(int) (index % KINDS.length)];
        byte[] b = switch (kind) {
            case "flip" -> flip(r, snippet(r));
            case "truncate" -> truncate(r);
            case "splice" -> splice(r);
            case "lines" -> lines(r);
            case "nest" -> nest(r);
            case "random" -> random(r);
            case "utf8" -> utf8(r);
            case "number" -> number(r);
            case "nul" -> nul(r);
            case "string" -> string(r);
            case "table" -> table(r);
            case "replace" -> replace(r);
            default -> throw new IllegalStateException(kind);
        };
        Mode mode = index % 29 == 5 ? Mode.EVAL : index % 31 == 7 ? Mode.SINGLE : Mode.EXEC;
        return new Input(index, kind, b, mode);
    }

    // ---- material

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A size between lo and hi, uniform in its logarithm. */
    private static int logSize(SplittableRandom r, int lo, int hi) {
        return (int) Math.round(Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo))));
    }

    private byte[] file(SplittableRandom r) {
        return files.get(r.nextInt(files.size()));
    }

    /** Whole lines of a random file, about 16 to 4096 bytes (or a whole small file). */
    private byte[] snippet(SplittableRandom r) {
        return snippet(r, file(r), logSize(r, 16, 4096));
    }

    private static byte[] snippet(SplittableRandom r, byte[] f, int size) {
        if (f.length <= size || r.nextInt(8) == 0 && f.length < 8192) {
            return f.clone();
        }
        int start = r.nextInt(f.length - size + 1);
        while (start > 0 && f[start - 1] != '\n') {
            start--;
        }
        int end = Math.min(f.length, start + size);
        while (end < f.length && f[end - 1] != '\n') {
            end++;
        }
        return Arrays.copyOfRange(f, start, end);
    }

    /** Crude token boundaries: runs of blanks, names/numbers, one-line strings, comments, single bytes. */
    static List<int[]> chunks(byte[] b) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = b.length;
        while (i < n) {
            int s = i;
            int c = b[i] & 0xFF;
            if (c == ' ' || c == '\t') {
                while (i < n && (b[i] == ' ' || b[i] == '\t')) {
                    i++;
                }
            } else if (c == '#') {
                while (i < n && b[i] != '\n') {
                    i++;
                }
            } else if (c == '_' || Character.isLetterOrDigit(c) || c >= 0x80) {
                while (i < n && (b[i] == '_' || b[i] == '.' && Character.isDigit(b[s]) || (b[i] & 0xFF) >= 0x80
                        || Character.isLetterOrDigit(b[i] & 0xFF))) {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                i++;
                while (i < n && b[i] != c && b[i] != '\n') {
                    i += b[i] == '\\' && i + 1 < n ? 2 : 1;
                }
                i = Math.min(n, i + 1);
            } else {
                i++;
            }
            out.add(new int[] {s, i});
        }
        return out;
    }

    // ---- generators

    private static byte[] flip(SplittableRandom r, byte[] b) {
        if (b.length == 0) {
            return new byte[] {(byte) r.nextInt(256)};
        }
        int k = 1 + r.nextInt(8);
        for (int j = 0; j < k; j++) {
            int p = r.nextInt(b.length);
            switch (r.nextInt(3)) {
                case 0 -> b[p] = (byte) r.nextInt(256);
                case 1 -> b[p] = INTERESTING[r.nextInt(INTERESTING.length)];
                default -> b[p] ^= (byte) (1 << r.nextInt(8));
            }
        }
        return b;
    }

    private byte[] truncate(SplittableRandom r) {
        byte[] b = r.nextInt(4) == 0 ? snippet(r, file(r), 1 << 14) : snippet(r);
        return Arrays.copyOf(b, r.nextInt(b.length + 1));
    }

    private byte[] splice(SplittableRandom r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int parts = 2 + r.nextInt(3);
        for (int p = 0; p < parts; p++) {
            byte[] s = snippet(r, file(r), 4096);
            List<int[]> ch = chunks(s);
            if (ch.isEmpty()) {
                continue;
            }
            int from = r.nextInt(ch.size());
            int to = Math.min(ch.size(), from + 3 + r.nextInt(120));
            out.write(s, ch.get(from)[0], ch.get(to - 1)[1] - ch.get(from)[0]);
        }
        return out.toByteArray();
    }

    private byte[] lines(SplittableRandom r) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(snippet(r), StandardCharsets.ISO_8859_1).split("\n", -1)));
        int k = 1 + r.nextInt(4);
        for (int j = 0; j < k && !lines.isEmpty(); j++) {
            int i = r.nextInt(lines.size());
            String l = lines.get(i);
            switch (r.nextInt(8)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, l);
                case 2 -> {
                    int o = r.nextInt(lines.size());
                    lines.set(i, lines.get(o));
                    lines.set(o, l);
                }
                case 3 -> lines.set(i, " ".repeat(1 + r.nextInt(8)) + l);
                case 4 -> lines.set(i, l.replaceFirst("^ {1,8}", ""));
                case 5 -> lines.set(i, l.replaceFirst("^ {4}", "\t"));
                case 6 -> lines.set(i, l + (r.nextBoolean() ? "\\" : ":"));
                default -> lines.add(i, r.nextBoolean() ? "    " : "\t  \f");
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] nest(SplittableRandom r) {
        int depth = logSize(r, 1, 12000);
        StringBuilder s = new StringBuilder();
        switch (r.nextInt(6)) {
            case 0 -> { // nested blocks, deeper than CPython's 100 levels sometimes
                int d = Math.min(depth, 1 + r.nextInt(150));
                boolean tabs = r.nextInt(5) == 0;
                for (int i = 0; i < d; i++) {
                    s.append(tabs ? "\t".repeat(i) : " ".repeat(i)).append(r.nextBoolean() ? "if x:\n" : "def f():\n");
                }
                s.append(" ".repeat(d)).append("pass\n");
            }
            case 1 -> { // nested f-strings
                int d = Math.min(depth, 60);
                for (int i = 0; i < d; i++) {
                    s.append("f").append(QUOTES[r.nextInt(QUOTES.length)]).append('{');
                }
                s.append('x');
                for (int i = 0; i < d; i++) {
                    s.append('}').append(QUOTES[r.nextInt(QUOTES.length)]);
                }
            }
            case 2 -> { // mixed brackets, maybe unbalanced
                String open = "([{";
                String close = ")]}";
                int d = Math.min(depth, 5000);
                int[] kinds = new int[d];
                for (int i = 0; i < d; i++) {
                    kinds[i] = r.nextInt(3);
                    s.append(open.charAt(kinds[i]));
                }
                s.append("x");
                int missing = r.nextInt(4) == 0 ? r.nextInt(d + 1) : 0;
                for (int i = d - 1; i >= missing; i--) {
                    s.append(close.charAt(r.nextInt(20) == 0 ? r.nextInt(3) : kinds[i]));
                }
            }
            default -> {
                String[] n = NESTS[r.nextInt(NESTS.length)];
                if (n[0].startsWith("await")) {
                    s.append("async def f():\n    ");
                }
                s.append(n[0].repeat(depth)).append(n[1]).append(n[2].repeat(n[2].isEmpty() ? 0 : depth));
                if (r.nextBoolean()) {
                    s.append('\n');
                }
            }
        }
        return bytes(s.toString());
    }

    private static byte[] random(SplittableRandom r) {
        if (r.nextBoolean()) {
            byte[] b = new byte[r.nextInt(400)];
            r.nextBytes(b);
            return b;
        }
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(200);
        for (int i = 0; i < n; i++) {
            s.append(SOUP[r.nextInt(SOUP.length)]);
        }
        return bytes(s.toString());
    }

    private byte[] utf8(SplittableRandom r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r.nextInt(3) == 0) {
            if (r.nextBoolean()) {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.writeBytes(bytes(CODINGS[r.nextInt(CODINGS.length)]));
        }
        byte[] s = snippet(r);
        int k = 1 + r.nextInt(4);
        int[] at = new int[k];
        for (int j = 0; j < k; j++) {
            at[j] = r.nextInt(s.length + 1);
        }
        Arrays.sort(at);
        int prev = 0;
        for (int j = 0; j < k; j++) {
            out.write(s, prev, at[j] - prev);
            if (r.nextBoolean()) {
                out.writeBytes(BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
            } else {
                out.write(0x80 + r.nextInt(128));
            }
            prev = at[j];
        }
        out.write(s, prev, s.length - prev);
        return out.toByteArray();
    }

    private static byte[] number(SplittableRandom r) {
        int n = logSize(r, 1, r.nextInt(16) == 0 ? 100_000 : 20_000);
        String num = switch (r.nextInt(12)) {
            case 0 -> "1".repeat(n);
            case 1 -> "0x" + "f".repeat(n);
            case 2 -> "1." + "9".repeat(n);
            case 3 -> "1e" + "9".repeat(Math.min(n, 400));
            case 4 -> "1e-" + "9".repeat(Math.min(n, 400));
            case 5 -> "0." + "0".repeat(n) + "1";
            case 6 -> "1_".repeat(n) + "1";
            case 7 -> "0b" + "1".repeat(n);
            case 8 -> "0o" + "7".repeat(n);
            case 9 -> "9".repeat(n) + "j";
            case 10 -> "0".repeat(n);
            default -> {
                String alphabet = "0123456789_.eEjJxXoObB+-lL";
                StringBuilder s = new StringBuilder();
                int m = 1 + r.nextInt(20);
                for (int i = 0; i < m; i++) {
                    s.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                yield s.toString();
            }
        };
        return bytes(switch (r.nextInt(4)) {
            case 0 -> num;
            case 1 -> "x = " + num + "\n";
            case 2 -> "x = -" + num + " + " + num + "\n";
            default -> "f(" + num + ")\n";
        });
    }

    private byte[] nul(SplittableRandom r) {
        byte[] s = r.nextInt(4) == 0 ? bytes("x = '\0'\n") : snippet(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = r.nextInt(s.length + 1);
        out.write(s, 0, at);
        int k = 1 + r.nextInt(3);
        for (int j = 0; j < k; j++) {
            out.write(0);
        }
        out.write(s, at, s.length - at);
        return out.toByteArray();
    }

    private static byte[] string(SplittableRandom r) {
        StringBuilder s = new StringBuilder();
        int parts = 1 + r.nextInt(3);
        if (r.nextBoolean()) {
            s.append("x = ");
        }
        for (int p = 0; p < parts; p++) {
            String q = QUOTES[r.nextInt(QUOTES.length)];
            s.append(PREFIXES[r.nextInt(PREFIXES.length)]).append(q);
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                s.append(STRING_BITS[r.nextInt(STRING_BITS.length)]);
            }
            if (r.nextInt(6) != 0) {
                s.append(r.nextInt(10) == 0 ? QUOTES[r.nextInt(QUOTES.length)] : q);
            }
            s.append(r.nextBoolean() ? " " : "");
        }
        if (r.nextBoolean()) {
            s.append('\n');
        }
        return bytes(s.toString());
    }

    private byte[] table(SplittableRandom r) {
        if (table.isEmpty()) {
            return snippet(r);
        }
        byte[] e = table.get(r.nextInt(table.size())).clone();
        switch (r.nextInt(3)) {
            case 0 -> {
                return e;
            }
            case 1 -> {
                return flip(r, e);
            }
            default -> {
                byte[] s = snippet(r);
                int at = r.nextInt(s.length + 1);
                while (at > 0 && s[at - 1] != '\n') {
                    at--;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(s, 0, at);
                out.writeBytes(e);
                out.write(s, at, s.length - at);
                return out.toByteArray();
            }
        }
    }

    private byte[] replace(SplittableRandom r) {
        byte[] s = snippet(r);
        List<int[]> ch = chunks(s);
        if (ch.isEmpty()) {
            return s;
        }
        byte[] donor = snippet(r, file(r), 2048);
        List<int[]> dch = chunks(donor);
        int k = 1 + r.nextInt(5);
        byte[][] parts = new byte[ch.size()][];
        for (int i = 0; i < ch.size(); i++) {
            parts[i] = Arrays.copyOfRange(s, ch.get(i)[0], ch.get(i)[1]);
        }
        for (int j = 0; j < k; j++) {
            int i = r.nextInt(parts.length);
            switch (r.nextInt(3)) {
                case 0 -> parts[i] = new byte[0];
                case 1 -> parts[i] = bytes(SOUP[r.nextInt(SOUP.length)]);
                default -> {
                    if (!dch.isEmpty()) {
                        int[] d = dch.get(r.nextInt(dch.size()));
                        parts[i] = Arrays.copyOfRange(donor, d[0], d[1]);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
