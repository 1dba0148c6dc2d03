package dev.adder.bytecode;

import java.util.List;

/**
 * The instruction set as plain {@code int} constants and tables indexed by opcode number, for the
 * evaluation loop ({@code switch} on these constants compiles to a table switch) and for
 * assemblers and disassemblers. {@link Opcode} is the same set as an enum; a unit test checks that
 * both agree.
 *
 * <p>CPython: {@code Include/opcode.h} (the constants), {@code Lib/opcode.py} (the tables),
 * {@code Python/compile.c} {@code stack_effect()} (the stack effects), all of the 3.10 branch.
 */
public final class Opcodes {
    private Opcodes() {
    }

    /** Opcodes from here up take an argument; those below ignore their argument byte. */
    public static final int HAVE_ARGUMENT = 90;

    /** What {@link #stackEffect} returns for an undefined opcode (CPython's PY_INVALID_STACK_EFFECT). */
    public static final int INVALID_STACK_EFFECT = Integer.MAX_VALUE;

    /** The comparison operators, indexed by {@code COMPARE_OP}'s argument ({@code opcode.cmp_op}). */
    public static final List<String> CMP_OP = List.of("<", "<=", "==", "!=", ">", ">=");

    /** {@code FORMAT_VALUE} argument bits: the conversion (0 none, 1 str, 2 repr, 3 ascii). */
    public static final int FVC_MASK = 0x3;
    /** {@code FORMAT_VALUE} argument bit: a format spec is on the stack. */
    public static final int FVS_HAVE_SPEC = 0x4;

    /** {@code MAKE_FUNCTION} argument bit: a tuple of positional defaults is on the stack. */
    public static final int MAKE_FUNCTION_DEFAULTS = 0x01;
    /** {@code MAKE_FUNCTION} argument bit: a dict of keyword-only defaults is on the stack. */
    public static final int MAKE_FUNCTION_KWDEFAULTS = 0x02;
    /** {@code MAKE_FUNCTION} argument bit: a tuple of annotations is on the stack. */
    public static final int MAKE_FUNCTION_ANNOTATIONS = 0x04;
    /** {@code MAKE_FUNCTION} argument bit: a tuple of cells for free variables is on the stack. */
    public static final int MAKE_FUNCTION_CLOSURE = 0x08;

    // The opcodes, one constant per Opcode enum constant, same names and numbers.
    public static final int POP_TOP = 1;
    public static final int ROT_TWO = 2;
    public static final int ROT_THREE = 3;
    public static final int DUP_TOP = 4;
    public static final int DUP_TOP_TWO = 5;
    public static final int ROT_FOUR = 6;
    public static final int NOP = 9;
    public static final int UNARY_POSITIVE = 10;
    public static final int UNARY_NEGATIVE = 11;
    public static final int UNARY_NOT = 12;
    public static final int UNARY_INVERT = 15;
    public static final int BINARY_MATRIX_MULTIPLY = 16;
    public static final int INPLACE_MATRIX_MULTIPLY = 17;
    public static final int BINARY_POWER = 19;
    public static final int BINARY_MULTIPLY = 20;
    public static final int BINARY_MODULO = 22;
    public static final int BINARY_ADD = 23;
    public static final int BINARY_SUBTRACT = 24;
    public static final int BINARY_SUBSCR = 25;
    public static final int BINARY_FLOOR_DIVIDE = 26;
    public static final int BINARY_TRUE_DIVIDE = 27;
    public static final int INPLACE_FLOOR_DIVIDE = 28;
    public static final int INPLACE_TRUE_DIVIDE = 29;
    public static final int GET_LEN = 30;
    public static final int MATCH_MAPPING = 31;
    public static final int MATCH_SEQUENCE = 32;
    public static final int MATCH_KEYS = 33;
    public static final int COPY_DICT_WITHOUT_KEYS = 34;
    public static final int CHECK_EG_MATCH = 37;
    public static final int WITH_EXCEPT_START = 49;
    public static final int GET_AITER = 50;
    public static final int GET_ANEXT = 51;
    public static final int BEFORE_ASYNC_WITH = 52;
    public static final int END_ASYNC_FOR = 54;
    public static final int INPLACE_ADD = 55;
    public static final int INPLACE_SUBTRACT = 56;
    public static final int INPLACE_MULTIPLY = 57;
    public static final int INPLACE_MODULO = 59;
    public static final int STORE_SUBSCR = 60;
    public static final int DELETE_SUBSCR = 61;
    public static final int BINARY_LSHIFT = 62;
    public static final int BINARY_RSHIFT = 63;
    public static final int BINARY_AND = 64;
    public static final int BINARY_XOR = 65;
    public static final int BINARY_OR = 66;
    public static final int INPLACE_POWER = 67;
    public static final int GET_ITER = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int PRINT_EXPR = 70;
    public static final int LOAD_BUILD_CLASS = 71;
    public static final int YIELD_FROM = 72;
    public static final int GET_AWAITABLE = 73;
    public static final int LOAD_ASSERTION_ERROR = 74;
    public static final int INPLACE_LSHIFT = 75;
    public static final int INPLACE_RSHIFT = 76;
    public static final int INPLACE_AND = 77;
    public static final int INPLACE_XOR = 78;
    public static final int INPLACE_OR = 79;
    public static final int LIST_TO_TUPLE = 82;
    public static final int RETURN_VALUE = 83;
    public static final int IMPORT_STAR = 84;
    public static final int SETUP_ANNOTATIONS = 85;
    public static final int YIELD_VALUE = 86;
    public static final int POP_BLOCK = 87;
    public static final int PREP_RERAISE_STAR = 88;
    public static final int POP_EXCEPT = 89;
    public static final int STORE_NAME = 90;
    public static final int DELETE_NAME = 91;
    public static final int UNPACK_SEQUENCE = 92;
    public static final int FOR_ITER = 93;
    public static final int UNPACK_EX = 94;
    public static final int STORE_ATTR = 95;
    public static final int DELETE_ATTR = 96;
    public static final int STORE_GLOBAL = 97;
    public static final int DELETE_GLOBAL = 98;
    public static final int ROT_N = 99;
    public static final int LOAD_CONST = 100;
    public static final int LOAD_NAME = 101;
    public static final int BUILD_TUPLE = 102;
    public static final int BUILD_LIST = 103;
    public static final int BUILD_SET = 104;
    public static final int BUILD_MAP = 105;
    public static final int LOAD_ATTR = 106;
    public static final int COMPARE_OP = 107;
    public static final int IMPORT_NAME = 108;
    public static final int IMPORT_FROM = 109;
    public static final int JUMP_FORWARD = 110;
    public static final int JUMP_IF_FALSE_OR_POP = 111;
    public static final int JUMP_IF_TRUE_OR_POP = 112;
    public static final int JUMP_ABSOLUTE = 113;
    public static final int POP_JUMP_IF_FALSE = 114;
    public static final int POP_JUMP_IF_TRUE = 115;
    public static final int LOAD_GLOBAL = 116;
    public static final int IS_OP = 117;
    public static final int CONTAINS_OP = 118;
    public static final int RERAISE = 119;
    public static final int JUMP_IF_NOT_EXC_MATCH = 121;
    public static final int SETUP_FINALLY = 122;
    public static final int LOAD_FAST = 124;
    public static final int STORE_FAST = 125;
    public static final int DELETE_FAST = 126;
    public static final int GEN_START = 129;
    public static final int RAISE_VARARGS = 130;
    public static final int CALL_FUNCTION = 131;
    public static final int MAKE_FUNCTION = 132;
    public static final int BUILD_SLICE = 133;
    public static final int LOAD_CLOSURE = 135;
    public static final int LOAD_DEREF = 136;
    public static final int STORE_DEREF = 137;
    public static final int DELETE_DEREF = 138;
    public static final int CALL_FUNCTION_KW = 141;
    public static final int CALL_FUNCTION_EX = 142;
    public static final int SETUP_WITH = 143;
    /** The prefix that supplies the next higher byte of the following instruction's argument. */
    public static final int EXTENDED_ARG = 144;
    public static final int LIST_APPEND = 145;
    public static final int SET_ADD = 146;
    public static final int MAP_ADD = 147;
    public static final int LOAD_CLASSDEREF = 148;
    public static final int MATCH_CLASS = 152;
    public static final int SETUP_ASYNC_WITH = 154;
    public static final int FORMAT_VALUE = 155;
    public static final int BUILD_CONST_KEY_MAP = 156;
    public static final int BUILD_STRING = 157;
    public static final int LOAD_METHOD = 160;
    public static final int CALL_METHOD = 161;
    public static final int LIST_EXTEND = 162;
    public static final int SET_UPDATE = 163;
    public static final int DICT_MERGE = 164;
    public static final int DICT_UPDATE = 165;

    /** Flag in {@link #flags}: the opcode is defined. */
    public static final int F_DEFINED = 1;
    /** Flag: the opcode is in {@code hasconst}. */
    public static final int F_CONST = 1 << 1;
    /** Flag: the opcode is in {@code hasname}. */
    public static final int F_NAME = 1 << 2;
    /** Flag: the opcode is in {@code hasjrel}. */
    public static final int F_JREL = 1 << 3;
    /** Flag: the opcode is in {@code hasjabs}. */
    public static final int F_JABS = 1 << 4;
    /** Flag: the opcode is in {@code haslocal}. */
    public static final int F_LOCAL = 1 << 5;
    /** Flag: the opcode is in {@code hascompare}. */
    public static final int F_COMPARE = 1 << 6;
    /** Flag: the opcode is in {@code hasfree}. */
    public static final int F_FREE = 1 << 7;
    /** Flag: no instruction follows in sequence (the rest of the block is dead). */
    public static final int F_TERMINATES = 1 << 8;

    private static final int[] FLAGS = new int[256];
    private static final String[] OPNAME = new String[256];

    static {
        for (int i = 0; i < 256; i++) {
            OPNAME[i] = "<" + i + ">";
        }
        for (Opcode op : Opcode.values()) {
            int f = F_DEFINED;
            switch (op.kind()) {
                case CONST: f |= F_CONST; break;
                case NAME: f |= F_NAME; break;
                case JREL: f |= F_JREL; break;
                case JABS: f |= F_JABS; break;
                case LOCAL: f |= F_LOCAL; break;
                case COMPARE: f |= F_COMPARE; break;
                case FREE: f |= F_FREE; break;
                default: break;
            }
            FLAGS[op.code()] = f;
            OPNAME[op.code()] = op.name();
        }
        // Python/compile.c (3.10) stackdepth(): after these, the rest of the block is dead.
        for (int op : new int[] {JUMP_ABSOLUTE, JUMP_FORWARD, RETURN_VALUE, RAISE_VARARGS, RERAISE}) {
            FLAGS[op] |= F_TERMINATES;
        }
    }

    /** The {@code F_*} flags of opcode {@code op} (0..255); 0 for an undefined opcode. */
    public static int flags(int op) {
        return FLAGS[op & 0xFF];
    }

    /** Whether {@code op} is a defined opcode. */
    public static boolean isDefined(int op) {
        return (op & ~0xFF) == 0 && FLAGS[op] != 0;
    }

    /** Whether {@code op} takes an argument ({@code op >= HAVE_ARGUMENT}). */
    public static boolean hasArg(int op) {
        return op >= HAVE_ARGUMENT;
    }

    /** Whether {@code op} is a jump, relative or absolute. */
    public static boolean isJump(int op) {
        return (FLAGS[op & 0xFF] & (F_JREL | F_JABS)) != 0;
    }

    /** Whether {@code op} is a relative (forward) jump ({@code hasjrel}). */
    public static boolean isRelativeJump(int op) {
        return (FLAGS[op & 0xFF] & F_JREL) != 0;
    }

    /** Whether {@code op} is an absolute jump ({@code hasjabs}). */
    public static boolean isAbsoluteJump(int op) {
        return (FLAGS[op & 0xFF] & F_JABS) != 0;
    }

    /**
     * {@code opcode.opname[op]}: the opcode's name, or {@code "<op>"} for an undefined one.
     */
    public static String opname(int op) {
        return OPNAME[op & 0xFF];
    }

    /**
     * The byte offset a jump instruction goes to: for an absolute jump {@code 2 * arg}, for a
     * relative one {@code offset + 2 + 2 * arg} where {@code offset} is the jump's own offset
     * (that of its last code unit, after any EXTENDED_ARG prefixes), as 3.10's {@code dis} computes it.
     * Returns -1 if {@code op} is not a jump.
     */
    public static int jumpTarget(int op, int arg, int offset) {
        int f = FLAGS[op & 0xFF];
        if ((f & F_JABS) != 0) {
            return arg * 2;
        }
        if ((f & F_JREL) != 0) {
            return offset + 2 + arg * 2;
        }
        return -1;
    }

    /**
     * The stack effect of {@code op} with argument {@code oparg}: the change in stack depth when
     * the jump is taken ({@code jump > 0}), not taken ({@code jump == 0}), or the maximum of the two
     * ({@code jump < 0}); {@link #INVALID_STACK_EFFECT} for an undefined opcode.
     * For an opcode without argument {@code oparg} is ignored.
     *
     * <p>CPython: {@code Python/compile.c} {@code stack_effect(opcode, oparg, jump)} of 3.10, which
     * {@code dis.stack_effect} exposes; the two extension opcodes have 3.11's effects.
     */
    public static int stackEffect(int op, int oparg, int jump) {
        switch (op) {
            case NOP:
            case EXTENDED_ARG:
                return 0;

            // stack manipulation
            case POP_TOP:
                return -1;
            case ROT_TWO:
            case ROT_THREE:
            case ROT_FOUR:
            case ROT_N:
                return 0;
            case DUP_TOP:
                return 1;
            case DUP_TOP_TWO:
                return 2;

            // unary operators
            case UNARY_POSITIVE:
            case UNARY_NEGATIVE:
            case UNARY_NOT:
            case UNARY_INVERT:
                return 0;

            case SET_ADD:
            case LIST_APPEND:
                return -1;
            case MAP_ADD:
                return -2;

            // binary and in-place operators: two operands in, one result out
            case BINARY_POWER:
            case BINARY_MULTIPLY:
            case BINARY_MATRIX_MULTIPLY:
            case BINARY_MODULO:
            case BINARY_ADD:
            case BINARY_SUBTRACT:
            case BINARY_SUBSCR:
            case BINARY_FLOOR_DIVIDE:
            case BINARY_TRUE_DIVIDE:
            case BINARY_LSHIFT:
            case BINARY_RSHIFT:
            case BINARY_AND:
            case BINARY_XOR:
            case BINARY_OR:
            case INPLACE_FLOOR_DIVIDE:
            case INPLACE_TRUE_DIVIDE:
            case INPLACE_ADD:
            case INPLACE_SUBTRACT:
            case INPLACE_MULTIPLY:
            case INPLACE_MATRIX_MULTIPLY:
            case INPLACE_MODULO:
            case INPLACE_POWER:
            case INPLACE_LSHIFT:
            case INPLACE_RSHIFT:
            case INPLACE_AND:
            case INPLACE_XOR:
            case INPLACE_OR:
                return -1;
            case STORE_SUBSCR:
                return -3;
            case DELETE_SUBSCR:
                return -2;

            case GET_ITER:
                return 0;
            case PRINT_EXPR:
                return -1;
            case LOAD_BUILD_CLASS:
                return 1;

            case SETUP_WITH:
                // 1 (__exit__) in the normal flow; the handler is entered with 6 values pushed
                return jump != 0 ? 6 : 1;
            case RETURN_VALUE:
            case IMPORT_STAR:
                return -1;
            case SETUP_ANNOTATIONS:
            case YIELD_VALUE:
                return 0;
            case YIELD_FROM:
                return -1;
            case POP_BLOCK:
                return 0;
            case POP_EXCEPT:
                return -3;

            case STORE_NAME:
                return -1;
            case DELETE_NAME:
                return 0;
            case UNPACK_SEQUENCE:
                return oparg - 1;
            case UNPACK_EX:
                return (oparg & 0xFF) + (oparg >> 8);
            case FOR_ITER:
                // -1 when the iterator is exhausted (the jump), 1 while it yields
                return jump > 0 ? -1 : 1;

            case STORE_ATTR:
                return -2;
            case DELETE_ATTR:
            case STORE_GLOBAL:
                return -1;
            case DELETE_GLOBAL:
                return 0;
            case LOAD_CONST:
            case LOAD_NAME:
                return 1;
            case BUILD_TUPLE:
            case BUILD_LIST:
            case BUILD_SET:
            case BUILD_STRING:
                return 1 - oparg;
            case BUILD_MAP:
                return 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP:
                return -oparg;
            case LOAD_ATTR:
                return 0;
            case COMPARE_OP:
            case IS_OP:
            case CONTAINS_OP:
                return -1;
            case JUMP_IF_NOT_EXC_MATCH:
                return -2;
            case IMPORT_NAME:
                return -1;
            case IMPORT_FROM:
                return 1;

            // jumps
            case JUMP_FORWARD:
            case JUMP_ABSOLUTE:
                return 0;
            case JUMP_IF_TRUE_OR_POP:
            case JUMP_IF_FALSE_OR_POP:
                return jump != 0 ? 0 : -1;
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE:
                return -1;

            case LOAD_GLOBAL:
                return 1;

            // exception handling
            case SETUP_FINALLY:
                // 0 in the normal flow; the handler is entered with 6 values pushed
                return jump != 0 ? 6 : 0;
            case RERAISE:
                return -3;
            case WITH_EXCEPT_START:
                return 1;

            case LOAD_FAST:
                return 1;
            case STORE_FAST:
                return -1;
            case DELETE_FAST:
                return 0;

            case RAISE_VARARGS:
                return -oparg;

            // functions and calls
            case CALL_FUNCTION:
                return -oparg;
            case CALL_METHOD:
            case CALL_FUNCTION_KW:
                return -oparg - 1;
            case CALL_FUNCTION_EX:
                return -1 - ((oparg & 0x01) != 0 ? 1 : 0);
            case MAKE_FUNCTION:
                return -1 - Integer.bitCount(oparg & 0x0F);
            case BUILD_SLICE:
                return oparg == 3 ? -2 : -1;

            // closures
            case LOAD_CLOSURE:
            case LOAD_DEREF:
            case LOAD_CLASSDEREF:
                return 1;
            case STORE_DEREF:
                return -1;
            case DELETE_DEREF:
                return 0;

            // iterators, generators, coroutines
            case GET_AWAITABLE:
                return 0;
            case SETUP_ASYNC_WITH:
                // 0 in the normal flow; the handler is entered with the __aenter__ result
                // replaced by 6 values
                return jump != 0 ? -1 + 6 : 0;
            case BEFORE_ASYNC_WITH:
                return 1;
            case GET_AITER:
                return 0;
            case GET_ANEXT:
                return 1;
            case GET_YIELD_FROM_ITER:
                return 0;
            case END_ASYNC_FOR:
                return -7;
            case FORMAT_VALUE:
                // with a format spec 2 -> 1, else 1 -> 1
                return (oparg & FVS_HAVE_SPEC) == FVS_HAVE_SPEC ? -1 : 0;
            case LOAD_METHOD:
                return 1;
            case LOAD_ASSERTION_ERROR:
                return 1;
            case LIST_TO_TUPLE:
                return 0;
            case GEN_START:
                return -1;
            case LIST_EXTEND:
            case SET_UPDATE:
            case DICT_MERGE:
            case DICT_UPDATE:
                return -1;

            // pattern matching (3.10)
            case COPY_DICT_WITHOUT_KEYS:
                return 0;
            case MATCH_CLASS:
                return -1;
            case GET_LEN:
            case MATCH_MAPPING:
            case MATCH_SEQUENCE:
                return 1;
            case MATCH_KEYS:
                return 2;

            // extensions: except* (3.11's effects)
            case CHECK_EG_MATCH:
                return 0;
            case PREP_RERAISE_STAR:
                return -1;

            default:
                return INVALID_STACK_EFFECT;
        }
    }
}
