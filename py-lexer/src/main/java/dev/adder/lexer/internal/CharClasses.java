package dev.adder.lexer.internal;

/**
 * Character classes of CPython 3.11 (Unicode 14.0.0) for the two tokenizers, with ASCII fast
 * paths: {@code \w} of Python's {@code re}, identifier start and continuation characters
 * (XID_Start/XID_Continue plus '_'), printable characters and white space.
 *
 * <p>CPython: Objects/unicodectype.c (_PyUnicode_IsXidStart, _PyUnicode_IsXidContinue,
 * _PyUnicode_IsPrintable, _PyUnicode_IsWhitespace), Modules/_sre/sre.c (SRE_UNI_IS_WORD).
 */
public final class CharClasses {
    private CharClasses() {}

    private static final int[] WORD = parse(UnicodeTables.WORD);
    private static final int[] XID_START = parse(UnicodeTables.XID_START);
    private static final int[] XID_CONTINUE = parse(UnicodeTables.XID_CONTINUE);
    private static final int[] PRINTABLE = parse(UnicodeTables.PRINTABLE);
    private static final int[] SPACE = parse(UnicodeTables.SPACE);

    /** Bit flags per ASCII character. */
    private static final byte[] ASCII = new byte[128];
    private static final byte F_WORD = 1, F_START = 2, F_CONT = 4, F_PRINT = 8, F_SPACE = 16;

    static {
        for (int c = 0; c < 128; c++) {
            int f = 0;
            if (in(WORD, c)) {
                f |= F_WORD;
            }
            if (in(XID_START, c)) {
                f |= F_START;
            }
            if (in(XID_CONTINUE, c)) {
                f |= F_CONT;
            }
            if (in(PRINTABLE, c)) {
                f |= F_PRINT;
            }
            if (in(SPACE, c)) {
                f |= F_SPACE;
            }
            ASCII[c] = (byte) f;
        }
    }

    private static int[] parse(String spec) {
        String[] parts = spec.split(",");
        int[] r = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int dash = p.indexOf('-');
            if (dash < 0) {
                r[2 * i] = r[2 * i + 1] = Integer.parseInt(p, 16);
            } else {
                r[2 * i] = Integer.parseInt(p.substring(0, dash), 16);
                r[2 * i + 1] = Integer.parseInt(p.substring(dash + 1), 16);
            }
        }
        return r;
    }

    private static boolean in(int[] ranges, int cp) {
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

    /** {@code \w} in a Python {@code re} str pattern: {@code str.isalnum()} or '_'. */
    public static boolean isWord(int cp) {
        return cp < 128 ? (ASCII[cp] & F_WORD) != 0 : in(WORD, cp);
    }

    /** {@code str.isidentifier()} of one character: XID_Start or '_'. */
    public static boolean isIdentifierStart(int cp) {
        return cp < 128 ? (ASCII[cp] & F_START) != 0 : in(XID_START, cp);
    }

    /** A character that may continue an identifier: XID_Continue (digits and '_' included). */
    public static boolean isIdentifierContinue(int cp) {
        return cp < 128 ? (ASCII[cp] & F_CONT) != 0 : in(XID_CONTINUE, cp);
    }

    /** {@code str.isprintable()} of one character. */
    public static boolean isPrintable(int cp) {
        return cp < 128 ? (ASCII[cp] & F_PRINT) != 0 : in(PRINTABLE, cp);
    }

    /** {@code str.isspace()} of one character. */
    public static boolean isSpace(int cp) {
        return cp < 128 ? (ASCII[cp] & F_SPACE) != 0 : in(SPACE, cp);
    }
}
