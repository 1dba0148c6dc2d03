def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class A: pass
class B(A): pass
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(B(), A), isinstance(A(), B))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance('x', ()), isinstance(1, object))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance(1, (int, 1)))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (str, 1)))
t(lambda: isinstance(1))
t(lambda: isinstance(1, int, 2))
t(lambda: isinstance(1, cls=int))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
class M(metaclass=Meta):
    pass
print(isinstance('magic', M), isinstance('other', M), isinstance(M(), M))
class Always(type):
    def __instancecheck__(cls, obj):
        return 1
class Q(metaclass=Always): pass
print(isinstance(3, Q), isinstance(3, (str, Q)))
