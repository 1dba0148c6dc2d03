import io
import codecs

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("c\r", final=True)), d.newlines)
print(d.getstate())
d.reset()
print(d.newlines, repr(d.decode("x\ry\n")), d.newlines)
d2 = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d2.decode("a\r\nb\rc\n")), d2.newlines, repr(d2.decode("tail\r")), d2.getstate())
print(repr(d2.decode("", final=True)))
u = codecs.getincrementaldecoder("utf-8")()
d3 = io.IncrementalNewlineDecoder(u, translate=True)
data = "é\r\nü\r".encode("utf-8")
out = [d3.decode(data[i:i + 1]) for i in range(len(data))]
print(out, repr(d3.decode(b"", final=True)), d3.newlines)
d4 = io.IncrementalNewlineDecoder(None, True)
d4.decode("q\r")
st = d4.getstate()
print(st)
d5 = io.IncrementalNewlineDecoder(None, True)
d5.setstate(st)
print(repr(d5.decode("\nz")))
for seq in ["\n", "\r", "\r\n", "\n\r", "\r\n\n", "\r\r\n", "\n\r\r\n"]:
    dd = io.IncrementalNewlineDecoder(None, False)
    dd.decode(seq, final=True)
    print(repr(seq), dd.newlines)
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"bytes")
except TypeError as e:
    print(type(e).__name__)
