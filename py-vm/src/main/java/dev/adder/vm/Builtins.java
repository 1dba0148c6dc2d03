package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.CompareOp;
import dev.adder.runtime.HeapTypeSlots;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.Slots;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.IntOps;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyCallableIterator;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyEllipsis;
import dev.adder.runtime.objects.PyEnumerate;
import dev.adder.runtime.objects.PyFilter;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMap;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyNotImplemented;
import dev.adder.runtime.objects.PyRange;
import dev.adder.runtime.objects.PyReversed;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PySlice;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.runtime.objects.PyUnionType;
import dev.adder.runtime.objects.PyZip;
import dev.adder.vm.internal.ObjectIds;
import dev.adder.vm.internal.SiteBuiltins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The {@code builtins} module: functions, types and constants. {@code compile}, {@code exec}
 * and {@code eval} are in {@link BuiltinsCompile}.
 *
 * <p>CPython: Python/bltinmodule.c; the site builtins ({@code exit}, {@code help}, ...) come from
 * Lib/_sitebuiltins.py.
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
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZENSET_TYPE, PySlice.TYPE, PyRange.TYPE,
            PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE,
            dev.adder.runtime.objects.PyBytes.TYPE, dev.adder.runtime.objects.PyByteArray.TYPE,
            dev.adder.runtime.objects.PyMemoryView.TYPE, dev.adder.runtime.objects.PyComplex.TYPE};

        for (PyType t : types) {
            dict.setItem(PyStr.of(t.name()), t);
        }
        if (dict.getItem(PyStr.of("bytes")) == null) {
            dict.setItem(PyStr.of("bytes"), PyBytes.TYPE);
        }
        for (PyType t : PyExc.ALL) {
            dict.setItem(PyStr.of(t.name()), t);
        }
        dict.setItem(PyStr.of("None"), PyNone.NONE);
        dict.setItem(PyStr.of("True"), PyBool.TRUE);
        dict.setItem(PyStr.of("False"), PyBool.FALSE);
        dict.setItem(PyStr.of("Ellipsis"), PyEllipsis.ELLIPSIS);
        dict.setItem(PyStr.of("NotImplemented"), PyNotImplemented.NOT_IMPLEMENTED);
        dict.setItem(PyStr.of("__debug__"), PyBool.TRUE);
        dict.setItem(PyStr.of("__package__"), PyStr.EMPTY);
        dict.setItem(PyStr.of("__loader__"), PyNone.NONE);
        dict.setItem(PyStr.of("__spec__"), PyNone.NONE);
        PyUnionType.installTypeOr();
        dev.adder.runtime.objects.PyGenericAlias.install();
        BuiltinsCompile.installSyntaxErrorStr();

        SuperSupport.install(dict);
        def("print", Builtins::print);
        def("input", Builtins::input);
        // replaced by _io.open when the _io module is imported (the first call imports it)
        def("open", (self, a, n, kw) -> Abstract.call(
                Abstract.getAttr(Import.importModule(ThreadState.current(), "_io"), "open"), a, n, kw));
        def("__build_class__", Builtins::buildClass);
        one("len", Builtins::len);
        one("repr", Abstract::repr);
        one("ascii", o -> PyStr.of(dev.adder.runtime.objects.Formatter.ascii(Abstract.repr(o).value())));
        one("hash", o -> PyInt.of(Abstract.hash(o)));
        one("id", o -> PyInt.of(ObjectIds.id(o)));
        one("abs", Abstract::absolute);
        one("callable", o -> PyBool.of(o.type().tp_call != null));
        one("chr", Builtins::chr);
        one("ord", Builtins::ord);
        one("hex", o -> PyStr.of(radix(Abstract.index(o), 16, "0x")));
        one("oct", o -> PyStr.of(radix(Abstract.index(o), 8, "0o")));
        one("bin", o -> PyStr.of(radix(Abstract.index(o), 2, "0b")));
        one("any", o -> {
            PyObject it = Abstract.iter(o);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (Abstract.isTrue(x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        one("all", o -> {
            PyObject it = Abstract.iter(o);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (!Abstract.isTrue(x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        one("aiter", Builtins::aiter);
        def("anext", Builtins::anext);
        def("isinstance", (self, a, n, kw) -> {
            BuiltinArgs.positional("isinstance", n, kw, 2, 2);
            return PyBool.of(isInstance(a[0], a[1]));
        });
        def("issubclass", (self, a, n, kw) -> {
            BuiltinArgs.positional("issubclass", n, kw, 2, 2);
            return PyBool.of(isSubclass(a[0], a[1]));
        });
        def("divmod", (self, a, n, kw) -> {
            BuiltinArgs.positional("divmod", n, kw, 2, 2);
            return Abstract.divmod(a[0], a[1]);
        });
        def("pow", Builtins::pow);
        def("getattr", (self, a, n, kw) -> {
            BuiltinArgs.positional("getattr", n, kw, 2, 3);
            PyStr name = attrName(a[1]);
            if (n == 3) {
                PyObject v = Abstract.lookupAttr(a[0], name);
                return v == null ? a[2] : v;
            }
            return Abstract.getAttr(a[0], name);
        });
        def("hasattr", (self, a, n, kw) -> {
            BuiltinArgs.positional("hasattr", n, kw, 2, 2);
            return PyBool.of(Abstract.lookupAttr(a[0], attrName(a[1])) != null);
        });
        def("setattr", (self, a, n, kw) -> {
            BuiltinArgs.positional("setattr", n, kw, 3, 3);
            Abstract.setAttr(a[0], attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        def("delattr", (self, a, n, kw) -> {
            BuiltinArgs.positional("delattr", n, kw, 2, 2);
            Abstract.delAttr(a[0], attrName(a[1]));
            return PyNone.NONE;
        });
        def("iter", (self, a, n, kw) -> {
            BuiltinArgs.positional("iter", n, kw, 1, 2);
            if (n == 1) {
                return Abstract.iter(a[0]);
            }
            if (a[0].type().tp_call == null) {
                throw PyErr.typeError("iter(v, w): v must be callable");
            }
            return new PyCallableIterator(a[0], a[1]);
        });
        def("next", (self, a, n, kw) -> {
            BuiltinArgs.positional("next", n, kw, 1, 2);
            Slots.IterNextFunc f = a[0].type().tp_iternext;
            if (f == null) {
                throw PyErr.typeError("'%s' object is not an iterator", a[0].type().name());
            }
            PyObject v;
            try {
                v = f.next(a[0]);
            } catch (PyException e) {
                if (n == 2 && e.matches(PyExc.StopIteration)) {
                    return a[1];
                }
                throw e;
            }
            if (v == null) {
                if (n == 2) {
                    return a[1];
                }
                throw PyGenerator.stopIteration(PyGenerator.lastReturnValue(a[0]));
            }
            return v;
        });
        def("format", (self, a, n, kw) -> {
            BuiltinArgs.positional("format", n, kw, 1, 2);
            PyObject spec = PyStr.EMPTY;
            if (n == 2) {
                if (!(a[1] instanceof PyStr)) {
                    throw PyErr.typeError("format() argument 2 must be str, not %s", a[1].type().name());
                }
                spec = a[1];
            }
            return format(a[0], (PyStr) spec);
        });
        def("round", Builtins::round);
        def("min", (self, a, n, kw) -> minMax("min", a, n, kw, CompareOp.LT));
        def("max", (self, a, n, kw) -> minMax("max", a, n, kw, CompareOp.GT));
        def("sum", Builtins::sum);
        def("sorted", Builtins::sorted);
        def("dir", Builtins::dir);
        def("vars", Builtins::vars);
        def("globals", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("globals", n, kw);
            return ThreadState.current().frame.globals;
        });
        def("locals", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("locals", n, kw);
            return currentLocals();
        });
        def("breakpoint", Builtins::breakpoint);
        def("compile", BuiltinsCompile::compile);
        def("exec", BuiltinsCompile::exec);
        def("eval", BuiltinsCompile::eval);
        SiteBuiltins.install(dict, interp.sys.dict);
    }

    static PyObject currentLocals() {
        Frame f = ThreadState.current().frame;
        // a function's frame: f_locals, with its cells' and free variables' values (PyEval_GetLocals)
        return f.locals != null ? f.locals : f.frameObject().locals();
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
            BuiltinArgs.exactlyOne(name, n, kw);
            return f.apply(a[0]);
        });
    }

    private static PyStr attrName(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("attribute name must be string, not '%s'", o.type().name());
    }

    private static String radix(PyInt i, int radix, String prefix) {
        if (i.big == null) {
            long v = i.value;
            if (v >= 0) {
                return prefix + Long.toString(v, radix);
            }
            if (v != Long.MIN_VALUE) {
                return "-" + prefix + Long.toString(-v, radix);
            }
        }
        BigInteger b = i.bigValue();
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }

    // ------------------------------------------------------------------ len, chr, ord

    private static PyObject len(PyObject o) {
        if (o instanceof PyRange r) {
            return PyInt.of(r.lengthAsLong());
        }
        return PyInt.of(Abstract.lenAsLong(o));
    }

    private static PyObject chr(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value != (int) i.value) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        long c = i.value;
        if (c < 0 || c > 0x10ffff) {
            throw PyErr.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) c);
    }

    private static PyObject ord(PyObject o) {
        if (o instanceof PyStr s) {
            if (s.length() == 1) {
                return PyInt.of(s.codePointAt(0));
            }
            throw PyErr.typeError("ord() expected a character, but string of length %d found", s.length());
        }
        if (o instanceof PyBytes b) {
            if (b.size() == 1) {
                return PyInt.of(b.byteAt(0));
            }
            throw PyErr.typeError("ord() expected a character, but string of length %d found", b.size());
        }
        if (o.type().name().equals("bytearray")) {
            int n = Abstract.len(o);
            if (n == 1) {
                return Abstract.getItem(o, PyInt.ZERO);
            }
            throw PyErr.typeError("ord() expected a character, but string of length %d found", n);
        }
        throw PyErr.typeError("ord() expected string of length 1, but %s found", o.type().name());
    }

    // ------------------------------------------------------------------ isinstance, issubclass

    /** {@code PyObject_IsInstance} ({@link Abstract#objectIsInstance}). */
    static boolean isInstance(PyObject inst, PyObject cls) {
        return Abstract.objectIsInstance(inst, cls);
    }

    /** {@code PyObject_IsSubclass} ({@link Abstract#objectIsSubclass}). */
    static boolean isSubclass(PyObject derived, PyObject cls) {
        return Abstract.objectIsSubclass(derived, cls);
    }

    // ------------------------------------------------------------------ print, input

    private static final String[] PRINT_KW = {"sep", "end", "file", "flush"};

    private static PyObject print(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject sepo = PyNone.NONE;
        PyObject endo = PyNone.NONE;
        PyObject file = PyNone.NONE;
        PyObject flush = PyBool.FALSE;
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            PyObject v = a[n + i];
            switch (k) {
                case "sep":
                    sepo = v;
                    break;
                case "end":
                    endo = v;
                    break;
                case "file":
                    file = v;
                    break;
                case "flush":
                    flush = v;
                    break;
                default:
                    throw BuiltinArgs.invalidKeyword("print", kw, PRINT_KW, 0);
            }
        }
        if (file == PyNone.NONE) {
            file = ThreadState.current().interp.sys.dict.getItem(PyStr.of("stdout"));
            if (file == null) {
                throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
            }
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        String sep = strOrNone(sepo, "sep", " ");
        String end = strOrNone(endo, "end", "\n");
        if (file instanceof PyTextStream ts) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Abstract.str(a[i]).value());
            }
            sb.append(end);
            ts.write(sb.toString());
            if (Abstract.isTrue(flush)) {
                ts.flush();
            }
            return PyNone.NONE;
        }
        PyObject write = Abstract.getAttr(file, "write");
        PyStr sepS = PyStr.of(sep);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                Abstract.call(write, sepS);
            }
            Abstract.call(write, Abstract.str(a[i]));
        }
        Abstract.call(write, PyStr.of(end));
        if (Abstract.isTrue(flush)) {
            Abstract.callMethod(file, "flush");
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

    private static java.io.BufferedReader stdinReader;

    /** {@code input(prompt)}: writes the prompt to {@code sys.stdout}, reads a line from {@code sys.stdin}. */
    private static PyObject input(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.positional("input", n, kw, 0, 1);
        PyDict sys = ThreadState.current().interp.sys.dict;
        PyObject stdin = sys.getItem(PyStr.of("stdin"));
        PyObject stdout = sys.getItem(PyStr.of("stdout"));
        PyObject stderr = sys.getItem(PyStr.of("stderr"));
        if (stdout == null || stdout == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.stdout");
        }
        if (stderr != null && stderr != PyNone.NONE) {
            Abstract.callMethod(stderr, "flush");
        }
        if (n == 1) {
            Abstract.callMethod(stdout, "write", Abstract.str(a[0]));
        }
        Abstract.callMethod(stdout, "flush");
        String line;
        if (stdin == null) {
            // no sys.stdin object yet: read the process's standard input directly
            try {
                synchronized (Builtins.class) {
                    if (stdinReader == null) {
                        stdinReader = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                                java.nio.charset.StandardCharsets.UTF_8));
                    }
                    StringBuilder sb = new StringBuilder();
                    int c;
                    while ((c = stdinReader.read()) >= 0) {
                        sb.append((char) c);
                        if (c == '\n') {
                            break;
                        }
                    }
                    line = sb.toString();
                }
            } catch (java.io.IOException e) {
                throw PyErr.format(PyExc.OSError, "%s", String.valueOf(e.getMessage()));
            }
        } else if (stdin == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.stdin");
        } else {
            PyObject r = Abstract.callMethod(stdin, "readline");
            if (!(r instanceof PyStr s)) {
                throw PyErr.typeError("object.readline() returned non-string");
            }
            line = s.value();
        }
        if (line.isEmpty()) {
            throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
        }
        if (line.endsWith("\n")) {
            line = line.substring(0, line.length() - 1);
        }
        return PyStr.of(line);
    }

    // ------------------------------------------------------------------ format, round, pow

    /** {@code PyObject_Format}: the type's {@code __format__}, else the built-in mini-language. */
    static PyStr format(PyObject v, PyStr spec) {
        if (spec.value().isEmpty()) {
            if (v.getClass() == PyStr.class) {
                return (PyStr) v;
            }
            if (v.getClass() == PyInt.class) {
                return Abstract.str(v);
            }
        }
        PyObject m = v.type().lookup(PyStr.of("__format__"));
        if (m == null) {
            return dev.adder.runtime.objects.Formatter.format(v, spec.value());
        }
        PyObject r = HeapTypeSlots.callMethod(m, v, spec);
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__format__ must return a str, not %s", r.type().name());
        }
        return s;
    }

    private static final String[] ROUND_NAMES = {"number", "ndigits"};

    private static PyObject round(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("round", args, nargs, kw, ROUND_NAMES, 0, 1, 2, 0);
        PyObject x = a[0];
        PyObject nd = a[1] == null ? PyNone.NONE : a[1];
        PyObject m = x.type().lookup(PyStr.of("__round__"));
        if (m != null && !(m instanceof PyBuiltinFunction) && !m.type().name().equals("method_descriptor")) {
            return nd == PyNone.NONE ? HeapTypeSlots.callMethod(m, x) : HeapTypeSlots.callMethod(m, x, nd);
        }
        if (x instanceof PyInt i) {
            return nd == PyNone.NONE ? i.exact() : roundInt(i, Abstract.index(nd));
        }
        if (x instanceof PyFloat f) {
            return nd == PyNone.NONE ? roundFloat(f.value) : roundFloat(f.value, Abstract.index(nd).clampedLong());
        }
        if (m == null) {
            throw PyErr.typeError("type %s doesn't define __round__ method", x.type().name());
        }
        return nd == PyNone.NONE ? HeapTypeSlots.callMethod(m, x) : HeapTypeSlots.callMethod(m, x, nd);
    }

    /** {@code int.__round__(ndigits)}: half to even at a negative number of digits. */
    static PyInt roundInt(PyInt i, PyInt ndigits) {
        if (ndigits.signum() >= 0) {
            return i.exact();
        }
        BigInteger v = i.bigValue();
        // 10**k with k = -ndigits; beyond the number's own digits the result is 0
        long k = ndigits.big != null ? Long.MAX_VALUE : -ndigits.value;
        int digits = v.abs().toString().length();
        if (k > digits) {
            return PyInt.ZERO;
        }
        BigInteger p = BigInteger.TEN.pow((int) k);
        BigInteger[] qr = v.divideAndRemainder(p);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) { // floor division
            q = q.subtract(BigInteger.ONE);
            r = r.add(p);
        }
        int c = r.shiftLeft(1).compareTo(p);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(p));
    }

    /** {@code float.__round__()}: to the nearest int, half to even. */
    static PyInt roundFloat(double v) {
        if (Double.isNaN(v)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw PyErr.overflowError("cannot convert float infinity to integer");
        }
        double r = Math.rint(v);
        if (Math.abs(r) < 9.0e18) {
            return PyInt.of((long) r);
        }
        return PyInt.of(new BigDecimal(r).toBigInteger());
    }

    /** CPython's {@code NDIGITS_MAX}/{@code NDIGITS_MIN} for doubles. */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    /** {@code float.__round__(ndigits)}: the exact binary value rounded half-even in decimal. */
    static PyFloat roundFloat(double v, long nd) {
        if (nd > NDIGITS_MAX) {
            return PyFloat.of(v);
        }
        if (nd < NDIGITS_MIN) {
            return PyFloat.of(0.0 * v);
        }
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return PyFloat.of(v);
        }
        double r = new BigDecimal(v).setScale((int) nd, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErr.overflowError("rounded value too large to represent");
        }
        if (r == 0) {
            r = Math.copySign(0.0, v);
        }
        return PyFloat.of(r);
    }

    private static final String[] POW_NAMES = {"base", "exp", "mod"};

    private static PyObject pow(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("pow", args, nargs, kw, POW_NAMES, 0, 2, 3, 0);
        PyObject base = a[0];
        PyObject exp = a[1];
        PyObject mod = a[2] == null ? PyNone.NONE : a[2];
        if (mod == PyNone.NONE) {
            return Abstract.power(base, exp);
        }
        if (base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m
                && !hasOwnPow(base) && !hasOwnPow(exp) && !hasOwnPow(mod)) {
            return IntOps.powMod(b, e, m);
        }
        PyObject r = ternaryPow(base, exp, mod);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (isNumber(base) && isNumber(exp) && isNumber(mod)) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", base.type().name(),
                exp.type().name(), mod.type().name());
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static boolean hasOwnPow(PyObject o) {
        return o.type().hasFlags(PyType.HEAPTYPE) && o.type().lookup(PyStr.of("__pow__")) != null;
    }

    /** Three-argument power through {@code __pow__} of the first operand (never {@code __rpow__}). */
    private static PyObject ternaryPow(PyObject base, PyObject exp, PyObject mod) {
        if (!base.type().hasFlags(PyType.HEAPTYPE)) {
            if (base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt) {
                return IntOps.powMod((PyInt) base, (PyInt) exp, (PyInt) mod);
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject m = base.type().lookup(PyStr.of("__pow__"));
        if (m == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return HeapTypeSlots.callMethod(m, base, exp, mod);
    }

    // ------------------------------------------------------------------ min, max, sum, sorted

    private static final String[] MINMAX_KW = {"key", "default"};

    private static PyObject minMax(String name, PyObject[] a, int n, PyTuple kw, CompareOp op) {
        if (n == 0) {
            throw PyErr.typeError("%s expected at least 1 argument, got 0", name);
        }
        PyObject key = null;
        PyObject dflt = null;
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            if (k.equals("key")) {
                key = a[n + i] == PyNone.NONE ? null : a[n + i];
            } else if (k.equals("default")) {
                dflt = a[n + i];
            } else {
                throw BuiltinArgs.invalidKeyword(name, kw, MINMAX_KW, 0);
            }
        }
        if (n > 1 && dflt != null) {
            throw PyErr.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = Abstract.iter(n == 1 ? a[0] : PyTuple.of(java.util.Arrays.copyOf(a, n)));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyObject k = key == null ? x : Abstract.call(key, x);
            if (best == null) {
                best = x;
                bestKey = k;
            } else if (Abstract.richCompareBool(k, bestKey, op)) {
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

    private static final String[] SUM_NAMES = {"iterable", "start"};

    /** {@code sum(iterable, /, start=0)} with CPython 3.11's int and float fast paths (plain float addition). */
    private static PyObject sum(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("sum", args, nargs, kw, SUM_NAMES, 1, 1, 2, 0);
        PyObject result = a[1] == null ? PyInt.ZERO : a[1];
        if (result instanceof PyStr) {
            throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (result instanceof PyBytes) {
            throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (result.type().name().equals("bytearray")) {
            throw PyErr.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        if (a[0].getClass() == PyRange.class && result.getClass() == PyInt.class && ((PyInt) result).big == null) {
            PyInt r = ((PyRange) a[0]).sumFrom(((PyInt) result).value);
            if (r != null) {
                return r;
            }
        }
        PyObject it = Abstract.iter(a[0]);
        PyObject item = null;
        if (result.getClass() == PyInt.class && ((PyInt) result).big == null) {
            long acc = ((PyInt) result).value;
            while (true) {
                item = Abstract.next(it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                Class<?> c = item.getClass();
                if ((c == PyInt.class || c == PyBool.class) && ((PyInt) item).big == null) {
                    long b = ((PyInt) item).value;
                    long r = acc + b;
                    if (((acc ^ r) & (b ^ r)) >= 0) {
                        acc = r;
                        continue;
                    }
                }
                result = Abstract.add(PyInt.of(acc), item);
                item = null;
                break;
            }
        }
        if (result.getClass() == PyFloat.class) {
            double acc = ((PyFloat) result).value;
            while (true) {
                item = Abstract.next(it);
                if (item == null) {
                    return PyFloat.of(acc);
                }
                Class<?> c = item.getClass();
                if (c == PyFloat.class) {
                    acc += ((PyFloat) item).value;
                    continue;
                }
                if (c == PyInt.class || c == PyBool.class) {
                    PyInt i = (PyInt) item;
                    if (i.big == null && Math.abs(i.value) < (1L << 53)) {
                        acc += (double) i.value;
                        continue;
                    }
                }
                result = Abstract.add(PyFloat.of(acc), item);
                item = null;
                break;
            }
        }
        for (item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            result = Abstract.add(result, item);
        }
        return result;
    }

    private static final String[] SORT_KW = {"key", "reverse"};

    private static PyObject sorted(PyObject self, PyObject[] a, int n, PyTuple kw) {
        if (n != 1) {
            throw PyErr.typeError("sorted expected 1 argument, got %d", n);
        }
        PyList l = new PyList();
        l.extend(a[0]);
        PyObject key = null;
        boolean reverse = false;
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            if (k.equals("key")) {
                key = a[n + i] == PyNone.NONE ? null : a[n + i];
            } else if (k.equals("reverse")) {
                reverse = intAsBool(a[n + i]);
            } else {
                throw BuiltinArgs.invalidKeyword("sort", kw, SORT_KW, 0);
            }
        }
        l.sort(key, reverse);
        return l;
    }

    /** The {@code i} converter of Argument Clinic used for {@code reverse}: an int, as a truth value. */
    private static boolean intAsBool(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return Abstract.index(o).signum() != 0;
    }

    // ------------------------------------------------------------------ dir, vars

    private static PyObject dir(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.positional("dir", n, kw, 0, 1);
        if (n == 0) {
            PyObject locals = currentLocals();
            PyList keys = new PyList();
            keys.extend(Abstract.callMethod(locals, "keys"));
            keys.sort(null, false);
            return keys;
        }
        PyObject o = a[0];
        PyObject m = o.type().lookup(PyStr.of("__dir__"));
        PyList l = new PyList();
        PyObject moduleDir = o instanceof PyModule mod ? mod.dict.getItem(PyStr.of("__dir__")) : null;
        if (moduleDir != null) {
            l.extend(Abstract.call(moduleDir)); // module.__dir__ honours a module-level __dir__ (PEP 562)
        } else if (o instanceof PyModule) {
            l.extend(defaultDir(o)); // module.__dir__: the module's names
        } else if (m != null) {
            l.extend(HeapTypeSlots.callMethod(m, o));
        } else {
            l.extend(defaultDir(o));
        }
        l.sort(null, false);
        return l;
    }

    /** {@code object.__dir__}, {@code type.__dir__} and {@code module.__dir__} when the types lack them. */
    static PyList defaultDir(PyObject o) {
        PyDict names = new PyDict();
        if (o instanceof PyModule mod) {
            names.update(mod.dict);
        } else if (o instanceof PyType t) {
            addClassNames(names, t);
        } else {
            PyDict d = o.instanceDict();
            if (d != null) {
                names.update(d);
            }
            PyObject cls = Abstract.lookupAttr(o, PyStr.of("__class__"));
            addClassNames(names, cls instanceof PyType ct ? ct : o.type());
        }
        PyList l = new PyList();
        for (int j = names.nextEntry(0); j >= 0; j = names.nextEntry(j + 1)) {
            l.append(names.keyAt(j));
        }
        return l;
    }

    private static void addClassNames(PyDict names, PyType t) {
        PyType[] mro = t.mro();
        for (int i = mro.length - 1; i >= 0; i--) {
            names.update(mro[i].dict());
        }
    }

    private static PyObject vars(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.positional("vars", n, kw, 0, 1);
        if (n == 0) {
            return currentLocals();
        }
        PyObject d = Abstract.lookupAttr(a[0], PyStr.of("__dict__"));
        if (d == null) {
            if (a[0] instanceof PyModule mod) {
                return mod.dict;
            }
            if (a[0] instanceof PyType t) {
                return t.dict(); // CPython: a read-only mappingproxy of it
            }
            throw PyErr.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    // ------------------------------------------------------------------ aiter, anext, breakpoint, __import__

    private static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup(PyStr.of("__aiter__"));
        if (m == null) {
            throw PyErr.typeError("'%s' object is not an async iterable", o.type().name());
        }
        PyObject it = HeapTypeSlots.callMethod(m, o);
        if (it.type().lookup(PyStr.of("__anext__")) == null) {
            throw PyErr.typeError("aiter() returned not an async iterator of type '%s'", it.type().name());
        }
        return it;
    }

    private static PyObject anext(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.positional("anext", n, kw, 1, 2);
        PyObject m = a[0].type().lookup(PyStr.of("__anext__"));
        if (m == null) {
            throw PyErr.typeError("'%s' object is not an async iterator", a[0].type().name());
        }
        if (n == 2) {
            throw PyErr.format(PyExc.NotImplementedError, "anext() with a default value is not supported yet");
        }
        return HeapTypeSlots.callMethod(m, a[0]);
    }

    /**
     * {@code breakpoint(*args, **kws)}: calls {@code sys.breakpointhook}. Without one (Adder has no
     * {@code pdb} yet), {@code PYTHONBREAKPOINT=0} makes it a no-op as in CPython; otherwise it
     * raises CPython's "lost sys.breakpointhook".
     */
    private static PyObject breakpoint(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject hook = ThreadState.current().interp.sys.dict.getItem(PyStr.of("breakpointhook"));
        if (hook == null) {
            if ("0".equals(System.getenv("PYTHONBREAKPOINT"))) {
                return PyNone.NONE;
            }
            throw PyErr.format(PyExc.RuntimeError, "lost sys.breakpointhook");
        }
        return Abstract.call(hook, a, n, kw);
    }

    /** True when a metaclass (or a base other than {@code type}) defines {@code __new__} or {@code __init__}. */
    private static boolean definesCreation(PyType meta) {
        for (PyType t : meta.mro()) {
            if (t == PyType.TYPE || t == PyType.OBJECT) {
                break;
            }
            PyDict d = t.dict();
            if (d.getItem(PyStr.of("__new__")) != null || d.getItem(PyStr.of("__init__")) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}: resolves
     * {@code __mro_entries__}, selects the metaclass, calls {@code __prepare__}, runs the class body
     * in the namespace it returns, calls the metaclass and checks the {@code __class__} cell.
     */
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
        PyObject[] origBases = java.util.Arrays.copyOfRange(a, 2, n);
        PyObject[] bases = updateBases(origBases);
        PyObject meta = null;
        java.util.List<PyObject> kwNames = new java.util.ArrayList<>();
        java.util.List<PyObject> kwVals = new java.util.ArrayList<>();
        for (int i = 0; kw != null && i < kw.size(); i++) {
            if (((PyStr) kw.get(i)).value().equals("metaclass")) {
                meta = a[n + i];
            } else {
                kwNames.add(kw.get(i));
                kwVals.add(a[n + i]);
            }
        }
        PyTuple kwTuple = kwNames.isEmpty() ? null : PyTuple.of(kwNames.toArray(new PyObject[0]));
        boolean isClass;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = dev.adder.runtime.TypeNew.calculateMetaclass((PyType) meta, bases);
        }
        PyTuple basesTuple = PyTuple.of(bases);
        PyObject prep = Abstract.lookupAttr(meta, PyStr.of("__prepare__"));
        PyObject ns;
        if (prep == null) {
            ns = new PyDict();
        } else {
            PyObject[] pa = new PyObject[2 + kwVals.size()];
            pa[0] = name;
            pa[1] = basesTuple;
            for (int i = 0; i < kwVals.size(); i++) {
                pa[2 + i] = kwVals.get(i);
            }
            ns = Abstract.call(prep, pa, 2, kwTuple);
        }
        if (ns.type().mp_subscript == null) {
            throw PyErr.typeError("%s.__prepare__() must return a mapping, not %s",
                    isClass ? ((PyType) meta).name() : "<metaclass>", ns.type().name());
        }
        Frame f = new Frame(fn.code, fn.globals, fn.builtins, ns);
        if (fn.code.ncells + fn.code.nfree > 0) {
            CevalOps.setupCells(fn, f.localsplus);
        }
        PyObject cell = Ceval.eval(ThreadState.current(), f);
        if (bases != origBases) {
            Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject[] ca = new PyObject[3 + kwVals.size()];
        ca[0] = name;
        ca[1] = basesTuple;
        ca[2] = ns;
        for (int i = 0; i < kwVals.size(); i++) {
            ca[3 + i] = kwVals.get(i);
        }
        PyObject cls = Abstract.call(meta, ca, 3, kwTuple);
        if (cls instanceof PyType && cell instanceof PyCell c) {
            PyObject cellCls = c.ref;
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw PyErr.format(PyExc.RuntimeError, "__class__ not set defining %s as %s. Was __classcell__ "
                            + "propagated to type.__new__?", Abstract.repr(name).value(), Abstract.repr(cls).value());
                }
                throw PyErr.typeError("__class__ set to %s defining %s as %s", Abstract.repr(cellCls).value(),
                        Abstract.repr(name).value(), Abstract.repr(cls).value());
            }
        }
        return cls;
    }

    /** {@code update_bases}: replaces bases that are not types by their {@code __mro_entries__}. */
    private static PyObject[] updateBases(PyObject[] bases) {
        java.util.List<PyObject> r = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject meth = b instanceof PyType ? null : Abstract.lookupAttr(b, PyStr.of("__mro_entries__"));
            if (meth == null) {
                if (r != null) {
                    r.add(b);
                }
                continue;
            }
            PyObject entries = Abstract.call(meth, PyTuple.of(bases));
            if (!(entries instanceof PyTuple et)) {
                throw PyErr.typeError("__mro_entries__ must return a tuple");
            }
            if (r == null) {
                r = new java.util.ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            }
            r.addAll(java.util.Arrays.asList(et.items()));
        }
        return r == null ? bases : r.toArray(new PyObject[0]);
    }
}
