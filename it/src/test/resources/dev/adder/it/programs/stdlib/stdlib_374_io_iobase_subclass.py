import io

class Counter(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readable(self):
        return True

    def readline(self, size=-1):
        if self.lines:
            return self.lines.pop(0)
        return b""

c = Counter([b"a\n", b"b\n", b"c"])
print(list(c), c.closed)
print(c.readable(), c.writable(), c.seekable(), c.isatty())
with Counter([b"x\n"]) as cc:
    print(cc.readlines())
print(cc.closed)
for name in ["__iter__", "__next__", "readline", "readlines", "flush", "__enter__", "isatty", "fileno", "seek", "tell", "truncate"]:
    try:
        print(name, getattr(cc, name)())
    except Exception as e:
        print(name, type(e).__name__, e)

class Reader(io.RawIOBase):
    def __init__(self):
        self.data = b"one\ntwo\nthree"
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

r = Reader()
print(r.readline(), r.readline(2), r.readlines())
print(io.IOBase._checkClosed(Reader()), Reader()._checkReadable())
for check in ["_checkWritable", "_checkSeekable"]:
    try:
        getattr(Reader(), check)()
    except io.UnsupportedOperation as e:
        print(check, e)

class Closer(io.IOBase):
    def close(self):
        print("close called")
        super().close()

with Closer() as cl:
    print("inside", cl.closed)
print(cl.closed)
cl.close()
class Plain(io.IOBase):
    pass

print(hasattr(Plain(), "__dict__"), type(Plain().__dict__).__name__)
x = Plain()
x.custom = 5
print(x.custom, x.__dict__)
