package dev.adder.compiler.internal.opt;

import dev.adder.bytecode.Constant;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python semantics on constants, as far as the compiler needs them: type names, equality (for
 * sets and mapping patterns) and frozensets of constants.
 *
 * <p>CPython: {@code PyObject_RichCompare} on the builtin constant types,
 * {@code PyFrozenSet_New}.
 */
public final class PyValues {
    private PyValues() {
    }

    /** {@code type(v).__name__}. */
    public static String typeName(Constant v) {
        if (v instanceof Constant.None) {
            return "NoneType";
        }
        if (v instanceof Constant.Ellipsis) {
            return "ellipsis";
        }
        if (v instanceof Constant.Bool) {
            return "bool";
        }
        if (v instanceof Constant.Int) {
            return "int";
        }
        if (v instanceof Constant.Float) {
            return "float";
        }
        if (v instanceof Constant.Complex) {
            return "complex";
        }
        if (v instanceof Constant.Str) {
            return "str";
        }
        if (v instanceof Constant.Bytes) {
            return "bytes";
        }
        if (v instanceof Constant.Tuple) {
            return "tuple";
        }
        if (v instanceof Constant.FrozenSet) {
            return "frozenset";
        }
        return "code";
    }

    /** A frozenset of {@code items}: equal items (by Python's {@code ==}) kept once, first wins. */
    public static Constant.FrozenSet frozenset(List<Constant> items) {
        List<Constant> out = new ArrayList<>(items.size());
        outer:
        for (Constant c : items) {
            for (Constant o : out) {
                if (pythonEquals(o, c)) {
                    continue outer;
                }
            }
            out.add(c);
        }
        return new Constant.FrozenSet(out);
    }

    static boolean isNumber(Constant c) {
        return c instanceof Constant.Int || c instanceof Constant.Bool || c instanceof Constant.Float
                || c instanceof Constant.Complex;
    }

    static BigInteger intValue(Constant c) {
        if (c instanceof Constant.Bool b) {
            return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        return ((Constant.Int) c).value();
    }

    static boolean isInt(Constant c) {
        return c instanceof Constant.Int || c instanceof Constant.Bool;
    }

    /** Whether {@code a == b} in Python (for hashable constants: numbers across types, sequences by items). */
    public static boolean pythonEquals(Constant a, Constant b) {
        if (isNumber(a) && isNumber(b)) {
            return numberEquals(a, b);
        }
        if (a instanceof Constant.Str x && b instanceof Constant.Str y) {
            return x.value().equals(y.value());
        }
        if (a instanceof Constant.Bytes x && b instanceof Constant.Bytes y) {
            return x.equals(y);
        }
        if (a instanceof Constant.Tuple x && b instanceof Constant.Tuple y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!pythonEquals(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Constant.FrozenSet x && b instanceof Constant.FrozenSet y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            outer:
            for (Constant cx : x.items()) {
                for (Constant cy : y.items()) {
                    if (pythonEquals(cx, cy)) {
                        continue outer;
                    }
                }
                return false;
            }
            return true;
        }
        if (a instanceof Constant.None && b instanceof Constant.None) {
            return true;
        }
        if (a instanceof Constant.Ellipsis && b instanceof Constant.Ellipsis) {
            return true;
        }
        return a == b;
    }

    private static boolean numberEquals(Constant a, Constant b) {
        if (a instanceof Constant.Complex || b instanceof Constant.Complex) {
            double[] x = complexParts(a);
            double[] y = complexParts(b);
            if (x == null || y == null) {
                return false;
            }
            if (x[1] != y[1]) {
                return false;
            }
            if (!(a instanceof Constant.Complex)) {
                return numberEquals(a, new Constant.Float(y[0]));
            }
            if (!(b instanceof Constant.Complex)) {
                return numberEquals(new Constant.Float(x[0]), b);
            }
            return x[0] == y[0];
        }
        if (isInt(a) && isInt(b)) {
            return intValue(a).equals(intValue(b));
        }
        if (a instanceof Constant.Float fa && b instanceof Constant.Float fb) {
            return fa.value() == fb.value();
        }
        double f = a instanceof Constant.Float fa ? fa.value() : ((Constant.Float) b).value();
        BigInteger i = isInt(a) ? intValue(a) : intValue(b);
        if (Double.isNaN(f) || Double.isInfinite(f) || f != Math.floor(f)) {
            return false;
        }
        return new java.math.BigDecimal(f).toBigIntegerExact().equals(i);
    }

    private static double[] complexParts(Constant c) {
        if (c instanceof Constant.Complex x) {
            return new double[] {x.re(), x.im()};
        }
        if (c instanceof Constant.Float f) {
            return new double[] {f.value(), 0.0};
        }
        // int: compare exactly through numberEquals on the real part
        BigInteger i = intValue(c);
        double d = i.doubleValue();
        return new double[] {d, 0.0};
    }
}
