package dev.adder.bytecode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The disassembler: CPython 3.10's {@code dis} output, character for character, for
 * {@link CodeUnit}s.
 *
 * <p>Example, for {@code def g(x): return x + 3} compiled on line 2 ({@code dis.dis(g)}):
 * <pre>
 *   2           0 LOAD_FAST                0 (x)
 *               2 LOAD_CONST               1 (3)
 *               4 BINARY_ADD
 *               6 RETURN_VALUE
 * </pre>
 *
 * <p>Code objects among the constants show as {@code <code object NAME at ADDRESS, file "F", line
 * N>}; the methods taking {@code addressOf} let the caller choose the address text (CPython prints
 * the object's memory address), the others use {@link CodeUnit#defaultAddress}.
 *
 * <p>CPython: {@code Lib/dis.py} of 3.10 ({@code dis}, {@code disassemble},
 * {@code _disassemble_recursive}, {@code _disassemble_bytes}, {@code _get_instructions_bytes},
 * {@code _unpack_opargs}, {@code findlabels}, {@code findlinestarts}, {@code get_instructions},
 * {@code code_info}).
 */
public final class Disassembler {
    private Disassembler() {
    }

    private static final String[] FORMAT_VALUE_CONVERTERS = {"", "str", "repr", "ascii"};
    private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    /** {@code dis.dis(code)}: the code, then each nested code object after its parent. */
    public static String dis(CodeUnit co) {
        return dis(co, -1, CodeUnit::defaultAddress);
    }

    /**
     * {@code dis.dis(code, depth=depth)} with code addresses from {@code addressOf}.
     *
     * @param depth how deep to follow nested code objects; negative for no limit (None)
     */
    public static String dis(CodeUnit co, int depth, Function<CodeUnit, String> addressOf) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(co, depth, addressOf, out);
        return out.toString();
    }

    private static void disassembleRecursive(CodeUnit co, int depth, Function<CodeUnit, String> addressOf,
            StringBuilder out) {
        disassemble(co, -1, addressOf, out);
        if (depth != 0) {
            int next = depth > 0 ? depth - 1 : depth;
            for (Constant c : co.co_consts()) {
                if (c instanceof Constant.Code nested) {
                    out.append('\n');
                    out.append("Disassembly of ").append(c.repr(addressOf)).append(":\n");
                    disassembleRecursive(nested.code(), next, addressOf, out);
                }
            }
        }
    }

    /** {@code dis.disassemble(code)}: this code only, nested code objects not followed. */
    public static String disassemble(CodeUnit co) {
        return disassemble(co, -1, CodeUnit::defaultAddress);
    }

    /**
     * {@code dis.disassemble(code, lasti)}: marks the instruction at offset {@code lasti} with
     * "-->" (none if -1).
     */
    public static String disassemble(CodeUnit co, int lasti, Function<CodeUnit, String> addressOf) {
        StringBuilder out = new StringBuilder();
        disassemble(co, lasti, addressOf, out);
        return out.toString();
    }

    private static void disassemble(CodeUnit co, int lasti, Function<CodeUnit, String> addressOf,
            StringBuilder out) {
        Map<Integer, Integer> linestarts = findLinestarts(co);
        byte[] code = co.co_code();
        List<Instruction> instrs = instructions(code, co, linestarts, 0, addressOf);
        disassembleBytes(instrs, code.length, lasti, linestarts, 0, out);
    }

    /** {@code dis.dis(raw_bytes)}: no line numbers, indexes instead of names and constants. */
    public static String disassembleBytes(byte[] code) {
        StringBuilder out = new StringBuilder();
        List<Instruction> instrs = instructions(code, null, null, 0, CodeUnit::defaultAddress);
        disassembleBytes(instrs, code.length, -1, null, 0, out);
        return out.toString();
    }

    private static void disassembleBytes(List<Instruction> instrs, int codeLength, int lasti,
            Map<Integer, Integer> linestarts, int lineOffset, StringBuilder out) {
        // omit the line number column entirely if there is no line number info
        boolean showLineno = linestarts != null && !linestarts.isEmpty();
        int linenoWidth = 0;
        if (showLineno) {
            int maxLineno = Integer.MIN_VALUE;
            for (int l : linestarts.values()) {
                maxLineno = Math.max(maxLineno, l);
            }
            maxLineno += lineOffset;
            linenoWidth = maxLineno >= 1000 ? Integer.toString(maxLineno).length() : 3;
        }
        int maxOffset = codeLength - 2;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;
        for (Instruction instr : instrs) {
            boolean newSourceLine = showLineno && instr.startsLine() != null && instr.offset() > 0;
            if (newSourceLine) {
                out.append('\n');
            }
            out.append(instr.disassemble(linenoWidth, instr.offset() == lasti, offsetWidth)).append('\n');
        }
    }

    /** {@code list(dis.get_instructions(code))}. */
    public static List<Instruction> getInstructions(CodeUnit co) {
        return instructions(co.co_code(), co, findLinestarts(co), 0, CodeUnit::defaultAddress);
    }

    /**
     * {@code list(dis.get_instructions(code, first_line=firstLine))}: line numbers shifted so that
     * the first line is reported as {@code firstLine}.
     */
    public static List<Instruction> getInstructions(CodeUnit co, int firstLine) {
        return instructions(co.co_code(), co, findLinestarts(co), firstLine - co.co_firstlineno(),
                CodeUnit::defaultAddress);
    }

    /**
     * {@code dict(dis.findlinestarts(code))} of 3.10: offset to line, for each {@code co_lines()}
     * range whose line is not None and differs from the previous such line.
     */
    public static Map<Integer, Integer> findLinestarts(CodeUnit co) {
        int[] pairs = co.lineTable().lineStarts();
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** {@code dis.findlabels(code)}: the jump targets, in order of first appearance. */
    public static List<Integer> findLabels(byte[] code) {
        Set<Integer> labels = new LinkedHashSet<>();
        int extended = 0;
        for (int i = 0; i + 1 < code.length; i += 2) {
            int op = code[i] & 0xFF;
            if (op >= Opcodes.HAVE_ARGUMENT) {
                int arg = (code[i + 1] & 0xFF) | extended;
                extended = op == Opcodes.EXTENDED_ARG ? arg << 8 : 0;
                int target = Opcodes.jumpTarget(op, arg, i);
                if (target >= 0) {
                    labels.add(target);
                }
            } else {
                extended = 0;
            }
        }
        return new ArrayList<>(labels);
    }

    private static List<Instruction> instructions(byte[] code, CodeUnit co, Map<Integer, Integer> linestarts,
            int lineOffset, Function<CodeUnit, String> addressOf) {
        Set<Integer> labels = new LinkedHashSet<>(findLabels(code));
        List<String> cells = co != null ? co.cellAndFreeVars() : null;
        PositionTable positions = co != null ? co.positionTable() : PositionTable.EMPTY;
        List<Instruction> out = new ArrayList<>(code.length / 2);
        int extended = 0;
        for (int offset = 0; offset + 1 < code.length; offset += 2) {
            int op = code[offset] & 0xFF;
            Integer arg = null;
            if (op >= Opcodes.HAVE_ARGUMENT) {
                int a = (code[offset + 1] & 0xFF) | extended;
                extended = op == Opcodes.EXTENDED_ARG ? a << 8 : 0;
                arg = a;
            } else {
                extended = 0;
            }
            Integer startsLine = null;
            if (linestarts != null) {
                Integer l = linestarts.get(offset);
                if (l != null) {
                    startsLine = l + lineOffset;
                }
            }
            Object argval = null;
            String argrepr = "";
            if (arg != null) {
                int a = arg;
                argval = arg;
                int flags = Opcodes.flags(op);
                if ((flags & Opcodes.F_CONST) != 0) {
                    if (co != null) {
                        Constant c = get(co.co_consts(), a, offset);
                        argval = c;
                        argrepr = c.repr(addressOf);
                    } else {
                        argrepr = Integer.toString(a);
                    }
                } else if ((flags & Opcodes.F_NAME) != 0) {
                    argval = nameInfo(co != null ? co.co_names() : null, a, offset);
                    argrepr = argval.toString();
                } else if ((flags & (Opcodes.F_JABS | Opcodes.F_JREL)) != 0) {
                    int target = Opcodes.jumpTarget(op, a, offset);
                    argval = target;
                    argrepr = "to " + target;
                } else if ((flags & Opcodes.F_LOCAL) != 0) {
                    argval = nameInfo(co != null ? co.co_varnames() : null, a, offset);
                    argrepr = argval.toString();
                } else if ((flags & Opcodes.F_COMPARE) != 0) {
                    String cmp = get(Opcodes.CMP_OP, a, offset);
                    argval = cmp;
                    argrepr = cmp;
                } else if ((flags & Opcodes.F_FREE) != 0) {
                    argval = nameInfo(cells, a, offset);
                    argrepr = argval.toString();
                } else if (op == Opcodes.FORMAT_VALUE) {
                    String conv = FORMAT_VALUE_CONVERTERS[a & Opcodes.FVC_MASK];
                    boolean withFormat = (a & Opcodes.FVS_HAVE_SPEC) != 0;
                    argval = new Instruction.FormatValue(conv.isEmpty() ? null : conv, withFormat);
                    argrepr = conv;
                    if (withFormat) {
                        argrepr = argrepr.isEmpty() ? "with format" : argrepr + ", with format";
                    }
                } else if (op == Opcodes.MAKE_FUNCTION) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < MAKE_FUNCTION_FLAGS.length; i++) {
                        if ((a & (1 << i)) != 0) {
                            if (sb.length() > 0) {
                                sb.append(", ");
                            }
                            sb.append(MAKE_FUNCTION_FLAGS[i]);
                        }
                    }
                    argrepr = sb.toString();
                }
            }
            out.add(new Instruction(Opcodes.opname(op), op, arg, argval, argrepr, offset, startsLine,
                    labels.contains(offset), positions.get(offset / 2)));
        }
        return out;
    }

    // _get_name_info: the name when the list is known, else the index (shown as its repr)
    private static Object nameInfo(List<String> names, int index, int offset) {
        if (names == null) {
            return index;
        }
        return get(names, index, offset);
    }

    private static <T> T get(List<T> list, int index, int offset) {
        if (index < 0 || index >= list.size()) {
            // CPython's dis fails here with IndexError: tuple index out of range
            throw new BytecodeException("IndexError", "tuple index out of range (argument " + index
                    + " of the instruction at offset " + offset + ")");
        }
        return list.get(index);
    }

    /** {@code dis.code_info(code)} of 3.10: the code object's fields, one per line. */
    public static String codeInfo(CodeUnit co) {
        return codeInfo(co, CodeUnit::defaultAddress);
    }

    /** {@code dis.code_info(code)} with code addresses from {@code addressOf}. */
    public static String codeInfo(CodeUnit co, Function<CodeUnit, String> addressOf) {
        List<String> lines = new ArrayList<>();
        lines.add("Name:              " + co.co_name());
        lines.add("Filename:          " + co.co_filename());
        lines.add("Argument count:    " + co.co_argcount());
        lines.add("Positional-only arguments: " + co.co_posonlyargcount());
        lines.add("Kw-only arguments: " + co.co_kwonlyargcount());
        lines.add("Number of locals:  " + co.co_nlocals());
        lines.add("Stack size:        " + co.co_stacksize());
        lines.add("Flags:             " + CodeFlags.pretty(co.co_flags()));
        if (!co.co_consts().isEmpty()) {
            lines.add("Constants:");
            for (int i = 0; i < co.co_consts().size(); i++) {
                lines.add(String.format("%4d: %s", i, co.co_consts().get(i).repr(addressOf)));
            }
        }
        listing(lines, "Names:", co.co_names());
        listing(lines, "Variable names:", co.co_varnames());
        listing(lines, "Free variables:", co.co_freevars());
        listing(lines, "Cell variables:", co.co_cellvars());
        return String.join("\n", lines);
    }

    private static void listing(List<String> lines, String title, List<String> names) {
        if (!names.isEmpty()) {
            lines.add(title);
            for (int i = 0; i < names.size(); i++) {
                lines.add(String.format("%4d: %s", i, names.get(i)));
            }
        }
    }
}
