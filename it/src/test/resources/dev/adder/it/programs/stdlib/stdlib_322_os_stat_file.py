# os.stat on files made with os.open/os.write: sizes, modes, times as int/float/ns
import os
import stat

d = '/tmp/adder_os_322'
try:
    os.mkdir(d)
    p = os.path.join(d, 'f.bin')
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, b'x' * 1000)
    os.close(fd)
    st = os.stat(p)
    print(st.st_size, oct(stat.S_IMODE(st.st_mode)), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
    print(st.st_nlink, st[6] == st.st_size, len(st), st[0] == st.st_mode)
    print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
    print(st.st_mtime_ns // 10 ** 9 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
    print(st.st_ino == os.lstat(p).st_ino, st.st_dev == os.stat(d).st_dev)
    print(st.st_blksize > 0, st.st_blocks >= 0, isinstance(st.st_rdev, int))
    dst = os.stat(d)
    print(stat.S_ISDIR(dst.st_mode), stat.filemode(dst.st_mode)[0], stat.filemode(st.st_mode))
    print(os.path.getsize(p), os.path.isfile(p), os.path.isdir(p), os.path.exists(p + 'x'))
    print(os.stat(p.encode()).st_size, os.stat(os.fsencode(d)).st_mode == dst.st_mode)
    st2 = os.stat(p, follow_symlinks=False)
    print(st2 == st, os.path.samestat(st, st2), os.path.samefile(p, d + '/../adder_os_322/f.bin'))
    fd = os.open(p, os.O_RDONLY)
    fst = os.fstat(fd)
    os.close(fd)
    print(fst.st_size, fst.st_ino == st.st_ino, os.stat(fd if False else p).st_size)
finally:
    for f in ['f.bin']:
        try:
            os.unlink(os.path.join(d, f))
        except OSError:
            pass
    os.rmdir(d)
print(os.path.exists(d))
