# an uncaught exception with an implicit context
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise ValueError(f"bad key {key!r}")

print(load("a"))
print(load("b"))
