# creating classes with type()
def init(self, x):
    self.x = x
Point = type("Point", (), {"__init__": init, "double": lambda self: self.x * 2, "kind": "pt"})
p = Point(21)
print(Point.__name__, p.double(), p.kind, type(p).__name__)
Sub = type("Sub", (Point,), {"triple": lambda self: self.x * 3})
s = Sub(2)
print(s.double(), s.triple(), [c.__name__ for c in Sub.__mro__])
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.created_by, type(WithMeta).__name__)
class Init:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T1(Init, tag="one"):
    pass
class T2(Init):
    pass
print(T1.tag, T2.tag)
