PATH = "/tmp/adder_io_361.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

try:
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(PATH, "w", newline=nl) as f:
            f.write("a\nb\r\nc\rd\n")
        with open(PATH, "rb") as f:
            print(repr(nl), f.read())
    with open(PATH, "wb") as f:
        f.write(b"one\r\ntwo\rthree\nfour\r")
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(PATH, newline=nl) as f:
            lines = f.readlines()
            print(repr(nl), lines, f.newlines)
        with open(PATH, newline=nl) as f:
            print(repr(f.read()))
    with open(PATH, "wb") as f:
        f.write(b"x\r" * 5000 + b"\n")
    with open(PATH) as f:
        lines = f.readlines()
        print(len(lines), set(lines), f.newlines)
    with open(PATH, newline="") as f:
        lines = f.readlines()
        print(len(lines), lines[-1:], f.newlines)
    with open(PATH, "wb") as f:
        f.write(b"y" * 8191 + b"\r\n" + b"z\r\n")
    for nl in [None, "", "\r\n"]:
        with open(PATH, newline=nl) as f:
            print([len(x) for x in f])
finally:
    if remove:
        remove(PATH)
