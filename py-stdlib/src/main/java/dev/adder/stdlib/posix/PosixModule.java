package dev.adder.stdlib.posix;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.HeapTypeSlots;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.BytesOps;
import dev.adder.runtime.objects.Codecs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyByteArray;
import dev.adder.runtime.objects.PyBytes;
import dev.adder.runtime.objects.PyDict;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyList;
import dev.adder.runtime.objects.PyMemoryView;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.stdlib.errno.ErrnoTable;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import dev.adder.vm.ThreadState;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The {@code posix} module, what {@code os} is made of on Linux: file and directory operations
 * over {@code java.nio.file}, file descriptors over {@link FdTable}, {@code stat} results from the
 * file system's {@code unix:*} attributes, the environment, and the process's identity.
 *
 * <p>What the JVM cannot do is emulated and written down here:
 * <ul>
 *   <li>The JVM cannot change its working directory. {@code chdir} changes a working directory
 *       kept by this module ({@link #cwd()}); every {@code posix} function resolves relative paths
 *       against it, {@code getcwd} returns it. Code outside this module that resolves paths itself
 *       should use {@link #resolve(String)}.</li>
 *   <li>{@code umask} keeps its value here; files and directories created by this module after a
 *       change get their permissions set to {@code mode & ~umask} explicitly.</li>
 *   <li>{@code putenv} and {@code unsetenv} only check their arguments: the JVM's environment
 *       cannot change ({@code os.environ} still changes, as it is a Python mapping).</li>
 *   <li>{@code st_blksize} is 4096 and {@code st_blocks} the size rounded up to 4096-byte blocks
 *       (in 512-byte units): the JVM does not report them.</li>
 *   <li>User and group ids, the umask and process times come from {@code /proc/self}.</li>
 *   <li>{@code statvfs} reports the JVM's file store: no inode counts.</li>
 *   <li>{@code get_terminal_size} raises {@code OSError(ENOTTY)} unless the descriptor is a
 *       terminal, then reports {@code COLUMNS}/{@code LINES} or 80x24 (the JVM has no ioctl).</li>
 *   <li>{@code kill} handles signal 0 (existence) and SIGTERM/SIGKILL of other processes only.</li>
 *   <li>{@code _exit(n)} raises {@code SystemExit(n)}: library code never ends the JVM, so
 *       {@code finally} blocks and {@code atexit} functions still run.</li>
 * </ul>
 *
 * <p>CPython: Modules/posixmodule.c.
 */
public final class PosixModule implements BuiltinModule {
    @Override
    public String name() {
        return "posix";
    }

    // ------------------------------------------------------------------ working directory, umask

    private static volatile String cwd = System.getProperty("user.dir");
    private static final int REAL_UMASK = readUmask();
    private static volatile int umask = REAL_UMASK;

    /** The working directory (absolute) as {@code os.getcwd()} reports it. */
    public static String cwd() {
        return cwd;
    }

    /** {@code path} resolved against the working directory. */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : Path.of(cwd).resolve(p);
    }

    private static int readUmask() {
        String v = procStatus("Umask:");
        if (v != null) {
            try {
                return Integer.parseInt(v.trim(), 8);
            } catch (NumberFormatException e) {
                return 022;
            }
        }
        return 022;
    }

    private static String procStatus(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return line.substring(key.length()).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static long procId(String key, int field) {
        String v = procStatus(key);
        if (v != null) {
            String[] parts = v.split("\\s+");
            if (parts.length > field) {
                try {
                    return Long.parseLong(parts[field]);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ errors

    /** The errno a Java I/O exception stands for. */
    static int errnoOf(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return 2;
        }
        if (e instanceof FileAlreadyExistsException) {
            return 17;
        }
        if (e instanceof AccessDeniedException) {
            return 13;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return 39;
        }
        if (e instanceof NotDirectoryException) {
            return 20;
        }
        if (e instanceof NotLinkException) {
            return 22;
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return 18;
        }
        if (e instanceof FileSystemLoopException) {
            return 40;
        }
        String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (r != null) {
            int c = ErrnoTable.codeOf(r);
            if (c > 0) {
                return c;
            }
        }
        return 5;
    }

    /** The OSError subclass for {@code code} with CPython's message and the file names (null: none). */
    static PyException osError(int code, PyObject f1, PyObject f2) {
        PyObject msg = PyStr.of(ErrnoTable.strerror(code));
        if (f1 == null) {
            return PyErr.of(PyExc.OSError, PyInt.of(code), msg);
        }
        if (f2 == null) {
            return PyErr.of(PyExc.OSError, PyInt.of(code), msg, f1);
        }
        return PyErr.of(PyExc.OSError, PyInt.of(code), msg, f1, PyNone.NONE, f2);
    }

    static PyException osError(Throwable e, PyObject f1, PyObject f2) {
        return osError(errnoOf(e), f1, f2);
    }

    // ------------------------------------------------------------------ path arguments

    /** A converted path argument ({@code path_t}). */
    static final class PathArg {
        /** What the caller passed (for error messages). */
        PyObject object;
        /** The path as text, or null for a file descriptor. */
        String str;
        boolean bytes;
        long fd = -1;
    }

    private static String allowed(boolean allowFd, boolean nullable) {
        if (allowFd && nullable) {
            return "string, bytes, os.PathLike, integer or None";
        }
        if (allowFd) {
            return "string, bytes, os.PathLike or integer";
        }
        if (nullable) {
            return "string, bytes, os.PathLike or None";
        }
        return "string, bytes or os.PathLike";
    }

    /** {@code path_converter}: str, bytes, os.PathLike, an fd if allowed, None if nullable (then "."). */
    static PathArg path(String fname, String argname, PyObject o, boolean allowFd, boolean nullable) {
        PathArg p = new PathArg();
        p.object = o;
        if (o == null || o == PyNone.NONE) {
            if (nullable) {
                p.str = ".";
                p.object = PyNone.NONE;
                return p;
            }
        }
        PyObject v = o;
        if (!(v instanceof PyStr) && !(v instanceof PyBytes) && o != null) {
            if (allowFd && Abstract.isIndex(v) && !(v instanceof PyByteArray)) {
                PyInt i = Abstract.index(v);
                p.fd = fdValue(i);
                return p;
            }
            if (v instanceof PyByteArray || v instanceof PyMemoryView) {
                v = PyBytes.wrap(BytesOps.buffer(v));
            } else {
                PyObject m = v.type().lookup("__fspath__");
                if (m != null) {
                    v = HeapTypeSlots.callMethod(m, v);
                    if (!(v instanceof PyStr) && !(v instanceof PyBytes)) {
                        throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s",
                                o.type().name(), v.type().name());
                    }
                    p.object = v;
                }
            }
        }
        if (v instanceof PyStr s) {
            String t = s.value();
            if (t.indexOf('\0') >= 0) {
                throw PyErr.valueError("embedded null byte");
            }
            p.str = t;
            return p;
        }
        if (v instanceof PyBytes b) {
            byte[] raw = b.toByteArray();
            for (byte x : raw) {
                if (x == 0) {
                    throw PyErr.valueError("%s: embedded null character in path", fname);
                }
            }
            p.str = fsdecode(raw);
            p.bytes = true;
            return p;
        }
        throw PyErr.typeError("%s: %s should be %s, not %s", fname, argname, allowed(allowFd, nullable),
                o == null ? "NoneType" : o.type().name());
    }

    /** {@code _fd_converter} for a path argument that may be a file descriptor. */
    static long fdValue(PyInt i) {
        boolean neg = i.isSmall() ? i.value < 0 : i.bigValue().signum() < 0;
        if (!i.isSmall() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError(neg ? "fd is less than minimum" : "fd is greater than maximum");
        }
        return i.value;
    }

    /** A C {@code int} argument. */
    static int fd(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) i.value;
    }

    /** A C {@code long} (or {@code off_t}) argument. */
    static long clong(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return i.value;
    }

    static String fsdecode(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return Codecs.decode(b, b.length, "utf-8", "surrogateescape", null).value();
            }
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static String fsdecode(PyObject bytesPath) {
        return fsdecode(((PyBytes) bytesPath).toByteArray());
    }

    static byte[] fsencode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xd800 && c < 0xe000) {
                return Codecs.encode(PyStr.of(s), "utf-8", "surrogateescape");
            }
        }
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The file of a path argument, resolved against the working directory (or {@code dirFd}). */
    static Path file(PathArg p, PyObject dirFd) {
        if (p.str.isEmpty()) {
            throw osError(2, p.object, null);
        }
        Path r;
        try {
            r = Path.of(p.str);
        } catch (InvalidPathException e) {
            throw osError(2, p.object, null);
        }
        if (r.isAbsolute()) {
            return r;
        }
        if (dirFd != null && dirFd != PyNone.NONE) {
            FdTable.OpenFile f = FdTable.get(fd(dirFd));
            if (f == null || f.path == null) {
                throw osError(9, p.object, null);
            }
            return f.path.resolve(r);
        }
        return Path.of(cwd).resolve(r);
    }

    /** The object a function returns for a path made from {@code p}: bytes if p was bytes. */
    static PyObject pathResult(PathArg p, String s) {
        return p.bytes ? PyBytes.wrap(fsencode(s)) : PyStr.of(s);
    }

    // ------------------------------------------------------------------ stat

    static final PyType STAT_RESULT = PosixStructSeq.newType("os", "stat_result",
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
                "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
                "st_blocks", "st_rdev"},
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                "st_mtime", "st_ctime"}, 10, true);
    static final PyType TERMINAL_SIZE = PosixStructSeq.newType("os", "terminal_size",
            new String[] {"columns", "lines"}, new String[] {"columns", "lines"}, 2, false);
    static final String[] UNAME_FIELDS = {"sysname", "nodename", "release", "version", "machine"};
    static final PyType UNAME_RESULT = PosixStructSeq.newType("posix", "uname_result", UNAME_FIELDS, UNAME_FIELDS,
            5, false);
    static final String[] TIMES_FIELDS = {"user", "system", "children_user", "children_system", "elapsed"};
    static final PyType TIMES_RESULT = PosixStructSeq.newType("posix", "times_result", TIMES_FIELDS, TIMES_FIELDS,
            5, false);

    static final String[] STATVFS_FIELDS = {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
        "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"};
    static final PyType STATVFS_RESULT = PosixStructSeq.newType("os", "statvfs_result", STATVFS_FIELDS,
            STATVFS_FIELDS, 10, false);

    /**
     * {@code os.statvfs} from the JVM's {@link java.nio.file.FileStore}: the block counts are exact,
     * the inode counts (which the JVM does not report) are 0, {@code f_fsid} is the device number.
     */
    private static PyObject statvfs(Path f, PyObject name) {
        try {
            java.nio.file.FileStore fs = Files.getFileStore(f);
            long bsize;
            try {
                bsize = fs.getBlockSize();
            } catch (UnsupportedOperationException e) {
                bsize = 4096;
            }
            long dev = num(Files.getAttribute(f, "unix:dev"));
            PyObject z = PyInt.ZERO;
            PyObject[] vis = {PyInt.of(bsize), PyInt.of(bsize), PyInt.of(fs.getTotalSpace() / bsize),
                PyInt.of(fs.getUnallocatedSpace() / bsize), PyInt.of(fs.getUsableSpace() / bsize), z, z, z,
                PyInt.of(fs.isReadOnly() ? 1 : 0), PyInt.of(255)};
            return PosixStructSeq.of(STATVFS_RESULT, vis, new PyObject[] {PyInt.of(dev)});
        } catch (IOException e) {
            throw osError(e, name, null);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw osError(38, name, null);
        }
    }

    static int mode(PyTuple st) {
        return (int) ((PyInt) st.get(0)).value;
    }

    static boolean isLink(PyTuple st) {
        return (mode(st) & 0170000) == 0120000;
    }

    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    /** The attributes a stat result needs ("unix:*" would also look up the owner's and group's names). */
    private static final String UNIX_ATTRS =
            "unix:mode,ino,dev,rdev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime";
    private static final LinkOption[] FOLLOW = {};

    /** The stat result of {@code file}, or the OSError with {@code name}. */
    static PosixStructSeq statPath(Path file, boolean follow, PyObject name) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(file, UNIX_ATTRS, follow ? FOLLOW : NOFOLLOW);
        } catch (IOException e) {
            throw osError(e, name, null);
        } catch (UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            throw osError(38, name, null);
        }
        return statResult(a);
    }

    private static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    static PosixStructSeq statResult(Map<String, Object> a) {
        long size = num(a.get("size"));
        Instant at = ((FileTime) a.get("lastAccessTime")).toInstant();
        Instant mt = ((FileTime) a.get("lastModifiedTime")).toInstant();
        Object c = a.get("ctime");
        Instant ct = c instanceof FileTime f ? f.toInstant() : mt;
        PyObject[] vis = {PyInt.of(num(a.get("mode"))), PyInt.of(num(a.get("ino"))), PyInt.of(num(a.get("dev"))),
            PyInt.of(num(a.get("nlink"))), PyInt.of(num(a.get("uid"))), PyInt.of(num(a.get("gid"))), PyInt.of(size),
            PyInt.of(at.getEpochSecond()), PyInt.of(mt.getEpochSecond()), PyInt.of(ct.getEpochSecond())};
        PyObject[] hid = {secs(at), secs(mt), secs(ct), nanos(at), nanos(mt), nanos(ct), PyInt.of(4096),
            PyInt.of((size + 4095) / 4096 * 8), PyInt.of(num(a.get("rdev")))};
        return PosixStructSeq.of(STAT_RESULT, vis, hid);
    }

    private static PyObject secs(Instant i) {
        return PyFloat.of(i.getEpochSecond() + i.getNano() * 1e-9);
    }

    private static PyObject nanos(Instant i) {
        return PyInt.of(java.math.BigInteger.valueOf(i.getEpochSecond()).multiply(java.math.BigInteger.valueOf(
                1_000_000_000L)).add(java.math.BigInteger.valueOf(i.getNano())));
    }

    static PosixStructSeq fstat(int fd) {
        FdTable.OpenFile f = FdTable.get(fd);
        if (f == null) {
            throw osError(9, null, null);
        }
        if (f.path != null) {
            try {
                return statResult(Files.readAttributes(f.path, UNIX_ATTRS));
            } catch (IOException | RuntimeException e) {
                // the file was removed after it was opened: below
            }
        }
        long size = 0;
        try {
            size = f.channel != null ? f.channel.size() : 0;
        } catch (IOException e) {
            size = 0;
        }
        PyObject z = PyInt.ZERO;
        PyObject[] vis = {PyInt.of(f.std >= 0 ? 0010600 : 0100600), z, z, z, z, z, PyInt.of(size), z, z, z};
        PyObject[] hid = {PyFloat.of(0), PyFloat.of(0), PyFloat.of(0), z, z, z, PyInt.of(4096),
            PyInt.of((size + 4095) / 4096 * 8), z};
        return PosixStructSeq.of(STAT_RESULT, vis, hid);
    }

    // ------------------------------------------------------------------ helpers

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private static void set(PyModule m, String name, long v) {
        m.dict.setItem(PyStr.of(name), PyInt.of(v));
    }

    private static boolean bool(PyObject o, boolean dflt) {
        return o == null ? dflt : Abstract.isTrue(o);
    }

    private static void noDirFdLinks(String fname, PyObject follow) {
        if (follow != null && !Abstract.isTrue(follow)) {
            throw PyErr.format(PyExc.NotImplementedError, "%s: follow_symlinks unavailable on this platform", fname);
        }
    }

    private static Set<PosixFilePermission> perms(long mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE
        for (int i = 0; i < 9; i++) {
            if ((mode & (0400 >> i)) != 0) {
                s.add(all[i]);
            }
        }
        return s;
    }

    /** After creating {@code p} with {@code mode}: applies an emulated umask if it differs from the real one. */
    private static void applyUmask(Path p, long mode) {
        if (umask != REAL_UMASK) {
            try {
                Files.setPosixFilePermissions(p, perms(mode & ~umask & 0777));
            } catch (IOException | RuntimeException e) {
                // best effort, as the file exists
            }
        }
    }

    private static SecureRandom random;

    private static synchronized byte[] urandom(int n) {
        if (random == null) {
            random = new SecureRandom();
        }
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String readProc(String file, String dflt) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException | RuntimeException e) {
            return dflt;
        }
    }

    private static boolean isTty(int fd) {
        FdTable.OpenFile f = FdTable.get(fd);
        if (f == null || f.std < 0) {
            return false;
        }
        try {
            String t = Files.readSymbolicLink(Path.of("/proc/self/fd/" + f.std)).toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty") || t.equals("/dev/console");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static OutputStream stdStream(int std) {
        InterpreterState interp = ThreadState.current().interp;
        OutputStream o = std == 1 ? interp.rawStdout : interp.rawStderr;
        return o != null ? o : new java.io.FileOutputStream(std == 1 ? FileDescriptor.out : FileDescriptor.err);
    }

    private static InputStream stdin;

    private static synchronized InputStream stdin() {
        if (stdin == null) {
            stdin = new FileInputStream(FileDescriptor.in);
        }
        return stdin;
    }

    // ------------------------------------------------------------------ argument names

    private static final String[] A_STAT = {"path", "dir_fd", "follow_symlinks"};
    private static final String[] A_LSTAT = {"path", "dir_fd"};
    private static final String[] A_ACCESS = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
    private static final String[] A_CHMOD = {"path", "mode", "dir_fd", "follow_symlinks"};
    private static final String[] A_PATH = {"path"};
    private static final String[] A_MKDIR = {"path", "mode", "dir_fd"};
    private static final String[] A_RENAME = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    private static final String[] A_LINK = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"};
    private static final String[] A_SYMLINK = {"src", "dst", "target_is_directory", "dir_fd"};
    private static final String[] A_UTIME = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    private static final String[] A_OPEN = {"path", "flags", "mode", "dir_fd"};
    private static final String[] A_TRUNCATE = {"path", "length"};
    private static final String[] A_TERM = {"fd"};
    private static final String[] A_DUP2 = {"fd", "fd2", "inheritable"};
    private static final String[] A_STATUS = {"status"};

    private static void rename(String fname, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, A_RENAME, 0, 2, 2, 0);
        PathArg src = path(fname, "src", v[0], false, false);
        PathArg dst = path(fname, "dst", v[1], false, false);
        if (src.str.isEmpty() || dst.str.isEmpty()) {
            throw osError(2, src.object, dst.object);
        }
        Path s = file(src, v[2]);
        Path d = file(dst, v[3]);
        try {
            if (Files.isDirectory(s, NOFOLLOW) && Files.exists(d, NOFOLLOW) && !Files.isDirectory(d, NOFOLLOW)) {
                throw osError(20, src.object, dst.object);
            }
            if (!Files.isDirectory(s, NOFOLLOW) && Files.isDirectory(d, NOFOLLOW) && Files.exists(s, NOFOLLOW)) {
                throw osError(21, src.object, dst.object);
            }
            Files.move(s, d, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw osError(e, src.object, dst.object);
        }
    }

    private static void remove(String fname, PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack(fname, a, n, kw, A_LSTAT, 0, 1, 1, 0);
        PathArg p = path(fname, "path", v[0], false, false);
        Path f = file(p, v[1]);
        if (Files.isDirectory(f, NOFOLLOW)) {
            throw osError(21, p.object, null);
        }
        if (p.str.endsWith("/")) {
            throw osError(Files.exists(f, NOFOLLOW) ? 20 : 2, p.object, null);
        }
        try {
            Files.delete(f);
        } catch (IOException e) {
            throw osError(e, p.object, null);
        }
    }

    private static PyObject listdir(PyObject arg) {
        PathArg p = path("listdir", "path", arg, true, true);
        Path dir;
        PyObject name = p.object;
        if (p.fd >= 0 || p.str == null) {
            FdTable.OpenFile f = FdTable.get(p.fd);
            if (f == null || f.path == null) {
                throw osError(9, null, null);
            }
            dir = f.path;
            name = null;
        } else {
            dir = file(p, null);
        }
        PyList out = new PyList();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                out.append(pathResult(p, e.getFileName().toString()));
            }
        } catch (IOException e) {
            throw osError(e, name, null);
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw osError(e.getCause(), name, null);
        }
        return out;
    }

    private static PyObject scandir(PyObject arg) {
        PathArg p = path("scandir", "path", arg, true, true);
        Path dir;
        PyObject name = p.object;
        boolean byFd = false;
        if (p.str == null) {
            FdTable.OpenFile f = FdTable.get(p.fd);
            if (f == null || f.path == null) {
                throw osError(9, null, null);
            }
            dir = f.path;
            name = null;
            byFd = true;
        } else {
            dir = file(p, null);
        }
        try {
            DirectoryStream<Path> ds = Files.newDirectoryStream(dir);
            PyObject dirPath = byFd ? null : p.bytes ? PyBytes.wrap(fsencode(p.str)) : PyStr.of(p.str);
            return new DirEntry.ScandirIterator(ds, dirPath, p.bytes, byFd);
        } catch (IOException e) {
            throw osError(e, name, null);
        }
    }

    /** {@code _PyTime_ObjectToTimespec} with rounding towards minus infinity, as nanoseconds. */
    private static long timeNanos(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double ip = d >= 0 ? Math.floor(d) : Math.ceil(d);
            double fp = Math.floor((d - ip) * 1e9);
            if (fp >= 1e9) {
                fp -= 1e9;
                ip += 1.0;
            } else if (fp < 0) {
                fp += 1e9;
                ip -= 1.0;
            }
            if (!(ip >= -9.2e9 && ip <= 9.2e9)) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return (long) ip * 1_000_000_000L + (long) fp;
        }
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || Math.abs(i.value) > 9_200_000_000L) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
        return i.value * 1_000_000_000L;
    }

    private static long nsValue(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall()) {
            throw PyErr.overflowError("timestamp out of range for platform time_t");
        }
        return i.value;
    }

    private static PyObject utime(PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack("utime", a, n, kw, A_UTIME, 0, 1, 2, 0);
        PathArg p = path("utime", "path", v[0], true, false);
        PyObject times = v[1];
        PyObject ns = v[2];
        if (times != null && times != PyNone.NONE && ns != null) {
            throw PyErr.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        long at;
        long mt;
        if (times != null && times != PyNone.NONE) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            at = timeNanos(t.get(0));
            mt = timeNanos(t.get(1));
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("utime: 'ns' must be a tuple of two ints");
            }
            at = nsValue(t.get(0));
            mt = nsValue(t.get(1));
        } else {
            Instant now = Instant.now();
            at = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            mt = at;
        }
        Path f;
        PyObject name = p.object;
        if (p.str == null) {
            FdTable.OpenFile o = FdTable.get(p.fd);
            if (o == null || o.path == null) {
                throw osError(9, null, null);
            }
            f = o.path;
            name = null;
        } else {
            f = file(p, v[3]);
            name = null; // CPython reports utime's failures without the file name
        }
        boolean follow = bool(v[4], true);
        try {
            BasicFileAttributeView view = follow ? Files.getFileAttributeView(f, BasicFileAttributeView.class)
                    : Files.getFileAttributeView(f, BasicFileAttributeView.class, NOFOLLOW);
            view.setTimes(FileTime.from(mt, TimeUnit.NANOSECONDS), FileTime.from(at, TimeUnit.NANOSECONDS), null);
        } catch (IOException e) {
            throw osError(e, name, null);
        }
        return PyNone.NONE;
    }

    private static PyObject open(PyObject[] a, int n, PyTuple kw) {
        PyObject[] v = BuiltinArgs.unpack("open", a, n, kw, A_OPEN, 0, 2, 3, 0);
        PathArg p = path("open", "path", v[0], false, false);
        int flags = fd(v[1]);
        long mode = v[2] == null ? 0777 : fd(v[2]);
        Path f = file(p, v[3]);
        int acc = flags & 3;
        boolean read = acc == 0 || acc == 2;
        boolean write = acc == 1 || acc == 2;
        Set<OpenOption> opts = new HashSet<>();
        if (read) {
            opts.add(StandardOpenOption.READ);
        }
        if (write) {
            opts.add(StandardOpenOption.WRITE);
        }
        boolean creat = (flags & 0100) != 0;
        boolean excl = (flags & 0200) != 0;
        if (creat) {
            opts.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & 01000) != 0 && write) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & 0400000) != 0 || (creat && excl)) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        if ((flags & 04010000) == 04010000) {
            opts.add(StandardOpenOption.SYNC);
        } else if ((flags & 010000) != 0) {
            opts.add(StandardOpenOption.DSYNC);
        }
        boolean isDir = Files.isDirectory(f);
        if (isDir && (write || creat)) {
            throw osError(creat && excl ? 17 : 21, p.object, null);
        }
        if ((flags & 0200000) != 0 && !isDir) {
            throw osError(Files.exists(f) ? 20 : 2, p.object, null);
        }
        if (p.str.endsWith("/") && !isDir) {
            throw osError(creat ? 21 : Files.exists(f) ? 20 : 2, p.object, null);
        }
        boolean existed = creat && umask != REAL_UMASK && Files.exists(f, NOFOLLOW);
        FileChannel ch = null;
        try {
            if (isDir) {
                try {
                    ch = FileChannel.open(f, StandardOpenOption.READ);
                } catch (IOException e) {
                    if (!Files.isReadable(f)) {
                        throw e;
                    }
                    ch = null;
                }
            } else if (creat && !write) {
                // java.nio ignores CREATE for a channel opened only for reading
                FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(perms(mode));
                try {
                    Files.createFile(f, attr);
                } catch (FileAlreadyExistsException e) {
                    if (excl) {
                        throw e;
                    }
                }
                opts.remove(StandardOpenOption.CREATE);
                opts.remove(StandardOpenOption.CREATE_NEW);
                ch = FileChannel.open(f, opts);
            } else if (creat) {
                FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(perms(mode));
                ch = FileChannel.open(f, opts, attr);
            } else {
                ch = FileChannel.open(f, opts);
            }
        } catch (IOException e) {
            throw osError(e, p.object, null);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw osError(22, p.object, null);
        }
        if (creat && !existed) {
            applyUmask(f, mode);
        }
        boolean append = (flags & 02000) != 0;
        return PyInt.of(FdTable.add(new FdTable.OpenFile(ch, f.toAbsolutePath(), -1, read, write, append, isDir)));
    }

    private static FdTable.OpenFile openFile(int fd) {
        FdTable.OpenFile f = FdTable.get(fd);
        if (f == null) {
            throw osError(9, null, null);
        }
        return f;
    }

    private static PyObject read(int fd, long len) {
        if (len < 0) {
            throw osError(22, null, null);
        }
        FdTable.OpenFile f = openFile(fd);
        if (!f.readable) {
            throw osError(9, null, null);
        }
        if (f.directory) {
            throw osError(21, null, null);
        }
        try {
            if (f.std == 0) {
                byte[] b = new byte[(int) Math.min(len, 65536)];
                int k = b.length == 0 ? 0 : stdin().read(b);
                return k <= 0 ? PyBytes.EMPTY : PyBytes.wrap(java.util.Arrays.copyOf(b, k));
            }
            if (f.std > 0) {
                throw osError(9, null, null);
            }
            long avail = Math.max(0, f.channel.size() - f.channel.position());
            int cap = (int) Math.min(len, Math.min(Math.max(avail, 8192), Integer.MAX_VALUE - 16));
            ByteBuffer buf = ByteBuffer.allocate(cap);
            int k = cap == 0 ? 0 : f.channel.read(buf);
            if (k <= 0) {
                return PyBytes.EMPTY;
            }
            return PyBytes.wrap(k == cap ? buf.array() : java.util.Arrays.copyOf(buf.array(), k));
        } catch (NonReadableChannelException e) {
            throw osError(9, null, null);
        } catch (IOException e) {
            throw osError(e, null, null);
        }
    }

    private static PyObject write(int fd, PyObject data) {
        byte[] b = BytesOps.buffer(data);
        FdTable.OpenFile f = openFile(fd);
        if (!f.writable) {
            throw osError(9, null, null);
        }
        try {
            if (f.std >= 0) {
                OutputStream o = stdStream(f.std);
                o.write(b);
                o.flush();
                return PyInt.of(b.length);
            }
            if (f.append) {
                f.channel.position(f.channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(b);
            while (buf.hasRemaining()) {
                f.channel.write(buf);
            }
            return PyInt.of(b.length);
        } catch (NonWritableChannelException e) {
            throw osError(9, null, null);
        } catch (IOException e) {
            throw osError(e, null, null);
        }
    }

    private static void truncate(FileChannel ch, long len) throws IOException {
        long size = ch.size();
        if (len < size) {
            long pos = ch.position();
            ch.truncate(len);
            ch.position(pos); // ftruncate leaves the offset alone
        } else if (len > size) {
            ch.write(ByteBuffer.wrap(new byte[1]), len - 1);
        }
    }

    private static PyObject uname() {
        String machine = System.getProperty("os.arch", "");
        if (machine.equals("amd64")) {
            machine = "x86_64";
        } else if (machine.equals("arm64")) {
            machine = "aarch64";
        }
        String[] v = {System.getProperty("os.name", "Linux"),
            readProc("/proc/sys/kernel/hostname", "localhost"),
            readProc("/proc/sys/kernel/osrelease", System.getProperty("os.version", "")),
            readProc("/proc/sys/kernel/version", ""), machine};
        PyObject[] o = new PyObject[5];
        for (int i = 0; i < 5; i++) {
            o[i] = PyStr.of(v[i]);
        }
        return PosixStructSeq.of(UNAME_RESULT, o, new PyObject[0]);
    }

    private static PyObject times() {
        double[] t = new double[5];
        String stat = readProc("/proc/self/stat", "");
        int close = stat.lastIndexOf(')');
        if (close > 0) {
            String[] f = stat.substring(close + 2).split(" ");
            // fields after the command: state(0) ... utime(11) stime(12) cutime(13) cstime(14)
            for (int i = 0; i < 4 && 11 + i < f.length; i++) {
                try {
                    t[i] = Long.parseLong(f[11 + i]) / 100.0;
                } catch (NumberFormatException e) {
                    t[i] = 0;
                }
            }
        }
        String up = readProc("/proc/uptime", "0");
        try {
            t[4] = Math.floor(Double.parseDouble(up.split(" ")[0]) * 100) / 100.0;
        } catch (NumberFormatException e) {
            t[4] = System.nanoTime() / 1e9;
        }
        PyObject[] o = new PyObject[5];
        for (int i = 0; i < 5; i++) {
            o[i] = PyFloat.of(t[i]);
        }
        return PosixStructSeq.of(TIMES_RESULT, o, new PyObject[0]);
    }

    private static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return o;
        }
        PyObject m = o.type().lookup("__fspath__");
        if (m == null || m == PyNone.NONE) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", o.type().name());
        }
        PyObject r = HeapTypeSlots.callMethod(m, o);
        if (r instanceof PyStr || r instanceof PyBytes) {
            return r;
        }
        throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s", o.type().name(),
                r.type().name());
    }

    private static String envText(PyObject o, String what) {
        String s;
        if (o instanceof PyStr t) {
            s = t.value();
        } else if (o instanceof PyBytes b) {
            s = fsdecode(b.toByteArray());
        } else {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", o.type().name());
        }
        if (s.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null byte");
        }
        return s;
    }

    // ------------------------------------------------------------------ the module

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        // a new interpreter in this JVM starts where the process started
        cwd = System.getProperty("user.dir");
        umask = REAL_UMASK;
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("This module provides access to operating system functionality "
                + "that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix "
                + "interface).  Refer to the library manual and\ncorresponding Unix manual entries for more "
                + "information on calls."));
        m.dict.setItem(PyStr.of("error"), PyExc.OSError);
        m.dict.setItem(PyStr.of("stat_result"), STAT_RESULT);
        m.dict.setItem(PyStr.of("terminal_size"), TERMINAL_SIZE);
        m.dict.setItem(PyStr.of("uname_result"), UNAME_RESULT);
        m.dict.setItem(PyStr.of("times_result"), TIMES_RESULT);
        m.dict.setItem(PyStr.of("statvfs_result"), STATVFS_RESULT);
        m.dict.setItem(PyStr.of("DirEntry"), DirEntry.TYPE);
        PyList have = new PyList();
        for (String h : new String[] {"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT",
            "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LSTAT",
            "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT",
            "HAVE_UTIMENSAT"}) {
            have.append(PyStr.of(h));
        }
        m.dict.setItem(PyStr.of("_have_functions"), have);
        m.dict.setItem(PyStr.of("environ"), environ());
        constants(m);

        def(m, "stat", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("stat", a, n, kw, A_STAT, 0, 1, 1, 0);
            PathArg p = path("stat", "path", v[0], true, false);
            if (p.str == null) {
                return fstat((int) p.fd);
            }
            Path f = file(p, v[1]);
            PosixStructSeq st = statPath(f, bool(v[2], true), p.object);
            if (p.str.endsWith("/") && (mode(st) & 0170000) != 0040000) {
                throw osError(20, p.object, null);
            }
            return st;
        });
        def(m, "lstat", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("lstat", a, n, kw, A_LSTAT, 0, 1, 1, 0);
            PathArg p = path("lstat", "path", v[0], false, false);
            Path f = file(p, v[1]);
            boolean slash = p.str.endsWith("/");
            PosixStructSeq st = statPath(f, slash, p.object);
            if (slash && (mode(st) & 0170000) != 0040000) {
                throw osError(20, p.object, null);
            }
            return st;
        });
        def(m, "fstat", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("fstat", a, n, kw, A_TERM, 0, 1, 1, 0);
            return fstat(fd(v[0]));
        });
        def(m, "access", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("access", a, n, kw, A_ACCESS, 0, 2, 2, 0);
            PathArg p = path("access", "path", v[0], false, false);
            long mode = fd(v[1]);
            if (p.str.isEmpty()) {
                return PyBool.FALSE;
            }
            Path f = file(p, v[2]);
            LinkOption[] lo = bool(v[4], true) ? FOLLOW : NOFOLLOW;
            boolean ok = Files.exists(f, lo);
            if (ok && (mode & 4) != 0) {
                ok = Files.isReadable(f);
            }
            if (ok && (mode & 2) != 0) {
                ok = Files.isWritable(f);
            }
            if (ok && (mode & 1) != 0) {
                ok = Files.isExecutable(f);
            }
            return PyBool.of(ok);
        });
        def(m, "chdir", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("chdir", a, n, kw, A_PATH, 0, 1, 1, 0);
            PathArg p = path("chdir", "path", v[0], true, false);
            Path f;
            PyObject name = p.object;
            if (p.str == null) {
                FdTable.OpenFile o = FdTable.get(p.fd);
                if (o == null || o.path == null) {
                    throw osError(9, null, null);
                }
                f = o.path;
                name = null;
            } else {
                f = file(p, null);
            }
            if (!Files.exists(f)) {
                throw osError(2, name, null);
            }
            if (!Files.isDirectory(f)) {
                throw osError(20, name, null);
            }
            if (!Files.isExecutable(f)) {
                throw osError(13, name, null);
            }
            try {
                cwd = f.toRealPath().toString();
            } catch (IOException e) {
                throw osError(e, name, null);
            }
            return PyNone.NONE;
        });
        def(m, "getcwd", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("posix.getcwd", n, kw);
            return PyStr.of(cwd);
        });
        def(m, "getcwdb", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("posix.getcwdb", n, kw);
            return PyBytes.wrap(fsencode(cwd));
        });
        def(m, "chmod", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("chmod", a, n, kw, A_CHMOD, 0, 2, 2, 0);
            PathArg p = path("chmod", "path", v[0], true, false);
            long mode = fd(v[1]);
            noDirFdLinks("chmod", v[3]);
            Path f;
            PyObject name = p.object;
            if (p.str == null) {
                FdTable.OpenFile o = FdTable.get(p.fd);
                if (o == null || o.path == null) {
                    throw osError(9, null, null);
                }
                f = o.path;
                name = null;
            } else {
                f = file(p, v[2]);
            }
            try {
                if ((mode & 07000) != 0) {
                    Files.setAttribute(f, "unix:mode", (int) (mode & 07777));
                } else {
                    Files.setPosixFilePermissions(f, perms(mode));
                }
            } catch (IOException e) {
                throw osError(e, name, null);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                try {
                    Files.setPosixFilePermissions(f, perms(mode));
                } catch (IOException e2) {
                    throw osError(e2, name, null);
                }
            }
            return PyNone.NONE;
        });
        def(m, "listdir", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("listdir", a, n, kw, A_PATH, 0, 0, 1, 0);
            return listdir(v[0]);
        });
        def(m, "scandir", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("scandir", a, n, kw, A_PATH, 0, 0, 1, 0);
            return scandir(v[0]);
        });
        def(m, "mkdir", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("mkdir", a, n, kw, A_MKDIR, 0, 1, 2, 0);
            PathArg p = path("mkdir", "path", v[0], false, false);
            long mode = v[1] == null ? 0777 : fd(v[1]);
            Path f = file(p, v[2]);
            try {
                Files.createDirectory(f, PosixFilePermissions.asFileAttribute(perms(mode)));
            } catch (IOException e) {
                throw osError(e, p.object, null);
            }
            applyUmask(f, mode);
            return PyNone.NONE;
        });
        def(m, "rmdir", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("rmdir", a, n, kw, A_LSTAT, 0, 1, 1, 0);
            PathArg p = path("rmdir", "path", v[0], false, false);
            Path f = file(p, v[1]);
            if (!Files.exists(f, NOFOLLOW)) {
                throw osError(2, p.object, null);
            }
            if (!Files.isDirectory(f, NOFOLLOW)) {
                throw osError(20, p.object, null);
            }
            try {
                Files.delete(f);
            } catch (IOException e) {
                throw osError(e, p.object, null);
            }
            return PyNone.NONE;
        });
        def(m, "unlink", (self, a, n, kw) -> {
            remove("unlink", a, n, kw);
            return PyNone.NONE;
        });
        def(m, "remove", (self, a, n, kw) -> {
            remove("remove", a, n, kw);
            return PyNone.NONE;
        });
        def(m, "rename", (self, a, n, kw) -> {
            rename("rename", a, n, kw);
            return PyNone.NONE;
        });
        def(m, "replace", (self, a, n, kw) -> {
            rename("replace", a, n, kw);
            return PyNone.NONE;
        });
        def(m, "link", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("link", a, n, kw, A_LINK, 0, 2, 2, 0);
            PathArg src = path("link", "src", v[0], false, false);
            PathArg dst = path("link", "dst", v[1], false, false);
            if (src.str.isEmpty() || dst.str.isEmpty()) {
                throw osError(2, src.object, dst.object);
            }
            Path s = file(src, v[2]);
            Path d = file(dst, v[3]);
            try {
                if (bool(v[4], true) && Files.isSymbolicLink(s)) {
                    s = s.toRealPath();
                }
                Files.createLink(d, s);
            } catch (IOException e) {
                throw osError(e, src.object, dst.object);
            }
            return PyNone.NONE;
        });
        def(m, "symlink", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("symlink", a, n, kw, A_SYMLINK, 0, 2, 3, 0);
            PathArg src = path("symlink", "src", v[0], false, false);
            PathArg dst = path("symlink", "dst", v[1], false, false);
            if (src.str.isEmpty() || dst.str.isEmpty()) {
                throw osError(2, src.object, dst.object);
            }
            Path d = file(dst, v[3]);
            try {
                Files.createSymbolicLink(d, Path.of(src.str));
            } catch (IOException e) {
                throw osError(e, src.object, dst.object);
            }
            return PyNone.NONE;
        });
        def(m, "readlink", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("readlink", a, n, kw, A_LSTAT, 0, 1, 1, 0);
            PathArg p = path("readlink", "path", v[0], false, false);
            Path f = file(p, v[1]);
            try {
                return pathResult(p, Files.readSymbolicLink(f).toString());
            } catch (NotLinkException e) {
                throw osError(22, p.object, null);
            } catch (IOException e) {
                throw osError(e, p.object, null);
            }
        });
        def(m, "utime", (self, a, n, kw) -> utime(a, n, kw));
        def(m, "statvfs", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("statvfs", a, n, kw, A_PATH, 0, 1, 1, 0);
            PathArg p = path("statvfs", "path", v[0], true, false);
            if (p.str == null) {
                FdTable.OpenFile o = FdTable.get(p.fd);
                if (o == null || o.path == null) {
                    throw osError(9, null, null);
                }
                return statvfs(o.path, null);
            }
            return statvfs(file(p, null), p.object);
        });
        def(m, "truncate", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("truncate", a, n, kw, A_TRUNCATE, 0, 2, 2, 0);
            PathArg p = path("truncate", "path", v[0], true, false);
            long len = clong(v[1]);
            if (p.str == null) {
                return ftruncate((int) p.fd, len);
            }
            Path f = file(p, null);
            if (len < 0) {
                throw osError(22, p.object, null);
            }
            if (Files.isDirectory(f)) {
                throw osError(21, p.object, null);
            }
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                truncate(ch, len);
            } catch (IOException e) {
                throw osError(e, p.object, null);
            }
            return PyNone.NONE;
        });
        def(m, "ftruncate", (self, a, n, kw) -> {
            BuiltinArgs.positional("ftruncate", n, kw, 2, 2);
            return ftruncate(fd(a[0]), clong(a[1]));
        });
        def(m, "umask", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("posix.umask", n, kw);
            long mask = fd(a[0]);
            int old = umask;
            umask = (int) (mask & 0777);
            return PyInt.of(old);
        });
        def(m, "open", (self, a, n, kw) -> open(a, n, kw));
        def(m, "close", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("close", a, n, kw, A_TERM, 0, 1, 1, 0);
            if (!FdTable.close(fd(v[0]))) {
                throw osError(9, null, null);
            }
            return PyNone.NONE;
        });
        def(m, "closerange", (self, a, n, kw) -> {
            BuiltinArgs.positional("closerange", n, kw, 2, 2);
            int lo = Math.max(0, fd(a[0]));
            int hi = fd(a[1]);
            for (int i = lo; i < hi && i < 65536; i++) {
                FdTable.close(i);
            }
            return PyNone.NONE;
        });
        def(m, "read", (self, a, n, kw) -> {
            BuiltinArgs.positional("read", n, kw, 2, 2);
            int fd = fd(a[0]);
            PyInt len = Abstract.index(a[1]);
            if (!len.isSmall()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            return read(fd, len.value);
        });
        def(m, "write", (self, a, n, kw) -> {
            BuiltinArgs.positional("write", n, kw, 2, 2);
            int fd = fd(a[0]);
            return write(fd, a[1]);
        });
        def(m, "lseek", (self, a, n, kw) -> {
            BuiltinArgs.positional("lseek", n, kw, 3, 3);
            int fd = fd(a[0]);
            long pos = clong(a[1]);
            long how = fd(a[2]);
            FdTable.OpenFile f = openFile(fd);
            if (f.std >= 0) {
                throw osError(29, null, null);
            }
            if (f.channel == null) {
                return PyInt.ZERO;
            }
            try {
                long base = how == 0 ? 0 : how == 1 ? f.channel.position() : how == 2 ? f.channel.size() : -1;
                if (base < 0 || base + pos < 0) {
                    throw osError(22, null, null);
                }
                f.channel.position(base + pos);
                return PyInt.of(base + pos);
            } catch (IOException e) {
                throw osError(e, null, null);
            }
        });
        def(m, "isatty", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("posix.isatty", n, kw);
            return PyBool.of(isTty(fd(a[0])));
        });
        def(m, "fsync", (self, a, n, kw) -> {
            PyObject o = BuiltinArgs.unpack("fsync", a, n, kw, A_TERM, 0, 1, 1, 0)[0];
            if (!Abstract.isIndex(o)) {
                PyObject m2 = o.type().lookup("fileno");
                if (m2 == null) {
                    throw PyErr.typeError("argument must be an int, or have a fileno() method.");
                }
                o = HeapTypeSlots.callMethod(m2, o);
            }
            FdTable.OpenFile f = openFile(fd(o));
            if (f.std >= 0) {
                throw osError(22, null, null);
            }
            try {
                if (f.channel != null) {
                    f.channel.force(true);
                }
            } catch (IOException e) {
                throw osError(e, null, null);
            }
            return PyNone.NONE;
        });
        def(m, "dup", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("posix.dup", n, kw);
            int r = FdTable.dup(fd(a[0]), -1);
            if (r < 0) {
                throw osError(9, null, null);
            }
            return PyInt.of(r);
        });
        def(m, "dup2", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("dup2", a, n, kw, A_DUP2, 0, 2, 3, 0);
            int fd2 = fd(v[1]);
            if (fd2 < 0) {
                throw osError(9, null, null);
            }
            int r = FdTable.dup(fd(v[0]), fd2);
            if (r < 0) {
                throw osError(9, null, null);
            }
            return PyInt.of(r);
        });
        def(m, "get_inheritable", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("posix.get_inheritable", n, kw);
            return PyBool.of(openFile(fd(a[0])).std >= 0); // os.open's descriptors are O_CLOEXEC
        });
        def(m, "set_inheritable", (self, a, n, kw) -> {
            BuiltinArgs.positional("set_inheritable", n, kw, 2, 2);
            openFile(fd(a[0]));
            return PyNone.NONE;
        });
        def(m, "get_blocking", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("posix.get_blocking", n, kw);
            openFile(fd(a[0]));
            return PyBool.TRUE;
        });
        def(m, "strerror", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("posix.strerror", n, kw);
            PyInt c = Abstract.index(a[0]);
            if (!c.isSmall() || c.value > Integer.MAX_VALUE || c.value < Integer.MIN_VALUE) {
                throw PyErr.overflowError("Python int too large to convert to C int");
            }
            return PyStr.of(ErrnoTable.strerror((int) c.value));
        });
        def(m, "urandom", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("posix.urandom", n, kw);
            PyInt c = Abstract.index(a[0]);
            if (c.isSmall() && c.value < 0 || !c.isSmall() && c.bigValue().signum() < 0) {
                throw PyErr.valueError("negative argument not allowed");
            }
            if (!c.isSmall()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            if (c.value > Integer.MAX_VALUE - 16) {
                throw PyErr.memoryError();
            }
            return PyBytes.wrap(urandom((int) c.value));
        });
        def(m, "fspath", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("fspath", a, n, kw, A_PATH, 0, 1, 1, 0);
            return fspath(v[0]);
        });
        def(m, "device_encoding", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("device_encoding", a, n, kw, A_TERM, 0, 1, 1, 0);
            return isTty(fd(v[0])) ? PyStr.of("utf-8") : PyNone.NONE;
        });
        def(m, "cpu_count", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("posix.cpu_count", n, kw);
            return PyInt.of(Runtime.getRuntime().availableProcessors());
        });
        def(m, "uname", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("posix.uname", n, kw);
            return uname();
        });
        def(m, "times", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("posix.times", n, kw);
            return times();
        });
        def(m, "getpid", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("posix.getpid", n, kw);
            return PyInt.of(ProcessHandle.current().pid());
        });
        def(m, "getppid", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("posix.getppid", n, kw);
            return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        });
        String[] ids = {"getuid", "Uid:", "0", "geteuid", "Uid:", "1", "getgid", "Gid:", "0", "getegid", "Gid:", "1"};
        for (int i = 0; i < ids.length; i += 3) {
            String fname = ids[i];
            String key = ids[i + 1];
            int field = Integer.parseInt(ids[i + 2]);
            def(m, fname, (self, a, n, kw) -> {
                BuiltinArgs.noArgs("posix." + fname, n, kw);
                return PyInt.of(procId(key, field));
            });
        }
        def(m, "kill", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("kill", kw);
            if (n != 2) {
                throw PyErr.typeError("kill() takes exactly 2 arguments (%d given)", n);
            }
            PyInt pidArg = Abstract.index(a[0]);
            if (!pidArg.isSmall() || pidArg.value > Integer.MAX_VALUE || pidArg.value < Integer.MIN_VALUE) {
                throw PyErr.overflowError(pidArg.isSmall() ? pidArg.value < 0 ? "signed integer is less than minimum"
                        : "signed integer is greater than maximum" : "Python int too large to convert to C long");
            }
            long pid = pidArg.value;
            long sig = fd(a[1]);
            java.util.Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) {
                throw osError(3, null, null);
            }
            if (sig == 0) {
                return PyNone.NONE;
            }
            if ((sig == 9 || sig == 15) && pid != ProcessHandle.current().pid()) {
                boolean ok = sig == 9 ? h.get().destroyForcibly() : h.get().destroy();
                if (!ok) {
                    throw osError(1, null, null);
                }
                return PyNone.NONE;
            }
            throw PyErr.format(PyExc.NotImplementedError, "os.kill: signal %d is not supported on the JVM", sig);
        });
        def(m, "putenv", (self, a, n, kw) -> {
            BuiltinArgs.positional("putenv", n, kw, 2, 2);
            String k = envText(a[0], "name");
            envText(a[1], "value");
            if (k.indexOf('=') >= 0) {
                throw PyErr.valueError("illegal environment variable name");
            }
            if (k.isEmpty() || k.indexOf('=') >= 0) {
                throw osError(22, null, null);
            }
            return PyNone.NONE;
        });
        def(m, "unsetenv", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("posix.unsetenv", n, kw);
            String k = envText(a[0], "name");
            if (k.isEmpty() || k.indexOf('=') >= 0) {
                throw osError(22, null, null);
            }
            return PyNone.NONE;
        });
        def(m, "get_terminal_size", (self, a, n, kw) -> {
            BuiltinArgs.positional("get_terminal_size", n, kw, 0, 1);
            int fd = n == 0 ? 1 : fd(a[0]);
            if (FdTable.get(fd) == null) {
                throw osError(9, null, null);
            }
            if (!isTty(fd)) {
                throw osError(25, null, null);
            }
            long cols = envInt("COLUMNS", 80);
            long lines = envInt("LINES", 24);
            return PosixStructSeq.of(TERMINAL_SIZE, new PyObject[] {PyInt.of(cols), PyInt.of(lines)},
                    new PyObject[0]);
        });
        def(m, "_exit", (self, a, n, kw) -> {
            PyObject[] v = BuiltinArgs.unpack("_exit", a, n, kw, A_STATUS, 0, 1, 1, 0);
            int status = fd(v[0]);
            // the process belongs to the launcher (library code never ends it): leave as sys.exit does
            throw PyErr.of(PyExc.SystemExit, PyInt.of(status));
        });
    }

    /**
     * {@code posix.environ}: the process's environment as bytes, in the order of its
     * {@code environ} array ({@code /proc/self/environ}; the JVM's map has no order), the first
     * of two equal names winning, as in CPython's {@code convertenviron}.
     */
    private static PyDict environ() {
        PyDict env = new PyDict();
        byte[] raw = null;
        try {
            raw = Files.readAllBytes(Path.of("/proc/self/environ"));
        } catch (IOException | RuntimeException e) {
            raw = null;
        }
        if (raw == null) {
            for (Map.Entry<String, String> e : System.getenv().entrySet()) {
                env.setItem(PyBytes.wrap(fsencode(e.getKey())), PyBytes.wrap(fsencode(e.getValue())));
            }
            return env;
        }
        int start = 0;
        for (int i = 0; i <= raw.length; i++) {
            if (i == raw.length || raw[i] == 0) {
                int eq = -1;
                for (int j = start + 1; j < i; j++) { // a name may not be empty: '=' at start is part of it
                    if (raw[j] == '=') {
                        eq = j;
                        break;
                    }
                }
                if (eq > 0) {
                    PyBytes k = PyBytes.wrap(java.util.Arrays.copyOfRange(raw, start, eq));
                    if (!env.containsKey(k)) {
                        env.setItem(k, PyBytes.wrap(java.util.Arrays.copyOfRange(raw, eq + 1, i)));
                    }
                }
                start = i + 1;
            }
        }
        return env;
    }

    private static long envInt(String name, long dflt) {
        String v = System.getenv(name);
        if (v != null) {
            try {
                long x = Long.parseLong(v.trim());
                if (x > 0) {
                    return x;
                }
            } catch (NumberFormatException e) {
                return dflt;
            }
        }
        return dflt;
    }

    private static PyObject ftruncate(int fd, long len) {
        FdTable.OpenFile f = openFile(fd);
        if (len < 0 || f.std >= 0 || f.channel == null || !f.writable) {
            throw osError(22, null, null);
        }
        try {
            truncate(f.channel, len);
        } catch (NonWritableChannelException e) {
            throw osError(22, null, null);
        } catch (IOException e) {
            throw osError(e, null, null);
        }
        return PyNone.NONE;
    }

    private static void constants(PyModule m) {
        Object[] c = {
            "F_OK", 0, "R_OK", 4, "W_OK", 2, "X_OK", 1, "SEEK_SET", 0, "SEEK_CUR", 1, "SEEK_END", 2, "SEEK_DATA", 3,
            "SEEK_HOLE", 4, "O_ACCMODE", 3, "O_APPEND", 1024, "O_ASYNC", 8192, "O_CLOEXEC", 524288, "O_CREAT", 64,
            "O_DIRECTORY", 65536, "O_DSYNC", 4096, "O_EXCL", 128, "O_FSYNC", 1052672, "O_LARGEFILE", 0,
            "O_NDELAY", 2048, "O_NOATIME", 262144, "O_NOCTTY", 256, "O_NOFOLLOW", 131072, "O_NONBLOCK", 2048,
            "O_RDONLY", 0, "O_RDWR", 2, "O_RSYNC", 1052672, "O_SYNC", 1052672, "O_TRUNC", 512, "O_WRONLY", 1,
            "EX_OK", 0, "EX_USAGE", 64, "EX_DATAERR", 65, "EX_NOINPUT", 66, "EX_NOUSER", 67, "EX_NOHOST", 68,
            "EX_UNAVAILABLE", 69, "EX_SOFTWARE", 70, "EX_OSERR", 71, "EX_OSFILE", 72, "EX_CANTCREAT", 73,
            "EX_IOERR", 74, "EX_TEMPFAIL", 75, "EX_PROTOCOL", 76, "EX_NOPERM", 77, "EX_CONFIG", 78,
            "TMP_MAX", 238328, "NGROUPS_MAX", 65536, "WNOHANG", 1, "WUNTRACED", 2, "WCONTINUED", 8,
        };
        for (int i = 0; i < c.length; i += 2) {
            set(m, (String) c[i], ((Integer) c[i + 1]).longValue());
        }
    }
}
