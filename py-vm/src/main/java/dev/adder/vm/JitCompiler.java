package dev.adder.vm;

import static org.objectweb.asm.Opcodes.*;

import dev.adder.bytecode.Opcodes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Compiles one code object to a hidden JVM class whose {@code run(ThreadState, Frame)} does what
 * {@link Ceval#run} does for that code. The value stack becomes JVM local variables (the stack
 * depth at each instruction is static), so the JVM keeps it in registers; locals, cells and the
 * block stack stay in the frame. Each instruction that can raise has an exception-table entry
 * whose handler stores the instruction's input stack into the frame, unwinds the block stack as
 * the evaluation loop does ({@link Jit#handle}) and goes on at the Python handler, an entry of
 * the method like the loop heads. The start of a line while a trace function is set, and the
 * instructions compiled code does not compile, hand the frame to the evaluation loop.
 *
 * <p>The class file is version 49 (no stack-map frames: the JVM verifies it by type inference).
 */
final class JitCompiler {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** Longest method the JVM's JIT compilers accept is 8000 bytes of bytecode; stay below it. */
    static final int MAX_CODE = 7600;
    static final boolean DEBUG = Boolean.getBoolean("adder.jit.debug");

    private static final String PYOBJ = "dev/adder/runtime/PyObject";
    private static final String PYOBJ_D = "L" + PYOBJ + ";";
    private static final String PYOBJS_D = "[" + PYOBJ_D;
    private static final String JIT = "dev/adder/vm/Jit";
    private static final String CEVALOPS = "dev/adder/vm/CevalOps";
    private static final String ABSTRACT = "dev/adder/runtime/Abstract";
    private static final String FRAME = "dev/adder/vm/Frame";
    private static final String FRAME_D = "L" + FRAME + ";";
    private static final String TS_D = "Ldev/adder/vm/ThreadState;";
    private static final String CODE_D = "Ldev/adder/vm/PyCode;";
    private static final String PYSTR_D = "Ldev/adder/runtime/objects/PyStr;";

    // JVM locals of run(ts, f)
    private static final int THIS = 0;
    private static final int TS = 1;
    private static final int F = 2;
    private static final int S = 3;
    private static final int TMP_INT = 4;
    private static final int TMP_OBJ = 5;
    private static final int L0 = 6;

    private final PyCode co;
    private final int nlp;
    private final String className;
    // decoded instructions
    private int n;
    private int[] start;
    private int[] opOff;
    private int[] op;
    private int[] arg;
    private int[] indexAt; // instruction index by start offset / 2, or -1
    private int[] depth; // input stack depth, -1 when not reached
    private boolean[] jumpTarget;
    private boolean[] backTarget;
    private boolean[] handlerTarget;
    private boolean[] resumeTarget;
    private boolean generator;
    private Label dispatch;

    private MethodVisitor mv;
    private Label[] labels;
    private final List<Object[]> handlerStubs = new ArrayList<>(); // {Label, int opOff, int depth}
    private final List<Object[]> traceStubs = new ArrayList<>(); // {Label, int start, int depth}
    private Label[] unwindByDepth;
    private Label[] traceByDepth;
    private boolean mayThrow;
    private final boolean[] constUsed;
    private final boolean[] nameUsed;

    private JitCompiler(PyCode co) {
        this.co = co;
        this.nlp = co.nlocalsplus;
        this.className = "dev/adder/vm/Jit$" + safe(co.qualname);
        this.constUsed = new boolean[co.consts.length];
        this.nameUsed = new boolean[co.names.length];
    }

    private static String safe(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 60; i++) {
            char c = s.charAt(i);
            b.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return b.toString();
    }

    /** The compiled code, or null when this code is not compiled (too long, an unusual shape). */
    static JitCode compile(PyCode co) {
        try {
            return new JitCompiler(co).build();
        } catch (Unsupported u) {
            if (DEBUG) {
                System.err.println("jit: not compiled " + co.qualname + ": " + u.getMessage());
            }
            return null;
        } catch (RuntimeException | LinkageError | ReflectiveOperationException e) {
            if (DEBUG) {
                System.err.println("jit: failed " + co.qualname + ": " + e);
            }
            return null;
        } catch (Error e) {
            throw e;
        } catch (Throwable t) {
            return null;
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    // ------------------------------------------------------------------ analysis

    private void decode() {
        byte[] code = co.code;
        int len = code.length - PyCode.CODE_PAD;
        start = new int[len / 2 + 1];
        opOff = new int[len / 2 + 1];
        op = new int[len / 2 + 1];
        arg = new int[len / 2 + 1];
        indexAt = new int[len / 2 + 1];
        Arrays.fill(indexAt, -1);
        int ip = 0;
        while (ip < len) {
            int st = ip;
            int o = code[ip] & 0xff;
            int a = code[ip + 1] & 0xff;
            ip += 2;
            while (o == 144 && ip < len) {
                o = code[ip] & 0xff;
                a = (a << 8) | (code[ip + 1] & 0xff);
                ip += 2;
            }
            start[n] = st;
            opOff[n] = ip - 2;
            op[n] = o;
            arg[n] = a;
            indexAt[st / 2] = n;
            n++;
        }
    }

    private int target(int i) throws Unsupported {
        int t = Opcodes.jumpTarget(op[i], arg[i], opOff[i]);
        if (t < 0 || t / 2 >= indexAt.length || indexAt[t / 2] < 0) {
            throw new Unsupported("jump into an instruction");
        }
        return indexAt[t / 2];
    }

    private static boolean isSetup(int o) {
        return o == 122 || o == 143 || o == 154;
    }

    private void flow() throws Unsupported {
        depth = new int[n];
        Arrays.fill(depth, -1);
        jumpTarget = new boolean[n];
        backTarget = new boolean[n];
        handlerTarget = new boolean[n];
        resumeTarget = new boolean[n];
        int[] work = new int[n + 1];
        int wp = 0;
        depth[0] = generator ? 1 : 0; // a generator's frame starts with the value sent to start it
        work[wp++] = 0;
        while (wp > 0) {
            int i = work[--wp];
            while (true) {
                int d = depth[i];
                int o = op[i];
                int flags = Opcodes.flags(o);
                if (flags == 0) {
                    throw new Unsupported("undefined opcode " + o);
                }
                int after = d + Opcodes.stackEffect(o, arg[i], 0);
                if (after < 0 || after > co.stacksize + 2) {
                    throw new Unsupported("stack depth");
                }
                if ((flags & (Opcodes.F_JABS | Opcodes.F_JREL)) != 0) {
                    int t = target(i);
                    int jd = d + Opcodes.stackEffect(o, arg[i], 1);
                    jumpTarget[t] = true;
                    if (isSetup(o)) {
                        handlerTarget[t] = true; // entered from an exception, through the dispatch
                    } else if (t <= i) {
                        backTarget[t] = true;
                    }
                    if (depth[t] < 0) {
                        depth[t] = jd;
                        work[wp++] = t;
                    } else if (depth[t] != jd) {
                        throw new Unsupported("stack depths differ at a jump target");
                    }
                }
                if (o == 86 || o == 72) { // YIELD_VALUE, YIELD_FROM: resumed after (or at) them
                    if (!generator) {
                        throw new Unsupported("yield outside a generator");
                    }
                    resumeTarget[i] = o == 72;
                    if (i + 1 < n) {
                        resumeTarget[i + 1] = true;
                        jumpTarget[i + 1] = true;
                    }
                }
                if ((flags & Opcodes.F_TERMINATES) != 0 || o == 83) {
                    break;
                }
                int next = i + 1;
                if (next >= n) {
                    throw new Unsupported("runs past the end");
                }
                if (depth[next] < 0) {
                    depth[next] = after;
                    i = next;
                    continue;
                }
                if (depth[next] != after) {
                    throw new Unsupported("stack depths differ");
                }
                break;
            }
        }
    }

    // ------------------------------------------------------------------ emitting

    private JitCode build() throws Throwable {
        generator = (co.flags & 0x20) != 0;
        decode();
        flow();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V1_5, ACC_FINAL | ACC_SUPER, className, null, "dev/adder/vm/JitCode", null);
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "dev/adder/vm/JitCode", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        mv = cw.visitMethod(0, "run", "(" + TS_D + FRAME_D + ")" + PYOBJ_D, null, null);
        mv.visitCode();
        Label codeStart = new Label();
        mv.visitLabel(codeStart);
        labels = new Label[n];
        for (int i = 0; i < n; i++) {
            labels[i] = new Label();
        }
        unwindByDepth = new Label[co.stacksize + 3];
        traceByDepth = new Label[co.stacksize + 3];
        List<Integer> entries = emitEntry();
        int prevLine = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (depth[i] < 0) {
                continue;
            }
            mv.visitLabel(labels[i]);
            int line = co.lineForOffset(opOff[i]);
            if (line != prevLine || jumpTarget[i]) {
                traceCheck(i);
            }
            prevLine = line;
            Label begin = new Label();
            Label end = new Label();
            mv.visitLabel(begin);
            mayThrow = false;
            instruction(i);
            if (clearsConsumed(op[i])) {
                // a call's arguments, a dropped value: their slots keep no object alive, as the
                // loop's array slots do not (not after every instruction: the stores cost ~8%)
                clearSlots(d(i) + Opcodes.stackEffect(op[i], arg[i], 0), d(i));
            }
            mv.visitLabel(end);
            if (mayThrow) {
                Label h = new Label();
                mv.visitTryCatchBlock(begin, end, h, "java/lang/Throwable");
                handlerStubs.add(new Object[] {h, opOff[i], depth[i]});
            }
        }
        emitStubs();
        Label codeEnd = new Label();
        mv.visitLabel(codeEnd);
        if (codeEnd.getOffset() > MAX_CODE) {
            throw new Unsupported("method of " + codeEnd.getOffset() + " bytes");
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        emitFields(cw);
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        MethodHandles.Lookup l = LOOKUP.defineHiddenClassWithClassData(bytes, co, false);
        JitCode j = (JitCode) l.findConstructor(l.lookupClass(), MethodType.methodType(void.class)).invoke();
        int[] e = new int[entries.size()];
        for (int k = 0; k < e.length; k++) {
            e[k] = entries.get(k);
        }
        Arrays.sort(e);
        j.entries = e;
        if (DEBUG) {
            System.err.println("jit: compiled " + co.qualname + " (" + codeEnd.getOffset() + " bytes)");
        }
        return j;
    }

    /** Static fields: the code object, and the constants and names the instructions use. */
    private void emitFields(ClassWriter cw) {
        cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "CODE", CODE_D, null, null).visitEnd();
        for (int k = 0; k < constUsed.length; k++) {
            if (constUsed[k]) {
                cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "C" + k, PYOBJ_D, null, null).visitEnd();
            }
        }
        for (int k = 0; k < nameUsed.length; k++) {
            if (nameUsed[k]) {
                cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "N" + k, PYSTR_D, null, null).visitEnd();
            }
        }
        MethodVisitor c = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        c.visitCode();
        c.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        c.visitLdcInsn("_");
        c.visitLdcInsn(Type.getType(CODE_D));
        c.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        c.visitTypeInsn(CHECKCAST, "dev/adder/vm/PyCode");
        c.visitFieldInsn(PUTSTATIC, className, "CODE", CODE_D);
        for (int k = 0; k < constUsed.length; k++) {
            if (constUsed[k]) {
                c.visitFieldInsn(GETSTATIC, className, "CODE", CODE_D);
                c.visitFieldInsn(GETFIELD, "dev/adder/vm/PyCode", "consts", PYOBJS_D);
                iconst(c, k);
                c.visitInsn(AALOAD);
                c.visitFieldInsn(PUTSTATIC, className, "C" + k, PYOBJ_D);
            }
        }
        for (int k = 0; k < nameUsed.length; k++) {
            if (nameUsed[k]) {
                c.visitFieldInsn(GETSTATIC, className, "CODE", CODE_D);
                c.visitFieldInsn(GETFIELD, "dev/adder/vm/PyCode", "names", "[" + PYSTR_D);
                iconst(c, k);
                c.visitInsn(AALOAD);
                c.visitFieldInsn(PUTSTATIC, className, "N" + k, PYSTR_D);
            }
        }
        c.visitInsn(RETURN);
        c.visitMaxs(0, 0);
        c.visitEnd();
    }

    /** {@code s = f.localsplus}, then a switch on {@code f.lasti} to the entries (0 and loop heads). */
    private List<Integer> emitEntry() {
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "localsplus", PYOBJS_D);
        mv.visitVarInsn(ASTORE, S);
        List<Integer> entries = new ArrayList<>();
        List<Label> entryLabels = new ArrayList<>();
        List<Integer> entryIdx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (depth[i] >= 0 && (i == 0 || backTarget[i] || handlerTarget[i] || resumeTarget[i])) {
                entries.add(start[i]);
                entryLabels.add(new Label());
                entryIdx.add(i);
            }
        }
        Label dflt = new Label();
        dispatch = new Label();
        mv.visitLabel(dispatch);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "lasti", "I");
        int[] keys = new int[entries.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = entries.get(k);
        }
        mv.visitLookupSwitchInsn(dflt, keys, entryLabels.toArray(new Label[0]));
        for (int k = 0; k < keys.length; k++) {
            mv.visitLabel(entryLabels.get(k));
            int i = entryIdx.get(k);
            reload(0, depth[i]);
            mv.visitJumpInsn(GOTO, labels[i]);
        }
        mv.visitLabel(dflt);
        mv.visitVarInsn(ALOAD, TS);
        mv.visitVarInsn(ALOAD, F);
        mv.visitMethodInsn(INVOKESTATIC, "dev/adder/vm/Ceval", "run", "(" + TS_D + FRAME_D + ")" + PYOBJ_D, false);
        mv.visitInsn(ARETURN);
        return entries;
    }

    private void traceCheck(int i) {
        Label stub = new Label();
        mv.visitVarInsn(ALOAD, TS);
        mv.visitFieldInsn(GETFIELD, "dev/adder/vm/ThreadState", "tracing", "Z");
        mv.visitJumpInsn(IFNE, stub);
        traceStubs.add(new Object[] {stub, start[i], depth[i]});
    }

    private void emitStubs() {
        for (Object[] h : handlerStubs) {
            int d = (Integer) h[2];
            mv.visitLabel((Label) h[0]);
            iconst((Integer) h[1]);
            if (unwindByDepth[d] == null) {
                unwindByDepth[d] = new Label();
            }
            mv.visitJumpInsn(GOTO, unwindByDepth[d]);
        }
        for (Object[] t : traceStubs) {
            int d = (Integer) t[2];
            mv.visitLabel((Label) t[0]);
            iconst((Integer) t[1]);
            if (traceByDepth[d] == null) {
                traceByDepth[d] = new Label();
            }
            mv.visitJumpInsn(GOTO, traceByDepth[d]);
        }
        for (int d = 0; d < unwindByDepth.length; d++) {
            if (unwindByDepth[d] != null) {
                mv.visitLabel(unwindByDepth[d]); // stack: throwable, offset
                mv.visitVarInsn(ISTORE, TMP_INT);
                mv.visitVarInsn(ASTORE, TMP_OBJ);
                spill(0, d);
                mv.visitVarInsn(ALOAD, TS);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, TMP_OBJ);
                mv.visitVarInsn(ILOAD, TMP_INT);
                iconst(nlp + d);
                mv.visitMethodInsn(INVOKESTATIC, JIT, "handle",
                        "(" + TS_D + FRAME_D + "Ljava/lang/Throwable;II)V", false);
                mv.visitJumpInsn(GOTO, dispatch); // to the handler's entry
            }
        }
        for (int d = 0; d < traceByDepth.length; d++) {
            if (traceByDepth[d] != null) {
                mv.visitLabel(traceByDepth[d]); // stack: start offset
                mv.visitVarInsn(ISTORE, TMP_INT);
                spill(0, d);
                mv.visitVarInsn(ALOAD, TS);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ILOAD, TMP_INT);
                iconst(nlp + d);
                mv.visitMethodInsn(INVOKESTATIC, JIT, "traceExit", "(" + TS_D + FRAME_D + "II)" + PYOBJ_D, false);
                mv.visitInsn(ARETURN);
            }
        }
    }

    // ------------------------------------------------------------------ small pieces

    private int d(int i) {
        return depth[i];
    }

    /** POP_TOP and the call opcodes. */
    private static boolean clearsConsumed(int o) {
        return o == 1 || o == 131 || o == 141 || o == 161 || o == 142;
    }

    /** Sets stack slots {@code from..to-1} (JVM locals) to null. */
    private void clearSlots(int from, int to) {
        for (int k = Math.max(from, 0); k < to; k++) {
            mv.visitInsn(ACONST_NULL);
            st(k);
        }
    }

    private void ld(int k) {
        mv.visitVarInsn(ALOAD, L0 + k);
    }

    private void st(int k) {
        mv.visitVarInsn(ASTORE, L0 + k);
    }

    private void iconst(int v) {
        iconst(mv, v);
    }

    private static void iconst(MethodVisitor m, int v) {
        if (v >= -1 && v <= 5) {
            m.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            m.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            m.visitIntInsn(SIPUSH, v);
        } else {
            m.visitLdcInsn(v);
        }
    }

    /** Stores stack slots {@code from..to-1} into {@code s[nlp + k]}. */
    private void spill(int from, int to) {
        for (int k = from; k < to; k++) {
            mv.visitVarInsn(ALOAD, S);
            iconst(nlp + k);
            ld(k);
            mv.visitInsn(AASTORE);
        }
    }

    /** Loads stack slots {@code from..to-1} from {@code s[nlp + k]}, clearing those array slots. */
    private void reload(int from, int to) {
        for (int k = from; k < to; k++) {
            mv.visitVarInsn(ALOAD, S);
            iconst(nlp + k);
            mv.visitInsn(AALOAD);
            st(k);
        }
        clearArray(from, to);
    }

    private void call(String owner, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
        mayThrow = true;
    }

    private void code() {
        mv.visitFieldInsn(GETSTATIC, className, "CODE", CODE_D);
    }

    private void name(int k) {
        nameUsed[k] = true;
        mv.visitFieldInsn(GETSTATIC, className, "N" + k, PYSTR_D);
    }

    private void setLasti(int off) {
        mv.visitVarInsn(ALOAD, F);
        iconst(off);
        mv.visitFieldInsn(PUTFIELD, FRAME, "lasti", "I");
    }

    private void signals() {
        call(JIT, "checkSignals", "()V");
    }

    private static final String OO_O = "(" + PYOBJ_D + PYOBJ_D + ")" + PYOBJ_D;
    private static final String O_O = "(" + PYOBJ_D + ")" + PYOBJ_D;
    private static final String OOI_O = "(" + PYOBJ_D + PYOBJ_D + "I)" + PYOBJ_D;

    private boolean alwaysBound(int local) {
        int nargs = co.argcount + co.kwonlyargcount + ((co.flags & 0x04) != 0 ? 1 : 0)
                + ((co.flags & 0x08) != 0 ? 1 : 0);
        if (local >= nargs) {
            return false;
        }
        for (int c : co.cell2arg) {
            if (c == local) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            if (op[i] == 126 && arg[i] == local) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ instructions

    private void instruction(int i) throws Unsupported {
        int o = op[i];
        int a = arg[i];
        int d = depth[i];
        int off = opOff[i];
        switch (o) {
            case 1: // POP_TOP
                mv.visitVarInsn(ALOAD, TS);
                mv.visitVarInsn(ALOAD, F);
                ld(d - 1);
                iconst(off);
                call(JIT, "popTop", "(" + TS_D + FRAME_D + PYOBJ_D + "I)V");
                break;
            case 2: // ROT_TWO
                ld(d - 1);
                ld(d - 2);
                st(d - 1);
                st(d - 2);
                break;
            case 3: // ROT_THREE: a b c -> c a b
                ld(d - 1);
                ld(d - 2);
                ld(d - 3);
                st(d - 2);
                st(d - 1);
                st(d - 3);
                break;
            case 6: // ROT_FOUR: a b c x -> x a b c
                ld(d - 1);
                ld(d - 2);
                ld(d - 3);
                ld(d - 4);
                st(d - 3);
                st(d - 2);
                st(d - 1);
                st(d - 4);
                break;
            case 4: // DUP_TOP
                ld(d - 1);
                st(d);
                break;
            case 5: // DUP_TOP_TWO
                ld(d - 2);
                st(d);
                ld(d - 1);
                st(d + 1);
                break;
            case 9: // NOP
                break;
            case 10:
                unary(d, "positive");
                break;
            case 11:
                unary(d, "negative");
                break;
            case 15:
                unary(d, "invert");
                break;
            case 12: // UNARY_NOT
                ld(d - 1);
                call(JIT, "not", O_O);
                st(d - 1);
                break;
            case 22: case 59: // BINARY_MODULO, INPLACE_MODULO
                binaryOp(d, o, "mod");
                break;
            case 26: case 28: // FLOOR_DIVIDE
                binaryOp(d, o, "floorDiv");
                break;
            case 27: case 29: // TRUE_DIVIDE
                binaryOp(d, o, "trueDiv");
                break;
            case 62: case 75: // LSHIFT
                binaryOp(d, o, "lshift");
                break;
            case 63: case 76: // RSHIFT
                binaryOp(d, o, "rshift");
                break;
            case 64: case 77: // AND
                binaryOp(d, o, "bitAnd");
                break;
            case 65: case 78: // XOR
                binaryOp(d, o, "bitXor");
                break;
            case 66: case 79: // OR
                binaryOp(d, o, "bitOr");
                break;
            case 16: case 19: case 17: case 67: // matrix multiply and power, binary and in place
                binaryOp(d, o, "generic");
                break;
            case 20: case 57: // MULTIPLY
                binaryOp(d, o, "multiply");
                break;
            case 24: case 56: // SUBTRACT
                binaryOp(d, o, "subtract");
                break;
            case 23: case 55: // ADD
                binaryOp(d, o, "add");
                break;
            case 25: // BINARY_SUBSCR
                ld(d - 2);
                ld(d - 1);
                call(CEVALOPS, "subscript", OO_O);
                st(d - 2);
                break;
            case 60: // STORE_SUBSCR: v a i
                ld(d - 2);
                ld(d - 1);
                ld(d - 3);
                call(ABSTRACT, "setItem", "(" + PYOBJ_D + PYOBJ_D + PYOBJ_D + ")V");
                break;
            case 61: // DELETE_SUBSCR
                ld(d - 2);
                ld(d - 1);
                call(ABSTRACT, "delItem", "(" + PYOBJ_D + PYOBJ_D + ")V");
                break;
            case 68: // GET_ITER
                unary(d, "iter");
                break;
            case 129: // GEN_START: drops the value sent to start the frame
                break;
            case 86: // YIELD_VALUE: stack stored in the frame, which is suspended after this instruction
                spill(0, d);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, S);
                iconst(nlp + d);
                iconst(off + 2);
                mv.visitMethodInsn(INVOKESTATIC, "dev/adder/vm/GenOps", "yieldValue",
                        "(" + FRAME_D + PYOBJS_D + "II)" + PYOBJ_D, false);
                mv.visitInsn(ARETURN);
                break;
            case 72: { // YIELD_FROM: receiver v -> receiver (suspended here) | result
                Label done = new Label();
                spill(0, d);
                setLasti(off);
                mv.visitVarInsn(ALOAD, TS);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, S);
                iconst(nlp + d);
                call("dev/adder/vm/GenOps", "yieldFrom", "(" + TS_D + FRAME_D + PYOBJS_D + "I)" + PYOBJ_D);
                mv.visitVarInsn(ALOAD, F);
                mv.visitFieldInsn(GETFIELD, FRAME, "suspended", "Z");
                mv.visitJumpInsn(IFEQ, done);
                mv.visitInsn(ARETURN);
                mv.visitLabel(done);
                st(d - 2);
                mv.visitVarInsn(ALOAD, S);
                iconst(nlp);
                iconst(nlp + d);
                mv.visitMethodInsn(INVOKESTATIC, CEVALOPS, "clear", "(" + PYOBJS_D + "II)V", false);
                break;
            }
            case 83: // RETURN_VALUE
                ld(d - 1);
                mv.visitInsn(ARETURN);
                break;
            case 87: // POP_BLOCK
                mv.visitVarInsn(ALOAD, F);
                mv.visitMethodInsn(INVOKESTATIC, JIT, "popBlock", "(" + FRAME_D + ")V", false);
                break;
            case 90: // STORE_NAME
                mv.visitVarInsn(ALOAD, F);
                name(a);
                ld(d - 1);
                call(CEVALOPS, "storeName", "(" + FRAME_D + PYSTR_D + PYOBJ_D + ")V");
                break;
            case 101: // LOAD_NAME
                mv.visitVarInsn(ALOAD, F);
                name(a);
                call(CEVALOPS, "loadName", "(" + FRAME_D + PYSTR_D + ")" + PYOBJ_D);
                st(d);
                break;
            case 97: // STORE_GLOBAL
                mv.visitVarInsn(ALOAD, F);
                name(a);
                ld(d - 1);
                call(JIT, "storeGlobal", "(" + FRAME_D + PYSTR_D + PYOBJ_D + ")V");
                break;
            case 92: { // UNPACK_SEQUENCE: seq -> v[n-1] .. v[0]
                ld(d - 1);
                iconst(a);
                call(JIT, "unpack", "(" + PYOBJ_D + "I)" + PYOBJS_D);
                mv.visitVarInsn(ASTORE, TMP_OBJ);
                for (int j = 0; j < a; j++) {
                    mv.visitVarInsn(ALOAD, TMP_OBJ);
                    iconst(a - 1 - j);
                    mv.visitInsn(AALOAD);
                    st(d - 1 + j);
                }
                break;
            }
            case 93: { // FOR_ITER
                Label ok = new Label();
                ld(d - 1);
                call(CEVALOPS, "iterNext", O_O);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, ok);
                mv.visitInsn(POP);
                clearSlots(d - 1, d);
                mv.visitJumpInsn(GOTO, labels[target(i)]);
                mv.visitLabel(ok);
                st(d);
                break;
            }
            case 95: // STORE_ATTR: v o
                code();
                iconst(a);
                ld(d - 1);
                ld(d - 2);
                call("dev/adder/vm/AttrCache", "storeAttr", "(" + CODE_D + "I" + PYOBJ_D + PYOBJ_D + ")V");
                break;
            case 100: // LOAD_CONST
                constUsed[a] = true;
                mv.visitFieldInsn(GETSTATIC, className, "C" + a, PYOBJ_D);
                st(d);
                break;
            case 102: { // BUILD_TUPLE
                iconst(a);
                mv.visitTypeInsn(ANEWARRAY, PYOBJ);
                for (int j = 0; j < a; j++) {
                    mv.visitInsn(DUP);
                    iconst(j);
                    ld(d - a + j);
                    mv.visitInsn(AASTORE);
                }
                call("dev/adder/runtime/objects/PyTuple", "of",
                        "(" + PYOBJS_D + ")Ldev/adder/runtime/objects/PyTuple;");
                st(d - a);
                break;
            }
            case 103: { // BUILD_LIST
                iconst(Math.max(a, 4));
                mv.visitTypeInsn(ANEWARRAY, PYOBJ);
                for (int j = 0; j < a; j++) {
                    mv.visitInsn(DUP);
                    iconst(j);
                    ld(d - a + j);
                    mv.visitInsn(AASTORE);
                }
                iconst(a);
                call(JIT, "buildList", "(" + PYOBJS_D + "I)" + PYOBJ_D);
                st(d - a);
                break;
            }
            case 106: // LOAD_ATTR
                code();
                iconst(a);
                ld(d - 1);
                call("dev/adder/vm/AttrCache", "loadAttr", "(" + CODE_D + "I" + PYOBJ_D + ")" + PYOBJ_D);
                st(d - 1);
                break;
            case 107:
                compare(i);
                break;
            case 110: // JUMP_FORWARD
                mv.visitJumpInsn(GOTO, labels[target(i)]);
                break;
            case 111: case 112: { // JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP
                ld(d - 1);
                call(JIT, "isTrue", "(" + PYOBJ_D + ")Z");
                mv.visitJumpInsn(o == 111 ? IFEQ : IFNE, labels[target(i)]);
                break;
            }
            case 113: { // JUMP_ABSOLUTE
                int t = target(i);
                if (t <= i) {
                    signals();
                }
                mv.visitJumpInsn(GOTO, labels[t]);
                break;
            }
            case 114: case 115: { // POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE
                Label stay = new Label();
                ld(d - 1);
                call(JIT, "isTrue", "(" + PYOBJ_D + ")Z");
                mv.visitJumpInsn(o == 114 ? IFNE : IFEQ, stay);
                signals();
                mv.visitJumpInsn(GOTO, labels[target(i)]);
                mv.visitLabel(stay);
                break;
            }
            case 116: // LOAD_GLOBAL
                code();
                iconst(a);
                mv.visitVarInsn(ALOAD, F);
                call("dev/adder/vm/GlobalCache", "load", "(" + CODE_D + "I" + FRAME_D + ")" + PYOBJ_D);
                st(d);
                break;
            case 117: // IS_OP
                ld(d - 2);
                ld(d - 1);
                iconst(a != 0 ? 1 : 0);
                mv.visitMethodInsn(INVOKESTATIC, JIT, "is", "(" + PYOBJ_D + PYOBJ_D + "Z)" + PYOBJ_D, false);
                st(d - 2);
                break;
            case 118: // CONTAINS_OP
                ld(d - 2);
                ld(d - 1);
                iconst(a != 0 ? 1 : 0);
                call(JIT, "contains", "(" + PYOBJ_D + PYOBJ_D + "Z)" + PYOBJ_D);
                st(d - 2);
                break;
            case 121: // JUMP_IF_NOT_EXC_MATCH
                ld(d - 2);
                ld(d - 1);
                call(CEVALOPS, "excMatch", "(" + PYOBJ_D + PYOBJ_D + ")Z");
                mv.visitJumpInsn(IFEQ, labels[target(i)]);
                break;
            case 122: // SETUP_FINALLY
                mv.visitVarInsn(ALOAD, F);
                iconst(Frame.SETUP_FINALLY);
                iconst(Opcodes.jumpTarget(o, a, off));
                iconst(nlp + d);
                call(CEVALOPS, "pushBlock", "(" + FRAME_D + "III)V");
                break;
            case 124: // LOAD_FAST
                if (alwaysBound(a)) {
                    mv.visitVarInsn(ALOAD, S);
                    iconst(a);
                    mv.visitInsn(AALOAD);
                } else {
                    mv.visitVarInsn(ALOAD, S);
                    iconst(a);
                    code();
                    call(JIT, "local", "(" + PYOBJS_D + "I" + CODE_D + ")" + PYOBJ_D);
                }
                st(d);
                break;
            case 125: // STORE_FAST
                mv.visitVarInsn(ALOAD, S);
                iconst(a);
                ld(d - 1);
                mv.visitInsn(AASTORE);
                break;
            case 131: { // CALL_FUNCTION
                spill(d - a - 1, d);
                setLasti(off);
                mv.visitVarInsn(ALOAD, TS);
                mv.visitVarInsn(ALOAD, S);
                iconst(nlp + d - a);
                iconst(a);
                iconst(nextIsGetIter(i) ? 1 : 0);
                call(JIT, "callFunction", "(" + TS_D + PYOBJS_D + "IIZ)" + PYOBJ_D);
                st(d - a - 1);
                break;
            }
            case 141: { // CALL_FUNCTION_KW: f a1..an names
                spill(d - a - 2, d);
                setLasti(off);
                mv.visitVarInsn(ALOAD, TS);
                mv.visitVarInsn(ALOAD, S);
                iconst(nlp + d - 1 - a);
                iconst(a);
                call(JIT, "callFunctionKw", "(" + TS_D + PYOBJS_D + "II)" + PYOBJ_D);
                st(d - a - 2);
                break;
            }
            case 161: { // CALL_METHOD
                spill(d - a - 2, d);
                setLasti(off);
                mv.visitVarInsn(ALOAD, TS);
                mv.visitVarInsn(ALOAD, S);
                iconst(nlp + d - a);
                iconst(a);
                iconst(nextIsGetIter(i) ? 1 : 0);
                call(JIT, "callMethod", "(" + TS_D + PYOBJS_D + "IIZ)" + PYOBJ_D);
                st(d - a - 2);
                break;
            }
            case 160: // LOAD_METHOD: o -> meth self | NULL attr
                spill(d - 1, d);
                code();
                iconst(a);
                mv.visitVarInsn(ALOAD, S);
                iconst(nlp + d);
                call("dev/adder/vm/AttrCache", "loadMethod", "(" + CODE_D + "I" + PYOBJS_D + "I)V");
                for (int k = d - 1; k <= d; k++) {
                    mv.visitVarInsn(ALOAD, S);
                    iconst(nlp + k);
                    mv.visitInsn(AALOAD);
                    st(k);
                }
                break;
            case 135: // LOAD_CLOSURE
                mv.visitVarInsn(ALOAD, S);
                iconst(co.nlocals + a);
                mv.visitInsn(AALOAD);
                st(d);
                break;
            case 136: // LOAD_DEREF
                mv.visitVarInsn(ALOAD, S);
                iconst(co.nlocals + a);
                iconst(a);
                code();
                call(JIT, "deref", "(" + PYOBJS_D + "II" + CODE_D + ")" + PYOBJ_D);
                st(d);
                break;
            case 137: // STORE_DEREF
                mv.visitVarInsn(ALOAD, S);
                iconst(co.nlocals + a);
                ld(d - 1);
                call(JIT, "storeDeref", "(" + PYOBJS_D + "I" + PYOBJ_D + ")V");
                break;
            case 145: // LIST_APPEND
                ld(d - 1 - a);
                ld(d - 1);
                call(JIT, "listAppend", "(" + PYOBJ_D + PYOBJ_D + ")V");
                break;
            case 146: // SET_ADD
                ld(d - 1 - a);
                ld(d - 1);
                call(JIT, "setAdd", "(" + PYOBJ_D + PYOBJ_D + ")V");
                break;
            case 147: // MAP_ADD: map .. k v
                ld(d - 2 - a);
                ld(d - 2);
                ld(d - 1);
                call(JIT, "mapAdd", "(" + PYOBJ_D + PYOBJ_D + PYOBJ_D + ")V");
                break;
            case 104: case 105: case 133: case 156: case 157: // BUILD_SET/MAP/SLICE/CONST_KEY_MAP/STRING
                arrayOp(i, "build");
                break;
            case 162: case 163: case 164: case 165: // LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE
                arrayOp(i, "containerOp");
                break;
            // the evaluation loop's rare opcodes that neither jump nor suspend
            case 49: case 70: case 71: case 74: case 82: case 89: case 91: case 94: case 96: case 98:
            case 99: case 108: case 109: case 119: case 126: case 130: case 132: case 138: case 142:
            case 143: case 148: case 155: case 84: case 85: case 30: case 31: case 32: case 33:
            case 34: case 152: case 37: case 88: case 69:
                rare(i);
                break;
            default: // left to the evaluation loop
                exit(i);
                break;
        }
    }

    private void binaryOp(int d, int o, String helper) {
        ld(d - 2);
        ld(d - 1);
        iconst(o);
        call(JIT, helper, OOI_O);
        st(d - 2);
    }

    private boolean nextIsGetIter(int i) {
        return i + 1 < n && op[i + 1] == 68;
    }

    private void unary(int d, String m) {
        ld(d - 1);
        call(ABSTRACT, m, O_O);
        st(d - 1);
    }

    /** COMPARE_OP; followed by POP_JUMP_IF_FALSE/TRUE, two ints or floats jump without a bool. */
    private void compare(int i) throws Unsupported {
        int d = depth[i];
        int a = arg[i];
        boolean fuse = i + 1 < n && (op[i + 1] == 114 || op[i + 1] == 115) && depth[i + 1] == d - 1;
        Label slow = new Label();
        if (fuse) {
            Label jump = new Label();
            ld(d - 2);
            ld(d - 1);
            iconst(a);
            call(JIT, "compareJump", "(" + PYOBJ_D + PYOBJ_D + "I)I");
            mv.visitInsn(DUP);
            mv.visitVarInsn(ISTORE, TMP_INT);
            mv.visitJumpInsn(IFLT, slow);
            mv.visitVarInsn(ILOAD, TMP_INT);
            mv.visitJumpInsn(op[i + 1] == 115 ? IFNE : IFEQ, jump);
            if (i + 2 >= n || depth[i + 2] < 0) {
                throw new Unsupported("compare at the end");
            }
            mv.visitJumpInsn(GOTO, labels[i + 2]);
            mv.visitLabel(jump);
            signals();
            mv.visitJumpInsn(GOTO, labels[target(i + 1)]);
        }
        mv.visitLabel(slow);
        ld(d - 2);
        ld(d - 1);
        iconst(a);
        call(JIT, "compare", OOI_O);
        st(d - 2);
    }

    /**
     * How many slots under the top of the stack the evaluation loop's helper for instruction
     * {@code i} reads or writes, or -1 when it may touch any (the whole stack is stored first).
     */
    private int window(int i) {
        int o = op[i];
        int a = arg[i];
        int d = depth[i];
        int after = d + Opcodes.stackEffect(o, a, 0);
        int w;
        switch (o) {
            case 104: case 105: case 133: case 156: case 157: // the BUILD_* of CevalOps.build
            case 132: case 142: case 108: // MAKE_FUNCTION, CALL_FUNCTION_EX, IMPORT_NAME
                w = d - after + 1;
                break;
            case 155: // FORMAT_VALUE
                w = (a & 4) != 0 ? 2 : 1;
                break;
            case 82: case 69: case 109: // LIST_TO_TUPLE, GET_YIELD_FROM_ITER, IMPORT_FROM
            case 96: case 70: case 143: case 94: case 84: // DELETE_ATTR, PRINT_EXPR, SETUP_WITH, UNPACK_EX, IMPORT_STAR
                w = 1;
                break;
            case 126: case 91: case 98: case 138: case 85: case 71: case 74: case 148:
                w = 0; // the DELETE_*s, SETUP_ANNOTATIONS and loads that only push
                break;
            case 89: // POP_EXCEPT: tb v t
                w = 3;
                break;
            case 49: // WITH_EXCEPT_START: exit .. tb v t
                w = 7;
                break;
            case 99: // ROT_N
                w = a;
                break;
            case 162: case 163: case 165: // LIST_EXTEND, SET_UPDATE, DICT_UPDATE: container .. v
                w = a + 1;
                break;
            case 164: // DICT_MERGE: fn .. dict .. v
                w = a + 3;
                break;
            default:
                return -1;
        }
        return w >= 0 && w <= d ? w : -1;
    }

    /** An instruction done by a helper of the evaluation loop on the frame's stack array. */
    private void arrayOp(int i, String helper) {
        int d = depth[i];
        int after = d + Opcodes.stackEffect(op[i], arg[i], 0);
        int w = window(i);
        int from = w < 0 ? 0 : d - w;
        spill(from, d);
        iconst(op[i]);
        mv.visitVarInsn(ALOAD, S);
        iconst(nlp + d);
        iconst(arg[i]);
        call(CEVALOPS, helper, "(I" + PYOBJS_D + "II)I");
        mv.visitInsn(POP);
        reload(from, after);
        clearArray(Math.max(after, from), d); // consumed slots the helper left set
    }

    /** Sets the frame's array slots of stack slots {@code from..to-1} to null. */
    private void clearArray(int from, int to) {
        for (int k = from; k < to; k++) {
            mv.visitVarInsn(ALOAD, S);
            iconst(nlp + k);
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(AASTORE);
        }
    }

    /** A rare opcode, by the evaluation loop's own helper, on the frame's stack array. */
    private void rare(int i) {
        int d = depth[i];
        int o = op[i];
        int w = (Opcodes.flags(o) & Opcodes.F_TERMINATES) != 0 ? -1 : window(i);
        int from = w < 0 ? 0 : d - w;
        spill(from, d);
        setLasti(opOff[i]);
        mv.visitVarInsn(ALOAD, F);
        iconst(nlp + d);
        mv.visitFieldInsn(PUTFIELD, FRAME, "sp", "I");
        mv.visitVarInsn(ALOAD, TS);
        mv.visitVarInsn(ALOAD, F);
        iconst(o);
        iconst(arg[i]);
        iconst(nlp + d);
        iconst(opOff[i] + 2);
        call(CEVALOPS, "rareOpcode", "(" + TS_D + FRAME_D + "IIII)I");
        mv.visitInsn(POP);
        if ((Opcodes.flags(o) & Opcodes.F_TERMINATES) != 0) {
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ARETURN);
            return;
        }
        int after = d + Opcodes.stackEffect(o, arg[i], 0);
        reload(from, after);
        clearArray(Math.max(after, from), d);
    }

    /** Leaves the frame to the evaluation loop at this instruction. */
    private void exit(int i) {
        int d = depth[i];
        spill(0, d);
        mv.visitVarInsn(ALOAD, TS);
        mv.visitVarInsn(ALOAD, F);
        iconst(start[i]);
        iconst(nlp + d);
        mv.visitMethodInsn(INVOKESTATIC, JIT, "exit", "(" + TS_D + FRAME_D + "II)" + PYOBJ_D, false);
        mv.visitInsn(ARETURN);
    }
}
