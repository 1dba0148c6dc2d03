# super() chains through a diamond, explicit two-argument super, super in classmethods.
class Root:
    def hello(self):
        return ["Root"]

    @classmethod
    def name(cls):
        return ["Root:" + cls.__name__]


class Left(Root):
    def hello(self):
        return ["Left"] + super().hello()

    @classmethod
    def name(cls):
        return ["Left"] + super().name()


class Right(Root):
    def hello(self):
        return ["Right"] + super().hello()


class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()


print([k.__name__ for k in Bottom.__mro__])
print(Bottom().hello())
print(Bottom.name())
print(super(Left, Bottom()).hello())
print(super(Bottom, Bottom).hello(Bottom()))
s = super(Left, Bottom())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)


class Init:
    def __init__(self, *args):
        super().__init__()
        self.args = args


class Child(Init):
    def __init__(self, x):
        super().__init__(x, x)


print(Child(4).args)


class WithClosure:
    def method(self):
        def inner():
            return __class__
        return inner().__name__, super().__repr__ is not None


print(WithClosure().method())


class Deep(Bottom):
    def hello(self):
        r = super().hello()
        self = None
        return r


print(Deep().hello())


class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"


print(Str("abc").upper())
