package dev.adder.runtime.objects;

import dev.adder.runtime.Finalizers;
import dev.adder.runtime.PyType;

/**
 * An instance of a class that defines {@code __del__}: the JVM's collector finalizes it once it is
 * unreachable, and {@link Finalizers} then calls its {@code __del__} on the interpreter's thread
 * (once: {@link #finalized}).
 */
public final class PyFinalizedInstance extends PyInstance {
    /** Set once {@code __del__} was called (CPython calls it at most once per object). */
    public boolean finalized;
    /** {@link Finalizers#epoch} when made: an object outliving its interpreter is not finalized by the next one. */
    public final int epoch = Finalizers.epoch;

    /** A new instance of {@code type}, which has a {@code __del__}. */
    public PyFinalizedInstance(PyType type) {
        super(type);
        Finalizers.used = true;
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        if (!finalized) {
            Finalizers.enqueue(this);
        }
    }
}
