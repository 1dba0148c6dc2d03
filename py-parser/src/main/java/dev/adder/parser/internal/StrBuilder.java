package dev.adder.parser.internal;

import dev.adder.ast.ConstantValue;
import java.util.Arrays;

/**
 * Builds the value of a str literal: Java text, plus the exact code points once a surrogate code
 * point has been appended (the escapes <code>&#92;ud834&#92;udd1e</code> are two code points that
 * Java text would read as one; see {@link ConstantValue.StrValue}).
 *
 * <p>Text appended with {@link #append(String, int, int)} must be exact: its Java code points are
 * the Python ones (source text and the result of decoding it never hold a lone surrogate). Until
 * a surrogate code point arrives this is a plain char buffer; from then on every append also
 * records code points.
 *
 * <p>CPython: {@code _PyUnicodeWriter} (Objects/unicodeobject.c), which builds a str of any code
 * points.
 */
final class StrBuilder {

    private char[] chars;
    private int length;
    /** The code points, once a surrogate code point has been appended; else null. */
    private int[] codePoints;
    private int count;

    StrBuilder(int capacity) {
        chars = new char[Math.max(capacity, 16)];
    }

    /** Whether nothing has been appended (since the last {@link #clear}). */
    boolean isEmpty() {
        return length == 0;
    }

    /** The number of chars appended. */
    int length() {
        return length;
    }

    /** Forgets the content, keeping the buffer. */
    void clear() {
        length = 0;
        codePoints = null;
        count = 0;
    }

    /** Appends a char that is no surrogate. */
    void appendChar(char c) {
        if (length == chars.length) {
            grow(1);
        }
        chars[length++] = c;
        if (codePoints != null) {
            addCodePoint(c);
        }
    }

    /** Appends exact text. */
    void append(String s) {
        append(s, 0, s.length());
    }

    /** Appends the exact text {@code s[from, to)}, which does not split a surrogate pair. */
    void append(String s, int from, int to) {
        int n = to - from;
        if (length + n > chars.length) {
            grow(n);
        }
        s.getChars(from, to, chars, length);
        if (codePoints != null) {
            addCodePoints(chars, length, length + n);
        }
        length += n;
    }

    /** Appends the content of another builder. */
    void append(StrBuilder b) {
        if (b.codePoints != null && codePoints == null) {
            startCodePoints();
        }
        if (length + b.length > chars.length) {
            grow(b.length);
        }
        System.arraycopy(b.chars, 0, chars, length, b.length);
        if (codePoints != null) {
            if (b.codePoints != null) {
                ensureCodePoints(b.count);
                System.arraycopy(b.codePoints, 0, codePoints, count, b.count);
                count += b.count;
            } else {
                addCodePoints(chars, length, length + b.length);
            }
        }
        length += b.length;
    }

    /** Appends any code point, a surrogate included. */
    void appendCodePoint(int cp) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE && codePoints == null) {
            startCodePoints();
        }
        if (length + 2 > chars.length) {
            grow(2);
        }
        if (Character.isBmpCodePoint(cp)) {
            chars[length++] = (char) cp;
        } else {
            chars[length++] = Character.highSurrogate(cp);
            chars[length++] = Character.lowSurrogate(cp);
        }
        if (codePoints != null) {
            addCodePoint(cp);
        }
    }

    /** The str built so far. */
    ConstantValue.StrValue toStrValue() {
        String value = new String(chars, 0, length);
        return codePoints == null ? new ConstantValue.StrValue(value)
                : new ConstantValue.StrValue(value, Arrays.copyOf(codePoints, count));
    }

    /** Switches to code point mode: the chars so far are exact text. */
    private void startCodePoints() {
        codePoints = new int[Math.max(chars.length, 16)];
        count = 0;
        addCodePoints(chars, 0, length);
    }

    private void addCodePoints(char[] a, int from, int to) {
        ensureCodePoints(to - from);
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(a, i, to);
            i += Character.charCount(cp);
            codePoints[count++] = cp;
        }
    }

    private void addCodePoint(int cp) {
        ensureCodePoints(1);
        codePoints[count++] = cp;
    }

    private void ensureCodePoints(int n) {
        if (count + n > codePoints.length) {
            codePoints = Arrays.copyOf(codePoints, Math.max(2 * codePoints.length, count + n));
        }
    }

    private void grow(int n) {
        chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + n));
    }
}
