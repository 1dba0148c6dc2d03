package dev.adder.vm.internal;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.objects.Formatter;
import dev.adder.runtime.objects.PyStr;

/**
 * The VM's entry to {@code format()} and {@code ascii()}; the implementation is the runtime's
 * {@link Formatter} (CPython: Python/formatter_unicode.c, Objects/abstract.c PyObject_Format).
 */
public final class Format {
    private Format() {
    }

    /** {@code ascii()} of an already computed repr. */
    public static String ascii(String r) {
        return Formatter.ascii(r);
    }

    /** {@code format(v, spec)}. */
    public static PyStr format(PyObject v, String spec) {
        return Formatter.format(v, spec);
    }
}
