package dev.adder.vm;

import dev.adder.bytecode.CodeUnit;
import dev.adder.bytecode.PositionTable;
import dev.adder.compiler.Compilers;
import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.source.PythonSyntaxError;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Running a program in {@code __main__}: compile, evaluate, and on an uncaught exception print
 * the traceback as CPython 3.11 prints it; the result is the process exit status.
 *
 * <p>CPython: Python/pythonrun.c ({@code PyRun_SimpleFileObject}, {@code _PyErr_Display}),
 * Python/traceback.c.
 */
public final class PythonRun {
    private final InterpreterState interp;
    private final Map<String, String[]> sources = new java.util.HashMap<>();

    /** A runner for {@code interp}. */
    public PythonRun(InterpreterState interp) {
        this.interp = interp;
        interp.atexit.unraisable = this::writeUnraisable;
        interp.defaultUnraisable = this::printUnraisable;
        dev.adder.runtime.Finalizers.unraisable = (m, e) -> writeUnraisable(null, m, e);
        dev.adder.runtime.Finalizers.wake = () -> Signals.pending = true;
        if (interp.sys.dict.getItem(PyStr.of("displayhook")) == null) {
            PyObject hook = new dev.adder.runtime.objects.PyBuiltinFunction("displayhook", "displayhook", interp.sys,
                    (self, a, n, kw) -> {
                        if (n != 1 || (kw != null && kw.size() > 0)) {
                            throw dev.adder.runtime.PyErr.typeError("displayhook() takes exactly one argument (%d given)",
                                    n);
                        }
                        CevalOps.displayHook(interp.mainThread, a[0]);
                        return PyNone.NONE;
                    });
            interp.sys.dict.setItem(PyStr.of("displayhook"), hook);
            interp.sys.dict.setItem(PyStr.of("__displayhook__"), hook);
        }
    }

    /** Runs the source bytes of file {@code filename} as {@code __main__}; returns the exit status. */
    public int runFile(byte[] source, String filename) {
        sources.put(filename, splitLines(new String(source, StandardCharsets.UTF_8)));
        if (!filename.startsWith("<")) {
            interp.main.dict.setItem(Import.LOADER, new ImportTypes.SourceFileLoader("__main__", filename));
            interp.main.dict.setItem(PyStr.of("__file__"), PyStr.of(filename));
            interp.main.dict.setItem(Import.CACHED, PyNone.NONE);
            setPath0(scriptDirectory(filename));
        } else {
            interp.main.dict.setItem(Import.LOADER, ImportTypes.BUILTIN_IMPORTER);
            setPath0("");
        }
        return run(() -> new PyCode(Compilers.compile(source, filename, "exec", 0, false, -1)));
    }

    /** Runs {@code command} as {@code __main__} ({@code -c}); returns the exit status. */
    public int runCommand(String command) {
        interp.main.dict.setItem(Import.LOADER, ImportTypes.BUILTIN_IMPORTER);
        setPath0("");
        return run(() -> new PyCode(Compilers.compile(command, "<string>", "exec")));
    }

    /**
     * Runs module {@code module} (or package {@code module}'s {@code __main__} submodule) as
     * {@code __main__}, as {@code python -m module} does: its parent packages are imported, the
     * current directory is first on {@code sys.path}, {@code sys.argv[0]} becomes the module's
     * file. Returns the exit status; when the module cannot be found, prints
     * {@code EXECUTABLE: message} and returns 1.
     *
     * <p>CPython: Lib/runpy.py ({@code _run_module_as_main}, {@code _get_module_details}).
     */
    public int runModule(String module) {
        interp.main.dict.setItem(Import.LOADER, ImportTypes.BUILTIN_IMPORTER);
        setPath0(Path.of("").toAbsolutePath().toString());
        return run(() -> {
            ModuleDetails md = moduleDetails(module);
            PyDict g = interp.main.dict;
            g.setItem(Import.NAME, PyStr.of("__main__"));
            PyObject origin = attrOrNone(md.spec, "origin");
            g.setItem(Import.FILE, origin);
            g.setItem(Import.CACHED, attrOrNone(md.spec, "cached"));
            g.setItem(PyStr.of("__doc__"), PyNone.NONE);
            g.setItem(Import.LOADER, attrOrNone(md.spec, "loader"));
            g.setItem(Import.PACKAGE, attrOrNone(md.spec, "parent"));
            g.setItem(Import.SPEC, md.spec);
            PyObject argv = interp.sys.dict.getItem(PyStr.of("argv"));
            if (argv instanceof dev.adder.runtime.objects.PyList l && l.size() > 0) {
                l.set(0, origin);
            }
            return md.code;
        });
    }

    /** Raised (as a Java exception) when {@code -m} cannot find or run a module: runpy's {@code _Error}. */
    private static final class RunModuleError extends RuntimeException {
        RunModuleError(String message) {
            super(message, null, false, false);
        }
    }

    private record ModuleDetails(PyObject spec, PyCode code) {
    }

    private static PyObject attrOrNone(PyObject o, String name) {
        PyObject v = Abstract.lookupAttr(o, PyStr.of(name));
        return v == null ? PyNone.NONE : v;
    }

    private ModuleDetails moduleDetails(String modName) {
        ThreadState ts = interp.mainThread;
        if (modName.startsWith(".")) {
            throw new RunModuleError("Relative module names not supported");
        }
        int dot = modName.lastIndexOf('.');
        String pkgName = dot < 0 ? "" : modName.substring(0, dot);
        if (!pkgName.isEmpty()) {
            try {
                Import.importModuleLevel(ts, pkgName, null, null, 0);
            } catch (PyException e) {
                if (!e.matches(PyExc.ImportError)) {
                    throw e;
                }
                PyObject en = e.value.fields() == null ? null : e.value.fields().getItem(PyStr.of("name"));
                if (!(en instanceof PyStr es) || (!es.value().equals(pkgName) && !pkgName.startsWith(es.value() + "."))) {
                    throw e;
                }
            }
        }
        PyObject spec;
        try {
            spec = findSpec(ts, modName);
        } catch (PyException e) {
            if (!e.matches(PyExc.ImportError) && !e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)
                    && !e.matches(PyExc.ValueError)) {
                throw e;
            }
            String msg = "Error while finding module specification for " + Abstract.repr(PyStr.of(modName)).value()
                    + " (" + typeName(e.value.type()) + ": " + Abstract.str(e.value).value() + ")";
            if (modName.endsWith(".py")) {
                String stem = modName.substring(0, modName.length() - 3);
                msg += ". Try using '" + stem + "' instead of '" + modName + "' as the module name.";
            }
            throw new RunModuleError(msg);
        }
        if (spec == null) {
            throw new RunModuleError("No module named " + modName);
        }
        if (attrOrNone(spec, "submodule_search_locations") != PyNone.NONE) {
            if (modName.equals("__main__") || modName.endsWith(".__main__")) {
                throw new RunModuleError("Cannot use package as __main__ module");
            }
            try {
                return moduleDetails(modName + ".__main__");
            } catch (RunModuleError e) {
                if (interp.modules.getItem(PyStr.of(modName)) == null) {
                    throw e;
                }
                throw new RunModuleError(e.getMessage() + "; " + Abstract.repr(PyStr.of(modName)).value()
                        + " is a package and cannot be directly executed");
            }
        }
        PyObject loader = attrOrNone(spec, "loader");
        if (loader == PyNone.NONE) {
            throw new RunModuleError(Abstract.repr(PyStr.of(modName)).value()
                    + " is a namespace package and cannot be executed");
        }
        PyObject code;
        try {
            if (loader instanceof ImportTypes.SourceFileLoader sl) {
                code = new PyCode(Import.sourceCode(ts, sl.path));
            } else {
                code = Abstract.callMethod(loader, "get_code", PyStr.of(modName));
            }
        } catch (PyException e) {
            if (e.matches(PyExc.ImportError)) {
                throw new RunModuleError(Abstract.str(e.value).value());
            }
            throw e;
        }
        if (!(code instanceof PyCode pc)) {
            throw new RunModuleError("No code object available for " + modName);
        }
        return new ModuleDetails(spec, pc);
    }

    /** {@code importlib.util.find_spec(name)} for an absolute name. */
    private static PyObject findSpec(ThreadState ts, String fullname) {
        PyObject m = ts.interp.modules.getItem(PyStr.of(fullname));
        if (m != null && m != PyNone.NONE) {
            PyObject spec = Abstract.lookupAttr(m, Import.SPEC);
            if (spec == null || spec == PyNone.NONE) {
                throw PyErr.valueError("%s.__spec__ is None", fullname);
            }
            return spec;
        }
        int dot = fullname.lastIndexOf('.');
        PyObject parentPath = PyNone.NONE;
        if (dot >= 0) {
            String parentName = fullname.substring(0, dot);
            PyObject parent = Import.importModuleLevel(ts, parentName, null,
                    dev.adder.runtime.objects.PyTuple.of(PyStr.of("__path__")), 0);
            PyObject p = Abstract.lookupAttr(parent, Import.PATH);
            if (p == null) {
                throw Import.moduleNotFound("__path__ attribute not found on " + Abstract.repr(PyStr.of(parentName))
                        .value() + " while trying to find " + Abstract.repr(PyStr.of(fullname)).value(), fullname);
            }
            parentPath = p;
        }
        return Import.findSpec(ts, fullname, parentPath);
    }

    /** Puts {@code entry} first on {@code sys.path} (unless the safe-path setting is on). */
    /**
     * Prepares {@code __main__} and {@code sys.path[0]} for code that has no file ({@code -c},
     * standard input, the interactive loop): the loader is the builtin importer and the current
     * directory ({@code ''}) is searched first.
     */
    public void prepareInteractiveMain() {
        interp.main.dict.setItem(Import.LOADER, ImportTypes.BUILTIN_IMPORTER);
        setPath0("");
    }

    private void setPath0(String entry) {
        if (interp.runtime.config.safePath || interp.runtime.config.isolated != 0) {
            return;
        }
        PyObject path = interp.sys.dict.getItem(PyStr.of("path"));
        if (path instanceof dev.adder.runtime.objects.PyList l) {
            l.insert(0, PyStr.of(entry));
        }
    }

    private static String scriptDirectory(String filename) {
        Path p = Path.of(filename);
        try {
            p = p.toRealPath();
        } catch (java.io.IOException | RuntimeException e) {
            p = p.toAbsolutePath();
        }
        Path dir = p.getParent();
        return dir == null ? "" : dir.toString();
    }

    private interface CompileStep {
        PyCode compile();
    }

    private int run(CompileStep step) {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = runHere(step), "MainThread", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status[0] = 130;
        }
        return status[0];
    }

    private int runHere(CompileStep step) {
        try {
            PyCode code;
            try {
                code = step.compile();
            } catch (PythonSyntaxError e) {
                interp.stdout.flush();
                printSyntaxError(e);
                return 1;
            } catch (RunModuleError e) {
                flushQuietly();
                PyObject exe = interp.sys.dict.getItem(PyStr.of("executable"));
                String prog = exe instanceof PyStr ps && !ps.value().isEmpty() ? ps.value() : "adder";
                interp.stderr.write(prog + ": " + e.getMessage() + "\n");
                flushQuietly();
                return 1;
            }
            Frame f = new Frame(code, interp.main.dict, interp.builtins, interp.main.dict);
            Ceval.eval(interp.mainThread, f);
            interp.flushStreams();
            return 0;
        } catch (PyException e) {
            return handleUncaught(e.value);
        } catch (StackOverflowError e) {
            return handleUncaught(dev.adder.runtime.PyErr.format(PyExc.RecursionError,
                    "maximum recursion depth exceeded").value);
        } catch (dev.adder.parser.ParserMemoryError e) {
            return handleUncaught(dev.adder.runtime.PyErr.memoryError().value);
        } catch (RuntimeException e) {
            flushQuietly();
            interp.stderr.write("SystemError: internal error: " + e + "\n");
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().startsWith("dev.adder")) {
                    interp.stderr.write("    at " + el + "\n");
                }
            }
            flushQuietly();
            return 1;
        }
    }

    private void flushQuietly() {
        try {
            interp.flushStreams();
        } catch (PyException ignored) {
            // nothing more can be reported
        }
    }

    /**
     * Reports an uncaught exception as CPython's {@code PyErr_Print} does and gives the exit
     * status: for {@code SystemExit} its code (None is 0; another object is printed to stderr and
     * gives 1), 130 for {@code KeyboardInterrupt}, 1 for the rest (after the traceback).
     */
    public int handleUncaught(PyBaseException exc) {
        if (exc == PRINTED_SYNTAX_ERROR) {
            return 1;
        }
        flushQuietly();
        if (exc.type().isSubtype(PyExc.SystemExit)) {
            PyObject code = exc.args().size() == 0 ? PyNone.NONE : exc.args().size() == 1 ? exc.args().get(0)
                    : exc.args();
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) i.clampedLong();
            }
            interp.stderr.write(Abstract.str(code).value() + "\n");
            flushQuietly();
            return 1;
        }
        PyObject hook = interp.sys.dict.getItem(PyStr.of("excepthook"));
        PyObject original = interp.sys.dict.getItem(PyStr.of("__excepthook__"));
        if (hook != null && hook != original) {
            // a hook set by the program: it reports the exception (CPython: _PyErr_PrintEx)
            try {
                PyObject tb = exc.traceback();
                Abstract.call(hook, exc.type(), exc, tb == null ? PyNone.NONE : tb);
                flushQuietly();
                return 1;
            } catch (PyException e) {
                flushQuietly();
                interp.stderr.write("Error in sys.excepthook:\n" + formatException(e.value)
                        + "\nOriginal exception was:\n" + formatException(exc));
                flushQuietly();
                return 1;
            }
        }
        printTraceback(exc);
        return exc.type().isSubtype(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** The traceback and message of {@code exc} and its chain, as CPython prints them. */
    String formatException(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        printChain(sb, exc, new IdentityHashMap<>());
        return sb.toString();
    }

    private void printChain(StringBuilder sb, PyBaseException exc, Map<Object, Boolean> seen) {
        printChain(sb, exc, seen, new int[2]);
    }

    /**
     * {@code exc} with its cause/context chain; {@code ctx} is {exception group depth, need close}
     * (CPython: {@code Lib/traceback.py} {@code TracebackException.format}).
     */
    private void printChain(StringBuilder sb, PyBaseException exc, Map<Object, Boolean> seen, int[] ctx) {
        seen.put(exc, true);
        PyObject cause = exc.cause();
        PyObject context = exc.context();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            printChain(sb, c, seen, ctx);
            emit(sb, ctx, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (cause == null && !exc.suppressContext() && context instanceof PyBaseException c
                && !seen.containsKey(c)) {
            printChain(sb, c, seen, ctx);
            emit(sb, ctx, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        PyObject subs = exc.type().isSubtype(PyExc.BaseExceptionGroup) && exc.fields() != null
                ? exc.fields().getItem(PyStr.of("exceptions")) : null;
        if (!(subs instanceof dev.adder.runtime.objects.PyTuple group)) {
            if (ctx[0] == 0) {
                printOne(sb, exc);
                return;
            }
            StringBuilder one = new StringBuilder();
            printOne(one, exc);
            emit(sb, ctx, one.toString(), '|');
            return;
        }
        if (ctx[0] > 10) {
            emit(sb, ctx, "... (max_group_depth is 10)\n", '|');
            return;
        }
        boolean top = ctx[0] == 0;
        if (top) {
            ctx[0]++;
        }
        StringBuilder stack = new StringBuilder();
        if (formatStack(stack, exc)) {
            emit(sb, ctx, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            emit(sb, ctx, stack.toString(), '|');
        }
        StringBuilder only = new StringBuilder();
        formatOnly(only, exc);
        emit(sb, ctx, only.toString(), '|');
        int num = group.size();
        int n = num <= 15 ? num : 16;
        ctx[1] = 0;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx[1] = 1;
            }
            boolean truncated = i >= 15;
            String title = truncated ? "..." : Integer.toString(i + 1);
            sb.append(" ".repeat(2 * ctx[0])).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            ctx[0]++;
            if (!truncated) {
                if (group.get(i) instanceof PyBaseException sub) {
                    printChain(sb, sub, seen, ctx);
                }
            } else {
                int remaining = num - 15;
                emit(sb, ctx, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx[1] != 0) {
                sb.append(" ".repeat(2 * ctx[0])).append("+------------------------------------\n");
                ctx[1] = 0;
            }
            ctx[0]--;
        }
        if (top) {
            ctx[0] = 0;
        }
    }

    /** {@code text} with every line indented for the current group depth ({@code _ExceptionPrintContext.emit}). */
    private static void emit(StringBuilder sb, int[] ctx, String text, char margin) {
        if (ctx[0] == 0) {
            sb.append(text);
            return;
        }
        String prefix = " ".repeat(2 * ctx[0]) + margin + " ";
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl + 1;
            sb.append(prefix).append(text, i, end);
            i = end;
        }
    }

    private void printOne(StringBuilder sb, PyBaseException exc) {
        StringBuilder stack = new StringBuilder();
        if (formatStack(stack, exc)) {
            sb.append("Traceback (most recent call last):\n").append(stack);
        }
        formatOnly(sb, exc);
    }

    private boolean formatStack(StringBuilder sb, PyBaseException exc) {
        PyObject tbo = exc.traceback();
        if (tbo instanceof PyTraceback tb) {
            List<PyTraceback> entries = new ArrayList<>();
            for (PyTraceback t = tb; t != null; t = t.next) {
                entries.add(t);
            }
            int limit = 1000;
            int from = Math.max(0, entries.size() - limit);
            String lastFile = null;
            int lastLine = -1;
            String lastName = null;
            int count = 0;
            for (int i = from; i < entries.size(); i++) {
                PyTraceback t = entries.get(i);
                String file = t.code.unit.co_filename();
                int line = t.lineno();
                String name = t.code.name;
                if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                    count++;
                    if (count > 3) {
                        continue;
                    }
                } else {
                    repeated(sb, count);
                    lastFile = file;
                    lastLine = line;
                    lastName = name;
                    count = 1;
                }
                sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name)
                        .append('\n');
                sourceLine(sb, t, file, line);
            }
            repeated(sb, count);
        }
        return tbo instanceof PyTraceback;
    }

    private void formatOnly(StringBuilder sb, PyBaseException exc) {
        if (exc.type().isSubtype(PyExc.SyntaxError)) {
            PyDict d = exc.fields();
            PyObject msg = d == null ? null : d.getItem(PyStr.of("msg"));
            if (msg instanceof PyStr m) {
                PyObject fn = d.getItem(PyStr.of("filename"));
                PyObject text = d.getItem(PyStr.of("text"));
                formatSyntaxError(sb, fn instanceof PyStr f ? f.value() : null, intAttr(d, "lineno"),
                        text instanceof PyStr t ? t.value() : null, intAttr(d, "offset"), intAttr(d, "end_lineno"),
                        intAttr(d, "end_offset"), typeName(exc.type()), m.value(),
                        exc.type().isSubtype(PyExc.IndentationError));
                return;
            }
            sb.append(typeName(exc.type())).append(": ").append(Abstract.str(exc).value()).append('\n');
            return;
        }
        String msg;
        try {
            msg = Abstract.str(exc).value();
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        sb.append(typeName(exc.type()));
        if (!msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        String suggestion = null;
        try {
            suggestion = Suggestions.offer(exc);
        } catch (PyException e) {
            suggestion = null;
        }
        if (suggestion != null) {
            sb.append(". Did you mean: '").append(suggestion).append("'?");
        }
        sb.append('\n');
        printNotes(sb, exc);
    }

    /** The {@code __notes__} of {@code exc}, one a line (CPython: {@code print_exception_notes}). */
    private static void printNotes(StringBuilder sb, PyBaseException exc) {
        PyDict d = exc.instanceDict();
        PyObject notes = d == null ? null : d.getItem(PyStr.of("__notes__"));
        if (notes == null) {
            return;
        }
        if (!(notes instanceof dev.adder.runtime.objects.PyList) && !(notes instanceof dev.adder.runtime.objects.PyTuple)) {
            String r;
            try {
                r = Abstract.repr(notes).value();
            } catch (PyException e) {
                r = "<__notes__ repr() failed>";
            }
            sb.append(r).append('\n');
            return;
        }
        PyObject it = Abstract.iter(notes);
        for (PyObject note = Abstract.next(it); note != null; note = Abstract.next(it)) {
            String t;
            try {
                t = Abstract.str(note).value();
            } catch (PyException e) {
                t = "<note str() failed>";
            }
            sb.append(t).append('\n');
        }
    }

    private static void repeated(StringBuilder sb, int count) {
        if (count > 3) {
            int n = count - 3;
            sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private void sourceLine(StringBuilder sb, PyTraceback t, String file, int line) {
        String[] lines = sources.computeIfAbsent(file, PythonRun::readSourceLines);
        if (lines == null || line < 1 || line > lines.length) {
            return;
        }
        String raw = lines[line - 1];
        String stripped = raw.strip();
        if (stripped.isEmpty()) {
            return;
        }
        sb.append("    ").append(stripped).append('\n');
        List<PositionTable.Positions> ps = t.code.unit.co_positions();
        int idx = t.lasti / 2;
        if (idx >= ps.size()) {
            return;
        }
        PositionTable.Positions p = ps.get(idx);
        if (p.colOffset() < 0 || p.endColOffset() < 0 || p.lineno() != line) {
            return;
        }
        int start = charOffset(raw, p.colOffset());
        int end = p.endLineno() == p.lineno() ? charOffset(raw, p.endColOffset()) : raw.stripTrailing().length();
        int lead = raw.length() - raw.stripLeading().length();
        int strippedEnd = raw.stripTrailing().length();
        int[] anchors = p.endLineno() == p.lineno() && end > start ? anchors(raw.substring(start, end)) : null;
        if (start <= lead && end >= strippedEnd && anchors == null) {
            return;
        }
        sb.append("    ").append(" ".repeat(Math.max(0, start - lead)));
        if (anchors != null) {
            sb.append("~".repeat(anchors[0])).append("^".repeat(anchors[1] - anchors[0]))
                    .append("~".repeat(Math.max(0, end - start - anchors[1])));
        } else {
            sb.append("^".repeat(Math.max(1, end - start)));
        }
        sb.append('\n');
    }

    /**
     * CPython 3.11's caret anchors: when the failing segment is a binary operation, the operator
     * (from the end of the left operand to the start of the right one); for a subscript, the
     * brackets. Null when the segment is no such expression.
     */
    private static int[] anchors(String segment) {
        dev.adder.ast.Mod mod;
        try {
            mod = dev.adder.parser.Parser.parse(segment, "<string>", dev.adder.parser.Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(mod instanceof dev.adder.ast.Mod.Module m) || m.body().size() != 1
                || !(m.body().get(0) instanceof dev.adder.ast.Stmt.Expr st)) {
            return null;
        }
        dev.adder.ast.Expr e = st.value();
        if (e instanceof dev.adder.ast.Expr.BinOp b) {
            int from = b.left().pos().endCol();
            int to = b.right().pos().col();
            for (int i = from; i < to; i++) {
                char c = segment.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                int left = i;
                int right = i + 1;
                if (i + 1 < to && !Character.isWhitespace(segment.charAt(i + 1))) {
                    right++;
                }
                if (i + 1 < to && c == ')') {
                    continue;
                }
                return new int[] {left, right};
            }
            return null;
        }
        if (e instanceof dev.adder.ast.Expr.Subscript sub) {
            return new int[] {sub.value().pos().endCol(), sub.slice().pos().endCol() + 1};
        }
        return null;
    }

    private static int charOffset(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(byteOffset, b.length);
        return new String(b, 0, n, StandardCharsets.UTF_8).length();
    }

    static String typeName(PyType t) {
        PyObject mod = t.dict().getItem(PyStr.of("__module__"));
        String m = mod instanceof PyStr s ? s.value() : "builtins";
        return m.equals("builtins") || m.equals("__main__") ? t.qualname() : m + "." + t.qualname();
    }

    private static String[] splitLines(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    private static int intAttr(PyDict d, String name) {
        PyObject v = d.getItem(PyStr.of(name));
        return v instanceof PyInt i ? (int) i.clampedLong() : 0;
    }

    /** Prints a syntax error as CPython does (file and line, the text, the caret line, the message). */
    public void printSyntaxError(PythonSyntaxError e) {
        StringBuilder sb = new StringBuilder();
        String kind = e.kind().pythonName();
        formatSyntaxError(sb, e.filename(), e.lineno(), e.text(), e.offset(), e.endLineno(), e.endOffset(),
                kind, e.msg(), kind.equals("IndentationError") || kind.equals("TabError"));
        interp.stderr.write(sb.toString());
        interp.stderr.flush();
    }

    /**
     * {@code oneCaret}: an IndentationError (or TabError) gets a single caret whatever its end
     * offset, as CPython's exception printer draws it (the {@code traceback} module draws the range).
     */
    private static void formatSyntaxError(StringBuilder sb, String filename, int lineno, String text, int offset0,
            int endLineno, int endOffset0, String kind, String msg, boolean oneCaret) {
        if (filename != null && lineno > 0) {
            sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        }
        if (text != null && lineno > 0) {
            String rtext = text.replaceAll("[\r\n]+$", "");
            int k = 0;
            while (k < rtext.length() && " \n\f".indexOf(rtext.charAt(k)) >= 0) {
                k++;
            }
            String ltext = rtext.substring(k);
            int spaces = k;
            sb.append("    ").append(ltext).append('\n');
            if (offset0 > 0) {
                int offset = offset0;
                int endOffset = endOffset0 == 0 ? offset : endOffset0;
                if (endLineno > lineno) {
                    endOffset = rtext.length() + 1;
                }
                if (offset == endOffset || endOffset == -1 || oneCaret) {
                    endOffset = offset + 1;
                }
                int colno = offset - 1 - spaces;
                int endColno = endOffset - 1 - spaces;
                if (colno >= 0) {
                    StringBuilder caret = new StringBuilder();
                    for (int i = 0; i < colno && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        caret.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    sb.append("    ").append(caret).append("^".repeat(Math.max(1, endColno - colno))).append('\n');
                }
            }
        }
        sb.append(kind).append(": ").append(msg).append('\n');
    }

    // ------------------------------------------------------------------ the life cycle, run by the command line

    /** What the {@code exec...} methods return for a syntax error, which they have already printed. */
    public static final PyBaseException PRINTED_SYNTAX_ERROR = PyBaseException.of(PyExc.SyntaxError);

    /** Prints {@code exc} with its chain of causes and contexts to {@code sys.stderr}, whatever its type. */
    public void printTraceback(PyBaseException exc) {
        if (exc == PRINTED_SYNTAX_ERROR) {
            return;
        }
        flushQuietly();
        StringBuilder sb = new StringBuilder();
        printChain(sb, exc, new IdentityHashMap<>());
        interp.stderr.write(sb.toString());
        flushQuietly();
    }

    private static String[] readSourceLines(String file) {
        if (file.startsWith("<")) {
            return null;
        }
        try {
            byte[] b = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
            return splitLines(new String(b, StandardCharsets.UTF_8));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Compiles {@code source} (file {@code filename}) at optimization level {@code optimize} and
     * runs it in {@code __main__}, in the calling thread. Returns null when it completes, else the
     * uncaught exception (a syntax error is printed here and reported as a {@code SyntaxError}).
     */
    public PyBaseException execMain(byte[] source, String filename, int optimize) {
        if (!filename.startsWith("<")) {
            sources.put(filename, splitLines(new String(source, StandardCharsets.UTF_8)));
            interp.main.dict.setItem(Import.LOADER, new ImportTypes.SourceFileLoader("__main__", filename));
            interp.main.dict.setItem(PyStr.of("__file__"), PyStr.of(filename));
            interp.main.dict.setItem(Import.CACHED, PyNone.NONE);
            setPath0(scriptDirectory(filename));
        } else {
            prepareInteractiveMain();
        }
        return exec(() -> Compilers.compile(source, filename, "exec", 0, false, optimize));
    }

    /** Runs {@code -c} {@code command} like {@link #execMain}. */
    public PyBaseException execCommand(String command, int optimize) {
        prepareInteractiveMain();
        return exec(() -> Compilers.compile(command, "<string>", "exec", 0, false, optimize));
    }

    /**
     * Compiles one interactive statement ({@code 'single'} mode, file {@code <stdin>}) and runs it
     * in {@code __main__}; expression values go to {@code sys.displayhook}. Returns null or the
     * uncaught exception, as {@link #execMain}.
     *
     * @throws PythonSyntaxError when the statement does not compile (the caller prints it)
     */
    public PyBaseException execInteractive(CodeUnit unit) {
        return exec(() -> unit);
    }

    private interface UnitStep {
        CodeUnit compile();
    }

    private PyBaseException exec(UnitStep step) {
        Signals.setMainThread(Thread.currentThread());
        try {
            CodeUnit unit;
            try {
                unit = step.compile();
            } catch (PythonSyntaxError e) {
                flushQuietly();
                printSyntaxError(e);
                return PRINTED_SYNTAX_ERROR;
            }
            PyCode code = new PyCode(unit);
            Frame f = new Frame(code, interp.main.dict, interp.builtins, interp.main.dict);
            Ceval.eval(interp.mainThread, f);
            return null;
        } catch (PyException e) {
            return e.value;
        } catch (StackOverflowError e) {
            return dev.adder.runtime.PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded").value;
        } catch (dev.adder.parser.ParserMemoryError e) {
            return dev.adder.runtime.PyErr.memoryError().value;
        } catch (RuntimeException e) {
            // an internal error: a bug, reported as SystemError with where it happened
            return CevalOps.internalError(e).value;
        }
    }

    /**
     * Finalization: runs the {@code atexit} callbacks, closes the generators still suspended in a
     * try or with block ({@link PyGenerator#closeAtExit}), runs the modules' exit hooks
     * ({@code InterpreterState.exitHooks}: {@code _io} writes out files left open), then flushes {@code sys.stdout} and
     * {@code sys.stderr}. Returns {@code status}, or 120 when {@code sys.stdout} cannot be flushed
     * (reported as an ignored exception, as CPython does).
     *
     * <p>CPython: Python/pylifecycle.c ({@code Py_FinalizeEx}, {@code flush_std_files}).
     */
    public int finalizeInterpreter(int status) {
        interp.atexit.runExitFuncs();
        PyGenerator.closeAtExit(interp.mainThread);
        if (dev.adder.runtime.Finalizers.used) {
            finalizeMainObjects();
            dev.adder.runtime.Finalizers.endEpoch();
        }
        for (Runnable hook : interp.exitHooks) {
            hook.run();
        }
        int result = status;
        try {
            interp.stdout.flush();
        } catch (PyException e) {
            writeUnraisable(null, interp.stdout, e);
            result = 120;
        }
        try {
            interp.stderr.flush();
        } catch (PyException e) {
            result = 120;
        }
        return result;
    }

    /**
     * The {@code __del__} of objects still alive at exit: first those the {@code __main__} module
     * refers to, in the order CPython's {@code _PyModule_ClearDict} drops them (names with one
     * leading underscore, then the others), then whatever a collection finds unreachable.
     */
    private void finalizeMainObjects() {
        PyObject main = interp.modules.getItem(PyStr.of("__main__"));
        if (main instanceof PyModule m) {
            PyDict d = m.dict;
            for (int pass = 0; pass < 2; pass++) {
                for (int j = d.nextEntry(0); j >= 0; j = d.nextEntry(j + 1)) {
                    PyObject k = d.keyAt(j);
                    PyObject v = d.valueAt(j);
                    if (!(k instanceof PyStr ks) || !(v instanceof dev.adder.runtime.objects.PyFinalizedInstance)) {
                        continue;
                    }
                    String name = ks.value();
                    boolean single = name.length() > 1 && name.charAt(0) == '_' && name.charAt(1) != '_';
                    if ((pass == 0) == single) {
                        dev.adder.runtime.Finalizers.callDel(v);
                    }
                }
            }
        }
        dev.adder.runtime.Finalizers.collect();
    }

    /**
     * CPython's default unraisable hook: "Exception ignored {message}: {repr(obj)}" (or "Exception
     * ignored in: ..." without a message), the traceback and the exception, on {@code sys.stderr}.
     */
    void writeUnraisable(String message, PyObject obj, PyException e) {
        String header = message == null ? null : "Exception ignored " + message;
        PyObject hook = interp.sys.dict.getItem(PyStr.of("unraisablehook"));
        if (hook != null && hook != PyNone.NONE && hook != interp.sys.dict.getItem(PyStr.of("__unraisablehook__"))) {
            PyBaseException v = e.value;
            PyObject args = dev.adder.vm.internal.StructSeq.make(SysModule.UNRAISABLE_ARGS, v.type(), v,
                    v.traceback() == null ? PyNone.NONE : v.traceback(), header == null ? PyNone.NONE : PyStr.of(header),
                    obj == null ? PyNone.NONE : obj);
            try {
                Abstract.call(hook, args);
                return;
            } catch (PyException he) {
                // CPython reports the hook's own failure (and not the exception the hook was given)
                printUnraisable("Exception ignored in sys.unraisablehook", hook, he.value);
                return;
            }
        }
        printUnraisable(header, obj, e.value);
    }

    /** {@code sys.__unraisablehook__}'s output (see {@link InterpreterState.UnraisablePrinter}). */
    void printUnraisable(String header, PyObject obj, PyObject excValue) {
        StringBuilder sb = new StringBuilder();
        if (obj != null && obj != PyNone.NONE) {
            String r;
            if (obj == interp.stdout) {
                r = "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>";
            } else {
                try {
                    r = Abstract.repr(obj).value();
                } catch (PyException ex) {
                    r = "<object repr() failed>";
                }
            }
            sb.append(header == null ? "Exception ignored in" : header).append(": ").append(r).append('\n');
        } else if (header != null) {
            sb.append(header).append(":\n");
        }
        if (!(excValue instanceof PyBaseException exc)) {
            sb.append(Abstract.repr(excValue).value()).append('\n');
            try {
                interp.stderr.write(sb.toString());
                interp.stderr.flush();
            } catch (PyException ignored) {
                // stderr is gone
            }
            return;
        }
        if (exc.type().isSubtype(PyExc.OSError) && exc.args().size() == 2
                && exc.args().get(0) instanceof PyInt errno && exc.args().get(1) instanceof PyStr msg) {
            // the traceback of a failed flush at exit is empty
            sb.append(typeName(exc.type())).append(": [Errno ").append(errno.clampedLong()).append("] ")
                    .append(msg.value()).append('\n');
        } else {
            printOne(sb, exc);
        }
        try {
            interp.stderr.write(sb.toString());
            interp.stderr.flush();
        } catch (PyException ignored) {
            // stderr is gone: nothing more can be reported
        }
    }
}
