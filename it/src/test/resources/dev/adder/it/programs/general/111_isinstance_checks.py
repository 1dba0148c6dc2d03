# isinstance and issubclass with tuples and builtins
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, len, int]
for v in values:
    kinds = [t.__name__ for t in (int, float, str, bytes, list, tuple, dict, set, bool, type) if isinstance(v, t)]
    print(repr(v)[:20], kinds)
print(isinstance(3, (str, int)), isinstance("x", (int, (float, str))), issubclass(bool, (int,)))
print(issubclass(int, object), issubclass(type, object), isinstance(object, type), isinstance(type, object))
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), isinstance(B(), A), issubclass(B, (int, A)))
print(type(B()) == B, type(B()) == A, B.__base__ is A, A.__subclasses__()[0].__name__)
