# BaseExceptionGroup / ExceptionGroup construction rules and attributes.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(eg).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one), type(one.exceptions).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError(), SystemExit()])).__name__)
for args in [(1, [ValueError()]), ("m", 1), ("m", []), ("m", [1]), ("m", {ValueError()}), ("m",),
             ("m", [ValueError()], 3)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("nest", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)


class MyGroup(ExceptionGroup):
    pass


try:
    MyGroup("mine", [GeneratorExit()])
except TypeError as e:
    print("TypeError:", e)
mg = MyGroup("mine", [ValueError(2)])
print(type(mg).__name__, mg, mg.exceptions)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
print(nested, nested.exceptions[1].exceptions)


class BaseOnly(BaseExceptionGroup):
    pass


print(type(BaseOnly("b", [SystemExit(1)])).__name__)
try:
    raise ExceptionGroup("raised", [OSError("o")])
except ExceptionGroup as caught:
    print("got", repr(caught), repr(caught.exceptions[0]))
