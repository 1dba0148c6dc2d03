import io
PATH = "/tmp/adder_io_368.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    f = open(PATH, "w")
    print(repr(f))
    print(repr(f.buffer))
    print(repr(f.buffer.raw))
    f.close()
    print(repr(f))
    print(repr(f.buffer))
    print(repr(f.buffer.raw))
    g = open(PATH, "rb")
    print(repr(g), repr(g.raw))
    g.close()
    h = open(PATH, "r+", encoding="latin-1")
    print(repr(h), repr(h.buffer))
    h.close()
    t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    print(repr(t))
    t.mode = "custom"
    print(repr(t))
    print(repr(io.BufferedReader(io.BytesIO())))
    k = open(PATH, "ab", buffering=0)
    print(repr(k))
    k.close()
finally:
    if remove:
        remove(PATH)
