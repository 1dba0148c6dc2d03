package dev.adder.runtime.exceptions;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour of particular builtin exceptions: the attributes they derive from their arguments
 * ({@code OSError.errno}, {@code SyntaxError.lineno}, {@code UnicodeDecodeError.start},
 * {@code ImportError.name}, {@code StopIteration.value}, ...), their {@code str} forms, the
 * choice of {@code OSError} subclass by errno, {@code add_note}, {@code with_traceback}, and
 * {@code BaseExceptionGroup} with {@code split}, {@code subgroup} and {@code derive}.
 * The derived attributes live in the exception's dictionary.
 *
 * <p>CPython: {@code Objects/exceptions.c} ({@code BaseException_init}, {@code oserror_init},
 * {@code OSError_str}, {@code errnomap}, {@code SyntaxError_init}, {@code SyntaxError_str},
 * {@code UnicodeDecodeError_str}, {@code ImportError_init}, {@code BaseExceptionGroup_new},
 * {@code exceptiongroup_split_recursive}, {@code BaseException_add_note}).
 */
final class ExcInit {
    private ExcInit() {
    }

    private static final PyObject NONE = PyNone.NONE;

    private static void put(PyBaseException e, String k, PyObject v) {
        e.fields().setItem(PyStr.of(k), v);
    }

    /** Sets member {@code k} when {@code v} was given (a null {@code v} leaves it unset). */
    private static void putGiven(PyBaseException e, String k, PyObject v) {
        if (v != null) {
            put(e, k, v);
        }
    }

    private static PyObject get(PyBaseException e, String k) {
        PyObject v = e.field(k);
        return v == null ? NONE : v;
    }

    /** The keyword arguments some exceptions accept, or "takes no keyword arguments". */
    private static PyObject[] keywords(PyBaseException e, PyTuple kw, PyObject[] a, int n, String... allowed) {
        PyObject[] r = new PyObject[allowed.length];
        for (int i = 0; kw != null && i < kw.size(); i++) {
            String k = ((PyStr) kw.get(i)).value();
            int j = 0;
            while (j < allowed.length && !allowed[j].equals(k)) {
                j++;
            }
            if (j == allowed.length) {
                if (allowed.length == 0) {
                    throw PyErr.typeError("%s() takes no keyword arguments", e.type().name());
                }
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", k, e.type().name());
            }
            r[j] = a[n + i];
        }
        return r;
    }

    /** {@code BaseException.__init__} and the subclass-specific parts, by the instance's type. */
    static void init(PyBaseException e, PyObject[] a, int n, PyTuple kw) {
        PyObject[] pos = new PyObject[n];
        System.arraycopy(a, 0, pos, 0, n);
        PyType t = e.type();
        e.setArgs(PyTuple.of(pos));
        if (t.isSubtype(PyExc.ImportError)) {
            PyObject[] k = keywords(e, kw, a, n, "name", "path");
            e.fields().clear();
            putGiven(e, "name", k[0]);
            putGiven(e, "path", k[1]);
            putGiven(e, "msg", n == 1 ? pos[0] : null);
            return;
        }
        if (t.isSubtype(PyExc.NameError)) {
            PyObject[] k = keywords(e, kw, a, n, "name");
            putGiven(e, "name", k[0]);
            return;
        }
        if (t.isSubtype(PyExc.AttributeError)) {
            PyObject[] k = keywords(e, kw, a, n, "name", "obj");
            putGiven(e, "name", k[0]);
            putGiven(e, "obj", k[1]);
            return;
        }
        if (t.isSubtype(PyExc.BaseExceptionGroup)) {
            return;
        }
        keywords(e, kw, a, n);
        if (t.isSubtype(PyExc.StopIteration)) {
            put(e, "value", n == 0 ? NONE : pos[0]);
        } else if (t.isSubtype(PyExc.SystemExit)) {
            put(e, "code", n == 0 ? NONE : n == 1 ? pos[0] : e.args());
        } else if (t.isSubtype(PyExc.OSError)) {
            osInit(e, pos);
        } else if (t.isSubtype(PyExc.SyntaxError)) {
            syntaxInit(e, pos);
        } else if (t.isSubtype(PyExc.UnicodeDecodeError) || t.isSubtype(PyExc.UnicodeEncodeError)) {
            unicodeInit(e, pos, t.isSubtype(PyExc.UnicodeDecodeError));
        } else if (t.isSubtype(PyExc.UnicodeTranslateError)) {
            if (n != 4) {
                throw PyErr.typeError("function takes exactly 4 arguments (%d given)", n);
            }
            put(e, "object", PyStr.check(pos[0], "argument 1 must be str, not " + pos[0].type().name()));
            put(e, "start", Abstract.index(pos[1]));
            put(e, "end", Abstract.index(pos[2]));
            put(e, "reason", PyStr.check(pos[3], "argument 4 must be str, not " + pos[3].type().name()));
        }
    }

    // ------------------------------------------------------------------ OSError

    private static final int[][] ERRNO_MAP = {
        {11, 0}, {114, 0}, {115, 0}, {10, 1}, {32, 2}, {108, 2}, {103, 3}, {111, 4}, {104, 5}, {17, 6},
        {2, 7}, {21, 8}, {20, 9}, {4, 10}, {13, 11}, {1, 11}, {3, 12}, {110, 13},
    };

    private static PyType[] errnoTypes() {
        return new PyType[] {PyExc.BlockingIOError, PyExc.ChildProcessError, PyExc.BrokenPipeError,
            PyExc.ConnectionAbortedError, PyExc.ConnectionRefusedError, PyExc.ConnectionResetError,
            PyExc.FileExistsError, PyExc.FileNotFoundError, PyExc.IsADirectoryError, PyExc.NotADirectoryError,
            PyExc.InterruptedError, PyExc.PermissionError, PyExc.ProcessLookupError, PyExc.TimeoutError};
    }

    /** The OSError subclass for {@code errno}, or OSError. */
    static PyType osErrorType(PyObject errno) {
        if (errno instanceof PyInt i && i.isSmall()) {
            PyType[] types = errnoTypes();
            for (int[] m : ERRNO_MAP) {
                if (m[0] == i.value) {
                    return types[m[1]];
                }
            }
        }
        return PyExc.OSError;
    }

    private static void osInit(PyBaseException e, PyObject[] a) {
        int n = a.length;
        e.fields().clear();
        boolean written = e.type().isSubtype(PyExc.BlockingIOError) && n >= 3 && Abstract.isIndex(a[2]);
        if (written) {
            put(e, "characters_written", a[2]);
        }
        if (n >= 2 && n <= 5) {
            put(e, "errno", a[0]);
            put(e, "strerror", a[1]);
            if (n >= 3 && a[2] != NONE && !written) {
                put(e, "filename", a[2]);
                if (n == 5 && a[4] != NONE) {
                    put(e, "filename2", a[4]);
                }
                e.setArgs(PyTuple.of(a[0], a[1]));
            }
        }
    }

    private static PyStr osStr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        PyObject errno = get(e, "errno");
        PyObject strerror = get(e, "strerror");
        PyObject f1 = get(e, "filename");
        PyObject f2 = get(e, "filename2");
        if (f1 != NONE) {
            String head = "[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value() + ": "
                    + Abstract.repr(f1).value();
            if (f2 != NONE) {
                head += " -> " + Abstract.repr(f2).value();
            }
            return PyStr.of(head);
        }
        if (errno != NONE && strerror != NONE) {
            return PyStr.of("[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value());
        }
        return e.str();
    }

    // ------------------------------------------------------------------ SyntaxError

    private static void syntaxInit(PyBaseException e, PyObject[] a) {
        for (String k : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"}) {
            put(e, k, NONE);
        }
        if (a.length >= 1) {
            put(e, "msg", a[0]);
        }
        if (a.length == 2) {
            PyObject[] info = PyTuple.fromIterable(a[1]).items();
            if (info.length < 4 || info.length > 6) {
                throw PyErr.indexError("tuple index out of range");
            }
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < info.length; i++) {
                put(e, names[i], info[i]);
            }
        }
    }

    private static PyStr syntaxStr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        String msg = Abstract.str(get(e, "msg")).value();
        PyObject fn = get(e, "filename");
        PyObject ln = get(e, "lineno");
        String base = null;
        if (fn instanceof PyStr s) {
            String v = s.value();
            base = v.substring(v.lastIndexOf('/') + 1);
        }
        boolean haveLine = ln instanceof PyInt;
        if (base != null && haveLine) {
            return PyStr.of(msg + " (" + base + ", line " + Abstract.str(ln).value() + ")");
        }
        if (base != null) {
            return PyStr.of(msg + " (" + base + ")");
        }
        if (haveLine) {
            return PyStr.of(msg + " (line " + Abstract.str(ln).value() + ")");
        }
        return PyStr.of(msg);
    }

    // ------------------------------------------------------------------ Unicode errors

    private static void unicodeInit(PyBaseException e, PyObject[] a, boolean decode) {
        if (a.length != 5) {
            throw PyErr.typeError("function takes exactly 5 arguments (%d given)", a.length);
        }
        put(e, "encoding", PyStr.check(a[0], "argument 1 must be str, not " + a[0].type().name()));
        if (decode) {
            if (!(a[1] instanceof PyBytes)) {
                throw PyErr.typeError("argument 2 must be bytes-like object, not '%s'", a[1].type().name());
            }
        } else {
            PyStr.check(a[1], "argument 2 must be str, not " + a[1].type().name());
        }
        put(e, "object", a[1]);
        put(e, "start", Abstract.index(a[2]));
        put(e, "end", Abstract.index(a[3]));
        put(e, "reason", PyStr.check(a[4], "argument 5 must be str, not " + a[4].type().name()));
    }

    private static PyStr unicodeStr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        PyType t = e.type();
        PyObject obj = get(e, "object");
        if (obj == NONE) {
            return PyStr.EMPTY;
        }
        long start = Abstract.index(get(e, "start")).clampedLong();
        long end = Abstract.index(get(e, "end")).clampedLong();
        String reason = Abstract.str(get(e, "reason")).value();
        String enc = t.isSubtype(PyExc.UnicodeTranslateError) ? null : Abstract.str(get(e, "encoding")).value();
        if (t.isSubtype(PyExc.UnicodeDecodeError)) {
            if (!(obj instanceof PyBytes)) {
                throw PyErr.typeError("object attribute must be bytes");
            }
            byte[] b = ((PyBytes) obj).toByteArray();
            if (start >= 0 && start < b.length && end == start + 1) {
                return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc,
                        b[(int) start] & 0xff, start, reason));
            }
            return PyStr.of("'" + enc + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": "
                    + reason);
        }
        if (!(obj instanceof PyStr s)) {
            throw PyErr.typeError("object attribute must be unicode");
        }
        String what = enc == null ? "can't translate" : "'" + enc + "' codec can't encode";
        if (start >= 0 && start < s.length() && end == start + 1) {
            int c = s.codePointAt((int) start);
            String ch = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                    : String.format("\\U%08x", c);
            return PyStr.of(what + " character '" + ch + "' in position " + start + ": " + reason);
        }
        return PyStr.of(what + " characters in position " + start + "-" + (end - 1) + ": " + reason);
    }

    // ------------------------------------------------------------------ ImportError

    private static PyStr importStr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        PyObject msg = get(e, "msg");
        if (msg.type() == PyStr.TYPE) {
            return (PyStr) msg;
        }
        return e.str();
    }

    // ------------------------------------------------------------------ exception groups

    static PyObject groupNew(PyType type, PyObject[] a, int n, PyTuple kw) {
        if (n != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", n);
        }
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", a[0].type().name());
        }
        PyObject excs = a[1];
        if (excs.type().mp_subscript == null || excs instanceof PyDict) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = PyTuple.fromIterable(excs).items();
        if (items.length == 0) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException)) {
                throw PyErr.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!items[i].type().isSubtype(PyExc.Exception)) {
                nestedBase = true;
            }
        }
        PyType cls = type;
        if (cls == PyExc.BaseExceptionGroup) {
            if (!nestedBase) {
                cls = PyExc.ExceptionGroup;
            }
        } else if (cls == PyExc.ExceptionGroup) {
            if (nestedBase) {
                throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && cls.isSubtype(PyExc.Exception)) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '%s'", cls.name());
        }
        PyBaseException e = new PyBaseException(cls, PyTuple.of(a[0], a[1]));
        put(e, "message", a[0]);
        put(e, "exceptions", PyTuple.of(items));
        return e;
    }

    private static PyObject[] groupItems(PyBaseException g) {
        PyObject t = get(g, "exceptions");
        return t instanceof PyTuple tup ? tup.items() : new PyObject[0];
    }

    private static PyStr groupStr(PyObject o) {
        PyBaseException g = (PyBaseException) o;
        int k = groupItems(g).length;
        return PyStr.of(Abstract.str(get(g, "message")).value() + " (" + k + " sub-exception" + (k == 1 ? "" : "s")
                + ")");
    }

    private static boolean isGroup(PyObject o) {
        return o.type().isSubtype(PyExc.BaseExceptionGroup);
    }

    private static final int MATCH_TYPE = 0;
    private static final int MATCH_PRED = 1;

    private static int matcherKind(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            return MATCH_TYPE;
        }
        if (cond instanceof PyTuple tup) {
            boolean ok = true;
            for (PyObject c : tup.items()) {
                ok &= c instanceof PyType t && t.isSubtype(PyExc.BaseException);
            }
            if (ok) {
                return MATCH_TYPE;
            }
        } else if (cond.type().tp_call != null) {
            return MATCH_PRED;
        }
        throw PyErr.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean matches(PyObject e, PyObject cond, int kind) {
        if (kind == MATCH_TYPE) {
            return Abstract.objectIsInstance(e, cond);
        }
        return Abstract.isTrue(Abstract.call(cond, e));
    }

    private static void copyMetadata(PyBaseException from, PyObject to) {
        if (!(to instanceof PyBaseException t)) {
            return;
        }
        t.setTraceback(from.traceback());
        if (from.cause() != null) {
            t.setCause(from.cause());
        }
        t.setSuppressContextRaw(from.suppressContext());
        t.setContext(from.context());
        PyObject notes = from.instanceDict().getItem(PyStr.of("__notes__"));
        if (notes != null) {
            PyObject copy = notes instanceof PyList ? PyList.of(PyTuple.fromIterable(notes).items()) : notes;
            Abstract.setAttr(t, PyStr.of("__notes__"), copy);
        }
    }

    /** {@code exceptiongroup_split_recursive}: {match, rest} (null for none). */
    private static PyObject[] split(PyObject exc, PyObject cond, int kind, boolean constructRest) {
        if (matches(exc, cond, kind)) {
            return new PyObject[] {exc, null};
        }
        if (!isGroup(exc)) {
            return new PyObject[] {null, constructRest ? exc : null};
        }
        PyBaseException g = (PyBaseException) exc;
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject e : groupItems(g)) {
            PyObject[] r = split(e, cond, kind, constructRest);
            if (r[0] != null) {
                matched.add(r[0]);
            }
            if (r[1] != null) {
                rest.add(r[1]);
            }
        }
        PyObject m = null;
        if (!matched.isEmpty()) {
            m = Abstract.callMethod(g, "derive", PyList.of(matched.toArray(new PyObject[0])));
            if (!(m instanceof PyBaseException) || !isGroup(m)) {
                throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
            }
            copyMetadata(g, m);
        }
        PyObject r = null;
        if (constructRest && !rest.isEmpty()) {
            r = Abstract.callMethod(g, "derive", PyList.of(rest.toArray(new PyObject[0])));
            if (!(r instanceof PyBaseException) || !isGroup(r)) {
                throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
            }
            copyMetadata(g, r);
        }
        return new PyObject[] {m, r};
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? NONE : o;
    }

    /** A member of a builtin exception (T_OBJECT): unset reads as None. */
    private static void member(PyType t, String name, boolean readonly) {
        PyStr key = PyStr.of(name);
        t.setAttribute(name, new dev.adder.runtime.objects.PyGetSetDescr(t, name, o -> {
            PyObject v = ((PyBaseException) o).field(name);
            return v == null ? NONE : v;
        }, readonly ? (o, v) -> {
            throw PyErr.attributeError("readonly attribute");
        } : (o, v) -> {
            PyBaseException e = (PyBaseException) o;
            if (v == null) {
                e.fields().delItem(key);
            } else {
                e.fields().setItem(key, v);
            }
        }));
    }

    /** The members of the builtin exceptions (CPython's {@code *_members} tables). */
    private static void installMembers() {
        for (String k : new String[] {"errno", "strerror", "filename", "filename2"}) {
            member(PyExc.OSError, k, false);
        }
        PyStr written = PyStr.of("characters_written");
        PyExc.OSError.setAttribute("characters_written", new dev.adder.runtime.objects.PyGetSetDescr(PyExc.OSError,
                "characters_written", o -> {
                    PyObject v = ((PyBaseException) o).field("characters_written");
                    if (v == null) {
                        throw PyErr.attributeError("characters_written");
                    }
                    return v;
                }, (o, v) -> {
                    PyBaseException e = (PyBaseException) o;
                    if (v == null) {
                        if (e.field("characters_written") == null) {
                            throw PyErr.attributeError("characters_written");
                        }
                        e.fields().delItem(written);
                    } else {
                        e.fields().setItem(written, PyInt.of(Abstract.asSsizeArg(Abstract.index(v))));
                    }
                }));
        for (String k : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"}) {
            member(PyExc.SyntaxError, k, false);
        }
        for (PyType t : new PyType[] {PyExc.UnicodeEncodeError, PyExc.UnicodeDecodeError,
            PyExc.UnicodeTranslateError}) {
            for (String k : new String[] {"encoding", "object", "start", "end", "reason"}) {
                member(t, k, false);
            }
        }
        for (String k : new String[] {"msg", "name", "path"}) {
            member(PyExc.ImportError, k, false);
        }
        member(PyExc.NameError, "name", false);
        member(PyExc.AttributeError, "name", false);
        member(PyExc.AttributeError, "obj", false);
        member(PyExc.StopIteration, "value", false);
        member(PyExc.SystemExit, "code", false);
        member(PyExc.BaseExceptionGroup, "message", true);
        member(PyExc.BaseExceptionGroup, "exceptions", true);
    }

    /** {@code BaseException.__reduce__}: {@code (type, args)}, with the dict when it holds anything. */
    private static PyObject reduce(PyBaseException e, PyTuple args) {
        PyDict d = e.reduceDict();
        return d == null ? PyTuple.of(e.type(), args) : PyTuple.of(e.type(), args, d);
    }

    /** Pickling: BaseException_reduce, BaseException_setstate, OSError_reduce, ImportError_reduce. */
    private static void installReduce() {
        PyType be = PyExc.BaseException;
        be.setAttribute("__dict__", new dev.adder.runtime.objects.PyGetSetDescr(be, "__dict__",
                o -> ((PyBaseException) o).exposeDict(), (o, v) -> {
                    if (v == null) {
                        throw PyErr.typeError("cannot delete __dict__");
                    }
                    if (!(v instanceof PyDict d)) {
                        throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'",
                                v.type().name());
                    }
                    PyDict own = ((PyBaseException) o).exposeDict();
                    own.clear();
                    own.update(d);
                }));
        PyMethodDescr.noArgs(be, "__reduce__", self -> reduce((PyBaseException) self,
                ((PyBaseException) self).args()));
        PyMethodDescr.oneArg(be, "__setstate__", (self, state) -> {
            if (state != NONE) {
                if (!(state instanceof PyDict d)) {
                    throw PyErr.typeError("state is not a dictionary");
                }
                for (PyObject k : d.keysArray()) {
                    if (!(k instanceof PyStr ks)) {
                        throw PyErr.typeError("attribute name must be string, not '%s'", k.type().name());
                    }
                    Abstract.setAttr(self, ks, d.getItem(k));
                }
            }
            return NONE;
        });
        PyMethodDescr.noArgs(PyExc.OSError, "__reduce__", self -> {
            PyBaseException e = (PyBaseException) self;
            PyTuple args = e.args();
            PyObject f1 = e.field("filename");
            if (args.size() == 2 && f1 != null) {
                PyObject f2 = e.field("filename2");
                args = f2 == null ? PyTuple.of(args.get(0), args.get(1), f1)
                        : PyTuple.of(args.get(0), args.get(1), f1, NONE, f2);
            }
            return reduce(e, args);
        });
        PyMethodDescr.noArgs(PyExc.ImportError, "__reduce__", self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject name = e.field("name");
            PyObject path = e.field("path");
            PyDict d = e.reduceDict();
            if (name != null || path != null) {
                PyDict state = new PyDict();
                if (d != null) {
                    state.update(d);
                }
                if (name != null) {
                    state.setItem(PyStr.of("name"), name);
                }
                if (path != null) {
                    state.setItem(PyStr.of("path"), path);
                }
                d = state;
            }
            return d == null ? PyTuple.of(e.type(), e.args()) : PyTuple.of(e.type(), e.args(), d);
        });
    }

    /** Sets the slots and methods of the builtin exception types. */
    static void install() {
        PyType be = PyExc.BaseException;
        installMembers();
        installReduce();
        PyExc.OSError.tp_new = (type, a, n, kw) -> {
            PyType t = type;
            if (type == PyExc.OSError && n >= 2 && n <= 5) {
                t = osErrorType(a[0]);
            }
            PyObject[] pos = new PyObject[n];
            System.arraycopy(a, 0, pos, 0, n);
            PyBaseException e = new PyBaseException(t, PyTuple.of(pos));
            osInit(e, pos);
            return e;
        };
        PyExc.OSError.tp_str = ExcInit::osStr;
        PyExc.SyntaxError.tp_str = ExcInit::syntaxStr;
        PyExc.UnicodeError.tp_str = o -> {
            PyBaseException e = (PyBaseException) o;
            return e.field("object") == null ? e.str() : unicodeStr(o);
        };
        PyExc.ImportError.tp_str = ExcInit::importStr;
        PyExc.BaseExceptionGroup.tp_new = ExcInit::groupNew;
        PyExc.BaseExceptionGroup.tp_str = ExcInit::groupStr;
        SlotWrappers.addWrapper(be, "__init__", (f, self, a, n, kw) -> {
            init((PyBaseException) self, a, n, kw);
            return NONE;
        });
        PyMethodDescr.oneArg(be, "with_traceback", (self, tb) -> {
            Abstract.setAttr(self, PyStr.of("__traceback__"), tb);
            return self;
        });
        PyMethodDescr.oneArg(be, "add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw PyErr.typeError("note must be a str, not '%s'", note.type().name());
            }
            PyStr key = PyStr.of("__notes__");
            PyObject notes = Abstract.lookupAttr(self, key);
            if (notes == null) {
                notes = new PyList();
                Abstract.setAttr(self, key, notes);
            } else if (!(notes instanceof PyList)) {
                throw PyErr.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(note);
            return NONE;
        });
        PyType g = PyExc.BaseExceptionGroup;
        SlotWrappers.addWrapper(g, "__init__", (f, self, a, n, kw) -> {
            if (kw != null && kw.size() > 0) {
                throw PyErr.typeError("%s() takes no keyword arguments", self.type().name());
            }
            ((PyBaseException) self).setArgs(PyTuple.of(java.util.Arrays.copyOf(a, n)));
            return NONE;
        });
        PyMethodDescr.oneArg(g, "derive", (self, excs) -> Abstract.call(PyExc.BaseExceptionGroup,
                get((PyBaseException) self, "message"), excs));
        PyMethodDescr.oneArg(g, "split", (self, cond) -> {
            PyObject[] r = split(self, cond, matcherKind(cond), true);
            return PyTuple.of(orNone(r[0]), orNone(r[1]));
        });
        PyMethodDescr.oneArg(g, "subgroup", (self, cond) -> orNone(split(self, cond, matcherKind(cond), false)[0]));
    }
}
