# __getattr__, __getattribute__, __setattr__, __delattr__ overrides.
class Fallback:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return "virtual " + name
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


f = Fallback()
print(f.real, f.xyz, getattr(f, "xa", None), hasattr(f, "nope"))
try:
    f.nope
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        v = object.__getattribute__(self, name)
        return ("got", name, v) if not callable(v) else v

    def __getattr__(self, name):
        return "fallback " + name

    def m(self):
        return "method"


l = Logged()
l.a = 5
print(l.a, l.secret, l.m(), l.missing)


class Guarded:
    def __setattr__(self, name, value):
        if name == "ro":
            raise AttributeError("read-only: " + name)
        print("setting", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)


g = Guarded()
g.a = 1
print(g.a, g.__dict__)
try:
    g.ro = 2
except AttributeError as e:
    print("AttributeError:", e)
del g.a
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
setattr(g, "b", 3)
delattr(g, "b")
print(object.__getattribute__(g, "__class__").__name__)
try:
    object.__getattribute__(g, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__getattribute__(g, "zz")
except AttributeError as e:
    print("AttributeError:", e)
