import io

text = "héllo wörld €\nsecond line\n"
for enc in ["utf-8", "latin-1", "utf-16", "utf-16-le", "utf-32", "ascii", "cp1252", "UTF8", "iso-8859-15"]:
    raw = io.BytesIO()
    w = io.TextIOWrapper(raw, encoding=enc, errors="replace")
    w.write(text)
    w.flush()
    data = raw.getvalue()
    print(enc, w.encoding, w.errors, len(data), data[:12])
    r = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    print(r.readlines())
r = io.TextIOWrapper(io.BytesIO(b"ab\xffcd\n"), encoding="utf-8", errors="replace")
print(repr(r.read()))
r = io.TextIOWrapper(io.BytesIO(b"ab\xffcd\n"), encoding="utf-8", errors="ignore")
print(repr(r.read()))
r = io.TextIOWrapper(io.BytesIO(b"ab\xffcd\n"), encoding="utf-8", errors="surrogateescape")
print(ascii(r.read()))
r = io.TextIOWrapper(io.BytesIO(b"ab\xffcd\n"), encoding="utf-8")
try:
    r.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    w.write("é")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
w.write("é€\n")
w.flush()
print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO("€uro".encode("utf-8") * 3000), encoding="utf-8")
parts = []
while True:
    p = r.read(7)
    if not p:
        break
    parts.append(p)
print(len(parts), "".join(parts) == "€uro" * 3000)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="bogus-enc")
except LookupError as e:
    print(type(e).__name__, e)
