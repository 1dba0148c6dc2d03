package dev.adder.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.Python3;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * range, enumerate, zip, map, filter, reversed and the argument checks of builtins written in
 * Java. Expectations come from python3 at test time, or are shown with the python3 command that
 * gives them.
 */
class IteratorsTest {
    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    private static String error(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.value.type().name() + ": " + Abstract.str(e.value).value();
    }

    private static String list(PyObject iterable) {
        PyList l = new PyList();
        l.extend(iterable);
        return repr(l);
    }

    @Test
    void rangeSlicesAndLengthsMatchPython() {
        // 400 random ranges and slices, among them ranges past 64 bits; python3 computes the same
        Random rnd = new Random(11);
        StringBuilder script = new StringBuilder("import sys\nfor line in sys.stdin:\n"
                + "    a, b, c, d, e, f = [None if x == 'N' else int(x) for x in line.split()]\n"
                + "    r = range(a, b, c)\n"
                + "    try:\n        s = r[d:e:f]\n        print(len(r), s, list(s)[:3], r[-1] if r else None)\n"
                + "    except Exception as x:\n        print(type(x).__name__, x)\n");
        StringBuilder input = new StringBuilder();
        StringBuilder mine = new StringBuilder();
        BigInteger huge = BigInteger.TWO.pow(70);
        for (int k = 0; k < 400; k++) {
            long a = rnd.nextInt(41) - 20;
            long b = rnd.nextInt(41) - 20;
            long c = rnd.nextInt(9) - 4;
            if (c == 0) {
                c = 1;
            }
            BigInteger off = k % 5 == 0 ? huge : BigInteger.ZERO;
            String d = rnd.nextInt(4) == 0 ? "N" : String.valueOf(rnd.nextInt(31) - 15);
            String e = rnd.nextInt(4) == 0 ? "N" : String.valueOf(rnd.nextInt(31) - 15);
            String f = rnd.nextInt(4) == 0 ? "N" : String.valueOf(rnd.nextInt(7) - 3);
            PyInt ba = PyInt.of(BigInteger.valueOf(a).add(off));
            PyInt bb = PyInt.of(BigInteger.valueOf(b).add(off));
            input.append(ba.bigValue()).append(' ').append(bb.bigValue()).append(' ').append(c).append(' ')
                    .append(d).append(' ').append(e).append(' ').append(f).append('\n');
            PyRange r = new PyRange(ba, bb, i(c));
            try {
                PyObject s = Abstract.getItem(r, new PySlice(bound(d), bound(e), bound(f)));
                PyList first = new PyList();
                PyObject it = Abstract.iter(s);
                for (int n = 0; n < 3; n++) {
                    PyObject v = Abstract.next(it);
                    if (v == null) {
                        break;
                    }
                    first.append(v);
                }
                PyObject last = r.length.signum() == 0 ? PyNone.NONE : Abstract.getItem(r, i(-1));
                mine.append(IntOps.toDecimalString(r.length)).append(' ').append(repr(s)).append(' ')
                        .append(repr(first)).append(' ').append(repr(last)).append('\n');
            } catch (PyException x) {
                mine.append(x.value.type().name()).append(' ').append(Abstract.str(x.value).value()).append('\n');
            }
        }
        assertEquals(Python3.run(script.toString(), input.toString()), mine.toString());
    }

    private static PyObject bound(String s) {
        return s.equals("N") ? PyNone.NONE : i(Long.parseLong(s));
    }

    @Test
    void rangeContainsIndexAndEquality() {
        PyRange r = PyRange.of(1, 20, 4);
        // python3 -c 'r = range(1, 20, 4); print(9 in r, 10 in r, 21 in r, r.index(17))' -> True False False 4
        assertEquals(true, Abstract.contains(r, i(9)));
        assertEquals(false, Abstract.contains(r, i(10)));
        assertEquals(false, Abstract.contains(r, i(21)));
        assertEquals("4", repr(Abstract.callMethod(r, "index", i(17))));
        // python3 -c 'range(3).index(5)' -> ValueError: 5 is not in range
        assertEquals("ValueError: 5 is not in range", error(() -> Abstract.callMethod(PyRange.of(0, 3, 1), "index",
                i(5))));
        // python3 -c 'print(range(1, 2, 3) == range(1, 5, 4), range(0) == range(5, 5))' -> True True
        assertEquals(true, Abstract.richCompareBool(PyRange.of(1, 2, 3), PyRange.of(1, 5, 4),
                dev.adder.runtime.CompareOp.EQ));
        assertEquals(Abstract.hash(PyRange.of(0, 0, 1)), Abstract.hash(PyRange.of(5, 5, 1)));
    }

    @Test
    void rangeIteratorsEndWithNullAtTheLongLimits() {
        // python3 -c 'print(list(range(2**63 - 2, 2**63 + 1)))'
        PyRange r = new PyRange(PyInt.of(BigInteger.TWO.pow(63).subtract(BigInteger.TWO)),
                PyInt.of(BigInteger.TWO.pow(63).add(BigInteger.ONE)), i(1));
        assertEquals("[9223372036854775806, 9223372036854775807, 9223372036854775808]", list(r));
        PyObject it = PyRange.of(Long.MAX_VALUE - 2, Long.MAX_VALUE, 1).iterator();
        assertEquals("9223372036854775805", repr(Abstract.next(it)));
        assertEquals("9223372036854775806", repr(Abstract.next(it)));
        assertNull(Abstract.next(it));
        assertNull(Abstract.next(it));
        assertEquals("[9223372036854775806, 9223372036854775805]",
                list(PyRange.of(Long.MAX_VALUE - 2, Long.MAX_VALUE, 1).reversedIterator()));
        // python3 -c 'print(len(range(-2**63, 2**63 - 1, 2**62)))' -> 4
        assertEquals("4", IntOps.toDecimalString(PyRange.of(Long.MIN_VALUE, Long.MAX_VALUE, 1L << 62).length));
    }

    @Test
    void enumerateCountsPastLongs() {
        PyObject e = new PyEnumerate(PyList.of(PyStr.of("a"), PyStr.of("b")), i(Long.MAX_VALUE));
        // python3 -c 'print(list(enumerate("ab", 2**63 - 1)))'
        assertEquals("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]", list(e));
    }

    @Test
    void zipStrictMessages() {
        PyObject one = PyList.of(i(1));
        PyObject two = PyList.of(i(1), i(2));
        // python3 -c 'list(zip([1], [1, 2], strict=True))' -> ValueError: zip() argument 2 is longer than argument 1
        assertEquals("ValueError: zip() argument 2 is longer than argument 1",
                error(() -> list(new PyZip(new PyObject[] {one, two}, 2, true))));
        // python3 -c 'list(zip([1], [1], [1, 2], strict=True))' -> ... argument 3 is longer than arguments 1-2
        assertEquals("ValueError: zip() argument 3 is longer than arguments 1-2",
                error(() -> list(new PyZip(new PyObject[] {one, one, two}, 3, true))));
        // python3 -c 'list(zip([1, 2], [1, 2], [1], strict=True))' -> ... argument 3 is shorter than arguments 1-2
        assertEquals("ValueError: zip() argument 3 is shorter than arguments 1-2",
                error(() -> list(new PyZip(new PyObject[] {two, two, one}, 3, true))));
        assertEquals("[(1, 1)]", list(new PyZip(new PyObject[] {one, two}, 2, false)));
    }

    @Test
    void reversedAndFilter() {
        assertEquals("[3, 2, 1]", list(PyReversed.of(PyList.of(i(1), i(2), i(3)))));
        assertEquals("['c', 'b', 'a']", list(PyReversed.of(PyStr.of("abc"))));
        // python3 -c 'reversed({1})' -> TypeError: 'set' object is not reversible
        assertEquals("TypeError: 'set' object is not reversible", error(() -> PyReversed.of(new PySet(PySet.TYPE))));
        assertEquals("[1, 'a']", list(new PyFilter(PyNone.NONE, PyList.of(i(0), i(1), PyStr.EMPTY, PyStr.of("a")))));
    }

    @Test
    void argumentMessagesAreCPythons() {
        String[] names = {"base", "exp", "mod"};
        PyTuple kw = PyTuple.of(PyStr.of("base"));
        // python3 -c 'pow(2, 3, base=3)' -> TypeError: argument for pow() given by name ('base') and position (1)
        assertEquals("TypeError: argument for pow() given by name ('base') and position (1)",
                error(() -> BuiltinArgs.unpack("pow", new PyObject[] {i(2), i(3), i(3)}, 2, kw, names, 0, 2, 3, 0)));
        // python3 -c 'pow()' -> TypeError: pow() missing required argument 'base' (pos 1)
        assertEquals("TypeError: pow() missing required argument 'base' (pos 1)",
                error(() -> BuiltinArgs.unpack("pow", new PyObject[0], 0, null, names, 0, 2, 3, 0)));
        // python3 -c 'pow(1, 2, 3, 4)' -> TypeError: pow() takes at most 3 arguments (4 given)
        assertEquals("TypeError: pow() takes at most 3 arguments (4 given)",
                error(() -> BuiltinArgs.unpack("pow", new PyObject[] {i(1), i(2), i(3), i(4)}, 4, null, names, 0, 2, 3,
                        0)));
        String[] sum = {"iterable", "start"};
        // python3 -c 'sum(start=1)' -> TypeError: sum() takes at least 1 positional argument (0 given)
        assertEquals("TypeError: sum() takes at least 1 positional argument (0 given)",
                error(() -> BuiltinArgs.unpack("sum", new PyObject[] {i(1)}, 0, PyTuple.of(PyStr.of("start")), sum, 1,
                        1, 2, 0)));
        // python3 -c 'sum([], iterable=1)' -> TypeError: 'iterable' is an invalid keyword argument for sum()
        assertEquals("TypeError: 'iterable' is an invalid keyword argument for sum()",
                error(() -> BuiltinArgs.unpack("sum", new PyObject[] {PyList.of(), i(1)}, 1,
                        PyTuple.of(PyStr.of("iterable")), sum, 1, 1, 2, 0)));
        // python3 -c 'divmod(1)' -> TypeError: divmod expected 2 arguments, got 1
        assertEquals("TypeError: divmod expected 2 arguments, got 1",
                error(() -> BuiltinArgs.checkPositional("divmod", 1, 2, 2)));
        // python3 -c 'len()' -> TypeError: len() takes exactly one argument (0 given)
        assertEquals("TypeError: len() takes exactly one argument (0 given)",
                error(() -> BuiltinArgs.exactlyOne("len", 0, null)));
    }

    @Test
    void unionTypes() {
        PyUnionType.installTypeOr();
        PyObject u = Abstract.binaryOp(PyInt.TYPE, PyStr.TYPE, dev.adder.runtime.NumberOp.OR);
        // python3 -c 'print(int | str, int | None | int, (int | str).__args__)'
        assertEquals("int | str", repr(u));
        assertEquals("int | None", repr(Abstract.binaryOp(Abstract.binaryOp(PyInt.TYPE, PyNone.NONE,
                dev.adder.runtime.NumberOp.OR), PyInt.TYPE, dev.adder.runtime.NumberOp.OR)));
        assertEquals("(<class 'int'>, <class 'str'>)", repr(((PyUnionType) u).args()));
        // python3 -c 'int | 1' -> TypeError: unsupported operand type(s) for |: 'type' and 'int'
        assertEquals("TypeError: unsupported operand type(s) for |: 'type' and 'int'",
                error(() -> Abstract.binaryOp(PyInt.TYPE, i(1), dev.adder.runtime.NumberOp.OR)));
    }
}
