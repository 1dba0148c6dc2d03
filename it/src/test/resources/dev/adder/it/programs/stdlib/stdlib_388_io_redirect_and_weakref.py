import io
import sys
import weakref

buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
print("captured", 1, 2.0)
print("second", end="")
sys.stdout.write("|direct\n")
sys.stdout = saved
print(repr(buf.getvalue()))
err = io.StringIO()
print("to err", file=err)
print(err.getvalue().strip())
for o in [io.StringIO(), io.BytesIO(), io.TextIOWrapper(io.BytesIO()), io.BufferedReader(io.BytesIO())]:
    r = weakref.ref(o)
    print(type(o).__name__, r() is o)

class Slotted(io.StringIO):
    __slots__ = ("tag",)

s = Slotted("v")
s.tag = "t"
print(s.tag, s.read(), hasattr(s, "__dict__"))

class WithAttrs(io.BytesIO):
    pass

w = WithAttrs(b"q")
w.extra = [1]
print(w.extra, w.__dict__, w.read())
print(sorted(k for k in vars(io.StringIO("x")).keys()))
f = io.TextIOWrapper(io.BytesIO(b"abc"))
f.note = "n"
print(f.note, f.__dict__)
