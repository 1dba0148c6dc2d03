# codecs.lookup, CodecInfo attributes, register/unregister of search functions
import codecs
for name in ["utf-8", "UTF8", "utf_8", "Latin-1", "ascii", "utf-16", "utf-32-be", "cp1252", "rot13", "U8"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, type(info).__name__, isinstance(info, tuple), len(info))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
def search(name):
    print("search called with", repr(name))
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)),
                                name="my-codec")
    return None
codecs.register(search)
print(codecs.lookup("My Codec").name)
print(codecs.lookup("my-codec").name)
print(codecs.encode("hello", "my-codec"), codecs.decode(b"HELLO", "my-codec"))
codecs.unregister(search)
try:
    codecs.lookup("other-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.register(42)
except TypeError as e:
    print("TypeError:", e)
def bad(name):
    return (1, 2) if name == "bad_codec" else None
codecs.register(bad)
try:
    codecs.lookup("bad-codec")
except TypeError as e:
    print("TypeError:", e)
print(codecs.getencoder("ascii")("abc"), codecs.getdecoder("latin-1")(b"\xe9"))
print(codecs.lookup("utf-8").incrementalencoder().encode("\u20ac"))
