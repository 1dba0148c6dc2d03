# abc.ABCMeta through _abc: abstract methods, register, __subclasshook__, caches, errors
import abc
import collections.abc as cabc

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    @property
    @abc.abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} of area {self.area()}"

try:
    Shape()
except TypeError as e:
    print(e)

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print(e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Half.__abstractmethods__)

class Plugin(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return any("run" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class Runner:
    def run(self):
        return "ran"
class Other:
    pass
print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(Other, Plugin))
Plugin.register(Other)
print(issubclass(Other, Plugin), isinstance(Other(), Plugin), Plugin.register(Runner) is Runner)
token = abc.get_cache_token()
Plugin.register(int)
print(abc.get_cache_token() > token, isinstance(5, Plugin), isinstance(True, Plugin), issubclass(float, Plugin))

class MyMapping(cabc.Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMapping({"a": 1, "b": 2})
print(dict(m), m.get("c", 0), "a" in m, list(m.items()), m == {"a": 1, "b": 2}, isinstance(m, cabc.Container))
cabc.Sequence.register(MyMapping)
print(issubclass(MyMapping, cabc.Sequence), issubclass(MyMapping, cabc.Reversible))
for bad in (lambda: Plugin.register(5), lambda: issubclass(5, Plugin), lambda: Shape.register(Square)):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print(e)
print(type(Shape).__name__, type(Shape).__module__, abc.ABCMeta.__module__)
