package dev.adder.compiler.internal.cfg;

import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;

import java.util.Arrays;
import java.util.List;

/**
 * A constant as a key of a code object's constant table: two constants are the same entry when
 * they have the same type and value ({@code 1}, {@code 1.0} and {@code True} differ, so do
 * {@code 0.0} and {@code -0.0}), tuples item by item, frozensets as sets, and code objects when
 * {@code code.__eq__} of 3.10 says so (name, argument counts, flags, first line, code, constants,
 * names and variables; not the line table).
 *
 * <p>CPython: {@code _PyCode_ConstantKey} and {@code code_richcompare} in Objects/codeobject.c.
 */
public final class ConstKey {
    private final Constant value;
    private final int hash;

    /** The key of {@code value}. */
    public ConstKey(Constant value) {
        this.value = value;
        this.hash = hash(value);
    }

    /** The constant. */
    public Constant value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstKey k && hash == k.hash && same(value, k.value);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Whether two constants are the same constant-table entry. */
    public static boolean same(Constant a, Constant b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Constant.Tuple ta && b instanceof Constant.Tuple tb) {
            return sameItems(ta.items(), tb.items());
        }
        if (a instanceof Constant.FrozenSet fa && b instanceof Constant.FrozenSet fb) {
            List<Constant> x = fa.items();
            List<Constant> y = fb.items();
            if (x.size() != y.size()) {
                return false;
            }
            outer:
            for (Constant cx : x) {
                for (Constant cy : y) {
                    if (same(cx, cy)) {
                        continue outer;
                    }
                }
                return false;
            }
            return true;
        }
        if (a instanceof Constant.Code ca && b instanceof Constant.Code cb) {
            return sameCode(ca.code(), cb.code());
        }
        if (a instanceof Constant.Float fa && b instanceof Constant.Float fb) {
            // NaNs are distinct objects in CPython; equal only if identical, which we cannot see
            return Double.doubleToRawLongBits(fa.value()) == Double.doubleToRawLongBits(fb.value())
                    && !Double.isNaN(fa.value());
        }
        return a.equals(b);
    }

    private static boolean sameItems(List<Constant> x, List<Constant> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!same(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** CPython 3.10: {@code code_richcompare}. */
    private static boolean sameCode(CodeUnit a, CodeUnit b) {
        return a.co_name().equals(b.co_name())
                && a.co_argcount() == b.co_argcount()
                && a.co_posonlyargcount() == b.co_posonlyargcount()
                && a.co_kwonlyargcount() == b.co_kwonlyargcount()
                && a.co_nlocals() == b.co_nlocals()
                && a.co_flags() == b.co_flags()
                && a.co_firstlineno() == b.co_firstlineno()
                && Arrays.equals(a.co_code(), b.co_code())
                && sameItems(a.co_consts(), b.co_consts())
                && a.co_names().equals(b.co_names())
                && a.co_varnames().equals(b.co_varnames())
                && a.co_freevars().equals(b.co_freevars())
                && a.co_cellvars().equals(b.co_cellvars());
    }

    private static int hash(Constant c) {
        if (c instanceof Constant.Tuple t) {
            int h = 7;
            for (Constant x : t.items()) {
                h = h * 31 + hash(x);
            }
            return h;
        }
        if (c instanceof Constant.FrozenSet f) {
            int h = 11;
            for (Constant x : f.items()) {
                h += hash(x);
            }
            return h;
        }
        if (c instanceof Constant.Code code) {
            CodeUnit u = code.code();
            return u.co_name().hashCode() * 31 + u.co_firstlineno() * 17 + u.codeLength();
        }
        if (c instanceof Constant.Float f) {
            return Long.hashCode(Double.doubleToRawLongBits(f.value()));
        }
        return c.hashCode();
    }

    /**
     * Python's truth value of a constant. CPython: {@code PyObject_IsTrue}.
     */
    public static boolean isTrue(Constant c) {
        if (c instanceof Constant.None) {
            return false;
        }
        if (c instanceof Constant.Bool b) {
            return b.value();
        }
        if (c instanceof Constant.Int i) {
            return i.isSmall() ? i.small() != 0 : i.big().signum() != 0;
        }
        if (c instanceof Constant.Float f) {
            return f.value() != 0.0;
        }
        if (c instanceof Constant.Complex x) {
            return x.re() != 0.0 || x.im() != 0.0;
        }
        if (c instanceof Constant.Str s) {
            return !s.value().isEmpty();
        }
        if (c instanceof Constant.Bytes b) {
            return b.length() != 0;
        }
        if (c instanceof Constant.Tuple t) {
            return !t.items().isEmpty();
        }
        if (c instanceof Constant.FrozenSet f) {
            return !f.items().isEmpty();
        }
        return true;
    }
}
