PATH = "/tmp/adder_io_376.bin"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    with open(PATH, "wb") as f:
        f.write(b"good line\nbad \xff\xfe byte\n\xe2\x82\xac end\n")
    for errors in ["replace", "ignore", "surrogateescape", "backslashreplace"]:
        with open(PATH, errors=errors) as f:
            print(errors, ascii(f.read()))
    with open(PATH, encoding="latin-1") as f:
        print(ascii(f.read()))
    with open(PATH, encoding="ascii", errors="replace") as f:
        print(ascii(f.readlines()))
    with open(PATH, "w", errors="surrogateescape") as f:
        f.write("raw \udcff byte\n")
    with open(PATH, "rb") as f:
        print(f.read())
    try:
        with open(PATH, "w") as f:
            f.write("lone \udcff")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.reason)
    with open(PATH, "wb") as f:
        f.write(b"ok\n\xc3")
    with open(PATH) as f:
        print(repr(f.readline()))
        try:
            f.readline()
        except UnicodeDecodeError as e:
            print(type(e).__name__, e.reason)
finally:
    if remove:
        remove(PATH)
with open("/tmp/adder_io_376.bin", "w", encoding="utf-8") as f:
    f.write("abc\udc80")
