package dev.adder.vm.internal;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * Iterators written in Java over a {@link Step} function: range, enumerate, zip, map, filter,
 * reversed. Each kind has its own Python type; exhaustion is the null sentinel.
 *
 * <p>CPython: Objects/rangeobject.c, Objects/enumobject.c, Python/bltinmodule.c (zip, map, filter).
 */
public final class JavaIter extends PyObject {
    /** {@code range_iterator}. */
    public static final PyType RANGE_ITERATOR = make("range_iterator");
    /** {@code enumerate}. */
    public static final PyType ENUMERATE = make("enumerate");
    /** {@code zip}. */
    public static final PyType ZIP = make("zip");
    /** {@code map}. */
    public static final PyType MAP = make("map");
    /** {@code filter}. */
    public static final PyType FILTER = make("filter");
    /** {@code reversed}. */
    public static final PyType REVERSED = make("reversed");

    /** The next item, or null when exhausted. */
    @FunctionalInterface
    public interface Step {
        PyObject next();
    }

    private Step step;

    /** An iterator of type {@code type} producing what {@code step} produces. */
    public JavaIter(PyType type, Step step) {
        super(type);
        this.step = step;
    }

    private static PyType make(String name) {
        PyType t = PyType.builtin(name, JavaIter.class, 0);
        t.tp_iter = o -> o;
        t.tp_iternext = o -> {
            JavaIter it = (JavaIter) o;
            if (it.step == null) {
                return null;
            }
            PyObject v = it.step.next();
            if (v == null) {
                it.step = null;
            }
            return v;
        };
        t.ready();
        return t;
    }
}
