# __cause__, __context__, __suppress_context__, __traceback__ and with_traceback.
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError("a")
    except OSError:
        raise RuntimeError("b") from None
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = Exception("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError(1)
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
for bad in [lambda: setattr(e, "__cause__", 1), lambda: setattr(e, "__context__", "s"),
            lambda: setattr(e, "__traceback__", 5), lambda: delattr(e, "__cause__")]:
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
try:
    raise ValueError("tb")
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0)
    e2 = Exception("with")
    print(e2.with_traceback(tb) is e2, e2.__traceback__ is tb, e2.with_traceback(None).__traceback__)
try:
    raise KeyError("x") from ValueError("cause")
except KeyError as err:
    print(repr(err), repr(err.__cause__))
try:
    raise ValueError from 5
except TypeError as err:
    print("TypeError:", err)
