# __abstractmethods__ and the "Can't instantiate abstract class" check (what abc relies on).
class Shape:
    def area(self):
        raise NotImplementedError

    def describe(self):
        return f"area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).describe())
try:
    Shape.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
Shape.__abstractmethods__ = frozenset({"area", "name"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Square(2).area())
Square.__abstractmethods__ = frozenset({"name"})
try:
    Square(1)
except TypeError as e:
    print("TypeError:", e)
Square.__abstractmethods__ = frozenset()
print(Square(4).area())
del Shape.__abstractmethods__
print(type(Shape()).__name__)


def abstract(f):
    f.__isabstractmethod__ = True
    return f


class Base:
    @abstract
    def run(self):
        pass

    @property
    @abstract
    def value(self):
        pass

    @staticmethod
    @abstract
    def helper():
        pass


print(Base.run.__isabstractmethod__, Base.__dict__["value"].__isabstractmethod__,
      Base.__dict__["helper"].__isabstractmethod__, property().__isabstractmethod__)
names = sorted([n for n, v in Base.__dict__.items() if getattr(v, "__isabstractmethod__", False)])
print(names)
Base.__abstractmethods__ = frozenset(names)
Base()
