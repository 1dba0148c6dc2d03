# codec error handlers: builtin ones through lookup_error, and registered ones
import codecs
s = "a\xe9b\u20ac\U0001f600c"
for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(h, s.encode("ascii", h), codecs.encode(s, "latin-1", h))
for h in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    r = b"a\xff\xc3b".decode("utf-8", h)
    print(h, ascii(r), codecs.decode(b"x\x80y", "ascii", h) == b"x\x80y".decode("ascii", h))
print(ascii("\udcff".encode("utf-8", "surrogateescape")), "\ud800".encode("utf-8", "surrogatepass"))
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
             "namereplace", "surrogateescape", "surrogatepass"]:
    print(name, codecs.lookup_error(name).__name__)
exc = UnicodeEncodeError("ascii", "x\xe9\xe8y", 1, 3, "ordinal not in range(128)")
print(codecs.replace_errors(exc), codecs.ignore_errors(exc), codecs.backslashreplace_errors(exc))
print(codecs.xmlcharrefreplace_errors(exc), codecs.namereplace_errors(exc))
dexc = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "invalid start byte")
print(ascii(codecs.replace_errors(dexc)), codecs.backslashreplace_errors(dexc), ascii(codecs.lookup_error("surrogateescape")(dexc)))
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as e:
    print("raised:", e)
try:
    codecs.xmlcharrefreplace_errors(dexc)
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
def mine(e):
    return ("[%d:%d]" % (e.start, e.end), e.end)
codecs.register_error("mine", mine)
print("x\xe9\xe8y\u20ac".encode("ascii", "mine"), b"a\xff\xfeb".decode("utf-8", "mine"))
print(codecs.lookup_error("mine") is mine)
def skip2(e):
    return ("?", e.start + 2)
codecs.register_error("skip2", skip2)
print("abc\xe9\xe9\xe9def".encode("ascii", "skip2"))
try:
    codecs.register_error("bad", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    "\xe9".encode("ascii", "nope")
except LookupError as e:
    print("LookupError:", e)
"x\u20ac".encode("latin-1")
