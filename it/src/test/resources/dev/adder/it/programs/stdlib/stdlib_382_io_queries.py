import io
PATH = "/tmp/adder_io_382.txt"

with open(PATH, "w") as f:
    f.write("abc\n")
objs = [open(PATH), open(PATH, "rb"), open(PATH, "rb", buffering=0), open(PATH, "a"),
        open(PATH, "r+b"), io.StringIO(), io.BytesIO()]
for o in objs:
    row = [type(o).__name__]
    for q in ["readable", "writable", "seekable", "isatty"]:
        row.append(getattr(o, q)())
    try:
        row.append(o.fileno() >= 0)
    except io.UnsupportedOperation as e:
        row.append("unsupported: %s" % e)
    print(row)
    o.close()
t = open(PATH)
fd = t.fileno()
print(t.buffer.fileno() == fd, t.buffer.raw.fileno() == fd)
dup = open(fd, closefd=False)
print(dup.read(), dup.name == fd, dup.mode)
dup.close()
print(t.closed, t.read())
t.close()
for m, q in [("w", "read"), ("r", "write")]:
    f = open(PATH, m)
    try:
        getattr(f, q)(*(["x"] if q == "write" else []))
    except io.UnsupportedOperation as e:
        print(m, q, e, isinstance(e, OSError), isinstance(e, ValueError))
    f.close()
