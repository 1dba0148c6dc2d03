package dev.adder.stdlib.sre.internal;

/**
 * Character classes and case mappings of the regular-expression engine: the ASCII ones (for
 * bytes and {@code re.ASCII}), the locale ones (the C locale: ASCII) and the Unicode ones.
 *
 * <p>CPython: Modules/_sre/sre.c ({@code sre_lower_ascii}, {@code sre_lower_unicode},
 * {@code sre_category}, {@code SRE_IS_WORD} and friends).
 */
public final class SreChars {
    private SreChars() {
    }

    /** {@code sre_lower_ascii}. */
    public static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    /** The ASCII upper case of {@code ch}. */
    public static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    /** {@code sre_lower_unicode}: the simple lower-case mapping. */
    public static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        if (ch > 0x10FFFF) {
            return ch;
        }
        return Character.toLowerCase(ch);
    }

    /**
     * {@code sre_upper_unicode}: the upper-case mapping, or the first character of it when it
     * has several (CPython's {@code _PyUnicode_ToUppercase} on "extended case" characters such as
     * {@code 'ß'}, whose upper case is {@code 'SS'}).
     */
    public static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        if (ch > 0x10FFFF) {
            return ch;
        }
        if (hasFullUpper(ch)) {
            return new String(Character.toChars(ch)).toUpperCase(java.util.Locale.ROOT).codePointAt(0);
        }
        return Character.toUpperCase(ch);
    }

    /** The characters whose upper case is several characters (Unicode's SpecialCasing). */
    private static boolean hasFullUpper(int ch) {
        return ch == 0xDF || ch == 0x149 || ch == 0x1F0 || ch == 0x390 || ch == 0x3B0 || ch == 0x587
                || (ch >= 0x1E96 && ch <= 0x1E9A) || (ch >= 0x1F50 && ch <= 0x1F57) || (ch >= 0x1F80 && ch <= 0x1FFC)
                || (ch >= 0xFB00 && ch <= 0xFB17);
    }

    /** {@code ascii_iscased}. */
    public static boolean asciiIsCased(int ch) {
        return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
    }

    /** {@code unicode_iscased}. */
    public static boolean unicodeIsCased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= 9 && ch <= 13);
    }

    static boolean isWord(int ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    }

    static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    static boolean uniIsDigit(int ch) {
        if (ch < 128) {
            return isDigit(ch);
        }
        return ch <= 0x10FFFF && Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean uniIsSpace(int ch) {
        if (ch < 128) {
            return (ch >= 9 && ch <= 13) || (ch >= 28 && ch <= 32);
        }
        switch (ch) {
            case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return ch >= 0x2000 && ch <= 0x200A;
        }
    }

    static boolean uniIsWord(int ch) {
        if (ch < 128) {
            return isWord(ch);
        }
        if (ch > 0x10FFFF) {
            return false;
        }
        if (Character.isLetter(ch)) {
            return true;
        }
        int t = Character.getType(ch);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean uniIsLinebreak(int ch) {
        switch (ch) {
            case '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                return true;
            default:
                return false;
        }
    }

    static boolean locIsWord(int ch) {
        return ch < 256 && isWord(ch);
    }

    /** {@code sre_category}. */
    static boolean category(int code, int ch) {
        switch (code) {
            case SreConstants.CATEGORY_DIGIT:
                return isDigit(ch);
            case SreConstants.CATEGORY_NOT_DIGIT:
                return !isDigit(ch);
            case SreConstants.CATEGORY_SPACE:
                return isSpace(ch);
            case SreConstants.CATEGORY_NOT_SPACE:
                return !isSpace(ch);
            case SreConstants.CATEGORY_WORD:
                return isWord(ch);
            case SreConstants.CATEGORY_NOT_WORD:
                return !isWord(ch);
            case SreConstants.CATEGORY_LINEBREAK:
                return isLinebreak(ch);
            case SreConstants.CATEGORY_NOT_LINEBREAK:
                return !isLinebreak(ch);
            case SreConstants.CATEGORY_LOC_WORD:
                return locIsWord(ch);
            case SreConstants.CATEGORY_LOC_NOT_WORD:
                return !locIsWord(ch);
            case SreConstants.CATEGORY_UNI_DIGIT:
                return uniIsDigit(ch);
            case SreConstants.CATEGORY_UNI_NOT_DIGIT:
                return !uniIsDigit(ch);
            case SreConstants.CATEGORY_UNI_SPACE:
                return uniIsSpace(ch);
            case SreConstants.CATEGORY_UNI_NOT_SPACE:
                return !uniIsSpace(ch);
            case SreConstants.CATEGORY_UNI_WORD:
                return uniIsWord(ch);
            case SreConstants.CATEGORY_UNI_NOT_WORD:
                return !uniIsWord(ch);
            case SreConstants.CATEGORY_UNI_LINEBREAK:
                return uniIsLinebreak(ch);
            case SreConstants.CATEGORY_UNI_NOT_LINEBREAK:
                return !uniIsLinebreak(ch);
            default:
                return false;
        }
    }

    /** {@code char_loc_ignore}: the C locale's case folding is ASCII's. */
    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerAscii(ch) == pattern || upperAscii(ch) == pattern;
    }
}
