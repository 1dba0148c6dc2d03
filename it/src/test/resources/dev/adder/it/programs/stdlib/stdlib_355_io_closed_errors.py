import io
PATH = "/tmp/adder_io_355.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

def attempt(obj, name, *args):
    try:
        r = getattr(obj, name)(*args)
        print(name, "->", repr(r))
    except Exception as e:
        print(name, type(e).__name__, e)

with open(PATH, "w") as f:
    f.write("abc\n")
t = open(PATH)
t.close()
t.close()
print(t.closed, t.buffer.closed, t.buffer.raw.closed)
for name, args in [("read", ()), ("readline", ()), ("write", ("x",)), ("seek", (0,)), ("tell", ()),
                   ("truncate", ()), ("flush", ()), ("readable", ()), ("fileno", ()), ("isatty", ()),
                   ("__next__", ()), ("__iter__", ()), ("__enter__", ()), ("readlines", ())]:
    attempt(t, name, *args)
b = open(PATH, "rb")
b.close()
for name, args in [("read", ()), ("read1", ()), ("peek", ()), ("readline", ()), ("seek", (0,)),
                   ("tell", ()), ("fileno", ()), ("flush", ())]:
    attempt(b, name, *args)
w = open(PATH, "wb")
w.close()
for name, args in [("write", (b"x",)), ("flush", ()), ("seek", (0,)), ("truncate", ())]:
    attempt(w, name, *args)
r = open(PATH, "rb", buffering=0)
r.close()
for name, args in [("read", ()), ("write", (b"x",)), ("seek", (0,)), ("tell", ()), ("readable", ()),
                   ("fileno", ()), ("readall", ())]:
    attempt(r, name, *args)
s = io.StringIO("x")
s.close()
for name, args in [("read", ()), ("write", ("y",)), ("getvalue", ()), ("tell", ())]:
    attempt(s, name, *args)
bi = io.BytesIO(b"x")
bi.close()
for name, args in [("read", ()), ("write", (b"y",)), ("getvalue", ()), ("flush", ())]:
    attempt(bi, name, *args)
if remove:
    remove(PATH)
