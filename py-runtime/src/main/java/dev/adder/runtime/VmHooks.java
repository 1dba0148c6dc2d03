package dev.adder.runtime;

import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyStr;

/**
 * The few things the object model needs from the virtual machine, installed by it at start-up:
 * making a bound method, filling a class's {@code __class__} cell, the calling frame's module name
 * and the zero-argument {@code super()} arguments. Until the VM installs them they do the least
 * that works without frames.
 *
 * <p>CPython has no counterpart: there the object model reads the thread state directly
 * ({@code Objects/typeobject.c}, {@code super_init_without_args}, {@code type_new_set_module}).
 */
public final class VmHooks {
    private VmHooks() {
    }

    /** Makes a bound method object ({@code PyMethod_New}). */
    @FunctionalInterface
    public interface MethodMaker {
        PyObject make(PyObject func, PyObject self);
    }

    /** Stores {@code value} in {@code cell}; false when {@code cell} is not a cell. */
    @FunctionalInterface
    public interface CellSetter {
        boolean set(PyObject cell, PyObject value);
    }

    /** Reads the innermost Python frame. */
    @FunctionalInterface
    public interface FrameQuery {
        PyObject[] query();
    }

    /**
     * An object's {@code __weakref__}: its first weak reference, or None. The {@code _weakref}
     * module installs the real one; until then no object has weak references.
     */
    public static volatile Slots.UnaryFunc weakrefAttribute = o -> dev.adder.runtime.objects.PyNone.NONE;

    /** {@code PyMethod_New}. */
    public static volatile MethodMaker newMethod = (f, self) -> new PyBuiltinFunction("method", "method", self,
            (s, a, n, kw) -> {
                PyObject[] all = new PyObject[a.length + 1];
                all[0] = s;
                System.arraycopy(a, 0, all, 1, a.length);
                return Abstract.call(f, all, n + 1, kw);
            });

    /** Sets a {@code __class__} cell. */
    public static volatile CellSetter setCell = (c, v) -> false;

    /** {@code {__name__ of the caller's globals}} or an empty array. */
    public static volatile FrameQuery callerModule = () -> new PyObject[0];

    /** {@code {__class__ cell contents, first argument}} for {@code super()}; raises RuntimeError. */
    /** CPython's {@code Py_EnterRecursiveCall}/{@code Py_LeaveRecursiveCall} on the current thread. */
    public interface Recursion {
        void enter(String where);

        void leave();
    }

    /** The recursion counter of the running thread (the VM installs it). */
    public static volatile Recursion recursion = new Recursion() {
        @Override
        public void enter(String where) {
        }

        @Override
        public void leave() {
        }
    };

    /** The current interpreter's builtin of this name ({@code iter} for iterators' {@code __reduce__}). */
    public static volatile java.util.function.Function<String, PyObject> builtin =
            name -> dev.adder.runtime.PyErr.format(dev.adder.runtime.exceptions.PyExc.RuntimeError,
                    "lost builtins.%s", name).value;

    public static volatile FrameQuery superArgs = () -> {
        throw PyErr.format(dev.adder.runtime.exceptions.PyExc.RuntimeError, "super(): no arguments");
    };

    static PyStr callerModuleName() {
        PyObject[] r = callerModule.query();
        return r.length == 1 && r[0] instanceof PyStr s ? s : null;
    }
}
