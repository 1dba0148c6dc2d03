package dev.adder.stdlib.signal;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PySet;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import dev.adder.vm.Signals;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code _signal} module: Python handlers for the process's signals, on the JVM's signal
 * dispatch ({@code sun.misc.Signal}). A signal with a Python handler is recorded when it arrives
 * and the handler runs in the main thread at the evaluation loop's next check, with the signal
 * number and the current frame, as in CPython. {@code SIG_DFL} and {@code SIG_IGN} give the
 * signal back to the operating system's default action or ignore it.
 *
 * <p>Limits, written here and in {@code docs/decisions.md}: signals the JVM keeps for itself
 * (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGQUIT, SIGUSR2 on HotSpot) and those no process can catch
 * (SIGKILL, SIGSTOP) refuse a handler with {@code OSError(EINVAL)}; {@code alarm} and
 * {@code setitimer(ITIMER_REAL)} use a timer thread that sends SIGALRM to the process;
 * {@code ITIMER_VIRTUAL} and {@code ITIMER_PROF} (process CPU time) raise NotImplementedError;
 * {@code set_wakeup_fd} records the descriptor without writing to it; the signal mask functions
 * ({@code pthread_sigmask}, {@code sigwait}...) are absent, as on platforms without them.
 *
 * <p>CPython: {@code Modules/signalmodule.c}.
 */
public final class SignalModule implements BuiltinModule {
    @Override
    public String name() {
        return "_signal";
    }

    private static final String[] NAMES = new String[Signals.NSIG];
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed",
        "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
        "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
        "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
        "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
        "I/O possible", "Power failure", "Bad system call"};
    private static final int SIGINT = 2;
    private static final int SIGALRM = 14;
    private static final int SIGPIPE = 13;
    private static final int SIG_DFL = 0;
    private static final int SIG_IGN = 1;

    static {
        String[] n = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
            "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG",
            "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};
        System.arraycopy(n, 0, NAMES, 0, n.length);
    }

    /** The handler each signal has as Python sees it (an int for SIG_DFL/SIG_IGN, else the callable). */
    private final PyObject[] current = new PyObject[Signals.NSIG];
    private PyObject defaultIntHandler;
    private int wakeupFd = -1;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> alarm;
    private double alarmInterval;

    private static int signum(PyObject o) {
        long v = Abstract.index(o).value;
        if (v < 1 || v >= Signals.NSIG) {
            throw PyErr.valueError("signal number out of range");
        }
        return (int) v;
    }

    private static void requireMainThread() {
        Thread m = Signals.mainThread();
        if (m != null && Thread.currentThread() != m) {
            throw PyErr.valueError("signal only works in main thread of the main interpreter");
        }
    }

    private static RuntimeException osError22() {
        return PyErr.of(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
    }

    /** Whether the process ignores SIGINT (asked once; null until then). */
    private static volatile Boolean sigintIgnored;

    /**
     * Whether this process ignores SIGINT, as a background job started by a shell does: CPython
     * then leaves it ignored (its handler is SIG_IGN, not {@code default_int_handler}). The JVM
     * reports an ignored SIGINT as the old handler SIG_IGN and keeps it ignored; any other handler
     * (the launcher's, or the JVM's own) is put back at once.
     */
    static boolean sigintIgnored() {
        Boolean b = sigintIgnored;
        if (b == null) {
            b = false;
            try {
                sun.misc.Signal s = new sun.misc.Signal("INT");
                sun.misc.SignalHandler old = sun.misc.Signal.handle(s, sun.misc.SignalHandler.SIG_IGN);
                if (old == sun.misc.SignalHandler.SIG_IGN) {
                    b = true;
                } else {
                    sun.misc.Signal.handle(s, old);
                }
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // no SIGINT here
            }
            sigintIgnored = b;
        }
        return b;
    }

    /** The JVM's handler of each signal before this interpreter first changed it (restored at exit). */
    private final sun.misc.SignalHandler[] original = new sun.misc.SignalHandler[Signals.NSIG];

    /** Points the operating system's handling of {@code sig} at {@code h}; false when the JVM refuses. */
    private boolean osHandle(int sig, sun.misc.SignalHandler h) {
        String name = NAMES[sig];
        if (name == null) {
            return false;
        }
        try {
            sun.misc.SignalHandler old = sun.misc.Signal.handle(new sun.misc.Signal(name), h);
            if (original[sig] == null) {
                original[sig] = old;
            }
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * At interpreter exit: gives the JVM back the handlers it had, forgets the Python handlers and
     * stops the alarm timer, so that an embedding application (or the next interpreter in the
     * same JVM) is not left with this program's signal settings.
     */
    private void restore() {
        cancelAlarm();
        for (int sig = 1; sig < Signals.NSIG; sig++) {
            if (original[sig] != null) {
                try {
                    sun.misc.Signal.handle(new sun.misc.Signal(NAMES[sig]), original[sig]);
                } catch (IllegalArgumentException | UnsupportedOperationException e) {
                    // the JVM took it back itself
                }
                original[sig] = null;
            }
            if (current[sig] != null) {
                current[sig] = null;
                Signals.HANDLERS[sig] = null;
            }
        }
    }

    private PyObject signal(PyObject[] a, int n, PyTuple kw) {
        BuiltinArgs.positional("signal", n, kw, 2, 2);
        int sig = signum(a[0]);
        PyObject handler = a[1];
        requireMainThread();
        sun.misc.SignalHandler os;
        if (handler instanceof PyInt i && (i.value == SIG_DFL || i.value == SIG_IGN) && i.big == null) {
            os = i.value == SIG_DFL ? sun.misc.SignalHandler.SIG_DFL : sun.misc.SignalHandler.SIG_IGN;
        } else if (handler.type().tp_call != null && !(handler instanceof PyInt)) {
            os = s -> Signals.trip(sig);
        } else {
            throw PyErr.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (sig == 9 || sig == 19) {
            throw osError22();
        }
        if (!osHandle(sig, os)) {
            throw osError22();
        }
        PyObject old = getsignal(sig);
        current[sig] = handler;
        Signals.HANDLERS[sig] = handler;
        return old;
    }

    private PyObject getsignal(int sig) {
        PyObject h = current[sig];
        if (h != null) {
            return h;
        }
        if (sig == SIGINT) {
            return sigintIgnored() ? PyInt.of(SIG_IGN) : defaultIntHandler;
        }
        return PyInt.of(sig == SIGPIPE ? SIG_IGN : SIG_DFL);
    }

    private PyObject raiseSignal(int sig) {
        deliver(sig);
        Signals.handlePending();
        return PyNone.NONE;
    }

    /**
     * Sends {@code sig} to this process as far as Python sees it: recorded for the Python handler,
     * dropped when ignored, else given to the operating system's default action (the JVM only
     * raises signals it handles, so the process signals itself with kill(1)).
     */
    private void deliver(int sig) {
        PyObject h = Signals.HANDLERS[sig];
        boolean python = h != null ? !(h instanceof PyInt)
                : sig == SIGINT && current[SIGINT] == null && !sigintIgnored();
        if (python) {
            Signals.trip(sig);
            return;
        }
        if (h instanceof PyInt i && i.value == SIG_IGN || h == null && sig == SIGPIPE) {
            return;
        }
        killSelf(sig);
    }

    private static void killSelf(int sig) {
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).start();
            p.waitFor();
            Thread.sleep(1000); // the signal's default action, if it is to end the process
        } catch (java.io.IOException e) {
            throw PyErr.format(PyExc.NotImplementedError,
                    "cannot give signal %d its default action: kill(1) is not available (%s)", sig, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "adder-alarm");
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
    }

    /** Cancels the running alarm; returns the seconds it had left (0 when none). */
    private synchronized double cancelAlarm() {
        double left = 0;
        if (alarm != null) {
            left = Math.max(0, alarm.getDelay(TimeUnit.NANOSECONDS) / 1e9);
            alarm.cancel(false);
            alarm = null;
        }
        alarmInterval = 0;
        return left;
    }

    private synchronized void startAlarm(double seconds, double interval) {
        alarmInterval = interval;
        Runnable fire = () -> deliver(SIGALRM);
        long first = (long) (seconds * 1e9);
        if (interval > 0) {
            alarm = timer().scheduleAtFixedRate(fire, first, (long) (interval * 1e9), TimeUnit.NANOSECONDS);
        } else {
            alarm = timer().schedule(() -> {
                synchronized (this) {
                    alarm = null;
                }
                fire.run();
            }, first, TimeUnit.NANOSECONDS);
        }
    }

    private static double seconds(PyObject o) {
        return o instanceof PyFloat f ? f.value : Abstract.toFloat(o).value;
    }

    private void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private static void constant(PyModule m, String name, long v) {
        m.dict.setItem(PyStr.of(name), PyInt.of(v));
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("This module provides mechanisms to use signal handlers in Python."));
        interp.exitHooks.add(this::restore);
        for (int i = 1; i < NAMES.length; i++) {
            if (NAMES[i] != null) {
                constant(m, "SIG" + NAMES[i], i);
            }
        }
        constant(m, "SIGIOT", 6);
        constant(m, "SIGCLD", 17);
        constant(m, "SIGPOLL", 29);
        constant(m, "SIGRTMIN", 34);
        constant(m, "SIGRTMAX", 64);
        constant(m, "NSIG", Signals.NSIG);
        constant(m, "SIG_DFL", SIG_DFL);
        constant(m, "SIG_IGN", SIG_IGN);
        constant(m, "SIG_BLOCK", 0);
        constant(m, "SIG_UNBLOCK", 1);
        constant(m, "SIG_SETMASK", 2);
        constant(m, "ITIMER_REAL", 0);
        constant(m, "ITIMER_VIRTUAL", 1);
        constant(m, "ITIMER_PROF", 2);
        m.dict.setItem(PyStr.of("ItimerError"), PyExc.OSError);
        defaultIntHandler = new PyBuiltinFunction("default_int_handler", "default_int_handler", m, (self, a, n, kw) -> {
            throw PyErr.of(PyExc.KeyboardInterrupt);
        });
        m.dict.setItem(PyStr.of("default_int_handler"), defaultIntHandler);
        def(m, "signal", (self, a, n, kw) -> signal(a, n, kw));
        def(m, "getsignal", (self, a, n, kw) -> {
            BuiltinArgs.positional("getsignal", n, kw, 1, 1);
            return getsignal(signum(a[0]));
        });
        def(m, "raise_signal", (self, a, n, kw) -> {
            BuiltinArgs.positional("raise_signal", n, kw, 1, 1);
            return raiseSignal(signum(a[0]));
        });
        def(m, "strsignal", (self, a, n, kw) -> {
            BuiltinArgs.positional("strsignal", n, kw, 1, 1);
            int sig = signum(a[0]);
            if (sig < DESCRIPTIONS.length) {
                return PyStr.of(DESCRIPTIONS[sig]);
            }
            return sig >= 34 ? PyStr.of("Real-time signal " + (sig - 34)) : PyNone.NONE;
        });
        def(m, "valid_signals", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("valid_signals", n, kw);
            PySet s = PySet.newSet();
            for (int i = 1; i < Signals.NSIG; i++) {
                if (i != 32 && i != 33) {
                    s.add(PyInt.of(i));
                }
            }
            return s;
        });
        def(m, "alarm", (self, a, n, kw) -> {
            BuiltinArgs.positional("alarm", n, kw, 1, 1);
            long secs = Abstract.index(a[0]).value;
            double left = cancelAlarm();
            if (secs > 0) {
                startAlarm(secs, 0);
            }
            return PyInt.of((long) left + (left - (long) left >= 0.5 ? 1 : 0));
        });
        def(m, "setitimer", (self, a, n, kw) -> {
            BuiltinArgs.positional("setitimer", n, kw, 2, 3);
            long which = Abstract.index(a[0]).value;
            if (which != 0) {
                throw PyErr.format(PyExc.NotImplementedError,
                        "setitimer: only ITIMER_REAL is available (the JVM has no per-process CPU timers)");
            }
            double secs = seconds(a[1]);
            double interval = n > 2 ? seconds(a[2]) : 0;
            double oldInterval = alarmInterval;
            double left = cancelAlarm();
            if (secs > 0) {
                startAlarm(secs, interval);
            }
            return PyTuple.of(PyFloat.of(left), PyFloat.of(oldInterval));
        });
        def(m, "getitimer", (self, a, n, kw) -> {
            BuiltinArgs.positional("getitimer", n, kw, 1, 1);
            long which = Abstract.index(a[0]).value;
            if (which != 0) {
                throw PyErr.format(PyExc.NotImplementedError,
                        "getitimer: only ITIMER_REAL is available (the JVM has no per-process CPU timers)");
            }
            synchronized (this) {
                double left = alarm == null ? 0 : Math.max(0, alarm.getDelay(TimeUnit.NANOSECONDS) / 1e9);
                return PyTuple.of(PyFloat.of(left), PyFloat.of(alarmInterval));
            }
        });
        def(m, "pause", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("pause", n, kw);
            while (!Signals.pending) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            Signals.handlePending();
            return PyNone.NONE;
        });
        def(m, "siginterrupt", (self, a, n, kw) -> {
            BuiltinArgs.positional("siginterrupt", n, kw, 2, 2);
            signum(a[0]);
            Abstract.index(a[1]);
            return PyNone.NONE;
        });
        def(m, "set_wakeup_fd", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("set_wakeup_fd", a, n, kw, new String[] {"", "warn_on_full_buffer"},
                    1, 1, 1, 0);
            requireMainThreadForWakeup();
            long fd = Abstract.index(v[0]).value;
            int old = wakeupFd;
            wakeupFd = (int) fd;
            return PyInt.of(old);
        });
    }

    private static void requireMainThreadForWakeup() {
        Thread m = Signals.mainThread();
        if (m != null && Thread.currentThread() != m) {
            throw PyErr.valueError("set_wakeup_fd only works in main thread of the main interpreter");
        }
    }
}
