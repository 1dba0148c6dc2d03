PATH = "/tmp/adder_io_352.bin"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    with open(PATH, "wb") as f:
        print(type(f).__name__, f.mode, f.name)
        print(f.write(b"abc\ndef\n"), f.write(bytearray(b"xyz")), f.write(memoryview(b"\x00\xff")))
        print(f.tell())
    with open(PATH, "rb") as f:
        print(type(f).__name__, f.mode)
        print(f.read(2), f.tell())
        print(f.readline(), f.tell())
        print(f.read())
        print(f.read(), f.read(10))
        print(f.seek(0), f.read(3))
        print(f.seek(-2, 2), f.read())
        print(f.seek(1, 0), f.seek(2, 1), f.read(1))
    with open(PATH, "rb") as f:
        print(list(f))
    with open(PATH, "rb") as f:
        print(f.readlines())
    with open(PATH, "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.read(4), f.readall())
    with open(PATH, "rb") as f:
        b = bytearray(5)
        print(f.readinto(b), b)
        print(f.peek(1)[:1], f.read1(3))
    try:
        open(PATH, "rb").write(b"x")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        open(PATH, "wb").read()
    except Exception as e:
        print(type(e).__name__, e)
finally:
    if remove:
        remove(PATH)
