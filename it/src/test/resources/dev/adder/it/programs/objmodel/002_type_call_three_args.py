# type(name, bases, dict) and its argument checks.
X = type("X", (), {"a": 1, "f": lambda self: self.a + 1})
print(X.__name__, X.__qualname__, X.__module__, X().f(), X.__bases__)
Y = type("Y", (X,), {"__qualname__": "Outer.Y", "b": 2})
print(Y.__qualname__, Y.__mro__ == (Y, X, object), Y().b, Y().a)
print(type(3), type("s"), type(Y()) is Y)
for args in [("X", 1, {}), (1, (), {}), ("X", (), []), ("X", ()), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("Q", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
class P: pass
class Q(P): pass
try:
    class R(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(Y.__dict__))
print(type.__call__(int, "12") + 1)
