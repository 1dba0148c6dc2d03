# Data and non-data descriptors, __set_name__, descriptor precedence.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata from " + (objtype.__name__ if objtype else "?")


class Model:
    a = Field()
    b = Field()
    n = NonData()


m = Model()
print(m.a, type(Model.a).__name__)
m.a = 5
print(m.a, m._a)
print(m.n, Model.n)
m.n = "instance wins"
print(m.n)
m.__dict__["a"] = "dict loses"
print(m.a)


class Deleter:
    def __get__(self, obj, t=None):
        return "d"

    def __delete__(self, obj):
        print("__delete__ called")


class H:
    d = Deleter()


h = H()
del h.d
try:
    h.d = 1
except AttributeError as e:
    print("AttributeError:", e)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("no names")


try:
    class Owner:
        x = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
later = Field()
later.__set_name__(Model, "late")
print(later.name)
