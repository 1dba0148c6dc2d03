package dev.adder.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that a code unit is well formed before the evaluation loop runs it, so that the loop can
 * trust it: every opcode is defined, every argument indexes an existing constant, name, local or
 * cell, every jump lands on an instruction boundary inside the code, and on every path the stack
 * depth into an instruction is the same, never goes below zero and never exceeds
 * {@code co_stacksize}; execution never runs off the end of the code. Messages name the byte offset
 * of the instruction (the offset {@code dis} shows beside its name).
 *
 * <p>An instruction is a run of {@code EXTENDED_ARG} prefixes and the opcode they extend; a jump
 * must land on the first unit of such a run. The stack effects are {@link Opcodes#stackEffect}'s,
 * followed the way 3.10's compiler computes {@code co_stacksize}: a generator, coroutine or async
 * generator starts with one value on the stack (the value {@code GEN_START} pops); a jump's target
 * gets the "jump taken" effect, the next instruction the "not taken" effect; nothing follows
 * {@code JUMP_ABSOLUTE}, {@code JUMP_FORWARD}, {@code RETURN_VALUE}, {@code RAISE_VARARGS} and
 * {@code RERAISE}. Unreachable instructions are checked for structure only.
 *
 * <p>CPython: {@code Python/compile.c} {@code stackdepth()} of 3.10 (which asserts what this
 * checks); CPython trusts its compiler and does not verify code at run time.
 */
public final class Verifier {
    private Verifier() {
    }

    /** One problem found in a code unit. */
    public record Problem(int offset, String message) {
        @Override
        public String toString() {
            return "offset " + offset + ": " + message;
        }
    }

    /** The problems of {@code co} itself (nested code objects are not checked); empty if none. */
    public static List<Problem> check(CodeUnit co) {
        return new Analysis(co, co.co_stacksize()).run().problems;
    }

    /**
     * Checks {@code co} and, recursively, the code objects among its constants.
     *
     * @throws BytecodeException (SystemError) listing the problems, each with its code object's
     *     qualified name and the offset
     */
    public static void verify(CodeUnit co) {
        List<String> all = new ArrayList<>();
        collect(co, all);
        if (!all.isEmpty()) {
            throw BytecodeException.systemError("invalid bytecode: " + String.join("; ", all));
        }
    }

    private static void collect(CodeUnit co, List<String> out) {
        for (Problem p : check(co)) {
            out.add(co.co_qualname() + ": " + p);
        }
        for (Constant c : co.co_consts()) {
            if (c instanceof Constant.Code nested) {
                collect(nested.code(), out);
            }
        }
    }

    /**
     * The maximum stack depth of {@code co}'s code, computed as 3.10's compiler computes
     * {@code co_stacksize} ({@code co_stacksize} itself is ignored).
     *
     * @throws BytecodeException (SystemError) if the code has any other problem
     */
    public static int maxStackDepth(CodeUnit co) {
        Analysis a = new Analysis(co, Integer.MAX_VALUE).run();
        if (!a.problems.isEmpty()) {
            throw BytecodeException.systemError("invalid bytecode: " + a.problems.get(0));
        }
        return a.maxDepth;
    }

    private static final class Analysis {
        final CodeUnit co;
        final int limit;
        final byte[] code;
        final List<Problem> problems = new ArrayList<>();
        int maxDepth;

        // per logical instruction
        int n;
        int[] start;   // offset of the first unit (first EXTENDED_ARG prefix)
        int[] offset;  // offset of the opcode's unit
        int[] op;
        int[] arg;
        // per code unit: index of the instruction starting there, or -1
        int[] instrAtUnit;

        Analysis(CodeUnit co, int limit) {
            this.co = co;
            this.limit = limit;
            this.code = co.co_code();
        }

        Analysis run() {
            if (code.length == 0) {
                problems.add(new Problem(0, "empty code"));
                return this;
            }
            decode();
            checkArguments();
            if (problems.isEmpty()) {
                flow();
            }
            return this;
        }

        private void decode() {
            int units = code.length / 2;
            start = new int[units];
            offset = new int[units];
            op = new int[units];
            arg = new int[units];
            instrAtUnit = new int[units];
            Arrays.fill(instrAtUnit, -1);
            int ext = 0;
            int prefixes = 0;
            int runStart = 0;
            for (int u = 0; u < units; u++) {
                int o = code[2 * u] & 0xFF;
                int a = (code[2 * u + 1] & 0xFF) | ext;
                if (prefixes == 0) {
                    runStart = 2 * u;
                }
                if (o == Opcodes.EXTENDED_ARG) {
                    prefixes++;
                    if (prefixes == 4) {
                        problems.add(new Problem(2 * u, "more than 3 EXTENDED_ARG prefixes"));
                    }
                    ext = a << 8;
                    if (u == units - 1) {
                        problems.add(new Problem(2 * u, "code ends with EXTENDED_ARG"));
                    }
                    continue;
                }
                if (o < Opcodes.HAVE_ARGUMENT && prefixes > 0) {
                    problems.add(new Problem(2 * u, "EXTENDED_ARG before " + Opcodes.opname(o)
                            + ", which takes no argument"));
                }
                instrAtUnit[runStart / 2] = n;
                start[n] = runStart;
                offset[n] = 2 * u;
                op[n] = o;
                arg[n] = o >= Opcodes.HAVE_ARGUMENT ? a : 0;
                n++;
                ext = 0;
                prefixes = 0;
            }
        }

        private void checkArguments() {
            int nconsts = co.co_consts().size();
            int nnames = co.co_names().size();
            int nlocals = co.co_nlocals();
            int ncells = co.co_cellvars().size() + co.co_freevars().size();
            for (int i = 0; i < n; i++) {
                int o = op[i];
                int a = arg[i];
                int at = offset[i];
                String name = Opcodes.opname(o);
                int flags = Opcodes.flags(o);
                if (flags == 0) {
                    problems.add(new Problem(at, "unknown opcode " + o));
                    continue;
                }
                if ((flags & Opcodes.F_CONST) != 0) {
                    index(at, name, a, nconsts, "co_consts");
                } else if ((flags & Opcodes.F_NAME) != 0) {
                    index(at, name, a, nnames, "co_names");
                } else if ((flags & Opcodes.F_LOCAL) != 0) {
                    index(at, name, a, nlocals, "the locals (co_nlocals)");
                } else if ((flags & Opcodes.F_FREE) != 0) {
                    index(at, name, a, ncells, "co_cellvars + co_freevars");
                } else if ((flags & Opcodes.F_COMPARE) != 0) {
                    index(at, name, a, Opcodes.CMP_OP.size(), "the comparison operators");
                } else if ((flags & (Opcodes.F_JABS | Opcodes.F_JREL)) != 0) {
                    long target = (flags & Opcodes.F_JABS) != 0
                            ? 2L * Integer.toUnsignedLong(a)
                            : at + 2 + 2L * Integer.toUnsignedLong(a);
                    if (target >= code.length) {
                        problems.add(new Problem(at, name + " jumps to offset " + target
                                + ", past the end of the code (" + code.length + " bytes)"));
                    } else if (instrAtUnit[(int) target / 2] < 0) {
                        problems.add(new Problem(at, name + " jumps to offset " + target
                                + ", which is not an instruction boundary"));
                    }
                } else if (o == Opcodes.RAISE_VARARGS && Integer.compareUnsigned(a, 2) > 0) {
                    problems.add(new Problem(at, "bad RAISE_VARARGS oparg " + Integer.toUnsignedString(a)));
                } else if (o == Opcodes.BUILD_SLICE && a != 2 && a != 3) {
                    problems.add(new Problem(at, "bad BUILD_SLICE oparg " + Integer.toUnsignedString(a)));
                }
            }
        }

        private void index(int at, String name, int a, int size, String what) {
            if (Integer.compareUnsigned(a, size) >= 0) {
                problems.add(new Problem(at, name + " argument " + Integer.toUnsignedString(a)
                        + " is out of range for " + what + " (" + size + ")"));
            }
        }

        private void flow() {
            int[] depthAt = new int[n];
            Arrays.fill(depthAt, -1);
            boolean[] mismatchReported = new boolean[n];
            int[] work = new int[n + 1];
            int sp = 0;
            int initial = (co.co_flags() & CodeFlags.GENERATOR_LIKE) != 0 ? 1 : 0;
            depthAt[0] = initial;
            maxDepth = initial;
            work[sp++] = 0;
            while (sp > 0) {
                int i = work[--sp];
                // follow the straight line from instruction i
                while (true) {
                    int d = depthAt[i];
                    int o = op[i];
                    int a = arg[i];
                    int at = offset[i];
                    int effect = Opcodes.stackEffect(o, a, 0);
                    int after = d + effect;
                    if (!checkDepth(at, o, d, after, "")) {
                        break;
                    }
                    int flags = Opcodes.flags(o);
                    if ((flags & (Opcodes.F_JABS | Opcodes.F_JREL)) != 0) {
                        int target = Opcodes.jumpTarget(o, a, at);
                        int t = instrAtUnit[target / 2];
                        int jd = d + Opcodes.stackEffect(o, a, 1);
                        if (checkDepth(at, o, d, jd, " when the jump is taken")) {
                            if (depthAt[t] < 0) {
                                depthAt[t] = jd;
                                work[sp++] = t;
                            } else if (depthAt[t] != jd && !mismatchReported[t]) {
                                mismatchReported[t] = true;
                                problems.add(new Problem(offset[t], "stack depth " + jd + " on the jump from offset "
                                        + at + " differs from " + depthAt[t] + " on another path into "
                                        + Opcodes.opname(op[t])));
                            }
                        }
                    }
                    if ((flags & Opcodes.F_TERMINATES) != 0) {
                        break;
                    }
                    int next = i + 1;
                    if (next >= n) {
                        problems.add(new Problem(at, "execution runs past the end of the code after "
                                + Opcodes.opname(o)));
                        break;
                    }
                    if (depthAt[next] < 0) {
                        depthAt[next] = after;
                        i = next;
                        continue;
                    }
                    if (depthAt[next] != after && !mismatchReported[next]) {
                        mismatchReported[next] = true;
                        problems.add(new Problem(offset[next], "stack depth " + after + " after offset " + at
                                + " differs from " + depthAt[next] + " on another path into "
                                + Opcodes.opname(op[next])));
                    }
                    break;
                }
            }
        }

        private boolean checkDepth(int at, int o, int before, int after, String when) {
            if (after < 0) {
                problems.add(new Problem(at, Opcodes.opname(o) + " takes the stack depth from " + before
                        + " below zero" + when));
                return false;
            }
            if (after > limit) {
                problems.add(new Problem(at, Opcodes.opname(o) + " takes the stack depth to " + after
                        + when + ", above co_stacksize " + limit));
                return false;
            }
            if (after > maxDepth) {
                maxDepth = after;
            }
            return true;
        }
    }
}
