# Type attributes: __name__/__qualname__ assignment, __dict__ proxy, __subclasses__, mro(), immutability.
class Outer:
    class Inner:
        """Inner doc."""


print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__doc__, Outer.__doc__)
Outer.Inner.__name__ = "Renamed"
Outer.Inner.__qualname__ = "Somewhere.Renamed"
print(Outer.Inner.__name__, Outer.Inner.__qualname__, repr(Outer.Inner).endswith("Somewhere.Renamed'>"))
for thunk in [lambda: setattr(Outer, "__name__", 1), lambda: setattr(Outer, "__qualname__", 2),
              lambda: setattr(int, "x", 1), lambda: setattr(int, "__name__", "y"), lambda: delattr(int, "real"),
              lambda: setattr(Outer, "__bases__", 1), lambda: delattr(Outer, "missing")]:
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
proxy = Outer.__dict__
print(type(proxy).__name__, "Inner" in proxy, proxy["__module__"], len(proxy) > 0)
try:
    proxy["new"] = 1
except TypeError as e:
    print("TypeError:", e)
print(sorted([k for k in ["Inner", "__module__", "__doc__"] if k in proxy]), sorted(proxy.keys())[:2])


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in D.mro()])
print(D.__bases__, D.__base__, A.__base__, object.__base__, object.__bases__, type.__base__)
print(int.__name__, int.__qualname__, int.__module__, A.__module__, type(A).__name__, type(type))
print(int.__flags__ & (1 << 24) != 0, A.__flags__ & (1 << 9) != 0)
A.attr = "class attr"
print(B().attr, D.attr)
del A.attr
print(hasattr(D, "attr"))
print(type.__dict__["__name__"].__class__.__name__, type(object.__dict__["__class__"]).__name__)
print(isinstance(A.__dict__, dict), dict(B.__dict__).get("__doc__", "nodoc"))
print(A.__init_subclass__.__name__ if hasattr(A.__init_subclass__, "__name__") else "?", A.__annotations__)
