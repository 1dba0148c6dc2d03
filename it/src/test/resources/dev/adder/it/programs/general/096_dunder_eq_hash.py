# __eq__, __hash__ and use in sets and dicts
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = [Point(1, 2), Point(1, 2), Point(3, 4)]
print(pts[0] == pts[1], pts[0] is pts[1], pts[0] != pts[2], pts[0] == (1, 2))
print(len(set(pts)), Point(3, 4) in set(pts), {Point(0, 0): "origin"}[Point(0, 0)])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None, NoHash() == 5)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
d1 = Default()
print(d1 == d1, d1 == Default(), d1 != Default(), len({d1, d1}))
