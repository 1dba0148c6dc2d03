import io
PATH = "/tmp/adder_io_379.txt"

try:
    with open(PATH, "w") as f:
        f.write("partial data")
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, f.closed)
with open(PATH) as f:
    print(repr(f.read()))
s = io.StringIO("x")
try:
    with s:
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e), s.closed)
f = open(PATH)
f.close()
try:
    with f:
        pass
except ValueError as e:
    print(type(e).__name__, e)
print(f.__exit__(None, None, None))
g = open(PATH, "rb")
print(g.__enter__() is g)
g.__exit__(None, None, None)
print(g.closed)
with open(PATH) as h:
    pass
for line in h:
    print(line)
