# os.open flags, read, write, lseek, close
import os

p = '/tmp/adder_os_327.bin'
try:
    fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b'0123456789'), os.write(fd, bytearray(b'abc')), os.write(fd, memoryview(b'XY')))
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 4), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
    print(os.lseek(fd, 100, os.SEEK_SET), os.read(fd, 5), os.fstat(fd).st_size)
    os.lseek(fd, 20, 0)
    os.write(fd, b'!')
    print(os.fstat(fd).st_size)
    os.lseek(fd, 0, 0)
    print(os.read(fd, 100))
    print(os.read(fd, 0), os.isatty(fd))
    os.close(fd)
    fd = os.open(p, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b'END')
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, b'MORE')
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    data = os.read(fd, 1000)
    print(len(data), data[-7:])
    os.close(fd)
    fd = os.open(p, os.O_WRONLY | os.O_TRUNC)
    print(os.fstat(fd).st_size)
    os.close(fd)
    try:
        os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.filename == p)
    fds = [os.open(p, os.O_RDONLY) for _ in range(3)]
    print(fds[1] == fds[0] + 1, fds[2] == fds[0] + 2)
    os.close(fds[1])
    again = os.open(p, os.O_RDONLY)
    print(again == fds[1])
    for f in fds[::2] + [again]:
        os.close(f)
    print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.SEEK_END)
finally:
    os.unlink(p)
print(os.path.exists(p))
