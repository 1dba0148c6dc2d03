import io

raw = io.BytesIO(b"data\nmore\n")
t = io.TextIOWrapper(raw)
print(t.readline())
b = t.detach()
print(b is raw, b.read())
for name in ["read", "readline", "tell", "flush", "fileno"]:
    try:
        getattr(t, name)()
    except ValueError as e:
        print(name, e)
for attr in ["buffer", "closed", "name", "line_buffering"]:
    try:
        print(attr, getattr(t, attr))
    except ValueError as e:
        print(attr, e)
print(t.encoding)
w = io.TextIOWrapper(io.BytesIO())
w.write("pending")
inner = w.detach()
print(inner.getvalue())
br = io.BufferedWriter(io.BytesIO())
br.write(b"xyz")
r2 = br.detach()
print(r2.getvalue())
try:
    br.write(b"1")
except ValueError as e:
    print(e)
try:
    repr(br)
    print("repr ok")
except ValueError as e:
    print(e)
try:
    io.BytesIO().detach()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
