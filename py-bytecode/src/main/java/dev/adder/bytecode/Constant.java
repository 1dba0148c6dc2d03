package dev.adder.bytecode;

import dev.adder.bytecode.internal.Reprs;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A value in {@code co_consts}: the small closed set of immutable values a code object can hold
 * (None, Ellipsis, bool, int, float, complex, str, bytes, tuple, frozenset, code). They are plain
 * data, independent of the runtime, which turns them into Python objects when it wraps a code unit.
 *
 * <p>Equality is by type and value, as the compiler's constant table needs it: {@code Int(1)},
 * {@code Float(1.0)} and {@code Bool(true)} are all different, {@code 0.0} and {@code -0.0} are
 * different, and a NaN equals the same NaN ({@link Double#compare} semantics); tuples and
 * frozensets compare element by element, in order; code constants by identity.
 *
 * <p>{@link #repr()} is Python's {@code repr()} of the value. CPython: {@code Python/marshal.c}
 * lists the same set of types (what a code object can be marshalled with).
 */
public sealed interface Constant {

    /** Python's {@code repr()} of the value; code objects show their identity hash as address. */
    default String repr() {
        return repr(CodeUnit::defaultAddress);
    }

    /**
     * Python's {@code repr()} of the value, with {@code addressOf} giving the "at 0x..." address
     * shown for code objects (CPython shows the object's memory address).
     */
    String repr(Function<CodeUnit, String> addressOf);

    /** The {@code None} constant. */
    Constant NONE = None.INSTANCE;
    /** The {@code Ellipsis} ({@code ...}) constant. */
    Constant ELLIPSIS = Ellipsis.INSTANCE;
    /** {@code True}. */
    Constant TRUE = Bool.TRUE;
    /** {@code False}. */
    Constant FALSE = Bool.FALSE;

    /** {@code None}. */
    record None() implements Constant {
        /** The instance. */
        public static final None INSTANCE = new None();

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return "None";
        }
    }

    /** {@code Ellipsis}. */
    record Ellipsis() implements Constant {
        /** The instance. */
        public static final Ellipsis INSTANCE = new Ellipsis();

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return "Ellipsis";
        }
    }

    /** {@code True} or {@code False}. */
    record Bool(boolean value) implements Constant {
        /** {@code True}. */
        public static final Bool TRUE = new Bool(true);
        /** {@code False}. */
        public static final Bool FALSE = new Bool(false);

        /** The shared instance for {@code value}. */
        public static Bool of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return value ? "True" : "False";
        }
    }

    /**
     * An {@code int} of any size. A value that fits in a {@code long} is held in {@link #small()}
     * with {@link #big()} null, so the common case needs no {@link BigInteger}; the canonical
     * constructor normalizes, so equal values always have equal components.
     *
     * @param small the value, when {@code big} is null
     * @param big the value, when it does not fit in a long; otherwise null
     */
    record Int(long small, BigInteger big) implements Constant {
        private static final Int[] CACHE = new Int[1024 + 5 + 1];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Int(i - 5, null);
            }
        }

        /** Normalizes: a {@code big} that fits in a long moves into {@code small}. */
        public Int {
            if (big != null) {
                if (big.bitLength() < 64) {
                    small = big.longValue();
                    big = null;
                } else {
                    small = 0;
                }
            }
        }

        /** The constant for {@code value} (small values are shared). */
        public static Int of(long value) {
            if (value >= -5 && value <= 1024) {
                return CACHE[(int) value + 5];
            }
            return new Int(value, null);
        }

        /** The constant for {@code value}. */
        public static Int of(BigInteger value) {
            if (value.bitLength() < 64) {
                return of(value.longValue());
            }
            return new Int(0, value);
        }

        /** Whether the value fits in a long ({@link #small()} holds it). */
        public boolean isSmall() {
            return big == null;
        }

        /** The value as a {@link BigInteger}. */
        public BigInteger value() {
            return big != null ? big : BigInteger.valueOf(small);
        }

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return big != null ? big.toString() : Long.toString(small);
        }
    }

    /** A {@code float}. */
    record Float(double value) implements Constant {
        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return Reprs.floatRepr(value);
        }
    }

    /** A {@code complex} with real part {@code re} and imaginary part {@code im}. */
    record Complex(double re, double im) implements Constant {
        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return Reprs.complexRepr(re, im);
        }
    }

    /**
     * A {@code str}. Each code point of the Python string is one code point of the Java string;
     * a lone surrogate stays a lone surrogate (Python's {@code '\ud800'}).
     */
    record Str(String value) implements Constant {
        /** Rejects null. */
        public Str {
            if (value == null) {
                throw new NullPointerException("value");
            }
        }

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return Reprs.strRepr(value);
        }
    }

    /** A {@code bytes}; the array is copied in and out, and compared by content. */
    record Bytes(byte[] value) implements Constant {
        /** Copies the array. */
        public Bytes {
            value = value.clone();
        }

        /** A copy of the bytes. */
        @Override
        public byte[] value() {
            return value.clone();
        }

        /** The number of bytes. */
        public int length() {
            return value.length;
        }

        /** Byte {@code i}, 0..255. */
        public int byteAt(int i) {
            return value[i] & 0xFF;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes[" + Reprs.bytesRepr(value) + "]";
        }

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return Reprs.bytesRepr(value);
        }
    }

    /** A {@code tuple} of constants. */
    record Tuple(List<Constant> items) implements Constant {
        /** The empty tuple. */
        public static final Tuple EMPTY = new Tuple(List.of());

        /** Copies the list (no null elements). */
        public Tuple {
            items = List.copyOf(items);
        }

        /** A tuple of these items. */
        public static Tuple of(Constant... items) {
            return new Tuple(List.of(items));
        }

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            if (items.isEmpty()) {
                return "()";
            }
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(items.get(i).repr(addressOf));
            }
            if (items.size() == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        }
    }

    /**
     * A {@code frozenset} of constants. The items are kept in the given order, which is the order
     * {@code repr} and iteration show; CPython's order is its hash-table order, so the compiler
     * decides it. Duplicates are the compiler's business too.
     */
    record FrozenSet(List<Constant> items) implements Constant {
        /** Copies the list (no null elements). */
        public FrozenSet {
            items = List.copyOf(items);
        }

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            if (items.isEmpty()) {
                return "frozenset()";
            }
            StringBuilder sb = new StringBuilder("frozenset({");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(items.get(i).repr(addressOf));
            }
            return sb.append("})").toString();
        }
    }

    /** A nested code object (a function body, class body, comprehension, lambda). */
    record Code(CodeUnit code) implements Constant {
        /** Rejects null. */
        public Code {
            if (code == null) {
                throw new NullPointerException("code");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Code c && c.code == code;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(code);
        }

        @Override
        public String repr(Function<CodeUnit, String> addressOf) {
            return code.repr(addressOf.apply(code));
        }
    }
}
