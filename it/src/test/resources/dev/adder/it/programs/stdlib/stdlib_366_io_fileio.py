import io
PATH = "/tmp/adder_io_366.bin"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    f = io.FileIO(PATH, "w")
    print(f.mode, f.name, f.closefd, f.readable(), f.writable(), f.seekable())
    print(f.write(b"0123456789"), f.tell(), f.isatty())
    print(repr(f).startswith("<_io.FileIO name='/tmp/adder_io_366.bin' mode='wb' closefd=True>"))
    print(f.__dict__)
    f.close()
    print(repr(f), f.closed)
    for mode in ["r", "rb", "r+", "a", "ab+", "w+"]:
        g = io.FileIO(PATH, mode)
        print(mode, g.mode, g.readable(), g.writable())
        g.close()
    g = io.FileIO(PATH)
    print(g.read(3), g.readall(), g.read(), g.read(5))
    g.seek(0)
    buf = bytearray(4)
    print(g.readinto(buf), buf, g.seek(-2, 2), g.read())
    try:
        g.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    try:
        g.seek(-100)
    except OSError as e:
        print(type(e).__name__, e.errno)
    g.close()
    fd_owner = io.FileIO(PATH, "r")
    h = io.FileIO(fd_owner.fileno(), "r", closefd=False)
    print(h.name == fd_owner.fileno(), h.closefd, h.read(2))
    h.close()
    print(fd_owner.closed, fd_owner.read(2))
    fd_owner.close()
    for args in [(PATH, "rw"), (PATH, "q"), (PATH, "rr"), (-1,), (1.5,), ([],), (PATH, "r", False)]:
        try:
            io.FileIO(*args)
        except Exception as e:
            print(type(e).__name__, e)
    with io.FileIO(PATH, "r") as k:
        print(len(k.read()))
    print(k.closed)
finally:
    if remove:
        remove(PATH)
