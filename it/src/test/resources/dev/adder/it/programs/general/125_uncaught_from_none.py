# raise ... from None hides the context in the traceback
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"{k} not configured") from None

print(get({"x": 1}, "x"))
get({}, "y")
