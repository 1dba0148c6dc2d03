# add_note and __notes__.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, type(e.__notes__).__name__)
for bad in [1, None, b"bytes"]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
e2 = KeyError("k")
e2.__notes__ = ["preset"]
e2.add_note("added")
print(e2.__notes__)
del e2.__notes__
print(hasattr(e2, "__notes__"))
try:
    try:
        raise OSError(2, "nope")
    except OSError as err:
        err.add_note("while opening")
        raise
except OSError as err:
    print(err, err.__notes__)


class MyErr(Exception):
    pass


m = MyErr()
m.add_note("custom")
print(m.__notes__, BaseException.add_note.__name__)
