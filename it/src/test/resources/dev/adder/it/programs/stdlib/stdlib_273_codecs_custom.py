# a codec registered by a search function, used by str.encode, bytes.decode and codecs
import codecs
def enc(s, errors="strict"):
    out = bytearray()
    for i, ch in enumerate(s):
        if ch == "!":
            if errors == "strict":
                raise UnicodeEncodeError("shout", s, i, i + 1, "no bangs")
            continue
        out += ch.upper().encode("ascii")
    return bytes(out), len(s)
def dec(b, errors="strict"):
    return bytes(b).decode("ascii").lower(), len(b)
def search(name):
    if name == "shout":
        return codecs.CodecInfo(enc, dec, name="shout")
    if name == "notext":
        info = codecs.CodecInfo(enc, dec, name="notext")
        info._is_text_encoding = False
        return info
    if name == "badresult":
        return codecs.CodecInfo(lambda s, e="strict": ("str", 1), lambda b, e="strict": (b"x", 1), name="badresult")
    return None
codecs.register(search)
print("hello".encode("shout"), b"HELLO".decode("shout"), "abc".encode("SHOUT"))
print(codecs.encode("hi", "shout"), codecs.decode(b"HI", "shout"))
print("a!b".encode("shout", "ignore"))
try:
    "a!b".encode("shout")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("notext")
except LookupError as e:
    print("LookupError:", e)
print(codecs.encode("x", "notext"))
for f in [lambda: "x".encode("badresult"), lambda: b"x".decode("badresult")]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(codecs.encode("x", "badresult"), codecs.decode(b"x", "badresult"))
print(codecs.lookup("shout").name)
print(codecs.lookup("shout") is codecs.lookup("shout"))
try:
    codecs.encode(1, "shout")
except TypeError as e:
    print("TypeError:", e, "| cause:", type(e.__cause__).__name__)
try:
    codecs.lookup(1)
except TypeError as e:
    print("TypeError:", e)
"x".encode("no such codec")
