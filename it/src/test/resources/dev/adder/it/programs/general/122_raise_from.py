# exception chaining attributes
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

try:
    parse("x")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no context") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__traceback__)
