package dev.adder.stdlib.io;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyBaseException;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Helpers shared by the {@code _io} types: {@code UnsupportedOperation}, the closed-file errors,
 * {@code OSError} from Java's I/O exceptions, argument conversions.
 *
 * <p>CPython: Modules/_io/_iomodule.c, Modules/_io/_iomodule.h.
 */
final class Io {
    private Io() {
    }

    /** {@code DEFAULT_BUFFER_SIZE}. */
    static final int DEFAULT_BUFFER_SIZE = 8192;

    /** {@code io.UnsupportedOperation}: a subclass of OSError and ValueError. */
    static final PyType UNSUPPORTED;

    static {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("io"));
        UNSUPPORTED = PyType.newHeapType(PyType.TYPE, "UnsupportedOperation",
                new PyType[] {PyExc.OSError, PyExc.ValueError}, ns);
    }

    static PyException unsupported(String msg) {
        return new PyException(PyBaseException.of(UNSUPPORTED, PyStr.of(msg)));
    }

    /** ValueError "I/O operation on closed file." */
    static PyException closedFile() {
        return PyErr.valueError("I/O operation on closed file.");
    }

    /** OSError(errno, strerror[, filename]) with the subclass chosen by errno. */
    static PyException osError(int errno, String strerror, PyObject filename) {
        PyObject e = filename == null
                ? Abstract.call(PyExc.OSError, PyInt.of(errno), PyStr.of(strerror))
                : Abstract.call(PyExc.OSError, PyInt.of(errno), PyStr.of(strerror), filename);
        return new PyException((PyBaseException) e);
    }

    /** The OSError for a Java I/O exception on {@code filename} (may be null). */
    static PyException osError(IOException e, PyObject filename) {
        if (e instanceof java.nio.channels.ClosedChannelException) {
            return osError(9, "Bad file descriptor", filename);
        }
        if (e instanceof NoSuchFileException) {
            return osError(2, "No such file or directory", filename);
        }
        if (e instanceof FileAlreadyExistsException) {
            return osError(17, "File exists", filename);
        }
        if (e instanceof AccessDeniedException) {
            return osError(13, "Permission denied", filename);
        }
        if (e instanceof NotDirectoryException) {
            return osError(20, "Not a directory", filename);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return osError(39, "Directory not empty", filename);
        }
        String m = String.valueOf(e instanceof FileSystemException fe ? fe.getReason() : e.getMessage());
        if (m.contains("Is a directory")) {
            return osError(21, "Is a directory", filename);
        }
        if (m.contains("Not a directory")) {
            return osError(20, "Not a directory", filename);
        }
        if (m.contains("No such file")) {
            return osError(2, "No such file or directory", filename);
        }
        if (m.contains("Permission denied")) {
            return osError(13, "Permission denied", filename);
        }
        if (m.contains("Broken pipe")) {
            return osError(32, "Broken pipe", filename);
        }
        if (m.contains("No space left")) {
            return osError(28, "No space left on device", filename);
        }
        if (m.contains("Invalid argument")) {
            return osError(22, "Invalid argument", filename);
        }
        if (m.contains("Bad file descriptor")) {
            return osError(9, "Bad file descriptor", filename);
        }
        return osError(5, m, filename);
    }

    /** {@code _Py_convert_optional_to_ssize_t}: None or absent is -1. */
    static long size(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!Abstract.isIndex(o)) {
            throw PyErr.typeError("argument should be integer or None, not '%s'", o.type().name());
        }
        return Abstract.asRepeatCount(o); // OverflowError past a machine word, as a count
    }

    /** An integer argument (no None). */
    static long index(PyObject o) {
        if (!Abstract.isIndex(o)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", o.type().name());
        }
        return Abstract.asSsizeArg(o);
    }

    /** The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
    static byte[] buffer(PyObject o) {
        return BytesOps.buffer(o);
    }

    static PyBytes bytes(byte[] b, int off, int len) {
        if (len == 0) {
            return PyBytes.EMPTY;
        }
        byte[] r = new byte[len];
        System.arraycopy(b, off, r, 0, len);
        return PyBytes.wrap(r);
    }

    static PyObject call(PyObject o, String name) {
        return Abstract.callMethod(o, name);
    }

    static PyObject call(PyObject o, String name, PyObject a) {
        return Abstract.callMethod(o, name, a);
    }

    static boolean isTrue(PyObject o) {
        return Abstract.isTrue(o);
    }

    static PyObject attr(PyObject o, String name) {
        return Abstract.getAttr(o, name);
    }

    /** The attribute, or null when getting it raises AttributeError (other errors propagate). */
    static PyObject attrOrNull(PyObject o, String name) {
        return Abstract.lookupAttr(o, PyStr.of(name));
    }

    static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    static boolean isKw(PyTuple kw) {
        return kw != null && kw.size() > 0;
    }
}
