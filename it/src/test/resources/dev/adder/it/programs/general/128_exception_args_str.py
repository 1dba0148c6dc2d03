# args, str and repr of builtin exceptions
excs = [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("key"),
        KeyError("a", "b"), IndexError(3), OSError(2, "No such file"), StopIteration(5),
        SystemExit(3), AttributeError("obj"), UnicodeError("u"), ZeroDivisionError("division by zero")]
for e in excs:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e))
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
e = ValueError("base")
e.extra = 1
print(e.extra, e.with_traceback(None) is e)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([c.__name__ for c in FileNotFoundError.__mro__])
