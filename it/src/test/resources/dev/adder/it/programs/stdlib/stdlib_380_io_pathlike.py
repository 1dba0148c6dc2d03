PATH = "/tmp/adder_io_380.txt"

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

class Bad:
    def __fspath__(self):
        return 42

with open(P(PATH), "w") as f:
    print(f.name, type(f.name).__name__)
    f.write("via pathlike")
with open(PATH.encode(), "rb") as f:
    print(f.name, f.read())
with open(P(PATH.encode())) as f:
    print(f.name, f.read())
for arg in [Bad(), object(), None, 3.0, [PATH]]:
    try:
        open(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    open(PATH + "\0x")
except ValueError as e:
    print(type(e).__name__, e)
import io
with io.FileIO(P(PATH)) as raw:
    print(type(raw.name).__name__, raw.read())
