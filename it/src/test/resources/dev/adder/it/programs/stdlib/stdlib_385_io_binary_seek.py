import io
PATH = "/tmp/adder_io_385.bin"

with open(PATH, "wb") as f:
    f.write(b"abc")
    print(f.seek(10), f.tell())
    f.write(b"Z")
    print(f.tell(), f.seek(0, 1), f.seek(0, 2), f.seek(-1, 2))
    f.write(b"Q")
with open(PATH, "rb") as f:
    print(f.read())
    for args in [(-1,), (0, 3), (0, -1), ("x",), (1.5,)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(args, type(e).__name__, e)
with open(PATH, "rb", buffering=0) as f:
    for args in [(-1,), (0, 3), (1.5,)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(args, type(e).__name__, e)
    print(f.seek(-3, 2), f.read())
with open(PATH, "r+b") as f:
    f.seek(3)
    f.write(b"123")
    print(f.read(2), f.tell())
    f.seek(-2, 1)
    print(f.read())
with open(PATH, "rb") as f:
    print(f.read())
b = io.BytesIO(b"0123456789")
print(b.seek(3), b.seek(2, 1), b.seek(-1, 2), b.seek(-20, 1), b.tell(), b.seek(100), b.read())
