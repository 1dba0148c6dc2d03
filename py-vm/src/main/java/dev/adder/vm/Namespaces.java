package dev.adder.vm;

import dev.adder.runtime.PyObject;
import dev.adder.vm.internal.SimpleNamespace;

/**
 * Makes {@code types.SimpleNamespace} objects for modules written in Java (such as
 * {@code time.get_clock_info}).
 *
 * <p>CPython: Objects/namespaceobject.c ({@code _PyNamespace_New}).
 */
public final class Namespaces {
    private Namespaces() {
    }

    /** A namespace whose attributes {@code names[i]} are {@code values[i]}, in this order. */
    public static PyObject make(String[] names, PyObject[] values) {
        SimpleNamespace ns = new SimpleNamespace();
        for (int i = 0; i < names.length; i++) {
            ns.set(names[i], values[i]);
        }
        return ns;
    }
}
