import io

raw = io.BytesIO(b"line one\nline two\nline three\n")
r = io.BufferedReader(raw, 4)
print(r.peek(1)[:1], r.read1(3), r.read(4), r.readline(), r.raw is raw)
print(r.readable(), r.seekable(), r.tell(), r.seek(0), r.read(), r.read(), r.read1(5))
r.seek(0)
print(list(r))
print(r.closed, r.close(), r.closed, raw.closed)
out = io.BytesIO()
w = io.BufferedWriter(out, 8)
print(w.write(b"abc"), out.getvalue(), w.tell())
print(w.write(b"defghijkl"), out.getvalue())
w.flush()
print(out.getvalue(), w.writable(), w.seekable())
w.seek(0)
w.write(b"XY")
w.flush()
print(out.getvalue())
rnd = io.BufferedRandom(io.BytesIO(b"0123456789"), 4)
print(rnd.read(3), rnd.tell())
rnd.write(b"ab")
print(rnd.tell(), rnd.read(2))
rnd.seek(0)
print(rnd.read())
print(rnd.raw.getvalue())
for args in [(io.BytesIO(), 0), (io.BytesIO(), -1)]:
    try:
        io.BufferedReader(*args)
    except ValueError as e:
        print(e)

class NotReadable(io.RawIOBase):
    def readable(self):
        return False

try:
    io.BufferedReader(NotReadable())
except Exception as e:
    print(type(e).__name__, e)
try:
    io.BufferedWriter(NotReadable())
except Exception as e:
    print(type(e).__name__, e)
try:
    r.seek(0, 5)
except Exception as e:
    print(type(e).__name__, e)
d = io.BufferedReader(io.BytesIO(b"zz"))
raw2 = d.detach()
print(raw2.read())
try:
    d.read()
except ValueError as e:
    print(e)
