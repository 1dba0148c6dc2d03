# __slots__: no __dict__, member descriptors, inheritance, conflicts.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__, P.x.__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)


class Q(P):
    __slots__ = ("z",)


q = Q(5)
q.z = 6
print(q.x, q.z, hasattr(q, "__dict__"))


class R(P):
    pass


r = R(7)
r.other = 8
print(r.other, r.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)


class Single:
    __slots__ = "only"


s = Single()
s.only = "one"
print(s.only, sorted(Single.__dict__))


class Priv:
    __slots__ = ("__hidden",)

    def set(self):
        self.__hidden = 5
        return self.__hidden


print(Priv().set(), "_Priv__hidden" in Priv.__dict__)
for body in [{"__slots__": ("a",), "a": 1}, {"__slots__": (1,)}, {"__slots__": ("a b",)},
             {"__slots__": ("__dict__", "__dict__")}]:
    try:
        type("T", (), body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class S3(S1, S2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class I(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
class I2(int):
    __slots__ = ()
try:
    I2(3).attr = 1
except AttributeError as e:
    print("AttributeError:", e)
class L(list):
    __slots__ = ("tag",)
l = L([1, 2])
l.tag = "t"
print(l, l.tag, hasattr(l, "__dict__"))
