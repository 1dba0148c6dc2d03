package dev.adder.runtime.objects;

/**
 * An object outside the runtime (such as {@code array.array}) that exports its content as a
 * simple, read-only, C-contiguous byte buffer: {@code bytes(x)}, {@code b"".join}, a binary file's
 * {@code write}, {@code struct.unpack_from} and the other readers of {@link BytesOps#buffer} accept
 * it as a bytes-like object. {@code memoryview} does not view it.
 *
 * <p>CPython: {@code Include/cpython/object.h} ({@code bf_getbuffer}, {@code PyBUF_SIMPLE}).
 */
public interface BufferExporter {
    /** A copy of the exported bytes, of exactly the buffer's length. */
    byte[] exportBytes();
}
