import io

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
u.write("hello ")
print("world", file=u)
print(repr(u.getvalue()))

class Lines(io.StringIO):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.strip() + "!\n" if line else line

print(list(Lines("a\nb\n")))

class MyBytes(io.BytesIO):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag

m = MyBytes(b"xyz\n1", "T")
print(m.tag, m.read(1), list(m), type(m).__name__, isinstance(m, io.BufferedIOBase))

class Wrapped(io.TextIOWrapper):
    pass

w = Wrapped(io.BytesIO(b"l1\nl2\n"), encoding="utf-8")
print(w.readline(), list(w), repr(w).startswith("<__main__.Wrapped"))
s = io.StringIO()
print("a", "b", sep="-", end="!\n", file=s)
print(1, 2, 3, file=s)
print(repr(s.getvalue()))
