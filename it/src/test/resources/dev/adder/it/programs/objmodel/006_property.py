# property: getter, setter, deleter, doc, copies and 3.11 messages.
class C:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v

    @x.deleter
    def x(self):
        print("del x")
        del self._x

    y = property(lambda self: "y")

    def _get_z(self):
        return "z"

    z = property(_get_z, doc="zdoc")


c = C()
print(c.x)
c.x = 5
print(c.x)
del c.x
print(hasattr(c, "_x"), C.x.__doc__, C.z.__doc__, C.y.__doc__)
print(type(C.x).__name__, C.x.fget.__name__, C.x.fset.__name__, C.y.fset)
for thunk in [lambda: setattr(c, "y", 1), lambda: delattr(c, "y"), lambda: setattr(c, "z", 1)]:
    try:
        thunk()
    except AttributeError as e:
        print("AttributeError:", e)
p = property()
try:
    p.__get__(c)
except AttributeError as e:
    print("AttributeError:", e)
p2 = property(None, None)
try:
    p2.__set__(c, 1)
except AttributeError as e:
    print("AttributeError:", e)
print(C.x.__get__(None, C) is C.x)


class D(C):
    @C.x.getter
    def x(self):
        return "D's x"


d = D()
print(d.x)
d.x = 9
print(d._x, D.x.__doc__)


class MyProp(property):
    pass


class E:
    v = MyProp(lambda self: "from MyProp")

    @v.setter
    def v(self, val):
        print("MyProp set", val)


e = E()
print(e.v, type(E.v).__name__)
e.v = 3
print(property.__isabstractmethod__.__class__.__name__, C.x.__isabstractmethod__)
