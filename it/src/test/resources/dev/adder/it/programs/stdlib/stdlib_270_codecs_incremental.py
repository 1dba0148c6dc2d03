# incremental encoders/decoders and stream readers/writers of the builtin codecs
import codecs
class BytesIO:
    """A small in-memory byte stream (enough for codecs' readers and writers)."""
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
    def write(self, b):
        self.data += b
        return len(b)
    def read(self, n=-1):
        end = len(self.data) if n is None or n < 0 else self.pos + n
        r = bytes(self.data[self.pos:end])
        self.pos += len(r)
        return r
    def getvalue(self):
        return bytes(self.data)
data = "h\xe9llo \u20ac \U0001f600 end"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "cp1252"]:
    try:
        raw = data.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "cannot encode:", e.reason)
        raw = data.encode(enc, "replace")
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(raw[i:i + 1]) for i in range(len(raw))]
    parts.append(dec.decode(b"", final=True))
    print(enc, len(raw), "".join(parts) == raw.decode(enc), sum(1 for p in parts if p == ""))
    ienc = codecs.getincrementalencoder(enc)(errors="replace")
    out = b"".join(ienc.encode(ch) for ch in data) + ienc.encode("", final=True)
    print(" ", out == data.encode(enc, "replace"))
dec = codecs.getincrementaldecoder("utf-8")()
try:
    dec.decode(b"a\xc3", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
buf = BytesIO()
w = codecs.getwriter("utf-16")(buf)
w.write("abc")
w.write("\u20ac")
print(buf.getvalue())
r = codecs.getreader("utf-16")(BytesIO(buf.getvalue()))
print(r.read())
r = codecs.getreader("utf-8")(BytesIO("line1\nl\xefne2\nline3".encode()))
print(r.readline(), r.readlines())
sr = codecs.StreamRecoder(BytesIO("caf\xe9".encode("latin-1")), codecs.getencoder("utf-8"),
                          codecs.getdecoder("utf-8"), codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(sr.read())
print(list(codecs.iterdecode([b"a\xc3", b"\xa9b"], "utf-8")), list(codecs.iterencode(["a", "\xe9"], "utf-16-le")))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
