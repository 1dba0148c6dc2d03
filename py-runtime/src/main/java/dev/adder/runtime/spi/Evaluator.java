package dev.adder.runtime.spi;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.PyTuple;

/**
 * How code in the runtime calls Python functions: the virtual machine installs one at start-up.
 * The runtime itself only calls objects through their {@code tp_call} slot; a Python function's
 * slot, set by the VM, runs its frame through this interface.
 *
 * <p>CPython has no counterpart: there the runtime and the evaluation loop are one library.
 */
public interface Evaluator {
    /** Calls {@code function} with positional {@code args[0..nargs)} and keyword values named by {@code kwnames}. */
    PyObject call(PyObject function, PyObject[] args, int nargs, PyTuple kwnames);
}
