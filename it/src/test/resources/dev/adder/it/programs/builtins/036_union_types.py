def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, int | str | None, (int | str) | float, int | (str | float))
print(int | int, (int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
class A: pass
print(A | int)
print(isinstance(3, u), isinstance('s', u), isinstance(3.0, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
t(lambda: int | 1)
t(lambda: 1 | int)
t(lambda: int | 'str')
print(isinstance(3, (float, int | str)))
