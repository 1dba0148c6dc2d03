# the UTF-7 codec: round trips, errors, incremental decoding
import codecs
for s in ["Hi Mom -\u263a-!", "A\u2262\u0391.", "\u65e5\u672c\u8a9e", "1 + 1 = 2", "~\\ \U0001f600x", "", "a+b-c", "\x00\x7f\x80"]:
    b = s.encode("utf-7")
    print(b, b.decode("utf-7") == s)
for bad in [b"+AGE", b"a\xffb", b"+AGE-x", b"+A-"]:
    try:
        print(bad.decode("utf-7"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(ascii(bad.decode("utf-7", "replace")))
print(codecs.utf_7_decode(b"ab+AGE", "strict", False), codecs.utf_7_decode(b"ab+AGEA", "strict", False))
d = codecs.getincrementaldecoder("utf-7")()
print([d.decode(bytes([c])) for c in "x+ZeVnLIqe-y".encode()])
b"+2D3cAA-".decode("utf-7") ; b"\x80".decode("utf-7")
