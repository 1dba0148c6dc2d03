# StringIO/BytesIO __setstate__: pickling round trip, argument validation and closed-file errors
import io, pickle
s = io.StringIO("a\r\nb", newline=None)
s.seek(2)
s.foo = 5
t = pickle.loads(pickle.dumps(s))
print(repr(t.getvalue()), t.tell(), t.foo, t.newlines)
m = io.StringIO()
m.__setstate__(("x\ry", "", 1, {'spam': 3}))
print(repr(m.getvalue()), m.tell(), m.spam, repr(m.read()))
for st in [("", "f", 0, None), ("", "", -1, None), (b"", "", 0, None), ("", b"", 0, None),
           ("", "", 0.0, None), ("", "", 0, 0), ("len-test", 0), 0]:
    try:
        m.__setstate__(st)
    except Exception as e:
        print(type(e).__name__, e)
m.close()
try:
    m.__setstate__(("closed", "", 0, None))
except Exception as e:
    print(type(e).__name__, e)
b = io.BytesIO()
b.close()
for st in [(b"closed", 0, None), (b"x",)]:
    try:
        b.__setstate__(st)
    except Exception as e:
        print(type(e).__name__, e)
