PATH = "/tmp/adder_io_351.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    with open(PATH, "w") as f:
        print(f.write("first line\n"))
        print(f.write("second line\nthird"))
        print(f.closed, f.mode, f.name, f.encoding, f.errors)
        print(f.writable(), f.readable(), f.seekable())
    print(f.closed)
    with open(PATH) as f:
        print(repr(f.read()))
    with open(PATH, "r") as f:
        print(repr(f.readline()))
        print(repr(f.readline()))
        print(repr(f.readline()))
        print(repr(f.readline()))
    with open(PATH) as f:
        print(f.readlines())
    with open(PATH) as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open(PATH) as f:
        print(repr(f.read(5)), repr(f.read(7)), repr(f.read()), repr(f.read()))
    with open(PATH, encoding="utf-8") as f:
        print(list(f))
    f = open(PATH, "a")
    f.write("\nappended é ü\n")
    f.close()
    print(open(PATH).read().splitlines())
finally:
    if remove:
        remove(PATH)
