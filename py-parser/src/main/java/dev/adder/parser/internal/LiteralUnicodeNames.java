package dev.adder.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up the character names of {@code \N{...}} escapes as CPython 3.11 does (Unicode 14.0.0):
 * names are matched without regard to ASCII case; name aliases are accepted and named sequences
 * are not; Hangul syllables and CJK unified ideographs have algorithmic names, which must be in
 * upper case.
 *
 * <p>Most names come from {@link Character#codePointOf(String)}; the resource
 * {@code LiteralUnicodeNames.txt} (generated from python3) adds what Java's database lacks (aliases,
 * names new in Unicode 14.0 that Java 17 does not know) and the set of named code points, which
 * rejects Java's made-up names for unnamed characters and names of characters newer than 14.0.
 *
 * <p>CPython: Modules/unicodedata.c ({@code _getcode}, {@code find_syllable}), used through
 * {@code _PyUnicode_Name_CAPI} by Objects/unicodeobject.c.
 */
final class LiteralUnicodeNames {

    private LiteralUnicodeNames() {
    }

    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final int S_BASE = 0xAC00;
    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"
    };
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
        "WI", "YU", "EU", "YI", "I"
    };
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
        "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"
    };

    /** The resource's tables, loaded on the first lookup. */
    private static final class Data {
        static final Data INSTANCE = load();

        /** Sorted, inclusive ranges of code points with a (non-algorithmic) name: first, last, ... */
        final int[] named;
        /** Sorted, inclusive ranges of CJK unified ideographs. */
        final int[] cjk;
        /** Upper-case name to code point: aliases and names Java may not know. */
        final Map<String, Integer> extra;

        Data(int[] named, int[] cjk, Map<String, Integer> extra) {
            this.named = named;
            this.cjk = cjk;
            this.extra = extra;
        }

        private static Data load() {
            int[] named = new int[2048];
            int nNamed = 0;
            int[] cjk = new int[32];
            int nCjk = 0;
            Map<String, Integer> extra = new HashMap<>(2048);
            try (InputStream in = LiteralUnicodeNames.class.getResourceAsStream("LiteralUnicodeNames.txt")) {
                if (in == null) {
                    throw new IllegalStateException("LiteralUnicodeNames.txt is missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    char kind = line.charAt(0);
                    int sp = line.indexOf(' ', 2);
                    int a = Integer.parseInt(line.substring(2, sp), 16);
                    String rest = line.substring(sp + 1);
                    switch (kind) {
                        case 'R':
                            if (nNamed + 2 > named.length) {
                                named = Arrays.copyOf(named, named.length * 2);
                            }
                            named[nNamed++] = a;
                            named[nNamed++] = Integer.parseInt(rest, 16);
                            break;
                        case 'C':
                            if (nCjk + 2 > cjk.length) {
                                cjk = Arrays.copyOf(cjk, cjk.length * 2);
                            }
                            cjk[nCjk++] = a;
                            cjk[nCjk++] = Integer.parseInt(rest, 16);
                            break;
                        case 'N':
                        case 'A':
                            extra.put(rest, a);
                            break;
                        default:
                            throw new IllegalStateException("bad line in LiteralUnicodeNames.txt: " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Data(Arrays.copyOf(named, nNamed), Arrays.copyOf(cjk, nCjk), extra);
        }
    }

    /**
     * The code point that {@code \N{name}} stands for, or -1 if CPython does not know the name.
     */
    static int lookup(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            if (name.charAt(i) >= 0x80) {
                return -1;
            }
        }
        // These two prefixes are matched case-sensitively; in other case the names are unknown.
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangul(name, HANGUL_PREFIX.length());
        }
        if (name.startsWith(CJK_PREFIX)) {
            return cjk(name, CJK_PREFIX.length());
        }
        Data data = Data.INSTANCE;
        String upper = name.toUpperCase(Locale.ROOT);
        Integer known = data.extra.get(upper);
        if (known != null) {
            return known;
        }
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        if (!inRanges(data.named, cp) || !upper.equals(Character.getName(cp))) {
            return -1;
        }
        return cp;
    }

    /** As CPython's Hangul branch: jamo names (upper case), longest match, all consumed. */
    private static int hangul(String name, int pos) {
        int[] match = new int[2];
        findSyllable(name, pos, JAMO_L, match);
        int l = match[1];
        pos += match[0];
        findSyllable(name, pos, JAMO_V, match);
        int v = match[1];
        pos += match[0];
        findSyllable(name, pos, JAMO_T, match);
        int t = match[1];
        pos += match[0];
        if (l < 0 || v < 0 || t < 0 || pos != name.length()) {
            return -1;
        }
        return S_BASE + (l * JAMO_V.length + v) * JAMO_T.length + t;
    }

    /** Sets match[0] to the length and match[1] to the index of the longest jamo at pos (-1 if none). */
    private static void findSyllable(String name, int pos, String[] table, int[] match) {
        int len = -1;
        int index = -1;
        for (int i = 0; i < table.length; i++) {
            String s = table[i];
            if (s.length() <= len) {
                continue;
            }
            if (name.startsWith(s, pos)) {
                len = s.length();
                index = i;
            }
        }
        match[0] = Math.max(len, 0);
        match[1] = index;
    }

    /** As CPython's CJK branch: four or five upper-case hex digits naming a unified ideograph. */
    private static int cjk(String name, int pos) {
        int digits = name.length() - pos;
        if (digits != 4 && digits != 5) {
            return -1;
        }
        int v = 0;
        for (int i = pos; i < name.length(); i++) {
            char c = name.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'A' && c <= 'F') {
                d = c - 'A' + 10;
            } else {
                return -1;
            }
            v = v * 16 + d;
        }
        return inRanges(Data.INSTANCE.cjk, v) ? v : -1;
    }

    private static boolean inRanges(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
