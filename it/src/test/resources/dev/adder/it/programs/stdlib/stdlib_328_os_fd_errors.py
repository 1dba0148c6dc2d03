# file descriptor errors: EBADF, EINVAL, read on write-only and so on
import os

p = '/tmp/adder_os_328.txt'

def t(f, *a):
    try:
        print(f.__name__, repr(f(*a)))
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)

fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
try:
    t(os.read, fd, 10)
    t(os.write, fd, 'text')
    t(os.write, fd, 5)
    t(os.read, fd, -1)
    t(os.lseek, fd, -5, os.SEEK_SET)
    t(os.lseek, fd, 0, 7)
    t(os.write, fd, b'ok')
finally:
    os.close(fd)
t(os.close, fd)
t(os.read, fd, 1)
t(os.write, fd, b'x')
t(os.fstat, fd)
t(os.lseek, fd, 0, 0)
t(os.dup, fd)
t(os.isatty, fd)
t(os.close, -1)
t(os.close, 'x')
t(os.close, 1.0)
t(os.read, 2 ** 70, 1)
fd = os.open(p, os.O_RDONLY)
t(os.write, fd, b'x')
t(os.ftruncate, fd, 0)
t(os.read, fd, 10)
os.close(fd)
t(os.open, p, 'x')
t(os.open, '/tmp/adder_no_dir_328/x', os.O_RDONLY)
t(os.open, '/tmp/adder_no_dir_328/x', os.O_WRONLY | os.O_CREAT)
t(os.open, '/tmp', os.O_RDWR)
t(os.open, p + '/', os.O_RDONLY)
t(os.open, p, os.O_RDONLY | os.O_DIRECTORY)
t(os.open)
os.unlink(p)
