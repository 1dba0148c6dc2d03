package dev.adder.stdlib.thread;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.BaseObject;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import dev.adder.vm.Signals;

/**
 * The {@code _thread} module as far as an interpreter without threads needs it: locks
 * ({@code lock}, {@code RLock}) with CPython's methods and errors, thread identities,
 * {@code stack_size}, {@code TIMEOUT_MAX}, {@code error}. {@code start_new_thread} raises
 * {@code RuntimeError("can't start new thread")}, as CPython does when it cannot make a thread.
 * A blocking acquire of a held lock waits (its timeout, or until interrupted by Ctrl-C), since no
 * other thread can release it.
 *
 * <p>CPython: {@code Modules/_threadmodule.c} ({@code lockobject}, {@code rlockobject},
 * {@code lock_acquire_parse_args}).
 */
public final class ThreadModule implements BuiltinModule {
    /** {@code PY_TIMEOUT_MAX} in seconds, as CPython 3.11 on 64-bit Linux reports it. */
    static final double TIMEOUT_MAX = 9223372036.0;

    @Override
    public String name() {
        return "_thread";
    }

    /** {@code _thread.lock}. */
    public static final class PyLock extends PyObject {
        /** {@code _thread.lock}. */
        public static final PyType TYPE = PyType.builtin("_thread.lock", PyLock.class, 0);
        boolean locked;

        /** A new, unlocked lock. */
        public PyLock() {
            super(TYPE);
        }
    }

    /** {@code _thread.RLock}. */
    public static final class PyRLock extends PyObject {
        /** {@code _thread.RLock}. */
        public static final PyType TYPE = PyType.builtin("_thread.RLock", PyRLock.class, PyType.BASETYPE);
        long owner;
        long count;

        PyRLock(PyType t) {
            super(t);
        }
    }

    static long ident() {
        return Thread.currentThread().getId();
    }

    private static final String[] ACQ = {"blocking", "timeout"};

    /** {@code lock_acquire_parse_args}: the timeout in seconds, negative for "forever", NaN for "don't wait". */
    static double parseAcquire(String name, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(name, a, n, kw, ACQ, 0, 0, 2, 0);
        boolean blocking = v[0] == null || Abstract.isTrue(v[0]);
        double timeout = -1;
        if (v[1] != null) {
            if (v[1] instanceof PyFloat f) {
                timeout = f.value;
            } else if (v[1] instanceof PyInt) {
                timeout = Abstract.toFloat(v[1]).value;
            } else {
                throw PyErr.typeError("'%s' object cannot be interpreted as an integer", v[1].type().name());
            }
        }
        if (!blocking && timeout != -1) {
            throw PyErr.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PyErr.valueError("timeout value must be positive");
        }
        if (timeout > TIMEOUT_MAX) {
            throw PyErr.overflowError("timeout value is too large");
        }
        return blocking ? timeout : Double.NaN;
    }

    /** Waits for a lock no other thread can release: {@code timeout} seconds, or until interrupted. */
    static void waitFor(double timeout) {
        if (Double.isNaN(timeout) || timeout == 0) {
            return;
        }
        long end = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        while (System.nanoTime() < end) {
            if (Signals.pending) {
                Signals.handlePending();
            }
            long left = Math.min(50_000_000L, end - System.nanoTime());
            if (left <= 0) {
                break;
            }
            try {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static PyObject lockAcquire(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyLock l = (PyLock) self;
        double timeout = parseAcquire("acquire", a, n, kw);
        if (!l.locked) {
            l.locked = true;
            return PyBool.TRUE;
        }
        waitFor(timeout);
        return PyBool.FALSE;
    }

    private static PyObject lockRelease(PyObject self) {
        PyLock l = (PyLock) self;
        if (!l.locked) {
            throw PyErr.format(PyExc.RuntimeError, "release unlocked lock");
        }
        l.locked = false;
        return PyNone.NONE;
    }

    private static PyObject rlockAcquire(PyObject self, PyObject[] a, int n, PyTuple kw) {
        PyRLock l = (PyRLock) self;
        double timeout = parseAcquire("acquire", a, n, kw);
        long me = ident();
        if (l.count > 0 && l.owner == me) {
            l.count++;
            return PyBool.TRUE;
        }
        if (l.count == 0) {
            l.owner = me;
            l.count = 1;
            return PyBool.TRUE;
        }
        waitFor(timeout);
        return PyBool.FALSE;
    }

    private static PyObject rlockRelease(PyObject self) {
        PyRLock l = (PyRLock) self;
        if (l.count == 0 || l.owner != ident()) {
            throw PyErr.format(PyExc.RuntimeError, "cannot release un-acquired lock");
        }
        if (--l.count == 0) {
            l.owner = 0;
        }
        return PyNone.NONE;
    }

    static {
        PyType t = PyLock.TYPE;
        t.tp_repr = o -> PyStr.of("<" + (((PyLock) o).locked ? "locked" : "unlocked") + " _thread.lock object at "
                + BaseObject.address(o) + ">");
        t.ready();
        t.setInstancesHaveWeakref();
        for (String name : new String[] {"acquire", "acquire_lock", "__enter__"}) {
            PyMethodDescr.full(t, name, ThreadModule::lockAcquire);
        }
        for (String name : new String[] {"release", "release_lock"}) {
            PyMethodDescr.noArgs(t, name, ThreadModule::lockRelease);
        }
        PyMethodDescr.full(t, "__exit__", (self, a, n, kw) -> lockRelease(self));
        for (String name : new String[] {"locked", "locked_lock"}) {
            PyMethodDescr.noArgs(t, name, self -> PyBool.of(((PyLock) self).locked));
        }
        PyMethodDescr.noArgs(t, "_at_fork_reinit", self -> {
            ((PyLock) self).locked = false;
            return PyNone.NONE;
        });

        PyType r = PyRLock.TYPE;
        r.tp_new = (type, a, n, kw) -> new PyRLock(type);
        r.tp_repr = o -> {
            PyRLock l = (PyRLock) o;
            String mod = Abstract.getAttr(o.type(), "__module__") instanceof PyStr s ? s.value() : "_thread";
            return PyStr.of("<" + (l.count > 0 ? "locked" : "unlocked") + " " + mod + "." + o.type().qualname()
                    + " object owner=" + l.owner + " count=" + l.count + " at " + BaseObject.address(o) + ">");
        };
        r.ready();
        r.setInstancesHaveWeakref();
        PyMethodDescr.full(r, "acquire", ThreadModule::rlockAcquire);
        PyMethodDescr.full(r, "__enter__", ThreadModule::rlockAcquire);
        PyMethodDescr.noArgs(r, "release", ThreadModule::rlockRelease);
        PyMethodDescr.full(r, "__exit__", (self, a, n, kw) -> rlockRelease(self));
        PyMethodDescr.noArgs(r, "_is_owned", self -> {
            PyRLock l = (PyRLock) self;
            return PyBool.of(l.count > 0 && l.owner == ident());
        });
        PyMethodDescr.noArgs(r, "_recursion_count", self -> {
            PyRLock l = (PyRLock) self;
            return PyInt.of(l.count > 0 && l.owner == ident() ? l.count : 0);
        });
        PyMethodDescr.noArgs(r, "_release_save", self -> {
            PyRLock l = (PyRLock) self;
            if (l.count == 0) {
                throw PyErr.format(PyExc.RuntimeError, "cannot release un-acquired lock");
            }
            PyTuple state = PyTuple.of(PyInt.of(l.count), PyInt.of(l.owner));
            l.count = 0;
            l.owner = 0;
            return state;
        });
        PyMethodDescr.oneArg(r, "_acquire_restore", (self, st) -> {
            PyRLock l = (PyRLock) self;
            PyTuple s = (PyTuple) st;
            l.count = Abstract.index(s.get(0)).value;
            l.owner = Abstract.index(s.get(1)).value;
            return PyNone.NONE;
        });
        PyMethodDescr.noArgs(r, "_at_fork_reinit", self -> {
            ((PyRLock) self).count = 0;
            ((PyRLock) self).owner = 0;
            return PyNone.NONE;
        });
        SlotWrappers.addGeneratedWrappers(r);
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private long stackSize;

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("This module provides primitive operations to write "
                + "multi-threaded programs.\nThe 'threading' module provides a more convenient interface."));
        m.dict.setItem(PyStr.of("LockType"), PyLock.TYPE);
        m.dict.setItem(PyStr.of("RLock"), PyRLock.TYPE);
        m.dict.setItem(PyStr.of("error"), PyExc.RuntimeError);
        m.dict.setItem(PyStr.of("TIMEOUT_MAX"), PyFloat.of(TIMEOUT_MAX));
        PyBuiltinFunction.Impl alloc = (self, a, n, kw) -> {
            BuiltinArgs.noArgs("allocate_lock", n, kw);
            return new PyLock();
        };
        def(m, "allocate_lock", alloc);
        def(m, "allocate", alloc);
        def(m, "_set_sentinel", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("_set_sentinel", n, kw);
            return new PyLock();
        });
        def(m, "get_ident", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("get_ident", n, kw);
            return PyInt.of(ident());
        });
        def(m, "get_native_id", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("get_native_id", n, kw);
            return PyInt.of(ProcessHandle.current().pid());
        });
        def(m, "_count", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("_count", n, kw);
            return PyInt.of(0);
        });
        def(m, "stack_size", (self, a, n, kw) -> {
            BuiltinArgs.positional("stack_size", n, kw, 0, 1);
            long old = stackSize;
            if (n == 1) {
                long size = Abstract.index(a[0]).value;
                if (size != 0 && size < 32768) {
                    throw PyErr.valueError("size not valid: %d bytes", size);
                }
                stackSize = size;
            }
            return PyInt.of(old);
        });
        PyBuiltinFunction.Impl start = (self, a, n, kw) -> {
            BuiltinArgs.positional("start_new_thread", n, kw, 2, 3);
            if (a[0].type().tp_call == null) {
                throw PyErr.typeError("first arg must be callable");
            }
            if (!(a[1] instanceof PyTuple)) {
                throw PyErr.typeError("2nd arg must be a tuple");
            }
            throw PyErr.format(PyExc.RuntimeError, "can't start new thread");
        };
        def(m, "start_new_thread", start);
        def(m, "start_new", start);
        PyBuiltinFunction.Impl exit = (self, a, n, kw) -> {
            BuiltinArgs.noArgs("exit", n, kw);
            throw PyErr.of(PyExc.SystemExit);
        };
        def(m, "exit", exit);
        def(m, "exit_thread", exit);
        def(m, "interrupt_main", (self, a, n, kw) -> {
            Signals.tripInterrupt();
            return PyNone.NONE;
        });
    }
}
