# __instancecheck__ / __subclasscheck__ on metaclasses, isinstance/issubclass with tuples.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))


class IntLike(metaclass=Meta):
    pass


print(isinstance(3, IntLike), isinstance("s", IntLike), isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike), issubclass(list, IntLike), issubclass(str, (list, IntLike)))
print(isinstance(1, (str, (float, int))), issubclass(bool, (str, int)), isinstance(None, ()))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
for thunk in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1)]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)


class Proxy:
    def __init__(self, target):
        self._t = target

    @property
    def __class__(self):
        return type(self._t)


p = Proxy([1])
print(isinstance(p, list), isinstance(p, Proxy), type(p).__name__)


class Virtual:
    __bases__ = ()


class Fake:
    @property
    def __bases__(self):
        return (Virtual,)


print(issubclass(Fake(), Virtual))
print(IntLike.__instancecheck__(5), Meta.__subclasscheck__(IntLike, float))
