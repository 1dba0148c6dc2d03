from functools import lru_cache


class Shape:
    created = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Shape) and self.n == other.n

    @lru_cache(maxsize=None)
    def area(self, scale=1):
        Shape.created += 1
        return self.n * self.n * scale

    @classmethod
    @lru_cache
    def make(cls, n):
        return cls(n)

    @staticmethod
    @lru_cache(maxsize=2)
    def double(x):
        return 2 * x


a = Shape(3)
b = Shape(3)
print(a.area(), a.area(), b.area(), a.area(2), Shape.created)
print(Shape.area.cache_info())
print(Shape.area(a), Shape.area(b, 2), Shape.area.cache_info())
bound = a.area
print(type(bound).__name__, bound.__self__ is a, bound.__func__ is Shape.__dict__["area"])
print(Shape.__dict__["area"].__get__(None, Shape) is Shape.area)
print(Shape.__dict__["area"].__get__(a, Shape)())
print(Shape.make(4) is Shape.make(4), Shape.make.cache_info())
print(Shape.double(5), Shape(1).double(5), Shape.double.cache_info())
Shape.area.cache_clear()
print(Shape.area.cache_info())


class Unhashable:
    __hash__ = None

    @lru_cache
    def get(self):
        return 1


try:
    Unhashable().get()
except TypeError as e:
    print(e)
