PATH = "/tmp/adder_io_363.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    with open(PATH, "w+") as f:
        print(type(f.buffer).__name__, f.mode, f.buffer.mode, f.buffer.raw.mode)
        f.write("0123456789\n")
        f.seek(0)
        print(repr(f.read(3)))
        f.seek(0)
        print(repr(f.read()))
    with open(PATH, "r+") as f:
        print(f.mode, f.buffer.raw.mode, f.readable(), f.writable())
        f.write("AB")
        f.seek(0)
        print(repr(f.read()))
    with open(PATH, "a+") as f:
        print(f.mode, f.buffer.raw.mode, f.tell())
        f.write("tail\n")
        f.seek(0)
        print(repr(f.read()))
    with open(PATH, "a") as f:
        print(f.tell(), f.readable())
        f.write("more\n")
    with open(PATH, "rb+") as f:
        print(type(f).__name__, f.mode)
        f.seek(2)
        f.write(b"__")
        print(f.tell(), f.read(3))
        f.seek(0, 2)
        f.write(b"END")
    with open(PATH, "ab") as f:
        print(f.mode, f.tell())
    with open(PATH, "rb") as f:
        print(f.read())
    with open(PATH, "wb+") as f:
        print(f.mode, f.read())
finally:
    if remove:
        remove(PATH)
