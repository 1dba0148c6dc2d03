# raising an exception class and instance with several arguments
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
raise KeyError("first", "second")
