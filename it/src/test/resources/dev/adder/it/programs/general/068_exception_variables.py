# the except variable is deleted after the handler
try:
    raise ValueError("boom")
except ValueError as err:
    saved = err
    print("caught", err, err.args)
print(saved, type(saved).__name__)
try:
    err
except NameError as e:
    print("NameError:", e)
e = "outer"
try:
    {}["k"]
except KeyError as e:
    print(repr(e))
print("e" in dir())
def f():
    try:
        raise TypeError("t")
    except TypeError as exc:
        return exc
r = f()
print(type(r).__name__, r)
