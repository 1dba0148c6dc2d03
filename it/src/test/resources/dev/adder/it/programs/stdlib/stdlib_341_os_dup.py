# dup and dup2 share one open file (offset and all)
import os

p = '/tmp/adder_os_341.txt'
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
try:
    os.write(fd, b'0123456789')
    fd2 = os.dup(fd)
    print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_CUR))
    os.lseek(fd, 2, os.SEEK_SET)
    print(os.read(fd2, 3), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    print(os.read(fd2, 3))
    fd3 = os.open(p, os.O_RDONLY)
    r = os.dup2(fd2, fd3)
    print(r == fd3, os.read(fd3, 100), os.lseek(fd2, 0, os.SEEK_CUR))
    print(os.dup2(fd3, fd3) == fd3)
    os.close(fd2)
    os.lseek(fd3, 0, 0)
    print(os.read(fd3, 4))
    os.close(fd3)
    for f, a in [(os.dup, (fd3,)), (os.dup2, (fd3, 50)), (os.dup, (-1,)), (os.dup2, (0, -1))]:
        try:
            f(*a)
        except OSError as e:
            print(f.__name__, type(e).__name__, e)
    print(os.get_inheritable(0) in (True, False))
finally:
    os.unlink(p)
print(os.path.exists(p))
