package dev.adder.ast;

import dev.adder.ast.internal.PyRepr;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The value of a {@code Constant} node or a {@code MatchSingleton} pattern: None, Ellipsis, a
 * bool, an int of any size, a float, a complex, a str or a bytes.
 *
 * <p>CPython: the {@code constant} builtin type of Parser/Python.asdl, which holds any immutable
 * Python object; the parser only ever makes these kinds.
 */
public sealed interface ConstantValue
        permits ConstantValue.Singleton, ConstantValue.IntValue, ConstantValue.FloatValue,
                ConstantValue.ComplexValue, ConstantValue.StrValue, ConstantValue.BytesValue {

    /** {@code None}. */
    ConstantValue NONE = Singleton.NONE;
    /** {@code Ellipsis} ({@code ...}). */
    ConstantValue ELLIPSIS = Singleton.ELLIPSIS;
    /** {@code True}. */
    ConstantValue TRUE = Singleton.TRUE;
    /** {@code False}. */
    ConstantValue FALSE = Singleton.FALSE;

    /** Python's {@code repr()} of the value, exactly as CPython 3.11 prints it. */
    String repr();

    /** {@link #TRUE} or {@link #FALSE}. */
    static ConstantValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** An int. */
    static IntValue of(long value) {
        return new IntValue(BigInteger.valueOf(value));
    }

    /** An int. */
    static IntValue of(BigInteger value) {
        return new IntValue(value);
    }

    /** A float. */
    static FloatValue of(double value) {
        return new FloatValue(value);
    }

    /** A str (see {@link StrValue#StrValue(String)}). */
    static StrValue of(String value) {
        return new StrValue(value);
    }

    /** A bytes object (the array is copied). */
    static BytesValue of(byte[] value) {
        return new BytesValue(value.clone());
    }

    /** The four singleton constants. */
    enum Singleton implements ConstantValue {
        /** {@code None}. */
        NONE("None"),
        /** {@code Ellipsis}. */
        ELLIPSIS("Ellipsis"),
        /** {@code True}. */
        TRUE("True"),
        /** {@code False}. */
        FALSE("False");

        private final String repr;

        Singleton(String repr) {
            this.repr = repr;
        }

        @Override
        public String repr() {
            return repr;
        }
    }

    /**
     * An int of any size.
     *
     * @param value the value
     */
    record IntValue(BigInteger value) implements ConstantValue {
        /** Rejects null. */
        public IntValue {
            java.util.Objects.requireNonNull(value, "value");
        }

        @Override
        public String repr() {
            return value.toString();
        }
    }

    /**
     * A float (IEEE 754 double).
     *
     * @param value the value
     */
    record FloatValue(double value) implements ConstantValue {
        @Override
        public String repr() {
            return PyRepr.floatRepr(value);
        }
    }

    /**
     * A complex number; the parser makes only imaginary literals ({@code real} 0.0).
     *
     * @param real the real part
     * @param imag the imaginary part
     */
    record ComplexValue(double real, double imag) implements ConstantValue {
        @Override
        public String repr() {
            return PyRepr.complexRepr(real, imag);
        }
    }

    /**
     * A str: a sequence of code points, which may include surrogates (U+D800 to U+DFFF).
     *
     * <p>{@link #value()} is the string as Java text, with each code point as
     * {@link StringBuilder#appendCodePoint} writes it. That is exact unless the string contains a
     * surrogate code point: the escapes <code>'&#92;ud834&#92;udd1e'</code> make two code points,
     * U+D834 and U+DD1E, which Java text cannot tell apart from the single code point U+1D11E. Such
     * a string also carries its code points in {@code codePoints}; {@link #codePoints()},
     * {@link #length()}, {@link #codePointAt(int)} and {@link #repr()} give the Python view in
     * every case. Equality and hash code are by content.
     *
     * @param value the string as Java text
     * @param codePoints the code points when the string contains a surrogate code point, else
     *     null (which a constructor also makes of an array without surrogates); not copied: do not
     *     modify
     */
    record StrValue(String value, int[] codePoints) implements ConstantValue {

        /**
         * Checks that {@code codePoints}, when given, spell {@code value}; drops it when it holds
         * no surrogate code point.
         *
         * @throws IllegalArgumentException if {@code codePoints} has a value that is no code
         *     point or does not spell {@code value}
         */
        public StrValue {
            java.util.Objects.requireNonNull(value, "value");
            if (codePoints != null) {
                if (!spells(codePoints, value)) {
                    throw new IllegalArgumentException("code points do not spell the value");
                }
                if (!hasSurrogate(codePoints)) {
                    codePoints = null;
                }
            }
        }

        /**
         * The str whose code points are those of {@code value} (Java's reading of it: a
         * surrogate pair is one code point, any other surrogate char one code point of its own).
         */
        public StrValue(String value) {
            this(value, null);
        }

        /**
         * The str made of the given code points.
         *
         * @param codePoints the code points (copied)
         * @throws IllegalArgumentException if a value is no code point
         */
        public static StrValue ofCodePoints(int[] codePoints) {
            int[] cps = codePoints.clone();
            return new StrValue(new String(cps, 0, cps.length), cps);
        }

        /**
         * Whether {@link #value()} alone gives this string exactly (no code points are carried):
         * consumers that must tell a pair of surrogate code points from one astral character use
         * {@link #codePoints()} when this is false.
         */
        public boolean valueIsExact() {
            return codePoints == null;
        }

        /**
         * The code points of the string (Python's view); a new array unless the record carries
         * them, in which case that array is returned (do not modify).
         */
        @Override
        public int[] codePoints() {
            return codePoints != null ? codePoints : value.codePoints().toArray();
        }

        /** The number of code points: Python's {@code len()}. */
        public int length() {
            return codePoints != null ? codePoints.length : value.codePointCount(0, value.length());
        }

        /**
         * The code point at a code point index: Python's {@code ord(s[index])}.
         *
         * @throws IndexOutOfBoundsException if index is not in [0, length())
         */
        public int codePointAt(int index) {
            if (codePoints != null) {
                return codePoints[index];
            }
            return value.codePointAt(value.offsetByCodePoints(0, index));
        }

        @Override
        public String repr() {
            return codePoints != null ? PyRepr.strRepr(codePoints) : PyRepr.strRepr(value);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof StrValue s) || !value.equals(s.value)) {
                return false;
            }
            if (codePoints == null && s.codePoints == null) {
                return true;
            }
            return Arrays.equals(codePoints(), s.codePoints());
        }

        @Override
        public int hashCode() {
            // Equal strings have equal code points, hence equal Java text.
            return value.hashCode();
        }

        @Override
        public String toString() {
            return "StrValue[" + repr() + "]";
        }

        private static boolean hasSurrogate(int[] cps) {
            for (int cp : cps) {
                if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the code points, written as Java text, are {@code value}. */
        private static boolean spells(int[] cps, String value) {
            int j = 0;
            int n = value.length();
            for (int cp : cps) {
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw new IllegalArgumentException("not a code point: " + cp);
                }
                if (Character.isBmpCodePoint(cp)) {
                    if (j >= n || value.charAt(j++) != cp) {
                        return false;
                    }
                } else if (j + 1 >= n || value.charAt(j++) != Character.highSurrogate(cp)
                        || value.charAt(j++) != Character.lowSurrogate(cp)) {
                    return false;
                }
            }
            return j == n;
        }
    }

    /**
     * A bytes object; equality and hash code are by content.
     *
     * @param value the bytes (not copied; do not modify)
     */
    record BytesValue(byte[] value) implements ConstantValue {
        /** Rejects null. */
        public BytesValue {
            java.util.Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BytesValue b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "BytesValue[" + repr() + "]";
        }

        @Override
        public String repr() {
            return PyRepr.bytesRepr(value);
        }
    }
}
