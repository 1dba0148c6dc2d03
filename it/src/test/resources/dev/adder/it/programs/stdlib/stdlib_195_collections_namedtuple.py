# collections.namedtuple: fields, defaults, _make/_replace/_asdict, subclassing, errors
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p[0], p[-1], tuple(p), list(p), len(p), p == (1, 2))
print(p._replace(x=10), p._asdict(), Point._fields, Point._field_defaults, Point._make([5, 6]))
x, y = p
print(x, y, Point.__name__, Point.x.__doc__, type(Point.x).__name__, hash(p) == hash((1, 2)))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2, 3), Color._field_defaults, Color.__new__.__defaults__)
R = namedtuple("R", "a, def, a, _b", rename=True)
print(R._fields, R(1, 2, 3, 4))
M = namedtuple("M", "a b", module="mymod")
print(M.__module__, repr(M(1, 2)))

class P3(namedtuple("P3", "x y z")):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"

q = P3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0), isinstance(q, tuple))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print({Point(1, 2): "a"}[Point(1, 2)], Point(*range(2)), Point(**{"x": 7, "y": 8}))
errors = [
    lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: p._replace(z=1),
    lambda: namedtuple("Bad", "x x"), lambda: namedtuple("Bad", "def"), lambda: namedtuple("1Bad", "x"),
    lambda: namedtuple("Bad", "_x"), lambda: Point._make([1]), lambda: setattr(p, "x", 5),
]
for e in errors:
    try:
        print(e())
    except (TypeError, ValueError, AttributeError) as err:
        print(type(err).__name__, err)
