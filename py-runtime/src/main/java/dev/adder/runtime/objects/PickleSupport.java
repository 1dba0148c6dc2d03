package dev.adder.runtime.objects;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.SlotWrappers;
import dev.adder.runtime.VmHooks;

/**
 * The reductions of the descriptor and method-wrapper types, which pickle as the attribute lookup
 * that finds them again: {@code (getattr, (owner, name))}. Installed once the builtins exist.
 *
 * <p>CPython: {@code Objects/descrobject.c} ({@code descr_reduce}, {@code wrapper_reduce}).
 */
public final class PickleSupport {
    private PickleSupport() {
    }

    private static PyObject getattrReduce(PyObject owner, PyObject name) {
        return PyTuple.of(VmHooks.builtin.apply("getattr"), PyTuple.of(owner, name));
    }

    /** Adds the {@code __reduce__} methods. */
    public static void install() {
        // descr_reduce: method_descriptor, wrapper_descriptor and member_descriptor (not
        // classmethod_descriptor nor getset_descriptor, which CPython cannot pickle)
        for (PyType t : new PyType[] {PyMethodDescr.TYPE, SlotWrappers.WrapperDescr.TYPE, PyMemberDescr.TYPE}) {
            if (t.dict().getItem(PyStr.of("__reduce__")) == null) {
                PyMethodDescr.noArgs(t, "__reduce__", o -> getattrReduce(Abstract.getAttr(o, "__objclass__"),
                        Abstract.getAttr(o, "__name__")));
            }
        }
        PyType mw = SlotWrappers.MethodWrapper.TYPE;
        if (mw.dict().getItem(PyStr.of("__reduce__")) == null) {
            PyMethodDescr.noArgs(mw, "__reduce__", o -> getattrReduce(Abstract.getAttr(o, "__self__"),
                    Abstract.getAttr(o, "__name__")));
        }
    }
}
