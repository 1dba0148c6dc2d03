# escape codecs and charmap codecs through codecs.encode/decode and str/bytes methods
import codecs
samples = ["plain", "tab\tnew\nline", "quote'\"back\\slash", "\x00\x7f\x80\xff", "\u0100\uffff", "\U00010000\U0010ffff"]
for s in samples:
    u = s.encode("unicode_escape")
    r = s.encode("raw_unicode_escape")
    print(u, r, u.decode("unicode_escape") == s, r.decode("raw_unicode_escape") == s)
print(b"\\x41\\101\\u0042\\U00000043\\N{LATIN SMALL LETTER A}".decode("unicode_escape"))
for bad in [b"\\x4", b"\\u12", b"\\U1234567", b"\\N{NOT A NAME}", b"\\N{", b"abc\\", b"\\U00110000"]:
    try:
        print(bad.decode("unicode_escape"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(repr(bad.decode("unicode_escape", "replace")), repr(bad.decode("unicode_escape", "ignore")))
for bad in [b"\\u12", b"\\U0011ffff"]:
    try:
        print(bad.decode("raw_unicode_escape"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
print(codecs.decode(b"\\x41\\n", "escape_codec" if False else "unicode_escape"))
print(codecs.escape_decode(b"\\\nx\\'\\\"\\a\\b\\f\\v\\0"))
try:
    codecs.escape_decode(b"\\x4g")
except ValueError as e:
    print("ValueError:", e)
try:
    codecs.escape_decode(b"abc\\")
except ValueError as e:
    print("ValueError:", e)
print(codecs.escape_decode(b"\\x4g", "replace"), codecs.escape_decode(b"\\x4g", "ignore"))
for enc in ["cp1252", "cp437", "iso8859_15", "koi8_r", "mac_roman", "cp850"]:
    s = "caf\xe9 \xe0 ok"
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print("\u20ac\u4e00".encode("cp1252", "replace"), "\u4e00x".encode("cp1252", "xmlcharrefreplace"))
print(b"\x81\x80".decode("cp1252", "replace"), b"\x81".decode("cp1252", "backslashreplace"))
b"\x81".decode("cp1252")
