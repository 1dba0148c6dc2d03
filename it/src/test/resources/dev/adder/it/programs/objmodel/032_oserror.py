# OSError: choosing the subclass by errno, attributes, str forms.
# Linux errno values: ENOENT=2 EEXIST=17 EACCES=13 EPERM=1 EISDIR=21 ENOTDIR=20 EAGAIN=11 EPIPE=32
# ECONNREFUSED=111 ECONNRESET=104 ECHILD=10 ESRCH=3 ETIMEDOUT=110 EINTR=4 ECONNABORTED=103 EINVAL=22
# EALREADY=114 EINPROGRESS=115 ESHUTDOWN=108
for code in [2, 17, 13, 1, 21, 20, 11, 32, 111, 104, 10, 3, 110, 4, 103, 22, 114, 115, 108, 9999]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, e.errno, e.strerror)
e = OSError(2, "No such file or directory", "x")
print(e, repr(e), e.args, e.filename, e.filename2)
e = OSError(2, "No such file or directory", "a", None, "b")
print(e, e.filename2, e.args)
print(OSError("just text"), repr(OSError("just text")), OSError("t").errno, OSError().args)
print(OSError(1, "p", None), OSError(1, 2, 3, 4, 5, 6).errno, OSError(1, 2, 3, 4, 5, 6))
print(FileNotFoundError("direct"), FileNotFoundError(2, "x").errno, type(FileNotFoundError(13, "y")).__name__)
print(IOError is OSError, issubclass(FileNotFoundError, OSError), PermissionError.__mro__[1].__name__)
try:
    raise OSError(13, "Permission denied", "/root/x")
except PermissionError as err:
    print("caught PermissionError:", err)


class MyOSError(OSError):
    pass


m = MyOSError(2, "x", "f")
print(type(m).__name__, m, m.errno)
b = BlockingIOError(11, "busy", 5)
print(b.characters_written, b)
raise OSError(2, "No such file or directory", "missing.txt")
