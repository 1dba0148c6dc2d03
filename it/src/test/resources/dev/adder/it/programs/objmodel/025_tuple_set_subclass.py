# tuple, set and frozenset subclasses.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"


p = Point(1, 2)
print(p, p.x, p[1], len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, isinstance(p, tuple), {p: "pt"}[(1, 2)], list(p), p[::-1])


class Tagged(set):
    def add(self, x):
        print("add", x)
        super().add(x)


s = Tagged([3, 1])
s.add(2)
print(sorted(s), 2 in s, len(s), type(s | {9}).__name__, sorted(s & {1, 2}))
s.note = "hi"
print(s.note)


class Frozen(frozenset):
    def __repr__(self):
        return "Frozen(" + str(sorted(self)) + ")"


f = Frozen([3, 2])
print(f, hash(f) == hash(frozenset([2, 3])), f == {2, 3}, type(f).__name__)


class Pair(tuple):
    __slots__ = ()


pp = Pair((1, 2))
try:
    pp.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(pp, Pair(), Pair.__mro__[1].__name__)
