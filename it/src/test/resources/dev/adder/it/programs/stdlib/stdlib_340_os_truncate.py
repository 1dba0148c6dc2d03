# truncate and ftruncate: shrink, grow with zero bytes, errors
import os

p = '/tmp/adder_os_340.bin'
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
try:
    os.write(fd, b'abcdefghij')
    os.ftruncate(fd, 4)
    print(os.fstat(fd).st_size, os.lseek(fd, 0, os.SEEK_CUR))
    os.lseek(fd, 0, 0)
    print(os.read(fd, 100))
    os.ftruncate(fd, 8)
    os.lseek(fd, 0, 0)
    print(os.read(fd, 100))
    os.truncate(p, 2)
    print(os.stat(p).st_size)
    os.truncate(fd, 6)
    os.lseek(fd, 0, 0)
    print(os.read(fd, 100))
    os.truncate(p, 0)
    print(os.path.getsize(p))
    for f, a in [(os.ftruncate, (fd, -1)), (os.truncate, (p, -1)), (os.truncate, ('/tmp/adder_no_such_340', 1)),
                 (os.truncate, ('/tmp', 1)), (os.ftruncate, (9999, 1)), (os.ftruncate, (fd, 'x'))]:
        try:
            f(*a)
        except (OSError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
finally:
    os.close(fd)
    os.unlink(p)
rd = os.open('/tmp/adder_os_340b', os.O_CREAT | os.O_RDONLY, 0o644)
try:
    os.ftruncate(rd, 0)
except OSError as e:
    print('read-only', type(e).__name__, e)
os.close(rd)
os.unlink('/tmp/adder_os_340b')
