# errno: every symbolic name and the errorcode map
import errno

names = sorted(k for k in dir(errno) if k.startswith('E'))
print(len(names), len(errno.errorcode))
for k in names:
    v = getattr(errno, k)
    print(k, v, errno.errorcode[v])
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[95])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.ENOTSUP == errno.EOPNOTSUPP)
print(sorted(errno.errorcode)[:5], max(errno.errorcode))
print(type(errno.errorcode).__name__, errno.__name__)
try:
    errno.ENOSUCHNAME
except AttributeError as e:
    print(e)
