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

    /** A str. */
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
     * A str. Python strings are sequences of code points, which may include surrogates; here a
     * lone surrogate is kept as a Java char, but a Python string holding a high surrogate
     * followed by a low one (e.g. from the escapes <code>'&#92;ud834&#92;udd1e'</code>) cannot be told
     * apart from the single astral character those two chars encode in Java.
     *
     * @param value the value
     */
    record StrValue(String value) implements ConstantValue {
        /** Rejects null. */
        public StrValue {
            java.util.Objects.requireNonNull(value, "value");
        }

        @Override
        public String repr() {
            return PyRepr.strRepr(value);
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
