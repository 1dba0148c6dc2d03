import io
PATH = "/tmp/adder_io_387.txt"

text = "Grüße €\nzweite Zeile\n"
for enc in ["UTF-8", "utf_8", "U8", "latin1", "ISO-8859-15", "utf-8-sig", "utf-16", "UTF-16BE", "cp1252", "utf-32-le"]:
    with open(PATH, "w", encoding=enc) as f:
        f.write(text)
        print(enc, f.encoding)
    with open(PATH, "rb") as f:
        raw = f.read()
    with open(PATH, encoding=enc) as f:
        back = f.read()
    print(len(raw), raw[:6], back == text)
with open(PATH, "w", encoding="utf-16") as f:
    f.write("a")
    f.write("b")
    f.write("c")
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, encoding="utf-16") as f:
    print(f.readlines())
with open(PATH, "w", encoding="latin-1") as f:
    try:
        f.write("€")
    except UnicodeEncodeError as e:
        print(e)
try:
    open(PATH, encoding="no-such-encoding-387")
except LookupError as e:
    print(type(e).__name__, e)
open(PATH, "w", encoding="bogus-387")
