package dev.adder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyEllipsis;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInstance;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Types, MRO, attribute lookup and special-method slots of classes, each scenario written twice:
 * in Java against the runtime, and in Python for python3; the transcripts must be equal.
 */
class TypeModelTest {
    private final List<String> out = new ArrayList<>();

    private static PyType cls(String name, PyType... bases) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        return PyType.newHeapType(PyType.TYPE, name, bases, ns);
    }

    private static PyMethodDescr method(String name, PyMethodDescr.VarArgs f) {
        return new PyMethodDescr(PyType.OBJECT, name, (self, a, n, kw) -> f.call(self, a, n));
    }

    private void line(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p instanceof PyStr ? ((PyStr) p).value()
                    : p instanceof PyObject ? Abstract.repr((PyObject) p).value() : String.valueOf(p));
        }
        out.add(sb.toString());
    }

    private void attempt(Runnable r) {
        try {
            r.run();
            out.add("ok");
        } catch (PyException e) {
            out.add(e.getMessage().replace("\n", "|"));
        }
    }

    private static String mroNames(PyType t) {
        StringBuilder sb = new StringBuilder();
        for (PyType k : t.mro()) {
            sb.append(k.name()).append(',');
        }
        return sb.toString();
    }

    private static final String PY = String.join("\n",
            "out = []",
            "def line(*p): out.append(' '.join(repr(x) if not isinstance(x, str) else x for x in p))",
            "def attempt(f):",
            "    try:",
            "        f(); out.append('ok')",
            "    except Exception as e:",
            "        out.append((type(e).__name__ + ': ' + str(e)).replace('\\n', '|'))",
            "def names(t): return ''.join(k.__name__ + ',' for k in t.__mro__)",
            "class A: pass",
            "class B(A): pass",
            "class C(A): pass",
            "class D(B, C): pass",
            "line(names(D), names(bool), names(ExceptionGroup))",
            "line(D.__bases__, D.__base__, bool.__base__)",
            "line(issubclass(D, A), issubclass(A, D), issubclass(bool, int), issubclass(D, object))",
            "def mk(n, *bases): return lambda: type(n, bases, {})",
            "attempt(mk('E', A, B))",
            "class X: pass",
            "class Y: pass",
            "class P(X, Y): pass",
            "class Q(Y, X): pass",
            "attempt(mk('R', P, Q))",
            "attempt(mk('S', A, A))",
            "attempt(mk('T', bool))",
            "line(None, NotImplemented, ..., type(None), type(NotImplemented), type(...), int, A, type)",
            "line(type(1), type(type), type(A), type(True))",
            "attempt(lambda: setattr(int, 'x', 1))",
            "attempt(lambda: (1).x)",
            "attempt(lambda: setattr(1, 'x', 2))",
            "attempt(lambda: object().x)",
            "attempt(lambda: setattr(object(), 'x', 1))",
            "attempt(lambda: int.nope)",
            "a = A()",
            "a.x = 5",
            "line(a.x, a.__dict__, a.__class__, int.__name__, A.__name__)",
            "attempt(lambda: delattr(a, 'y'))",
            "class V:",
            "    def __add__(self, o): return 'V.add'",
            "    def __radd__(self, o): return 'V.radd'",
            "    def __eq__(self, o): return 'V.eq'",
            "    def __lt__(self, o): return NotImplemented",
            "    def __len__(self): return 3",
            "class W(V):",
            "    def __radd__(self, o): return 'W.radd'",
            "    def __gt__(self, o): return 'W.gt'",
            "v = V(); w = W()",
            "line(v + 1, 1 + v, v + w, w + v, v + v, v == 1, 1 == v, len(v), bool(v))",
            "line(v < w, w > v)",
            "attempt(lambda: v < 1)",
            "attempt(lambda: hash(v))",
            "attempt(lambda: v - 1)",
            "attempt(lambda: 1 - v)",
            "attempt(lambda: [] + v)",
            "V.__sub__ = lambda self, o: 'V.sub'",
            "line(v - 1, w - 1)",
            "class MyInt(int): pass",
            "m = MyInt('12'); m.tag = 'T'",
            "line(m + 1, type(m + 1), m.tag, m, type(m), isinstance(m, int), m == 12, -m)",
            "class MyList(list): pass",
            "ml = MyList((1, 2)); ml.append(3); ml.extra = 'E'",
            "line(ml, type(ml), len(ml), ml.extra, ml + [4], type(ml + [4]))",
            "class MyDict(dict): pass",
            "md = MyDict([('a', 1)]); md['b'] = 2",
            "line(md, type(md), md['a'], len(md))",
            "class MyStr(str): pass",
            "line(repr(MyStr('hi')), type(MyStr('hi')), repr(MyStr('hi').upper()), type(MyStr('hi').upper()), repr(MyStr('ab') + 'c'))",
            "print('\\n'.join(out))",
            "");

    @Test
    void transcriptMatchesPython() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        PyType c = cls("C", a);
        PyType d = cls("D", b, c);
        line(mroNames(d), mroNames(PyBool.TYPE), mroNames(PyExc.ExceptionGroup));
        line(PyTuple.of(d.bases()), d.base(), PyBool.TYPE.base());
        line(PyBool.of(d.isSubtype(a)), PyBool.of(a.isSubtype(d)), PyBool.of(PyBool.TYPE.isSubtype(PyInt.TYPE)),
                PyBool.of(d.isSubtype(PyType.OBJECT)));
        attempt(() -> cls("E", a, b));
        PyType x = cls("X");
        PyType y = cls("Y");
        PyType p = cls("P", x, y);
        PyType q = cls("Q", y, x);
        attempt(() -> cls("R", p, q));
        attempt(() -> cls("S", a, a));
        attempt(() -> cls("T", PyBool.TYPE));
        line(PyNone.NONE, PyNotImplemented.NOT_IMPLEMENTED, PyEllipsis.ELLIPSIS, PyNone.TYPE, PyNotImplemented.TYPE,
                PyEllipsis.TYPE, PyInt.TYPE, a, PyType.TYPE);
        line(PyInt.of(1).type(), PyType.TYPE.type(), a.type(), PyBool.TRUE.type());
        attempt(() -> Abstract.setAttr(PyInt.TYPE, PyStr.of("x"), PyInt.of(1)));
        attempt(() -> Abstract.getAttr(PyInt.of(1), "x"));
        attempt(() -> Abstract.setAttr(PyInt.of(1), PyStr.of("x"), PyInt.of(2)));
        attempt(() -> Abstract.getAttr(Abstract.call(PyType.OBJECT), "x"));
        attempt(() -> Abstract.setAttr(Abstract.call(PyType.OBJECT), PyStr.of("x"), PyInt.of(1)));
        attempt(() -> Abstract.getAttr(PyInt.TYPE, "nope"));
        PyObject ai = Abstract.call(a);
        Abstract.setAttr(ai, PyStr.of("x"), PyInt.of(5));
        line(Abstract.getAttr(ai, "x"), Abstract.getAttr(ai, "__dict__"), Abstract.getAttr(ai, "__class__"),
                Abstract.getAttr(PyInt.TYPE, "__name__"), Abstract.getAttr(a, "__name__"));
        attempt(() -> Abstract.delAttr(ai, PyStr.of("y")));

        PyDict vns = new PyDict();
        vns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        vns.setItem(PyStr.of("__add__"), method("__add__", (s, args, n) -> PyStr.of("V.add")));
        vns.setItem(PyStr.of("__radd__"), method("__radd__", (s, args, n) -> PyStr.of("V.radd")));
        vns.setItem(PyStr.of("__eq__"), method("__eq__", (s, args, n) -> PyStr.of("V.eq")));
        vns.setItem(PyStr.of("__lt__"), method("__lt__", (s, args, n) -> PyNotImplemented.NOT_IMPLEMENTED));
        vns.setItem(PyStr.of("__len__"), method("__len__", (s, args, n) -> PyInt.of(3)));
        PyType vt = PyType.newHeapType(PyType.TYPE, "V", new PyType[0], vns);
        PyDict wns = new PyDict();
        wns.setItem(PyStr.of("__radd__"), method("__radd__", (s, args, n) -> PyStr.of("W.radd")));
        wns.setItem(PyStr.of("__gt__"), method("__gt__", (s, args, n) -> PyStr.of("W.gt")));
        PyType wt = PyType.newHeapType(PyType.TYPE, "W", new PyType[] {vt}, wns);
        PyObject v = Abstract.call(vt);
        PyObject w = Abstract.call(wt);
        PyInt one = PyInt.of(1);
        line(Abstract.add(v, one), Abstract.add(one, v), Abstract.add(v, w), Abstract.add(w, v), Abstract.add(v, v),
                Abstract.richCompare(v, one, CompareOp.EQ), Abstract.richCompare(one, v, CompareOp.EQ),
                PyInt.of(Abstract.len(v)), PyBool.of(Abstract.isTrue(v)));
        line(Abstract.richCompare(v, w, CompareOp.LT), Abstract.richCompare(w, v, CompareOp.GT));
        attempt(() -> Abstract.richCompare(v, one, CompareOp.LT));
        attempt(() -> Abstract.hash(v));
        attempt(() -> Abstract.subtract(v, one));
        attempt(() -> Abstract.subtract(one, v));
        attempt(() -> Abstract.add(new PyList(), v));
        int before = wt.versionTag();
        Abstract.setAttr(vt, PyStr.of("__sub__"), method("__sub__", (s, args, n) -> PyStr.of("V.sub")));
        assertNotEquals(before, wt.versionTag(), "a base's change gives subclasses a new version tag");
        line(Abstract.subtract(v, one), Abstract.subtract(w, one));

        PyType myInt = cls("MyInt", PyInt.TYPE);
        PyObject m = Abstract.call(myInt, PyStr.of("12"));
        Abstract.setAttr(m, PyStr.of("tag"), PyStr.of("T"));
        line(Abstract.add(m, one), Abstract.add(m, one).type(), Abstract.getAttr(m, "tag"), m, m.type(),
                PyBool.of(m.type().isSubtype(PyInt.TYPE)), Abstract.richCompare(m, PyInt.of(12), CompareOp.EQ),
                Abstract.negative(m));
        PyType myList = cls("MyList", PyList.TYPE);
        PyObject ml = Abstract.call(myList, PyTuple.of(PyInt.of(1), PyInt.of(2)));
        Abstract.callMethod(ml, "append", PyInt.of(3));
        Abstract.setAttr(ml, PyStr.of("extra"), PyStr.of("E"));
        PyObject sum = Abstract.add(ml, PyList.of(PyInt.of(4)));
        line(ml, ml.type(), PyInt.of(Abstract.len(ml)), Abstract.getAttr(ml, "extra"), sum, sum.type());
        PyType myDict = cls("MyDict", PyDict.TYPE);
        PyObject md = Abstract.call(myDict, PyList.of(PyTuple.of(PyStr.of("a"), PyInt.of(1))));
        Abstract.setItem(md, PyStr.of("b"), PyInt.of(2));
        line(md, md.type(), Abstract.getItem(md, PyStr.of("a")), PyInt.of(Abstract.len(md)));
        PyType myStr = cls("MyStr", PyStr.TYPE);
        PyObject hi = Abstract.call(myStr, PyStr.of("hi"));
        PyObject up = Abstract.callMethod(hi, "upper");
        out.add(Abstract.repr(hi).value() + " " + Abstract.repr(hi.type()).value() + " " + Abstract.repr(up).value()
                + " " + Abstract.repr(up.type()).value() + " "
                + Abstract.repr(Abstract.add(Abstract.call(myStr, PyStr.of("ab")), PyStr.of("c"))).value());

        String expected = Python3.run(PY, "");
        assertEquals(expected, String.join("\n", out) + "\n");
    }

    @Test
    void iteratorAndGetattrProtocolsOfClassesMatchPython() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__iter__"), method("__iter__", (self, a, n) -> self));
        ns.setItem(PyStr.of("__next__"), method("__next__", (self, a, n) -> {
            PyDict d = self.instanceDict();
            PyInt i = (PyInt) d.getItem(PyStr.of("i"));
            if (i.value >= 3) {
                throw PyErr.of(PyExc.StopIteration);
            }
            d.setItem(PyStr.of("i"), PyInt.of(i.value + 1));
            return i;
        }));
        ns.setItem(PyStr.of("__getattr__"), method("__getattr__", (self, a, n) ->
                PyStr.of(((PyStr) a[0]).value().toUpperCase(java.util.Locale.ROOT))));
        ns.setItem(PyStr.of("__hash__"), method("__hash__", (self, a, n) -> PyInt.of(-1)));
        ns.setItem(PyStr.of("__bool__"), method("__bool__", (self, a, n) -> PyBool.FALSE));
        PyType it = PyType.newHeapType(PyType.TYPE, "It", new PyType[0], ns);
        PyObject o = Abstract.call(it);
        o.instanceDict().setItem(PyStr.of("i"), PyInt.of(0));
        PyList got = (PyList) Abstract.call(PyList.TYPE, o);
        String mine = Abstract.repr(got).value() + " " + Abstract.repr(Abstract.getAttr(o, "abc")).value() + " "
                + Abstract.repr(Abstract.getAttr(o, "i")).value() + " " + Abstract.hash(o) + " " + Abstract.repr(PyBool.of(Abstract.isTrue(o))).value();
        String py = Python3.run(String.join("\n",
                "class It:",
                "    def __iter__(self): return self",
                "    def __next__(self):",
                "        if self.i >= 3: raise StopIteration",
                "        self.i += 1",
                "        return self.i - 1",
                "    def __getattr__(self, name): return name.upper()",
                "    def __hash__(self): return -1",
                "    def __bool__(self): return False",
                "o = It(); o.i = 0",
                "print(repr(list(o)), repr(o.abc), repr(o.i), hash(o), bool(o))", ""), "");
        assertEquals(py.strip(), mine);
    }

    @Test
    void descriptorsTakePrecedenceAsInPyObjectGenericGetAttr() {
        PyType t = cls("T");
        PyObject o = Abstract.call(t);
        // a data descriptor on the type wins over the instance dict
        t.setAttribute("d", new PyGetSetDescr(PyType.OBJECT, "d", self -> PyStr.of("from descriptor"), null));
        o.instanceDict().setItem(PyStr.of("d"), PyStr.of("from dict"));
        assertEquals("from descriptor", ((PyStr) Abstract.getAttr(o, "d")).value());
        // the instance dict wins over a non-data descriptor (a method)
        t.setAttribute("m", method("m", (s, a, n) -> PyStr.of("method")));
        o.instanceDict().setItem(PyStr.of("m"), PyStr.of("from dict"));
        assertEquals("from dict", ((PyStr) Abstract.getAttr(o, "m")).value());
        o.instanceDict().delItem(PyStr.of("m"));
        PyObject bound = Abstract.getAttr(o, "m");
        assertEquals("method", ((PyStr) Abstract.call(bound)).value());
        // a plain class attribute
        t.setAttribute("k", PyInt.of(7));
        assertSame(PyInt.of(7), Abstract.getAttr(o, "k"));
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> Abstract.setAttr(o, PyStr.of("d"), PyInt.of(1)));
        assertEquals("AttributeError: attribute 'd' of 'object' objects is not writable", e.getMessage());
        assertTrue(o instanceof PyInstance);
        assertFalse(PyInt.TYPE.hasFlags(PyType.HEAPTYPE));
        assertTrue(PyInt.TYPE.hasFlags(PyType.LONG_SUBCLASS) && PyBool.TYPE.hasFlags(PyType.LONG_SUBCLASS));
    }
}
