package dev.adder.runtime.objects;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/**
 * Python's {@code int}: an integer of any size. A value that fits in a Java {@code long} is held
 * in {@link #value} with {@link #big} null; otherwise {@link #big} holds it (and is never a value
 * that fits in a long). Small ints (-5..1024) are cached.
 *
 * <p>CPython: {@code Objects/longobject.c}. The arithmetic is in {@link IntOps}.
 */
public class PyInt extends PyObject {
    /** {@code int}. */
    public static final PyType TYPE = PyType.builtin("int", PyInt.class, PyType.BASETYPE | PyType.LONG_SUBCLASS);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) {
            CACHE[i - CACHE_LOW] = new PyInt(TYPE, i, null);
        }
    }

    /** {@code 0}. */
    public static final PyInt ZERO = of(0);
    /** {@code 1}. */
    public static final PyInt ONE = of(1);
    /** {@code -1}. */
    public static final PyInt MINUS_ONE = of(-1);

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The value when it fits in a long (then {@link #big} is null). */
    public final long value;
    /** The value when it does not fit in a long, else null. */
    public final BigInteger big;

    /** For {@link PyBool} and for subclasses defined in Python. */
    protected PyInt(PyType type, long value, BigInteger big) {
        super(type);
        this.value = value;
        this.big = big;
    }

    /** The int {@code v}. */
    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(TYPE, v, null);
    }

    /** The int {@code v} (normalized: held as a long when it fits). */
    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(TYPE, 0, v);
    }

    /** True when the value fits in a long ({@link #value} holds it). */
    public final boolean isSmall() {
        return big == null;
    }

    /** The value as a BigInteger. */
    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The sign: -1, 0 or 1. */
    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The value as a Java int, or OverflowError with CPython's message for C ints. */
    public final int intValueExact() {
        if (big == null && value == (int) value) {
            return (int) value;
        }
        throw PyErr.overflowError("Python int too large to convert to C int");
    }

    /** The value as a Java long, or OverflowError with CPython's message for C longs. */
    public final long longValueExact() {
        if (big == null) {
            return value;
        }
        throw PyErr.overflowError("Python int too large to convert to C long");
    }

    /** The value as a Java long if it fits, else saturated to Long.MIN_VALUE/MAX_VALUE. */
    public final long clampedLong() {
        if (big == null) {
            return value;
        }
        return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** An exact int (not a subclass, not bool) with the same value. */
    public PyInt exact() {
        return type() == TYPE ? this : big == null ? of(value) : new PyInt(TYPE, 0, big);
    }

    static {
        IntOps.initType(TYPE);
    }
}
