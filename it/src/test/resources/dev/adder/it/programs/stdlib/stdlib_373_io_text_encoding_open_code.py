import io
PATH = "/tmp/adder_io_373.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

print(io.text_encoding(None), io.text_encoding("utf-8"), io.text_encoding("latin-1", 3))
print(io.text_encoding(5))
try:
    with open(PATH, "w") as f:
        f.write("print('code')\n")
    with io.open_code(PATH) as f:
        print(type(f).__name__, f.mode, f.read())
    try:
        io.open_code(b"/tmp/x")
    except TypeError as e:
        print(e)
    try:
        io.open_code("/tmp/adder_io_no_such_373")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    with io.open(PATH, encoding=io.text_encoding(None)) as f:
        print(f.encoding, f.read())
finally:
    if remove:
        remove(PATH)
