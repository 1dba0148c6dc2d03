import io
PATH = "/tmp/adder_io_365.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    with open(PATH, "w") as f:
        f.writelines(["alpha\n", "beta\n", "gamma\n"])
        f.writelines(("delta", "\n", "epsilon\n"))
        f.writelines(x + "\n" for x in ["zeta", "eta"])
    with open(PATH) as f:
        print(f.readlines(1))
        print(f.readlines(7))
        print(f.readlines(0))
    with open(PATH) as f:
        print(repr(f.readline(2)), repr(f.readline(0)), repr(f.readline(-5)))
        try:
            f.readline(None)
        except TypeError as e:
            print(e)
        print(f.readlines(-1))
    with open(PATH, "rb") as f:
        print(f.readline(3), f.readline(0), f.readline(None), f.readlines(10))
    with open(PATH, "w") as f:
        try:
            f.writelines([1, 2])
        except TypeError as e:
            print(e)
        try:
            f.writelines(5)
        except TypeError as e:
            print(e)
    with open(PATH, "wb") as f:
        try:
            f.write("text")
        except TypeError as e:
            print(e)
        f.writelines([b"x", bytearray(b"y")])
    print(open(PATH, "rb").read())
    s = io.StringIO()
    s.writelines(["a", "b"])
    print(s.getvalue(), io.StringIO("1\n2\n3\n").readlines(2))
finally:
    if remove:
        remove(PATH)
