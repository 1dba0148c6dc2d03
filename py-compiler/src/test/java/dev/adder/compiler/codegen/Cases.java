package dev.adder.compiler.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the test resources: cases separated by {@code ### NAME [key=value...]} lines. */
final class Cases {
    private Cases() {
    }

    /** One case: its name, options and source. */
    record Case(String name, Map<String, String> options, String source) {
        String option(String key, String dflt) {
            return options.getOrDefault(key, dflt);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Cases.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The cases of a file, as make_expected.py splits them (text after the header line up to the next). */
    static List<Case> parse(String text) {
        List<Case> out = new ArrayList<>();
        String header = null;
        List<String> body = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (header != null) {
                    out.add(make(header, body));
                }
                header = line.substring(4);
                body = new ArrayList<>();
            } else {
                body.add(line);
            }
        }
        if (header != null) {
            out.add(make(header, body));
        }
        return out;
    }

    private static Case make(String header, List<String> body) {
        String[] parts = header.split(" ");
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            opts.put(kv[0], kv[1]);
        }
        return new Case(header, opts, String.join("\n", body));
    }

    /** The expected blocks of an expected-output file, by case header. */
    static Map<String, List<String>> blocks(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> cur = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("### ")) {
                cur = new ArrayList<>();
                out.put(line.substring(4), cur);
            } else if (cur != null) {
                cur.add(line);
            }
        }
        return out;
    }
}
