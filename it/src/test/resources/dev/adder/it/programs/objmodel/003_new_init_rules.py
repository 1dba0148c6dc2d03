# type.__call__ -> __new__ / __init__ and object's excess-argument messages.
class A:
    def __init__(self):
        object.__init__(self, 1)


class Plain:
    pass


class WithInit:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)


class Both(WithNew):
    def __init__(self, *args):
        print("init", args)


class Other:
    def __new__(cls):
        return 42


w = WithInit(1)
print(w.a, w.b)
WithNew(1, 2)
Both(3)
print(Other())
for thunk in [lambda: Plain(1), lambda: A(), lambda: object(1), lambda: object.__init__(Plain(), 1),
              lambda: object.__new__(WithNew, 1), lambda: WithInit(), lambda: object.__new__(int),
              lambda: int.__new__(str), lambda: int.__new__(1), lambda: int.__new__()]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
object.__init__(WithInit(1))
print(object.__new__(Plain).__class__.__name__)
print(type(int.__new__(bool, 0)) if False else int.__new__(int, "7"))
