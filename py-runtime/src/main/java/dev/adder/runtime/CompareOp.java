package dev.adder.runtime;

/**
 * The six rich comparisons, in CPython's order ({@code Py_LT} = 0 ... {@code Py_GE} = 5), with
 * the operator text used in messages and the swapped operator used for the reflected call.
 *
 * <p>CPython: {@code Include/object.h} ({@code Py_LT}...), {@code Objects/object.c}
 * ({@code _Py_SwappedOp}, {@code opstrings}).
 */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"),
    GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();

    /** The operator as written in Python. */
    public final String symbol;
    /** The special method's name. */
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator with its operands swapped ({@code <} becomes {@code >}). */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** The operator for CPython's oparg of {@code COMPARE_OP} (0..5). */
    public static CompareOp of(int oparg) {
        return VALUES[oparg];
    }

    /** Applies the operator to the result of a three-way comparison ({@code c} <0, 0, >0). */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
