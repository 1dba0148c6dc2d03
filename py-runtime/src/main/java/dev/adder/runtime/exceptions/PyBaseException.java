package dev.adder.runtime.exceptions;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

/**
 * A Python exception object: an instance of {@code BaseException} or any subclass, builtin or
 * defined in Python. It carries {@code args}, {@code __cause__}, {@code __context__},
 * {@code __suppress_context__}, {@code __traceback__} and an instance dictionary (which also holds
 * {@code __notes__} and the extra attributes of some subclasses, e.g. {@code StopIteration.value}).
 *
 * <p>CPython: {@code Objects/exceptions.c} ({@code PyBaseExceptionObject}, {@code BaseException_new},
 * {@code BaseException_str}, {@code BaseException_repr}, {@code KeyError_str}).
 */
public class PyBaseException extends PyObject implements dev.adder.runtime.objects.PyMemberDescr.SlotHolder {
    private dev.adder.runtime.PyObject[] slots;

    @Override
    public dev.adder.runtime.PyObject[] slotArray() {
        return slots = dev.adder.runtime.objects.PyMemberDescr.slotsFor(slots, type());
    }

    private PyTuple args;
    private PyObject cause;
    private PyObject context;
    private boolean suppressContext;
    private PyObject traceback;
    private PyDict dict;
    /** The values of the attributes particular builtin exceptions carry (CPython's struct members). */
    private PyDict fields;
    private boolean dictExposed;

    /** Makes an exception of type {@code type} with {@code args}. */
    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    /** Makes an exception of type {@code type} with the given positional args, as {@code type(*args)}. */
    public static PyBaseException of(PyType type, PyObject... args) {
        if (type == PyExc.OSError && args.length >= 2 && args.length <= 5) {
            type = ExcInit.osErrorType(args[0]);
        }
        if (type.isSubtype(PyExc.BaseExceptionGroup)) {
            return (PyBaseException) ExcInit.groupNew(type, args, args.length, null);
        }
        PyBaseException e = new PyBaseException(type, PyTuple.of(args));
        ExcInit.init(e, args, args.length, null);
        return e;
    }

    /** Sets {@code __suppress_context__} alone. */
    public void setSuppressContextRaw(boolean b) {
        this.suppressContext = b;
    }

    /** {@code args}. */
    public PyTuple args() {
        return args;
    }

    /** Sets {@code args}. */
    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** {@code __cause__} (null when unset, which Python sees as None). */
    public PyObject cause() {
        return cause;
    }

    /** Sets {@code __cause__} (and {@code __suppress_context__}, as {@code raise ... from} does). */
    public void setCause(PyObject cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** {@code __context__} (null when unset). */
    public PyObject context() {
        return context;
    }

    /** Sets {@code __context__}. */
    public void setContext(PyObject context) {
        this.context = context;
    }

    /** {@code __suppress_context__}. */
    public boolean suppressContext() {
        return suppressContext;
    }

    /** {@code __traceback__} (null when unset). */
    public PyObject traceback() {
        return traceback;
    }

    /** Sets {@code __traceback__}. */
    public void setTraceback(PyObject tb) {
        this.traceback = tb;
    }

    @Override
    public PyDict instanceDict() {
        return dictForWrite();
    }

    private PyDict dictForWrite() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    /**
     * The attributes of the builtin subclasses ({@code OSError.errno}, {@code SyntaxError.lineno},
     * {@code StopIteration.value}, ...): kept apart from the instance dictionary, as CPython keeps
     * them in the object's struct; an absent key is an unset member (None when read).
     */
    public PyDict fields() {
        PyDict f = fields;
        if (f == null) {
            f = new PyDict();
            fields = f;
        }
        return f;
    }

    /** The member {@code name}, or null when unset. */
    public PyObject field(String name) {
        return fields == null ? null : fields.getItem(PyStr.of(name));
    }

    /**
     * The instance dictionary as CPython's {@code BaseException_reduce} sees it: null until it has
     * held something or been asked for as {@code __dict__} (CPython makes it on first use).
     */
    public PyDict reduceDict() {
        return dict == null || (dict.size() == 0 && !dictExposed) ? null : dict;
    }

    /** {@code __dict__}: the instance dictionary, from now on part of the reduced state. */
    public PyDict exposeDict() {
        dictExposed = true;
        return dictForWrite();
    }

    /** For {@code AttributeError}: records the object and the name that was looked up. */
    public void setAttrContext(PyObject obj, PyStr name) {
        PyDict d = fields();
        d.setItem(PyStr.of("obj"), obj);
        d.setItem(PyStr.of("name"), name);
    }

    /** {@code BaseException.__str__} (and {@code KeyError.__str__}). */
    public PyStr str() {
        PyObject[] a = args.items();
        switch (a.length) {
            case 0:
                return PyStr.EMPTY;
            case 1:
                if (type().isSubtype(PyExc.KeyError)) {
                    return Abstract.repr(a[0]);
                }
                return Abstract.str(a[0]);
            default:
                if (a.length == 2 && type().isSubtype(PyExc.OSError)) {
                    // OSError(errno, strerror): CPython's OSError_str
                    return PyStr.of("[Errno " + Abstract.str(a[0]).value() + "] " + Abstract.str(a[1]).value());
                }
                return Abstract.str(args);
        }
    }

    /** {@code BaseException.__repr__}: {@code ValueError('x')}, {@code ValueError(1, 2)}, {@code ValueError()}. */
    public PyStr repr() {
        String n = type().name();
        PyObject[] a = args.items();
        if (a.length == 1) {
            return PyStr.of(n + "(" + Abstract.repr(a[0]).value() + ")");
        }
        return PyStr.of(n + Abstract.repr(args).value());
    }

    static void initType(PyType t) {
        t.tp_repr = o -> ((PyBaseException) o).repr();
        t.tp_str = o -> ((PyBaseException) o).str();
        t.tp_new = (type, a, nargs, kw) -> {
            PyObject[] pos = new PyObject[nargs];
            System.arraycopy(a, 0, pos, 0, nargs);
            PyBaseException e = new PyBaseException(type, PyTuple.of(pos));
            ExcInit.init(e, pos, nargs, null);
            return e;
        };
        t.setAttribute("args", new PyGetSetDescr(t, "args", o -> ((PyBaseException) o).args,
                (o, v) -> {
                    if (v == null) {
                        throw PyErr.typeError("args may not be deleted");
                    }
                    ((PyBaseException) o).args = PyTuple.fromIterable(v);
                }));
        t.setAttribute("__cause__", new PyGetSetDescr(t, "__cause__", o -> orNone(((PyBaseException) o).cause),
                (o, v) -> {
                    PyBaseException e = (PyBaseException) o;
                    if (v == null) {
                        throw PyErr.typeError("__cause__ may not be deleted");
                    }
                    if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                        throw PyErr.typeError("exception cause must be None or derive from BaseException");
                    }
                    e.setCause(v == PyNone.NONE ? null : v);
                }));
        t.setAttribute("__context__", new PyGetSetDescr(t, "__context__",
                o -> orNone(((PyBaseException) o).context),
                (o, v) -> {
                    if (v == null) {
                        throw PyErr.typeError("__context__ may not be deleted");
                    }
                    if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
                        throw PyErr.typeError("exception context must be None or derive from BaseException");
                    }
                    ((PyBaseException) o).context = v == PyNone.NONE ? null : v;
                }));
        t.setAttribute("__traceback__", new PyGetSetDescr(t, "__traceback__",
                o -> orNone(((PyBaseException) o).traceback),
                (o, v) -> {
                    if (v == null) {
                        throw PyErr.typeError("__traceback__ may not be deleted");
                    }
                    if (v != PyNone.NONE && !v.type().name().equals("traceback")) {
                        throw PyErr.typeError("__traceback__ must be a traceback or None");
                    }
                    ((PyBaseException) o).traceback = v == PyNone.NONE ? null : v;
                }));
        t.setAttribute("__suppress_context__", new PyGetSetDescr(t, "__suppress_context__",
                o -> dev.adder.runtime.objects.PyBool.of(((PyBaseException) o).suppressContext),
                (o, v) -> {
                    if (v == null) {
                        throw PyErr.typeError("__suppress_context__ may not be deleted");
                    }
                    ((PyBaseException) o).suppressContext = Abstract.isTrue(v);
                }));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
