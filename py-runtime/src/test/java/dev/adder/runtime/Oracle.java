package dev.adder.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import dev.adder.runtime.objects.IntOps;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Differential testing against python3: each case is an operation on operands; the runtime
 * computes it here, python3 computes it from the operands' reprs, and the results (repr, or
 * "ExceptionType: message") must be equal.
 */
public final class Oracle {
    private Oracle() {
    }

    /** One operation on operands. */
    public record Case(String op, PyObject... args) {
    }

    /** The python3 side: reads "op\targ-repr..." lines, prints one result line each. */
    static final String SCRIPT = String.join("\n",
            "import sys, operator",
            "from math import nan, inf",
            "def ip(f):",
            "    def g(a, b):",
            "        a = a.copy() if hasattr(a, 'copy') else a",
            "        return f(a, b)",
            "    return g",
            "B = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,",
            "     '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,",
            "     '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor,",
            "     '@': operator.matmul, 'divmod': divmod, 'pow3': pow,",
            "     '<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,",
            "     '>': operator.gt, '>=': operator.ge, 'hash': hash, 'bool': bool, 'neg': operator.neg,",
            "     'pos': operator.pos, 'invert': operator.invert, 'abs': abs, 'repr': repr, 'str': str,",
            "     'int': int, 'float': float, 'len': len, 'getitem': operator.getitem,",
            "     'in': lambda a, b: b in a, 'iter': lambda a: list(iter(a)),",
            "     '+=': ip(operator.iadd), '*=': ip(operator.imul), '|=': ip(operator.ior),",
            "     '-=': ip(operator.isub), '&=': ip(operator.iand), '^=': ip(operator.ixor),",
            "     'tuple': tuple, 'list': list, 'set': set, 'frozenset': frozenset, 'dict': dict,",
            "     'sorted': lambda a: sorted(a), 'sortedrev': lambda a: sorted(a, reverse=True),",
            "     'sortedkey': lambda a: sorted(a, key=len), 'attr': getattr}",
            "for line in sys.stdin:",
            "    op, *args = line.rstrip('\\n').split('\\t')",
            "    try:",
            "        vals = [eval(x) for x in args]",
            "        if op.startswith('mut:'):",
            "            x = vals[0].copy()",
            "            getattr(x, op[4:])(*vals[1:])",
            "            r = x",
            "        elif op.startswith('m:'):",
            "            r = getattr(vals[0], op[2:])(*vals[1:])",
            "        else:",
            "            r = B[op](*vals)",
            "        r = repr(r)",
            "    except Exception as e:",
            "        r = type(e).__name__ + ': ' + str(e)",
            "    print(r.replace('\\n', '\\\\n'))",
            "");

    /** The runtime's answer for one case. */
    public static String evalJava(Case c) {
        try {
            return Abstract.repr(apply(c.op(), c.args())).value().replace("\n", "\\n");
        } catch (PyException e) {
            return e.type().name() + ": " + Abstract.str(e.value).value().replace("\n", "\\n");
        }
    }

    private static PyObject apply(String op, PyObject[] a) {
        if (op.startsWith("mut:")) {
            PyObject x = Abstract.callMethod(a[0], "copy");
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            Abstract.callMethod(x, op.substring(4), rest);
            return x;
        }
        if (op.startsWith("m:")) {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Abstract.callMethod(a[0], op.substring(2), rest);
        }
        for (NumberOp n : NumberOp.values()) {
            if (n.symbol.equals(op)) {
                return Abstract.binaryOp(a[0], a[1], n);
            }
            if (op.equals(n.symbol + "=")) {
                PyObject x = a[0];
                if (x instanceof dev.adder.runtime.objects.PyList || x instanceof dev.adder.runtime.objects.PySet
                        || x instanceof dev.adder.runtime.objects.PyDict) {
                    x = Abstract.callMethod(x, "copy");
                }
                return Abstract.inplaceOp(x, a[1], n);
            }
        }
        for (CompareOp c : CompareOp.values()) {
            if (c.symbol.equals(op)) {
                return Abstract.richCompare(a[0], a[1], c);
            }
        }
        switch (op) {
            case "divmod": return Abstract.divmod(a[0], a[1]);
            case "pow3": return IntOps.powMod((PyInt) a[0], (PyInt) a[1], (PyInt) a[2]);
            case "hash": return PyInt.of(Abstract.hash(a[0]));
            case "bool": return PyBool.of(Abstract.isTrue(a[0]));
            case "neg": return Abstract.negative(a[0]);
            case "pos": return Abstract.positive(a[0]);
            case "invert": return Abstract.invert(a[0]);
            case "abs": return Abstract.absolute(a[0]);
            case "repr": return Abstract.repr(a[0]);
            case "str": return Abstract.str(a[0]);
            case "int": return Abstract.call(PyInt.TYPE, a);
            case "float": return Abstract.call(PyFloat.TYPE, a);
            case "tuple": return Abstract.call(PyTuple.TYPE, a);
            case "list": return Abstract.call(dev.adder.runtime.objects.PyList.TYPE, a);
            case "set": return Abstract.call(dev.adder.runtime.objects.PySet.TYPE, a);
            case "frozenset": return Abstract.call(dev.adder.runtime.objects.PySet.FROZENSET_TYPE, a);
            case "dict": return Abstract.call(dev.adder.runtime.objects.PyDict.TYPE, a);
            case "len": return PyInt.of(Abstract.len(a[0]));
            case "getitem": return Abstract.getItem(a[0], a[1]);
            case "in": return PyBool.of(Abstract.contains(a[0], a[1]));
            case "attr": return Abstract.getAttr(a[0], (PyStr) a[1]);
            case "iter": {
                dev.adder.runtime.objects.PyList l = new dev.adder.runtime.objects.PyList();
                PyObject it = Abstract.iter(a[0]);
                for (PyObject x; (x = Abstract.next(it)) != null;) {
                    l.append(x);
                }
                return l;
            }
            case "sorted":
            case "sortedrev":
            case "sortedkey": {
                dev.adder.runtime.objects.PyList l = (dev.adder.runtime.objects.PyList) Abstract.call(
                        dev.adder.runtime.objects.PyList.TYPE, a[0]);
                l.sort(op.equals("sortedkey") ? new dev.adder.runtime.objects.PyBuiltinFunction("len", "len", null,
                        (self, x, n, kw) -> PyInt.of(Abstract.len(x[0]))) : null, op.equals("sortedrev"));
                return l;
            }
            default:
                throw new IllegalArgumentException(op);
        }
    }

    /**
     * The operand as python3 should build it: its repr, except that a set is written as
     * {@code set([...])} so that python3 inserts its items in our iteration order (a set display
     * is compiled through a frozenset constant, which would order the items differently).
     */
    static String literal(PyObject o) {
        if (o instanceof dev.adder.runtime.objects.PySet) {
            StringBuilder sb = new StringBuilder(o.type().name()).append("([");
            for (PyObject x : ((dev.adder.runtime.objects.PySet) o).toArray()) {
                sb.append(literal(x)).append(", ");
            }
            return sb.append("])").toString();
        }
        return Abstract.repr(o).value();
    }

    /** Runs all cases here and in python3 and fails listing the first differences. */
    public static void check(List<Case> cases) {
        StringBuilder in = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (Case c : cases) {
            in.append(c.op());
            for (PyObject o : c.args()) {
                in.append('\t').append(literal(o));
            }
            in.append('\n');
            mine.add(evalJava(c));
        }
        String[] theirs = Python3.run(SCRIPT, in.toString()).split("\n", -1);
        String[] inputs = in.toString().split("\n");
        StringBuilder diffs = new StringBuilder();
        int bad = 0;
        java.util.Map<String, Integer> perOp = new java.util.HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            if (!mine.get(i).equals(theirs[i])) {
                ++bad;
                if (perOp.merge(cases.get(i).op(), 1, Integer::sum) <= 3 && bad <= 60) {
                    diffs.append(inputs[i]).append("\n   adder:   ").append(mine.get(i)).append("\n   python3: ")
                            .append(theirs[i]).append('\n');
                }
            }
        }
        if (bad > 0) {
            fail(bad + " of " + cases.size() + " cases differ from python3:\n" + diffs);
        }
    }
}
