# Which objects have a __dict__: object and most builtin types do not; functions, modules,
# classes, exceptions, static/class methods, namespaces, partial objects and plain instances do.
import functools, types, sys
print("__dict__" in dir(5), "__dict__" in dir(len), "__dict__" in dir(object()), "__dict__" in dir([]))
print("__dict__" in object.__dict__, "__dict__" in dir(object))
for o in (5, "s", [], object(), len, range(3), 1.5, None):
    try:
        o.__dict__
        print(type(o).__name__, "has __dict__")
    except AttributeError as e:
        print(e)
def f(): pass
f.x = 1
print(f.__dict__, type(sys.__dict__).__name__, type(int.__dict__).__name__)
class C: pass
c = C(); c.a = 1
print(c.__dict__, "__dict__" in C.__dict__, "__dict__" in dir(c))
class S:
    __slots__ = ("a",)
try:
    S().__dict__
except AttributeError as e:
    print(e)
class E(Exception): pass
e = E(); e.z = 2
print(e.__dict__, ValueError().__dict__)
print(staticmethod(f).__dict__, classmethod(f).__dict__ == {})
ns = types.SimpleNamespace(a=1); print(ns.__dict__)
p = functools.partial(f); p.k = 3; print(p.__dict__)
print(list[int].__dict__ is not None)
class D(dict): pass
d = D(); d.q = 1; print(d.__dict__)
try:
    object().x = 1
except AttributeError as e:
    print(e)
print(vars(c), vars(f))
try:
    vars(5)
except TypeError as e:
    print(e)
