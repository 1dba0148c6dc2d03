PATH = "/tmp/adder_io_354.txt"
try:
    import os
    remove = os.remove
except ImportError:
    remove = None

for args in [("/tmp/adder_io_no_such_dir/x.txt",), ("/tmp/adder_io_no_such_file_354",),
             ("/tmp",), ("/tmp", "w"), ("/tmp", "rb"), ("/tmp/adder_io_no_such_dir/y", "w")]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
        print(str(e))
        print(isinstance(e, FileNotFoundError), isinstance(e, IsADirectoryError))
with open(PATH, "w") as f:
    f.write("here")
try:
    open(PATH, "x")
except FileExistsError as e:
    print("exists:", e.errno, e.strerror, e.filename == PATH)
try:
    open(PATH, "xb")
except OSError as e:
    print(type(e).__name__, e.args)
try:
    with open("/tmp/adder_io_no_such_file_354b", "rb") as f:
        pass
except FileNotFoundError as e:
    print(repr(e))
if remove:
    remove(PATH)
open("/tmp/adder_io_missing_354/z")
