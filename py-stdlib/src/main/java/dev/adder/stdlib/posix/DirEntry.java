package dev.adder.stdlib.posix;

import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyGetSetDescr;
import dev.adder.runtime.objects.PyMethodDescr;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * {@code os.DirEntry}: one entry of {@code os.scandir}, with its name, its path and the results of
 * {@code stat} and {@code lstat} cached after the first call; and {@code ScandirIterator}, the
 * iterator (and context manager) {@code os.scandir} returns.
 *
 * <p>CPython: Modules/posixmodule.c ({@code DirEntry}, {@code ScandirIterator}).
 */
public final class DirEntry extends PyObject {
    /** {@code posix.DirEntry}. */
    public static final PyType TYPE = PyType.builtin("DirEntry", DirEntry.class, 0);

    final PyObject name;
    final PyObject path;
    /** The entry's path in the file system (absolute). */
    final Path file;
    private PosixStructSeq stat;
    private PosixStructSeq lstat;

    DirEntry(PyObject name, PyObject path, Path file) {
        super(TYPE);
        this.name = name;
        this.path = path;
        this.file = file;
    }

    PosixStructSeq lstat() {
        if (lstat == null) {
            lstat = PosixModule.statPath(file, false, path);
        }
        return lstat;
    }

    PosixStructSeq stat(boolean follow) {
        if (!follow) {
            return lstat();
        }
        if (stat == null) {
            PosixStructSeq l = lstat();
            stat = PosixModule.isLink(l) ? PosixModule.statPath(file, true, path) : l;
        }
        return stat;
    }

    /** The file type bits (S_IFMT) of the entry itself and of what it points to; 0 until known, -1 if missing. */
    private int ltype;
    private int type;

    private static int typeOf(java.nio.file.attribute.BasicFileAttributes a) {
        return a.isSymbolicLink() ? 0120000 : a.isDirectory() ? 0040000 : a.isRegularFile() ? 0100000 : 0010000;
    }

    private int type(boolean follow) {
        if (ltype == 0) {
            if (lstat != null) {
                ltype = PosixModule.mode(lstat) & 0170000;
            } else {
                try {
                    ltype = typeOf(java.nio.file.Files.readAttributes(file,
                            java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS));
                } catch (java.nio.file.NoSuchFileException e) {
                    ltype = -1;
                } catch (IOException e) {
                    ltype = PosixModule.mode(lstat()) & 0170000;
                }
            }
        }
        if (!follow || ltype != 0120000) {
            return ltype;
        }
        if (type == 0) {
            if (stat != null) {
                type = PosixModule.mode(stat) & 0170000;
            } else {
                try {
                    type = typeOf(java.nio.file.Files.readAttributes(file,
                            java.nio.file.attribute.BasicFileAttributes.class));
                } catch (java.nio.file.NoSuchFileException e) {
                    type = -1;
                } catch (IOException e) {
                    type = PosixModule.mode(stat(true)) & 0170000;
                }
            }
        }
        return type;
    }

    private boolean testMode(boolean follow, int fmt) {
        try {
            return type(follow) == fmt;
        } catch (PyException e) {
            if (e.matches(dev.adder.runtime.exceptions.PyExc.FileNotFoundError)) {
                return false;
            }
            throw e;
        }
    }

    private static final String[] FOLLOW = {"follow_symlinks"};

    private static boolean follow(String fname, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, FOLLOW, 0, 0, 0, 0);
        return v[0] == null || dev.adder.runtime.Abstract.isTrue(v[0]);
    }

    static {
        PyType t = TYPE;
        t.tp_new = (type, a, n, kw) -> {
            throw PyErr.typeError("cannot create 'posix.DirEntry' instances");
        };
        t.tp_repr = o -> {
            return PyStr.of("<DirEntry " + dev.adder.runtime.Abstract.repr(((DirEntry) o).name).value() + ">");
        };
        t.ready();
        t.setAttribute("__module__", PyStr.of("posix"));
        t.setAttribute("name", new PyGetSetDescr(t, "name", o -> ((DirEntry) o).name, null));
        t.setAttribute("path", new PyGetSetDescr(t, "path", o -> ((DirEntry) o).path, null));
        PyMethodDescr.full(t, "is_dir", (self, a, n, kw) ->
                PyBool.of(((DirEntry) self).testMode(follow("is_dir", a, n, kw), 0040000)));
        PyMethodDescr.full(t, "is_file", (self, a, n, kw) ->
                PyBool.of(((DirEntry) self).testMode(follow("is_file", a, n, kw), 0100000)));
        PyMethodDescr.noArgs(t, "is_symlink", self -> PyBool.of(((DirEntry) self).testMode(false, 0120000)));
        PyMethodDescr.full(t, "stat", (self, a, n, kw) -> ((DirEntry) self).stat(follow("stat", a, n, kw)));
        PyMethodDescr.noArgs(t, "inode", self -> ((DirEntry) self).lstat().get(1));
        PyMethodDescr.noArgs(t, "__fspath__", self -> ((DirEntry) self).path);
        t.setAttribute("__class_getitem__", new dev.adder.runtime.objects.PyClassMethodDescr("__class_getitem__", t,
                (cls, a, n, kw) -> {
                    PyMethodDescr.noKeywords("__class_getitem__", kw);
                    PyMethodDescr.checkArity("__class_getitem__", n, 1, 1);
                    return new dev.adder.runtime.objects.PyGenericAlias(cls, a[0]);
                }));
    }

    /** {@code posix.ScandirIterator}. */
    public static final class ScandirIterator extends PyObject {
        /** {@code posix.ScandirIterator}. */
        public static final PyType TYPE = PyType.builtin("ScandirIterator", ScandirIterator.class, 0);

        private DirectoryStream<Path> stream;
        private Iterator<Path> it;
        private final PyObject dirPath;
        private final boolean bytes;
        private final boolean fd;

        ScandirIterator(DirectoryStream<Path> stream, PyObject dirPath, boolean bytes, boolean fd) {
            super(TYPE);
            this.stream = stream;
            this.it = stream.iterator();
            this.dirPath = dirPath;
            this.bytes = bytes;
            this.fd = fd;
        }

        void close() {
            if (stream != null) {
                try {
                    stream.close();
                } catch (IOException e) {
                    // nothing to report, as closedir's result is ignored
                }
                stream = null;
                it = null;
            }
        }

        PyObject next() {
            if (it == null) {
                return null;
            }
            Path p;
            try {
                if (!it.hasNext()) {
                    close();
                    return null;
                }
                p = it.next();
            } catch (java.nio.file.DirectoryIteratorException e) {
                close();
                throw PosixModule.osError(e.getCause(), dirPath, null);
            }
            String n = p.getFileName().toString();
            PyObject name = bytes ? PyBytes.wrap(PosixModule.fsencode(n)) : PyStr.of(n);
            PyObject path;
            if (fd) {
                path = name;
            } else {
                String d = bytes ? PosixModule.fsdecode(dirPath) : ((PyStr) dirPath).value();
                String full = d.endsWith("/") ? d + n : d + "/" + n;
                path = bytes ? PyBytes.wrap(PosixModule.fsencode(full)) : PyStr.of(full);
            }
            return new DirEntry(name, path, p);
        }

        static {
            PyType t = TYPE;
            t.tp_new = (type, a, n, kw) -> {
                throw PyErr.typeError("cannot create 'posix.ScandirIterator' instances");
            };
            t.tp_iter = o -> o;
            t.tp_iternext = o -> ((ScandirIterator) o).next();
            t.ready();
            t.setAttribute("__module__", PyStr.of("posix"));
            PyMethodDescr.noArgs(t, "close", self -> {
                ((ScandirIterator) self).close();
                return PyNone.NONE;
            });
            PyMethodDescr.noArgs(t, "__enter__", self -> self);
            PyMethodDescr.full(t, "__exit__", (self, a, n, kw) -> {
                ((ScandirIterator) self).close();
                return PyNone.NONE;
            });
        }
    }
}
