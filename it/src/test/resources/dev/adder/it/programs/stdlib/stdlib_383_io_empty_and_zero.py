import io
PATH = "/tmp/adder_io_383.txt"

open(PATH, "w").close()
with open(PATH) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f), repr(f.read(0)), f.tell())
with open(PATH, "rb") as f:
    print(f.read(), f.read(0), f.readline(), f.read1(), f.peek(), list(f))
with open(PATH, "rb", buffering=0) as f:
    print(f.read(), f.read(0), f.readall(), f.readinto(bytearray(2)))
with open(PATH, "w") as f:
    print(f.write(""), f.tell())
    f.write("ab")
with open(PATH) as f:
    print(repr(f.read(0)), repr(f.read(1)), repr(f.readline(0)), repr(f.read(-1)), repr(f.read(10)))
print(repr(io.StringIO("").read()), io.BytesIO(b"").readlines())
with open(PATH, "rb") as f:
    print(f.read(-1), f.read(-1))
    try:
        f.read(-2)
    except ValueError as e:
        print(e)
