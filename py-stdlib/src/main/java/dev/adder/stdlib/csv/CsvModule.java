package dev.adder.stdlib.csv;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.Import;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import dev.adder.vm.ThreadState;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@code _csv} module under the pure-Python {@code csv}: the {@code Dialect} type, the
 * {@code reader} and {@code writer} factories, the dialect registry, the field size limit, the
 * quoting constants and the {@code Error} exception.
 *
 * <p>CPython: {@code Modules/_csv.c}.
 */
public final class CsvModule implements BuiltinModule {
    static final PyType ERROR;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("_csv"));
        ERROR = PyType.newHeapType(PyType.TYPE, "Error", new PyType[] {PyExc.Exception}, ns);
    }

    /** The registry and the field size limit of one interpreter's module. */
    static final class State {
        final PyDict dialects = new PyDict();
        long fieldLimit = 128 * 1024;

        /** The registered dialect {@code name}, or "unknown dialect". */
        PyObject lookup(PyObject name) {
            PyObject d = dialects.getItem(name);
            if (d == null) {
                throw error("unknown dialect");
            }
            return d;
        }
    }

    private static final Map<InterpreterState, State> STATES = new WeakHashMap<>();

    /** The state of the current interpreter's {@code _csv} (imported if need be). */
    static State currentState() {
        InterpreterState interp = ThreadState.current().interp;
        synchronized (STATES) {
            State st = STATES.get(interp);
            if (st != null) {
                return st;
            }
        }
        Import.importModule(ThreadState.current(), "_csv");
        synchronized (STATES) {
            return STATES.get(interp);
        }
    }

    @Override
    public String name() {
        return "_csv";
    }

    static PyException error(String fmt, Object... args) {
        return PyErr.format(ERROR, fmt, args);
    }

    /** The dialect for a factory: {@code Dialect(base, **kwargs)}. */
    private static CsvDialect dialect(PyObject base, PyObject[] a, int n, PyTuple kw) {
        int nkw = BuiltinArgs.kwCount(kw);
        PyObject[] args = new PyObject[1 + nkw];
        int nargs = 0;
        if (base != null) {
            args[nargs++] = base;
        }
        System.arraycopy(a, n, args, nargs, nkw);
        return (CsvDialect) CsvDialect.create(CsvDialect.TYPE, args, nargs, kw);
    }

    private static final String[] LIMIT_KW = {"new_limit"};
    private static final String[] NAME_KW = {"name"};

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        State st = new State();
        synchronized (STATES) {
            STATES.put(interp, st);
        }
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("CSV parsing and writing.\n\n"
                + "The machinery under the csv module: the Dialect type, the reader and writer\n"
                + "factories, the dialect registry and the field size limit. Use csv instead."));
        m.dict.setItem(PyStr.of("__version__"), PyStr.of("1.0"));
        m.dict.setItem(PyStr.of("QUOTE_MINIMAL"), PyInt.of(CsvDialect.QUOTE_MINIMAL));
        m.dict.setItem(PyStr.of("QUOTE_ALL"), PyInt.of(CsvDialect.QUOTE_ALL));
        m.dict.setItem(PyStr.of("QUOTE_NONNUMERIC"), PyInt.of(CsvDialect.QUOTE_NONNUMERIC));
        m.dict.setItem(PyStr.of("QUOTE_NONE"), PyInt.of(CsvDialect.QUOTE_NONE));
        m.dict.setItem(PyStr.of("Error"), ERROR);
        m.dict.setItem(PyStr.of("Dialect"), CsvDialect.TYPE);
        m.dict.setItem(PyStr.of("Reader"), CsvReader.TYPE);
        m.dict.setItem(PyStr.of("Writer"), CsvWriter.TYPE);
        m.dict.setItem(PyStr.of("_dialects"), st.dialects);
        def(m, "reader", (self, a, n, kw) -> {
            BuiltinArgs.checkPositional("", n, 1, 2);
            PyObject it = Abstract.iter(a[0]);
            return new CsvReader(st, it, dialect(n > 1 ? a[1] : null, a, n, kw));
        });
        def(m, "writer", (self, a, n, kw) -> {
            BuiltinArgs.checkPositional("", n, 1, 2);
            PyObject write = Abstract.lookupAttr(a[0], PyStr.of("write"));
            if (write == null || write.type().tp_call == null) {
                throw PyErr.typeError("argument 1 must have a \"write\" method");
            }
            return new CsvWriter(write, dialect(n > 1 ? a[1] : null, a, n, kw));
        });
        def(m, "register_dialect", (self, a, n, kw) -> {
            BuiltinArgs.checkPositional("", n, 1, 2);
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("dialect name must be a string");
            }
            st.dialects.setItem(a[0], dialect(n > 1 ? a[1] : null, a, n, kw));
            return PyNone.NONE;
        });
        def(m, "unregister_dialect", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("unregister_dialect", a, n, kw, NAME_KW, 0, 1, 1, 0);
            if (!st.dialects.delItem(v[0])) {
                throw error("unknown dialect");
            }
            return PyNone.NONE;
        });
        def(m, "get_dialect", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("get_dialect", a, n, kw, NAME_KW, 0, 1, 1, 0);
            return st.lookup(v[0]);
        });
        def(m, "list_dialects", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("_csv.list_dialects", n, kw);
            return PyList.of(st.dialects.keysArray());
        });
        def(m, "field_size_limit", (self, a, n, kw) -> {
            if (n > 1 || n + BuiltinArgs.kwCount(kw) > 1) {
                throw PyErr.typeError("field_size_limit() takes at most 1 argument (%d given)",
                        n + BuiltinArgs.kwCount(kw));
            }
            PyObject[] v = BuiltinArgs.unpack("field_size_limit", a, n, kw, LIMIT_KW, 0, 0, 1, 0);
            long old = st.fieldLimit;
            if (v[0] != null) {
                if (v[0].type() != PyInt.TYPE) {
                    throw PyErr.typeError("limit must be an integer");
                }
                st.fieldLimit = ((PyInt) v[0]).longValueExact();
            }
            return PyInt.of(old);
        });
    }

    static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }
}
