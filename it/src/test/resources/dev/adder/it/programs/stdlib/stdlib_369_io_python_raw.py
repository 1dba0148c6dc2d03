import io

class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data) - self.pos, 5)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

src = Source(b"first line\nsecond line\nthird")
print(src.read(3), src.read(), src.read())
src = Source(b"first line\nsecond line\nthird")
r = io.BufferedReader(src, 8)
print(r.readline(), r.read(4), r.read(), src.calls > 0)
src = Source("héllo\nwörld\n".encode("utf-8"))
t = io.TextIOWrapper(io.BufferedReader(src), encoding="utf-8")
print(t.readlines())

class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

sink = Sink()
w = io.BufferedWriter(sink, 4)
w.write(b"ab")
w.write(b"cdefgh")
w.flush()
print(sink.chunks)
sink2 = Sink()
tw = io.TextIOWrapper(io.BufferedWriter(sink2), encoding="utf-8", line_buffering=True)
tw.write("no newline")
print(sink2.chunks)
tw.write(" now\n")
print(sink2.chunks)
print(Source(b"").readall(), io.RawIOBase().readable())
try:
    io.RawIOBase().read(2)
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    io.RawIOBase().write(b"x")
except NotImplementedError as e:
    print("NotImplementedError", e)
