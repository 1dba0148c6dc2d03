package dev.adder.stdlib.errno;

/**
 * The error numbers of Linux (x86_64, glibc) with their symbolic names and glibc's
 * {@code strerror} messages, as CPython 3.11 exposes them in {@code errno} and
 * {@code os.strerror}. The tables were produced from CPython 3.11.7 on Linux with
 * {@code [k for k in errno.__dict__ if k.startswith('E')]} and {@code os.strerror(i)}.
 *
 * <p>CPython: {@code Modules/errnomodule.c}.
 */
public final class ErrnoTable {
    private ErrnoTable() {
    }

    /** The symbolic names, in the order CPython's module defines them. */
    static final String[] NAMES = {
        "ENODEV", "ENOCSI", "EHOSTUNREACH", "ENOMSG", "EUCLEAN", "EL2NSYNC", "EL2HLT", "ENODATA",
        "ENOTBLK", "ENOSYS", "EPIPE", "EINVAL", "EOVERFLOW", "EADV", "EINTR", "EUSERS",
        "ENOTEMPTY", "ENOBUFS", "EPROTO", "EREMOTE", "ENAVAIL", "ECHILD", "ELOOP", "EXDEV",
        "E2BIG", "ESRCH", "EMSGSIZE", "EAFNOSUPPORT", "EBADR", "EHOSTDOWN", "EPFNOSUPPORT", "ENOPROTOOPT",
        "EBUSY", "EWOULDBLOCK", "EBADFD", "EDOTDOT", "EISCONN", "ENOANO", "ESHUTDOWN", "ECHRNG",
        "ELIBBAD", "ENONET", "EBADE", "EBADF", "EMULTIHOP", "EIO", "EUNATCH", "EPROTOTYPE",
        "ENOSPC", "ENOEXEC", "EALREADY", "ENETDOWN", "ENOTNAM", "EACCES", "ELNRNG", "EILSEQ",
        "ENOTDIR", "ENOTUNIQ", "EPERM", "EDOM", "EXFULL", "ECONNREFUSED", "EISDIR", "EPROTONOSUPPORT",
        "EROFS", "EADDRNOTAVAIL", "EIDRM", "ECOMM", "ESRMNT", "EREMOTEIO", "EL3RST", "EBADMSG",
        "ENFILE", "ELIBMAX", "ESPIPE", "ENOLINK", "ENETRESET", "ETIMEDOUT", "ENOENT", "EEXIST",
        "EDQUOT", "ENOSTR", "EBADSLT", "EBADRQC", "ELIBACC", "EFAULT", "EFBIG", "EDEADLK",
        "ENOTCONN", "EDESTADDRREQ", "ELIBSCN", "ENOLCK", "EISNAM", "ECONNABORTED", "ENETUNREACH", "ESTALE",
        "ENOSR", "ENOMEM", "ENOTSOCK", "ESTRPIPE", "EMLINK", "ERANGE", "ELIBEXEC", "EL3HLT",
        "ECONNRESET", "EADDRINUSE", "EOPNOTSUPP", "EREMCHG", "EAGAIN", "ENAMETOOLONG", "ENOTTY", "ERESTART",
        "ESOCKTNOSUPPORT", "ETIME", "EBFONT", "EDEADLOCK", "ETOOMANYREFS", "EMFILE", "ETXTBSY", "EINPROGRESS",
        "ENXIO", "ENOPKG", "ENOMEDIUM", "EMEDIUMTYPE", "ECANCELED", "ENOKEY", "EKEYEXPIRED", "EKEYREVOKED",
        "EKEYREJECTED", "EOWNERDEAD", "ENOTRECOVERABLE", "ERFKILL", "ENOTSUP"};

    /** The values of {@link #NAMES}. */
    static final int[] VALUES = {
        19, 50, 113, 42, 117, 45, 51, 61, 15, 38, 32, 22, 75, 68, 4, 87,
        39, 105, 71, 66, 119, 10, 40, 18, 7, 3, 90, 97, 53, 112, 96, 92,
        16, 11, 77, 73, 106, 55, 108, 44, 80, 64, 52, 9, 72, 5, 49, 91,
        28, 8, 114, 100, 118, 13, 48, 84, 20, 76, 1, 33, 54, 111, 21, 93,
        30, 99, 43, 70, 69, 121, 47, 74, 23, 82, 29, 67, 102, 110, 2, 17,
        122, 60, 57, 56, 79, 14, 27, 35, 107, 89, 81, 37, 120, 103, 101, 116,
        63, 12, 88, 86, 31, 34, 83, 46, 104, 98, 95, 78, 11, 36, 25, 85,
        94, 62, 59, 35, 109, 24, 26, 115, 6, 65, 123, 124, 125, 126, 127, 128,
        129, 130, 131, 132, 95};

    private static final String[] MESSAGES = {
        "Success",
        "Operation not permitted",
        "No such file or directory",
        "No such process",
        "Interrupted system call",
        "Input/output error",
        "No such device or address",
        "Argument list too long",
        "Exec format error",
        "Bad file descriptor",
        "No child processes",
        "Resource temporarily unavailable",
        "Cannot allocate memory",
        "Permission denied",
        "Bad address",
        "Block device required",
        "Device or resource busy",
        "File exists",
        "Invalid cross-device link",
        "No such device",
        "Not a directory",
        "Is a directory",
        "Invalid argument",
        "Too many open files in system",
        "Too many open files",
        "Inappropriate ioctl for device",
        "Text file busy",
        "File too large",
        "No space left on device",
        "Illegal seek",
        "Read-only file system",
        "Too many links",
        "Broken pipe",
        "Numerical argument out of domain",
        "Numerical result out of range",
        "Resource deadlock avoided",
        "File name too long",
        "No locks available",
        "Function not implemented",
        "Directory not empty",
        "Too many levels of symbolic links",
        "Unknown error 41",
        "No message of desired type",
        "Identifier removed",
        "Channel number out of range",
        "Level 2 not synchronized",
        "Level 3 halted",
        "Level 3 reset",
        "Link number out of range",
        "Protocol driver not attached",
        "No CSI structure available",
        "Level 2 halted",
        "Invalid exchange",
        "Invalid request descriptor",
        "Exchange full",
        "No anode",
        "Invalid request code",
        "Invalid slot",
        "Unknown error 58",
        "Bad font file format",
        "Device not a stream",
        "No data available",
        "Timer expired",
        "Out of streams resources",
        "Machine is not on the network",
        "Package not installed",
        "Object is remote",
        "Link has been severed",
        "Advertise error",
        "Srmount error",
        "Communication error on send",
        "Protocol error",
        "Multihop attempted",
        "RFS specific error",
        "Bad message",
        "Value too large for defined data type",
        "Name not unique on network",
        "File descriptor in bad state",
        "Remote address changed",
        "Can not access a needed shared library",
        "Accessing a corrupted shared library",
        ".lib section in a.out corrupted",
        "Attempting to link in too many shared libraries",
        "Cannot exec a shared library directly",
        "Invalid or incomplete multibyte or wide character",
        "Interrupted system call should be restarted",
        "Streams pipe error",
        "Too many users",
        "Socket operation on non-socket",
        "Destination address required",
        "Message too long",
        "Protocol wrong type for socket",
        "Protocol not available",
        "Protocol not supported",
        "Socket type not supported",
        "Operation not supported",
        "Protocol family not supported",
        "Address family not supported by protocol",
        "Address already in use",
        "Cannot assign requested address",
        "Network is down",
        "Network is unreachable",
        "Network dropped connection on reset",
        "Software caused connection abort",
        "Connection reset by peer",
        "No buffer space available",
        "Transport endpoint is already connected",
        "Transport endpoint is not connected",
        "Cannot send after transport endpoint shutdown",
        "Too many references: cannot splice",
        "Connection timed out",
        "Connection refused",
        "Host is down",
        "No route to host",
        "Operation already in progress",
        "Operation now in progress",
        "Stale file handle",
        "Structure needs cleaning",
        "Not a XENIX named type file",
        "No XENIX semaphores available",
        "Is a named type file",
        "Remote I/O error",
        "Disk quota exceeded",
        "No medium found",
        "Wrong medium type",
        "Operation canceled",
        "Required key not available",
        "Key has expired",
        "Key has been revoked",
        "Key was rejected by service",
        "Owner died",
        "State not recoverable",
        "Operation not possible due to RF-kill",
        "Memory page has hardware error"};

    /** glibc's {@code strerror(code)}: the message, or "Unknown error N". */
    public static String strerror(int code) {
        if (code >= 0 && code < MESSAGES.length) {
            return MESSAGES[code];
        }
        return "Unknown error " + code;
    }

    /** The errno whose message {@code reason} is or begins with (the longest match), or 0. */
    public static int codeOf(String reason) {
        int best = 0;
        int bestLen = 0;
        for (int i = 1; i < MESSAGES.length; i++) {
            String m = MESSAGES[i];
            if (reason.startsWith(m) && m.length() > bestLen) {
                best = i;
                bestLen = m.length();
            }
        }
        return best;
    }
}
