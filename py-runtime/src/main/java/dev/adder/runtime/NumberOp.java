package dev.adder.runtime;

/**
 * The binary number operations, in the order of CPython 3.11's {@code NB_*} constants
 * ({@code Include/opcode.h}), plus {@code divmod}, with the text used in error messages and the
 * names of the special methods.
 *
 * <p>CPython: {@code Objects/abstract.c} ({@code binary_op1}, {@code binop_type_error}).
 */
public enum NumberOp {
    ADD("+", "add"), AND("&", "and"), FLOOR_DIVIDE("//", "floordiv"), LSHIFT("<<", "lshift"),
    MATRIX_MULTIPLY("@", "matmul"), MULTIPLY("*", "mul"), REMAINDER("%", "mod"), OR("|", "or"),
    POWER("**", "pow"), RSHIFT(">>", "rshift"), SUBTRACT("-", "sub"), TRUE_DIVIDE("/", "truediv"),
    XOR("^", "xor"), DIVMOD("divmod()", "divmod");

    /** How many operations there are (the size of the slot arrays). */
    public static final int COUNT = 14;
    private static final NumberOp[] VALUES = values();

    /** The operator as written in Python (for DIVMOD: {@code divmod()}). */
    public final String symbol;
    /** {@code __add__}. */
    public final String dunder;
    /** {@code __radd__}. */
    public final String rdunder;
    /** {@code __iadd__} (null for DIVMOD). */
    public final String idunder;

    NumberOp(String symbol, String stem) {
        this.symbol = symbol;
        this.dunder = "__" + stem + "__";
        this.rdunder = "__r" + stem + "__";
        this.idunder = stem.equals("divmod") ? null : "__i" + stem + "__";
    }

    /** The operation for CPython 3.11's {@code BINARY_OP} oparg (0..12, in-place ones 13..25 map back). */
    public static NumberOp of(int index) {
        return VALUES[index];
    }

    /** The symbol in "unsupported operand type(s) for X" for the binary form. */
    public String binaryMessageSymbol() {
        return this == POWER ? "** or pow()" : symbol;
    }

    /** The symbol in "unsupported operand type(s) for X" for the in-place form. */
    public String inplaceMessageSymbol() {
        return symbol + "=";
    }
}
