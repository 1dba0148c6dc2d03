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
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.source.PythonSyntaxError;

import java.nio.charset.StandardCharsets;
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
    }

    /** Runs the source bytes of file {@code filename} as {@code __main__}; returns the exit status. */
    public int runFile(byte[] source, String filename) {
        sources.put(filename, splitLines(new String(source, StandardCharsets.UTF_8)));
        interp.main.dict.setItem(PyStr.of("__file__"), PyStr.of(filename));
        return run(() -> Compilers.compile(source, filename, "exec", 0, false, -1));
    }

    /** Runs {@code command} as {@code __main__} ({@code -c}); returns the exit status. */
    public int runCommand(String command) {
        return run(() -> Compilers.compile(command, "<string>", "exec"));
    }

    private interface CompileStep {
        CodeUnit compile();
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
            CodeUnit unit;
            try {
                unit = step.compile();
            } catch (PythonSyntaxError e) {
                interp.stdout.flush();
                printSyntaxError(e);
                return 1;
            }
            PyCode code = new PyCode(unit);
            Frame f = new Frame(code, interp.main.dict, interp.builtins, interp.main.dict);
            Ceval.eval(interp.mainThread, f);
            interp.flushStreams();
            return 0;
        } catch (PyException e) {
            return handleUncaught(e.value);
        } catch (StackOverflowError e) {
            return handleUncaught(dev.adder.runtime.PyErr.format(PyExc.RecursionError,
                    "maximum recursion depth exceeded").value);
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

    private int handleUncaught(PyBaseException exc) {
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
        StringBuilder sb = new StringBuilder();
        printChain(sb, exc, new IdentityHashMap<>());
        interp.stderr.write(sb.toString());
        flushQuietly();
        return 1;
    }

    private void printChain(StringBuilder sb, PyBaseException exc, Map<Object, Boolean> seen) {
        seen.put(exc, true);
        PyObject cause = exc.cause();
        PyObject context = exc.context();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            printChain(sb, c, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (cause == null && !exc.suppressContext() && context instanceof PyBaseException c
                && !seen.containsKey(c)) {
            printChain(sb, c, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        printOne(sb, exc);
    }

    private void printOne(StringBuilder sb, PyBaseException exc) {
        PyObject tbo = exc.traceback();
        if (tbo instanceof PyTraceback tb) {
            sb.append("Traceback (most recent call last):\n");
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
        if (exc.type().isSubtype(PyExc.SyntaxError)) {
            PythonSyntaxError se = asSyntaxError(exc);
            if (se != null) {
                sb.append(syntaxErrorText(se, typeName(exc.type())));
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
        sb.append('\n');
    }

    private static void repeated(StringBuilder sb, int count) {
        if (count > 3) {
            int n = count - 3;
            sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private void sourceLine(StringBuilder sb, PyTraceback t, String file, int line) {
        String[] lines = sources.get(file);
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

    /** The attributes of a Python SyntaxError object as a {@link PythonSyntaxError}, or null without them. */
    private static PythonSyntaxError asSyntaxError(PyBaseException exc) {
        dev.adder.runtime.objects.PyDict d = exc.instanceDict();
        PyObject msg = d == null ? null : d.getItem(PyStr.of("msg"));
        if (!(msg instanceof PyStr m)) {
            return null;
        }
        PyObject file = d.getItem(PyStr.of("filename"));
        PyObject text = d.getItem(PyStr.of("text"));
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, m.value(),
                file instanceof PyStr f ? f.value() : null, intAttr(d, "lineno"), intAttr(d, "offset"),
                intAttr(d, "end_lineno"), intAttr(d, "end_offset"), text instanceof PyStr t ? t.value() : null);
    }

    private static int intAttr(dev.adder.runtime.objects.PyDict d, String name) {
        PyObject v = d.getItem(PyStr.of(name));
        return v instanceof PyInt i ? (int) i.clampedLong() : 0;
    }

    /** Prints a syntax error as CPython does (file and line, the text, the caret line, the message). */
    void printSyntaxError(PythonSyntaxError e) {
        interp.stderr.write(syntaxErrorText(e, e.kind().pythonName()));
        interp.stderr.flush();
    }

    private static String syntaxErrorText(PythonSyntaxError e, String typeName) {
        StringBuilder sb = new StringBuilder();
        if (e.filename() != null && e.lineno() > 0) {
            sb.append("  File \"").append(e.filename()).append("\", line ").append(e.lineno()).append('\n');
        }
        String text = e.text();
        if (text != null && e.lineno() > 0) {
            String rtext = text.replaceAll("[\r\n]+$", "");
            int k = 0;
            while (k < rtext.length() && " \n\f".indexOf(rtext.charAt(k)) >= 0) {
                k++;
            }
            String ltext = rtext.substring(k);
            int spaces = k;
            sb.append("    ").append(ltext).append('\n');
            if (e.offset() > 0) {
                int offset = e.offset();
                int endOffset = e.endOffset() == 0 ? offset : e.endOffset();
                if (e.endLineno() > e.lineno()) {
                    endOffset = rtext.length() + 1;
                }
                if (offset == endOffset || endOffset == -1) {
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
        sb.append(typeName).append(": ").append(e.msg()).append('\n');
        return sb.toString();
    }
}
