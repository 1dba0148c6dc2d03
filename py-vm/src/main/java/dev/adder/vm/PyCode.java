package dev.adder.vm;

import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyEllipsis;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.runtime.PyErr;

import java.util.List;

/**
 * A code object: wraps py-bytecode's {@link CodeUnit} and holds its constants and names as
 * runtime objects, ready for the evaluation loop.
 *
 * <p>CPython: Objects/codeobject.c ({@code PyCodeObject}).
 */
public final class PyCode extends PyObject {
    /** {@code code}. */
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, 0);

    static {
        TYPE.tp_repr = o -> PyStr.of(((PyCode) o).unit.repr());
        // code_richcompare / code_hash: by value, without the file name or qualified name
        TYPE.tp_richcompare = (a, b, op) -> {
            if ((op != dev.adder.runtime.CompareOp.EQ && op != dev.adder.runtime.CompareOp.NE)
                    || !(b instanceof PyCode cb)) {
                return dev.adder.runtime.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = sameValue(((PyCode) a).unit, cb.unit);
            return PyBool.of(op == dev.adder.runtime.CompareOp.EQ ? eq : !eq);
        };
        TYPE.tp_hash = o -> {
            CodeUnit u = ((PyCode) o).unit;
            long h = java.util.Objects.hash(u.co_name(), u.co_argcount(), u.co_posonlyargcount(),
                    u.co_kwonlyargcount(), u.co_flags(), u.co_firstlineno(), u.co_names(), u.co_varnames());
            h = h * 31 + java.util.Arrays.hashCode(u.co_code());
            return h == -1 ? -2 : h;
        };
        TYPE.ready();
        CodeAttributes.install(TYPE);
    }

    /** The runtime-independent code. */
    public final CodeUnit unit;
    /**
     * The wordcode followed by {@link #CODE_PAD} zero bytes that are never executed: C2 may merge
     * the bounds checks of the dispatch loop's reads at {@code ip}, {@code ip+1} and the next
     * instruction's into one, which fails (a deoptimization) at a code object's last instruction
     * unless the array extends past it.
     */
    final byte[] code;
    static final int CODE_PAD = 8;
    final PyObject[] consts;
    final PyStr[] names;
    final PyStr[] varnames;
    final PyStr[] cellAndFree;
    final int nlocals;
    final int ncells;
    final int nfree;
    /** locals + cells + free variables: where the value stack starts in a frame. */
    final int nlocalsplus;
    final int stacksize;
    final int flags;
    final int argcount;
    final int posonlyargcount;
    final int kwonlyargcount;
    /** For each cell variable, the index of the argument it starts from, or -1. */
    final int[] cell2arg;
    final String qualname;
    final String name;
    /** The attribute caches of this code's attribute instructions, by name index (made on first use). */
    AttrCache.Entry[] attrCache;
    /** The caches of this code's LOAD_GLOBAL instructions, by name index (made on first use). */
    GlobalCache.Entry[] globalCache;
    /** Calls plus backward jumps run so far, counted up to {@link Jit#THRESHOLD}. */
    int hotness;
    /** This code compiled to a JVM class, once hot (see {@link Jit}). */
    JitCode jit;

    /** Wraps {@code unit}, materializing its constants (nested code objects become PyCode). */
    public PyCode(CodeUnit unit) {
        super(TYPE);
        this.unit = unit;
        byte[] wordcode = unit.co_code();
        this.code = java.util.Arrays.copyOf(wordcode, wordcode.length + CODE_PAD);
        List<Constant> cs = unit.co_consts();
        consts = new PyObject[cs.size()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = constant(cs.get(i));
        }
        names = strs(unit.co_names());
        varnames = strs(unit.co_varnames());
        cellAndFree = strs(unit.cellAndFreeVars());
        nlocals = unit.co_nlocals();
        ncells = unit.co_cellvars().size();
        nfree = unit.co_freevars().size();
        nlocalsplus = nlocals + ncells + nfree;
        stacksize = unit.co_stacksize();
        flags = unit.co_flags();
        argcount = unit.co_argcount();
        posonlyargcount = unit.co_posonlyargcount();
        kwonlyargcount = unit.co_kwonlyargcount();
        cell2arg = new int[ncells];
        List<String> vn = unit.co_varnames();
        int nargs = argcount + kwonlyargcount + ((flags & 0x04) != 0 ? 1 : 0) + ((flags & 0x08) != 0 ? 1 : 0);
        for (int i = 0; i < ncells; i++) {
            cell2arg[i] = -1;
            String c = unit.co_cellvars().get(i);
            for (int j = 0; j < nargs && j < vn.size(); j++) {
                if (vn.get(j).equals(c)) {
                    cell2arg[i] = j;
                    break;
                }
            }
        }
        qualname = unit.co_qualname();
        name = unit.co_name();
    }

    /** {@code code_richcompare}'s test: the fields CPython 3.11 compares (the line table holds positions). */
    static boolean sameValue(CodeUnit a, CodeUnit b) {
        if (a == b) {
            return true;
        }
        if (!a.co_name().equals(b.co_name()) || a.co_argcount() != b.co_argcount()
                || a.co_posonlyargcount() != b.co_posonlyargcount() || a.co_kwonlyargcount() != b.co_kwonlyargcount()
                || a.co_flags() != b.co_flags() || a.co_firstlineno() != b.co_firstlineno()
                || !java.util.Arrays.equals(a.co_code(), b.co_code()) || !a.co_names().equals(b.co_names())
                || !a.co_varnames().equals(b.co_varnames()) || !a.co_cellvars().equals(b.co_cellvars())
                || !a.co_freevars().equals(b.co_freevars()) || !a.lineTable().equals(b.lineTable())
                || !a.positionTable().equals(b.positionTable())) {
            return false;
        }
        return sameConstants(a.co_consts(), b.co_consts());
    }

    private static boolean sameConstants(List<Constant> x, List<Constant> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            Constant p = x.get(i);
            Constant q = y.get(i);
            boolean same;
            if (p instanceof Constant.Code cp && q instanceof Constant.Code cq) {
                same = sameValue(cp.code(), cq.code());
            } else if (p instanceof Constant.Tuple tp && q instanceof Constant.Tuple tq) {
                same = sameConstants(tp.items(), tq.items());
            } else {
                same = p.equals(q);
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static PyStr[] strs(List<String> l) {
        PyStr[] r = new PyStr[l.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = PyStr.intern(l.get(i));
        }
        return r;
    }

    /** True for a constant CPython interns: ASCII letters, digits and underscores only. */
    private static boolean isName(String v) {
        if (v.length() > 64) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The runtime object for a constant. */
    public static PyObject constant(Constant c) {
        if (c instanceof Constant.None) {
            return PyNone.NONE;
        } else if (c instanceof Constant.Bool b) {
            return PyBool.of(b.value());
        } else if (c instanceof Constant.Int i) {
            return i.big() == null ? PyInt.of(i.small()) : PyInt.of(i.big());
        } else if (c instanceof Constant.Float f) {
            return PyFloat.of(f.value());
        } else if (c instanceof Constant.Str s) {
            return isName(s.value()) ? PyStr.intern(s.value()) : PyStr.of(s.value());
        } else if (c instanceof Constant.Tuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = constant(t.items().get(i));
            }
            return PyTuple.of(items);
        } else if (c instanceof Constant.FrozenSet fs) {
            PySet s = new PySet(PySet.FROZENSET_TYPE);
            for (Constant x : fs.items()) {
                s.add(constant(x));
            }
            return s;
        } else if (c instanceof Constant.Code code) {
            return new PyCode(code.code());
        } else if (c instanceof Constant.Ellipsis) {
            return PyEllipsis.ELLIPSIS;
        } else if (c instanceof Constant.Bytes b) {
            return dev.adder.runtime.objects.PyBytes.of(b.value());
        } else if (c instanceof Constant.Complex z) {
            return dev.adder.runtime.objects.PyComplex.of(z.re(), z.im());
        }
        throw PyErr.systemError("constant kind not supported yet: %s", c.getClass().getSimpleName());
    }

    /** The line of the instruction at byte offset {@code offset}. */
    public int lineForOffset(int offset) {
        return unit.lineForOffset(offset);
    }
}
