# BaseException args, str and repr rules, KeyError, StopIteration.value, SystemExit.code.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"),
          KeyError(), KeyError(1, 2), IndexError(3), Exception(("t",))]:
    print(repr(e), "|", str(e), "|", e.args)
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
print(StopAsyncIteration(1).args, SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(ImportError("x").msg, ImportError().name, ModuleNotFoundError("m", name="mm").name)
print(NameError("n").name, NameError("n", name="q").name, AttributeError("a").obj)
a = AttributeError("msg", name="attr", obj=5)
print(a.name, a.obj, a)
try:
    Exception(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    ImportError(bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e, e.args)
try:
    object().attr
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
e = ValueError("v")
e.custom = 1
print(e.custom, e.__dict__)
print(BaseException.__mro__, issubclass(KeyboardInterrupt, Exception), GeneratorExit.__bases__)
print(sorted([c.__name__ for c in OSError.__subclasses__()])[:3], EnvironmentError is OSError, IOError is OSError)
print(ExceptionGroup.__mro__)
