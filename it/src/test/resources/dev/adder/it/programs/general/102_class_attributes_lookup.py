# attribute lookup: instance, class, bases; __getattr__
class Base:
    x = "base x"
    def method(self):
        return "base method"
class Child(Base):
    y = "child y"
c = Child()
print(c.x, c.y, c.method())
c.x = "instance x"
print(c.x, Child.x, Base.x)
del c.x
print(c.x)
class Dynamic:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no attribute {name!r}")
d = Dynamic()
print(d.real, d.auto_hello)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("setting", name, "=", value)
        object.__setattr__(self, name, value)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Logged()
l.a = 5
print(l.a, l.secret)
