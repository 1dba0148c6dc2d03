# isinstance/issubclass with X | Y unions and parameterized generics (the TypeErrors CPython raises when one is reached), and the names of the GenericAlias and UnionType types
import typing
class Super: pass
class Child(Super): pass
def t(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
t(lambda: isinstance(Super(), Super | int))
t(lambda: isinstance(None, int | None))
t(lambda: isinstance(2, typing.List | int))
t(lambda: isinstance(2, list[int]))
t(lambda: isinstance(2, list[int] | int))
t(lambda: isinstance(2, int | list[int]))
t(lambda: isinstance(2, (str, list[int])))
t(lambda: issubclass(int, list[int] | Child))
t(lambda: issubclass(int, int | list[int]))
t(lambda: issubclass(2, Child | Super))
t(lambda: issubclass(Child, (int, Super | str)))
t(lambda: (type(list[int]), type(list[int]).__module__, type(list[int]).__name__, type(int | str), type(int | str).__name__))
t(lambda: list[int]())
t(lambda: (int | str)())
t(lambda: list[int] | None)
t(lambda: (int | list[str]).__args__)
t(lambda: (None | list[int], (int | str) | list[int], list[int] | list[str], list[int] | 3))
