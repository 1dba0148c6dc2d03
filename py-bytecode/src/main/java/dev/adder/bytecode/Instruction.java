package dev.adder.bytecode;

/**
 * One instruction of disassembled code, as {@code dis.Instruction} of CPython 3.10, plus the
 * instruction's source positions (3.11's {@code positions} field).
 *
 * @param opname the opcode's name ({@code "<N>"} for an undefined opcode)
 * @param opcode the opcode's number
 * @param arg the numeric argument, EXTENDED_ARG prefixes included, or null if the opcode takes none
 * @param argval the resolved argument: the {@link Constant} for {@code hasconst}, the name
 *     ({@code String}) for {@code hasname}/{@code haslocal}/{@code hasfree}, the target offset
 *     ({@code Integer}) for jumps, the operator ({@code String}) for {@code COMPARE_OP}, a
 *     {@link FormatValue} for {@code FORMAT_VALUE}, otherwise the argument itself ({@code Integer});
 *     null if there is no argument. When the code's tables are not known (raw bytes), indexes stay
 *     {@code Integer}s.
 * @param argrepr the human-readable form of the argument ("" if none)
 * @param offset the byte offset of the instruction
 * @param startsLine the line this instruction starts, or null
 * @param isJumpTarget whether some jump goes to this offset
 * @param positions the source span of the instruction
 */
public record Instruction(String opname, int opcode, Integer arg, Object argval, String argrepr, int offset,
        Integer startsLine, boolean isJumpTarget, PositionTable.Positions positions) {

    /** {@code dis._OPNAME_WIDTH}: the opcode name column is padded to this width. */
    public static final int OPNAME_WIDTH = 20;
    /** {@code dis._OPARG_WIDTH}: the argument column is right-aligned to this width. */
    public static final int OPARG_WIDTH = 5;

    /**
     * The resolved argument of {@code FORMAT_VALUE}: dis shows {@code (conversion, has_spec)}.
     *
     * @param conversion null, "str", "repr" or "ascii"
     * @param withFormat whether a format spec is on the stack
     */
    public record FormatValue(String conversion, boolean withFormat) {
    }

    /** The opcode as an enum, or null if it is undefined. */
    public Opcode op() {
        return Opcode.of(opcode);
    }

    /**
     * This instruction as one line of 3.10's {@code dis} listing ({@code Instruction._disassemble}):
     * line number ({@code linenoWidth} wide, none if 0), "-->" if {@code markAsCurrent}, ">>" if a
     * jump target, the offset ({@code offsetWidth} wide), the name padded to 20, the argument
     * right-aligned in 5, the argument's repr in parentheses; fields joined by one space, trailing
     * space removed.
     */
    public String disassemble(int linenoWidth, boolean markAsCurrent, int offsetWidth) {
        StringBuilder sb = new StringBuilder(64);
        if (linenoWidth > 0) {
            String n = startsLine != null ? Integer.toString(startsLine) : "";
            pad(sb, linenoWidth - n.length());
            sb.append(n).append(' ');
        }
        sb.append(markAsCurrent ? "-->" : "   ").append(' ');
        sb.append(isJumpTarget ? ">>" : "  ").append(' ');
        String off = Integer.toString(offset);
        pad(sb, offsetWidth - off.length());
        sb.append(off).append(' ');
        sb.append(opname);
        pad(sb, OPNAME_WIDTH - opname.length());
        if (arg != null) {
            String a = Integer.toUnsignedString(arg);
            sb.append(' ');
            pad(sb, OPARG_WIDTH - a.length());
            sb.append(a);
            if (!argrepr.isEmpty()) {
                sb.append(" (").append(argrepr).append(')');
            }
        }
        int end = sb.length();
        while (end > 0 && isPythonWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
    }

    // str.rstrip(): the characters Python's str.isspace() accepts (in the BMP)
    private static boolean isPythonWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        return c == 0x85 || c == 0xA0 || Character.isSpaceChar(c);
    }
}
