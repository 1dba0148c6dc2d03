package dev.adder.ast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs CPython ({@code python3}) as the oracle: ast_oracle.py prints trees and what
 * {@code ast.dump}/{@code ast.unparse} make of them; this class rebuilds each tree with the
 * Java node records so that tests can compare Adder's output with CPython's.
 */
final class Oracle {

    private Oracle() {
    }

    /** One case: its name, the tree rebuilt in Java, and CPython's outputs by key (D, A, I, J, U, S). */
    record Case(String name, Node tree, Map<String, String> expected) {
    }

    static Path script() {
        try {
            return Path.of(Oracle.class.getResource("ast_oracle.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code python3 ast_oracle.py args...} with {@code stdin} and hands each case to {@code sink}. */
    static void run(List<String> args, String stdin, Consumer<Case> sink) {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3");
        cmd.add(script().toString());
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String name = null;
                Node tree = null;
                Map<String, String> expected = new LinkedHashMap<>();
                for (String line; (line = r.readLine()) != null; ) {
                    char key = line.charAt(0);
                    String rest = line.substring(2);
                    if (key == 'C') {
                        if (name != null) {
                            sink.accept(new Case(name, tree, expected));
                        }
                        name = decodeJson(rest);
                        tree = null;
                        expected = new LinkedHashMap<>();
                    } else if (key == 'T') {
                        tree = new TreeReader(rest).read();
                    } else {
                        expected.put(String.valueOf(key), decodeJson(rest));
                    }
                }
                if (name != null) {
                    sink.accept(new Case(name, tree, expected));
                }
            }
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException("python3 oracle exited with " + rc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a python3 program with stdin and returns its stdout. */
    static String python(String program, String stdin) {
        try {
            Process p = new ProcessBuilder("python3", "-c", program)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("python3 failed");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Decodes one JSON string literal (as json.dumps writes it, ASCII only). */
    static String decodeJson(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = s.indexOf('"') + 1;
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    sb.append((char) Integer.parseInt(s, i, i + 4, 16));
                    i += 4;
                    break;
                default: sb.append(e);
            }
        }
    }

    /** Rebuilds a tree from ast_oracle.py's serialized form with the records' canonical constructors. */
    static final class TreeReader {
        private final String s;
        private int pos;

        TreeReader(String s) {
            this.s = s;
        }

        Node read() {
            Object o = value();
            return (Node) o;
        }

        private void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        private String word() {
            skipSpaces();
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != ' ') {
                pos++;
            }
            return s.substring(start, pos);
        }

        private String jsonString() {
            int start = pos;
            pos++;
            while (s.charAt(pos) != '"') {
                pos += s.charAt(pos) == '\\' ? 2 : 1;
            }
            pos++;
            return decodeJson(s.substring(start, pos));
        }

        private Object value() {
            skipSpaces();
            char c = s.charAt(pos);
            if (c == '(') {
                return node();
            }
            if (c == '[') {
                pos++;
                List<Object> list = new ArrayList<>();
                while (true) {
                    skipSpaces();
                    if (s.charAt(pos) == ']') {
                        pos++;
                        return list;
                    }
                    list.add(value());
                }
            }
            if (c == '"') {
                return jsonString();
            }
            if (c == '#') {
                return constant();
            }
            String w = word();
            if (w.equals("~")) {
                return null;
            }
            return Integer.valueOf(w);
        }

        private ConstantValue constant() {
            pos++;
            char k = s.charAt(pos++);
            if (k == 's') {
                return new ConstantValue.StrValue(jsonString());
            }
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != ' ') {
                pos++;
            }
            String w = s.substring(start, pos);
            switch (k) {
                case 'u': {
                    String[] hex = w.split(",");
                    int[] cps = new int[hex.length];
                    for (int i = 0; i < hex.length; i++) {
                        cps[i] = Integer.parseInt(hex[i], 16);
                    }
                    return ConstantValue.StrValue.ofCodePoints(cps);
                }
                case 'N': return ConstantValue.NONE;
                case 'E': return ConstantValue.ELLIPSIS;
                case 'T': return ConstantValue.TRUE;
                case 'F': return ConstantValue.FALSE;
                case 'i': return new ConstantValue.IntValue(new BigInteger(w));
                case 'f': return new ConstantValue.FloatValue(bits(w));
                case 'c': {
                    int comma = w.indexOf(',');
                    return new ConstantValue.ComplexValue(bits(w.substring(0, comma)), bits(w.substring(comma + 1)));
                }
                case 'b': return new ConstantValue.BytesValue(HexFormat.of().parseHex(w));
                default: throw new IllegalArgumentException("bad constant " + k + w);
            }
        }

        private static double bits(String hex) {
            return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Node node() {
            pos++;
            String name = word();
            try {
                int dot = name.indexOf('.');
                if (dot >= 0) {
                    Class<? extends Enum> e = (Class<? extends Enum>) Class.forName("dev.adder.ast." + name.substring(0, dot));
                    expect(')');
                    return (Node) Enum.valueOf(e, name.substring(dot + 1));
                }
                Class<?> cls = Class.forName("dev.adder.ast." + name);
                RecordComponent[] comps = cls.getRecordComponents();
                Class<?>[] types = new Class<?>[comps.length];
                Object[] args = new Object[comps.length];
                for (int i = 0; i < comps.length; i++) {
                    types[i] = comps[i].getType();
                    if (types[i] == Position.class) {
                        int l = Integer.parseInt(word());
                        int c = Integer.parseInt(word());
                        int el = Integer.parseInt(word());
                        int ec = Integer.parseInt(word());
                        args[i] = Position.of(l, c, el, ec);
                    } else {
                        args[i] = value();
                    }
                }
                expect(')');
                Constructor<?> ctor = cls.getDeclaredConstructor(types);
                return (Node) ctor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + name + " at " + pos, e);
            }
        }

        private void expect(char c) {
            skipSpaces();
            if (s.charAt(pos) != c) {
                throw new IllegalStateException("expected " + c + " at " + pos);
            }
            pos++;
        }
    }
}
