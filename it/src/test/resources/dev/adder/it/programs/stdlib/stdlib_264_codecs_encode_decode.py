# codecs.encode/decode and the builtin codec functions
import codecs
s = "h\xe9llo \u20ac \U0001f600"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
            "unicode_escape", "raw_unicode_escape"]:
    b = codecs.encode(s, enc)
    print(enc, b, codecs.decode(b, enc) == s)
print(codecs.encode("abc", "latin-1"), codecs.decode(b"\xff\xfe", "latin-1"))
print(codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.utf_8_encode("\xe9"), codecs.utf_8_decode(b"\xc3\xa9"))
print(codecs.utf_8_decode(b"a\xc3", "strict", False), codecs.utf_8_decode(b"a\xe2\x82", None, False))
print(codecs.utf_16_le_decode(b"a\x00b", "strict", False), codecs.utf_16_encode("ab"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a\x00b"), codecs.utf_16_ex_decode(b"a\x00", "strict", 0, True))
print(codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00"), codecs.utf_32_be_encode("a"))
print(codecs.ascii_encode("abc"), codecs.ascii_decode(b"abc"), codecs.latin_1_encode("\xff"))
print(codecs.escape_encode(b"a'\"\\\n\x00\xff"), codecs.escape_decode(b"a\\x41\\n\\101"))
print(codecs.unicode_escape_encode("a'\"\\\n\x00\xff\u1234\U00012345"))
print(codecs.unicode_escape_decode(b"\\N{DIGIT ONE}\\u00e9\\x41\\t\xe9"))
print(codecs.raw_unicode_escape_encode("a\\\n\xff\u1234\U00012345"))
print(codecs.raw_unicode_escape_decode(b"\\u00e9\\\\u00e9\\x41"))
print(codecs.readbuffer_encode(b"abc"), codecs.readbuffer_encode("\xe9"))
print(codecs.decode(b"caf\xe9", "cp1252"), codecs.encode("\u20ac", "cp1252"))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "abc"))
print(codecs.charmap_encode("ab", "strict", {97: 1, 98: b"xy"}))
print(codecs.charmap_decode(b"\x00\x05", "replace", "abc"), codecs.charmap_encode("az", "replace", {97: 1, 63: 2}))
try:
    codecs.utf_8_encode(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.utf_8_decode("x")
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.charmap_decode(b"\x07", "strict", "abc")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
codecs.decode(b"\xff", "ascii")
