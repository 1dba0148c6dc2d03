package dev.adder.vm;

import dev.adder.bytecode.BytecodeException;
import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.Constant;
import dev.adder.bytecode.LineTable;
import dev.adder.bytecode.PositionTable;
import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyEllipsis;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of {@code code} objects as Python sees them: every {@code co_*} field of CPython
 * 3.11, {@code co_lines()}, {@code co_positions()} and {@code replace()}. The bytecode is CPython
 * 3.10's, so {@code co_code}, {@code co_stacksize}, {@code co_linetable} and {@code co_lnotab}
 * describe 3.10 wordcode; {@code co_exceptiontable} is empty (3.10 uses a block stack).
 *
 * <p>CPython: Objects/codeobject.c ({@code code_getsetlist}, {@code code_memberlist},
 * {@code code_replace}, {@code lineiter}, {@code positionsiter}).
 */
final class CodeAttributes {
    private CodeAttributes() {
    }

    private static final String[] REPLACE_KEYS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
        "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names",
        "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
        "co_exceptiontable"};

    static void install(PyType t) {
        // one getter for all names: each lambda expression costs a generated class at start-up
        for (String name : GETTERS) {
            // code_memberlist fields are member_descriptors, the computed ones getset_descriptors
            boolean computed = switch (name) {
                case "co_code", "co_varnames", "co_cellvars", "co_freevars", "co_lnotab" -> true;
                default -> false;
            };
            t.setAttribute(name, computed ? new PyGetSetDescr(t, name, o -> attribute((PyCode) o, name), null)
                    : new dev.adder.runtime.objects.PyMemberDescr(t, name, o -> attribute((PyCode) o, name), null));
        }
        PyMethodDescr.noArgs(t, "co_lines", o -> {
            List<LineTable.LineRange> ranges = ((PyCode) o).unit.co_lines();
            PyObject[] items = new PyObject[ranges.size()];
            for (int i = 0; i < items.length; i++) {
                LineTable.LineRange r = ranges.get(i);
                items[i] = PyTuple.of(PyInt.of(r.start()), PyInt.of(r.end()),
                        r.line() == LineTable.NO_LINE ? PyNone.NONE : PyInt.of(r.line()));
            }
            return Abstract.iter(PyTuple.of(items));
        });
        PyMethodDescr.noArgs(t, "co_positions", o -> {
            List<PositionTable.Positions> ps = ((PyCode) o).unit.co_positions();
            PyObject[] items = new PyObject[ps.size()];
            for (int i = 0; i < items.length; i++) {
                PositionTable.Positions p = ps.get(i);
                items[i] = PyTuple.of(opt(p.lineno()), opt(p.endLineno()), opt(p.colOffset()), opt(p.endColOffset()));
            }
            return Abstract.iter(PyTuple.of(items));
        });
        // co_localsplusnames[oparg]: the locals, then the cells that are not arguments, then the free variables
        PyMethodDescr.oneArg(t, "_varname_from_oparg", (o, arg) -> {
            CodeUnit u = ((PyCode) o).unit;
            List<String> names = new ArrayList<>(u.co_varnames());
            for (String c : u.co_cellvars()) {
                if (!names.contains(c)) {
                    names.add(c);
                }
            }
            names.addAll(u.co_freevars());
            int i = Abstract.index(arg).intValueExact();
            if (i < 0 || i >= names.size()) {
                throw PyErr.format(dev.adder.runtime.exceptions.PyExc.IndexError, "tuple index out of range");
            }
            return PyStr.of(names.get(i));
        });
        // code_sizeof: a header plus the instructions (an estimate of CPython's layout)
        PyMethodDescr.noArgs(t, "__sizeof__", o -> PyInt.of(200 + ((PyCode) o).unit.co_code().length));
        PyMethodDescr.full(t, "replace", (self, a, n, kw) -> {
            if (n != 0) {
                throw PyErr.typeError("replace() takes no positional arguments");
            }
            return replace((PyCode) self, a, kw);
        });
    }

    private static final String[] GETTERS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
        "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names",
        "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
        "co_lnotab", "co_exceptiontable"};

    private static PyObject attribute(PyCode c, String name) {
        switch (name) {
            case "co_argcount": return PyInt.of(c.argcount);
            case "co_posonlyargcount": return PyInt.of(c.posonlyargcount);
            case "co_kwonlyargcount": return PyInt.of(c.kwonlyargcount);
            case "co_nlocals": return PyInt.of(c.nlocals);
            case "co_stacksize": return PyInt.of(c.stacksize);
            case "co_flags": return PyInt.of(c.flags);
            case "co_firstlineno": return PyInt.of(c.unit.co_firstlineno());
            case "co_code": return PyBytes.of(c.unit.co_code());
            case "co_consts": return PyTuple.of(c.consts.clone());
            case "co_names": return PyTuple.of(c.names.clone());
            case "co_varnames": return PyTuple.of(c.varnames.clone());
            case "co_freevars": return strTuple(c.unit.co_freevars());
            case "co_cellvars": return strTuple(c.unit.co_cellvars());
            case "co_filename": return PyStr.of(c.unit.co_filename());
            case "co_name": return PyStr.of(c.name);
            case "co_qualname": return PyStr.of(c.qualname);
            case "co_linetable": return PyBytes.of(linetable(c.unit));
            case "co_lnotab": return PyBytes.of(lnotab(c.unit));
            default: return PyBytes.EMPTY; // co_exceptiontable
        }
    }

    private static PyObject opt(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    private static PyTuple strTuple(List<String> l) {
        PyObject[] r = new PyObject[l.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = PyStr.of(l.get(i));
        }
        return PyTuple.of(r);
    }

    /** CPython 3.10's {@code co_linetable}: (byte delta, line delta) pairs, -128 for "no line". */
    static byte[] linetable(CodeUnit u) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineTable t = u.lineTable();
        int prevLine = u.co_firstlineno();
        for (int i = 0; i < t.size(); i++) {
            int bdelta = t.end(i) - t.start(i);
            int line = t.line(i);
            int ldelta = line == LineTable.NO_LINE ? -128 : line - prevLine;
            if (line != LineTable.NO_LINE) {
                prevLine = line;
            }
            while (bdelta > 254) {
                out.write(254);
                out.write(ldelta == -128 ? -128 : 0);
                bdelta -= 254;
            }
            while (ldelta != -128 && (ldelta > 127 || ldelta < -127)) {
                int step = ldelta > 0 ? 127 : -127;
                out.write(0);
                out.write(step);
                ldelta -= step;
            }
            out.write(bdelta);
            out.write(ldelta);
        }
        return out.toByteArray();
    }

    /** The older {@code co_lnotab}: (byte increment, line increment) pairs at each line start. */
    static byte[] lnotab(CodeUnit u) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] starts = u.lineTable().lineStarts();
        int prevOff = 0;
        int prevLine = u.co_firstlineno();
        for (int i = 0; i < starts.length; i += 2) {
            int bdelta = starts[i] - prevOff;
            int ldelta = starts[i + 1] - prevLine;
            if (bdelta == 0 && ldelta == 0) {
                continue;
            }
            while (bdelta > 255) {
                out.write(255);
                out.write(0);
                bdelta -= 255;
            }
            while (ldelta > 127 || ldelta < -128) {
                int step = ldelta > 0 ? 127 : -128;
                out.write(bdelta);
                out.write(step);
                bdelta = 0;
                ldelta -= step;
            }
            out.write(bdelta);
            out.write(ldelta);
            prevOff = starts[i];
            prevLine = starts[i + 1];
        }
        return out.toByteArray();
    }

    /** {@code code.replace(**changes)}. */
    private static PyObject replace(PyCode co, PyObject[] a, PyTuple kw) {
        CodeUnit.Builder b = co.unit.toBuilder();
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            PyObject v = a[i];
            switch (k) {
                case "co_argcount" -> b.argcount(intArg(k, v));
                case "co_posonlyargcount" -> b.posonlyargcount(intArg(k, v));
                case "co_kwonlyargcount" -> b.kwonlyargcount(intArg(k, v));
                case "co_nlocals" -> b.nlocals(intArg(k, v));
                case "co_stacksize" -> b.stacksize(intArg(k, v));
                case "co_flags" -> b.flags(intArg(k, v));
                case "co_firstlineno" -> b.firstlineno(intArg(k, v));
                case "co_code" -> b.code(bytesArg(k, v));
                case "co_consts" -> {
                    List<Constant> cs = new ArrayList<>();
                    for (PyObject x : tupleArg(k, v).items()) {
                        cs.add(toConstant(x));
                    }
                    b.consts(cs);
                }
                case "co_names" -> b.names(strList(k, v));
                case "co_varnames" -> b.varnames(strList(k, v));
                case "co_freevars" -> b.freevars(strList(k, v));
                case "co_cellvars" -> b.cellvars(strList(k, v));
                case "co_filename" -> b.filename(strArg(k, v));
                case "co_name" -> b.name(strArg(k, v));
                case "co_qualname" -> b.qualname(strArg(k, v));
                case "co_linetable", "co_exceptiontable" -> bytesArg(k, v); // kept as computed from the code
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for replace()", k);
            }
        }
        try {
            return new PyCode(b.build());
        } catch (BytecodeException e) {
            throw PyErr.valueError("%s", e.getMessage());
        }
    }

    private static int intArg(String k, PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw PyErr.typeError("replace() argument '%s' must be int, not %s", k, v.type().name());
        }
        return i.intValueExact();
    }

    private static byte[] bytesArg(String k, PyObject v) {
        if (!(v instanceof PyBytes by)) {
            throw PyErr.typeError("replace() argument '%s' must be bytes, not %s", k, v.type().name());
        }
        return by.toByteArray();
    }

    private static String strArg(String k, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("replace() argument '%s' must be str, not %s", k, v.type().name());
        }
        return s.value();
    }

    private static PyTuple tupleArg(String k, PyObject v) {
        if (!(v instanceof PyTuple t)) {
            throw PyErr.typeError("replace() argument '%s' must be tuple, not %s", k, v.type().name());
        }
        return t;
    }

    private static List<String> strList(String k, PyObject v) {
        List<String> r = new ArrayList<>();
        for (PyObject x : tupleArg(k, v).items()) {
            if (!(x instanceof PyStr s)) {
                throw PyErr.typeError("name tuples must contain only strings, not '%s'", x.type().name());
            }
            r.add(s.value());
        }
        return r;
    }

    /** The bytecode constant for a Python constant (the kinds a compiler makes). */
    static Constant toConstant(PyObject x) {
        if (x == PyNone.NONE) {
            return Constant.None.INSTANCE;
        } else if (x == PyEllipsis.ELLIPSIS) {
            return Constant.Ellipsis.INSTANCE;
        } else if (x instanceof PyBool bo) {
            return Constant.Bool.of(bo == PyBool.TRUE);
        } else if (x.getClass() == PyInt.class) {
            PyInt i = (PyInt) x;
            return i.big == null ? Constant.Int.of(i.value) : Constant.Int.of(i.big);
        } else if (x.getClass() == PyFloat.class) {
            return new Constant.Float(((PyFloat) x).value);
        } else if (x.getClass() == PyStr.class) {
            return new Constant.Str(((PyStr) x).value());
        } else if (x.getClass() == PyBytes.class) {
            return new Constant.Bytes(((PyBytes) x).toByteArray());
        } else if (x.getClass() == PyTuple.class) {
            List<Constant> items = new ArrayList<>();
            for (PyObject y : ((PyTuple) x).items()) {
                items.add(toConstant(y));
            }
            return new Constant.Tuple(items);
        } else if (x instanceof PySet s && s.type() == PySet.FROZENSET_TYPE) {
            List<Constant> items = new ArrayList<>();
            PyObject it = Abstract.iter(s);
            for (PyObject y = CevalOps.iterNext(it); y != null; y = CevalOps.iterNext(it)) {
                items.add(toConstant(y));
            }
            return new Constant.FrozenSet(items);
        } else if (x instanceof PyCode c) {
            return new Constant.Code(c.unit);
        }
        throw PyErr.typeError("code constants of type '%s' are not supported", x.type().name());
    }
}
