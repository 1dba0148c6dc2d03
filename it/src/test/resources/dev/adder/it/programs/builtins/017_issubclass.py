def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A: pass
class B(A): pass
class C: pass
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(bool, int), issubclass(int, object))
print(issubclass(B, (C, A)), issubclass(B, ()), issubclass(B, C | A), issubclass(type(None), int | None))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (str, 1)))
t(lambda: issubclass(B(), A))
t(lambda: issubclass(int))
t(lambda: issubclass(int, int, int))
class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
print(issubclass(int, M), issubclass(str, M), issubclass(str, (M, str)))
