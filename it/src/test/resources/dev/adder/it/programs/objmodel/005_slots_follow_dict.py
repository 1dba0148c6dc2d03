# Special methods set, changed and deleted after class creation, also through bases.
class Base:
    pass


class C(Base):
    def __init__(self, v):
        self.v = v


c = C(3)
try:
    c + 1
except TypeError as e:
    print("TypeError:", e)
C.__add__ = lambda self, o: self.v + o
print(c + 1)
C.__radd__ = lambda self, o: o * 100 + self.v
print(1 + c)
del C.__add__
try:
    c + 1
except TypeError as e:
    print("TypeError:", e)
Base.__add__ = lambda self, o: "base add"
print(c + 1)
Base.__len__ = lambda self: 7
print(len(c), bool(c))
Base.__bool__ = lambda self: False
print(bool(c), "yes" if c else "no")
C.__repr__ = lambda self: "C<%d>" % self.v
print(repr(c), str(c), [c])
C.__str__ = lambda self: "str C"
print(str(c), f"{c}")
C.__getitem__ = lambda self, k: k * 2
print(c[21])
C.__call__ = lambda self, *a: ("called", a)
print(c(1, 2), callable(c))
del C.__call__
print(callable(c))
C.__iter__ = lambda self: iter([1, 2, 3])
print(list(c), 2 in c)
C.__contains__ = lambda self, x: x == "magic"
print("magic" in c, 2 in c)
C.__eq__ = lambda self, o: True
print(c == 5, c != 5)
C.__hash__ = lambda self: 12
print(hash(c))
C.__neg__ = lambda self: "negated"
print(-c)
