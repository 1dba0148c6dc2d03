# raise ... from None hides the context
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("missing " + repr(k)) from None
print(lookup({1: 2}, 1))
lookup({}, "x")
