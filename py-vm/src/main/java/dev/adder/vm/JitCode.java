package dev.adder.vm;

import dev.adder.runtime.PyObject;

/**
 * A code object compiled to a JVM class by {@link JitCompiler}: {@link #run} runs a frame of it
 * from {@code f.lasti} (0, or the target of a backward jump, with {@code f.sp} giving the stack)
 * to its return, as {@link Ceval#run} would.
 */
abstract class JitCode {
    /** The offsets {@link #run} can start at, ascending. */
    int[] entries;

    abstract PyObject run(ThreadState ts, Frame f);

    final boolean isEntry(int offset) {
        return java.util.Arrays.binarySearch(entries, offset) >= 0;
    }
}
