package dev.adder.bytecode;

/**
 * Adder's instruction set: CPython 3.10's opcodes, with their names and numbers, plus two extension
 * opcodes for the one 3.11 construct that 3.10's instruction set cannot express.
 *
 * <p>CPython: {@code Lib/opcode.py} and {@code Include/opcode.h} of the 3.10 branch. The numbers,
 * the {@code HAVE_ARGUMENT} boundary (90), {@code EXTENDED_ARG} (144) and the argument kinds
 * ({@code hasconst}, {@code hasname}, {@code hasjrel}, {@code hasjabs}, {@code haslocal},
 * {@code hascompare}, {@code hasfree}; {@code hasnargs} is empty in 3.10) are 3.10's. Code is
 * wordcode: every instruction is two bytes, opcode then argument; an argument wider than a byte is
 * built by {@link #EXTENDED_ARG} prefixes, each contributing the next higher byte. Jump arguments
 * count instructions (two-byte units), as in 3.10: an absolute jump's target offset is
 * {@code 2 * arg}; a relative jump's target is {@code offset + 2 + 2 * arg}, counted from the end of
 * the jump instruction (relative jumps only go forward).
 *
 * <p>The {@link #stackEffect(int, boolean) stack effects} are those of 3.10's {@code stack_effect} in
 * {@code Python/compile.c} (what {@code dis.stack_effect(opcode, oparg, jump=...)} returns).
 *
 * <h2>Extension opcodes</h2>
 * <p>3.10 has no {@code try}/{@code except*} (PEP 654). Adder gives it the two instructions CPython
 * 3.11 added for it, with 3.11's semantics and at 3.11's numbers, both unused in 3.10:
 * <ul>
 *   <li>{@link #CHECK_EG_MATCH} (37, no argument, stack effect 0): TOS is the type (or tuple of
 *       types) of an {@code except*} clause, TOS1 the exception group being handled. Calls
 *       {@code TOS1.split(TOS)}; on a match it replaces both with the non-matching rest (None when
 *       everything matched) and, on top, the matching subgroup; on no match it pops the type and
 *       pushes None (leaving the group below it). A type that is itself an exception group type
 *       raises {@code TypeError} as in 3.11.</li>
 *   <li>{@link #PREP_RERAISE_STAR} (88, no argument, stack effect -1): TOS is the list of
 *       exceptions raised or re-raised by the {@code except*} clauses, TOS1 the original exception
 *       group. Pops both and pushes the exception group to re-raise from the {@code try} statement
 *       (re-raised exceptions keep the original group's nesting), or None if there is none.</li>
 * </ul>
 * They operate on exception values. With 3.10's block stack, where a handler sees the exception
 * as three stack entries, the compiler arranges the stack around them.
 */
public enum Opcode {
    // --- no argument (opcode < HAVE_ARGUMENT) ---
    POP_TOP(1),
    ROT_TWO(2),
    ROT_THREE(3),
    DUP_TOP(4),
    DUP_TOP_TWO(5),
    ROT_FOUR(6),
    NOP(9),
    UNARY_POSITIVE(10),
    UNARY_NEGATIVE(11),
    UNARY_NOT(12),
    UNARY_INVERT(15),
    BINARY_MATRIX_MULTIPLY(16),
    INPLACE_MATRIX_MULTIPLY(17),
    BINARY_POWER(19),
    BINARY_MULTIPLY(20),
    BINARY_MODULO(22),
    BINARY_ADD(23),
    BINARY_SUBTRACT(24),
    BINARY_SUBSCR(25),
    BINARY_FLOOR_DIVIDE(26),
    BINARY_TRUE_DIVIDE(27),
    INPLACE_FLOOR_DIVIDE(28),
    INPLACE_TRUE_DIVIDE(29),
    GET_LEN(30),
    MATCH_MAPPING(31),
    MATCH_SEQUENCE(32),
    MATCH_KEYS(33),
    COPY_DICT_WITHOUT_KEYS(34),
    /** Extension (3.11's {@code CHECK_EG_MATCH}, for {@code except*}); see the class comment. */
    CHECK_EG_MATCH(37, Kind.NONE, true),
    WITH_EXCEPT_START(49),
    GET_AITER(50),
    GET_ANEXT(51),
    BEFORE_ASYNC_WITH(52),
    END_ASYNC_FOR(54),
    INPLACE_ADD(55),
    INPLACE_SUBTRACT(56),
    INPLACE_MULTIPLY(57),
    INPLACE_MODULO(59),
    STORE_SUBSCR(60),
    DELETE_SUBSCR(61),
    BINARY_LSHIFT(62),
    BINARY_RSHIFT(63),
    BINARY_AND(64),
    BINARY_XOR(65),
    BINARY_OR(66),
    INPLACE_POWER(67),
    GET_ITER(68),
    GET_YIELD_FROM_ITER(69),
    PRINT_EXPR(70),
    LOAD_BUILD_CLASS(71),
    YIELD_FROM(72),
    GET_AWAITABLE(73),
    LOAD_ASSERTION_ERROR(74),
    INPLACE_LSHIFT(75),
    INPLACE_RSHIFT(76),
    INPLACE_AND(77),
    INPLACE_XOR(78),
    INPLACE_OR(79),
    LIST_TO_TUPLE(82),
    RETURN_VALUE(83),
    IMPORT_STAR(84),
    SETUP_ANNOTATIONS(85),
    YIELD_VALUE(86),
    POP_BLOCK(87),
    /** Extension (3.11's {@code PREP_RERAISE_STAR}, for {@code except*}); see the class comment. */
    PREP_RERAISE_STAR(88, Kind.NONE, true),
    POP_EXCEPT(89),

    // --- with an argument (opcode >= HAVE_ARGUMENT) ---
    STORE_NAME(90, Kind.NAME),
    DELETE_NAME(91, Kind.NAME),
    UNPACK_SEQUENCE(92),
    FOR_ITER(93, Kind.JREL),
    UNPACK_EX(94),
    STORE_ATTR(95, Kind.NAME),
    DELETE_ATTR(96, Kind.NAME),
    STORE_GLOBAL(97, Kind.NAME),
    DELETE_GLOBAL(98, Kind.NAME),
    ROT_N(99),
    LOAD_CONST(100, Kind.CONST),
    LOAD_NAME(101, Kind.NAME),
    BUILD_TUPLE(102),
    BUILD_LIST(103),
    BUILD_SET(104),
    BUILD_MAP(105),
    LOAD_ATTR(106, Kind.NAME),
    COMPARE_OP(107, Kind.COMPARE),
    IMPORT_NAME(108, Kind.NAME),
    IMPORT_FROM(109, Kind.NAME),
    JUMP_FORWARD(110, Kind.JREL),
    JUMP_IF_FALSE_OR_POP(111, Kind.JABS),
    JUMP_IF_TRUE_OR_POP(112, Kind.JABS),
    JUMP_ABSOLUTE(113, Kind.JABS),
    POP_JUMP_IF_FALSE(114, Kind.JABS),
    POP_JUMP_IF_TRUE(115, Kind.JABS),
    LOAD_GLOBAL(116, Kind.NAME),
    IS_OP(117),
    CONTAINS_OP(118),
    RERAISE(119),
    JUMP_IF_NOT_EXC_MATCH(121, Kind.JABS),
    SETUP_FINALLY(122, Kind.JREL),
    LOAD_FAST(124, Kind.LOCAL),
    STORE_FAST(125, Kind.LOCAL),
    DELETE_FAST(126, Kind.LOCAL),
    GEN_START(129),
    RAISE_VARARGS(130),
    CALL_FUNCTION(131),
    MAKE_FUNCTION(132),
    BUILD_SLICE(133),
    LOAD_CLOSURE(135, Kind.FREE),
    LOAD_DEREF(136, Kind.FREE),
    STORE_DEREF(137, Kind.FREE),
    DELETE_DEREF(138, Kind.FREE),
    CALL_FUNCTION_KW(141),
    CALL_FUNCTION_EX(142),
    SETUP_WITH(143, Kind.JREL),
    EXTENDED_ARG(144),
    LIST_APPEND(145),
    SET_ADD(146),
    MAP_ADD(147),
    LOAD_CLASSDEREF(148, Kind.FREE),
    MATCH_CLASS(152),
    SETUP_ASYNC_WITH(154, Kind.JREL),
    FORMAT_VALUE(155),
    BUILD_CONST_KEY_MAP(156),
    BUILD_STRING(157),
    LOAD_METHOD(160, Kind.NAME),
    CALL_METHOD(161),
    LIST_EXTEND(162),
    SET_UPDATE(163),
    DICT_MERGE(164),
    DICT_UPDATE(165);

    /**
     * What an opcode's argument means, as the lists of CPython's {@code opcode} module classify it
     * ({@code hasconst}, {@code hasname}, {@code hasjrel}, {@code hasjabs}, {@code haslocal},
     * {@code hascompare}, {@code hasfree}). An opcode is in at most one of them.
     */
    public enum Kind {
        /** In none of the lists: no argument, or a plain number (a count, flags). */
        NONE,
        /** {@code hasconst}: index into {@code co_consts}. */
        CONST,
        /** {@code hasname}: index into {@code co_names}. */
        NAME,
        /** {@code hasjrel}: forward jump, {@code 2 * arg} bytes past the end of the instruction. */
        JREL,
        /** {@code hasjabs}: jump to byte offset {@code 2 * arg}. */
        JABS,
        /** {@code haslocal}: index into {@code co_varnames}. */
        LOCAL,
        /** {@code hascompare}: index into {@link Opcodes#CMP_OP}. */
        COMPARE,
        /** {@code hasfree}: index into {@code co_cellvars + co_freevars}. */
        FREE
    }

    private static final Opcode[] BY_CODE = new Opcode[256];

    static {
        for (Opcode op : values()) {
            if (BY_CODE[op.code] != null) {
                throw new ExceptionInInitializerError("duplicate opcode " + op.code);
            }
            BY_CODE[op.code] = op;
        }
    }

    private final int code;
    private final Kind kind;
    private final boolean extension;

    Opcode(int code) {
        this(code, Kind.NONE, false);
    }

    Opcode(int code, Kind kind) {
        this(code, kind, false);
    }

    Opcode(int code, Kind kind, boolean extension) {
        this.code = code;
        this.kind = kind;
        this.extension = extension;
    }

    /** The opcode's number, the first byte of its instructions. */
    public int code() {
        return code;
    }

    /** CPython's name for the opcode (the same as {@link #name()}), as {@code opcode.opname} has it. */
    public String opname() {
        return name();
    }

    /** What the argument means. */
    public Kind kind() {
        return kind;
    }

    /** Whether the opcode takes an argument ({@code opcode >= HAVE_ARGUMENT}). */
    public boolean hasArg() {
        return code >= Opcodes.HAVE_ARGUMENT;
    }

    /** Whether the opcode is a jump (relative or absolute), including the {@code SETUP_*} ones. */
    public boolean isJump() {
        return kind == Kind.JREL || kind == Kind.JABS;
    }

    /** Whether this is one of Adder's extension opcodes rather than one of CPython 3.10's. */
    public boolean isExtension() {
        return extension;
    }

    /**
     * The opcode with number {@code code}, or {@code null} if none has it (or it is outside 0..255).
     */
    public static Opcode of(int code) {
        return (code & ~0xFF) == 0 ? BY_CODE[code] : null;
    }

    /**
     * The stack effect of this opcode with argument {@code oparg}, at its maximum over taken and
     * not-taken jumps, like {@code dis.stack_effect(opcode, oparg)}.
     *
     * @throws BytecodeException (a ValueError) where {@code dis.stack_effect} raises one:
     *     "invalid opcode or oparg"
     */
    public int stackEffect(int oparg) {
        return checked(Opcodes.stackEffect(code, oparg, -1));
    }

    /**
     * The stack effect of this opcode with argument {@code oparg} when the jump is taken
     * ({@code jump} true) or not, like {@code dis.stack_effect(opcode, oparg, jump=jump)}.
     *
     * @throws BytecodeException (a ValueError) where {@code dis.stack_effect} raises one
     */
    public int stackEffect(int oparg, boolean jump) {
        return checked(Opcodes.stackEffect(code, oparg, jump ? 1 : 0));
    }

    private static int checked(int effect) {
        if (effect == Opcodes.INVALID_STACK_EFFECT) {
            throw BytecodeException.valueError("invalid opcode or oparg");
        }
        return effect;
    }
}
