package dev.adder.vm;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.internal.CodeCache;
import dev.adder.vm.internal.LibLocator;
import dev.adder.vm.internal.SimpleNamespace;
import dev.adder.vm.internal.StructSeq;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code sys} module: command line, paths, modules, streams, version and platform facts,
 * interpreter settings and hooks. The frame, tracing, exception-state and recursion functions
 * ({@code _getframe}, {@code settrace}, {@code exc_info}, {@code exception},
 * {@code getrecursionlimit}, ...) are added by the code that owns that state.
 *
 * <p>Approximations, since the JVM manages memory: {@code getrefcount} always answers 2 (what
 * CPython answers for an object bound to one name while it is passed in), and
 * {@code getsizeof} answers CPython 3.11's 64-bit sizes for the builtin types (ints, floats,
 * strs by their widest character, bytes, tuples, lists) and estimates for the others.
 *
 * <p>CPython: Python/sysmodule.c.
 */
final class SysModule {
    private SysModule() {
    }

    /** The version Adder speaks. */
    static final int MAJOR = 3;
    static final int MINOR = 11;
    static final int MICRO = 7;
    /** Adder's own version ({@code sys.implementation.version}). */
    static final int[] ADDER_VERSION = {0, 1, 0};

    static final PyType VERSION_INFO = StructSeq.newType("sys", "version_info", "major", "minor", "micro",
            "releaselevel", "serial");
    /** {@code sys.UnraisableHookArgs}. */
    static final PyType UNRAISABLE_ARGS = unraisableArgsType();

    /** {@code UnraisableHookArgs}: module {@code builtins} in CPython, and made from a 5-tuple. */
    private static PyType unraisableArgsType() {
        PyType t = StructSeq.newType("builtins", "UnraisableHookArgs", "exc_type", "exc_value", "exc_traceback",
                "err_msg", "object");
        t.tp_new = (type, args, nargs, kw) -> {
            noKw("UnraisableHookArgs", kw);
            arity("UnraisableHookArgs", nargs, 1, 1);
            PyTuple items = PyTuple.fromIterable(args[0]);
            if (items.size() != 5) {
                throw PyErr.typeError("UnraisableHookArgs() takes a 5-sequence (%d-sequence given)", items.size());
            }
            return StructSeq.make(type, items.items());
        };
        return t;
    }
    static final PyType FLAGS = StructSeq.newType("sys", "flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
            "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits");
    static final PyType FLOAT_INFO = StructSeq.newType("sys", "float_info", "max", "max_exp", "max_10_exp", "min",
            "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final PyType INT_INFO = StructSeq.newType("sys", "int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    static final PyType HASH_INFO = StructSeq.newType("sys", "hash_info", "width", "modulus", "inf", "nan", "imag",
            "algorithm", "hash_bits", "seed_bits", "cutoff");
    static final PyType THREAD_INFO = StructSeq.newType("sys", "thread_info", "name", "lock", "version");

    /** CPython's {@code sys.implementation._multiarch} on Linux ({@code x86_64-linux-gnu}), else null. */
    private static String multiarch() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            return null;
        }
        String arch = System.getProperty("os.arch", "");
        switch (arch) {
            case "amd64": case "x86_64": return "x86_64-linux-gnu";
            case "aarch64": case "arm64": return "aarch64-linux-gnu";
            default: return null;
        }
    }

    private static volatile PyObject stdlibNames;

    private static PyObject s(String v) {
        return PyStr.of(v);
    }

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    /** Fills {@code interp.sys}; called once while the interpreter is made. */
    static void init(InterpreterState interp, RuntimeState.Config config, String[] argv) {
        PyDict d = interp.sys.dict;
        PyList argvList = new PyList();
        for (String a : argv) {
            argvList.append(PyStr.of(a));
        }
        if (argvList.size() == 0) {
            argvList.append(PyStr.EMPTY);
        }
        set(d, "argv", argvList);
        PyList orig = new PyList();
        for (String a : config.origArgv != null ? config.origArgv : List.of(argv)) {
            orig.append(PyStr.of(a));
        }
        set(d, "orig_argv", orig);
        set(d, "modules", interp.modules);
        set(d, "path", initialPath(config));
        set(d, "meta_path", PyList.of(ImportTypes.BUILTIN_IMPORTER, ImportTypes.PATH_FINDER));
        set(d, "path_hooks", new PyList());
        set(d, "path_importer_cache", new PyDict());
        set(d, "dont_write_bytecode", PyBool.of(config.dontWriteBytecode));
        set(d, "pycache_prefix", PyNone.NONE);
        PyList warn = new PyList();
        for (String w : config.warnOptions) {
            warn.append(PyStr.of(w));
        }
        set(d, "warnoptions", warn);
        PyDict x = new PyDict();
        for (Map.Entry<String, Object> e : config.xOptions.entrySet()) {
            x.setItem(PyStr.of(e.getKey()), e.getValue() instanceof String sv ? PyStr.of(sv) : PyBool.TRUE);
        }
        set(d, "_xoptions", x);

        set(d, "maxsize", i(Long.MAX_VALUE));
        set(d, "maxunicode", i(0x10ffff));
        set(d, "byteorder", s(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
        set(d, "platform", s(platform()));
        set(d, "version", s(MAJOR + "." + MINOR + "." + MICRO + " (main, Jan  1 2026, 00:00:00) [Adder "
                + ADDER_VERSION[0] + "." + ADDER_VERSION[1] + "." + ADDER_VERSION[2] + " on Java "
                + Runtime.version().feature() + "]"));
        set(d, "version_info", StructSeq.make(VERSION_INFO, i(MAJOR), i(MINOR), i(MICRO), s("final"), i(0)));
        long hexversion = ((long) MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | (0xf << 4);
        set(d, "hexversion", i(hexversion));
        set(d, "api_version", i(1013));
        set(d, "implementation", new SimpleNamespace()
                .set("name", s("adder"))
                .set("cache_tag", s(CodeCache.CACHE_TAG))
                .set("version", StructSeq.make(VERSION_INFO, i(ADDER_VERSION[0]), i(ADDER_VERSION[1]),
                        i(ADDER_VERSION[2]), s("alpha"), i(0)))
                .set("hexversion", i(((long) ADDER_VERSION[0] << 24) | (ADDER_VERSION[1] << 16)
                        | (ADDER_VERSION[2] << 8) | (0xa << 4))));
        String multiarch = multiarch();
        if (multiarch != null) {
            // CPython's on Linux: sysconfig names its build-time module after it (_sysconfigdata_...)
            ((SimpleNamespace) d.getItem(PyStr.of("implementation"))).set("_multiarch", s(multiarch));
        }
        set(d, "flags", StructSeq.make(FLAGS, i(config.debug), i(config.inspect), i(config.interactive),
                i(config.optimize), i(config.dontWriteBytecode ? 1 : 0), i(config.noUserSite), i(config.noSite),
                i(config.ignoreEnvironment), i(config.verbose), i(config.bytesWarning), i(config.quiet), i(0),
                i(config.isolated), PyBool.of(config.devMode), i(config.utf8Mode), i(config.warnDefaultEncoding),
                PyBool.of(config.safePath), i(config.intMaxStrDigits)));
        set(d, "float_info", StructSeq.make(FLOAT_INFO, PyFloat.of(Double.MAX_VALUE), i(1024), i(308),
                PyFloat.of(Double.MIN_NORMAL), i(-1021), i(-307), i(15), i(53), PyFloat.of(Math.ulp(1.0)), i(2),
                i(1)));
        set(d, "int_info", StructSeq.make(INT_INFO, i(30), i(4), i(4300), i(640)));
        set(d, "hash_info", StructSeq.make(HASH_INFO, i(64), i((1L << 61) - 1), i(314159), i(0), i(1000003),
                s("siphash13"), i(64), i(128), i(0)));
        set(d, "thread_info", StructSeq.make(THREAD_INFO, s("pthread"), s("semaphore"), PyNone.NONE));
        set(d, "float_repr_style", s("short"));
        set(d, "abiflags", s(""));
        set(d, "platlibdir", s("lib"));
        String exe = firstNonEmpty(System.getProperty("adder.executable"), System.getenv("ADDER_EXECUTABLE"));
        String home = firstNonEmpty(System.getProperty("adder.home"), System.getenv("ADDER_HOME"));
        set(d, "executable", s(exe));
        set(d, "_base_executable", s(exe));
        for (String p : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            set(d, p, s(home));
        }
        set(d, "copyright", s("Copyright (c) 2026 The Adder authors.\nAll Rights Reserved.\n\n"
                + "Adder runs the standard library of Python 3.11, Copyright (c) 2001-2023 Python Software Foundation."));
        String[] builtinNames = BuiltinModules.names();
        PyObject[] bn = new PyObject[builtinNames.length];
        for (int k = 0; k < bn.length; k++) {
            bn[k] = PyStr.of(builtinNames[k]);
        }
        set(d, "builtin_module_names", PyTuple.of(bn));
        set(d, "stdlib_module_names", stdlibModuleNames());

        fn(interp, "exit", (self, a, n, kw) -> {
            noKw("exit", kw);
            arity("exit", n, 0, 1);
            throw PyErr.of(PyExc.SystemExit, n == 0 ? new PyObject[0] : new PyObject[] {a[0]});
        });
        fn(interp, "getrefcount", (self, a, n, kw) -> {
            noKw("getrefcount", kw);
            if (n != 1) {
                throw PyErr.typeError("sys.getrefcount() takes exactly one argument (%d given)", n);
            }
            return i(2);
        });
        fn(interp, "getsizeof", SysModule::getsizeof);
        if (config.intMaxStrDigits >= 0) {
            dev.adder.runtime.objects.IntOps.maxStrDigits = config.intMaxStrDigits;
        }
        fn(interp, "get_int_max_str_digits", (self, a, n, kw) -> {
            noKw("get_int_max_str_digits", kw);
            arity("get_int_max_str_digits", n, 0, 0);
            return i(dev.adder.runtime.objects.IntOps.maxStrDigits);
        });
        fn(interp, "set_int_max_str_digits", (self, a, n, kw) -> {
            PyObject v;
            if (kw != null && kw.size() > 0) {
                if (n != 0 || kw.size() != 1 || !((PyStr) kw.get(0)).value().equals("maxdigits")) {
                    throw PyErr.typeError("set_int_max_str_digits() got an unexpected keyword argument '%s'",
                            ((PyStr) kw.get(kw.size() - 1)).value());
                }
                v = a[0];
            } else {
                if (n != 1) {
                    throw PyErr.typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
                }
                v = a[0];
            }
            long m = Abstract.index(v).clampedLong();
            if (m != 0 && m < 640) {
                throw PyErr.valueError("maxdigits must be 0 or larger than %d", 640);
            }
            dev.adder.runtime.objects.IntOps.maxStrDigits = (int) Math.min(m, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        fn(interp, "intern", (self, a, n, kw) -> {
            noKw("intern", kw);
            arity("intern", n, 1, 1);
            if (!(a[0] instanceof PyStr str)) {
                throw PyErr.typeError("intern() argument must be str, not %s", a[0].type().name());
            }
            if (a[0].type() != PyStr.TYPE) {
                throw PyErr.typeError("can't intern %s", a[0].type().name());
            }
            return PyStr.intern(str);
        });
        PyObject displayhook = fn(interp, "displayhook", (self, a, n, kw) -> {
            noKw("displayhook", kw);
            arity("displayhook", n, 1, 1);
            displayhook(interp, a[0]);
            return PyNone.NONE;
        });
        set(d, "__displayhook__", displayhook);
        PyObject excepthook = fn(interp, "excepthook", (self, a, n, kw) -> {
            noKw("excepthook", kw);
            arity("excepthook", n, 3, 3);
            excepthook(interp, a[1]);
            return PyNone.NONE;
        });
        set(d, "__excepthook__", excepthook);
        PyObject unraisablehook = fn(interp, "unraisablehook", (self, a, n, kw) -> {
            noKw("unraisablehook", kw);
            arity("unraisablehook", n, 1, 1);
            if (a[0].type() != UNRAISABLE_ARGS) {
                throw PyErr.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
            }
            PyTuple t = (PyTuple) a[0];
            PyObject msg = t.get(3);
            interp.defaultUnraisable.print(msg instanceof dev.adder.runtime.objects.PyStr s ? s.value() : null,
                    t.get(4), t.get(1));
            return PyNone.NONE;
        });
        set(d, "__unraisablehook__", unraisablehook);
        fn(interp, "getdefaultencoding", (self, a, n, kw) -> s("utf-8"));
        fn(interp, "getfilesystemencoding", (self, a, n, kw) -> s("utf-8"));
        fn(interp, "getfilesystemencodeerrors", (self, a, n, kw) -> s("surrogateescape"));
        double[] switchInterval = {0.005};
        fn(interp, "getswitchinterval", (self, a, n, kw) -> PyFloat.of(switchInterval[0]));
        fn(interp, "setswitchinterval", (self, a, n, kw) -> {
            noKw("setswitchinterval", kw);
            arity("setswitchinterval", n, 1, 1);
            double v = Abstract.toFloat(a[0]).value;
            if (!(v > 0)) {
                throw PyErr.valueError("switch interval must be strictly positive");
            }
            switchInterval[0] = v;
            return PyNone.NONE;
        });
        fn(interp, "audit", (self, a, n, kw) -> {
            if (n < 1) {
                throw PyErr.typeError("audit() missing 1 required positional argument: 'event'");
            }
            if (!(a[0] instanceof PyStr)) {
                throw PyErr.typeError("expected str for argument 'event', not %s", a[0].type().name());
            }
            return PyNone.NONE;
        });
        fn(interp, "addaudithook", (self, a, n, kw) -> PyNone.NONE);
        fn(interp, "is_finalizing", (self, a, n, kw) -> PyBool.FALSE);
        fn(interp, "getdlopenflags", (self, a, n, kw) -> i(2));
        set(d, "__stdin__", new dev.adder.vm.internal.StdinStream(System.in));
        set(d, "stdin", d.getItem(PyStr.of("__stdin__")));
        // stdout, stderr: InterpreterState.setStreams
    }

    private static String firstNonEmpty(String a, String b) {
        if (a != null && !a.isEmpty()) {
            return a;
        }
        return b == null ? "" : b;
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        if (os.startsWith("freebsd")) {
            return "freebsd";
        }
        return "linux";
    }

    /** The initial {@code sys.path}: {@code PYTHONPATH} entries, then CPython's Lib. */
    private static PyList initialPath(RuntimeState.Config config) {
        PyList path = new PyList();
        if (config.ignoreEnvironment == 0 && config.isolated == 0) {
            String pp = System.getenv("PYTHONPATH");
            if (pp != null && !pp.isEmpty()) {
                for (String p : pp.split(java.io.File.pathSeparator, -1)) {
                    if (!p.isEmpty()) {
                        path.append(PyStr.of(Path.of(p).toAbsolutePath().normalize().toString()));
                    }
                }
            }
        }
        Path lib = LibLocator.lib();
        if (lib != null) {
            path.append(PyStr.of(lib.toString()));
        }
        return path;
    }

    private static PyObject stdlibModuleNames() {
        PyObject r = stdlibNames;
        if (r == null) {
            PySet set = new PySet(PySet.FROZENSET_TYPE);
            try (InputStream in = SysModule.class.getResourceAsStream("stdlib_module_names.txt")) {
                if (in != null) {
                    BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String line = br.readLine(); line != null; line = br.readLine()) {
                        if (!line.isEmpty() && !line.startsWith("#")) {
                            set.add(PyStr.of(line.strip()));
                        }
                    }
                }
            } catch (IOException e) {
                // an empty set: nothing better to report
            }
            stdlibNames = r = set;
        }
        return r;
    }

    private static void set(PyDict d, String name, PyObject v) {
        d.setItem(PyStr.of(name), v);
    }

    private static PyObject fn(InterpreterState interp, String name, PyBuiltinFunction.Impl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, name, interp.sys, impl);
        interp.sys.dict.setItem(PyStr.of(name), f);
        return f;
    }

    private static void noKw(String name, PyTuple kw) {
        if (kw != null && kw.size() > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    private static void arity(String name, int n, int min, int max) {
        if (n < min || n > max) {
            if (min == max) {
                throw PyErr.typeError("%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
            }
            throw PyErr.typeError("%s expected %s %d argument%s, got %d", name, n < min ? "at least" : "at most",
                    n < min ? min : max, (n < min ? min : max) == 1 ? "" : "s", n);
        }
    }

    /** {@code sys.displayhook}: prints {@code repr(value)} and keeps it as {@code builtins._}. */
    static void displayhook(InterpreterState interp, PyObject value) {
        if (value == PyNone.NONE) {
            return;
        }
        PyStr underscore = PyStr.of("_");
        interp.builtins.setItem(underscore, PyNone.NONE);
        PyObject out = interp.sys.dict.getItem(PyStr.of("stdout"));
        if (out == null || out == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
        }
        Abstract.callMethod(out, "write", PyStr.of(Abstract.repr(value).value() + "\n"));
        interp.builtins.setItem(underscore, value);
    }

    /** {@code sys.excepthook}: prints the exception and its traceback to {@code sys.stderr}. */
    static void excepthook(InterpreterState interp, PyObject value) {
        String text;
        if (value instanceof PyBaseException exc) {
            text = new PythonRun(interp).formatException(exc);
        } else {
            text = "TypeError: print_exception(): Exception expected for value, " + value.type().name()
                    + " found\n";
        }
        PyObject err = interp.sys.dict.getItem(PyStr.of("stderr"));
        if (err == null || err == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "lost sys.stderr");
        }
        Abstract.callMethod(err, "write", PyStr.of(text));
    }

    /** {@code sys.getsizeof(object[, default])}: CPython 3.11's sizes on 64-bit for the builtin types. */
    private static PyObject getsizeof(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyObject o = null;
        PyObject dflt = null;
        if (n >= 1) {
            o = a[0];
        }
        if (n >= 2) {
            dflt = a[1];
        }
        if (n > 2) {
            throw PyErr.typeError("getsizeof() takes at most 2 arguments (%d given)", n + (kw == null ? 0 : kw.size()));
        }
        for (int k = 0; kw != null && k < kw.size(); k++) {
            String key = ((PyStr) kw.get(k)).value();
            if (key.equals("object") && o == null) {
                o = a[n + k];
            } else if (key.equals("default") && dflt == null) {
                dflt = a[n + k];
            } else {
                throw PyErr.typeError("getsizeof() got an unexpected keyword argument '%s'", key);
            }
        }
        if (o == null) {
            throw PyErr.typeError("getsizeof() missing required argument 'object' (pos 1)");
        }
        PyObject method = o.type().lookup("__sizeof__");
        if (method != null && o.type().hasFlags(PyType.HEAPTYPE)) {
            PyObject r = Abstract.callMethod(o, "__sizeof__");
            long v = Abstract.index(r).clampedLong();
            if (v < 0) {
                throw PyErr.valueError("__sizeof__() should return >= 0");
            }
            return i(v + 16);
        }
        return i(sizeOf(o));
    }

    private static long sizeOf(PyObject o) {
        if (o instanceof PyInt v) {
            int bits = v.big == null ? 64 - Long.numberOfLeadingZeros(Math.abs(v.value)) : v.big.abs().bitLength();
            return 24 + 4L * Math.max(1, (bits + 29) / 30);
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyStr str) {
            String v = str.value();
            int max = 0;
            for (int k = 0; k < v.length(); ) {
                int cp = v.codePointAt(k);
                max = Math.max(max, cp);
                k += Character.charCount(cp);
            }
            int len = str.length();
            if (max < 128) {
                return 49 + len;
            }
            if (max < 256) {
                return 73 + len;
            }
            if (max < 0x10000) {
                return 74 + 2L * len;
            }
            return 76 + 4L * len;
        }
        if (o instanceof PyBytes b) {
            return 33 + b.size();
        }
        if (o instanceof PyTuple t) {
            return 40 + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 56 + 8L * l.size();
        }
        if (o instanceof PyDict dd) {
            int size = dd.size();
            return size == 0 ? 64 : size <= 5 ? 224 : size <= 10 ? 352 : 64 + 30L * Integer.highestOneBit(size * 3);
        }
        if (o instanceof PySet set) {
            int size = Abstract.len(set);
            return size < 5 ? 216 : 216 + 32L * Integer.highestOneBit(size * 5 / 3) * 2;
        }
        if (o.instanceDict() != null) {
            return 56;
        }
        return 16;
    }

    /** The names of the Java modules (for {@code sys.builtin_module_names}), refreshed. */
    static List<String> builtinNames() {
        return new ArrayList<>(List.of(BuiltinModules.names()));
    }
}
