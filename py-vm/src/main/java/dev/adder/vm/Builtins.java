package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyEllipsis;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PySlice;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.internal.Format;
import dev.adder.vm.internal.JavaIter;
import dev.adder.vm.internal.PyRange;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The {@code builtins} module: functions, types and constants.
 *
 * <p>CPython: Python/bltinmodule.c.
 */
final class Builtins {
    private Builtins() {
    }

    private static PyDict dict;
    private static PyModule module;

    static void install(InterpreterState interp) {
        dict = interp.builtins;
        module = interp.builtinsModule;
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE,
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZENSET_TYPE, PySlice.TYPE, PyRange.TYPE};
        for (PyType t : types) {
            dict.setItem(PyStr.of(t.name()), t);
        }
        for (PyType t : PyExc.ALL) {
            dict.setItem(PyStr.of(t.name()), t);
        }
        dict.setItem(PyStr.of("enumerate"), JavaIter.ENUMERATE);
        dict.setItem(PyStr.of("zip"), JavaIter.ZIP);
        dict.setItem(PyStr.of("map"), JavaIter.MAP);
        dict.setItem(PyStr.of("filter"), JavaIter.FILTER);
        dict.setItem(PyStr.of("reversed"), JavaIter.REVERSED);
        dict.setItem(PyStr.of("None"), PyNone.NONE);
        dict.setItem(PyStr.of("True"), PyBool.TRUE);
        dict.setItem(PyStr.of("False"), PyBool.FALSE);
        dict.setItem(PyStr.of("Ellipsis"), PyEllipsis.ELLIPSIS);
        dict.setItem(PyStr.of("NotImplemented"), PyNotImplemented.NOT_IMPLEMENTED);
        dict.setItem(PyStr.of("__debug__"), PyBool.TRUE);
        JavaIter.ENUMERATE.tp_new = Builtins::enumerate;
        JavaIter.ZIP.tp_new = Builtins::zip;
        JavaIter.MAP.tp_new = Builtins::map;
        JavaIter.FILTER.tp_new = Builtins::filter;
        JavaIter.REVERSED.tp_new = Builtins::reversed;

        def("print", Builtins::print);
        def("__build_class__", Builtins::buildClass);
        one("len", o -> PyInt.of(Abstract.len(o)));
        one("repr", Abstract::repr);
        one("ascii", o -> PyStr.of(Format.ascii(Abstract.repr(o).value())));
        one("hash", o -> PyInt.of(Abstract.hash(o)));
        one("id", o -> PyInt.of(System.identityHashCode(o)));
        one("abs", Abstract::absolute);
        one("callable", o -> PyBool.of(o.type().tp_call != null));
        one("chr", o -> {
            long c = Abstract.index(o).clampedLong();
            if (c < 0 || c > 0x10ffff) {
                throw PyErr.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoint((int) c);
        });
        one("ord", o -> {
            if (o instanceof PyStr s && s.length() == 1) {
                return PyInt.of(s.codePointAt(0));
            }
            if (o instanceof PyStr s) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", s.length());
            }
            throw PyErr.typeError("ord() expected string of length 1, but %s found", o.type().name());
        });
        one("hex", o -> PyStr.of(radix(Abstract.index(o), 16, "0x")));
        one("oct", o -> PyStr.of(radix(Abstract.index(o), 8, "0o")));
        one("bin", o -> PyStr.of(radix(Abstract.index(o), 2, "0b")));
        one("any", o -> {
            PyObject it = Abstract.iter(o);
            for (PyObject x = CevalOps.iterNext(it); x != null; x = CevalOps.iterNext(it)) {
                if (Abstract.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        one("all", o -> {
            PyObject it = Abstract.iter(o);
            for (PyObject x = CevalOps.iterNext(it); x != null; x = CevalOps.iterNext(it)) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        def("isinstance", (self, a, n, kw) -> {
            fixed("isinstance", n, kw, 2);
            return PyBool.of(isInstance(a[0], a[1]));
        });
        def("issubclass", (self, a, n, kw) -> {
            fixed("issubclass", n, kw, 2);
            if (!(a[0] instanceof PyType t)) {
                throw PyErr.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(isSubclass(t, a[1]));
        });
        def("divmod", (self, a, n, kw) -> {
            fixed("divmod", n, kw, 2);
            return Abstract.divmod(a[0], a[1]);
        });
        def("pow", (self, a, n, kw) -> {
            fixed("pow", n, kw, 2);
            return Abstract.power(a[0], a[1]);
        });
        def("getattr", (self, a, n, kw) -> {
            range("getattr", n, kw, 2, 3);
            PyStr name = attrName(a[1], "getattr(): attribute name must be string");
            if (n == 3) {
                PyObject v = Abstract.lookupAttr(a[0], name);
                return v == null ? a[2] : v;
            }
            return Abstract.getAttr(a[0], name);
        });
        def("hasattr", (self, a, n, kw) -> {
            fixed("hasattr", n, kw, 2);
            return PyBool.of(Abstract.lookupAttr(a[0], attrName(a[1], "hasattr(): attribute name must be string"))
                    != null);
        });
        def("setattr", (self, a, n, kw) -> {
            fixed("setattr", n, kw, 3);
            Abstract.setAttr(a[0], attrName(a[1], "attribute name must be string, not '" + a[1].type().name()
                    + "'"), a[2]);
            return PyNone.NONE;
        });
        def("delattr", (self, a, n, kw) -> {
            fixed("delattr", n, kw, 2);
            Abstract.delAttr(a[0], attrName(a[1], "attribute name must be string, not '" + a[1].type().name()
                    + "'"));
            return PyNone.NONE;
        });
        def("iter", (self, a, n, kw) -> {
            range("iter", n, kw, 1, 1);
            return Abstract.iter(a[0]);
        });
        def("next", (self, a, n, kw) -> {
            range("next", n, kw, 1, 2);
            Slots.IterNextFunc f = a[0].type().tp_iternext;
            if (f == null) {
                throw PyErr.typeError("'%s' object is not an iterator", a[0].type().name());
            }
            PyObject v = f.next(a[0]);
            if (v == null) {
                if (n == 2) {
                    return a[1];
                }
                throw PyGenerator.stopIteration(PyGenerator.lastReturnValue(a[0]));
            }
            return v;
        });
        def("format", (self, a, n, kw) -> {
            range("format", n, kw, 1, 2);
            return Format.format(a[0], n == 2 ? ((PyStr) a[1]).value() : "");
        });
        def("round", Builtins::round);
        def("min", (self, a, n, kw) -> minMax("min", a, n, kw, CompareOp.LT));
        def("max", (self, a, n, kw) -> minMax("max", a, n, kw, CompareOp.GT));
        def("sum", Builtins::sum);
        def("sorted", (self, a, n, kw) -> {
            if (n != 1) {
                throw PyErr.typeError(n == 0 ? "sorted expected 1 argument, got 0"
                        : "sorted expected 1 argument, got " + n);
            }
            PyObject key = null;
            boolean reverse = false;
            for (int i = 0; kw != null && i < kw.size(); i++) {
                String k = ((PyStr) kw.get(i)).value();
                if (k.equals("key")) {
                    key = a[n + i] == PyNone.NONE ? null : a[n + i];
                } else if (k.equals("reverse")) {
                    reverse = Abstract.isTrue(a[n + i]);
                } else {
                    throw PyErr.typeError("sort() got an unexpected keyword argument '%s'", k);
                }
            }
            PyList l = new PyList();
            l.extend(a[0]);
            l.sort(key, reverse);
            return l;
        });
        def("globals", (self, a, n, kw) -> ThreadState.current().frame.globals);
        def("locals", (self, a, n, kw) -> {
            Frame f = ThreadState.current().frame;
            return f.locals != null ? f.locals : fastLocals(f);
        });
        def("exit", Builtins::exit);
        def("quit", Builtins::exit);
    }

    private static PyObject exit(PyObject self, PyObject[] a, int n, PyTuple kw) {
        throw PyErr.of(PyExc.SystemExit, n == 0 ? new PyObject[0] : new PyObject[] {a[0]});
    }

    private static PyDict fastLocals(Frame f) {
        PyDict d = new PyDict();
        for (int i = 0; i < f.code.nlocals; i++) {
            if (f.localsplus[i] != null) {
                d.setItem(f.code.varnames[i], f.localsplus[i]);
            }
        }
        return d;
    }

    static String funcDesc(PyObject fn) {
        if (fn instanceof PyFunction f) {
            return f.qualname + "()";
        }
        if (fn instanceof PyBuiltinFunction b) {
            return b.name() + "()";
        }
        return fn.type().name() + " object";
    }

    private static void def(String name, PyBuiltinFunction.Impl impl) {
        dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, module, impl));
    }

    private static void one(String name, Slots.UnaryFunc f) {
        def(name, (self, a, n, kw) -> {
            noKw(name, kw);
            if (n != 1) {
                throw PyErr.typeError("%s() takes exactly one argument (%d given)", name, n);
            }
            return f.apply(a[0]);
        });
    }

    private static void noKw(String name, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    private static void fixed(String name, int n, PyTuple kw, int k) {
        noKw(name, kw);
        if (n != k) {
            throw PyErr.typeError("%s expected %d argument%s, got %d", name, k, k == 1 ? "" : "s", n);
        }
    }

    private static void range(String name, int n, PyTuple kw, int min, int max) {
        noKw(name, kw);
        if (n < min) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                    min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                    max == 1 ? "" : "s", n);
        }
    }

    private static PyStr attrName(PyObject o, String msg) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("%s", msg);
    }

    private static String radix(PyInt i, int radix, String prefix) {
        java.math.BigInteger b = i.bigValue();
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            return o.type().isSubtype(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items()) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(PyType t, PyObject cls) {
        if (cls instanceof PyType c) {
            return t.isSubtype(c);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items()) {
                if (isSubclass(t, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static PyObject print(PyObject self, PyObject[] a, int n, PyTuple kw) {
        String sep = " ";
        String end = "\n";
        PyObject file = PyNone.NONE;
        boolean flush = false;
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            PyObject v = a[n + i];
            switch (k) {
                case "sep":
                    sep = strOrNone(v, "sep", " ");
                    break;
                case "end":
                    end = strOrNone(v, "end", "\n");
                    break;
                case "file":
                    file = v;
                    break;
                case "flush":
                    flush = Abstract.isTrue(v);
                    break;
                default:
                    throw PyErr.typeError("'%s' is an invalid keyword argument for print()", k);
            }
        }
        if (file == PyNone.NONE) {
            file = ThreadState.current().interp.sys.dict.getItem(PyStr.of("stdout"));
            if (file == null || file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Abstract.str(a[i]).value());
        }
        sb.append(end);
        if (file instanceof PyTextStream ts) {
            ts.write(sb.toString());
            if (flush) {
                ts.flush();
            }
        } else {
            Abstract.callMethod(file, "write", PyStr.of(sb.toString()));
            if (flush) {
                Abstract.callMethod(file, "flush");
            }
        }
        return PyNone.NONE;
    }

    private static String strOrNone(PyObject v, String what, String dflt) {
        if (v == PyNone.NONE) {
            return dflt;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s must be None or a string, not %s", what, v.type().name());
    }

    private static PyObject round(PyObject self, PyObject[] a, int n, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyErr.typeError("round() takes no keyword arguments");
        }
        if (n < 1 || n > 2) {
            throw PyErr.typeError("round() takes at most 2 arguments (%d given)", n);
        }
        PyObject x = a[0];
        boolean noDigits = n == 1 || a[1] == PyNone.NONE;
        if (x instanceof PyInt i) {
            if (noDigits) {
                return i.exact();
            }
            long d = Abstract.index(a[1]).clampedLong();
            if (d >= 0) {
                return i.exact();
            }
            BigDecimal r = new BigDecimal(i.bigValue()).setScale((int) d, RoundingMode.HALF_EVEN);
            return PyInt.of(r.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            double v = f.value;
            if (noDigits) {
                if (Double.isNaN(v)) {
                    throw PyErr.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(v)) {
                    throw PyErr.overflowError("cannot convert float infinity to integer");
                }
                return PyInt.of(new BigDecimal(Math.rint(v)).toBigInteger());
            }
            long d = Abstract.index(a[1]).clampedLong();
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
                return f;
            }
            if (d > 330) {
                return f;
            }
            if (d < -330) {
                return PyFloat.of(0.0 * v);
            }
            BigDecimal r = new BigDecimal(v).setScale((int) d, RoundingMode.HALF_EVEN);
            return PyFloat.of(r.doubleValue());
        }
        PyObject m = x.type().lookup("__round__");
        if (m == null) {
            throw PyErr.typeError("type %s doesn't define __round__ method", x.type().name());
        }
        return noDigits ? HeapTypeCall.call(m, x) : HeapTypeCall.call(m, x, a[1]);
    }

    private static PyObject minMax(String name, PyObject[] a, int n, PyTuple kw, CompareOp op) {
        PyObject key = null;
        PyObject dflt = null;
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            if (k.equals("key")) {
                key = a[n + i] == PyNone.NONE ? null : a[n + i];
            } else if (k.equals("default")) {
                dflt = a[n + i];
            } else {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", name, k);
            }
        }
        if (n == 0) {
            throw PyErr.typeError("%s expected at least 1 argument, got 0", name);
        }
        if (n > 1 && dflt != null) {
            throw PyErr.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = Abstract.iter(n == 1 ? a[0] : PyTuple.of(java.util.Arrays.copyOf(a, n)));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = CevalOps.iterNext(it); x != null; x = CevalOps.iterNext(it)) {
            PyObject k = key == null ? x : Abstract.call(key, x);
            if (best == null || Abstract.richCompareBool(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErr.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    private static PyObject sum(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject start = PyInt.ZERO;
        if (kw != null && kw.size() > 0) {
            if (kw.size() == 1 && ((PyStr) kw.get(0)).value().equals("start")) {
                start = a[n];
            } else {
                throw PyErr.typeError("sum() got an unexpected keyword argument '%s'", ((PyStr) kw.get(0)).value());
            }
        }
        if (n < 1 || n > 2) {
            throw PyErr.typeError("sum() takes at most 2 arguments (%d given)", n);
        }
        if (n == 2) {
            start = a[1];
        }
        if (start instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject it = Abstract.iter(a[0]);
        PyObject acc = start;
        for (PyObject x = CevalOps.iterNext(it); x != null; x = CevalOps.iterNext(it)) {
            acc = Abstract.add(acc, x);
        }
        return acc;
    }

    private static PyObject enumerate(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject start = n > 1 ? a[1] : PyInt.ZERO;
        if (kw != null && kw.size() == 1 && ((PyStr) kw.get(0)).value().equals("start")) {
            start = a[n];
        }
        if (n < 1) {
            throw PyErr.typeError("enumerate() missing required argument 'iterable' (pos 1)");
        }
        PyObject it = Abstract.iter(a[0]);
        PyObject[] count = {Abstract.index(start)};
        return new JavaIter(JavaIter.ENUMERATE, () -> {
            PyObject v = CevalOps.iterNext(it);
            if (v == null) {
                return null;
            }
            PyObject i = count[0];
            count[0] = Abstract.add(i, PyInt.ONE);
            return PyTuple.of(i, v);
        });
    }

    private static PyObject zip(PyType type, PyObject[] a, int n, PyTuple kw) {
        PyObject[] its = new PyObject[n];
        for (int i = 0; i < n; i++) {
            its[i] = Abstract.iter(a[i]);
        }
        return new JavaIter(JavaIter.ZIP, () -> {
            if (n == 0) {
                return null;
            }
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = CevalOps.iterNext(its[i]);
                if (items[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(items);
        });
    }

    private static PyObject map(PyType type, PyObject[] a, int n, PyTuple kw) {
        if (n < 2) {
            throw PyErr.typeError("map() must have at least two arguments.");
        }
        PyObject fn = a[0];
        PyObject[] its = new PyObject[n - 1];
        for (int i = 1; i < n; i++) {
            its[i - 1] = Abstract.iter(a[i]);
        }
        return new JavaIter(JavaIter.MAP, () -> {
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                items[i] = CevalOps.iterNext(its[i]);
                if (items[i] == null) {
                    return null;
                }
            }
            return Abstract.call(fn, items);
        });
    }

    private static PyObject filter(PyType type, PyObject[] a, int n, PyTuple kw) {
        if (n != 2) {
            throw PyErr.typeError("filter expected 2 arguments, got %d", n);
        }
        PyObject fn = a[0];
        PyObject it = Abstract.iter(a[1]);
        return new JavaIter(JavaIter.FILTER, () -> {
            for (PyObject v = CevalOps.iterNext(it); v != null; v = CevalOps.iterNext(it)) {
                if (Abstract.isTrue(fn == PyNone.NONE ? v : Abstract.call(fn, v))) {
                    return v;
                }
            }
            return null;
        });
    }

    private static PyObject reversed(PyType type, PyObject[] a, int n, PyTuple kw) {
        if (n != 1) {
            throw PyErr.typeError("reversed expected 1 argument, got %d", n);
        }
        PyObject seq = a[0];
        PyObject m = seq.type().lookup("__reversed__");
        if (m != null && !(seq instanceof PyList)) {
            return HeapTypeCall.call(m, seq);
        }
        int[] i = {Abstract.len(seq)};
        return new JavaIter(JavaIter.REVERSED, () -> {
            if (--i[0] < 0) {
                return null;
            }
            if (i[0] >= Abstract.len(seq)) {
                i[0] = -1;
                return null;
            }
            return Abstract.getItem(seq, PyInt.of(i[0]));
        });
    }

    /** {@code __build_class__(func, name, *bases)}: runs the class body and makes the class. */
    private static PyObject buildClass(PyObject self, PyObject[] a, int n, PyTuple kw) {
        if (n < 2) {
            throw PyErr.typeError("__build_class__: not enough arguments");
        }
        if (!(a[0] instanceof PyFunction fn)) {
            throw PyErr.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof PyStr name)) {
            throw PyErr.typeError("__build_class__: name is not a string");
        }
        PyType[] bases = new PyType[n - 2];
        for (int i = 2; i < n; i++) {
            if (!(a[i] instanceof PyType t)) {
                throw PyErr.typeError("bases must be types");
            }
            bases[i - 2] = t;
        }
        PyDict ns = new PyDict();
        Frame f = new Frame(fn.code, fn.globals, fn.builtins, ns);
        if (fn.code.ncells + fn.code.nfree > 0) {
            CevalOps.setupCells(fn, f.localsplus);
        }
        PyObject cell = Ceval.eval(ThreadState.current(), f);
        PyType t = PyType.newHeapType(PyType.TYPE, name.value(), bases, ns);
        PyObject qn = ns.getItem(PyStr.of("__qualname__"));
        if (qn instanceof PyStr q) {
            t.setQualname(q.value());
        }
        if (cell instanceof PyCell c) {
            c.ref = t;
        }
        return t;
    }
}
