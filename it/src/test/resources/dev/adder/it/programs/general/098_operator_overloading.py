# a vector class with arithmetic operators
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __repr__(self):
        return f"Vec{self.c}"
    def __iadd__(self, o):
        print("iadd")
        return self + o
    def __bool__(self):
        return any(self.c)

v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v * w, -v, abs(Vec(3, 4)), len(v), v[1], v[-1])
v += w
print(v, v == Vec(5, 7, 9), bool(Vec(0, 0)), bool(v), list(v))
