# Exception subclasses: args, custom __init__/__str__, catching by base.
class AppError(Exception):
    pass


class CodeError(AppError):
    def __init__(self, code, msg="failed"):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[1]}"


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


for exc in [AppError("x"), CodeError(7), NoSuper(1, 2), AppError(), AppError(1, 2)]:
    print(type(exc).__name__, exc.args, str(exc), repr(exc))
try:
    raise CodeError(5, "bad thing")
except AppError as e:
    print("caught", type(e).__name__, e, e.code, isinstance(e, Exception))
try:
    raise NoSuper(3, 4)
except Exception as e:
    print(e.total, e.args)


class KwErr(Exception):
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail


e = KwErr("m", detail="d")
print(e, e.detail, e.args)
print(issubclass(CodeError, BaseException), CodeError.__mro__[2].__name__)


class Leaf(LookupError, ValueError):
    pass


try:
    raise Leaf("multi")
except ValueError as e:
    print("as ValueError:", e, [k.__name__ for k in type(e).__mro__])
e = AppError("a")
e.args = ("b", "c")
print(e, e.args)
raise CodeError(9, "uncaught")
