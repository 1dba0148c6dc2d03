package dev.adder.vm;

import dev.adder.bytecode.CodeUnit;
import dev.adder.ast.Mod;
import dev.adder.compiler.CompileArgumentError;
import dev.adder.compiler.CompileOptions;
import dev.adder.compiler.Compiler;
import dev.adder.compiler.CompilerFlags;
import dev.adder.compiler.Compilers;
import dev.adder.compiler.CompilerRecursionError;
import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.parser.Parser;
import dev.adder.source.PythonSyntaxError;
import dev.adder.source.SourceText;

/**
 * The builtins {@code compile}, {@code exec} and {@code eval}: source to code objects through
 * py-compiler, then a new frame on the given globals and locals (any mapping for locals).
 * {@code compile(..., ast.PyCF_ONLY_AST)} returns the parser's tree as {@code ast} node objects
 * ({@link AstToPython}); an AST object given as source is converted back ({@link PythonToAst}).
 *
 * <p>CPython: Python/bltinmodule.c ({@code builtin_compile_impl}, {@code builtin_exec_impl},
 * {@code builtin_eval_impl}), Python/pythonrun.c ({@code run_eval_code_obj}).
 */
final class BuiltinsCompile {
    private BuiltinsCompile() {
    }

    /** {@code PyCF_ONLY_AST}. */
    static final int PYCF_ONLY_AST = 0x400;

    private static final String[] COMPILE_NAMES = {"source", "filename", "mode", "flags", "dont_inherit",
        "optimize", "_feature_version"};

    /** {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)}. */
    static PyObject compile(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("compile", args, nargs, kw, COMPILE_NAMES, 0, 3, 6, 0);
        String filename = filename(a[1]);
        if (!(a[2] instanceof PyStr modeS)) {
            throw PyErr.typeError("compile() argument 'mode' must be str, not %s", a[2].type().name());
        }
        int flags = a[3] == null ? 0 : Abstract.index(a[3]).intValueExact();
        boolean dontInherit = a[4] != null && Abstract.index(a[4]).signum() != 0;
        int optimize = a[5] == null ? -1 : Abstract.index(a[5]).intValueExact();
        String mode = modeS.value();
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")
                && !(mode.equals("func_type") && (flags & PYCF_ONLY_AST) != 0)) {
            throw PyErr.valueError((flags & PYCF_ONLY_AST) != 0
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (optimize < -1 || optimize > 2) {
            throw PyErr.valueError("compile(): invalid optimize value");
        }
        PyObject src = a[0];
        if (AstModule.isAst(src)) {
            if ((flags & PYCF_ONLY_AST) != 0) {
                return src;
            }
            Mod tree = PythonToAst.convert(src, mode);
            AstValidator.validate(tree);
            return new PyCode(compileAst(tree, filename, mode, flags, dontInherit, optimize));
        }
        if (src instanceof PyCode) {
            // CPython refuses code objects here too
            throw PyErr.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        if (!(src instanceof PyStr) && !(src instanceof PyBytes) && !src.type().name().equals("bytearray")) {
            throw PyErr.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        if ((flags & PYCF_ONLY_AST) != 0) {
            return AstToPython.convert(parseSource(src, filename, mode, flags));
        }
        return new PyCode(compileSource(src, filename, mode, flags, dontInherit, optimize));
    }

    private static String filename(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
        PyObject fspath = o.type().lookup(PyStr.of("__fspath__"));
        if (fspath != null) {
            PyObject r = dev.adder.runtime.HeapTypeSlots.callMethod(fspath, o);
            if (r instanceof PyStr s) {
                return s.value();
            }
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", o.type().name());
    }

    /** Compiles a str, bytes or bytearray source; syntax errors become Python {@code SyntaxError}s. */
    static CodeUnit compileSource(PyObject src, String filename, String mode, int flags, boolean dontInherit,
            int optimize) {
        try {
            if (src instanceof PyStr s) {
                return Compilers.compile(s.value(), filename, mode, flags, dontInherit, optimize);
            }
            byte[] bytes = src instanceof PyBytes b ? b.toByteArray() : bytesOf(src);
            return Compilers.compile(bytes, filename, mode, flags, dontInherit, optimize);
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (CompileArgumentError e) {
            PyType t = e.pythonType().equals("TypeError") ? PyExc.TypeError : PyExc.ValueError;
            throw PyErr.format(t, "%s", e.getMessage());
        } catch (CompilerRecursionError e) {
            throw PyErr.format(PyExc.RecursionError, "%s", CompilerRecursionError.MESSAGE);
        } catch (dev.adder.parser.ParserMemoryError e) {
            throw PyErr.memoryError(); // nested past the parser's limit, as CPython
        }
    }

    /** Parses a str, bytes or bytearray source to Adder's tree ({@code PyCF_ONLY_AST}). */
    private static Mod parseSource(PyObject src, String filename, String mode, int flags) {
        if (!CompilerFlags.valid(flags)) {
            throw PyErr.valueError("compile(): unrecognised flags");
        }
        try {
            SourceText text;
            if (src instanceof PyStr s) {
                if (s.value().indexOf('\0') >= 0) {
                    throw nullBytes();
                }
                text = SourceText.of(filename, s.value());
            } else {
                byte[] bytes = src instanceof PyBytes b ? b.toByteArray() : bytesOf(src);
                for (byte x : bytes) {
                    if (x == 0) {
                        throw nullBytes();
                    }
                }
                text = SourceText.decode(filename, bytes);
            }
            return Parser.parse(text, Compilers.mode(mode));
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (CompilerRecursionError e) {
            throw PyErr.format(PyExc.RecursionError, "%s", CompilerRecursionError.MESSAGE);
        } catch (dev.adder.parser.ParserMemoryError e) {
            throw PyErr.memoryError(); // nested past the parser's limit, as CPython
        }
    }

    private static PythonSyntaxError nullBytes() {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                "source code string cannot contain null bytes", null, 0, 0, 0, 0, null);
    }

    /** Compiles a tree given to {@code compile()} as an AST object. */
    private static CodeUnit compileAst(Mod mod, String filename, String mode, int flags, boolean dontInherit,
            int optimize) {
        try {
            CompileOptions options = new CompileOptions(filename, Compilers.mode(mode), flags, dontInherit,
                    optimize, 0, 0, null);
            return Compiler.compile(mod, options);
        } catch (PyException e) {
            throw e;
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (CompileArgumentError e) {
            PyType t = e.pythonType().equals("TypeError") ? PyExc.TypeError : PyExc.ValueError;
            throw PyErr.format(t, "%s", e.getMessage());
        } catch (CompilerRecursionError e) {
            throw PyErr.format(PyExc.RecursionError, "%s", CompilerRecursionError.MESSAGE);
        } catch (dev.adder.parser.ParserMemoryError e) {
            throw PyErr.memoryError(); // nested past the parser's limit, as CPython
        } catch (RuntimeException e) {
            // a tree the validator lets through but the parser never makes, which the code
            // generator does not expect: CPython's compiler reports such trees as SystemError too
            throw PyErr.format(PyExc.SystemError, "compile(): cannot compile this AST (%s)",
                    e.getClass().getSimpleName());
        }
    }

    private static byte[] bytesOf(PyObject o) {
        int n = Abstract.len(o);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) Abstract.index(Abstract.getItem(o, PyInt.of(i))).value;
        }
        return b;
    }

    /** A Python {@code SyntaxError} (or subclass) with CPython's args and attributes. */
    static PyException syntaxError(PythonSyntaxError e) {
        PyType t = switch (e.kind()) {
            case INDENTATION_ERROR -> PyExc.IndentationError;
            case TAB_ERROR -> PyExc.TabError;
            default -> PyExc.SyntaxError;
        };
        PyObject msg = PyStr.of(e.msg());
        PyBaseException exc;
        if (e.lineno() > 0 || e.filename() != null) {
            PyObject file = e.filename() == null ? PyNone.NONE : PyStr.of(e.filename());
            PyObject text = e.text() == null ? PyNone.NONE : PyStr.of(e.text());
            PyTuple details = PyTuple.of(file, PyInt.of(e.lineno()), PyInt.of(e.offset()), text,
                    PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
            exc = PyBaseException.of(t, msg, details);
            PyDict d = exc.fields();
            d.setItem(PyStr.of("msg"), msg);
            d.setItem(PyStr.of("filename"), file);
            d.setItem(PyStr.of("lineno"), PyInt.of(e.lineno()));
            d.setItem(PyStr.of("offset"), PyInt.of(e.offset()));
            d.setItem(PyStr.of("text"), text);
            d.setItem(PyStr.of("end_lineno"), PyInt.of(e.endLineno()));
            d.setItem(PyStr.of("end_offset"), PyInt.of(e.endOffset()));
        } else {
            exc = PyBaseException.of(t, msg);
            PyDict d = exc.fields();
            d.setItem(PyStr.of("msg"), msg);
            for (String k : new String[] {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}) {
                d.setItem(PyStr.of(k), PyNone.NONE);
            }
        }
        exc.fields().setItem(PyStr.of("print_file_and_line"), PyNone.NONE);
        return new PyException(exc);
    }

    /**
     * {@code SyntaxError.__str__} ("msg (file, line N)") for the syntax error types, installed
     * when the exception types do not define their own.
     */
    static void installSyntaxErrorStr() {
        for (PyType t : PyExc.ALL) {
            if (t.isSubtype(PyExc.SyntaxError) && t.tp_str == PyExc.Exception.tp_str) {
                t.tp_str = BuiltinsCompile::syntaxErrorStr;
            }
        }
    }

    private static PyObject syntaxErrorStr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        PyDict d = e.fields();
        PyObject msg = d == null ? null : d.getItem(PyStr.of("msg"));
        if (msg == null) {
            PyTuple args = e.args();
            return args.size() == 0 ? PyStr.EMPTY : Abstract.str(args.size() == 1 ? args.get(0) : args);
        }
        PyObject file = d.getItem(PyStr.of("filename"));
        PyObject line = d.getItem(PyStr.of("lineno"));
        String m = Abstract.str(msg).value();
        boolean haveFile = file instanceof PyStr;
        boolean haveLine = line instanceof PyInt;
        String f = haveFile ? ((PyStr) file).value() : "";
        int slash = f.lastIndexOf('/');
        if (slash >= 0) {
            f = f.substring(slash + 1);
        }
        if (haveFile && haveLine) {
            return PyStr.of(m + " (" + f + ", line " + Abstract.str(line).value() + ")");
        }
        if (haveFile) {
            return PyStr.of(m + " (" + f + ")");
        }
        if (haveLine) {
            return PyStr.of(m + " (line " + Abstract.str(line).value() + ")");
        }
        return PyStr.of(m);
    }

    private static final String[] EXEC_NAMES = {"source", "globals", "locals", "closure"};

    /** {@code exec(source, globals=None, locals=None, /, *, closure=None)}. */
    static PyObject exec(PyObject self, PyObject[] args, int nargs, PyTuple kw) {
        PyObject[] a = BuiltinArgs.unpack("exec", args, nargs, kw, EXEC_NAMES, 3, 1, 3, 0);
        PyObject globals = a[1] == null ? PyNone.NONE : a[1];
        PyObject locals = a[2] == null ? PyNone.NONE : a[2];
        PyObject closure = a[3] == null ? PyNone.NONE : a[3];
        ThreadState ts = ThreadState.current();
        if (globals == PyNone.NONE) {
            globals = ts.frame.globals;
            if (locals == PyNone.NONE) {
                locals = Builtins.currentLocals();
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        if (!(globals instanceof PyDict g)) {
            throw PyErr.typeError("exec() globals must be a dict, not %s", globals.type().name());
        }
        if (!isMapping(locals)) {
            throw PyErr.typeError("locals must be a mapping or None, not %s", locals.type().name());
        }
        PyDict builtins = ensureBuiltins(ts, g);
        PyObject src = a[0];
        PyCode code;
        if (src instanceof PyCode c) {
            code = c;
            if (code.nfree > 0 && closure == PyNone.NONE) {
                throw PyErr.typeError("code object passed to exec() may not contain free variables");
            }
            if (closure != PyNone.NONE) {
                throw PyErr.format(PyExc.NotImplementedError, "exec() with a closure is not supported yet");
            }
        } else {
            if (closure != PyNone.NONE) {
                throw PyErr.typeError("closure can only be used when source is a code object");
            }
            if (!(src instanceof PyStr) && !(src instanceof PyBytes) && !src.type().name().equals("bytearray")) {
                throw PyErr.typeError("exec() arg 1 must be a string, bytes or code object");
            }
            code = new PyCode(compileSource(src, "<string>", "exec", 0, false, -1));
        }
        run(ts, code, g, builtins, locals);
        return PyNone.NONE;
    }

    /** {@code eval(source, globals=None, locals=None, /)}. */
    static PyObject eval(PyObject self, PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.positional("eval", n, kw, 1, 3);
        PyObject globals = n > 1 ? a[1] : PyNone.NONE;
        PyObject locals = n > 2 ? a[2] : PyNone.NONE;
        if (locals != PyNone.NONE && !isMapping(locals)) {
            throw PyErr.typeError("locals must be a mapping");
        }
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw PyErr.typeError(isMapping(globals)
                    ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        }
        ThreadState ts = ThreadState.current();
        if (globals == PyNone.NONE) {
            globals = ts.frame.globals;
            if (locals == PyNone.NONE) {
                locals = Builtins.currentLocals();
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        PyDict g = (PyDict) globals;
        PyDict builtins = ensureBuiltins(ts, g);
        PyObject src = a[0];
        PyCode code;
        if (src instanceof PyCode c) {
            code = c;
            if (code.nfree > 0) {
                throw PyErr.typeError("code object passed to eval() may not contain free variables");
            }
        } else if (src instanceof PyStr s) {
            code = new PyCode(compileSource(PyStr.of(stripLeading(s.value())), "<string>", "eval", 0, false, -1));
        } else if (src instanceof PyBytes || src.type().name().equals("bytearray")) {
            byte[] b = src instanceof PyBytes pb ? pb.toByteArray() : bytesOf(src);
            int i = 0;
            while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            code = new PyCode(compileSource(PyBytes.of(java.util.Arrays.copyOfRange(b, i, b.length)), "<string>",
                    "eval", 0, false, -1));
        } else {
            throw PyErr.typeError("eval() arg 1 must be a string, bytes or code object");
        }
        return run(ts, code, g, builtins, locals);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    /** {@code PyMapping_Check}: has {@code __getitem__} (sequences pass too, as in CPython). */
    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().mp_subscript != null;
    }

    /**
     * Inserts {@code __builtins__} into {@code globals} when missing (the current builtins
     * dictionary, as CPython does) and returns the builtins dictionary the new frame uses.
     */
    private static PyDict ensureBuiltins(ThreadState ts, PyDict globals) {
        PyStr key = PyStr.of("__builtins__");
        PyObject b = globals.getItem(key);
        if (b == null) {
            PyDict cur = ts.frame != null ? ts.frame.builtins : ts.interp.builtins;
            globals.setItem(key, cur);
            return cur;
        }
        if (b instanceof PyModule m) {
            return m.dict;
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return ts.interp.builtins;
    }

    private static PyObject run(ThreadState ts, PyCode code, PyDict globals, PyDict builtins, PyObject locals) {
        Frame f = new Frame(code, globals, builtins, locals);
        return Ceval.eval(ts, f);
    }
}
