package dev.adder.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMappingProxy;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyProperty;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PyStaticMethod;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PySuper;
import dev.adder.runtime.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The object model without the VM: slot wrappers of builtin types, {@code type.__new__} with
 * {@code __slots__} and metaclass checks, {@code object.__new__}/{@code __init__} argument rules,
 * descriptors ({@code property}, {@code staticmethod}, {@code classmethod}, {@code super}) and the
 * builtin exceptions' attributes. Each scenario is written in Java against the runtime and in
 * Python for python3; the transcripts must be equal.
 */
class ObjectModelTest {
    private final List<String> out = new ArrayList<>();

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

    private void attempt(java.util.function.Supplier<Object> r) {
        try {
            Object v = r.get();
            out.add(v instanceof PyObject ? Abstract.repr((PyObject) v).value() : "None");
        } catch (PyException e) {
            out.add(e.value.type().name() + ": " + Abstract.str(e.value).value());
        }
    }

    private static PyObject attr(PyObject o, String n) {
        return Abstract.getAttr(o, n);
    }

    private static PyObject call(PyObject f, PyObject... a) {
        return Abstract.call(f, a);
    }

    private static PyType cls(String name, PyType[] bases, PyDict ns) {
        ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        return (PyType) call(PyType.TYPE, PyStr.of(name), PyTuple.of(bases), ns);
    }

    private static PyDict ns(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.setItem(PyStr.of((String) kv[i]), (PyObject) kv[i + 1]);
        }
        return d;
    }

    private static PyBuiltinFunction fn(String name, java.util.function.Function<PyObject[], PyObject> f) {
        return new PyBuiltinFunction(name, name, null, (self, a, n, kw) -> f.apply(java.util.Arrays.copyOf(a, n)));
    }

    private static final String PY = String.join("\n",
            "out = []",
            "def line(*p): out.append(' '.join(repr(x) if not isinstance(x, str) else x for x in p))",
            "def attempt(f):",
            "    try:",
            "        v = f(); out.append(repr(v))",
            "    except Exception as e:",
            "        out.append(type(e).__name__ + ': ' + str(e))",
            "line(int.__add__, (2).__add__(3), int.__add__(4, 5), (1).__add__('a'), list.__len__([1, 2]))",
            "attempt(lambda: int.__add__('a', 1))",
            "attempt(lambda: int.__add__(1))",
            "attempt(lambda: (1).__add__(1, 2))",
            "line(object.__eq__(1, 1), object.__eq__(1, 2), list.__hash__, float.__neg__(2.5))",
            "line('__radd__' in int.__dict__, '__hash__' in set.__dict__, set.__hash__, type(int.__dict__))",
            "attempt(lambda: int.__new__(str))",
            "attempt(lambda: object.__new__(int))",
            "A = type('A', (), {'__module__': '__main__'})",
            "attempt(lambda: A(1))",
            "attempt(lambda: object.__init__(A(), 1))",
            "line(type(A.__dict__), A.__dict__['__module__'], A.__qualname__, A.__doc__)",
            "S = type('S', (), {'__module__': '__main__', '__slots__': ('b', 'a')})",
            "s = S()",
            "attempt(lambda: s.a)",
            "attempt(lambda: setattr(s, 'c', 1))",
            "setattr(s, 'a', 5)",
            "line(s.a, sorted(k for k in S.__dict__ if k in ('a', 'b', '__dict__')), hasattr(s, '__dict__'))",
            "attempt(lambda: type('T', (), {'__slots__': ('x',), 'x': 1}))",
            "attempt(lambda: type('T', (int,), {'__slots__': ('x',)}))",
            "attempt(lambda: type('T', (), {'__slots__': (3,)}))",
            "M1 = type('M1', (type,), {}); M2 = type('M2', (type,), {})",
            "X1 = M1('X1', (), {}); X2 = M2('X2', (), {})",
            "attempt(lambda: type('X3', (X1, X2), {}))",
            "E = type('E', (), {'__module__': '__main__', '__eq__': lambda s, o: True})",
            "line(E.__hash__)",
            "attempt(lambda: hash(E()))",
            "P = type('P', (), {'__module__': '__main__', 'v': property(len)})",
            "attempt(lambda: setattr(P(), 'v', 1))",
            "attempt(lambda: P.v.__get__([1, 2, 3]))",
            "line(staticmethod(len).__get__(None, P) is len, type(classmethod(len).__get__(None, P)).__name__)",
            "attempt(lambda: super(int, 'x'))",
            "line(super(bool, True).__thisclass__, super(bool, True).__self_class__)",
            "line(type(OSError(2, 'x')), str(OSError(2, 'No such file or directory', 'f')), OSError(13, 'p').args)",
            "line(type(OSError(99999, 'x')), str(OSError('plain')), str(OSError(1, 'a', 'b', None, 'c')))",
            "e = ExceptionGroup('g', [ValueError(1), TypeError(2)])",
            "line(str(e), e.exceptions, e.split(ValueError), type(BaseExceptionGroup('b', [ValueError()])))",
            "attempt(lambda: ExceptionGroup('g', [KeyboardInterrupt()]))",
            "attempt(lambda: ExceptionGroup('g', []))",
            "attempt(lambda: ValueError().add_note(1))",
            "line(str(KeyError('k')), StopIteration(7).value, SystemExit(2).code, str(SyntaxError('m', ('a/f.py', 3, 1, 't'))))",
            "line(str(UnicodeEncodeError('ascii', 'h\\xe9', 1, 2, 'bad')))",
            "print('\\n'.join(out))",
            "");

    @Test
    void transcriptMatchesPython() {
        PyInt one = PyInt.of(1);
        line(attr(PyInt.TYPE, "__add__"), call(attr(PyInt.of(2), "__add__"), PyInt.of(3)),
                call(attr(PyInt.TYPE, "__add__"), PyInt.of(4), PyInt.of(5)),
                call(attr(one, "__add__"), PyStr.of("a")), call(attr(PyList.TYPE, "__len__"),
                        PyList.of(one, one)));
        attempt(() -> call(attr(PyInt.TYPE, "__add__"), PyStr.of("a"), one));
        attempt(() -> call(attr(PyInt.TYPE, "__add__"), one));
        attempt(() -> call(attr(one, "__add__"), one, one));
        line(call(attr(PyType.OBJECT, "__eq__"), one, one), call(attr(PyType.OBJECT, "__eq__"), one, PyInt.of(2)),
                attr(PyList.TYPE, "__hash__"), call(attr(PyFloat.TYPE, "__neg__"), PyFloat.of(2.5)));
        line(PyBool.of(PyInt.TYPE.dict().getItem(PyStr.of("__radd__")) != null),
                PyBool.of(PySet.TYPE.dict().getItem(PyStr.of("__hash__")) != null), attr(PySet.TYPE, "__hash__"),
                attr(PyInt.TYPE, "__dict__").type());
        attempt(() -> call(attr(PyInt.TYPE, "__new__"), PyStr.TYPE));
        attempt(() -> call(attr(PyType.OBJECT, "__new__"), PyInt.TYPE));
        PyType a = cls("A", new PyType[0], ns());
        attempt(() -> call(a, one));
        attempt(() -> call(attr(PyType.OBJECT, "__init__"), call(a), one));
        line(attr(a, "__dict__").type(), Abstract.getItem(attr(a, "__dict__"), PyStr.of("__module__")),
                attr(a, "__qualname__"), attr(a, "__doc__"));
        PyType s = cls("S", new PyType[0], ns("__slots__", PyTuple.of(PyStr.of("b"), PyStr.of("a"))));
        PyObject si = call(s);
        attempt(() -> attr(si, "a"));
        attempt(() -> {
            Abstract.setAttr(si, PyStr.of("c"), one);
            return null;
        });
        Abstract.setAttr(si, PyStr.of("a"), PyInt.of(5));
        line(attr(si, "a"), PyList.of(PyStr.of("a"), PyStr.of("b")),
                PyBool.of(Abstract.lookupAttr(si, PyStr.of("__dict__")) != null));
        attempt(() -> cls("T", new PyType[0], ns("__slots__", PyTuple.of(PyStr.of("x")), "x", one)));
        attempt(() -> cls("T", new PyType[] {PyInt.TYPE}, ns("__slots__", PyTuple.of(PyStr.of("x")))));
        attempt(() -> cls("T", new PyType[0], ns("__slots__", PyTuple.of(PyInt.of(3)))));
        PyType m1 = (PyType) call(PyType.TYPE, PyStr.of("M1"), PyTuple.of(PyType.TYPE), new PyDict());
        PyType m2 = (PyType) call(PyType.TYPE, PyStr.of("M2"), PyTuple.of(PyType.TYPE), new PyDict());
        PyType x1 = (PyType) call(m1, PyStr.of("X1"), PyTuple.EMPTY, new PyDict());
        PyType x2 = (PyType) call(m2, PyStr.of("X2"), PyTuple.EMPTY, new PyDict());
        attempt(() -> cls("X3", new PyType[] {x1, x2}, ns()));
        PyType e = cls("E", new PyType[0], ns("__eq__", fn("eq", v -> PyBool.TRUE)));
        line(attr(e, "__hash__"));
        attempt(() -> PyInt.of(Abstract.hash(call(e))));
        PyProperty prop = (PyProperty) call(PyProperty.TYPE, fn("len", v -> PyInt.of(Abstract.len(v[0]))));
        PyType p = cls("P", new PyType[0], ns("v", prop));
        attempt(() -> {
            Abstract.setAttr(call(p), PyStr.of("v"), one);
            return null;
        });
        attempt(() -> call(attr(prop, "__get__"), PyList.of(one, one, one)));
        PyBuiltinFunction len = fn("len", v -> PyInt.of(Abstract.len(v[0])));
        line(PyBool.of(PyStaticMethod.TYPE.tp_descr_get.get(PyStaticMethod.staticMethod(len), null, p) == len),
                PyStr.of(PyStaticMethod.CLASSMETHOD.tp_descr_get.get(PyStaticMethod.classMethod(len), null, p).type()
                        .name().equals("builtin_function_or_method") ? "method" : "?"));
        attempt(() -> call(PySuper.TYPE, PyInt.TYPE, PyStr.of("x")));
        PyObject sup = call(PySuper.TYPE, PyBool.TYPE, PyBool.TRUE);
        line(attr(sup, "__thisclass__"), attr(sup, "__self_class__"));
        line(PyBaseException.of(PyExc.OSError, PyInt.of(2), PyStr.of("x")).type(),
                PyStr.of(Abstract.str(call(PyExc.OSError, PyInt.of(2), PyStr.of("No such file or directory"),
                        PyStr.of("f"))).value()),
                attr(call(PyExc.OSError, PyInt.of(13), PyStr.of("p")), "args"));
        line(call(PyExc.OSError, PyInt.of(99999), PyStr.of("x")).type(),
                PyStr.of(Abstract.str(call(PyExc.OSError, PyStr.of("plain"))).value()),
                PyStr.of(Abstract.str(call(PyExc.OSError, one, PyStr.of("a"), PyStr.of("b"), PyNone.NONE,
                        PyStr.of("c"))).value()));
        PyObject g = call(PyExc.ExceptionGroup, PyStr.of("g"), PyList.of(call(PyExc.ValueError, one),
                call(PyExc.TypeError, PyInt.of(2))));
        line(PyStr.of(Abstract.str(g).value()), attr(g, "exceptions"), call(attr(g, "split"), PyExc.ValueError),
                call(PyExc.BaseExceptionGroup, PyStr.of("b"), PyList.of(call(PyExc.ValueError))).type());
        attempt(() -> call(PyExc.ExceptionGroup, PyStr.of("g"), PyList.of(call(PyExc.KeyboardInterrupt))));
        attempt(() -> call(PyExc.ExceptionGroup, PyStr.of("g"), new PyList()));
        attempt(() -> call(attr(call(PyExc.ValueError), "add_note"), one));
        line(PyStr.of(Abstract.str(call(PyExc.KeyError, PyStr.of("k"))).value()),
                attr(call(PyExc.StopIteration, PyInt.of(7)), "value"), attr(call(PyExc.SystemExit, PyInt.of(2)), "code"),
                PyStr.of(Abstract.str(call(PyExc.SyntaxError, PyStr.of("m"), PyTuple.of(PyStr.of("a/f.py"), PyInt.of(3),
                        one, PyStr.of("t")))).value()));
        line(PyStr.of(Abstract.str(call(PyExc.UnicodeEncodeError, PyStr.of("ascii"), PyStr.of("h\u00e9"), one,
                PyInt.of(2), PyStr.of("bad"))).value()));
        String expected = Python3.run(PY, "");
        assertEquals(expected, String.join("\n", out) + "\n");
    }

    /** Every builtin type readied during start-up has a real dictionary and attribute access. */
    @Test
    void builtinTypesAreComplete() {
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE,
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZENSET_TYPE, PyNone.TYPE,
            PyProperty.TYPE, PyStaticMethod.TYPE, PySuper.TYPE, PyMappingProxy.TYPE, PyExc.BaseException,
            PyExc.OSError, PyExc.ExceptionGroup, PyBuiltinFunction.TYPE};
        for (PyType t : types) {
            assertNotNull(t.tp_getattro, t.name());
            assertSame(PyDict.TYPE, t.dict().type(), t.name());
            assertNotNull(t.lookup("__repr__"), t.name());
        }
        assertSame(PyType.OBJECT.lookup("__init__"), PyInt.TYPE.lookup("__init__"));
        assertEquals("<slot wrapper '__init__' of 'object' objects>",
                Abstract.repr(PyType.OBJECT.lookup("__init__")).value());
    }
}
