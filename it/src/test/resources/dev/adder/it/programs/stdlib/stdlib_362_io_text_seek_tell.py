PATH = "/tmp/adder_io_362.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    with open(PATH, "w", encoding="utf-8") as f:
        print(f.tell())
        f.write("ab\nçd\n€f\n")
        print(f.tell())
    with open(PATH, encoding="utf-8") as f:
        print(f.tell(), repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
        pos = f.tell()
        print(repr(f.readline()), f.tell())
        print(f.seek(pos), repr(f.read()))
        print(f.seek(0), repr(f.read(4)), f.tell())
        print(f.seek(0, 2), repr(f.read()))
        print(f.seek(0, 1))
        for args in [(1, 1), (-1, 2), (0, 3), (-1,), ("x",)]:
            try:
                f.seek(*args)
            except Exception as e:
                print(args, type(e).__name__, e)
    with open(PATH) as f:
        for line in f:
            try:
                f.tell()
            except OSError as e:
                print(type(e).__name__, e)
                break
        print(repr(f.read()))
    with open(PATH) as f:
        list(f)
        print(f.tell())
    with open(PATH, "rb") as f:
        print(f.read())
finally:
    if remove:
        remove(PATH)
