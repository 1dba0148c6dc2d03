import io

src = io.BytesIO(b"incoming line\nsecond\n")
dst = io.BytesIO()
p = io.BufferedRWPair(src, dst, 16)
print(p.readable(), p.writable(), p.closed, p.isatty())
print(p.readline(), p.peek(3)[:3], p.read1(2), p.read(3))
print(p.write(b"outgoing"), dst.getvalue())
p.flush()
print(dst.getvalue())
buf = bytearray(3)
print(p.readinto(buf), buf, p.read())
p.close()
print(p.closed, src.closed, dst.closed)
try:
    p.read()
except ValueError as e:
    print(e)
try:
    io.BufferedRWPair(io.BytesIO(), io.BytesIO(), 0)
except ValueError as e:
    print(e)

class WriteOnly(io.RawIOBase):
    def writable(self):
        return True

try:
    io.BufferedRWPair(WriteOnly(), io.BytesIO())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
print(isinstance(p, io.BufferedIOBase))
