# os.strerror and the OSError subclass chosen by errno
import errno
import os

for code in [0, 1, 2, 4, 9, 11, 13, 17, 20, 21, 22, 28, 32, 39, 110, 111, 133, 134, 1000, -1]:
    print(code, os.strerror(code))

for code in [errno.ENOENT, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EACCES, errno.EPERM,
             errno.EAGAIN, errno.EINTR, errno.ECHILD, errno.ESRCH, errno.EPIPE, errno.ETIMEDOUT,
             errno.ECONNREFUSED, errno.EINVAL, errno.ENOTEMPTY]:
    e = OSError(code, os.strerror(code), 'some/file')
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))

print(os.error is OSError)
for bad in ['x', 1.5, None]:
    try:
        os.strerror(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    os.strerror(2 ** 40)
except OverflowError as e:
    print('OverflowError', e)
