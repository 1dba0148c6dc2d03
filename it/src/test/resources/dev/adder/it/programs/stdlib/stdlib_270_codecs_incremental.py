# incremental encoders/decoders and stream readers/writers of the builtin codecs
import codecs
import io
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
buf = io.BytesIO()
w = codecs.getwriter("utf-16")(buf)
w.write("abc")
w.write("\u20ac")
print(buf.getvalue())
r = codecs.getreader("utf-16")(io.BytesIO(buf.getvalue()))
print(r.read())
r = codecs.getreader("utf-8")(io.BytesIO("line1\nl\xefne2\nline3".encode()))
print(r.readline(), r.readlines())
sr = codecs.StreamRecoder(io.BytesIO("caf\xe9".encode("latin-1")), codecs.getencoder("utf-8"),
                          codecs.getdecoder("utf-8"), codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
print(sr.read())
print(list(codecs.iterdecode([b"a\xc3", b"\xa9b"], "utf-8")), list(codecs.iterencode(["a", "\xe9"], "utf-16-le")))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
with codecs.open("/tmp/adder_codecs_270.txt", "w", encoding="utf-8") as f:
    f.write("x\u20acy\n")
with codecs.open("/tmp/adder_codecs_270.txt", "r", encoding="utf-8") as f:
    print(repr(f.read()))
