# Descriptor edge cases: class-level access, shadowing, descriptors on metaclasses, __get__ arguments.
class Verbose:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__ if objtype else None)


class Meta(type):
    meta_attr = Verbose()

    @property
    def meta_prop(cls):
        return "meta_prop of " + cls.__name__


class K(metaclass=Meta):
    attr = Verbose()


print(K.attr, K().attr, K.meta_attr, K.meta_prop)
try:
    K().meta_prop
except AttributeError as e:
    print("AttributeError:", e)
print(Verbose().__get__(None, K), Verbose.__get__(Verbose(), 1, int))


class Counter:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n


class UsesCounter:
    c = Counter()


u = UsesCounter()
print(u.c, u.c, UsesCounter.c)
u.__dict__["c"] = "shadow"
print(u.c)


class Func:
    def method(self):
        return "m"


f = Func()
print(Func.__dict__["method"].__get__(f)(), Func.method(f), type(Func.__dict__["method"]).__name__)
f.method = lambda: "instance"
print(f.method())
del f.method
print(f.method())
print(int.__dict__["real"].__get__(5), type(int.__dict__["real"]).__name__ if "real" in int.__dict__ else "-")
try:
    property.__get__(property(), 1, 2, 3)
except TypeError as e:
    print("TypeError")
