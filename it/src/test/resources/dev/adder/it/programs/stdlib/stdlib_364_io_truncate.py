import io
PATH = "/tmp/adder_io_364.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    with open(PATH, "w+") as f:
        f.write("abcdefghij")
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(repr(f.read()))
        print(f.truncate(), f.tell())
        f.seek(2)
        print(f.truncate())
        f.seek(0)
        print(repr(f.read()))
    with open(PATH, "rb+") as f:
        print(f.truncate(8), f.tell(), f.read())
        print(f.seek(0), f.read())
    with open(PATH, "rb+", buffering=0) as f:
        print(f.truncate(3), f.read(), f.tell())
    with open(PATH, "rb") as f:
        try:
            f.truncate(1)
        except Exception as e:
            print(type(e).__name__, e)
    with open(PATH, "rb", buffering=0) as f:
        try:
            f.truncate(1)
        except Exception as e:
            print(type(e).__name__, e)
    with open(PATH) as f:
        try:
            f.truncate()
        except Exception as e:
            print(type(e).__name__, e)
    with open(PATH, "rb") as f:
        print(f.read())
finally:
    if remove:
        remove(PATH)
